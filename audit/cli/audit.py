"""`ehcp-audit audit`: audit a batch of plans into the panel's Excel workbook (and JSON).

Takes files, folders, globs and manifest CSVs; runs on all cores, or a Dask cluster with
--scheduler; shows progress on a terminal; one bad file is an Errors row, never a stop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

from audit.batch import DEFAULT_TIME_LIMIT, BatchSettings, collect_jobs, default_workers, run_batch
from audit.cli.app import EXIT_BAD_INPUT, EXIT_SOME_FAILED, app, err_console, fail, resolve_as_of
from audit.errors import RubricError
from audit.rubric import Rubric
from audit.report.atomic import refuse_overwrite


class PlansPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} plans/s" if speed else "- plans/s", style="cyan")


def rubric_pair(rubric: str, advice_rubric: str | None) -> tuple[Rubric, Rubric]:
    """(plan rubric, health-advice rubric): --rubric is the one for its document kind, the other
    is --advice-rubric or the bundled default. Raises RubricError for a rubric of the wrong kind."""
    from audit.rubric import DEFAULT_RUBRICS, load_rubric

    given = load_rubric(rubric)
    advice = load_rubric(advice_rubric) if advice_rubric else None
    if advice is not None and advice.document_kind != "health_advice":
        raise RubricError(advice_rubric or "", "--advice-rubric must be a rubric with document_kind: health_advice")
    if given.document_kind == "health_advice":
        if advice is not None:
            raise RubricError(rubric, "--rubric and --advice-rubric are both health-advice rubrics; give a plan rubric with --rubric")
        return load_rubric(DEFAULT_RUBRICS["plan"]), given
    return given, advice or load_rubric(DEFAULT_RUBRICS["health_advice"])


@app.command("audit")
def audit_command(
    paths: list[str] = typer.Argument(..., help="Plan files, folders (searched recursively), globs, or a manifest CSV."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="The Excel workbook to write (default: reports/audit-AS_OF.xlsx)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the whole batch audit as JSON to this file."),
    rubric: str = typer.Option("inspection", "--rubric", "-r", help="A bundled rubric id (inspection, health-advice) or a rubric file; it grades the documents of its kind."),
    advice_rubric: Optional[str] = typer.Option(None, "--advice-rubric", help="The rubric for health advice documents (default: health-advice)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The audit date (drives age, year group, review currency; default: today)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A Dask scheduler address (tcp://host:8786), or 'local' for a local Dask cluster."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Treat every file as a 'plan' or as 'health_advice' (default: detect each document)."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Add a role's view: 'health' (the DCO's view of C, G and K)."),
    redact: bool = typer.Option(False, "--redact", help="Pseudonymise names, dates of birth, NHS numbers and other identifiers in the reports (set EHCP_AUDIT_REDACT_KEY to a secret so plan ids cannot be matched back to files)."),
    force: bool = typer.Option(False, "--force", "-f", help="Replace an existing report."),
    time_limit: float = typer.Option(DEFAULT_TIME_LIMIT, "--time-limit", min=1, help="Seconds one file may take before it is recorded as an error."),
) -> None:
    """Audit many plans and write the panel's Excel workbook."""
    as_of_date = resolve_as_of(as_of)
    out = out or Path("reports") / f"audit-{as_of_date.isoformat()}.xlsx"
    if out.suffix.lower() != ".xlsx":
        raise fail(f"--out: {out} must end in .xlsx")
    try:
        for target in (out, json_out):
            if target is not None:
                refuse_overwrite(target, force)
        loaded, advice = rubric_pair(rubric, advice_rubric)
    except (FileExistsError, RubricError) as exc:
        raise fail(str(exc))

    job_list, input_errors = collect_jobs(paths)
    if not job_list:
        for error in input_errors:
            err_console.print(f"error: {error.source}: {error.reason}", markup=False)
        raise fail("no plan files to audit (looked for .docx, .pdf, .txt, .md, .json)")

    settings = BatchSettings(rubric=loaded, advice_rubric=advice, as_of=as_of_date, focus=focus, kind=kind, time_limit=time_limit,
                             redact=redact, redact_seed=os.environ.get("EHCP_AUDIT_REDACT_KEY", ""))
    workers = jobs or default_workers()
    if sys.stderr.isatty():
        with Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), PlansPerSecond(),
                      TimeRemainingColumn(), console=err_console, transient=True) as bar:
            task = bar.add_task("plans", total=len(job_list))
            batch = run_batch(job_list, settings, workers=workers, scheduler=scheduler,
                              progress=lambda done, total: bar.update(task, completed=done),
                              input_errors=input_errors)
    else:
        batch = run_batch(job_list, settings, workers=workers, scheduler=scheduler, input_errors=input_errors)

    if not batch.audits:
        for error in batch.errors:
            err_console.print(f"error: {error.source}: {error.reason}", markup=False, highlight=False)
        raise fail("no file could be audited; no report written")

    from audit.report.excel import write_workbook
    from audit.report.json_report import write_json

    try:
        write_workbook(batch, out, force=force, rubric=loaded)
        if json_out is not None:
            write_json(batch, json_out, force=force)
    except (FileExistsError, OSError) as exc:
        raise fail(f"cannot write the report: {exc}")

    audited, failed = len(batch.audits), len(batch.errors)
    rate = audited / batch.elapsed_seconds if batch.elapsed_seconds else 0.0
    err_console.print(f"audited {audited} document{'s' * (audited != 1)} in {batch.elapsed_seconds:.1f} s ({rate:.1f} plans/s); "
                      f"{failed} could not be read -> {out}", markup=False, highlight=False)
    for error in batch.errors:
        err_console.print(f"  not audited: {error.source}: {error.reason}", markup=False, highlight=False)
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)
