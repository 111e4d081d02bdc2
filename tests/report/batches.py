"""Realistic BatchAudit values for report tests, built from the model alone.

The pipeline is not needed: these batches hold the shapes a real run produces (eight
criteria, findings with quotes, outcome assessments, errors), including hostile quotes that
look like spreadsheet formulas and text with control characters.
"""

from __future__ import annotations

from datetime import date

from audit.model import (
    AuditError,
    BatchAudit,
    CriterionResult,
    Finding,
    OutcomeAssessment,
    OverallGrade,
    PlanAudit,
    PlanFacts,
    grade_label,
)

AS_OF = date(2026, 11, 1)
RUBRIC_ID = "inspection"
RUBRIC_VERSION = "1.0.0"

# (id, title, weight): the eight criteria of docs/CRITERIA.md, in rubric order.
CRITERIA: tuple[tuple[str, str, float], ...] = (
    ("holistic", "Education, health and care, not an education plan", 1.0),
    ("outcomes_specific", "Specific, not generic, outcomes", 1.5),
    ("child_voice", "The child's voice and aspirations drive the plan", 1.0),
    ("pfa", "Preparing for adulthood from Year 9", 1.0),
    ("review_currency", "The plan is current: reviewed annually and amended", 1.0),
    ("provision_specific", "Provision is specified and quantified", 1.5),
    ("golden_thread", "Needs, outcomes and provision line up", 1.0),
    ("readability", "Clear, concise, readable and accessible to families", 0.5),
)

# Quotes a spreadsheet would happily run as formulas, or that carry characters XML forbids.
HOSTILE_QUOTES: tuple[str, ...] = (
    '=HYPERLINK("http://example.invalid","click")',
    "+44 7700 900123 is mum's number",
    "-2 sessions a week, as required",
    "@SUM(A1:A9)",
    "\tSALT input as required",
    "\rsee attached report",
    "Access to\x01 a key adult\x0b when needed\x1f",
)


def finding(criterion: str, rule: str, quote: str, section: str | None = "F", severity: str = "medium",
            message: str | None = None) -> Finding:
    return Finding(
        criterion=criterion,
        rule=rule,
        section=section,
        quote=quote,
        start=0 if quote else None,
        end=len(quote) if quote else None,
        severity=severity,  # type: ignore[arg-type]
        message=message or f"'{rule.split('.')[-1].replace('_', ' ')}' found: the text does not say what will happen.",
        fix="Say what, who, how often and for how long.",
    )


def criterion(cid: str, grade: int | None, findings: tuple[Finding, ...] = ()) -> CriterionResult:
    title, weight = next((t, w) for i, t, w in CRITERIA if i == cid)
    return CriterionResult(
        id=cid,
        title=title,
        grade=grade,
        label=grade_label(grade),
        weight=weight,
        summary=f"{title}: graded {grade_label(grade)}.",
        counts={"findings": len(findings)},
        findings=findings,
        guidance="See the grade descriptors.",
    )


def overall(grades: dict[str, int | None], limited: bool = False) -> OverallGrade:
    weights = {i: w for i, _, w in CRITERIA}
    applicable = [(g, weights[c]) for c, g in grades.items() if g is not None]
    score = round(sum(g * w for g, w in applicable) / sum(w for _, w in applicable), 3) if applicable else None
    grade = None if score is None else int(score + 0.5)
    if grade is not None and any(g == 1 for g in grades.values()) and grade > 2:
        grade, limited = 2, True
    return OverallGrade(grade=grade, label=grade_label(grade), score=score, limited=limited,
                        reason="A criterion graded Inadequate caps the overall grade at 2." if limited else "")


def outcome(index: int, text: str, **parts: bool) -> OutcomeAssessment:
    return OutcomeAssessment(index=index, text=text, area=parts.pop("area", None), **parts)  # type: ignore[arg-type]


