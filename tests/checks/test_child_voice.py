"""The child_voice check: first-person voice, parents' views, aspirations carried into E,
co-production; second-hand only is 2, missing or professional-only is 1."""

from __future__ import annotations

from datetime import date

from audit.checks import CheckContext, Verdict
from audit.checks.child_voice import ChildVoiceParams, child_voice, is_heading
from audit.model import Plan
from plans import lexicons, make_plan

CTX = CheckContext(criterion="child_voice", as_of=date(2026, 11, 1), lexicons=lexicons("voice"))

RICH_A = """What is important to me:
I like drawing comics and playing football with my friends. I find noisy rooms hard.
"I want teachers to write new words down for me."
My future:
When I grow up I want to be a games designer and go to college.
My parents' views:
We would like Ravi to be confident and to have friends at secondary school.
This section was written with Ravi and his parents at a meeting at home and agreed by them."""
LINKED_E = ("By July 2027 Ravi will make a simple game in Scratch and show it to his class, towards games design.\n"
            "By July 2027 Ravi will ask for a new word to be written down at least once a lesson.")


def run(plan: Plan) -> Verdict:
    return child_voice(plan, ChildVoiceParams(), CTX)


def assert_quotes_verbatim(plan: Plan, verdict: Verdict) -> None:
    for finding in verdict.findings:
        if finding.quote:
            assert plan.section(finding.section).text[finding.start:finding.end] == finding.quote


def test_rich_voice_linked_to_outcomes_with_coproduction_is_outstanding() -> None:
    verdict = run(make_plan({"A": RICH_A, "E": LINKED_E}))
    assert verdict.grade == 4, verdict.summary
    assert verdict.counts["aspirations_in_outcomes"] >= 1
    assert verdict.counts["coproduction_evidence"] == 1


def test_template_headings_are_not_the_child_speaking() -> None:
    assert is_heading("What is important to me:")
    assert is_heading("My future")
    assert is_heading("How best to support me")
    assert not is_heading("I like football.")
    plan = make_plan({"A": "What is important to me\nAll about me\nSam likes trains and buses.", "E": "Sam will read."})
    assert run(plan).counts["child_first_person_sentences"] == 0


def test_second_hand_views_only_requires_improvement() -> None:
    plan = make_plan({"A": "Tom likes Lego and trains. He enjoys swimming with his dad. He wants to be a builder.",
                      "E": "By July 2027 Tom will build a Lego model with a friend."})
    verdict = run(plan)
    assert verdict.grade == 2
    finding = next(f for f in verdict.findings if f.rule == "child_voice.second_hand_only")
    assert finding.quote == "Tom likes Lego and trains."
    assert_quotes_verbatim(plan, verdict)


def test_missing_section_a_is_inadequate() -> None:
    verdict = run(make_plan({"E": "Sam will read."}))
    assert verdict.grade == 1
    assert verdict.findings[0].rule == "child_voice.missing_section" and verdict.findings[0].quote == ""


def test_empty_section_a_is_inadequate() -> None:
    assert run(make_plan({"A": "  ", "E": "Sam will read."})).grade == 1


def test_professional_only_is_inadequate_with_a_quote() -> None:
    plan = make_plan({"A": "Cognitive assessment indicates that the pupil's scores fall below the 2nd percentile. "
                           "School report that the pupil finds it difficult to concentrate in lessons.",
                      "E": "The pupil will read 40 words."})
    verdict = run(plan)
    assert verdict.grade == 1
    assert verdict.findings[0].rule == "child_voice.professional_only" and verdict.findings[0].quote
    assert_quotes_verbatim(plan, verdict)


def test_aspirations_not_used_in_outcomes() -> None:
    plan = make_plan({"A": "I like horses. I help at the stables on Saturdays. I want to work with horses when I leave school.",
                      "E": "By July 2027 Jess will spell 100 words.\nBy July 2027 Jess will solve two-step problems."})
    verdict = run(plan)
    assert verdict.grade == 2
    assert any(f.rule == "child_voice.aspirations_not_in_outcomes" and "horses" in f.quote for f in verdict.findings)


def test_non_verbal_child_with_gathering_method_counts_as_direct_voice() -> None:
    plan = make_plan({"A": "Ava is non-verbal and communicates using Makaton signs and PECS. Her views were gathered "
                           "by observation and with her mum, who interprets her sounds. Mum says we hope Ava will "
                           "one day go to college.",
                      "E": "By July 2027 Ava will use PECS to ask for a snack, 4 times out of 5, ready for college."})
    verdict = run(plan)
    assert verdict.counts["non_verbal"] == 1
    assert verdict.grade >= 3


