"""Audit one plan against a rubric: decide which criteria apply, run their checks, score.

`audit_source` reads a file (or uploaded bytes) and audits it; `audit_plan` audits a Plan
already read. Both are deterministic: the same plan, rubric and `as_of` give the same
PlanAudit, because nothing here reads the clock and every check is a pure function.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath, PureWindowsPath
from typing import Any, Mapping

from pydantic import ValidationError

from audit.checks import REGISTRY, CheckContext, Verdict, load_all
from audit.dates import year_group_for
from audit.errors import AuditInputError
from audit.lexicon import Lexicon
from audit.model import CriterionResult, Finding, OutcomeAssessment, Plan, PlanAudit, PlanFacts
from audit.plancache import plan_done
from audit.rubric import CriterionSpec, Rubric
from audit.scoring import criterion_result, not_applicable, overall_grade

# `--focus` views: the sections a reader with that role looks at first (the DCO: health).
FOCUS_SECTIONS: dict[str, tuple[str, ...]] = {
    "health": ("C", "G", "K"),
    "care": ("D", "H", "H1", "H2"),
    "education": ("B", "F", "I"),
}


class CheckFailed(AuditInputError):
    """A check raised an exception on this plan: a bug in the tool, not in the file.

    It is an AuditInputError so that a batch records the plan as an Errors row (naming the
    check) and carries on; the plan gets no grades rather than grades that silently leave a
    criterion out. The message names the check and the exception type, never plan text.
    """

    def __init__(self, source: str, check: str, exc: BaseException) -> None:
        self.check = check
        super().__init__(source, f"internal error in check {check!r} ({type(exc).__name__}); please report it")


def plan_id_of(source: str) -> str:
    """A plan's id in reports and labels: its file name without the extension.

    Split on both slashes: a manifest written on Windows names files with backslashes.
    """
    return PureWindowsPath(source).stem if "\\" in source else PurePath(source).stem


def academic_year_group(date_of_birth: date, as_of: date) -> int:
    """The national curriculum year group on `as_of` (Reception 0, nursery -1, Year 14+ after 13).

    The 1 September rule lives in `audit.dates.year_group_for`; this name is kept for callers.
    """
    return year_group_for(date_of_birth, as_of)


def age_on(date_of_birth: date, as_of: date) -> int:
    """Age in whole years on `as_of`."""
    return as_of.year - date_of_birth.year - ((as_of.month, as_of.day) < (date_of_birth.month, date_of_birth.day))


def facts_as_of(facts: PlanFacts, as_of: date) -> PlanFacts:
    """The facts with the year group derived for this audit date where it was not stated.

    A year group the plan (or a manifest) states is kept; one derived from the date of birth
    is derived again for `as_of`, so an audit "as of" next September sees next year's group.
    """
    if facts.date_of_birth is None or facts.year_group_source in ("stated", "manifest"):
        return facts
    if facts.year_group is not None and facts.year_group_source is None:
        return facts  # given without provenance: trust it
    return facts.model_copy(update={"year_group": academic_year_group(facts.date_of_birth, as_of),
                                    "year_group_source": "derived"})


def condition_facts(plan: Plan, facts: PlanFacts, as_of: date) -> dict[str, Any]:
    """The names an `applies_when` expression may use, with None where unknown."""
    return {
        "year_group": facts.year_group,
        "age": age_on(facts.date_of_birth, as_of) if facts.date_of_birth else None,
        "kind": plan.kind,
        "primary_need": facts.primary_need,
    }


def _not_applicable_reason(spec: CriterionSpec, known: dict[str, Any]) -> str:
    condition = spec.condition
    assert condition is not None
    shown = ", ".join(f"{name} is {known.get(name)!r}" for name in condition.facts)
    return f"Not applicable: applies when {condition.source} ({shown})."


def prepare(plan: Plan, as_of: date) -> tuple[Plan, dict[str, Any]]:
    """The plan with its facts made current for `as_of`, and the facts applies_when sees."""
    facts = facts_as_of(plan.facts, as_of)
    if facts is not plan.facts:
        plan = plan.model_copy(update={"facts": facts})
    return plan, condition_facts(plan, facts, as_of)


def grade_criterion(plan: Plan, spec: CriterionSpec, rubric: Rubric, as_of: date, known: dict[str, Any],
                    boilerplate: frozenset[str] = frozenset()) -> tuple[CriterionResult, Verdict | None]:
    """One criterion: N/A if its applies_when is false, else its check's verdict, graded.

    Raises CheckFailed if the check raises.
    """
    if not spec.applies(known):
        return not_applicable(spec, _not_applicable_reason(spec, known)), None
    # load_rubric registered every check the rubric names; load_all is only a fallback.
    check = REGISTRY.get(spec.check) or load_all()[spec.check]
    context = CheckContext(criterion=spec.id, as_of=as_of, lexicons=rubric.lexicons, boilerplate=boilerplate)
    try:
        verdict = check.run(plan, spec.params, context)
    except Exception as exc:  # noqa: BLE001 - one bad check must not end a batch
        raise CheckFailed(plan.source, spec.check, exc) from exc
    return criterion_result(spec, verdict), verdict


def audit_plan(plan: Plan, rubric: Rubric, as_of: date, boilerplate: frozenset[str] = frozenset(),
               focus: str | None = None) -> PlanAudit:
    """Grade `plan` on every criterion of `rubric` as of `as_of`.

    A criterion whose applies_when is false is N/A. One whose applies_when cannot be decided
    (no year group and no date of birth) still applies and is graded on what is missing.
    A check that raises makes the whole plan a `CheckFailed` (see there).
    """
    if focus is not None and focus not in FOCUS_SECTIONS:
        raise ValueError(f"unknown focus {focus!r} (known: {', '.join(FOCUS_SECTIONS)})")
    plan, known = prepare(plan, as_of)
    facts = plan.facts
    results: list[CriterionResult] = []
    outcomes: dict[int, OutcomeAssessment] = {}
    try:
        for spec in rubric.criteria:
            result, verdict = grade_criterion(plan, spec, rubric, as_of, known, boilerplate)
            results.append(result)
            for assessment in verdict.outcomes if verdict else ():
                outcomes.setdefault(assessment.index, assessment)
        view = focus_view(focus, results, plan, rubric) if focus and plan.kind == "plan" else None
    finally:
        plan_done()

    return PlanAudit(
        plan_id=plan_id_of(plan.source),
        source=plan.source,
        sha256=plan.sha256,
        kind=plan.kind,
        format=plan.format,
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        as_of=as_of,
        facts=facts,
        sections_found=tuple(s.letter for s in plan.sections),
        sections_missing=tuple(plan.missing_sections),
        word_count=plan.word_count,
        outcome_count=len(plan.outcomes),
        provision_count=len(plan.provision),
        criteria=tuple(results),
        overall=overall_grade(results, rubric.overall),
        outcomes=tuple(outcomes[i] for i in sorted(outcomes)),
        focus=view,
    )


def focus_view(focus: str, results: list[CriterionResult], plan: Plan | None = None,
               rubric: Rubric | None = None) -> dict[str, Any]:
    """The findings in the sections one reader owns (`health` for the DCO), worst first.

    The health view also matches C's needs to G's provision and K's advice (audit/health_focus.py);
    its findings join the list.
    """
    sections = FOCUS_SECTIONS[focus]
    rank = {"high": 0, "medium": 1, "low": 2}
    findings = [f for r in results for f in r.findings if f.section in sections]
    health: dict[str, Any] | None = None
    if focus == "health" and plan is not None:
        from audit.health_focus import health_view

        health = health_view(plan, _health_lexicon(rubric))
        findings += [Finding.model_validate(f) for f in health["findings"]]
    findings.sort(key=lambda f: (rank[f.severity], sections.index(f.section), f.criterion, f.start or 0, f.rule))
    view: dict[str, Any] = {
        "focus": focus,
        "sections": list(sections),
        "finding_count": len(findings),
        "findings": [f.model_dump(mode="json") for f in findings],
    }
    if health is not None:
        view["health"] = health
    return view


def _health_lexicon(rubric: Rubric | None) -> Lexicon:
    """The rubric's health lexicon, or the bundled one for a rubric that does not load it."""
    if rubric is not None and "health" in rubric.lexicons:
        return rubric.lexicons["health"]
    from audit.lexicon import load_lexicon
    from audit.rubric import bundled_dir

    return load_lexicon(bundled_dir() / "lexicons" / "health.yaml")


