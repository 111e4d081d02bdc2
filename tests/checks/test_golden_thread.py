"""golden_thread: needs in B/C/D are traced to outcomes in E and provision in F/G/H; loose ends are quoted."""

from __future__ import annotations

from datetime import date

from plans import lexicons, make_plan

from audit.checks import CheckContext, Verdict
from audit.checks.golden_thread import GoldenThreadParams, golden_thread
from audit.model import Plan

LEXICONS = lexicons("need_domains", "generic_outcomes", "measures", "vague_provision", "provision_quantities")

ALIGNED = {
    "A": "I want to be a vet because I love animals.",
    "B": "Sam has difficulty with reading: he knows 20 common words.\n"
         "Sam becomes anxious at lunchtime in the busy hall.",
    "E": "By July 2027, Sam will read 100 common words independently.\n"
         "By July 2027, Sam will eat lunch in the hall calmly with two friends on 4 days each week.\n"
         "By the end of Year 6, Sam will visit a farm and name 10 animals, towards his aim of being a vet.",
    "F": "Precision teaching of reading words, 5 x 10 minutes daily, by a trained teaching assistant.\n"
         "ELSA sessions on managing anxiety, 1 x 30 minutes weekly, and a quiet lunch club of 4 pupils daily.\n"
         "A farm visit each term with the class teacher to learn about animals.",
}


def run(plan: Plan) -> Verdict:
    ctx = CheckContext(criterion="golden_thread", as_of=date(2026, 11, 1), lexicons=LEXICONS)
    return golden_thread(plan, GoldenThreadParams(), ctx)


def rules(verdict: Verdict) -> list[str]:
    return [f.rule for f in verdict.findings]


def assert_quotes_are_verbatim(plan: Plan, verdict: Verdict) -> None:
    for finding in verdict.findings:
        if finding.quote:
            assert plan.section(finding.section).text[finding.start:finding.end] == finding.quote


def test_every_need_traced_to_outcome_and_provision_is_outstanding() -> None:
    verdict = run(make_plan(ALIGNED))
    assert verdict.grade == 4
    assert verdict.counts["needs"] == verdict.counts["needs_with_outcome"] > 0
    assert verdict.counts["outcomes"] == verdict.counts["outcomes_with_provision"] == 3
    assert verdict.counts["aspirations_in_outcomes"] == 1


def test_a_need_with_no_outcome_is_quoted_from_b() -> None:
    sections = dict(ALIGNED, B=ALIGNED["B"] + "\nSam has poor fine motor skills and difficulty with handwriting.",
                    F=ALIGNED["F"] + "\nOccupational therapist's fine motor programme, 3 x 15 minutes weekly, by a teaching assistant.")
    plan = make_plan(sections)
    verdict = run(plan)
    need = [f for f in verdict.findings if f.rule == "golden_thread.need_without_outcome"]
    assert [f.quote for f in need] == ["Sam has poor fine motor skills and difficulty with handwriting."]
    assert need[0].section == "B"
    assert verdict.grade == 3
    assert_quotes_are_verbatim(plan, verdict)


def test_health_needs_in_c_count_as_needs() -> None:
    sections = dict(ALIGNED, C="Sam has epilepsy and needs rescue medication when seizures last over 5 minutes.")
    verdict = run(make_plan(sections))
    assert any(f.section == "C" for f in verdict.findings
               if f.rule in ("golden_thread.need_without_outcome", "golden_thread.need_dropped"))


def test_c_saying_no_needs_is_not_a_need() -> None:
    verdict = run(make_plan(dict(ALIGNED, C="No health needs identified.")))
    assert verdict.grade == 4


def test_outcome_without_provision_and_unrelated_sections_are_inadequate() -> None:
    plan = make_plan({
        "A": "I want to be a footballer.",
        "B": "Sam has difficulty with reading.\nSam is anxious and has meltdowns.\nSam has poor fine motor skills.",
        "E": "By July 2027, Sam will swim 25 metres.",
        "F": "Speech and language therapy weekly.",
    })
    verdict = run(plan)
    assert verdict.grade == 1
    assert {"golden_thread.need_dropped", "golden_thread.outcome_without_provision",
            "golden_thread.aspiration_not_in_outcomes"} <= set(rules(verdict))
    assert "golden_thread.provision_without_need" in rules(verdict)
    assert_quotes_are_verbatim(plan, verdict)


