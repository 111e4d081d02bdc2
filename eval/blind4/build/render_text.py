"""Plain-text exports from two invented case-management systems, and a Markdown plan."""
import textwrap


def _wrap(text, width=80, indent=""):
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False) or [""]


# ---------------------------------------------------------------- SENtinel (fixed width, 80 cols)
def _sentinel_blocks(blocks, out):
    for blk in blocks:
        k = blk[0]
        if k == "p":
            out += _wrap(blk[1])
            out.append("")
        elif k == "h":
            out.append(blk[1].upper() + ":")
        elif k == "b":
            for it in blk[1]:
                lines = _wrap(it, 76)
                out.append("  - " + lines[0])
                out += ["    " + x for x in lines[1:]]
            out.append("")
        elif k == "n":
            for it in blk[1]:
                out += _wrap(it, 78)
            out.append("")
        elif k == "t":
            hdr = blk[1][0]
            for i, r in enumerate(blk[1][1:], 1):
                out.append("  Rec %02d" % i)
                for h, v in zip(hdr, r):
                    lab = (h[:22] + ".") if len(h) > 23 else h
                    lines = _wrap(v or "(blank)", 52)
                    out.append("    %-24s %s" % (lab, lines[0]))
                    out += ["    %-24s %s" % ("", x) for x in lines[1:]]
            out.append("")
        elif k == "kv":
            for a, b in blk[1]:
                lines = _wrap(b, 50)
                out.append("%-28s: %s" % (a, lines[0]))
                out += ["%-28s  %s" % ("", x) for x in lines[1:]]
            out.append("")


def txt_sentinel(plan, path):
    out = list(plan.get("banner", []))
    out.append("=" * 80)
    out.append(plan["title"].upper())
    out.append("=" * 80)
    out.append("")
    _sentinel_blocks(plan["cover"], out)
    page = 1
    for code, heading, blocks in plan["sections"]:
        out.append("[%s] %s" % (code, heading.upper()))
        out.append("-" * 80)
        _sentinel_blocks(blocks, out)
        if code in plan.get("page_breaks_after", []):
            out.append("%s   Page %d" % (plan.get("footer", ""), page))
            out.append("\f")
            page += 1
    _sentinel_blocks(plan["tail"], out)
    out.append("%s   Page %d" % (plan.get("footer", ""), page))
    out.append("*** END OF REPORT ***")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(x.rstrip() for x in out).rstrip() + "\n")


# ---------------------------------------------------------------- Orbis (one field per line)
def _orbis_blocks(blocks, out):
    for blk in blocks:
        k = blk[0]
        if k == "p":
            out.append(blk[1])
            out.append("")
        elif k == "h":
            out.append(">> " + blk[1])
        elif k == "b":
            for it in blk[1]:
                out.append("* " + it)
            out.append("")
        elif k == "n":
            out += list(blk[1])
            out.append("")
        elif k == "t":
            hdr = blk[1][0]
            out.append(" | ".join(hdr))
            for r in blk[1][1:]:
                out.append(" | ".join(r))
            out.append("")
        elif k == "kv":
            for a, b in blk[1]:
                out.append("%s: %s" % (a, b))
            out.append("")


def txt_orbis(plan, path):
    out = list(plan.get("banner", []))
    out.append("")
    out.append(plan["title"])
    out.append("")
    _orbis_blocks(plan["cover"], out)
    for code, heading, blocks in plan["sections"]:
        out.append("~" * 60)
        out.append(heading)
        out.append("~" * 60)
        _orbis_blocks(blocks, out)
    _orbis_blocks(plan["tail"], out)
    out += plan.get("trailer", [])
    with open(path, "w", encoding="utf-8", newline="\r\n" if plan.get("crlf") else "\n") as f:
        f.write("\n".join(x.rstrip() for x in out).rstrip() + "\n")


# ---------------------------------------------------------------- Markdown
def md(plan, path):
    out = ["# " + plan["title"], ""]
    if plan.get("subtitle"):
        out += ["*" + plan["subtitle"] + "*", ""]

    def add(blocks):
        for blk in blocks:
            k = blk[0]
            if k == "p":
                out.extend([blk[1], ""])
            elif k == "h":
                out.extend(["### " + blk[1], ""])
            elif k == "b":
                out.extend(["- " + it for it in blk[1]] + [""])
            elif k == "n":
                out.extend(list(blk[1]) + [""])
            elif k in ("t", "kv"):
                rows = blk[1] if k == "t" else [["", ""]] + [list(r) for r in blk[1]]
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    cells = [c.replace("|", "/").replace("\n", "<br>") for c in r]
                    if k == "kv":
                        cells[0] = "**" + cells[0] + "**"
                    out.append("| " + " | ".join(cells) + " |")
                out.append("")

    add(plan["cover"])
    for code, heading, blocks in plan["sections"]:
        out.extend(["## " + heading, ""])
        add(blocks)
    add(plan["tail"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")
