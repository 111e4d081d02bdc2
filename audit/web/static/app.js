/* The self-check page's only script: focus on an error, and the popover for highlighted findings.
   Pointing at a highlight or moving to it with Tab shows what was found (a tooltip); a click,
   Enter or Space pins it with the fix and a Close button; Escape closes it. Without this script
   the page still works: every finding is in the checklist, linked from and to its highlight. */
(function () {
  "use strict";
  // A form sent back with an error: take keyboard and screen-reader users straight to it.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }

  var pop = document.getElementById("popover");
  if (!pop) { return; }
  var current = null;
  var pinned = false;
  var hideTimer = null;
  var dismissed = null;  // the mark whose popover Escape closed: not reopened until left

  function fixesOf(mark) {
    return (mark.getAttribute("data-fixes") || "").split(/\s+/).filter(Boolean);
  }

  function markFrom(node) {
    var mark = node && node.closest ? node.closest("mark[data-fixes]") : null;
    return mark;
  }

  function textOf(id) {
    var node = document.getElementById(id);
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function fill(mark, full) {
    pop.textContent = "";
    fixesOf(mark).forEach(function (id) {
      var box = document.createElement("div");
      box.className = "pop-finding";
      var message = document.createElement("p");
      message.textContent = textOf("msg-" + id);
      box.appendChild(message);
      if (full) {
        var how = document.createElement("p");
        how.className = "pop-fix";
        how.textContent = textOf("how-" + id);
        box.appendChild(how);
        var link = document.createElement("a");
        link.href = "#fix-" + id;
        link.textContent = "Go to this finding in the checklist";
        box.appendChild(link);
      }
      pop.appendChild(box);
    });
    if (full) {
      var close = document.createElement("button");
      close.type = "button";
      close.className = "pop-close";
      close.textContent = "Close";
      close.addEventListener("click", function () { hide(true); });
      pop.appendChild(close);
      pop.setAttribute("role", "dialog");
      pop.setAttribute("aria-label", "Finding details");
    } else {
      pop.setAttribute("role", "tooltip");
      pop.removeAttribute("aria-label");
    }
  }

  function place(mark) {
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left, width - pop.offsetWidth - 8));
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
    pop.style.left = (window.scrollX + left) + "px";
  }

  function show(mark) {
    if (pinned || mark === dismissed) { return; }
    window.clearTimeout(hideTimer);
    current = mark;
    fill(mark, false);
    place(mark);
  }

  function pin(mark) {
    window.clearTimeout(hideTimer);
    current = mark;
    pinned = true;
    fill(mark, true);
    place(mark);
    pop.focus();
  }

  function hide(returnFocus) {
    var was = current;
    var wasPinned = pinned;
    pop.hidden = true;
    pinned = false;
    current = null;
    if (returnFocus && was) {
      dismissed = was;
      if (wasPinned) { was.focus(); }
    }
  }

  function hideSoon() {
    if (pinned) { return; }
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(function () { if (!pinned) { hide(false); } }, 300);
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markFrom(event.target);
    if (mark) { show(mark); }
    else if (pop.contains(event.target)) { window.clearTimeout(hideTimer); }
  });
  document.addEventListener("mouseout", function (event) {
    if (markFrom(event.target) || pop.contains(event.target)) { hideSoon(); }
    if (dismissed && markFrom(event.target) === dismissed && document.activeElement !== dismissed) { dismissed = null; }
  });
  document.addEventListener("focusout", function (event) {
    if (dismissed && event.target === dismissed) { dismissed = null; }
  });
  document.addEventListener("focusin", function (event) {
    var mark = markFrom(event.target);
    if (mark) { show(mark); }
    else if (!pop.contains(event.target) && !pinned) { hide(false); }
  });
  document.addEventListener("click", function (event) {
    var mark = markFrom(event.target);
    if (mark) { dismissed = null; pin(mark); return; }
    if (pinned && !pop.contains(event.target)) { hide(false); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !pop.hidden) {
      hide(true);
      return;
    }
    var mark = markFrom(event.target);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      dismissed = null;
      pin(mark);
    }
  });
}());
