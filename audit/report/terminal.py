"""A PlanAudit as a readable terminal report: the overall grade, each criterion's grade as a
symbol, a number and a word (colour only repeats them), then the findings grouped by section
in the plan's order, each quote once with what is wrong and what would fix it.

Rendering only: nothing here judges a plan. Plan text appears only as quoted evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from audit.evaluate import MATRIX_LABELS, Agreement
from audit.model import SECTION_LETTERS, SECTION_TITLES, CriterionResult, Finding, PlanAudit, grade_label

# Symbol and colour per grade: the symbol and the word carry the meaning, colour repeats it.
GRADE_STYLE: dict[int | None, tuple[str, str]] = {
    4: ("★", "bold green"),
    3: ("✓", "green"),
    2: ("▲", "yellow"),
    1: ("✗", "bold red"),
    None: ("–", "dim"),
}
# For a console that cannot print those symbols (an old Windows code page).
ASCII_SYMBOLS: dict[int | None, str] = {4: "**", 3: "+", 2: "!", 1: "x", None: "-"}
SEVERITY_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
SEVERITY_STYLE: dict[str, str] = {"high": "bold red", "medium": "yellow", "low": "cyan"}
# The parts of a health advice document, in reading order (audit/ingest/advice.py ADVICE_PARTS).
ADVICE_PART_TITLES: dict[str, str] = {
    "author": "Author and context",
    "assessment": "Assessment",
    "needs": "Health needs",
    "outcomes": "Outcomes",
    "recommendations": "Recommendations",
    "transition": "Transition to adult services",
}


def grade_text(grade: int | None, label: str, ascii_only: bool = False) -> Text:
    """'▲ 2 Requires improvement' (or '– N/A') in the grade's colour."""
    symbol, style = GRADE_STYLE[grade]
    if ascii_only:
        symbol = ASCII_SYMBOLS[grade]
    number = f"{grade} " if grade is not None else ""
    return Text(f"{symbol} {number}{label}", style=style)


def impact_key(result: CriterionResult, finding: Finding) -> tuple:
    """What to fix first: the most severe finding, on the lowest-graded, heaviest criterion."""
    return (SEVERITY_RANK.get(finding.severity, 3), result.grade if result.grade is not None else 5, -result.weight,
            result.id, section_order(finding.section), finding.start if finding.start is not None else -1,
            finding.rule)


def worst_findings(audit: PlanAudit) -> list[tuple[CriterionResult, Finding]]:
    """Every finding with its criterion, in order of impact (see `impact_key`)."""
    pairs = [(result, finding) for result in audit.criteria for finding in result.findings]
    pairs.sort(key=lambda pair: impact_key(*pair))
    return pairs


def section_order(letter: str | None) -> int:
    """Statutory order A..K ('H' with H1), or a health advice document's parts in order;
    findings about the whole document last."""
    if letter is None:
        return 100
    if letter == "H":
        return SECTION_LETTERS.index("H1")
    if letter in SECTION_LETTERS:
        return SECTION_LETTERS.index(letter)
    if letter in ADVICE_PART_TITLES:
        return 50 + list(ADVICE_PART_TITLES).index(letter)
    return 99


def section_heading(letter: str | None) -> str:
    """'Section F: Special educational provision', 'Recommendations', or 'The whole plan'."""
    if letter is None:
        return "The whole plan"
    if letter in ADVICE_PART_TITLES:
        return ADVICE_PART_TITLES[letter]
    title = SECTION_TITLES.get(letter)
    return f"Section {letter}: {title}" if title else f"Section {letter}"


def filter_audit(audit: PlanAudit, only: Sequence[str] = (), min_severity: str | None = None) -> PlanAudit:
    """The audit with only the criteria asked for and the findings at or above a severity.

    The overall grade is left as the whole rubric gave it: a filter narrows what is shown,
    it never re-grades the plan.
    """
    limit = SEVERITY_RANK[min_severity] if min_severity else len(SEVERITY_RANK)
    criteria = []
    for result in audit.criteria:
        if only and result.id not in only:
            continue
        kept = tuple(f for f in result.findings if SEVERITY_RANK.get(f.severity, 3) <= limit)
        criteria.append(result if len(kept) == len(result.findings) else result.model_copy(update={"findings": kept}))
    if len(criteria) == len(audit.criteria) and all(a is b for a, b in zip(criteria, audit.criteria)):
        return audit
    return audit.model_copy(update={"criteria": tuple(criteria)})


def below_threshold(audit: PlanAudit, threshold: int, include_overall: bool = True) -> list[str]:
    """'holistic (1 Inadequate)' for each applicable criterion (and the overall) below `threshold`."""
    below = [f"{r.id} ({r.grade} {r.label})" for r in audit.criteria if r.grade is not None and r.grade < threshold]
    overall = audit.overall
    if include_overall and overall.grade is not None and overall.grade < threshold:
        below.append(f"overall ({overall.grade} {overall.label})")
    return below