def test_aspiration_absent_from_outcomes_is_found() -> None:
    sections = dict(ALIGNED, A="I want to be a pilot when I grow up.")
    verdict = run(make_plan(sections))
    missed = [f for f in verdict.findings if f.rule == "golden_thread.aspiration_not_in_outcomes"]
    assert [f.quote for f in missed] == ["I want to be a pilot when I grow up."]


def test_area_labels_link_needs_to_outcomes() -> None:
    e = "By July 2027, Sam will complete the morning task board with one prompt."
    plan = make_plan({"B": "Sam struggles to manage his worries when routines change.", "E": e,
                      "F": "Emotional literacy sessions with the ELSA, 1 x 30 minutes weekly."},
                     outcomes=[{"text": e, "area": "Social, emotional and mental health"}])
    verdict = run(plan)
    assert "golden_thread.need_without_outcome" not in rules(verdict)
    assert "golden_thread.outcome_without_provision" not in rules(verdict)


def test_missing_sections_are_inadequate() -> None:
    verdict = run(make_plan({"A": "I like Lego.", "B": "Sam finds reading hard."}))
    assert verdict.grade == 1
    assert rules(verdict) == ["golden_thread.sections_missing"]
    assert "E" in verdict.findings[0].message and "F" in verdict.findings[0].message


def test_a_need_with_neither_outcome_nor_provision_is_dropped() -> None:
    sections = dict(ALIGNED, C="Sam has epilepsy and takes medication twice a day, prescribed by his paediatrician.")
    plan = make_plan(sections)
    verdict = run(plan)
    dropped = [f for f in verdict.findings if f.rule == "golden_thread.need_dropped"]
    assert dropped and dropped[0].section == "C"
    assert verdict.grade == 2 and verdict.counts["needs_dropped"] == 1
    with_care = run(make_plan(dict(sections, G="Epilepsy care plan: the school nurse trains staff each September and reviews the plan termly.")))
    assert "golden_thread.need_dropped" not in rules(with_care)


def test_generic_outcomes_break_the_thread() -> None:
    plan = make_plan({"B": "Sam finds reading hard.\nSam is anxious in class.",
                      "E": "Sam will make progress in reading.\nSam will be supported to manage his anxiety.",
                      "F": "Reading with a teaching assistant daily for 15 minutes.\nELSA sessions on anxiety weekly for 30 minutes."})
    verdict = run(plan)
    assert "golden_thread.generic_outcomes" in rules(verdict)
    assert verdict.grade == 2


def test_provision_that_only_refers_to_a_report_delivers_nothing() -> None:
    plan = make_plan({"B": "Sam finds reading hard.", "E": "Sam will make progress in reading.",
                      "F": "Reading programme: see attached report."})
    verdict = run(plan)
    assert "golden_thread.outcome_without_provision" in rules(verdict)
    assert verdict.grade == 1


def test_deterministic() -> None:
    plan = make_plan(ALIGNED)
    assert run(plan) == run(plan)


def test_an_area_title_in_b_is_not_itself_a_need() -> None:
    plan = make_plan({
        "B": "Cognition and learning\nSam enjoys stories and is curious.\n"
             "Communication and interaction\nSam has difficulty with speech sounds.",
        "E": "By July 2027, Sam will say the sounds s, f and sh clearly in 4 out of 5 words.",
        "F": "Speech sound programme with a trained teaching assistant, 3 x 15 minutes weekly.",
    })
    verdict = run(plan)
    assert "golden_thread.need_without_outcome" not in rules(verdict)
    assert verdict.grade == 4


def test_provision_left_to_discretion_does_not_carry_a_need() -> None:
    base = {
        "B": "Ava finds reading hard.\nAva has poor balance and finds walking on stairs difficult.",
        "E": "By July 2027, Ava will read 60 common words.",
        "F": "Phonics with a teaching assistant, 4 x 20 minutes weekly.",
    }
    vague = run(make_plan({**base, "G": "Physiotherapy as required."}))
    assert "golden_thread.need_dropped" in rules(vague)
    assert vague.grade is not None and vague.grade <= 2
    quantified = run(make_plan({**base, "G": "Physiotherapy, 1 x 30 minutes weekly, by the physiotherapist."}))
    assert "golden_thread.need_dropped" not in rules(quantified)
    assert "golden_thread.need_without_outcome" in rules(quantified)


