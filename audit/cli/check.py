"""`ehcp-audit check FILE`: audit one plan and show its grades and evidence.

A readable report by default (findings by section, worst first), or the whole PlanAudit as JSON
with --json; --annotate writes a copy of a .docx draft with each finding as a review comment.
A file or rubric that cannot be used is one line on stderr and exit 2.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from audit.cli.app import EXIT_BAD_INPUT, EXIT_BELOW_THRESHOLD, app, err_console, fail, resolve_as_of
from audit.batch import DEFAULT_TIME_LIMIT, time_limit
from audit.errors import AuditInputError, RubricError
from audit.model import Plan, PlanAudit
from audit.pipeline import CheckFailed, audit_plan
from audit.report.json_report import audit_json
from audit.report.terminal import below_threshold, filter_audit, render_plan_audit
from audit.rubric import DEFAULT_RUBRICS, Rubric, load_rubric

HEALTH_ADVICE_RUBRIC = "health-advice"
EXIT_INTERNAL = 70  # a check raised: a bug in the tool, reported as such
REDACT_SEED_VARIABLE = "EHCP_AUDIT_REDACT_SEED"


class Kind(str, Enum):
    plan = "plan"
    health_advice = "health_advice"


class Severity(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


def redacted(audit: PlanAudit, plan: Plan | None = None) -> PlanAudit:
    """The audit with names and identifiers pseudonymised, and a pseudonymous plan id
    (the file name often holds the child's name). The plan's cover page, when given, names
    the family members to hide as well as the child."""
    from audit.privacy import Redactor

    redactor = Redactor(seed=os.environ.get(REDACT_SEED_VARIABLE, ""))
    if plan is not None:
        redactor.learn_plan(plan)
    return redactor.redact_audit(audit, plan_id=redactor.plan_id_for(audit.sha256))


@app.command(epilog="Exit codes: 0 done; 2 a file, rubric or option could not be used; "
                    "4 a grade is below --fail-under; 70 internal error in a check (please report it).")
def check(
    file: Path = typer.Argument(..., help="The plan to audit (.docx, .pdf, .txt, .md or .json)."),
    rubric: str = typer.Option(None, "--rubric",
                               help="A bundled rubric id or a rubric file (default: inspection for a plan, health-advice for health advice)."),
    as_of: str = typer.Option(None, "--as-of", help="The audit date (default today), e.g. 2026-09-01."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole audit as JSON."),
    kind: Kind = typer.Option(None, "--kind", help="What the document is (default: detect)."),
    only: list[str] = typer.Option(None, "--only", metavar="CRITERION",
                                   help="Show only this criterion (repeat for more), e.g. --only provision_specific."),
    min_severity: Severity = typer.Option(None, "--min-severity", help="Show only findings of this severity or worse."),
    fail_under: int = typer.Option(None, "--fail-under", min=1, max=4, metavar="N",
                                   help="Exit 4 if any applicable criterion shown, or the overall grade (when "
                                        "--only is not given), is graded below N (1-4)."),
    redact: bool = typer.Option(False, "--redact",
                                help=f"Pseudonymise names and identifiers in the output (seed: ${REDACT_SEED_VARIABLE})."),
    annotate: Path = typer.Option(None, "--annotate", metavar="OUT.docx",
                                  help="Also write a copy of the .docx draft with each finding as a Word review comment."),
    force: bool = typer.Option(False, "--force", help="Replace the --annotate file if it exists."),
) -> None:
    """Audit one plan and show each criterion's grade with the evidence.

    Grades are shown as a symbol, a number and a word (★ 4 Outstanding, ✓ 3 Good,
    ▲ 2 Requires improvement, ✗ 1 Inadequate, – N/A); findings are grouped by section
    with the quoted text and how to fix it. --only and --min-severity narrow what is shown
    (in the JSON too); they never change a grade.
    """
    audit_date = resolve_as_of(as_of)
    if annotate is not None:
        check_annotate_paths(file, annotate, force)
    from audit.ingest import read_plan  # looked up when used: ingest is the heavier half of the tool

    try:
        # The document's kind decides the default rubric (inspection, or health-advice for advice).
        with time_limit(DEFAULT_TIME_LIMIT, str(file)):  # a hostile file must not hang the terminal
            plan = read_plan(str(file), as_of=audit_date, kind=kind_to_read(rubric, kind))
        loaded = rubric_for_document(rubric, plan.kind)
    except RubricError as exc:
        raise fail(str(exc)) from None
    except AuditInputError as exc:
        raise fail(str(exc)) from None
    selected = list(dict.fromkeys(only or ()))
    unknown = [c for c in selected if c not in loaded.criterion_ids]
    if unknown:
        raise fail(f"--only: no criterion {unknown[0]!r} in rubric {loaded.id} (known: {', '.join(loaded.criterion_ids)})")
    try:
        audit = audit_plan(plan, loaded, audit_date)
    except CheckFailed as exc:
        raise fail(str(exc), EXIT_INTERNAL) from None
    except AuditInputError as exc:
        raise fail(str(exc)) from None

    if annotate is not None:
        from audit.report.annotate import write_annotated

        try:
            # The comments quote the draft's own text, so they are anchored from the audit as made.
            write_annotated(file, audit, annotate, force=force, plan=plan)
        except AuditInputError as exc:
            raise fail(str(exc)) from None
        err_console.print(f"annotated copy written: {annotate}")

    shown = filter_audit(redacted(audit, plan) if redact else audit, selected, min_severity.value if min_severity else None)
    if as_json:
        sys.stdout.write(audit_json(shown))
    else:
        render_plan_audit(shown, Console(highlight=False))

    if fail_under is not None:
        below = below_threshold(shown, fail_under, include_overall=not selected)
        if below:
            err_console.print(f"below --fail-under {fail_under}: {', '.join(below)}", markup=False)
            raise typer.Exit(EXIT_BELOW_THRESHOLD)


def kind_to_read(rubric: str | None, kind: Kind | None) -> str | None:
    """--kind if given; health advice when --rubric is a health-advice rubric; else detect."""
    if kind is not None:
        return kind.value
    if rubric is not None and load_rubric(rubric).document_kind == "health_advice":
        return "health_advice"
    return None


def rubric_for_document(rubric: str | None, document_kind: str) -> Rubric:
    """--rubric, or the bundled rubric for the document's kind; RubricError if they do not match."""
    if rubric is None:
        return load_rubric(DEFAULT_RUBRICS[document_kind])
    loaded = load_rubric(rubric)
    if loaded.document_kind != document_kind:
        what = "health advice" if document_kind == "health_advice" else "an EHC plan"
        raise RubricError(rubric, f"grades {loaded.document_kind.replace('_', ' ')} documents, but this document reads as {what}; "
                                  f"use --rubric {DEFAULT_RUBRICS[document_kind]} or --kind")
    return loaded


def check_annotate_paths(file: Path, out: Path, force: bool) -> None:
    """Refuse an --annotate that cannot work before spending time on the audit."""
    if file.suffix.lower() != ".docx":
        raise fail(f"{file}: --annotate works only on a Word .docx draft", EXIT_BAD_INPUT)
    if out.suffix.lower() != ".docx":
        raise fail(f"{out}: the annotated copy must be a .docx file")
    if out.resolve() == file.resolve():
        raise fail(f"{out}: the annotated copy must not replace the draft; give another file name")
    if out.exists() and not force:
        raise fail(f"{out}: already exists; use --force to replace it")