def _grouped(pairs: Iterable[tuple[CriterionResult, Finding]]) -> dict[str | None, list[list[tuple[CriterionResult, Finding]]]]:
    """Section -> groups of findings on the same quote, worst group first, then reading order."""
    by_section: dict[str | None, dict[tuple, list[tuple[CriterionResult, Finding]]]] = {}
    for result, finding in pairs:
        key = (finding.start, finding.end, finding.quote) if finding.quote else ("absent", result.id, finding.rule)
        by_section.setdefault(finding.section, {}).setdefault(key, []).append((result, finding))
    ordered: dict[str | None, list[list[tuple[CriterionResult, Finding]]]] = {}
    for section in sorted(by_section, key=lambda s: (section_order(s), s or "")):
        groups = list(by_section[section].values())
        for group in groups:
            group.sort(key=lambda pair: impact_key(*pair))
        groups.sort(key=lambda g: (SEVERITY_RANK.get(g[0][1].severity, 3),
                                   g[0][1].start if g[0][1].start is not None else -1, impact_key(*g[0])))
        ordered[section] = groups
    return ordered


def ascii_only(console: Console) -> bool:
    return not (console.encoding or "").lower().replace("-", "").startswith("utf")


def render_header(audit: PlanAudit, console: Console) -> None:
    overall = audit.overall
    console.print(Text(audit.source, style="bold"))
    dot = "-" if ascii_only(console) else "·"
    console.print(Text(f"rubric {audit.rubric_id} {audit.rubric_version} {dot} as of {audit.as_of.isoformat()}", style="dim"))
    head = Text.assemble(("Overall: ", "bold"), grade_text(overall.grade, overall.label, ascii_only(console)))
    if overall.score is not None:
        head.append(f"  (score {overall.score:.2f})", style="dim")
    console.print(head)
    if overall.limited and overall.reason:
        console.print(Text(f"  {overall.reason}", style="yellow"))
    if audit.sections_missing:
        console.print(Text(f"Sections not found: {', '.join(audit.sections_missing)}", style="yellow"))


def render_grades(audit: PlanAudit, console: Console) -> None:
    """One row per criterion: the grade, then the title, the finding count and why, wrapped."""
    table = Table.grid(padding=(0, 2))
    table.add_column("Grade", no_wrap=True)
    table.add_column("Criterion", overflow="fold")
    for result in audit.criteria:
        count = len(result.findings)
        dot = "-" if ascii_only(console) else "·"
        detail = Text.assemble((result.title, "bold"), (f" {dot} {count} finding{'s' if count != 1 else ''}", "dim"),
                               "\n", (result.summary, ""))
        table.add_row(grade_text(result.grade, result.label, ascii_only(console)), detail)
    console.print(Padding(table, (1, 0, 1, 0), expand=False))


def render_findings(audit: PlanAudit, console: Console) -> None:
    pairs = worst_findings(audit)
    if not pairs:
        console.print(Text("No findings to show.", style="green"))
        return
    counts = {s: sum(1 for _, f in pairs if f.severity == s) for s in SEVERITIES}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    console.print(Text(f"Findings: {len(pairs)} ({summary}), by section, worst first", style="bold"))
    plain = ascii_only(console)
    for section, groups in _grouped(pairs).items():
        console.print(Rule(Text(section_heading(section), style="bold"), align="left", style="dim"))
        for group in groups:
            # The quote once, then each finding on it with its fix: the text is what a reader finds.
            quote = group[0][1].quote
            if quote:
                console.print(Padding(Text(f'"{quote}"', style="italic"), (0, 0, 0, 2), expand=False))
            for result, finding in group:
                line = Text.assemble((f"[{finding.severity}] ", SEVERITY_STYLE.get(finding.severity, "")),
                                     (result.id, "bold"), " ", grade_text(result.grade, result.label, plain),
                                     f": {finding.message}")
                console.print(Padding(line, (0, 0, 0, 4), expand=False))
                if finding.fix:
                    console.print(Padding(Text.assemble(("Fix: " if plain else "→ Fix: ", "bold cyan"), (finding.fix, "cyan")),
                                          (0, 0, 0, 6), expand=False))


def render_plan_audit(audit: PlanAudit, console: Console) -> None:
    """Print the report for one plan: header, grades table, findings by section."""
    render_header(audit, console)
    render_grades(audit, console)
    render_findings(audit, console)


# --- Agreement with a panel (evaluate, moderate) ----------------------------------------------


def percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def confusion_table(row: Agreement, title: str) -> Group:
    """The panel's grades (rows) against the tool's (columns), N/A last, under its heading."""
    table = Table(show_header=True)
    table.add_column("panel \\ tool")
    for label in MATRIX_LABELS:
        table.add_column(grade_label(label) if label is None else str(label), justify="right")
    for label, counts in zip(MATRIX_LABELS, row.matrix):
        table.add_row(grade_label(label) if label is None else str(label), *(str(c) for c in counts))
    return Group(Text(title, style="bold"), table)
