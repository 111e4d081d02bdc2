"""readability: plain English on A and E, explained acronyms, strengths, the child's name, no boilerplate;
and textstat runs with no network and no NLTK download."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from plans import lexicons, make_plan

from audit.checks import CheckContext, Verdict
from audit.checks.readability import ReadabilityParams, readability
from audit.model import Plan

LEXICONS = lexicons("jargon", "deficit_language", "child_references")
SAM = {"child_name": "Sam Carter"}

PLAIN = {
    "A": "I like football and drawing. I am good at Lego. I want to be a vet when I grow up. "
         "Mum says Sam is kind and funny. He loves animals and helps at home.",
    "B": "Sam can read 20 words. He finds it hard to write sentences. He enjoys maths.",
    "E": "By July 2027, Sam will read 100 common words on his own.\n"
         "By July 2027, Sam will eat lunch in the hall with two friends.\n"
         "By the end of Year 6, Sam will ask for help when he is stuck.",
    "F": "Speech and language therapy (SALT) once a week.",
}
DENSE = {
    "A": "The pupil presents with significant receptive and expressive language difficulties consistent with a diagnosis of "
         "ASC, impacting upon his ability to access the curriculum and necessitating differentiated provision.",
    "B": "The pupil is unable to follow instructions. He cannot sit still. He lacks social skills and has poor handwriting. "
         "He fails to complete work. SEMH needs are evident.",
    "E": "The pupil will demonstrate improved utilisation of functional communication strategies across multiple "
         "environmental contexts, facilitated by SALT and OT recommendations, with consolidation of emergent skills.",
    "F": "CAMHS, EP and SALT input as required. ELSA sessions.",
}


def run(plan: Plan, boilerplate: frozenset[str] = frozenset()) -> Verdict:
    ctx = CheckContext(criterion="readability", as_of=date(2026, 11, 1), lexicons=LEXICONS, boilerplate=boilerplate)
    return readability(plan, ReadabilityParams(), ctx)


def rules(verdict: Verdict) -> list[str]:
    return [f.rule for f in verdict.findings]


def test_plain_strengths_based_personal_plan_is_outstanding() -> None:
    verdict = run(make_plan(PLAIN, facts=SAM))
    assert verdict.grade == 4
    assert verdict.counts["reading_ease_A"] >= 60 and verdict.counts["reading_ease_E"] >= 60
    assert verdict.counts["unexplained_acronyms"] == 0


def test_dense_jargon_plan_is_inadequate_with_quoted_evidence() -> None:
    plan = make_plan(DENSE)
    verdict = run(plan)
    assert verdict.grade == 1
    assert {"readability.reading_ease", "readability.unexplained_acronym", "readability.deficit_language",
            "readability.impersonal"} <= set(rules(verdict))
    acronyms = {f.quote for f in verdict.findings if f.rule == "readability.unexplained_acronym"}
    assert {"ASC", "SEMH", "SALT", "OT", "CAMHS"} <= acronyms
    for finding in verdict.findings:
        assert plan.section(finding.section).text[finding.start:finding.end] == finding.quote
    salt = next(f for f in verdict.findings if f.quote == "SALT")
    assert salt.lexicon == "jargon" and salt.entry == "SALT" and "speech and language therapy" in salt.fix


@pytest.mark.parametrize("text", [
    "Sam sees the speech and language therapist (SALT) weekly. SALT sessions are fun.",
    "SALT (speech and language therapy) once a week.",
    "Speech therapy (SALT) once a week.",
])
def test_an_acronym_explained_anywhere_in_the_plan_is_fine(text: str) -> None:
    verdict = run(make_plan(dict(PLAIN, F=text), facts=SAM))
    assert "readability.unexplained_acronym" not in rules(verdict)


def test_acronyms_match_only_in_capitals() -> None:
    verdict = run(make_plan(dict(PLAIN, F="Sam got a lot out of it; hi to everyone at the ot club."), facts=SAM))
    assert "readability.unexplained_acronym" not in rules(verdict)


def test_deficit_words_beside_strengths_are_fine() -> None:
    verdict = run(make_plan(PLAIN, facts=SAM))
    assert "readability.deficit_language" not in rules(verdict)


def test_boilerplate_from_the_batch_is_quoted() -> None:
    sections = dict(PLAIN, E=PLAIN["E"] + "\nSam will have access to a broad and balanced curriculum.")
    plan = make_plan(sections, facts=SAM)
    verdict = run(plan, boilerplate=frozenset({"sam will have access to a broad and balanced curriculum"}))
    copied = [f for f in verdict.findings if f.rule == "readability.boilerplate"]
    assert [f.quote for f in copied] == ["Sam will have access to a broad and balanced curriculum."]
    assert plan.section("E").text[copied[0].start:copied[0].end] == copied[0].quote


def test_a_plan_made_mostly_of_batch_boilerplate_is_graded_down() -> None:
    sentences = ["Sam will have access to a broad and balanced curriculum.", "Sam will be supported by school staff.",
                 "Sam will reach his potential with the right support."]
    plan = make_plan({"A": " ".join(sentences), "E": "\n".join(sentences)}, facts=SAM)
    batch = frozenset(" ".join(s.lower().rstrip(".").split()) for s in sentences)
    verdict = run(plan, boilerplate=batch)
    assert verdict.counts["boilerplate_sentences"] == 6
    assert verdict.grade <= 2


def test_missing_a_and_e_is_inadequate() -> None:
    verdict = run(make_plan({"F": "Speech and language therapy weekly."}))
    assert verdict.grade == 1 and rules(verdict) == ["readability.sections_missing"]


def test_readability_runs_with_no_network_and_no_nltk_download(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("readability tried to open a socket")

    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download was called")

    import nltk
    from textstat.backend.counts import _count_syllables

    from audit import textstats

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(nltk, "download", no_download)
    _count_syllables.count_syllables.cache_clear()
    verdict = run(make_plan(DENSE))
    assert verdict.counts["reading_ease_A"] is not None
    assert textstats.syllable_count("reading") == 2
    assert textstats.syllable_count("communication") == 5
    # Same dictionary NLTK would download, kept as stress marks: "child" (CH AY1 L D) has one.
    assert len(_count_syllables.get_cmudict("en_GB")["child"][0]) == 1


def test_deterministic() -> None:
    plan = make_plan(DENSE)
    assert run(plan) == run(plan)


def test_familiar_role_titles_are_not_unexplained_acronyms() -> None:
    plan = make_plan({**PLAIN, "F": "Speech and language therapy (SALT) once a week, planned by the SENCo with the SEND team."},
                     facts=SAM)
    verdict = run(plan)
    assert verdict.grade == 4
    assert verdict.counts["unexplained_acronyms"] == 0


def test_an_acronym_the_jargon_list_does_not_know_is_still_found() -> None:
    e = PLAIN["E"] + "\nBy July 2028, Sam will apply through UCAS for a college course with his tutor's help."
    verdict = run(make_plan({**PLAIN, "E": e}, facts=SAM))
    assert "UCAS" in [f.quote for f in verdict.findings if f.rule == "readability.unexplained_acronym"]
    assert verdict.counts["unexplained_acronyms_A_E"] == 1
    assert verdict.grade == 3


def test_an_acronym_glossed_in_brackets_is_explained() -> None:
    e = PLAIN["E"] + ("\nBy July 2028, Sam will apply through the Universities and Colleges Admissions Service (UCAS) "
                      "for a college course.")
    verdict = run(make_plan({**PLAIN, "E": e}, facts=SAM))
    assert verdict.counts["unexplained_acronyms"] == 0
    assert verdict.grade == 4


def test_a_very_dense_section_a_is_dense_professional_language_on_its_own() -> None:
    a = ("Following comprehensive multidisciplinary consultation, parental perspectives regarding Sam's educational "
         "trajectory emphasise considerable apprehension concerning communicative reciprocity, emotional regulation "
         "difficulties and consequential disengagement within unstructured environments, notwithstanding identifiable "
         "preferences for mechanical construction activities.")
    verdict = run(make_plan({**PLAIN, "A": a}, facts=SAM))
    assert verdict.counts["reading_ease_A"] < 40
    assert verdict.grade == 2


def test_jargon_confined_to_professional_sections_is_dense_not_largely_jargon() -> None:
    b = ("Sam has SLCN and ASC. The EP and OT have seen him. CAMHS discharged him. He sees the ELSA and the SALT. "
         "He has QFT and ARE targets.")
    verdict = run(make_plan({**PLAIN, "B": b}, facts=SAM))
    assert verdict.counts["unexplained_acronyms"] >= 8 and verdict.counts["unexplained_acronyms_A_E"] == 0
    assert verdict.grade == 2


def test_sections_a_and_e_with_almost_no_words_are_inadequate() -> None:
    verdict = run(make_plan({**PLAIN, "A": "2", "E": "6"}, facts=SAM))
    assert verdict.grade == 1
    assert "readability.sections_missing" in rules(verdict)


def test_a_report_title_in_the_advice_list_does_not_explain_an_acronym() -> None:
    plan = make_plan({**PLAIN, "F": "SALT advice to be used in class every day by the teaching assistant.",
                      "K": "Speech and language therapy advice | 9 January 2026"}, facts=SAM)
    verdict = run(plan)
    assert "SALT" in [f.quote for f in verdict.findings if f.rule == "readability.unexplained_acronym"]
