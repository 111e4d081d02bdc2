"""Plans fin11-fin14 (text + true facts + expert grades)."""
from common import (P, H, S, UL, T, KV, SEC, TITLE, NOTE, PB, ASHBY_ABOUT, ASHBY_RIGHTS,
                    HARROW_NOTES)

PLANS = []

# --------------------------------------------------------------------------- fin11
# Kingsmere MBC (letter-column tables), new plan Dec 2025. Provision as
# "Provision | Frequency | Staffing | Outcome ref". Education-only view of health/care.
PROV = ["Provision", "Frequency", "Staffing", "Outcome ref"]
PLANS.append(dict(
    stem="fin11_leo_brennan", format="docx", council="Kingsmere Metropolitan Borough Council",
    header="Kingsmere Metropolitan Borough Council – SEND Assessment and Review Team",
    facts=dict(child_name="Leo Brennan", date_of_birth="2019-03-05", year_group=3,
               issued="2025-12-04", last_review="", last_amended="", next_review="2026-12-03",
               nhs_number="9991876421", upn="W211230020015",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=2, outcomes_specific=4, child_voice=2, pfa="NA", review_currency=4,
                provision_specific=4, golden_thread=3, readability=4),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Kingsmere Metropolitan Borough Council. Children and Families Act 2014, section 37."),
        KV(("Name", "Leo Brennan"), ("Date of birth", "05/03/2019"),
           ("NHS number", "999 187 6421"), ("Unique pupil number", "W211230020015"),
           ("Year group", "Year 2"), ("School", "St Bede's RC Primary School, Kingsmere"),
           ("Parents", "Claire Brennan and Martin Brennan"),
           ("EHC co-ordinator", "Joseph Addo, SEND Officer"),
           ("Date plan issued", "04/12/2025"),
           ("First annual review due by", "03/12/2026")),
        SEC("A", "Views, interests and aspirations of Leo and his parents",
            S("Leo's views"),
            P("Leo likes Lego, dinosaurs and playing football with his older cousins. His "
              "teacher says he enjoys PE and art and is proud when he gets a sticker. He does "
              "not like it when the classroom is noisy. Leo's views were gathered by his class "
              "teacher during a conversation in class."),
            S("Parents' views"),
            P("Leo's parents would like him to catch up with his reading and writing and to be "
              "more confident in class. They would like him to be able to follow what is "
              "happening in lessons and to have friends. They feel that his hearing is getting "
              "in the way of his learning.")),
        SEC("B", "Leo's special educational needs",
            S("Hearing and communication"),
            P("Leo has a moderate hearing loss in both ears, identified in Reception (2024), "
              "and wears two hearing aids. In a quiet room, close to the speaker, he hears most "
              "speech. In a noisy classroom, on the carpet at the back of the group, or when the "
              "speaker turns away, he misses a lot of what is said. He can mishear words that "
              "sound similar (for example 'sixteen' and 'sixty'). His Teacher of the Deaf "
              "reports that he does not always tell adults when his hearing aids are not "
              "working."),
            P("Leo's understanding and use of vocabulary is below the level expected for his "
              "age (British Picture Vocabulary Scale standard score 82, October 2025). He "
              "speaks in full sentences but uses a narrower range of words than other children "
              "in his class and finds it hard to explain how or why something happened."),
            S("Reading and writing"),
            P("Leo is reading at the level expected at the end of Year 1. He has learned most "
              "single-letter sounds but confuses some vowel sounds, which is linked to his "
              "hearing. He can write a simple sentence using a word mat, but his spelling is "
              "often not phonetically plausible and he rarely writes more than two sentences."),
            S("Listening and attention"),
            P("Leo works hard to listen, and this tires him. By the afternoon he is often "
              "slower to respond and more likely to look around the room to copy what other "
              "children are doing. His attention is best in short, focused sessions in a quiet "
              "space. When he can see the speaker's face and has the topic words in front of "
              "him, he follows lessons well and joins in with enthusiasm. Leo is still "
              "learning to manage his own hearing aids, for example changing the batteries "
              "and putting them in the right ear."),
            S("Reading assessment (October 2025)"),
            P("On the school's phonics screening check Leo read 24 of 40 words correctly; "
              "most errors were with vowel digraphs such as 'ai', 'ee' and 'oa'. He reads "
              "familiar words quickly but guesses unfamiliar words from the first letter. "
              "When reading a book at his level he reads with about 85 percent accuracy and "
              "can retell the main events with picture prompts, but finds it hard to answer "
              "questions about why characters did something. He enjoys non-fiction books "
              "about dinosaurs and will read these for longer."),
            S("Maths"),
            P("Leo's maths is close to age-related expectations. He counts confidently to 100, "
              "adds and subtracts within 20 using objects, and is learning his 2, 5 and 10 "
              "times tables. He finds word problems hard because of the language they use."),
            S("What Leo does well"),
            P("Leo is kind, sporty and hard-working. He tries hard in every lesson and is "
              "quick to help other children tidy up. He has a good visual memory and learns "
              "well from pictures, demonstrations and real objects. He is good at building "
              "models and explaining them to one adult. He loves football and is one of the "
              "fastest runners in his class."),
            S("Summary of advice from the Teacher of the Deaf"),
            P("Ms Rowe observed Leo in class and on the carpet in October 2025. When the "
              "teacher was more than two metres away, Leo repeated back only half of the "
              "instructions correctly. With the radio aid in a trial lesson, he repeated back "
              "nearly all of them. She advised that Leo should have a radio aid, sit near the "
              "front, see the speaker's face, and have new words taught before a topic starts. "
              "She also advised that Leo should be taught to check his own hearing aids and to "
              "ask for repetition, as these skills will matter more as he gets older."),
            S("Summary of educational psychology advice"),
            P("Dr Simmons found that Leo's non-verbal reasoning (solving problems with "
              "pictures and patterns) is in the average range, while his vocabulary and verbal "
              "reasoning are below average. She thinks this gap is mainly explained by his "
              "hearing loss and the time he missed hearing clearly before his hearing aids "
              "were fitted. Leo's mother told Dr Simmons that Leo has had repeated ear "
              "infections, is waiting to see the ear, nose and throat (ENT) team about grommets, "
              "and that he is often tired and irritable after school. Dr Simmons recommended "
              "short, structured sessions, visual supports and lots of praise to rebuild his "
              "confidence."),
            S("What school has already tried"),
            P("Before the assessment, St Bede's used its SEN support funding to provide a "
              "phonics group three times a week and to move Leo to the front of the class. "
              "Leo made some progress in phonics, but the school's termly tracking showed that "
              "the gap between Leo and his classmates was getting wider in reading and writing, "
              "and that he was increasingly reluctant to speak in class. The school asked for "
              "an EHC needs assessment in June 2025 with his parents' support."),
            S("Confidence and friendships"),
            P("Leo sometimes withdraws in whole-class discussions and says 'I don't know' "
              "rather than answering. He plays well with one or two friends at playtime but "
              "finds large group games confusing when he cannot hear the rules.")),
        SEC("C", "Leo's health needs related to his special educational needs",
            P("Leo wears hearing aids. His hearing loss affects his learning in class.")),
        SEC("D", "Leo's social care needs related to his special educational needs",
            P("Leo does not have any social care needs.")),
        SEC("E", "Outcomes for Leo",
            P("The outcomes below are for the end of Year 3 (July 2027). Progress towards each "
              "step will be checked by the SENCo and the Teacher of the Deaf at the end of each "
              "term and shared with Leo's parents."),
            T([["Ref", "Outcome", "Steps"],
               ["E1", "By July 2027 Leo will tell an adult, without being asked, when his "
                "hearing aids or radio aid are not working, on 4 out of 5 occasions checked by "
                "staff.", "Daily hearing aid check with adult by April 2026; Leo checks his own "
                "aids by December 2026."],
               ["E2", "By July 2027 Leo will read a Year 3 level book aloud with 95 per cent "
                "accuracy and answer 4 out of 5 questions about it correctly.",
                "Secure all Phase 5 vowel sounds by July 2026; Year 2 books by December 2026."],
               ["E3", "By July 2027 Leo will write a five-sentence recount, with at least 8 out "
                "of 10 common words spelled correctly, using a word mat.",
                "Three sentences by July 2026; four by March 2027."],
               ["E4", "By July 2027 Leo will use 20 new topic words in each half-term topic "
                "correctly in speech and writing, as recorded on his vocabulary log.",
                "10 words per topic by July 2026."],
               ["E5", "By July 2027 Leo will answer a question or ask for something to be "
                "repeated in a whole-class discussion at least twice a day, on 4 days out of 5.",
                "Answers in small group by July 2026."],
               ["E6", "By July 2027 Leo will solve one-step maths word problems read aloud to "
                "him, correctly on 4 out of 5 problems.", "With picture support by "
                "March 2027."]], widths=[1.4, 8.5, 6.1])),
        SEC("F", "Special educational provision",
            T([PROV,
               ["Radio aid (remote microphone) worn by the teacher in all lessons, checked at "
                "the start of each day", "Daily", "Class teacher and teaching assistant; "
                "checked by Educational Audiologist once a term", "E1, E5"],
               ["Daily listening check of hearing aids and radio aid with Leo, using the "
                "Ling six-sound test", "Daily, 5 minutes", "Teaching assistant trained by "
                "the Teacher of the Deaf", "E1"],
               ["Teacher of the Deaf teaching: vocabulary, listening skills and self-advocacy",
                "1 x 45 minutes weekly, 1:1, during term time", "Qualified Teacher of the "
                "Deaf (Kingsmere Sensory Support Service)", "E1, E4, E5"],
               ["Pre-teaching of topic vocabulary before each new topic", "3 x 15 minutes "
                "weekly", "Teaching assistant, using word lists from the class teacher",
                "E4, E6"],
               ["Phonics catch-up (Read Write Inc. Fresh Start) with visual mouth-shape cards",
                "5 x 20 minutes weekly, group of 3", "Teaching assistant trained in Read "
                "Write Inc.", "E2"],
               ["Reading comprehension with question prompts", "3 x 15 minutes weekly, 1:1",
                "Teaching assistant", "E2"],
               ["Sentence-level writing programme with word mat and sentence planner",
                "3 x 20 minutes weekly, 1:1", "Teaching assistant; planned by class teacher",
                "E3"],
               ["Seating at the front near the teacher, away from the door and radiator fan; "
                "carpet place at the front", "Every lesson", "Class teacher", "E5"],
               ["Maths word problems read aloud with key words shown in pictures",
                "2 x 15 minutes weekly", "Teaching assistant", "E6"],
               ["Deaf awareness training for all staff who teach Leo", "Once a year (each "
                "September) and for new staff", "Teacher of the Deaf", "E1, E5"]],
              widths=[6.5, 3.3, 4.7, 2]),
            S("Strategies for all adults working with Leo"),
            UL("Get Leo's attention and make sure he can see your face before you speak.",
               "Keep your face in the light and do not talk while writing on the board.",
               "Repeat other children's answers in class discussion.",
               "Give instructions one at a time and write key words on the board.",
               "Check Leo has understood by asking him to show or tell you what to do.",
               "Turn off the projector fan and close the door during teaching input.",
               "Use subtitles on all videos."),
            P("The Kingsmere Sensory Support Service acoustic assessment of Leo's classroom "
              "(November 2025) recommended soft furnishings and felt pads on chair legs; the "
              "school completed these in January 2026.")),
        SEC("G", "Health provision",
            P("Leo will continue to be seen by the Kingsmere Paediatric Audiology Service for "
              "hearing tests and hearing aid reviews.")),
        SEC("H1", "Social care provision under section 2 of the Chronically Sick and Disabled "
            "Persons Act 1970",
            P("None.")),
        SEC("H2", "Other social care provision",
            P("None.")),
        SEC("I", "Placement",
            P("St Bede's RC Primary School, Kingsmere (mainstream voluntary aided primary "
              "school). Leo's parents asked for St Bede's because Leo is settled there and his "
              "cousins attend. The school was consulted on 20th October 2025 and agreed that "
              "it can meet Leo's needs with the provision in section F, including support "
              "from the Kingsmere Sensory Support Service.")),
        SEC("J", "Personal budget",
            P("Leo's parents have not asked for a personal budget.")),
        SEC("K", "Advice and information",
            T([["Advice", "Author", "Date"],
               ["Parental advice", "Claire and Martin Brennan", "06/10/2025"],
               ["Educational advice", "Mrs A. Kearney, SENCo, St Bede's", "08/10/2025"],
               ["Educational psychology advice", "Dr P. Simmons, Educational Psychologist",
                "17/10/2025"],
               ["Teacher of the Deaf advice", "Ms H. Rowe, Kingsmere Sensory Support Service",
                "13/10/2025"],
               ["Audiology report", "Kingsmere Paediatric Audiology", "22/09/2025"],
               ["Medical advice", "Dr S. Gill, Community Paediatrician", "01/10/2025"],
               ["Social care", "Kingsmere Children's Services: not known", "02/10/2025"]],
              widths=[6.5, 7, 3])),
        H("Information for parents", 2),
        P("Kingsmere Metropolitan Borough Council must make sure that the special "
          "educational provision in section F is delivered. If you disagree with sections B, "
          "F or I of this plan you can appeal to the First-tier Tribunal (Special Educational "
          "Needs and Disability), after first contacting a mediation adviser. Kingsmere "
          "SENDIASS offers free and impartial advice. You can find information about local "
          "services, including the Sensory Support Service, on the Kingsmere Local Offer."),
        H("How this plan will be checked", 2),
        P("St Bede's will hold a meeting with Leo's parents each term to look at his progress "
          "towards the steps in section E. Leo's first annual review must be held by "
          "3rd December 2026. His parents can ask for an earlier review if they are worried. "
          "The Teacher of the Deaf will write a report before each review."),
        P("Signed on behalf of Kingsmere Metropolitan Borough Council: Joseph Addo, SEND "
          "Officer, 4th December 2025."),
    ]))