def plan_audit(plan_id: str, grades: dict[str, int | None], findings: dict[str, tuple[Finding, ...]],
               facts: PlanFacts, outcomes: tuple[OutcomeAssessment, ...] = (), source: str | None = None,
               kind: str = "plan", focus: dict | None = None) -> PlanAudit:
    return PlanAudit(
        plan_id=plan_id,
        source=source or f"plans/{plan_id}.docx",
        sha256=(plan_id.encode().hex() * 8)[:64].ljust(64, "0"),
        kind=kind,  # type: ignore[arg-type]
        format="docx",
        rubric_id=RUBRIC_ID,
        rubric_version=RUBRIC_VERSION,
        as_of=AS_OF,
        facts=facts,
        sections_found=("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"),
        sections_missing=(),
        word_count=2400,
        outcome_count=len(outcomes),
        provision_count=12,
        criteria=tuple(criterion(c, grades[c], findings.get(c, ())) for c, _, _ in CRITERIA if c in grades),
        overall=overall(grades),
        outcomes=outcomes,
        focus=focus,
    )


def small_batch() -> BatchAudit:
    """Four plans (primary, secondary, post-16, unknown year), one unreadable file."""
    amy = plan_audit(
        "amy-2019",
        {"holistic": 2, "outcomes_specific": 2, "child_voice": 3, "pfa": None, "review_currency": 4,
         "provision_specific": 1, "golden_thread": 3, "readability": 3},
        {
            "holistic": (finding("holistic", "holistic.no_health_needs_stated", "No health needs identified",
                                 "C", "high", "Section C says no health needs but K lists a paediatrician."),),
            "outcomes_specific": (
                finding("outcomes_specific", "outcomes.generic_phrase", "Amy will make progress in reading", "E"),
                finding("outcomes_specific", "outcomes.no_timeframe", "Amy will read independently", "E", "low"),
            ),
            "provision_specific": tuple(
                finding("provision_specific", "provision.vague_word", q) for q in HOSTILE_QUOTES
            ),
        },
        PlanFacts(child_name="Amy", date_of_birth=date(2017, 3, 14), year_group=4, year_group_source="derived",
                  issued=date(2021, 6, 1), last_review=date(2026, 5, 20), last_amended=date(2026, 6, 10),
                  primary_need="Communication and interaction"),
        outcomes=(
            outcome(1, "By July 2027 Amy will read 50 common words independently.", area="Cognition and learning",
                    specific=True, measure=True, timeframe=True, personal=True, observable=True, functional=True),
            outcome(2, "Amy will make progress in reading.", area="Cognition and learning", generic=True),
            outcome(3, "=Amy will receive SALT", area="Communication and interaction", service_perspective=True),
        ),
    )
    ben = plan_audit(
        "ben-2012",
        {"holistic": 1, "outcomes_specific": 1, "child_voice": 1, "pfa": 1, "review_currency": 1,
         "provision_specific": 2, "golden_thread": 1, "readability": 2},
        {
            "pfa": (finding("pfa", "pfa.no_adulthood_outcomes", "", "E", "high",
                            "No outcomes for adulthood in a Year 9+ plan."),),
            "review_currency": (finding("review_currency", "currency.no_review", "", None, "high",
                                        "No annual review date found."),),
            "readability": (finding("readability", "readability.jargon", "SALT, OT and CAMHS", "A", "low"),),
        },
        PlanFacts(date_of_birth=date(2011, 1, 2), year_group=10, issued=date(2019, 2, 1),
                  primary_need="Social, emotional and mental health"),
        outcomes=(outcome(1, "Ben will be supported to access the curriculum.", generic=True,
                          service_perspective=True),),
    )
    cal = plan_audit(
        "cal-2008",
        {"holistic": 4, "outcomes_specific": 3, "child_voice": 4, "pfa": 3, "review_currency": 3,
         "provision_specific": 4, "golden_thread": 4, "readability": 4},
        {"pfa": (finding("pfa", "pfa.area_missing", "", "E", "medium", "No outcome for community inclusion."),)},
        PlanFacts(date_of_birth=date(2008, 9, 30), year_group=13, issued=date(2025, 3, 3),
                  last_review=date(2026, 3, 1), primary_need="Communication and interaction"),
        outcomes=(outcome(1, "I will travel to college on the bus on my own by Easter 2027.", area="Independent living",
                          specific=True, measure=True, timeframe=True, personal=True, linked_aspiration=True,
                          observable=True, functional=True),),
        source="plans/@cal-2008.pdf",
    )
    # No year group, no primary need: the "Unknown" and "Not recorded" rows of the breakdowns.
    dan = plan_audit(
        "=dan",
        {"holistic": 2, "outcomes_specific": 2, "child_voice": 2, "pfa": None, "review_currency": 2,
         "provision_specific": 3, "golden_thread": 2, "readability": 3},
        {"outcomes_specific": (finding("outcomes_specific", "outcomes.generic_phrase",
                                       "-reach his potential", "E"),)},
        PlanFacts(),
        source="plans/=dan.txt",
    )
    return BatchAudit(
        tool_version="0.1.0",
        rubric_id=RUBRIC_ID,
        rubric_version=RUBRIC_VERSION,
        rubric_title="Inspection criteria for EHC plans",
        as_of=AS_OF,
        audits=(amy, ben, cal, dan),
        errors=(AuditError(source="plans/broken.docx", reason="not a Word document (the zip is damaged)"),
                AuditError(source="plans/+evil.pdf", reason="=cmd|' /C calc'!A0")),
        elapsed_seconds=1.25,
    )