def apply_facts(plan: Plan, facts: Mapping[str, Any]) -> Plan:
    """The plan with facts from a manifest laid over what was read from the document."""
    given = {k: v for k, v in facts.items() if v not in (None, "")}
    if not given:
        return plan
    merged = {**plan.facts.model_dump(), **given}
    if "year_group" in given and "year_group_source" not in given:
        merged["year_group_source"] = "manifest"
    elif "date_of_birth" in given and plan.facts.year_group_source != "stated":
        merged["year_group"] = None  # derived again from the manifest's date of birth
        merged["year_group_source"] = None
    try:
        new_facts = PlanFacts.model_validate(merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise AuditInputError(plan.source, f"manifest facts: {field}: {first['msg']}") from None
    return plan.model_copy(update={"facts": new_facts})


def audit_source(source: str, rubric: Rubric, as_of: date, data: bytes | None = None,
                 facts: Mapping[str, Any] | None = None, focus: str | None = None,
                 kind: str | None = None) -> PlanAudit:
    """Read the file (or `data`, an upload named `source`) and audit it.

    `facts` (PlanFacts fields from a manifest, e.g. {"year_group": 10}) override what was read.
    Raises AuditInputError for a file that cannot be read or audited.
    """
    from audit.ingest import read_plan  # imported here: ingest is the heavier half of the tool

    if kind is None and rubric.document_kind == "health_advice":
        kind = "health_advice"  # a health-advice rubric reads the document as advice
    plan = read_plan(source, data=data, as_of=as_of, kind=kind)  # type: ignore[arg-type]
    if facts:
        plan = apply_facts(plan, facts)
    return audit_plan(plan, rubric, as_of, focus=focus)