# --------------------------------------------------------------------------- fin12
# Harrowfield City Council plain-text export, young adult aged 24. Rich non-verbal voice,
# good adulthood content, but not reviewed since June 2023 and outcomes out of date.
PLANS.append(dict(
    stem="fin12_bethany_clough", format="txt", council="Harrowfield City Council",
    txt_hashes=True,
    facts=dict(child_name="Bethany Clough", date_of_birth="2002-07-16", year_group=20,
               issued="2018-09-03", last_review="2023-06-29", last_amended="2023-08-10",
               next_review="2024-06-28", nhs_number="9992648104", upn="",
               sections_present="A;B;C;D;E;F;G;H;I;J;K"),
    grades=dict(holistic=4, outcomes_specific=2, child_voice=4, pfa=3, review_currency=1,
                provision_specific=3, golden_thread=3, readability=4),
    body=[
        TITLE("HARROWFIELD CITY COUNCIL - EDUCATION HEALTH AND CARE PLAN"),
        P("Exported from Harrowfield EHC Hub. Plain text version. Printed copies are "
          "uncontrolled."),
        KV(("Name", "Bethany Clough"), ("Known as", "Beth"), ("DOB", "16.07.2002"),
           ("NHS No", "999 264 8104"),
           ("Address", "14 Millstone Close, Harrowfield HF7 4LP"),
           ("Lives with", "Mum (Julie Clough) and stepdad (Andy Stott)"),
           ("Setting", "Oakleigh Specialist College, Harrowfield (day placement), Year 2 of 3"),
           ("Date plan first issued", "03.09.2018 (transferred from statement)"),
           ("Date of last annual review", "29.06.2023"),
           ("Date this plan amended", "10.08.2023"),
           ("Next annual review due", "28.06.2024"),
           ("Caseworker", "Marcus Fenn (Post-16 and Adult Transitions)")),
        *HARROW_NOTES,
        H("SECTION A - VIEWS, INTERESTS AND ASPIRATIONS"),
        P("Beth does not use speech. She communicates with facial expressions, vocal sounds, "
          "eye pointing, a few signs and her eye-gaze communication aid, which has about 200 "
          "symbols. The people who know her best have helped to write this section. We have "
          "written it in Beth's voice, and have said where each part comes from."),
        P("What Beth told us with her eye-gaze aid and Talking Mats (with Sian, her speech and "
          "language therapist, May 2023):"),
        P("\"I like: music – especially Little Mix and anything loud; being outside in the "
          "garden at college; the hydrotherapy pool; my friend Kirsty; my mum's cooking; going "
          "to the Harrowfield Arena for concerts. I don't like: being hoisted by people I don't "
          "know; waiting; being cold; people talking about me instead of to me. When I'm older "
          "I want: to live with my friends, to go to concerts, to have a job in the college "
          "café, to choose my own clothes.\""),
        P("What we have seen (Beth's tutor and support staff): Beth lights up when she is "
          "with other young people, especially when there is music. She makes it very clear, "
          "with her voice and by turning her head away, when she does not want to do "
          "something. She chooses her own lunch each day from two photos and will refuse if "
          "staff choose for her. She loves being given a job to do, like pressing the switch "
          "to turn on the coffee machine in the café."),
        P("What Beth's mum says: \"Beth has a big personality and a brilliant laugh. She knows "
          "exactly what she wants. Our hope is that when she finishes college she can live in "
          "a supported house with young people her own age, near us, with staff who know her. "
          "We want her to have a busy week – a bit of work, music, swimming, seeing her "
          "friends – not just sitting in a day centre. We worry about who will make decisions "
          "with her when we are not here and about her health, because her seizures and her "
          "chest can go downhill fast.\""),
        P("How this plan was put together: Beth led her review on 29.06.2023 using a "
          "slideshow she made with her tutor, choosing photos for each slide. She was at the "
          "meeting for 45 minutes with her mum, stepdad, tutor, SALT, the college nurse, her "
          "adult social worker and the caseworker."),
        H("SECTION B - SPECIAL EDUCATIONAL NEEDS"),
        P("Communication: Beth has profound and multiple learning disabilities (PMLD) linked "
          "to a rare genetic condition (CDKL5 deficiency disorder). She understands familiar "
          "words and routines, especially with objects of reference and photos. She is "
          "learning to use her eye-gaze aid to make choices, greet people and comment. She "
          "needs time – up to 30 seconds – to respond, and communicates best when she is well "
          "positioned, rested and not in pain."),
        P("Learning: Beth learns through repetition, routine and sensory experiences. She "
          "is working on cause-and-effect skills (using a switch to make something happen), "
          "anticipating events from cues, and making choices between two or three options. "
          "She can concentrate for around 10 minutes on an activity she enjoys."),
        P("Physical and sensory: Beth has cerebral visual impairment (her eyes work but her "
          "brain has difficulty making sense of what she sees). She sees best things that are "
          "bright, high-contrast and to her left side. She uses a wheelchair and cannot change "
          "position by herself. She needs two trained staff and a hoist for all transfers, and "
          "full support with eating, drinking and personal care."),
        P("Social and emotional: Beth enjoys company and shows clear preferences for "
          "certain people. She can become distressed when routines change or when she is in "
          "pain, and she may then shout, bite her hand or withdraw."),
        P("Progress reported at the review on 29.06.2023: Beth now uses her eye-gaze aid "
          "to make a choice from two symbols on most days, and has started to use the "
          "'hello' and 'more' symbols with familiar staff. She pressed her switch to start the "
          "coffee machine in the café on 20 out of 24 sessions. She has been to four "
          "community concerts with support. She missed 19 days of college over the winter "
          "because of chest infections. College staff said Beth is more settled and "
          "confident than at any time since she started, and that she shows clear "
          "preferences for which staff support her with personal care."),
        P("Beth's day at college: Beth arrives by accessible minibus at 9.30am with her "
          "passenger assistant. Her tutor group starts with a 'hello' session where each "
          "learner greets the group using their own communication method. Beth then has her "
          "chest physiotherapy and a stretch in her standing frame, followed by a morning "
          "activity such as the café, sensory cooking or music. After lunch, which includes "
          "her tube feed and tastes of food, she has a rest on the sofa bed, then community "
          "sessions or hydrotherapy. Staff use her communication passport so that everyone "
          "supports her in the same way."),
        H("SECTION C - HEALTH NEEDS"),
        P("Epilepsy: Beth has daily seizures, mainly brief ones, and occasional long seizures "
          "needing rescue medication (buccal midazolam). She is under the adult epilepsy team "
          "at Harrowfield General Hospital (Dr K. Baines) and has a seizure care plan."),
        P("Eating and drinking: Beth has a gastrostomy (a feeding tube into her stomach) "
          "for most of her fluids and medication. She enjoys tasting food by mouth following "
          "the plan written by her speech and language therapist, as she is at risk of food "
          "going into her lungs (aspiration)."),
        P("Breathing: Beth has had chest infections needing hospital treatment each winter. "
          "She has chest physiotherapy at home and at college."),
        P("Posture: Beth has scoliosis (a curve in her spine) and needs a 24-hour postural "
          "care plan, including her wheelchair, standing frame and sleep system."),
        P("Beth is entitled to an annual health check with her GP because she has a learning "
          "disability. Her last one was in February 2023."),
        H("SECTION D - SOCIAL CARE NEEDS"),
        P("Beth has eligible needs under the Care Act 2014 (assessment by Harrowfield Adult "
          "Social Care, social worker Priya Das, March 2023). She needs support with all daily "
          "living tasks and at night. Her mum and stepdad are her main carers and have had a "
          "carers' assessment. They need regular breaks. Beth is not able to make some "
          "complex decisions, such as where to live, on her own; decisions are made with her "
          "in her best interests under the Mental Capacity Act 2005. Her mum has applied to "
          "the Court of Protection to become her deputy for health and welfare. Beth will need "
          "a plan for where she lives and what she does when college ends in July 2025."),
        H("SECTION E - OUTCOMES"),
        P("Outcomes for Beth's final two years at college, grouped under Preparing for "
          "Adulthood."),
        P("Employment:"),
        P("E1. Beth will develop her work skills."),
        P("Independent living:"),
        P("E2. By July 2024 Beth will use her eye-gaze aid to choose her clothes, lunch and "
          "activity each day from three options, on 4 out of 5 days, as recorded by college "
          "staff."),
        P("E3. By July 2025 Beth will take part in planning her move to supported living by "
          "visiting at least three possible homes and showing her preference (using photos, "
          "her eye-gaze aid and her reactions, recorded by staff who know her)."),
        P("Friends, relationships and community:"),
        P("E4. By July 2024 Beth will go to a community music session or concert with her "
          "friend Kirsty and support staff at least once a month, and use her eye-gaze aid to "
          "greet people there."),
        P("E5. Beth will have more friends."),
        P("Good health:"),
        P("E6. By July 2024 Beth will show staff, using her eye-gaze 'pain' and 'uncomfortable' "
          "symbols, when she is in pain or needs her position changed, on 3 out of 5 occasions "
          "noticed by staff."),
        P("E7. Beth will stay healthy and keep her chest clear."),
        H("SECTION F - SPECIAL EDUCATIONAL PROVISION"),
        UL("Oakleigh Specialist College day programme: 5 days a week, 38 weeks a year, "
           "9.30am to 3.30pm, in a group of 6 learners with a tutor and 1:1 learning support "
           "throughout the day.",
           "Speech and language therapy: SALT (HCPC registered) 1 x 45 minutes per week, 1:1, "
           "to develop eye-gaze use, with the communication programme practised by learning "
           "support staff at least 5 times a day.",
           "Eye-gaze communication aid and vocabulary updated by the SALT every half term.",
           "Work-related learning in the college café: 2 sessions of 1 hour per week with "
           "1:1 support.",
           "Community sessions (music, shopping, leisure) 2 afternoons a week with 1:1 "
           "support.",
           "Sensory curriculum and cause-and-effect programme, daily.",
           "Transition planning for leaving college, including visits to adult services, "
           "as appropriate."),
        H("SECTION G - HEALTH PROVISION"),
        UL("College nurse on site throughout the day; gastrostomy feeds and medicines given "
           "by the nurse or by staff trained and signed off by the nurse.",
           "Seizure care plan reviewed by the adult epilepsy nurse every 12 months; all 1:1 "
           "staff trained in buccal midazolam.",
           "Chest physiotherapy: twice daily (once at college, 20 minutes, by trained staff; "
           "once at home) following the programme from the community respiratory "
           "physiotherapist, who reviews it every 3 months.",
           "Postural care: 24-hour postural care plan from the adult physiotherapy team; "
           "standing frame for 30 minutes daily at college.",
           "Eating and drinking plan reviewed by the SALT every 6 months.",
           "Annual health check with GP; health action plan updated after each check.",
           "Wheelchair service review every 12 months."),
        H("SECTION H - SOCIAL CARE PROVISION (CARE ACT 2014)"),
        UL("Personal care support at home before and after college: 2 carers, 1 hour each "
           "morning and 1 hour each evening, 7 days a week.",
           "Overnight respite at Meadowbank Short Stay: 36 nights per year.",
           "Personal assistant for community activities (concerts, swimming): 6 hours per "
           "week, funded by a direct payment.",
           "Transition planning for supported living, led by the adult social worker, by "
           "January 2025."),
        H("SECTION I - PLACEMENT"),
        P("Oakleigh Specialist College, Harrowfield (independent specialist post-16 "
          "institution, day placement), until July 2025."),
        H("SECTION J - PERSONAL BUDGET"),
        P("Direct payment for a personal assistant: £7,020 per year (6 hours a week at "
          "£22.50 per hour), managed by Julie Clough on Beth's behalf."),
        H("SECTION K - ADVICE AND INFORMATION"),
        T([["Advice", "From", "Date"],
           ["Beth's views (Talking Mats and eye-gaze)", "Beth with S. Arnold, SALT",
            "2023-05-18"],
           ["Parent's views", "Julie Clough", "2023-06-01"],
           ["College annual review report", "Oakleigh Specialist College", "2023-06-15"],
           ["Care Act assessment", "P. Das, Adult Social Care", "2023-03-21"],
           ["Epilepsy care plan", "Adult Epilepsy Nurse Service", "2023-01-12"],
           ["Physiotherapy report", "Community Respiratory Physiotherapy", "2023-05-04"],
           ["Speech and language therapy report", "S. Arnold", "2023-05-25"]]),
        H("REVIEW HISTORY"),
        T([["Date", "Type", "Outcome"],
           ["03.09.2018", "Transfer from statement", "Plan issued"],
           ["2019-2021", "Annual reviews (school)", "Amended each year"],
           ["23.06.2022", "Annual review (college year 1)", "Amended 01.09.2022"],
           ["29.06.2023", "Annual review (college year 2)", "Amended 10.08.2023"]]),
        P("Authorised by: Marcus Fenn, SEND Caseworker, on behalf of Harrowfield City Council."),
    ]))