def test_voice_without_parents_or_coproduction_is_good_not_outstanding() -> None:
    plan = make_plan({"A": "I like drawing. I like football. I find noise hard. I want to be a games designer.",
                      "E": LINKED_E})
    verdict = run(plan)
    assert verdict.grade == 3
    rules = {f.rule for f in verdict.findings}
    assert {"child_voice.no_parent_views", "child_voice.no_coproduction"} <= rules
    assert any(f.quote for f in verdict.findings)


def test_generic_hope_is_not_an_aspiration() -> None:
    plan = make_plan({"A": "I like art. I like reading. I find assembly too loud.\nAspirations\nFor Lily-Mae to reach her "
                           "full potential.", "E": "Lily-Mae will reach her full potential in art."},
                     facts={"child_name": "Lily-Mae Copperbeech"})
    verdict = run(plan)
    assert verdict.counts["generic_aspirations"] == 1 and verdict.grade == 2
    assert any(f.rule == "child_voice.no_aspirations" and "potential" in f.quote for f in verdict.findings)


def test_childs_name_alone_is_not_a_link_to_outcomes() -> None:
    plan = make_plan({"A": "I like cars. I want to be a pilot when I grow up.",
                      "E": "Ravi will read 40 words.\nRavi will count to 100.\nRavi will write his name."},
                     facts={"child_name": "Ravi Shah"})
    assert run(plan).counts["aspirations_in_outcomes"] == 0


def test_deterministic() -> None:
    plan = make_plan({"A": RICH_A, "E": LINKED_E})
    assert run(plan) == run(plan)


RICH_NO_COPRODUCTION = RICH_A.rsplit("\n", 1)[0]


def test_an_officer_signing_for_the_council_is_not_coproduction() -> None:
    # Herefordshire 2016: "few signatures of parents or children" - the family's, not the council's.
    plan = make_plan({"A": RICH_NO_COPRODUCTION, "E": LINKED_E,
                      "K": "Signed on behalf of Estuary City Council, SEN Assessment and Planning Team."})
    verdict = run(plan)
    assert verdict.counts["coproduction_evidence"] == 0
    assert verdict.grade == 3


def test_a_family_signature_is_coproduction() -> None:
    plan = make_plan({"A": RICH_NO_COPRODUCTION, "E": LINKED_E},
                     cover="Ravi's draft plan was read to him and he signed it on 23 June 2026.")
    assert run(plan).grade == 4


def test_agreement_about_provision_is_not_coproduction_of_the_plan() -> None:
    plan = make_plan({"A": RICH_NO_COPRODUCTION, "E": LINKED_E,
                      "F": "Transition plan agreed by the review in May 2027 with the SENCo."})
    assert run(plan).counts["coproduction_evidence"] == 0


def test_wrapped_section_title_and_unrecorded_parent_views_are_professional_only() -> None:
    a = ("AND PARENTS/CARERS\n"
         "Liam is a young person with MLD who presents as compliant in structured settings. Liam is reported to "
         "enjoy computer games and fishing.\n"
         "Parent/carer views: not recorded.\n"
         "Aspirations: It is hoped that Liam will achieve his full potential.")
    verdict = run(make_plan({"A": a, "E": "Liam will develop his communication skills."}))
    assert verdict.counts["parent_view_sentences"] == 0
    assert verdict.grade == 1, verdict.summary


def test_views_gathered_without_first_person_reach_good_not_outstanding() -> None:
    # A non-speaking child's views by observation are voice (3); the descriptor's 4 asks for
    # rich first-person voice, which parents or a key person can write on the child's behalf.
    a = ("Archie is non-verbal. His views were gathered by observation at school and at home, through his facial "
         "expression and gesture, and with his parents' interpretation.\n"
         "Parents' views:\nWe want Archie to be safe and to communicate his wants with his switch.\n"
         "Aspirations: Archie's parents hope he will use his switch to choose activities with his family.\n"
         "This section was written with Archie's parents at a meeting at home.")
    e = "By July 2027 Archie will use his switch to choose between two activities on 4 out of 5 occasions."
    verdict = run(make_plan({"A": a, "E": e}))
    assert verdict.grade == 3, verdict.summary
    assert any(f.rule == "child_voice.no_first_person" for f in verdict.findings)


