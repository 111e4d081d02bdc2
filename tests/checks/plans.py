"""Build small `Plan` objects for check tests without going through ingest.

`make_plan(sections={"A": "...", "E": "..."}, facts={...})` lays the sections out one after
another in `Plan.text` (a heading line, then the body) with correct `start`/`end` offsets,
and splits E into `Outcome`s and F/G/H1/H2/H into `ProvisionItem`s one per non-empty line,
the way ingest splits list items, unless the test passes its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from audit.lexicon import Lexicon, load_lexicon
from audit.model import AdviceEntry, Outcome, Plan, PlanFacts, ProvisionItem, Section

LEXICON_DIR = Path(__file__).resolve().parents[2] / "rubrics" / "lexicons"
PROVISION_LETTERS = ("F", "G", "H1", "H2", "H")
# A list marker at the start of a line ("- ", "* ", "1. ", "a) "), not part of the item.
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)]|[a-z][.)])\s+")


def lexicons(*names: str) -> dict[str, Lexicon]:
    """The named bundled lexicons (rubrics/lexicons/<name>.yaml), as a rubric would load them."""
    return {name: load_lexicon(LEXICON_DIR / f"{name}.yaml") for name in names}


def _line_items(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each non-empty line of `text`, without its list marker."""
    items: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        body_start = bullet.end() if bullet else len(line) - len(line.lstrip())
        body = line[body_start:].rstrip()
        if body:
            items.append((offset + body_start, offset + body_start + len(body), body))
        offset += len(line) + 1
    return items


def _outcome(item: str | dict | Outcome, index: int, e_text: str) -> Outcome:
    if isinstance(item, Outcome):
        return item
    fields = {"text": item} if isinstance(item, str) else dict(item)
    start = e_text.find(fields["text"])
    if start < 0:
        raise ValueError(f"outcome {fields['text']!r} is not in section E's text")
    return Outcome(index=index, start=start, end=start + len(fields["text"]), **fields)


def _provision(item: dict | ProvisionItem, index: int, texts: dict[str, str]) -> ProvisionItem:
    if isinstance(item, ProvisionItem):
        return item
    fields = dict(item)
    fields.setdefault("section", "F")
    start = texts.get(fields["section"], "").find(fields["text"])
    if start < 0:
        raise ValueError(f"provision {fields['text']!r} is not in section {fields['section']}'s text")
    return ProvisionItem(index=index, start=start, end=start + len(fields["text"]), **fields)


def make_plan(
    sections: dict[str, str] | None = None,
    facts: PlanFacts | dict | None = None,
    outcomes: list[str | dict | Outcome] | None = None,
    provision: list[dict | ProvisionItem] | None = None,
    advice: list[AdviceEntry] | None = None,
    missing: tuple[str, ...] | None = None,
    cover: str = "",
    source: str = "test-plan.txt",
) -> Plan:
    """A Plan holding exactly these sections, in the order given.

    - sections: letter -> body text ("A".."K", "H1", "H2" or merged "H").
    - facts: a PlanFacts or a dict of its fields (dates as `date` objects).
    - outcomes: None splits E one outcome per line; otherwise strings (or dicts of Outcome
      fields, e.g. {"text": ..., "area": ..., "by_when": ...}) that must occur in E.
    - provision: None splits F/G/H1/H2/H one item per line; otherwise dicts with
      "text" and "section" (default "F") plus any ProvisionItem fields.
    - missing: letters reported missing; default every statutory letter not given.
    - cover: text placed before the first section (a cover page with names and dates).
    """
    sections = sections or {}
    parts: list[str] = [cover] if cover else []
    built: list[Section] = []
    offset = len(cover) + 1 if cover else 0
    for letter, body in sections.items():
        heading = f"Section {letter}"
        parts.append(heading)
        offset += len(heading) + 1
        built.append(Section(letter=letter, title=heading, text=body, start=offset, end=offset + len(body)))
        parts.append(body)
        offset += len(body) + 1
    text = "\n".join(parts)

    e_text = sections.get("E", "")
    if outcomes is None:
        found = [Outcome(index=i, text=t, start=s, end=e) for i, (s, e, t) in enumerate(_line_items(e_text), 1)]
    else:
        found = [_outcome(item, i, e_text) for i, item in enumerate(outcomes, 1)]

    if provision is None:
        items: list[ProvisionItem] = []
        for letter in PROVISION_LETTERS:
            for s, e, t in _line_items(sections.get(letter, "")):
                items.append(ProvisionItem(index=len(items) + 1, section=letter, text=t, start=s, end=e))
    else:
        items = [_provision(item, i, sections) for i, item in enumerate(provision, 1)]

    if missing is None:
        given = set(sections)
        if "H" in given:
            given |= {"H1", "H2"}
        missing = tuple(x for x in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K") if x not in given)
    plan_facts = facts if isinstance(facts, PlanFacts) else PlanFacts(**(facts or {}))
    return Plan(
        source=source, format="txt", sha256="0" * 64, text=text, sections=tuple(built),
        missing_sections=missing, facts=plan_facts, outcomes=tuple(found), provision=tuple(items),
        advice=tuple(advice or ()),
    )


# Headings a health advice document's parts are written under (audit/ingest/advice.py reads them back).
ADVICE_HEADINGS: dict[str, str] = {
    "author": "Report author", "assessment": "Assessment", "needs": "Health needs", "outcomes": "Outcomes",
    "recommendations": "Recommendations", "transition": "Transition to adult services",
}


def make_advice(sections: dict[str, str], facts: PlanFacts | dict | None = None, as_of=None,
                source: str = "test-advice.txt") -> Plan:
    """A health advice Plan read by the real advice ingest from parts given as text.

    - sections: part name ("author", "needs", ...) -> body; a line starting "- " is a list item.
    - facts: PlanFacts fields laid over what ingest read (e.g. {"year_group": 10}).
    """
    from datetime import date

    from audit.ingest.advice import structure_advice
    from audit.model import Block, RawDocument

    blocks: list[Block] = []
    for part, body in sections.items():
        blocks.append(Block(kind="heading", text=ADVICE_HEADINGS[part], level=1))
        for line in body.split("\n"):
            if line.strip():
                item = _BULLET.match(line)
                blocks.append(Block(kind="list_item" if item else "paragraph", text=line[item.end():] if item else line.strip()))
    document = RawDocument(source=source, format="txt", sha256="0" * 64, blocks=tuple(blocks))
    plan = structure_advice(document, as_of or date(2026, 11, 1))
    given = facts.model_dump(exclude_defaults=True) if isinstance(facts, PlanFacts) else dict(facts or {})
    if given:
        plan = plan.model_copy(update={"facts": plan.facts.model_copy(update=given)})
    return plan


def grade_advice(criterion: str, sections: dict[str, str], facts: PlanFacts | dict | None = None, as_of=None):
    """Grade one criterion of the bundled health-advice rubric on advice built from `sections`,
    as the pipeline would (applies_when included). Returns the CriterionResult."""
    from datetime import date

    from audit.pipeline import grade_criterion, prepare

    as_of = as_of or date(2026, 11, 1)
    rubric = _advice_rubric()
    plan, known = prepare(make_advice(sections, facts=facts, as_of=as_of), as_of)
    result, _ = grade_criterion(plan, rubric.criterion(criterion), rubric, as_of, known)
    return result


@lru_cache(maxsize=1)
def _advice_rubric():
    """The bundled health-advice rubric, loaded once for the test session."""
    from audit.rubric import load_rubric

    return load_rubric("health-advice")
