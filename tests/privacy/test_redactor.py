"""The Redactor: stable pseudonyms across a run, over texts, audits and batches."""

from __future__ import annotations

from datetime import date

import pytest

from audit.model import (
    AuditError,
    BatchAudit,
    CriterionResult,
    Finding,
    OutcomeAssessment,
    OverallGrade,
    PlanAudit,
    PlanFacts,
)
from audit.privacy import Redactor

FACTS = PlanFacts(
    child_name="Samuel (Sam) Jones",
    date_of_birth=date(2015, 3, 3),
    year_group=6,
    nhs_number="943 476 5919",
    upn="B801200005001",
    family_names=("Sarah Jones",),
)
COVER = "Name: Samuel Jones\nParent/carer: Sarah and David Jones\nAddress: 12 Acacia Avenue, Winchester, SO23 8UJ"


@pytest.fixture
def redactor() -> Redactor:
    r = Redactor()
    r.learn(FACTS, COVER)
    return r


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam's mum, Mrs Jones, says SAM JONES loves trains.", "Child A's mum, Parent 1, says Child A loves trains."),
        ("Born 3rd March 2015 (DOB 03/03/15).", "Born [DOB] (DOB [DOB])."),
        ("NHS No: 9434765919, UPN B801200005001.", "NHS No: [NHS number 1], UPN [UPN 1]."),
        ("Lives at 12 Acacia Avenue, Winchester SO23 8UJ.", "Lives at [address]."),
        ("Call 07700 900123 or email sarah.jones@example.org", "Call [phone] or email [email]"),
        ("With Mum Sarah, Dad David and his brother Jack.", "With Mum Parent 1, Dad Parent 2 and his brother Relative 1."),
        ("Mrs Brown the TA supports Samuel.", "Person 1 the TA supports Child A."),
        ("Sam_Jones_EHCP.docx", "Child A_EHCP.docx"),
        # Other dates are evidence of timeliness and stay.
        ("Review on 1 September 2026 at Oak Academy.", "Review on 1 September 2026 at Oak Academy."),
        ("", ""),
    ],
)
def test_redact(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == expected


def test_the_same_person_keeps_a_pseudonym_across_texts(redactor: Redactor) -> None:
    first = redactor.redact("Dad David and Mum Sarah")
    second = redactor.redact("Sarah Jones, then David, then Sam")
    assert first == "Dad Parent 1 and Mum Parent 2"
    assert second == "Parent 2, then Parent 1, then Child A"


def test_numbers_are_numbered_in_order_of_first_appearance() -> None:
    redactor = Redactor()
    text = "NHS number 401 023 2137, then 943 476 5919, then 4010232137 again"
    assert redactor.redact(text) == "NHS number [NHS number 1], then [NHS number 2], then [NHS number 1] again"


def test_a_name_introduced_later_in_a_text_is_hidden_earlier_too() -> None:
    redactor = Redactor()
    redacted = redactor.redact("Jack plays football. His brother Jack is 12.")
    assert redacted == "Relative 1 plays football. His brother Relative 1 is 12."


def test_redaction_is_deterministic_and_stable_when_repeated() -> None:
    text = "Sam's mum, Mrs Jones (07700 900123), says Sam was born on 03/03/2015; brother Jack agrees."
    outputs = []
    for _ in range(2):
        r = Redactor()
        r.learn(FACTS, COVER)
        outputs.append(r.redact(text))
    assert outputs[0] == outputs[1]
    r = Redactor()
    r.learn(FACTS, COVER)
    once = r.redact(text)
    assert r.redact(once) == once


def test_a_known_name_that_is_a_word_needs_a_capital() -> None:
    r = Redactor()
    r.learn(PlanFacts(child_name="Will Young"))
    assert r.redact("Will will meet a young person. WILL YOUNG.") == "Child A will meet a young person. Child A."


def _audit(facts: PlanFacts, source: str, sha: str, quote: str) -> PlanAudit:
    finding = Finding(
        criterion="outcomes", rule="outcomes.generic_phrase", section="E", quote=quote, start=10, end=10 + len(quote),
        message=f"'{quote}' is not specific to Sam.", fix="Name what Sam will do, by when.",
    )
    criterion = CriterionResult(
        id="outcomes", title="Outcomes", grade=2, label="Requires improvement", summary="2 of 5 outcomes for Sam are SMART.",
        counts={"outcomes": 5, "example": "Sam Jones"}, findings=(finding,),
    )
    return PlanAudit(
        plan_id=source.rsplit(".", 1)[0], source=source, sha256=sha, rubric_id="inspection", rubric_version="1",
        as_of=date(2026, 11, 1), facts=facts, sections_found=("A", "E"), sections_missing=(),
        criteria=(criterion,), overall=OverallGrade(grade=2, label="Requires improvement", score=2.0),
        outcomes=(OutcomeAssessment(index=1, text=quote),), focus={"note": "Sam Jones, DOB 03/03/2015"},
    )


def test_redact_audit_hides_every_identifier_and_keeps_the_evidence_shape() -> None:
    audit = _audit(FACTS, "plans/Sam_Jones_EHCP.docx", "ab" * 32, "Sam will be happier by July 2027")
    redacted = Redactor().redact_audit(audit)
    dumped = redacted.model_dump_json()
    for secret in ("Sam", "Jones", "Sarah", "943 476 5919", "B801200005001", "2015-03-03", "03/03/2015"):
        assert secret not in dumped
    assert redacted.facts.child_name == "Child A"
    assert redacted.facts.family_names == ("Parent 1",)
    assert redacted.facts.date_of_birth is None
    assert redacted.facts.year_group == 6
    assert redacted.facts.nhs_number == "[NHS number 1]"
    assert redacted.facts.upn == "[UPN 1]"
    assert redacted.source == "plans/Child A_EHCP.docx"
    finding = redacted.criteria[0].findings[0]
    assert finding.quote == "Child A will be happier by July 2027"
    assert (finding.start, finding.end) == (audit.criteria[0].findings[0].start, audit.criteria[0].findings[0].end)
    assert redacted.criteria[0].counts == {"outcomes": 5, "example": "Child A"}
    assert redacted.focus == {"note": "Child A, DOB [DOB]"}
    # The original is untouched.
    assert audit.facts.child_name == "Samuel (Sam) Jones"


def test_redact_audit_with_a_plan_id_replaces_the_source() -> None:
    audit = _audit(FACTS, "plans/Sam_Jones_EHCP.docx", "ab" * 32, "Sam reads")
    redacted = Redactor().redact_audit(audit, plan_id="plan-007")
    assert (redacted.plan_id, redacted.source) == ("plan-007", "plan-007")


def test_redact_batch_gives_each_child_their_own_pseudonym_and_seeded_plan_ids() -> None:
    first = _audit(FACTS, "Sam_Jones.docx", "aa" * 32, "Sam reads")
    other = PlanFacts(child_name="Sam Patel", family_names=("Priya Patel",))
    second = _audit(other, "Sam_Patel.docx", "bb" * 32, "Sam writes; Mum Priya helps")
    batch = BatchAudit(
        tool_version="0.1.0", rubric_id="inspection", rubric_version="1", as_of=date(2026, 11, 1),
        audits=(first, second), errors=(AuditError(source="Sam_Jones_old.docx", reason="Sam_Jones_old.docx: not a plan"),),
    )
    redacted = Redactor(seed="council secret").redact_batch(batch)
    assert [a.facts.child_name for a in redacted.audits] == ["Child A", "Child B"]
    assert redacted.audits[1].criteria[0].findings[0].quote == "Child B writes; Mum Parent 2 helps"
    assert redacted.errors[0].source == "Child A_old.docx"
    ids = [a.plan_id for a in redacted.audits]
    assert ids == [a.source for a in redacted.audits]
    assert ids == [Redactor(seed="council secret").plan_id_for(s) for s in ("aa" * 32, "bb" * 32)]
    assert ids[0] != Redactor(seed="another").plan_id_for("aa" * 32)
    assert "Sam" not in redacted.model_dump_json()


def test_a_read_plan_redacted_keeps_no_identifier() -> None:
    ingest = pytest.importorskip("audit.ingest", reason="audit.ingest not written yet")
    from pathlib import Path

    source = Path(__file__).parents[1] / "fixtures" / "privacy" / "plan_with_identifiers.md"
    try:
        plan = ingest.read_plan(str(source), as_of=date(2026, 11, 1))
    except AttributeError:
        pytest.skip("audit.ingest.read_plan not written yet")
    redactor = Redactor()
    redactor.learn_plan(plan)
    redacted = redactor.redact(plan.text)
    for secret in ("Sam", "Jones", "Sarah", "David", "Jack", "943 476 5919", "B801200005001", "03/03/2015",
                   "Acacia", "SO23 8UJ", "07700 900123", "example.org"):
        assert secret not in redacted
    # What the audit needs stays: dates of issue and advice, the school, the provision.
    for kept in ("01/09/2025", "12 March 2025", "Oak Tree Primary School", "thirty minutes each week"):
        assert kept in redacted


def test_short_forms_of_first_names_are_the_same_person() -> None:
    r = Redactor()
    r.learn(PlanFacts(child_name="Andrew Smith", family_names=("William Smith",)))
    text = "And then Andy, Andrew and Anderson. Bill, and bill. Liam said Will."
    # 'Will' and a lower-case 'bill' are words as often as names; 'Anderson' is someone else.
    assert r.redact(text) == "And then Child A, Child A and Anderson. Parent 1, and bill. Parent 1 said Will."


def test_a_whole_audit_redacted_from_its_facts_alone_keeps_no_identifier() -> None:
    pipeline = pytest.importorskip("audit.pipeline", reason="audit.pipeline not written yet")
    rubric = pytest.importorskip("audit.rubric", reason="audit.rubric not written yet")
    from pathlib import Path

    source = Path(__file__).parents[1] / "fixtures" / "privacy" / "plan_with_identifiers.md"
    try:
        loaded = rubric.load_rubric("inspection")
    except Exception as exc:  # noqa: BLE001 - a half-built rubric is not this test's subject
        pytest.skip(f"the bundled rubric does not load yet: {exc}")
    audit = pipeline.audit_source(str(source), loaded, date(2026, 11, 1))
    dumped = Redactor().redact_audit(audit).model_dump_json()
    for secret in ("Sam", "Jones", "Sarah", "David", "Jack", "943 476 5919", "9434765919", "B801200005001",
                   "2015-03-03", "Acacia", "SO23 8UJ", "07700 900123", "example.org"):
        assert secret not in dumped


def test_learning_the_same_plan_twice_keeps_its_cover_page_people_current() -> None:
    r = Redactor()
    r.learn(PlanFacts(child_name="Samuel Jones"), "Parent/carer: David Jones")
    r.learn(PlanFacts(child_name="Samuel Jones"))
    # David is still this plan's parent, so 'Davy' is found as his short form.
    assert r.redact("Davy and Sam") == "Parent 1 and Child A"


def test_a_date_of_birth_belongs_to_its_own_plan() -> None:
    r = Redactor()
    r.learn(PlanFacts(child_name="Samuel Jones", date_of_birth=date(2015, 3, 3)))
    assert r.redact("Party on 03/03/2015") == "Party on [DOB]"
    r.learn(PlanFacts(child_name="Amir Khan"))
    assert r.redact("Reviewed on 03/03/2015") == "Reviewed on 03/03/2015"