def test_the_childs_own_aspiration_must_reach_the_outcomes_for_outstanding() -> None:
    a = ("What is important to me:\nI like my sister and playing schools. I find loud rooms hard. I like reading "
         "with Mum.\nMy future:\n\"I want to be a teacher like Miss Patel.\"\n"
         "Parents' views:\nMum says Zainab is funny and kind.\n"
         "Aspirations: Her parents want her to speak clearly and read well.\n"
         "This section was written with Zainab and her parents at a meeting at home.")
    e = ("By July 2027 Zainab will read 40 common words.\n"
         "By July 2027 Zainab will speak clearly enough for a new adult to understand 4 out of 5 sentences.")
    verdict = run(make_plan({"A": a, "E": e}))
    assert verdict.grade == 3, verdict.summary
    finding = next(f for f in verdict.findings if f.rule == "child_voice.own_aspiration_not_in_outcomes")
    assert "teacher" in finding.quote


def test_an_aspirations_label_ends_the_parents_block() -> None:
    a = ("Child's views: I'm Kayla. I like gymnastics and my dog. I want to stay with my carers.\n"
         "Parents' views: We want school to keep the same key adult for her.\n"
         "Aspirations: Kayla would like to become a gymnastics coach.\n"
         "Kayla filled in her booklet herself and her views were written with her key adult.")
    e = "By July 2027 Kayla will help coach younger children at her gymnastics club once a week."
    verdict = run(make_plan({"A": a, "E": e}))
    assert verdict.counts["aspirations_in_outcomes"] >= 1
    assert verdict.grade == 4, verdict.summary


def test_a_child_s_ambition_not_in_the_outcomes_keeps_the_plan_at_good() -> None:
    # The near-term wish (typing) is in E, the ambition (a vet) is not.
    a = ("What is important to me:\nI like animals, art and my friends. I find the stairs at school tiring. "
         "I like PE when I can join in.\n"
         "My future:\nI want to be a vet or work with animals. I want to be able to type fast because my hand gets "
         "tired.\n"
         "My parents' views:\nWe would like Zofia to keep her friends and to be as independent as she can.\n"
         "This section was written with Zofia and her parents at a meeting at home and agreed by them.")
    e = ("By July 2028 Zofia will touch-type at 25 words per minute so her hand does not get tired.\n"
         "By July 2027 Zofia will move between lessons independently within 5 minutes.")
    verdict = run(make_plan({"A": a, "E": e}))
    assert verdict.grade == 3
    finding = next(f for f in verdict.findings if f.rule == "child_voice.own_aspiration_not_in_outcomes")
    assert "vet" in finding.quote


def test_parents_views_not_received_are_not_parents_views() -> None:
    a = ("Harry's views: Harry was not able to share his views due to his level of need.\n"
         "Information from school: Harry is a happy boy who enjoys playing in the sand and water areas. "
         "He likes cars and trains.\n"
         "Parent's views: Not received at the time of writing.\n"
         "Aspirations: For Harry to achieve his full potential and to make progress in all areas of learning.")
    verdict = run(make_plan({"A": a, "E": LINKED_E}))
    assert verdict.counts["parent_view_sentences"] == 0
    assert verdict.grade == 1


def test_parents_hopes_in_their_own_words_are_aspirations() -> None:
    a = ("What is important to me\nMy big brother Alfie makes me laugh. I love bath time with bubbles. "
         "I like the swings at the park.\n"
         "What my family say\n\"We want him to be included with other children and to be able to tell us what he "
         "wants. We'd love him to go to the village primary with his brother.\"")
    e = "By July 2027 Freddie will use 10 signs to tell adults what he wants, with other children at pre-school."
    verdict = run(make_plan({"A": a, "E": e}))
    assert verdict.counts["aspiration_sentences"] >= 1 and verdict.grade >= 3


def test_a_young_person_leading_her_review_is_co_production() -> None:
    a = ("How this plan was put together: Beth led her review using a slideshow she made with her tutor. "
         "She was at the meeting for 45 minutes with her mum.")
    plan = make_plan({"A": a, "E": LINKED_E})
    assert run(plan).counts["coproduction_evidence"] == 1


def test_only_staff_reports_about_the_child_is_professional_only_even_with_parents_relayed() -> None:
    a = ("Reece did not engage with the person-centred review process and declined to complete the pupil voice "
         "pro-forma. Staff report that Reece has interests in gaming and computers. School staff report that Reece "
         "presents as anxious in unstructured times.\n"
         "Parental views were obtained via telephone consultation with the SEND Officer. Parent would like Reece "
         "to achieve GCSEs.")
    verdict = run(make_plan({"A": a, "E": LINKED_E}))
    assert verdict.grade == 1
    finding = next(f for f in verdict.findings if f.rule == "child_voice.professional_only")
    assert "relayed" in finding.message and finding.quote
