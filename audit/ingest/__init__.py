"""Any file -> Plan: read the document, find sections A..K, read the facts, split the items.

`read_plan` is the one entry point; `structure_plan` does the same from an already read
RawDocument (the web page and tests use it). JSON plans carry their structure and skip finding.
"""

from __future__ import annotations

from datetime import date

from audit.errors import AuditInputError
from audit.ingest.facts import advice_entries, extract_facts
from audit.ingest.items import split_items
from audit.ingest.sections import block_offsets, build_sections, missing_letters
from audit.model import DocumentKind, Plan, RawDocument

# Fewer statutory sections than this and the document is not read as an EHC plan.
MIN_PLAN_SECTIONS = 3


def read_plan(source: str, data: bytes | None = None, as_of: date | None = None,
              kind: DocumentKind | None = None) -> Plan:
    """Read a plan (docx, pdf, txt, md, json) into a Plan; AuditInputError if it cannot be."""
    from audit.ingest.readers import read_document  # written alongside; imported when used

    return structure_plan(read_document(source, data), as_of=as_of, kind=kind)


def structure_plan(document: RawDocument, as_of: date | None = None, kind: DocumentKind | None = None) -> Plan:
    """Sections, facts and items of a document already read.

    `as_of` is the audit date: it derives the year group from the date of birth and picks
    the last review not after it (today when not given).
    """
    as_of = as_of or date.today()
    if kind == "health_advice":
        from audit.ingest.advice import structure_advice  # the health-advice structure lives apart

        return structure_advice(document, as_of)
    if document.structured is not None:
        from audit.ingest.structured import plan_from_structured

        return plan_from_structured(document, as_of)
    text = "\n".join(block.text for block in document.blocks)
    sections, cover_end = build_sections(document.blocks, text)
    if kind is None:
        # Not told what it is: health advice has few plan sections but an author, a role and recommendations.
        from audit.ingest.advice import could_be_advice, looks_like_advice, structure_advice

        if looks_like_advice(document, len({s.letter for s in sections})):
            return structure_advice(document, as_of)
    if len(sections) < MIN_PLAN_SECTIONS:
        if kind is None and could_be_advice(document):
            return structure_advice(document, as_of)  # not a plan, but advice with an unusual look
        found = ", ".join(s.letter for s in sections)
        detail = f"found only section {found}" if found else "found no plan sections"
        raise AuditInputError(document.source, f"does not look like an EHC plan ({detail})")
    offsets = block_offsets(document.blocks)
    cover_blocks = sum(1 for off in offsets if off < cover_end)
    facts = extract_facts(document.blocks, cover_blocks, sections, as_of)
    advice = advice_entries(next((s for s in sections if s.letter == "K"), None))
    facts = facts.model_copy(update={"advice_dates": tuple(sorted({a.date for a in advice if a.date}))})
    outcomes, provision = split_items(sections)
    return Plan(
        source=document.source,
        format=document.format,
        sha256=document.sha256,
        kind="plan",
        text=text,
        sections=tuple(sections),
        missing_sections=missing_letters([s.letter for s in sections]),
        facts=facts,
        outcomes=tuple(outcomes),
        provision=tuple(provision),
        advice=advice,
    )


__all__ = ["MIN_PLAN_SECTIONS", "read_plan", "structure_plan"]
