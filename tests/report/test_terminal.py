"""The terminal report of `ehcp-audit check`: grades as symbol, number and word (colour only
repeats them), findings grouped by section in the plan's order, each quote once with what
is wrong and how to fix it, and the filters and threshold the CLI options use."""

from __future__ import annotations

from datetime import date

from rich.console import Console

from audit.model import CriterionResult, Finding, OverallGrade, PlanAudit, PlanFacts
from audit.report.terminal import below_threshold, filter_audit, render_plan_audit, worst_findings


def finding(criterion: str, section: str | None, quote: str, severity: str = "medium", start: int = 0,
            rule: str = "rule") -> Finding:
    return Finding(criterion=criterion, rule=f"{criterion}.{rule}", section=section, quote=quote,
                   start=start if quote else None, end=start + len(quote) if quote else None, severity=severity,
                   message=f"{criterion} message {rule}", fix=f"{criterion} fix {rule}")


def sample_audit() -> PlanAudit:
    criteria = (
        CriterionResult(id="holistic", title="Holistic plan", grade=1, label="Inadequate", weight=1.0,
                        summary="C says none.", findings=(finding("holistic", "C", "No health needs", "high"),)),
        CriterionResult(id="provision_specific", title="Specific provision", grade=2, label="Requires improvement",
                        weight=1.5, summary="Vague provision.",
                        findings=(finding("provision_specific", "F", "as required", "medium", 40, "vague"),
                                  finding("provision_specific", "F", "as required", "low", 40, "hedge"),
                                  finding("provision_specific", "F", "Access to", "medium", 0, "access"))),
        CriterionResult(id="child_voice", title="Child's voice", grade=4, label="Outstanding", weight=1.0,
                        summary="Rich voice.", findings=()),
        CriterionResult(id="pfa", title="Preparing for adulthood", grade=None, label="N/A", weight=1.0,
                        summary="Not applicable: applies when year_group >= 9 (year_group is 4).", findings=()),
        CriterionResult(id="review_currency", title="Current plan", grade=3, label="Good", weight=1.0,
                        summary="Reviewed.", findings=(finding("review_currency", None, "", "low", rule="no_amend"),)),
    )
    return PlanAudit(plan_id="p1", source="p1.docx", sha256="0" * 64, rubric_id="inspection", rubric_version="1.0",
                     as_of=date(2026, 11, 1), facts=PlanFacts(), sections_found=("A", "C", "F"),
                     sections_missing=("G",), criteria=criteria,
                     overall=OverallGrade(grade=2, label="Requires improvement", score=2.25, limited=True,
                                          reason="capped at 2: a criterion is graded 1"))


def rendered(audit: PlanAudit, color: bool = False) -> str:
    console = Console(record=True, width=120, color_system="truecolor" if color else None, force_terminal=color)
    render_plan_audit(audit, console)
    return console.export_text(styles=color)


def test_grades_show_symbol_number_and_word() -> None:
    out = rendered(sample_audit())
    for text in ("Overall: ▲ 2 Requires improvement", "✗ 1 Inadequate", "▲ 2 Requires improvement", "★ 4 Outstanding",
                 "✓ 3 Good", "– N/A", "capped at 2", "Sections not found: G", "applies when year_group >= 9"):
        assert text in out


def test_colour_repeats_the_grade_it_never_replaces_it() -> None:
    coloured = rendered(sample_audit(), color=True)
    assert "\x1b[" in coloured  # coloured on a terminal
    plain = rendered(sample_audit())
    assert "\x1b[" not in plain and "✗ 1 Inadequate" in plain  # and the same words without colour


def test_findings_are_grouped_by_section_in_plan_order_with_quote_once_and_fixes() -> None:
    out = rendered(sample_audit())
    c, f, whole = out.index("Section C: Health needs"), out.index("Section F: Special educational provision"), \
        out.index("The whole plan")
    assert c < f < whole
    assert out.count('"as required"') == 1  # two findings on one quote: the quote once
    assert "provision_specific message vague" in out and "provision_specific message hedge" in out
    assert "→ Fix: provision_specific fix vague" in out
    # Within a section: the worst first, then in reading order; the quote leads its findings.
    assert out.index('"Access to"') < out.index("provision_specific message access") < out.index('"as required"')
    assert out.index('"as required"') < out.index("message vague") < out.index("fix vague") < out.index("message hedge")
    assert "Findings: 5 (1 high, 2 medium, 2 low)" in out


def test_worst_findings_order_by_severity_then_grade_then_weight() -> None:
    order = [(r.id, f.rule) for r, f in worst_findings(sample_audit())]
    assert order[0] == ("holistic", "holistic.rule")
    assert order[1:3] == [("provision_specific", "provision_specific.access"), ("provision_specific", "provision_specific.vague")]


def test_filters_narrow_what_is_shown_but_never_the_overall_grade() -> None:
    audit = sample_audit()
    only = filter_audit(audit, ["provision_specific"], "medium")
    assert [r.id for r in only.criteria] == ["provision_specific"]
    assert [f.rule for f in only.criteria[0].findings] == ["provision_specific.vague", "provision_specific.access"]
    assert only.overall == audit.overall
    assert filter_audit(audit) is audit
    out = rendered(filter_audit(audit, (), "high"))
    assert "No health needs" in out and "as required" not in out


def test_below_threshold_names_criteria_and_overall() -> None:
    audit = sample_audit()
    assert below_threshold(audit, 2) == ["holistic (1 Inadequate)"]
    assert below_threshold(audit, 3) == ["holistic (1 Inadequate)", "provision_specific (2 Requires improvement)",
                                         "overall (2 Requires improvement)"]
    assert below_threshold(audit, 3, include_overall=False)[-1].startswith("provision_specific")
    assert below_threshold(audit, 1) == []  # N/A is never below a bar


def test_no_findings_says_so() -> None:
    audit = sample_audit()
    clean = audit.model_copy(update={"criteria": tuple(r.model_copy(update={"findings": ()}) for r in audit.criteria)})
    assert "No findings to show." in rendered(clean)


def test_a_console_without_unicode_gets_ascii_symbols_and_still_the_words() -> None:
    import io

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")  # an old Windows code page: raises on ★
    console = Console(file=stream, width=120, color_system=None, legacy_windows=False)
    render_plan_audit(sample_audit(), console)
    stream.flush()
    out = raw.getvalue().decode("cp1252")
    assert "x 1 Inadequate" in out and "! 2 Requires improvement" in out and "** 4 Outstanding" in out