# --------------------------------------------------------------------------- fin13
# Lowmoor Borough Council markdown plan, Year 1. Broken golden thread: B describes needs
# that have no outcome or provision; C "no health needs" though B/K show audiology and a
# paediatrician; D and J missing; A written by professionals; another child's name in E.
PLANS.append(dict(
    stem="fin13_harry_dunmore", format="md", council="Lowmoor Borough Council",
    facts=dict(child_name="Harry Dunmore", date_of_birth="2020-12-02", year_group=1,
               issued="2024-07-15", last_review="2025-07-10", last_amended="",
               next_review="2026-07-10", nhs_number="9993905275", upn="Y933440314002",
               sections_present="A;B;C;E;F;G;H;I;K"),
    grades=dict(holistic=1, outcomes_specific=1, child_voice=1, pfa="NA", review_currency=2,
                provision_specific=1, golden_thread=1, readability=2),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Lowmoor Borough Council – SEND Service"),
        KV(("Name of child", "Harry Dunmore"), ("Date of birth", "2nd December 2020"),
           ("NHS number", "9993905275"), ("UPN", "Y933440314002"),
           ("Setting", "Castle Hill Infant School – Nursery class"),
           ("Parent/carer", "Ms Kerry Dunmore"),
           ("Date of final EHC plan", "15th July 2024"),
           ("Date of last annual review", "10th July 2025"),
           ("Review date", "10th July 2026"),
           ("SEND Coordinator", "Lowmoor SEND Team")),
        H("About this plan"),
        P("This Education, Health and Care plan is made under Part 3 of the Children and "
          "Families Act 2014. It describes the child's special educational needs, the outcomes "
          "sought and the provision required to meet those needs. The plan should be read "
          "alongside the advice and information listed in section K. All professionals "
          "working with the child should be familiar with the contents of this plan. The "
          "setting is responsible for delivering the provision described in section F and for "
          "monitoring the child's progress towards the outcomes in section E. The plan will "
          "be reviewed at least annually. The local authority will consider any changes "
          "recommended at the annual review."),
        H("Section A: Views, interests and aspirations of the child and parent/carer"),
        P("Harry's views: Harry was not able to share his views due to his level of need."),
        P("Information from school: Harry is a happy boy who enjoys playing in the sand and "
          "water areas. He likes cars and trains. He finds it difficult to sit on the carpet "
          "and to follow adult-led activities. He can become upset at transitions."),
        P("Parent's views: Not received at the time of writing."),
        P("Aspirations: For Harry to achieve his full potential and to make progress in all "
          "areas of learning."),
        H("Section B: Special educational needs"),
        S("Communication and interaction"),
        P("Harry has significant difficulties with speech, language and communication. He "
          "uses single words and some two-word phrases. His speech is often unclear and "
          "difficult for unfamiliar adults to understand. He has difficulties with attention "
          "and listening and finds it difficult to follow instructions, especially in a "
          "group. He does not always respond to his name. He has limited play skills and "
          "tends to play alone, lining up cars. He shows limited interest in other children "
          "and can become distressed if other children join his play. Harry has been "
          "referred to the neurodevelopmental pathway for an autism assessment (referral "
          "accepted March 2025)."),
        S("Cognition and learning"),
        P("Harry is working significantly below age-related expectations in all areas of the "
          "Early Years Foundation Stage. He is working within the 22-36 month developmental "
          "band in most areas. He can match colours and complete simple inset puzzles. He "
          "is not yet able to recognise his name or count objects. He has difficulty "
          "retaining information and requires frequent repetition."),
        S("Social, emotional and mental health"),
        P("Harry has difficulties regulating his emotions. He becomes distressed at "
          "transitions, in noisy environments and when his routine changes. When distressed "
          "he may hit out at adults, throw himself on the floor, or run out of the classroom. "
          "He has been sent home early on three occasions. He finds it very difficult to "
          "share or take turns. The school has completed an Early Help assessment with Ms "
          "Dunmore, who has told staff that she is finding it very hard to manage Harry's "
          "behaviour and sleep at home, that she has little support from family and that she "
          "is caring for Harry's baby sister. A family support worker was allocated in "
          "January 2025. Harry's attendance in 2024-25 was 79 percent, with absences linked "
          "to illness, appointments and days when Harry would not get ready for school."),
        S("Sensory and/or physical needs"),
        P("Harry has a hearing impairment and wears a hearing aid in his left ear. He often "
          "removes his hearing aid in class. Harry has glue ear and was seen by the ENT "
          "department in 2024. He has poor fine motor skills and cannot yet hold a pencil "
          "with a tripod grip. He has difficulties with balance and coordination, often "
          "tripping and bumping into things. He is not yet toilet trained and wears pull-ups "
          "in school. He is a very fussy eater and will only eat a small number of foods. He "
          "seeks sensory input by mouthing objects and spinning. Harry has been seen by the "
          "community paediatrician, who has raised concerns about his sleep and weight."),
        S("Summary of educational advice (April 2024)"),
        P("The setting reports that Harry attends nursery for 15 hours per week. Harry "
          "requires adult support for the majority of the session. He is unable to sit for "
          "carpet time and will wander around the room. He will engage with an adult for a "
          "short time if the activity involves cars or water. He does not use the toilet and "
          "requires changing. Harry is unable to feed himself with a spoon and will only "
          "eat dry foods such as crackers. He finds the noise of the lunch hall very "
          "difficult and is taken out to eat in a quiet room. He needs support to put on his "
          "coat and shoes. He needs close supervision outdoors as he has tried to climb the "
          "fence. The setting has used a visual timetable, now and next board, and a sand "
          "timer with limited success. Staff report that Harry often pulls out his hearing "
          "aid and it has been lost on two occasions. The setting has supported Harry "
          "through the graduated approach (assess, plan, do, review) but he has made "
          "limited progress against his targets."),
        S("Summary of Educational Psychology advice (April 2024)"),
        P("The EP observed Harry in the nursery setting and consulted with nursery staff. "
          "Harry was observed to spend most of the session in self-directed play, mainly "
          "lining up cars and pouring water. He did not respond when his name was called "
          "from a distance but responded to touch. He was able to complete a four-piece inset "
          "puzzle with hand-over-hand support. The EP noted that Harry's profile of needs "
          "across communication, social interaction and sensory processing warrants further "
          "assessment. Recommendations included: a highly structured, predictable routine; "
          "the use of objects of reference and a visual timetable; an individual workstation; "
          "Attention Autism sessions; intensive interaction; a consistent key adult; advice "
          "from the Lowmoor Autism Outreach Team; and further assessment of Harry's hearing."),
        S("Summary of Speech and Language Therapy advice (March 2024)"),
        P("Harry was assessed in clinic using informal assessment and the Preschool Language "
          "Scale. Harry's attention was single-channelled and he found it difficult to attend "
          "to adult-directed activities. His understanding of language was assessed as "
          "significantly delayed, at around the 18-24 month level. His expressive language "
          "consisted of around 20 single words, some echoed. His speech sound system is "
          "significantly delayed, with many sounds missing. Recommendations: the setting to "
          "use simplified language, key word signing (Makaton), Attention Autism, Intensive "
          "Interaction and a visual timetable; Harry to be seen for a block of therapy in "
          "clinic; review in 6 months. Harry was discharged from the clinic caseload in "
          "January 2025 after two missed appointments."),
        S("Summary of medical advice (May 2024)"),
        P("Dr T. Ferris, Community Paediatrician, saw Harry in clinic with his mother. "
          "Concerns were raised regarding Harry's development, social communication, sleep "
          "and eating. Harry's weight has dropped from the 25th to the 9th centile. His mother "
          "reported that Harry wakes most nights and is often awake for two to three hours. "
          "Dr Ferris has referred Harry to the neurodevelopmental pathway, to the paediatric "
          "dietitian, and to the sleep service, and will review him in clinic in six months. "
          "Harry has a moderate conductive hearing loss in his left ear and has been fitted "
          "with a hearing aid by the audiology department. He is under review by ENT for "
          "glue ear."),
        S("Summary of Audiology advice (February 2024)"),
        P("Harry has a moderate conductive hearing loss in his left ear and a mild loss in "
          "his right ear. He has been fitted with a left hearing aid and should wear it at all "
          "times. Staff should check the aid is working daily. Harry is to be reviewed in "
          "audiology every three months and a referral has been made to the Teacher of the "
          "Deaf service."),
        H("Section C: Health needs related to SEN"),
        P("No health needs identified. Harry has no identified needs for specialist health "
          "services and will continue to access universal services such as the GP and school "
          "nursing team."),
        H("Section E: Outcomes"),
        T([["Area", "Outcome", "Targets"],
           ["Communication and interaction", "Harry will develop his communication skills.",
            "Harry will use more words."],
           ["Cognition and learning", "Harry will make progress in line with his ability "
            "and access the curriculum.", "Harry will learn his colours and numbers."],
           ["SEMH", "Oliver will develop his social skills and be able to play with other "
            "children.", "Oliver will take turns."],
           ["Physical", "Not applicable.", "Not applicable."]]),
        H("Section F: Special educational provision"),
        UL("Harry will have access to a differentiated curriculum appropriate to his needs.",
           "Support from staff throughout the school day.",
           "Access to small group interventions as appropriate.",
           "Regular opportunities to develop his communication skills.",
           "Speech and language: school to follow the advice in the SALT report (see attached "
           "report).",
           "Access to a quiet space as required.",
           "Opportunities for social skills groups where possible.",
           "Use of visual supports such as a visual timetable as appropriate.",
           "Staff to be aware of Harry's needs.",
           "The setting will receive Band 2 top-up funding."),
        S("Strategies"),
        UL("Quality first teaching.",
           "Differentiation of tasks and resources.",
           "Simplified language and instructions.",
           "Visual supports.",
           "Consistent routines.",
           "Positive praise and reward systems.",
           "Clear boundaries and expectations.",
           "Movement breaks as needed.",
           "Preparation for transitions.",
           "Liaison with parents/carers.",
           "Staff to follow the school's behaviour policy."),
        P("The school should follow the advice of professionals involved and seek further "
          "advice from outside agencies as required. The school will monitor Harry's "
          "progress and will review his support plan termly with parents."),
        H("Section G: Health provision"),
        P("N/A"),
        H("Section H: Social care provision"),
        P("N/A"),
        H("Section I: Placement"),
        P("Castle Hill Infant School (mainstream), nursery class."),
        H("Section K: Advice and information"),
        T([["Advice", "Date"],
           ["Educational advice – Castle Hill Infant School", "April 2024"],
           ["Educational Psychology advice", "April 2024"],
           ["Speech and Language Therapy advice", "March 2024"],
           ["Medical advice – Community Paediatrician", "May 2024"],
           ["Audiology report", "February 2024"],
           ["Annual review paperwork", "July 2025"]]),
        H("Annual review record"),
        P("Annual review meeting held at Castle Hill Infant School on 10th July 2025. Present: "
          "class teacher, SENCo. Parent did not attend. Harry did not attend. The school "
          "reported that Harry has settled into the nursery class and is beginning to follow "
          "some routines. He will move into Reception in September 2025. He continues to require a high level of adult support. Harry's "
          "behaviour has been challenging at times, and he has been sent home early on three "
          "occasions. The school reported that it is unclear whether Harry has received any "
          "speech and language therapy since he was discharged. School asked the LA to "
          "consider increasing the banding. The outcomes were felt to be still relevant. "
          "Recommendation: maintain the plan. No response received from the local authority "
          "at the time of filing."),
        H("Guidance for settings"),
        P("Settings should use this plan to inform the child's individual support plan, "
          "which should be reviewed at least termly with parents. Settings should ensure "
          "that all staff working with the child are aware of the plan and the strategies "
          "within it. Settings should keep records of interventions and the child's "
          "progress, which should be shared at the annual review. If the child's needs "
          "change significantly, or the setting is unable to meet the child's needs with the "
          "provision described, the setting should contact the SEND Team to request an "
          "early review. Settings should refer to the Lowmoor Ordinarily Available Provision "
          "guidance for further strategies."),
        H("Information sharing"),
        P("The information in this plan will be shared with the professionals and services "
          "named in the plan and with the setting named in section I. Information will be "
          "held securely in line with the Lowmoor Borough Council privacy notice and the UK "
          "General Data Protection Regulation. Parents and young people can ask to see the "
          "information held about them by making a subject access request."),
        H("Your rights"),
        P("If you disagree with any part of this plan you should first contact the SEND "
          "Team. You have the right to appeal to the First-tier Tribunal (SEND) about the "
          "description of your child's special educational needs, the special educational "
          "provision, and the school named in the plan. You must consider mediation before "
          "appealing. The Lowmoor SEND Information, Advice and Support Service can give you "
          "free and impartial advice. Disagreement resolution services are also available."),
    ]))

