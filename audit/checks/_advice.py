"""What the health-advice checks share: a document's parts by name, and findings quoting them.

Health advice (Plan.kind "health_advice") has parts named "author", "assessment", "needs",
"outcomes", "recommendations", "transition" in place of section letters (see model.Section).
"""

from __future__ import annotations

import re

from audit.model import Finding, Plan, Section, Severity

# Words of a sentence that says how the child was seen, and where.
SEEN = re.compile(r"\b(?:seen|saw|see|observed|observation|visited|visit|assessed|assessment\s+(?:took\s+place|was)|met|reviewed|appointments?)\b", re.I)


def parts(plan: Plan, *names: str) -> list[Section]:
    """The document's parts with these names, in document order."""
    return [s for s in plan.sections if s.letter in names]


def part_text(plan: Plan, *names: str) -> str:
    return "\n".join(s.text for s in parts(plan, *names))


def words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]{2,}", text))


def quote(criterion: str, rule: str, section: Section, start: int, end: int, severity: Severity, message: str,
          fix: str, lexicon: str | None = None, entry: str | None = None) -> Finding:
    """A finding quoting section.text[start:end]."""
    return Finding(criterion=criterion, rule=rule, section=section.letter, quote=section.text[start:end], start=start,
                   end=end, severity=severity, message=message, fix=fix, lexicon=lexicon, entry=entry)


def absence(criterion: str, rule: str, part: str | None, severity: Severity, message: str, fix: str) -> Finding:
    """A finding about something missing: nothing to quote."""
    return Finding(criterion=criterion, rule=rule, section=part, quote="", severity=severity, message=message, fix=fix)


def first_sentence(section: Section, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the first line or sentence of `section` where `pattern` matches."""
    m = pattern.search(section.text)
    if m is None:
        return None
    start = max(section.text.rfind("\n", 0, m.start()), section.text.rfind(". ", 0, m.start()) + 1, 0)
    start = start + 1 if section.text[start:start + 1] in ("\n", " ") else start
    ends = [i for i in (section.text.find("\n", m.end()), section.text.find(". ", m.end())) if i >= 0]
    end = min(ends) + (1 if ends and section.text[min(ends)] == "." else 0) if ends else len(section.text)
    while start < end and section.text[start].isspace():
        start += 1
    return start, end


def preamble(plan: Plan) -> list[Section]:
    """The text before the first heading, when the advice is a letter with few or no headings."""
    from audit.ingest.advice import PREAMBLE_TITLE

    return [s for s in plan.sections if s.letter == "author" and s.title == PREAMBLE_TITLE]
