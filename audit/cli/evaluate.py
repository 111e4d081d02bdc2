"""`ehcp-audit evaluate --labels CSV PATH...`: how far the tool agrees with a QA panel.

Audits the files as `ehcp-audit audit` does (manifest facts included), compares each
criterion's grade, and the overall grade, with the panel's labels, and prints exact and
within-one agreement, quadratic-weighted kappa and a confusion matrix per criterion. A file
that cannot be audited is named and skipped (exit 3).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from audit.cli.app import EXIT_SOME_FAILED, app, err_console, fail, resolve_as_of
from audit.batch import BatchSettings, collect_jobs, run_batch
from audit.errors import AuditInputError, RubricError
from audit.evaluate import Evaluation, read_labels
from audit.evaluate import evaluate as compare
from audit.report.terminal import confusion_table, percent
from audit.rubric import DEFAULT_RUBRIC, load_rubric


def _render(evaluation: Evaluation, console: Console) -> None:
    console.print(f"[bold]Agreement with the panel[/] ({evaluation.rubric_id} {evaluation.rubric_version}, "
                  f"{evaluation.plans_compared} plans)")
    table = Table(show_header=True, header_style="bold")
    for column in ("criterion", "n", "exact", "within one", "kappa (quadratic)"):
        table.add_column(column, justify="left" if column == "criterion" else "right")
    for row in [*evaluation.criteria, evaluation.pooled, evaluation.overall]:
        table.add_row(row.criterion, str(row.n), percent(row.exact), percent(row.within_one),
                      "-" if row.kappa is None else f"{row.kappa:.2f}")
    console.print(table)
    for row in [*evaluation.criteria, evaluation.overall]:
        if row.n:
            console.print(confusion_table(row, f"{row.criterion}: panel's grade (rows) against the tool's (columns)"))
    for title, names in (("Labelled but not audited", evaluation.labelled_not_audited),
                         ("Audited but not labelled", evaluation.audited_not_labelled),
                         ("Labelled criteria not in the rubric", evaluation.unknown_criteria)):
        if names:
            console.print(f"[yellow]{title}:[/] {', '.join(names)}")


@app.command()
def evaluate(
    paths: list[Path] = typer.Argument(..., help="Plan files, folders of plans, or a manifest CSV."),
    labels: Path = typer.Option(..., "--labels", help="CSV with columns plan, criterion, grade (1-4 or NA)."),
    rubric: str = typer.Option(DEFAULT_RUBRIC, "--rubric", help="A bundled rubric id or a rubric file."),
    as_of: str = typer.Option(None, "--as-of", help="The audit date (default today)."),
    as_json: bool = typer.Option(False, "--json", help="Print the agreement as JSON."),
    jobs_option: int = typer.Option(1, "--jobs", help="Plans audited in parallel (processes)."),
) -> None:
    """Compare the tool's grades with a panel's grades."""
    audit_date = resolve_as_of(as_of)
    try:
        loaded = load_rubric(rubric)
        panel = read_labels(labels)
    except (RubricError, AuditInputError) as exc:
        raise fail(str(exc)) from None
    # The same batch as `ehcp-audit audit`: folders, globs and manifest CSVs (whose facts,
    # such as a stated year group, override the documents'), with batch-wide boilerplate.
    jobs, input_errors = collect_jobs([str(p) for p in paths])
    batch = run_batch(jobs, BatchSettings(rubric=loaded, as_of=audit_date), workers=max(1, jobs_option),
                      input_errors=input_errors)
    for error in batch.errors:
        err_console.print(f"skipped: {error.source}: {error.reason}")
    audits = list(batch.audits)
    failed = len(batch.errors)
    # A folder of health advice was graded against the health-advice rubric: name that one.
    graded = {(a.rubric_id, a.rubric_version) for a in audits}
    if audits and (loaded.id, loaded.version) not in graded and len({a.kind for a in audits}) == 1:
        from audit.batch import default_rubric

        loaded = default_rubric(audits[0].kind)
    evaluation = compare(audits, panel, loaded.id, loaded.version, loaded.criterion_ids)
    if as_json:
        sys.stdout.write(json.dumps(evaluation.model_dump(mode="json"), indent=2) + "\n")
    else:
        _render(evaluation, Console(highlight=False))
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)
