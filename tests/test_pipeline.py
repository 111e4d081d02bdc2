"""audit_plan/audit_source: which criteria apply, checks run through the registry, the
overall grade, manifest facts, a crashing check, and determinism."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

import audit.ingest as ingest
from audit.errors import AuditInputError
from audit.model import Plan, PlanFacts, Section
from audit.pipeline import (CheckFailed, academic_year_group, age_on, apply_facts, audit_plan, audit_source,
                            facts_as_of)
from audit.rubric import bundled_dir, load_rubric

FIXTURES = Path(__file__).parent / "fixtures" / "rubrics"
AS_OF = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def dummies() -> None:
    spec = importlib.util.spec_from_file_location("dummy_checks", FIXTURES / "dummy_checks.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.ensure_registered()


def make_plan(sections: dict[str, str], facts: PlanFacts = PlanFacts(), source: str = "plans/p01.docx") -> Plan:
    text, built, offset = "", [], 0
    for letter, body in sections.items():
        heading = f"Section {letter}\n"
        offset += len(heading)
        built.append(Section(letter=letter, title=f"Section {letter}", text=body, start=offset, end=offset + len(body)))
        text += heading + body + "\n"
        offset += len(body) + 1
    return Plan(source=source, format="docx", sha256="ab" * 32, text=text, sections=tuple(built),
                missing_sections=tuple(x for x in "BCD" if x not in sections), facts=facts)


@pytest.fixture
def rubric():
    return load_rubric(FIXTURES / "basic.yaml")


@pytest.fixture
def inspection_with_dummies(tmp_path: Path):
    """The bundled inspection rubric, its checks swapped for the dummy: the real ids, weights,
    applies_when and overall rule, without depending on the real checks."""
    document = yaml.safe_load((bundled_dir() / "inspection.yaml").read_text())
    for criterion in document["criteria"]:
        criterion["check"], criterion["params"] = "dummy", {}
    document["lexicons"] = []
    path = tmp_path / "inspection-dummy.yaml"
    path.write_text(yaml.safe_dump(document))
    return load_rubric(path)


@pytest.mark.parametrize("born, as_of, year_group", [
    (date(2015, 10, 1), date(2026, 11, 1), 6),
    (date(2016, 8, 31), date(2026, 11, 1), 6),  # the youngest of the same class
    (date(2016, 9, 1), date(2026, 11, 1), 5),  # the oldest of the class below
    (date(2012, 9, 1), date(2026, 8, 31), 8),  # the last day of the school year
    (date(2012, 9, 1), date(2026, 9, 1), 9),  # the first day of the next
    (date(2022, 12, 1), date(2026, 11, 1), -1),  # nursery
])
def test_year_group_from_date_of_birth(born: date, as_of: date, year_group: int) -> None:
    assert academic_year_group(born, as_of) == year_group


def test_age_in_whole_years() -> None:
    assert age_on(date(2012, 11, 2), AS_OF) == 13
    assert age_on(date(2012, 11, 1), AS_OF) == 14


def test_a_stated_year_group_is_kept_and_a_derived_one_follows_as_of() -> None:
    stated = PlanFacts(date_of_birth=date(2012, 9, 1), year_group=8, year_group_source="stated")
    assert facts_as_of(stated, AS_OF).year_group == 8
    derived = PlanFacts(date_of_birth=date(2012, 9, 1), year_group=7, year_group_source="derived")
    assert facts_as_of(derived, AS_OF) == derived.model_copy(update={"year_group": 9})
    assert facts_as_of(PlanFacts(date_of_birth=date(2012, 9, 1)), AS_OF).year_group == 9


def test_an_audit_carries_grades_titles_guidance_and_the_rubric_stamp(rubric) -> None:
    audit = audit_plan(make_plan({"A": "I like trains.", "E": "GRADE beta 2"},
                                 PlanFacts(year_group=10, year_group_source="stated")), rubric, AS_OF)
    assert audit.plan_id == "p01" and audit.source == "plans/p01.docx"
    assert (audit.rubric_id, audit.rubric_version, audit.as_of) == ("basic", "1.0.0", AS_OF)
    assert [(c.id, c.grade, c.label) for c in audit.criteria] == [
        ("alpha", 4, "Outstanding"), ("beta", 2, "Requires improvement"), ("adult", 3, "Good")]
    beta = audit.criteria[1]
    assert beta.title == "Beta" and beta.weight == 2 and beta.guidance == "Do beta better."
    assert beta.findings[0].section == "A" and beta.findings[0].criterion == "beta"
    assert audit.criteria[0].guidance == ""  # nothing to raise at the top grade
    assert audit.overall.score == 2.75 and audit.overall.grade == 3
    assert audit.sections_found == ("A", "E") and audit.sections_missing == ("B", "C", "D")


def test_a_criterion_that_does_not_apply_is_na_and_left_out_of_the_overall(rubric) -> None:
    audit = audit_plan(make_plan({"A": "GRADE adult 1"}, PlanFacts(date_of_birth=date(2015, 1, 1))), rubric, AS_OF)
    adult = audit.criteria[2]
    assert adult.grade is None and adult.label == "N/A"
    assert adult.summary == "Not applicable: applies when year_group >= 9 (year_group is 7)."
    assert audit.overall.score == pytest.approx(10 / 3, abs=1e-4) and not audit.overall.limited
    assert audit.facts.year_group == 7 and audit.facts.year_group_source == "derived"


def test_unknown_year_group_still_applies_and_is_graded(rubric) -> None:
    audit = audit_plan(make_plan({"A": "GRADE adult 1"}), rubric, AS_OF)
    assert audit.criteria[2].grade == 1
    assert audit.overall.grade == 2 and audit.overall.limited


def test_pfa_in_the_inspection_rubric_is_na_before_year_9(inspection_with_dummies) -> None:
    year_8 = audit_plan(make_plan({"A": "x"}, PlanFacts(year_group=8, year_group_source="stated")),
                        inspection_with_dummies, AS_OF)
    year_9 = audit_plan(make_plan({"A": "x"}, PlanFacts(year_group=9, year_group_source="stated")),
                        inspection_with_dummies, AS_OF)
    assert {c.id: c.grade for c in year_8.criteria}["pfa"] is None
    assert {c.id: c.grade for c in year_9.criteria}["pfa"] == 3
    assert len(year_8.criteria) == 8


def test_a_check_that_raises_fails_the_plan_with_the_check_named_and_no_plan_text(tmp_path: Path) -> None:
    document = yaml.safe_load((FIXTURES / "basic.yaml").read_text())
    document["criteria"][1]["check"] = "dummy_crash"
    document["criteria"][1]["params"] = {}
    path = tmp_path / "crash.yaml"
    path.write_text(yaml.safe_dump(document))
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "words.yaml").write_text((FIXTURES / "lexicons" / "words.yaml").read_text())
    with pytest.raises(CheckFailed) as caught:
        audit_plan(make_plan({"A": "secret plan text"}), load_rubric(path), AS_OF)
    assert isinstance(caught.value, AuditInputError)  # a batch records it as an Errors row
    assert str(caught.value) == "plans/p01.docx: internal error in check 'dummy_crash' (ZeroDivisionError); please report it"


def test_the_same_plan_rubric_and_date_give_identical_json(rubric) -> None:
    plan = make_plan({"A": "I like trains.", "E": "GRADE beta 1"}, PlanFacts(date_of_birth=date(2011, 3, 4)))
    first = json.dumps(audit_plan(plan, rubric, AS_OF).model_dump(mode="json"))
    second = json.dumps(audit_plan(plan, rubric, AS_OF).model_dump(mode="json"))
    assert first == second


def test_manifest_facts_override_what_was_read() -> None:
    plan = make_plan({"A": "x"}, PlanFacts(year_group=7, year_group_source="derived", date_of_birth=date(2014, 1, 1)))
    assert apply_facts(plan, {"year_group": 10}).facts.year_group_source == "manifest"
    assert apply_facts(plan, {"year_group": "10"}).facts.year_group == 10
    moved = apply_facts(plan, {"date_of_birth": "2010-01-01"})
    assert moved.facts.date_of_birth == date(2010, 1, 1) and facts_as_of(moved.facts, AS_OF).year_group == 12
    with pytest.raises(AuditInputError, match="manifest facts: year_group: "):
        apply_facts(plan, {"year_group": "Year Ten"})


def test_audit_source_reads_then_audits_with_manifest_facts(rubric, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict = {}

    def read_plan(source: str, data: bytes | None = None, as_of: date | None = None, kind: str | None = None) -> Plan:
        seen.update(source=source, data=data, as_of=as_of, kind=kind)
        return make_plan({"A": "GRADE adult 1"}, source=source)

    monkeypatch.setattr(ingest, "read_plan", read_plan, raising=False)
    audit = audit_source("upload/p07.txt", rubric, AS_OF, data=b"...", facts={"year_group": 7})
    assert seen == {"source": "upload/p07.txt", "data": b"...", "as_of": AS_OF, "kind": None}
    assert audit.plan_id == "p07" and audit.criteria[2].grade is None


def test_focus_health_lists_the_findings_in_health_sections(rubric) -> None:
    audit = audit_plan(make_plan({"C": "GRADE alpha 1", "A": "x"}), rubric, AS_OF, focus="health")
    assert audit.focus is not None and audit.focus["focus"] == "health"
    assert {f["section"] for f in audit.focus["findings"]} == {"C"}
    assert audit.focus["findings"][0]["severity"] == "high"


@pytest.mark.parametrize("source, plan_id", [
    ("plans/p01.docx", "p01"), ("p01", "p01"), ("C:\\plans\\2026\\p02.pdf", "p02"), ("a/b.v2.txt", "b.v2")])
def test_plan_id_is_the_file_stem(source: str, plan_id: str) -> None:
    from audit.pipeline import plan_id_of

    assert plan_id_of(source) == plan_id