# --------------------------------------------------------------------------- fin14
# Ashby Fold UA PDF, Reception child under five. Strong holistic content; six-monthly
# review for an under-five is overdue.
PLANS.append(dict(
    stem="fin14_esme_lindqvist", format="pdf", council="Ashby Fold Unitary Authority",
    header="EHC Plan – Esme Lindqvist",
    facts=dict(child_name="Esme Lindqvist", date_of_birth="2022-01-19", year_group=0,
               issued="2025-08-15", last_review="2026-01-22", last_amended="2026-02-12",
               next_review="2026-07-22", nhs_number="9994710362", upn="X926310426011",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=4, outcomes_specific=3, child_voice=3, pfa="NA", review_currency=2,
                provision_specific=3, golden_thread=3, readability=3),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Ashby Fold Unitary Authority – Special Educational Needs and Disabilities Service"),
        KV(("Child's name", "Esme Astrid Lindqvist"), ("Date of birth", "19-Jan-2022"),
           ("NHS number", "999 471 0362"), ("UPN", "X926310426011"),
           ("Current setting", "Rainbow Nursery, Ashby Fold Child Development Centre"),
           ("Setting from September 2026", "Meadowside Primary School (Reception) with "
            "support from the Brookside outreach team"),
           ("Parents", "Anna Lindqvist and Tom Fraser"),
           ("Date EHC plan first finalised", "15-Aug-2025"),
           ("Date of most recent review", "22-Jan-2026 (six-month review)"),
           ("Date plan amended (phase transfer to Reception)", "12-Feb-2026"),
           ("Next review due", "22-Jul-2026"),
           ("SEN Caseworker", "Mark Tennant")),
        *ASHBY_ABOUT,
        H("Section A: The views, interests and aspirations of the child and their parents"),
        S("Esme's views"),
        P("Esme is four. She does not use words yet but she is a clear communicator. Her "
          "nursery key worker, Becky, and her parents watched and recorded what Esme shows us "
          "over two weeks in January 2026. Esme smiles and kicks her legs when she hears her "
          "dad singing, when the bubble tube is switched on and when her big cousin Freya "
          "visits. She turns her head to the left and goes quiet when she wants to listen. She "
          "frowns and cries when she is moved quickly, when there is sudden noise, or when she "
          "is tired. She loves the swing, the water tray (especially warm water on her hands), "
          "and stories with lots of sound effects. She has started to look at a photo of the "
          "swing when she wants to go outside."),
        S("Parents' views"),
        P("Anna and Tom: \"Esme is a joy – she is cheeky and she is determined, and she has "
          "fought hard from the day she was born. We want her to go to our local school with "
          "the children she will grow up with, and for people to see her as Esme, not her "
          "wheelchair. Our hopes for the next year are that she can tell people what she "
          "wants, with her eyes or a switch, that she stays well enough to go to school most "
          "days, and that she has friends. We are worried about her seizures happening at "
          "school, about her feeding, and about how we will cope now Tom is back at work full "
          "time. We need everyone to talk to each other so that we are not the ones "
          "coordinating everything.\""),
        S("How this plan was made"),
        P("The plan was reviewed at a meeting at the Child Development Centre on 22-Jan-2026 "
          "with Anna and Tom, Becky (key worker), the nursery SENCo, the physiotherapist, the "
          "speech and language therapist, the community nurse, the social worker and "
          "Meadowside's SENCo. Esme was there for part of the meeting."),
        H("Section B: Special educational needs"),
        S("Communication"),
        P("Esme has four-limb (quadriplegic) cerebral palsy, which affects her whole body, "
          "including the muscles she uses for speech. She communicates with facial "
          "expression, vocal sounds, body movement and eye pointing. She is beginning to make "
          "a choice between two objects by looking at one of them, on a good day about half "
          "the time. She has started to use a single switch to activate a toy. She needs "
          "time – up to 20 seconds – to respond."),
        S("Learning"),
        P("Esme is working at a very early developmental stage, at around the level expected "
          "of a child of 6-9 months in most areas, though her understanding of familiar "
          "routines and words appears to be higher. She anticipates familiar routines such as "
          "'hello song' and 'drink time' when given an object of reference. She learns "
          "through sensory experiences, repetition and routine."),
        S("Vision"),
        P("Esme has cerebral visual impairment: her eyes are healthy but her brain finds it "
          "hard to process what she sees. She sees best objects that are bright, shiny or "
          "moving, against a plain background, and to her left side. She is supported by the "
          "Ashby Fold Qualified Teacher of Children and Young People with Vision Impairment "
          "(QTVI)."),
        S("Physical"),
        P("Esme cannot sit without support, roll or move herself. She uses a specialist "
          "seating system, a standing frame and a supportive wheelchair. She needs two adults "
          "and a hoist or a safe two-person lift for transfers. She needs full support with "
          "all personal care. She has very limited use of her hands but can swipe at and "
          "press a large switch with her left hand."),
        H("Section C: Health needs related to SEN"),
        UL("Quadriplegic cerebral palsy (GMFCS level V, the level of greatest physical "
           "need). Under Dr Nina Bassi, Consultant Paediatrician (neurodisability), reviewed "
           "every 4 months.",
           "Epilepsy: Esme has focal seizures, usually 2-3 a week, lasting under a minute, "
           "and has had two longer seizures needing rescue medication (buccal midazolam) in "
           "the last year. She takes levetiracetam and clobazam.",
           "Feeding: Esme has a gastrostomy (a feeding tube into her stomach). She has feeds "
           "by pump and bolus feeds and water through the tube during the day. She also "
           "enjoys small tastes of puréed food, following her eating and drinking plan, as "
           "she is at risk of aspiration (food or drink going into her lungs).",
           "Reflux and constipation, managed with daily medication.",
           "Hip surveillance: her hips are X-rayed every 6 months because of the risk of hip "
           "displacement. Her last X-ray (December 2025) showed early changes in her right "
           "hip.",
           "Esme gets tired easily and is more likely to have seizures when she is unwell or "
           "tired. She has had three hospital admissions with chest infections since "
           "August 2025."),
        H("Section D: Social care needs related to SEN"),
        P("A Child and Family Assessment by the Ashby Fold Children with Disabilities Team "
          "(social worker: Grace Mensah, completed November 2025) found that Esme needs care "
          "day and night, including repositioning twice each night, and that her parents "
          "need regular breaks. The house needs adaptations (a ground-floor bedroom and "
          "wet room, a ceiling hoist), which are being assessed by the children's social "
          "care occupational therapist. Esme's parents want her to join community activities "
          "like the local toddler music group but need help to manage the equipment and "
          "feeding when out."),
        P("Esme's parents have also been offered a place on the 'Caring for a child with "
          "complex needs' course run by the Ashby Fold Parent Carer Forum."),
        H("Section E: Outcomes"),
        P("These outcomes are for the end of Esme's Reception year (July 2027), with steps "
          "to be checked at each six-monthly review."),
        T([["Area", "Outcome", "Steps"],
           ["Communication", "By July 2027 Esme will choose between two photos or objects "
            "by eye pointing, to request an activity or snack taste, on 4 out of 5 "
            "opportunities, with familiar adults at school and at home.",
            "Choices between two objects by January 2027."],
           ["Communication", "By July 2027 Esme will use a single switch with a recorded "
            "message to greet her classmates and to say 'more' in a game, at least twice a "
            "day.", "Switch to activate toys independently by December 2026."],
           ["Learning", "Esme will show she is anticipating familiar parts of her school "
            "day when shown an object of reference.", "Uses 5 objects of reference."],
           ["Physical and health", "By July 2027 Esme will tolerate her standing frame for "
            "30 minutes twice a day and her sleep system overnight, to protect her hips.",
            "20 minutes by December 2026."],
           ["Health and wellbeing", "By July 2027 Esme will be well enough to attend school "
            "for at least 85 per cent of sessions, with her seizure and feeding plans followed "
            "by trained staff at every session.", "Attendance checked each half term."],
           ["Friendships and community", "Esme will enjoy taking part in activities in "
            "the community and make friends.",
            "First visits with a parent, autumn 2026."]], widths=[3, 8.5, 5.5]),
        H("Section F: Special educational provision"),
        UL("A trained teaching assistant for Esme 1:1 for all of the school day (32.5 hours "
           "per week), trained in moving and handling, seizure management and gastrostomy "
           "care, with a second trained adult available for all transfers.",
           "Speech and language therapy programme (eye pointing, switch use, objects of "
           "reference): set by the speech and language therapist (HCPC registered), who "
           "visits school every 3 weeks for 1 hour; practised by the teaching assistant "
           "3 x 15 minutes daily.",
           "Communication aids: a switch-accessed communication device and photo choice "
           "boards, provided by the Ashby Fold Assistive Technology Service.",
           "QTVI visits once every half term to advise staff and adapt Esme's learning "
           "environment; resources adapted for cerebral visual impairment in every session.",
           "Physiotherapy positioning programme (standing frame, side-lying, seating) "
           "delivered by trained school staff daily, following a written timetable.",
           "Early Years outreach from Brookside School (specialist teacher) once a "
           "fortnight during Reception.",
           "Sensory curriculum and access to a quiet, low-stimulus area as required.",
           "Transition to Reception: at least 4 visits in summer term 2026, a home visit by "
           "the class teacher, and a transition meeting with all professionals."),
        H("Section G: Health provision"),
        UL("Paediatric neurodisability review every 4 months (Dr Bassi).",
           "Physiotherapy: review in school every 6 weeks, hip surveillance X-rays every 6 "
           "months, orthotics and equipment reviews by the Children's Physiotherapy Service.",
           "Speech and language therapy for eating and drinking: eating and drinking plan "
           "reviewed every 3 months.",
           "Community children's nursing team: individual healthcare plan for epilepsy and "
           "gastrostomy, and training of named school staff, before Esme starts school and "
           "every 12 months.",
           "Paediatric dietitian review every 3 months.",
           "Wheelchair service review as required."),
        H("Section H1: Social care provision under s2 CSDPA 1970"),
        UL("Home-based short breaks: a trained carer for 4 hours each week so that Esme's "
           "parents can have a break.",
           "Support worker for community activities (music group): 2 hours per week, "
           "term time.",
           "Home adaptations and equipment (ceiling hoist, wet room) following the "
           "occupational therapy assessment."),
        H("Section H2: Other social care provision"),
        P("Allocated social worker under a child in need plan, with a review every 3 months. "
          "Referral to the Ashby Fold Carers' Centre for Anna and Tom."),
        H("Section I: Placement"),
        P("Rainbow Nursery, Ashby Fold Child Development Centre, until July 2026. From "
          "September 2026: Meadowside Primary School (mainstream) – Reception."),
        H("Section J: Personal budget"),
        P("Esme's parents have a direct payment for the community support worker in H1 "
          "(£1,690 per year)."),
        H("Section K: Advice and information"),
        T([["Advice", "Provided by", "Date"],
           ["Parental advice", "Anna Lindqvist and Tom Fraser", "05-Jan-2026"],
           ["Observations of Esme's views", "Becky Holt, key worker", "16-Jan-2026"],
           ["Early years setting report", "Rainbow Nursery SENCo", "14-Jan-2026"],
           ["Paediatric advice", "Dr N. Bassi", "09-Dec-2025"],
           ["Physiotherapy advice", "Children's Physiotherapy Service", "08-Jan-2026"],
           ["Speech and language therapy advice", "Ashby Fold SLT", "12-Jan-2026"],
           ["QTVI advice", "Vision Support Service", "10-Jan-2026"],
           ["Child and Family Assessment", "G. Mensah, Social Worker", "21-Nov-2025"]],
          widths=[7, 6.5, 3.5]),
        *ASHBY_RIGHTS,
        P("Issued by: Mark Tennant, SEN Caseworker, Ashby Fold Unitary Authority."),
    ]))
