"""`ehcp-audit inspect FILE`: what the tool read from one plan, before any grading.

Shows the sections found and missing (with their length), the facts (dates, year group),
and how many outcomes and provision items were split out; `--json` for scripts.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from audit.cli.app import app, fail, resolve_as_of
from audit.errors import AuditInputError
from audit.model import Plan

# The facts shown, in order; names and identifiers are left out of the terminal table and
# the JSON: inspect is for checking what was read, and plans hold children's data.
SHOWN_FACTS: tuple[str, ...] = (
    "date_of_birth", "year_group", "year_group_source", "issued", "review_dates", "last_review",
    "last_amended", "next_review", "advice_dates", "primary_need",
)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def inspection(plan: Plan) -> dict:
    """What `inspect --json` prints: sections with their spans and lengths, facts, item counts."""
    facts = plan.facts
    return {
        "source": plan.source,
        "format": plan.format,
        "kind": plan.kind,
        "sections": [
            {"letter": s.letter, "title": s.title, "words": len(s.text.split()), "start": s.start, "end": s.end}
            for s in plan.sections
        ],
        "missing_sections": list(plan.missing_sections),
        "facts": {name: _plain(getattr(facts, name)) for name in SHOWN_FACTS}
        | {"child_name_found": facts.child_name is not None, "nhs_number_found": facts.nhs_number is not None,
           "upn_found": facts.upn is not None, "family_names_found": len(facts.family_names)},
        "outcomes": len(plan.outcomes),
        "provision": len(plan.provision),
        "advice": len(plan.advice),
    }


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="A plan: .docx, .pdf, .txt, .md or .json"),
    as_of: str = typer.Option(None, "--as-of", help="Audit date (default today): derives the year group."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Show what was read from one plan: sections, facts, outcome and provision counts."""
    from audit.ingest import read_plan

    when = resolve_as_of(as_of)
    if not file.is_file():
        raise fail(f"{file}: no such file")
    try:
        plan = read_plan(str(file), as_of=when)
    except AuditInputError as exc:
        raise fail(str(exc)) from None
    report = inspection(plan)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    console = Console(highlight=False)
    table = Table(title=f"{file.name} ({plan.format})")
    table.add_column("Section")
    table.add_column("Title")
    table.add_column("Words", justify="right")
    for section in report["sections"]:
        table.add_row(section["letter"], section["title"], str(section["words"]))
    for letter in report["missing_sections"]:
        table.add_row(letter, "[red]missing[/]", "-")
    console.print(table)
    facts = Table(title="Facts", show_header=False)
    facts.add_column("Fact")
    facts.add_column("Value")
    for name, value in report["facts"].items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else ("-" if value is None else str(value))
        facts.add_row(name.replace("_", " "), shown or "-")
    facts.add_row("outcomes", str(report["outcomes"]))
    facts.add_row("provision items", str(report["provision"]))
    facts.add_row("advice entries", str(report["advice"]))
    console.print(facts)
