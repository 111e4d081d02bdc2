"""`ehcp-audit moderate FILE.xlsx`: what a moderation panel recorded in an audit workbook.

Reads the panel grades (Moderation sheet) and reviewers' decisions (Findings sheet) back,
prints agreement between the tool and the panel per criterion (exact, within one,
quadratic-weighted kappa, confusion matrix) and the false-alarm rate of findings, and can
export the panel's grades as a labels CSV for `ehcp-audit evaluate --labels`.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from audit.cli.app import app, fail
from audit.errors import AuditInputError
from audit.evaluate import Agreement
from audit.report.terminal import confusion_table, percent
from audit.report.moderation import (
    FalseAlarms,
    Moderation,
    agreements,
    false_alarms,
    labels_csv,
    pooled_agreement,
    read_moderation,
)


def _render(moderation: Moderation, rows: list[Agreement], pooled: Agreement, alarms: list[FalseAlarms],
            console: Console) -> None:
    rubric = f"{moderation.rubric_id or '?'} {moderation.rubric_version or ''}".strip()
    as_of = f", as of {moderation.as_of.isoformat()}" if moderation.as_of else ""
    console.print(f"[bold]Moderation[/] of {moderation.source} ({rubric}{as_of}): "
                  f"{len(moderation.grades)} panel grades for {moderation.plans_moderated} plans, "
                  f"{moderation.rows_ungraded} rows not graded; {len(moderation.reviews)} of "
                  f"{sum(moderation.findings_per_criterion.values())} findings reviewed.")
    by_criterion = {a.criterion: a for a in alarms}
    table = Table(show_header=True, header_style="bold", title="Agreement with the panel", title_justify="left")
    for column in ("criterion", "n", "exact", "within one", "kappa (quadratic)", "findings reviewed",
                   "false alarms"):
        table.add_column(column, justify="left" if column == "criterion" else "right")
    for row in [*rows, pooled]:
        alarm = by_criterion.get(row.criterion)
        table.add_row(row.criterion, str(row.n), percent(row.exact), percent(row.within_one),
                      "-" if row.kappa is None else f"{row.kappa:.2f}",
                      "-" if alarm is None else f"{alarm.reviewed} of {alarm.findings}",
                      "-" if alarm is None or alarm.rate is None else
                      f"{percent(alarm.rate)} ({alarm.false_alarms})")
    console.print(table)
    for row in (pooled, rows[-1]):
        if row.n:
            console.print(confusion_table(row, f"{row.criterion}: panel's grade (rows) against the tool's (columns)"))


def _write_labels(moderation: Moderation, out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise fail(f"{out}: already exists; use --force to replace it")
    if out.is_dir():
        raise fail(f"{out}: is a folder; give a file name for the labels CSV")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(labels_csv(moderation))
            os.chmod(temp, 0o644)
            os.replace(temp, out)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise fail(f"{out}: cannot write the labels file ({exc.strerror or type(exc).__name__})") from None


@app.command()
def moderate(
    file: Path = typer.Argument(..., help="An audit workbook (.xlsx) the panel has filled in."),
    labels_out: Path = typer.Option(None, "--labels-out",
                                    help="Write the panel's grades as a labels CSV (plan, criterion, grade)."),
    as_json: bool = typer.Option(False, "--json", help="Print the agreement and false alarms as JSON."),
    force: bool = typer.Option(False, "--force", help="Replace an existing --labels-out file."),
) -> None:
    """Compare a moderation panel's grades with the tool's and count false alarms."""
    try:
        moderation = read_moderation(file)
    except AuditInputError as exc:
        raise fail(str(exc)) from None
    if not moderation.grades and not moderation.reviews:
        raise fail(f"{file}: no panel grades or reviewer decisions yet; fill in the Moderation and "
                   "Findings sheets first")
    rows = agreements(moderation)
    pooled = pooled_agreement(moderation)
    alarms = false_alarms(moderation)
    if labels_out is not None:
        _write_labels(moderation, labels_out, force)
    if as_json:
        report = {
            "source": moderation.source,
            "rubric_id": moderation.rubric_id,
            "rubric_version": moderation.rubric_version,
            "as_of": moderation.as_of.isoformat() if moderation.as_of else None,
            "plans_moderated": moderation.plans_moderated,
            "panel_grades": len(moderation.grades),
            "rows_not_graded": moderation.rows_ungraded,
            "findings": sum(moderation.findings_per_criterion.values()),
            "findings_reviewed": len(moderation.reviews),
            "criteria": [row.model_dump(mode="json") for row in rows[:-1]],
            "overall": rows[-1].model_dump(mode="json"),
            "all_criteria": pooled.model_dump(mode="json"),
            "false_alarms": [alarm.model_dump(mode="json") for alarm in alarms],
        }
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        _render(moderation, rows, pooled, alarms, Console(highlight=False))
        if labels_out is not None:
            Console(stderr=True, highlight=False).print(f"labels written to {labels_out}")
