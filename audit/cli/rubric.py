"""`ehcp-audit rubric validate FILE` and `ehcp-audit rubric show [FILE|ID]`.

For a QA lead editing a rubric: validate says "ok" or the one line that is wrong (file,
JSON path, reason); show lists the criteria as the tool will run them.
"""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from audit.cli.app import fail, rubric_app
from audit.errors import RubricError
from audit.rubric import DEFAULT_RUBRIC, load_rubric


@rubric_app.command("validate")
def validate(file: str = typer.Argument(..., help="A rubric file (or bundled id).")) -> None:
    """Check a rubric file: prints 'ok' with its id and version, or what is wrong (exit 2)."""
    try:
        rubric = load_rubric(file)
    except RubricError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"ok: {file} is rubric {rubric.id} {rubric.version} with {len(rubric.criteria)} criteria")


@rubric_app.command("show")
def show(rubric: str = typer.Argument(DEFAULT_RUBRIC, help="A bundled rubric id or a rubric file.")) -> None:
    """List a rubric's criteria: id, title, weight, check, applies_when and params."""
    try:
        loaded = load_rubric(rubric)
    except RubricError as exc:
        raise fail(str(exc)) from None
    console = Console(highlight=False)
    console.print(f"[bold]{loaded.title}[/] ({loaded.id} {loaded.version})")
    if loaded.extends:
        console.print(f"extends: {', '.join(loaded.extends)}")
    if loaded.lexicons:
        console.print(f"lexicons: {', '.join(sorted(loaded.lexicons))}")
    table = Table(show_header=True, header_style="bold")
    # Short columns never wrap; the title and the params take what width is left.
    for column in ("id", "title", "weight", "check", "applies_when", "params"):
        table.add_column(column, no_wrap=column in ("id", "weight", "check", "applies_when"),
                         overflow="fold", ratio=2 if column == "params" else (1 if column == "title" else None))
    for spec in loaded.criteria:
        params = spec.params.model_dump(mode="json")
        table.add_row(spec.id, spec.title, f"{spec.weight:g}", spec.check, spec.applies_when or "always",
                      "\n".join(f"{key}={json.dumps(value)}" for key, value in sorted(params.items())))
    console.print(table)
    limits = "; ".join(f"any grade <= {limit.if_any_grade} caps at {limit.cap}" for limit in loaded.overall.limits)
    console.print(f"overall: {loaded.overall.method}, rounded {loaded.overall.rounding.replace('_', ' ')}"
                  + (f"; {limits}" if limits else ""))
