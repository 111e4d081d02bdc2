"""A PlanAudit as a readable terminal report: the overall grade, each criterion's grade in
words and a symbol, then the worst findings first with their quote and what would fix them.

Rendering only: nothing here judges a plan. Plan text appears only as quoted evidence.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from audit.model import CriterionResult, Finding, PlanAudit

GRADE_STYLE: dict[int | None, tuple[str, str]] = {
    4: ("★", "bold green"),
    3: ("✓", "green"),
    2: ("▲", "yellow"),
    1: ("✗", "bold red"),
    None: ("–", "dim"),
}
SEVERITY_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2}


def grade_text(grade: int | None, label: str) -> Text:
    symbol, style = GRADE_STYLE[grade]
    number = f"{grade} " if grade is not None else ""
    return Text(f"{symbol} {number}{label}", style=style)


def worst_findings(audit: PlanAudit) -> list[tuple[CriterionResult, Finding]]:
    """Findings ordered worst first: severity, then the lower-graded criterion, then position."""
    pairs = [(result, finding) for result in audit.criteria for finding in result.findings]
    pairs.sort(key=lambda p: (SEVERITY_RANK.get(p[1].severity, 3), p[0].grade or 5, p[0].id,
                              p[1].section or "", p[1].start if p[1].start is not None else -1))
    return pairs


def render_plan_audit(audit: PlanAudit, console: Console, max_findings: int = 12) -> None:
    """Print the report for one plan."""
    overall = audit.overall
    head = Text.assemble(("Overall: ", "bold"), grade_text(overall.grade, overall.label))
    if overall.score is not None:
        head.append(f"  (score {overall.score:.2f})", style="dim")
    console.print(Text(f"{audit.source}", style="bold"))
    console.print(Text(f"rubric {audit.rubric_id} {audit.rubric_version}, as of {audit.as_of.isoformat()}", style="dim"))
    console.print(head)
    if overall.limited:
        console.print(Text(f"  {overall.reason}", style="yellow"))
    if audit.sections_missing:
        console.print(Text(f"Sections not found: {', '.join(audit.sections_missing)}", style="yellow"))

    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("Criterion")
    table.add_column("Grade", no_wrap=True)
    table.add_column("Why")
    for result in audit.criteria:
        table.add_row(result.title, grade_text(result.grade, result.label), result.summary)
    console.print(table)

    pairs = worst_findings(audit)
    if not pairs:
        console.print(Text("No findings.", style="green"))
        return
    console.print(Text(f"Findings ({len(pairs)}, worst first):", style="bold"))
    for result, finding in pairs[:max_findings]:
        where = f"section {finding.section}" if finding.section else "whole plan"
        line = Text.assemble((f"[{finding.severity}] ", "bold red" if finding.severity == "high" else "yellow"),
                             (f"{result.id}", "bold"), f" ({where}): {finding.message}")
        console.print(line)
        if finding.quote:
            console.print(Text(f'    "{finding.quote}"', style="italic"))
        console.print(Text(f"    Fix: {finding.fix}", style="cyan"))
    if len(pairs) > max_findings:
        console.print(Text(f"... and {len(pairs) - max_findings} more (use --json for all)", style="dim"))
