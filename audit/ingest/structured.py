"""A JSON plan (audit/schemas/plan.schema.json) -> Plan, using its own structure.

The plan's text is rebuilt section by section ("Section E: Outcomes", then one line per
outcome or provision item) so that every span points into Plan.text like a read document's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from audit.dates import parse_date, year_group_for
from audit.ingest.facts import NHS_NUMBER, UPN
from audit.ingest.sections import missing_letters
from audit.model import SECTION_TITLES, AdviceEntry, Outcome, Plan, PlanFacts, ProvisionItem, RawDocument, Section

_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")


def _str(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, (str, int, float)) and str(value).strip() else ""


def _date(value: Any) -> date | None:
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return parse_date(value)
    return None


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


class _Writer:
    """Plan.text as it is built, with the offset of each written line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def line(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _section_lines(letter: str, body: dict) -> list[tuple[str, dict]]:
    """The lines of one section, each with what it stands for (an outcome, an item, advice)."""
    lines: list[tuple[str, dict]] = []
    if letter == "A":
        for key, label in (("child_views", "Child's views"), ("parent_views", "Parents' views"),
                           ("aspirations", "Aspirations"), ("text", "")):
            if _str(body.get(key)):
                lines.append((f"{label}: {_str(body[key])}" if label else _str(body[key]), {}))
    elif letter == "E":
        for outcome in _list(body.get("outcomes")):
            outcome = _dict(outcome)
            if _str(outcome.get("outcome")):
                lines.append((_str(outcome["outcome"]), {"outcome": outcome}))
                for step in _list(outcome.get("steps")):
                    if _str(step):
                        lines.append((f"- {_str(step)}", {}))
    elif letter in ("F", "G", "H1", "H2", "H"):
        if _str(body.get("text")):
            lines.append((_str(body["text"]), {}))
        for item in _list(body.get("provision")):
            item = _dict(item)
            parts = [_str(item.get(k)) for k in ("what", "who", "qualification", "ratio", "frequency", "duration")]
            line = "; ".join(p for p in parts if p)
            if line:
                lines.append((line, {"provision": item}))
    elif letter == "K":
        for advice in _list(body.get("advice")):
            advice = _dict(advice)
            parts = [_str(advice.get(k)) for k in ("title", "author", "role", "date")]
            line = " - ".join(p for p in parts if p)
            if line:
                lines.append((line, {"advice": advice}))
        if _str(body.get("text")):
            lines.append((_str(body["text"]), {}))
    else:
        for key in ("text", "placement", "setting_type"):
            if _str(body.get(key)):
                lines.append((_str(body[key]), {}))
        for need in _list(body.get("needs")):
            need = _dict(need)
            line = ": ".join(p for p in (_str(need.get("area")), _str(need.get("description"))) if p)
            if line:
                lines.append((line, {}))
    return lines


def plan_from_structured(document: RawDocument, as_of: date) -> Plan:
    """The Plan a JSON export describes; sections it leaves out are missing, never invented."""
    data = _dict(document.structured)
    child, plan_dates, bodies = _dict(data.get("child")), _dict(data.get("plan")), _dict(data.get("sections"))
    writer = _Writer()
    # The cover a document would carry, dates included, so findings can quote what the export states.
    reviews = "; ".join(_str(r) for r in _list(plan_dates.get("review_dates")) if _str(r))
    for label, value in (("Name", child.get("name")), ("Date of birth", child.get("date_of_birth")),
                         ("Local authority", plan_dates.get("local_authority")),
                         ("Date plan issued", plan_dates.get("issued")), ("Annual review dates", reviews),
                         ("Date of last amendment", plan_dates.get("last_amended")),
                         ("Next review due", plan_dates.get("next_review"))):
        if _str(value):
            writer.line(f"{label}: {_str(value)}")
    sections: list[Section] = []
    outcomes: list[Outcome] = []
    provision: list[ProvisionItem] = []
    advice: list[AdviceEntry] = []
    for letter in sorted((k for k in bodies if k in _ORDER), key=_ORDER.index):
        body = _dict(bodies[letter])
        title = f"Section {letter}: {SECTION_TITLES.get(letter, '')}".rstrip(": ")
        writer.line(title)
        lines = _section_lines(letter, body)
        spans = [(writer.line(text), meaning, text) for text, meaning in lines]
        start = spans[0][0][0] if spans else writer.length
        end = spans[-1][0][1] if spans else writer.length
        section = Section(letter=letter, title=title, text=writer.text[start:end], start=start, end=end)
        sections.append(section)
        for (s, e), meaning, text in spans:
            if "outcome" in meaning:
                o = meaning["outcome"]
                outcomes.append(Outcome(index=len(outcomes) + 1, text=text, section=letter, start=s - start,
                                        end=e - start, area=_str(o.get("area")) or None,
                                        steps=tuple(_str(x) for x in _list(o.get("steps")) if _str(x)),
                                        by_when=_str(o.get("by_when")) or None))
            elif "provision" in meaning:
                p = meaning["provision"]
                who = "; ".join(x for x in (_str(p.get("who")), _str(p.get("qualification"))) if x) or None
                provision.append(ProvisionItem(index=len(provision) + 1, section=letter, text=text, start=s - start,
                                               end=e - start, area=_str(p.get("area")) or None,
                                               what=_str(p.get("what")) or None, who=who,
                                               frequency=_str(p.get("frequency")) or None,
                                               duration=_str(p.get("duration")) or None,
                                               ratio=_str(p.get("ratio")) or None,
                                               linked_outcome=_str(p.get("outcome")) or None))
            elif "advice" in meaning:
                a = meaning["advice"]
                author = ", ".join(x for x in (_str(a.get("author")), _str(a.get("role"))) if x) or None
                advice.append(AdviceEntry(text=text, author=author, date=_date(a.get("date"))))
    reviews = tuple(sorted({d for d in (_date(v) for v in _list(plan_dates.get("review_dates"))) if d}))
    usable = [d for d in reviews if d <= as_of]
    dob = _date(child.get("date_of_birth"))
    stated = child.get("year_group")
    stated_group = stated if isinstance(stated, int) and not isinstance(stated, bool) else None
    year_group, source = stated_group, ("stated" if stated_group is not None else None)
    if dob is not None:  # as for documents: the birth date gives the year on the audit date
        year_group, source = year_group_for(dob, as_of), "derived"
    nhs = NHS_NUMBER.search(_str(child.get("nhs_number")))
    upn = UPN.search(_str(child.get("upn")).upper().replace(" ", ""))
    family = tuple(dict.fromkeys(_str(_dict(f).get("name")) for f in _list(child.get("family")) if _str(_dict(f).get("name"))))
    facts = PlanFacts(
        child_name=_str(child.get("name")) or None,
        date_of_birth=dob,
        year_group=year_group,
        year_group_source=source,  # type: ignore[arg-type]
        stated_year_group=stated_group,
        issued=_date(plan_dates.get("issued")),
        review_dates=reviews,
        last_review=max(usable) if usable else None,
        last_amended=_date(plan_dates.get("last_amended")),
        next_review=_date(plan_dates.get("next_review")),
        advice_dates=tuple(sorted({a.date for a in advice if a.date})),
        nhs_number="".join(nhs.groups()) if nhs else None,
        upn=upn.group(1) if upn else None,
        family_names=family,
        primary_need=_str(child.get("primary_need")) or None,
    )
    found = [s.letter for s in sections]
    return Plan(source=document.source, format=document.format, sha256=document.sha256, kind="plan",
                text=writer.text, sections=tuple(sections), missing_sections=missing_letters(found),
                facts=facts, outcomes=tuple(outcomes), provision=tuple(provision), advice=tuple(advice))


__all__ = ["plan_from_structured"]