def health_batch() -> BatchAudit:
    """A plan with a DCO focus view beside a health advice document: the Health sheet appears."""
    base = small_batch()
    advice = PlanAudit(
        plan_id="advice-salt",
        source="advice/advice-salt.docx",
        sha256="ab" * 32,
        kind="health_advice",
        format="docx",
        rubric_id="health-advice",
        rubric_version="1.0.0",
        as_of=AS_OF,
        facts=PlanFacts(year_group=5, author="A. Therapist", author_role="Speech and language therapist",
                        document_date=date(2026, 6, 1)),
        sections_found=("author", "needs", "recommendations"),
        sections_missing=("outcomes",),
        criteria=(
            CriterionResult(id="author_context", title="Author and context", grade=3, label="Good", summary="ok"),
            CriterionResult(id="transition", title="Transition to adult services", grade=None, label="N/A",
                            summary="Below Year 9."),
            # The same id as an inspection criterion: the report must keep the two apart.
            CriterionResult(id="readability", title="Plain English for parents", grade=1, label="Inadequate",
                            summary="Dense clinical language."),
        ),
        overall=OverallGrade(grade=3, label="Good", score=3.0),
    )
    focused = base.audits[0].model_copy(update={"focus": {"health_needs": 2, "health_provision": "vague"}})
    return base.model_copy(update={"audits": (focused, *base.audits[1:], advice)})


def large_batch(plans: int, findings_per_plan: int = 30) -> BatchAudit:
    """Many similar plans: for measuring how long a workbook takes to write (never timed in tests)."""
    template = small_batch().audits[0]
    rules = [f"rule.{n}" for n in range(12)]
    audits = []
    for p in range(plans):
        per_criterion: dict[str, list[Finding]] = {}
        for n in range(findings_per_plan):
            cid = CRITERIA[n % len(CRITERIA)][0]
            per_criterion.setdefault(cid, []).append(
                finding(cid, rules[n % len(rules)], f"Plan {p} quote {n}: access to support as required", "F"))
        grades = {c: (p + i) % 4 + 1 for i, (c, _, _) in enumerate(CRITERIA)}
        audits.append(template.model_copy(update={
            "plan_id": f"plan-{p:05d}",
            "source": f"plans/plan-{p:05d}.docx",
            "facts": PlanFacts(year_group=p % 16 - 1, primary_need=["Communication and interaction",
                                                                     "Cognition and learning", None][p % 3]),
            "criteria": tuple(criterion(c, grades[c], tuple(per_criterion.get(c, ()))) for c, _, _ in CRITERIA),
            "overall": overall(grades),
            "outcomes": template.outcomes * 3,
        }))
    base = small_batch()
    return base.model_copy(update={"audits": tuple(audits), "errors": ()})