def test_a_stated_difficulty_its_area_has_no_outcome_for_keeps_the_plan_from_outstanding() -> None:
    plan = make_plan({
        "B": "Priya has dyslexia and finds reading hard.\n"
             "She finds it hard to hold information in her head (working memory).",
        "E": "By July 2028, Priya will read a one-page text and answer 4 out of 5 questions about it.",
        "F": "Specialist reading programme with a dyslexia teacher, 2 x 40 minutes per week.",
    })
    verdict = run(plan)
    overlooked = [f for f in verdict.findings if f.rule == "golden_thread.need_without_outcome"]
    assert [f.quote for f in overlooked] == ["She finds it hard to hold information in her head (working memory)."]
    assert verdict.counts["needs_overlooked"] == 1
    assert verdict.grade == 3
    assert_quotes_are_verbatim(plan, verdict)


def test_an_outcome_labelled_with_the_area_is_not_overlooked_only_when_its_words_name_none() -> None:
    e = "By July 2027, Sam will go to a youth club with friends once a week."
    plan = make_plan({"B": "Sam has low mood since his dad died.", "E": e,
                      "F": "Youth club place with a support worker, 2 hours weekly."},
                     outcomes=[{"text": e, "area": "Social, emotional and mental health"}])
    # The outcome is about friends and clubs; the label alone does not make it about low mood.
    assert "golden_thread.need_without_outcome" in rules(run(plan))


def test_provision_that_meets_a_need_in_its_own_words_means_it_is_not_dropped() -> None:
    plan = make_plan({
        "B": "Zainab finds reading hard.",
        "C": "Zainab has sickle cell disease. She needs to drink plenty of water, keep warm and rest when tired.",
        "E": "By July 2027, Zainab will read 60 common words.",
        "F": "Phonics with a teaching assistant, 4 x 20 minutes weekly.",
        "G": "Healthcare plan with a water bottle always available, keeping warm and rest breaks, reviewed each September.",
    })
    assert "golden_thread.need_dropped" not in rules(run(plan))


NON_VERBAL = {
    "B": "Communication: Ethan communicates through vocalising, facial expression and body movement.\n"
         "Demonstrates eye-pointing and anticipatory responses to familiar routines.\n"
         "Physical: Ethan has cerebral palsy and needs full postural support in sitting.",
    "C": "Ethan has frequent chest infections linked to aspiration.",
    "E": "By July 2027 Ethan will look at his chosen object when offered 2 objects of reference, on 3 out of 5 occasions.\n"
         "By July 2027 Ethan will press a switch to request 'more', on 4 out of 5 occasions.\n"
         "By July 2027 Ethan will sit in his supportive chair for 15 minutes with his head up.\n"
         "By July 2027 Ethan will have fewer chest infections, no more than 2 a term.",
    "F": "Intensive interaction and AAC programme with objects of reference, daily 2 x 15 minutes, by the class team.\n"
         "Physiotherapy programme (standing frame, stretches), 30 minutes daily, by a trained teaching assistant.",
    "G": "Chest physiotherapy by the paediatric physiotherapist, fortnightly, 45 minutes; respiratory review every 6 months.",
}


def test_needs_of_a_non_verbal_child_in_clinical_words_are_traced() -> None:
    # CRITERIA.md §7: each need carried to an outcome and provision, whatever words the plan uses for it
    # (requests and choices by eye-pointing are communication; postural support is physical).
    plan = make_plan(NON_VERBAL)
    verdict = run(plan)
    assert verdict.counts["needs_with_outcome"] == verdict.counts["needs"]
    assert verdict.counts["outcomes_with_provision"] == verdict.counts["outcomes"] == 4
    assert verdict.grade >= 3
    assert_quotes_are_verbatim(plan, verdict)


def test_a_sentence_about_what_the_child_does_well_is_not_a_need() -> None:
    verdict = run(make_plan(NON_VERBAL))
    quoted = {f.quote for f in verdict.findings}
    assert not any(q.startswith("Demonstrates eye-pointing") for q in quoted)
    assert "social, emotional and mental health" not in verdict.summary
