"""`ehcp-audit check FILE`: audit one plan and show its grades and evidence.

A readable report by default, or the whole PlanAudit as JSON with --json. A file or rubric
that cannot be used is one line on stderr and exit 2.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from audit.cli.app import app, fail, resolve_as_of
from audit.errors import AuditInputError, RubricError
from audit.pipeline import CheckFailed, audit_source
from audit.report.terminal import render_plan_audit
from audit.rubric import DEFAULT_RUBRIC, bundled_ids, load_rubric

HEALTH_ADVICE_RUBRIC = "health-advice"
EXIT_INTERNAL = 70  # a check raised: a bug in the tool, reported as such


class Kind(str, Enum):
    plan = "plan"
    health_advice = "health_advice"


@app.command()
def check(
    file: Path = typer.Argument(..., help="The plan to audit (.docx, .pdf, .txt, .md or .json)."),
    rubric: str = typer.Option(None, "--rubric",
                               help="A bundled rubric id or a rubric file (default: inspection; health-advice with --kind health_advice)."),
    as_of: str = typer.Option(None, "--as-of", help="The audit date (default today), e.g. 2026-09-01."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole audit as JSON."),
    kind: Kind = typer.Option(None, "--kind", help="What the document is (default: detect)."),
) -> None:
    """Audit one plan and show each criterion's grade with the evidence."""
    audit_date = resolve_as_of(as_of)
    if rubric is None:
        rubric = HEALTH_ADVICE_RUBRIC if kind == Kind.health_advice and HEALTH_ADVICE_RUBRIC in bundled_ids() else DEFAULT_RUBRIC
    try:
        loaded = load_rubric(rubric)
    except RubricError as exc:
        raise fail(str(exc)) from None
    try:
        audit = audit_source(str(file), loaded, audit_date, kind=kind.value if kind else None)
    except CheckFailed as exc:
        raise fail(str(exc), EXIT_INTERNAL) from None
    except AuditInputError as exc:
        raise fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(audit.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
    else:
        render_plan_audit(audit, Console(highlight=False))
