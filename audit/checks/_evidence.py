"""Findings that quote the plan: the quote trimmed to the words that matter, its span kept.

Shared by the checks so that every quote is cut the same way (no surrounding white space,
at most QUOTE_MAX characters, ending on a word) and `section.text[start:end] == quote` holds.
"""

from __future__ import annotations

from audit.checks import CheckContext
from audit.model import Finding, Section

QUOTE_MAX = 200


def quote_span(text: str, start: int = 0, end: int | None = None, limit: int = QUOTE_MAX) -> tuple[int, int]:
    """A span of `text` worth quoting: trimmed of space, at most `limit` characters."""
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > limit:
        cut = text.rfind(" ", start, start + limit)
        end = cut if cut > start else start + limit
    return start, end


def finding(ctx: CheckContext, rule: str, section: Section | None, span: tuple[int, int] | None, severity: str,
            message: str, fix: str, *, letter: str | None = None, lexicon: str | None = None,
            entry: str | None = None) -> Finding:
    """A finding quoting `span` of `section`, or, with no section or span, an absence in `letter`."""
    if section is None or span is None:
        return Finding(criterion=ctx.criterion, rule=rule, section=letter or (section.letter if section else None),
                       quote="", severity=severity, message=message, fix=fix, lexicon=lexicon, entry=entry)  # type: ignore[arg-type]
    start, end = quote_span(section.text, *span)
    return Finding(criterion=ctx.criterion, rule=rule, section=section.letter, quote=section.text[start:end],
                   start=start, end=end, severity=severity, message=message, fix=fix,  # type: ignore[arg-type]
                   lexicon=lexicon, entry=entry)
