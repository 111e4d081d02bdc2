"""Health advice, provision_placement: is each recommendation marked for section F or G?

CRITERIA.md ("Health advice"): therapy that educates or trains (a programme delivered by trained
school staff) is marked for section F, health provision for G; the advice says what the NHS
commissions and has available. SEND Code of Practice 9.73-9.74: health care provision that
educates or trains is special educational provision.
"""

from __future__ import annotations

import re

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._advice import absence, parts, quote
from audit.model import Finding, Plan, ProvisionItem, Section

SECTION_F = re.compile(r"\bsection\s+F\b|\bfor\s+F\b|\(F\)|\bspecial\s+educational\s+provision\b|\beducational\s+provision\b|"
                       r"\beduca(?:tes|ting)\s+(?:or|and)\s+train|\bfor\s+(?:school|the\s+setting|college|nursery)\b", re.I)
SECTION_G = re.compile(r"\bsection\s+G\b|\bfor\s+G\b|\(G\)|\bhealth\s+provision\b|\bNHS\s+provision\b|\bhealth\s+care\s+provision\b", re.I)
COMMISSIONED = re.compile(
    r"\bcommission(?:ed|s|ing)?\b|\bavailable\s+(?:now|from|within)\b|\bwaiting\s+(?:list|time)s?\b|\bfunded\s+by\s+(?:the\s+)?(?:NHS|ICB|CCG)\b|"
    r"\b(?:ICB|integrated\s+care\s+board)\b|\bour\s+service\s+(?:will|can|does)\s+(?:provide|offer|deliver)\b|\bnot\s+(?:currently\s+)?available\b", re.I)
# Therapy that educates or trains, which belongs in F even when a health professional writes it.
EDUCATES = re.compile(
    r"\b(?:programme|strateg(?:y|ies)|therapy|intervention|group)\b[^.;]{0,80}\b(?:delivered|led|carried\s+out|run|used)\s+by\s+(?:a\s+|the\s+)?"
    r"(?:trained\s+)?(?:teaching\s+assistants?|TAs?|LSAs?|school\s+staff|(?:class\s+)?teachers?|learning\s+support\s+assistants?)\b"
    r"|\b(?:language|vocabulary|social\s+skills|handwriting|fine\s+motor|motor\s+skills|communication)\s+(?:group|programme)\b", re.I)
_SUBHEADING = re.compile(r"^[^.!?]{2,90}$")


class PlacementParams(Params):
    # Share of recommendations marked F or G for Good and above.
    good_share: float = 0.8
    improvement_share: float = 0.3


def marking_before(section: Section, item: ProvisionItem) -> str | None:
    """'F' or 'G' from the item itself, the nearest sub-heading or introduction above it, or the part's title."""
    for pattern, mark in ((SECTION_G, "G"), (SECTION_F, "F")):
        if pattern.search(item.text):
            return mark
    lines = section.text[:item.start].split("\n")
    for line in reversed(lines):
        line = line.strip(" -*\u2022\t")
        if not line:
            continue
        if _SUBHEADING.match(line) and len(line.split()) <= 12 or line.endswith(":") or re.search(r"\bsection\s+[FG]\b", line):
            for pattern, mark in ((SECTION_G, "G"), (SECTION_F, "F")):
                if pattern.search(line):
                    return mark
    for pattern, mark in ((SECTION_G, "G"), (SECTION_F, "F")):
        if pattern.search(section.title):
            return mark
    return None


@register("advice_provision_placement", PlacementParams)
def advice_provision_placement(plan: Plan, params: PlacementParams, ctx: CheckContext) -> Verdict:
    """Grade whether recommendations are marked for F or G, rightly, and what the NHS commissions is said."""
    sections = {s.letter: s for s in parts(plan, "recommendations")}
    items = [it for it in plan.provision if it.section in sections]
    if not items:
        finding = absence(ctx.criterion, "placement.no_provision", "recommendations", "high",
                          "There is no provision to place in section F or G.",
                          "Recommend provision, grouped under 'for section F' and 'for section G'.")
        return Verdict(grade=1, summary="There is no recommended provision to place.", counts={"items": 0, "marked": 0},
                       findings=(finding,))
    findings: list[Finding] = []
    marks: list[str | None] = []
    misplaced = 0
    for item in items:
        section = sections[item.section]
        mark = marking_before(section, item)
        marks.append(mark)
        in_section = section.text[item.start:item.end] == item.text
        start, end = (item.start, item.end) if in_section else (0, 0)
        if mark is None:
            findings.append(quote(ctx.criterion, "placement.unmarked", section, start, end, "low",
                                  "This recommendation does not say whether it belongs in section F or section G.",
                                  "Group recommendations under 'for section F (educational)' and 'for section G (health)'."))
        elif mark == "G" and EDUCATES.search(item.text):
            misplaced += 1
            findings.append(quote(ctx.criterion, "placement.educates_in_g", section, start, end, "medium",
                                  "Therapy or a programme that educates or trains is marked as health provision (G).",
                                  "Mark therapy that educates or trains, and programmes delivered by school staff, for section F (Code 9.73-9.74)."))
    commissioned = bool(COMMISSIONED.search(plan.text))
    if not commissioned:
        findings.append(absence(ctx.criterion, "placement.commissioning", "recommendations", "low",
                                "The advice does not say what the NHS commissions and has available.",
                                "Say which provision your service commissions and can deliver now, and any waiting time."))
    n = len(items)
    marked = sum(m is not None for m in marks)
    counts: dict[str, int | float | str | None] = {"items": n, "marked": marked, "marked_f": marks.count("F"),
                                                    "marked_g": marks.count("G"), "misplaced": misplaced,
                                                    "commissioning_stated": int(commissioned)}
    if marked >= params.good_share * n and not misplaced:
        grade, why = (4, "recommendations are marked for F or G and what the NHS commissions is stated") if commissioned \
            else (3, "recommendations are marked for F or G; what the NHS commissions is not stated")
    elif marked >= params.improvement_share * n or misplaced:
        grade, why = 2, "only some recommendations are marked for F or G, or therapy that educates is placed in G"
    else:
        grade, why = 1, "nothing says where the provision belongs"
    return Verdict(grade=grade, summary=f"{why[0].upper()}{why[1:]} ({marked} of {n} marked).", counts=counts,
                   findings=tuple(findings))
