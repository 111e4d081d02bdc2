"""A plan exported as JSON -> validated against audit/schemas/plan.schema.json -> Blocks.

The blocks read like a plan in a Word template (a heading per section, paragraphs, table
rows for needs, outcomes, provision and advice), so the rest of ingest treats every format
alike; the parsed dict rides along as RawDocument.structured.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from audit.errors import AuditInputError
from audit.ingest.text import parse_text
from audit.model import SECTION_TITLES, Block

# Sections in plan order; a merged "H" sits where H1/H2 would.
_ORDER: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")
_VIEWS: tuple[tuple[str, str], ...] = (
    ("child_views", "Child's views"),
    ("parent_views", "Parents' views"),
    ("aspirations", "Aspirations"),
)
_PROVISION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("area", "Area"), ("outcome", "Outcome"), ("what", "Provision"), ("who", "Who"),
    ("qualification", "Qualification"), ("ratio", "Ratio"), ("frequency", "Frequency"),
    ("duration", "Duration"),
)


@lru_cache(maxsize=1)
def plan_validator() -> Draft202012Validator:
    """The JSON plan validator, built once per process (dates checked as real dates)."""
    schema = json.loads(files("audit.schemas").joinpath("plan.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def read_json_plan(source: str, data: bytes) -> tuple[tuple[Block, ...], dict]:
    """(blocks, parsed plan) from a JSON export, or a one-line AuditInputError with the path."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AuditInputError(source, "JSON plan is not UTF-8 text") from None
    try:
        plan = json.loads(text)
    except json.JSONDecodeError as error:
        raise AuditInputError(
            source, f"not valid JSON (line {error.lineno} column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise AuditInputError(source, "not valid JSON (nested too deeply)") from None
    error = best_match(plan_validator().iter_errors(plan))
    if error is not None:
        raise AuditInputError(source, f"invalid plan at {error.json_path}: {_reason(error)}")
    return plan_blocks(plan), plan


def _reason(error: ValidationError) -> str:
    """What is wrong, without echoing the value: it may be a child's details or plan text."""
    rule, expected = error.validator, error.validator_value
    if rule == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        unknown = sorted(k for k in error.instance if k not in known and not k.startswith("x-"))
        if unknown:
            allowed = ", ".join(sorted(known))
            return f"unknown field {unknown[0]!r} (expected one of: {allowed}; or an 'x-' field)"
    if rule == "required":
        return error.message  # names the missing field, never a value
    if rule == "type":
        return f"expected {_A.get(str(expected), expected)}, found {_json_type(error.instance)}"
    if rule == "format":
        return "not a valid date (YYYY-MM-DD)" if expected == "date" else f"not a valid {expected}"
    blank = isinstance(error.instance, str) and not error.instance.strip()
    if rule in ("minLength", "pattern") and blank:
        return "must not be empty"
    if rule == "pattern":
        return f"not in the expected form ({error.schema.get('description', expected)})"
    if rule == "enum":
        return "not one of: " + ", ".join(map(str, expected))
    if rule in ("minimum", "maximum"):
        return f"must be {'at least' if rule == 'minimum' else 'at most'} {expected}"
    return f"fails the schema's {rule!r} rule"


_A: dict[str, str] = {"string": "text", "integer": "a whole number", "object": "an object (a {...} group)",
      "array": "a list", "number": "a number", "boolean": "true or false"}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def plan_blocks(plan: dict[str, Any]) -> tuple[Block, ...]:
    """The blocks of a validated JSON plan, in statutory section order."""
    blocks: list[Block] = []
    tables = [0]
    child = plan.get("child") or {}
    details = plan.get("plan") or {}
    cover = [
        ("Name", child.get("name")),
        ("Date of birth", child.get("date_of_birth")),
        ("Year group", _year_group(child.get("year_group"))),
        ("NHS number", child.get("nhs_number")),
        ("UPN", child.get("upn")),
        ("Primary need", child.get("primary_need")),
        ("Local authority", details.get("local_authority")),
        ("Date issued", details.get("issued")),
        ("Last amended", details.get("last_amended")),
        ("Review dates", ", ".join(details.get("review_dates") or []) or None),
        ("Next review", details.get("next_review")),
    ]
    cover += [
        (member.get("relationship") or "Family member", member.get("name"))
        for member in child.get("family") or []
    ]
    cover = [(label, value) for label, value in cover if value not in (None, "")]
    if cover:
        blocks.append(Block(kind="heading", text="Personal details", level=1))
        blocks.extend(Block(kind="paragraph", text=f"{label}: {value}") for label, value in cover)

    sections = plan["sections"]
    for letter in _ORDER:
        if letter not in sections:
            continue
        section = sections[letter]
        blocks.append(
            Block(kind="heading", text=f"Section {letter}: {SECTION_TITLES[letter]}", level=1)
        )
        if letter == "A":
            for key, title in _VIEWS:
                if section.get(key):
                    blocks.append(Block(kind="heading", text=title, level=2))
                    blocks.extend(parse_text(section[key]))
        if section.get("text"):
            blocks.extend(parse_text(section["text"]))
        if section.get("needs"):
            _table(blocks, tables, ("Area of need", "Description"),
                   [(n.get("area", ""), n["description"]) for n in section["needs"]])
        if section.get("outcomes"):
            _table(
                blocks, tables, ("Area", "Outcome", "Steps", "By when"),
                [(o.get("area", ""), o["outcome"], "; ".join(o.get("steps") or []),
                  o.get("by_when", "")) for o in section["outcomes"]],
            )
        if section.get("provision"):
            _table(
                blocks, tables, tuple(title for _, title in _PROVISION_COLUMNS),
                [tuple(line.get(key, "") for key, _ in _PROVISION_COLUMNS)
                 for line in section["provision"]],
            )
        if letter == "I":
            for key, label in (("placement", "Placement"), ("setting_type", "Type of setting")):
                if section.get(key):
                    blocks.append(Block(kind="paragraph", text=f"{label}: {section[key]}"))
        if section.get("advice"):
            _table(
                blocks, tables, ("Advice", "Author", "Role", "Date"),
                [(a["title"], a.get("author", ""), a.get("role", ""), a.get("date", ""))
                 for a in section["advice"]],
            )
    return tuple(blocks)


def _table(
    blocks: list[Block], tables: list[int], header: tuple[str, ...], rows: list[tuple[str, ...]]
) -> None:
    index = tables[0]
    tables[0] += 1
    for row, cells in enumerate([header, *rows]):
        cells = tuple(" ".join(str(cell).split()) for cell in cells)
        blocks.append(
            Block(
                kind="table_row", text=" | ".join(cell for cell in cells if cell), cells=cells,
                table=index, row=row,
            )
        )


def _year_group(year: int | None) -> str | None:
    if year is None:
        return None
    if year == -1:
        return "Nursery"
    if year == 0:
        return "Reception"
    return f"Year {year}"
