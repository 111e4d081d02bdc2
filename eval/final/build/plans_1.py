"""Plans fin01-fin05 (text + true facts + expert grades)."""
from common import P, H, S, UL, T, KV, SEC, TITLE, NOTE, PB, ASHBY_ABOUT, ASHBY_RIGHTS, HARROW_NOTES

PLANS = []

# --------------------------------------------------------------------------- fin01
# Kingsmere MBC, Word tables with the section letter in a narrow first column. Exemplary.
PLANS.append(dict(
    stem="fin01_aisha_rahman", format="docx", council="Kingsmere Metropolitan Borough Council",
    header="Kingsmere Metropolitan Borough Council – SEND Assessment and Review Team",
    facts=dict(child_name="Aisha Rahman", date_of_birth="2019-11-14", year_group=2,
               issued="2023-03-10", last_review="2026-06-18", last_amended="2026-07-24",
               next_review="2027-06-17", nhs_number="9991203451", upn="G884211425017",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=4, outcomes_specific=4, child_voice=4, pfa="NA", review_currency=4,
                provision_specific=4, golden_thread=4, readability=4),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Kingsmere Metropolitan Borough Council. Children and Families Act 2014, section 37."),
        KV(("Name", "Aisha Rahman"), ("Preferred name", "Aisha"),
           ("Date of birth", "14/11/2019"), ("NHS number", "999 120 3451"),
           ("Unique pupil number", "G884211425017"),
           ("Year group", "Year 2 (Key Stage 1)"),
           ("Home language", "English and Bengali (Sylheti)"),
           ("Parents", "Nasima Rahman and Jamal Rahman"),
           ("EHC co-ordinator", "Rachel Okafor, SEND Officer, 0161 496 0731"),
           ("Plan first issued", "10/03/2023"),
           ("Date of last annual review", "18/06/2026"),
           ("Date this plan was amended and finalised", "24/07/2026"),
           ("Next annual review due by", "17/06/2027")),
        P("This plan was written with Aisha and her parents. Where we say 'we' in section A, "
          "this is Aisha's family speaking. Words in Aisha's section are her own, collected by "
          "her teacher and her speech and language therapist using pictures, her talking book "
          "and a visit to her home on 2nd June 2026."),
        SEC("A", "Views, interests and aspirations of Aisha and her parents",
            S("About me, in my words"),
            P("\"My name is Aisha. I am six. I like trains, the colour yellow and my cat Biscuit. "
              "I like swimming on Saturday with Abba. I like the quiet room at school because it "
              "is not loud. I do not like the hand dryers. They hurt my ears.\""),
            P("\"I am good at counting and I know all the train stations to Kingsmere Central. "
              "Mrs Hart says I am a brilliant reader. I want to have a friend to play trains "
              "with at playtime. When I am big I want to drive a train.\""),
            P("\"It helps me when grown-ups show me the pictures of what is next. It helps me "
              "when I have my ear defenders. I feel cross when my tummy hurts.\""),
            S("What we (Aisha's parents) want people to know"),
            P("Aisha is funny, loving and very determined. She notices details other people miss "
              "and she remembers routes and timetables perfectly. She is happiest when she knows "
              "what is going to happen. At home she talks to us in short sentences in English and "
              "understands a lot of Sylheti from her grandmother, who lives with us."),
            P("Our biggest hopes are that Aisha has a real friend, that she can tell us when "
              "something is wrong instead of getting upset, and that she can sleep through the "
              "night so that the whole family is less tired. We would also like her to be able to "
              "go to the local park and the swimming pool without it ending in a meltdown. In "
              "the long term we want her to be independent and to do a job she loves. She has "
              "talked about trains since she was two."),
            S("How Aisha's views were gathered"),
            P("Aisha chose photographs and symbols on a 'Talking Mat' with Ms Dale, her speech and "
              "language therapist, on 2nd June 2026. Her class teacher recorded what she said "
              "during choosing time over two weeks. Her parents and grandmother met the EHC "
              "co-ordinator at home. Aisha attended the first ten minutes of her review meeting "
              "on 18th June 2026 and showed her train book. Her parents agreed the wording of "
              "this plan on 20th July 2026.")),
        SEC("B", "Aisha's special educational needs",
            S("Communication and interaction"),
            P("Aisha was diagnosed with autism by the Kingsmere Child Development Centre on "
              "5th February 2024. She speaks in sentences of three to five words and can answer "
              "'what' and 'where' questions about things she can see. She finds 'why' and 'how' "
              "questions hard, and she often repeats the last words she hears when she is not "
              "sure (this is called echolalia). She understands instructions with two key parts "
              "when they are given with a picture, but may miss longer spoken instructions given "
              "to the whole class. She rarely starts a conversation with other children, although "
              "she watches them closely and wants to join in."),
            S("Cognition and learning"),
            P("Aisha's reading of words is at the level expected for Year 2 and her number skills "
              "are a strength: she counts reliably to 100 and can add within 20. Her understanding "
              "of stories is weaker than her word reading. She finds it hard to write more than one "
              "sentence because of her hand control and because she is unsure what to say."),
            S("Social, emotional and mental health"),
            P("Aisha becomes anxious when routines change without warning. When anxious she "
              "covers her ears, hides under a table or runs from the classroom. In the summer term "
              "2026 this happened on average three times a week, down from daily in autumn 2025. "
              "She calms quickly with a familiar adult, her ear defenders and her train book."),
            S("Sensory and physical"),
            P("An occupational therapy assessment (Mr Patel, 14th March 2026) found that Aisha is "
              "very sensitive to loud and sudden noise and seeks movement, for example spinning and "
              "jumping. Her pencil grip is immature and she tires quickly when writing. She can "
              "dress herself except for buttons and shoelaces.")),
        SEC("C", "Aisha's health needs related to her special educational needs",
            P("Autism: Aisha is under the care of Dr Helen Marsh, Consultant Community "
              "Paediatrician, Kingsmere Child Development Centre, who reviews her every six months "
              "(last seen 11th May 2026)."),
            P("Sleep: Aisha takes a long time to fall asleep and wakes two or three times a night. "
              "Dr Marsh prescribed melatonin (2 mg at 6.30pm) in January 2026. Her parents report "
              "she now falls asleep within 45 minutes on most nights but still wakes at night. Poor "
              "sleep makes her more anxious and less able to concentrate at school the next day."),
            P("Constipation: Aisha has long-standing constipation, managed with a daily laxative "
              "(Movicol Paediatric, one sachet each morning) prescribed by her GP. Tummy pain is a "
              "common reason for her distress in the afternoons. She is toilet trained but needs "
              "reminders to use the toilet and will avoid toilets with loud hand dryers."),
            P("Eating: Aisha eats a limited range of foods (about 12 foods, mostly dry and beige). "
              "Her weight and growth are within the normal range and are monitored by Dr Marsh.")),
        SEC("D", "Aisha's social care needs related to her special educational needs",
            P("Aisha's parents provide a high level of care at night and during the day at "
              "weekends. Mrs Rahman has reduced her working hours to manage Aisha's needs. Aisha "
              "cannot yet go to community activities such as holiday clubs without an adult who "
              "knows her well. A Short Breaks assessment by the Disabled Children's Team (Tom "
              "Briggs, Social Worker, 3rd April 2026) found that the family needs regular breaks "
              "from caring and that Aisha needs help to take part in activities with other "
              "children outside school. Aisha's older brother Zayn (10) is a young carer and has "
              "been referred to Kingsmere Young Carers.")),
        SEC("E", "Outcomes for Aisha",
            P("These outcomes run to the end of Key Stage 1 (July 2027). Each has steps that the "
              "school will check at the end of every term. The outcome number is used in sections "
              "F, G and H so you can see what support goes with each outcome."),
            T([["Ref", "Outcome by July 2027", "Steps towards it (checked termly)"],
               ["E1 Communication", "Aisha will ask a friend or adult for help or for something "
                "she wants, using a sentence of five or more words, on 4 out of 5 observed "
                "occasions in class and at playtime.",
                "December 2026: asks familiar adults using her visual prompt card. April 2027: asks "
                "familiar adults without the card. July 2027: asks children and adults."],
               ["E2 Friendships (Aisha's wish to have a friend to play trains with)",
                "Aisha will play a turn-taking game or train game with one or two chosen "
                "classmates for 10 minutes, at least three playtimes a week, with an adult "
                "nearby but not joining in.",
                "Lunch club with adult leading (autumn); adult steps back (spring); playtime "
                "(summer)."],
               ["E3 Understanding", "Aisha will answer 'why' and 'how' questions about a story she "
                "has read, using a picture prompt, correctly on 3 out of 4 questions.",
                "'Why' with pictures by December 2026; 'how' by April 2027."],
               ["E4 Writing", "Aisha will write three linked sentences independently using a "
                "sentence planner and a writing slope, without needing a break.",
                "Two sentences with planner by April 2027."],
               ["E5 Managing feelings", "When she feels anxious, Aisha will use her 'I need a "
                "break' card and go to the quiet room, instead of running, on 8 out of 10 "
                "occasions recorded by staff.",
                "Leaving the room reduced to once a week by December 2026."],
               ["E6 Health – toileting and comfort", "Aisha will use the school toilet at the "
                "two planned times each day with one reminder and will tell an adult when she has "
                "tummy pain, using her body picture, by July 2027.",
                "Uses toilet with reminder daily by December 2026."],
               ["E7 Sleep", "Aisha will fall asleep within 30 minutes and sleep through the night "
                "on at least 4 nights a week, as recorded in her family's sleep diary, by March "
                "2027.", "Bedtime routine in place by November 2026; review with Dr Marsh."],
               ["E8 Independence and community", "Aisha will take part in a weekly Saturday "
                "activity (swimming or trains club) with a support worker for one hour without "
                "needing to leave early, on 3 out of 4 weeks, by July 2027.",
                "Visits with parent present (autumn); support worker alone (spring)."]],
              widths=[3.2, 6.5, 6.5])),
        SEC("F", "Special educational provision",
            P("All provision is delivered at Holly Lane Primary School and is reviewed half-termly "
              "by the SENCo, Mrs Judith Ames, with Aisha's parents."),
            T([["Provision", "Who and how much", "Outcome"],
               ["Speech and language therapy programme focused on asking for help and 'why/how' "
                "questions", "Direct therapy by a Highly Specialist Speech and Language Therapist: "
                "6 sessions of 45 minutes per term. Programme then delivered by a teaching assistant "
                "trained by the therapist: 3 x 20 minutes 1:1 each week.", "E1, E3"],
               ["Lunch club and structured play (trains/turn-taking games)",
                "Teaching assistant with autism training: 4 lunchtimes a week, 20 minutes, group of "
                "Aisha plus 2-3 peers.", "E2"],
               ["Visual timetable, 'now and next' board and warning before any change",
                "Class teacher and teaching assistant, all day every day; changes to routine shared "
                "with parents the day before by text.", "E5"],
               ["Zones of Regulation programme and a quiet room with her ear defenders",
                "Teaching assistant: 2 x 15 minutes 1:1 weekly; quiet room available throughout "
                "the day.", "E5"],
               ["Fine motor and handwriting programme from the occupational therapist, writing "
                "slope and chunky pencil", "Teaching assistant: 4 x 15 minutes weekly; OT reviews "
                "programme once a term.", "E4"],
               ["Reading comprehension with pictures (small group of four)",
                "Class teacher: 3 x 20 minutes weekly.", "E3"],
               ["Adult support in class", "A trained teaching assistant for 20 hours per week "
                "across the school day, shared with one other pupil in lessons, 1:1 at "
                "transitions and unstructured times.", "E1-E6"],
               ["Planned toilet times (10.15am and 1.30pm) and access to the staff toilet without "
                "a hand dryer", "Teaching assistant, daily.", "E6"]],
              widths=[6.5, 7.0, 2.5])),
        SEC("G", "Health provision",
            T([["Provision", "Who and how much", "Outcome"],
               ["Paediatric review of autism, sleep, eating and growth",
                "Dr Helen Marsh, Consultant Community Paediatrician: every 6 months at the Child "
                "Development Centre.", "E6, E7"],
               ["Melatonin 2 mg at 6.30pm and daily laxative", "Prescribed by Dr Marsh and GP; "
                "given at home by parents. School does not give medication.", "E6, E7"],
               ["Sleep support programme (6 weekly sessions for parents)",
                "Kingsmere Children's Sleep Service, Band 6 sleep practitioner, from October 2026.",
                "E7"],
               ["Continence review", "School nurse (Specialist Community Public Health Nurse): one "
                "visit per term to update the toileting plan with school and parents.", "E6"]],
              widths=[6.5, 7.0, 2.5])),
        SEC("H1", "Social care provision under section 2 of the Chronically Sick and Disabled "
            "Persons Act 1970",
            T([["Provision", "Who and how much", "Outcome"],
               ["Community support worker to help Aisha take part in swimming or trains club",
                "Kingsmere Short Breaks Service, trained support worker: 3 hours every Saturday "
                "during term time (39 weeks).", "E8"],
               ["Holiday short breaks", "Oak Tree Holiday Club (inclusive play scheme) with 1:1 "
                "support: 10 days per year.", "E8"]],
              widths=[6.5, 7.0, 2.5])),
        SEC("H2", "Other social care provision",
            P("Young carers support for Aisha's brother Zayn from Kingsmere Young Carers: a "
              "fortnightly group and a named worker (referral accepted 20th April 2026). Parent "
              "carer workshops on sleep and anxiety (EarlyBird Plus, 8 sessions, autumn 2026).")),
        SEC("I", "Placement",
            P("Holly Lane Primary School, Kingsmere (mainstream community primary school).")),
        SEC("J", "Personal budget",
            P("Aisha's parents have chosen a direct payment for the H1 Saturday support worker, "
              "£2,340 per year, so that they can employ a worker Aisha already knows. No other "
              "personal budget has been requested.")),
        SEC("K", "Advice and information",
            T([["Advice", "Author", "Date"],
               ["Parental advice", "Nasima and Jamal Rahman", "01/06/2026"],
               ["Aisha's views (Talking Mat)", "Aisha, with Ms Lucy Dale, SLT", "02/06/2026"],
               ["Educational advice", "Mrs Judith Ames, SENCo, Holly Lane Primary", "04/06/2026"],
               ["Educational psychology advice", "Dr Simon Fenwick, Educational Psychologist",
                "21/04/2026"],
               ["Speech and language therapy advice", "Ms Lucy Dale, Highly Specialist SLT",
                "28/05/2026"],
               ["Occupational therapy advice", "Mr Arjun Patel, Paediatric Occupational Therapist",
                "14/03/2026"],
               ["Medical advice", "Dr Helen Marsh, Consultant Community Paediatrician",
                "11/05/2026"],
               ["Social care advice (Short Breaks assessment)", "Tom Briggs, Social Worker",
                "03/04/2026"],
               ["Annual review report", "Holly Lane Primary School", "18/06/2026"]],
              widths=[7.0, 6.5, 3.0])),
        H("Review history", 2),
        T([["Event", "Date", "Decision"],
           ["Plan first issued", "10 March 2023", "—"],
           ["Annual review", "14 March 2024", "Amended (diagnosis of autism added) 22 April 2024"],
           ["Annual review", "12 June 2025", "Amended 15 July 2025"],
           ["Annual review", "18 June 2026", "Amended; final plan issued 24 July 2026"]]),
        P("Signed on behalf of Kingsmere Metropolitan Borough Council: Rachel Okafor, SEND "
          "Officer, 24th July 2026. Parents' agreement to the final wording recorded on "
          "20th July 2026."),
    ]))

# --------------------------------------------------------------------------- fin02
# Dunmarsh CC, "Section A - All about me" with child-friendly subheadings. Year 11 on the audit date. Good.
PLANS.append(dict(
    stem="fin02_callum_petrie", format="docx", council="Dunmarsh County Council",
    header="Dunmarsh County Council | Education, Health and Care Plan | OFFICIAL-SENSITIVE",
    facts=dict(child_name="Callum Petrie", date_of_birth="2011-02-09", year_group=11,
               issued="2021-11-05", last_review="2026-03-12", last_amended="2026-04-20",
               next_review="2027-03-11", nhs_number="9992345616", upn="M371340215103",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=3, outcomes_specific=3, child_voice=4, pfa=3, review_currency=4,
                provision_specific=3, golden_thread=3, readability=4),
    body=[
        TITLE("Dunmarsh County Council – Education, Health and Care Plan"),
        T([["Personal details", ""],
           ["Full name", "Callum James Petrie"],
           ["Date of birth", "9th February 2011"],
           ["NHS No.", "999 234 5616"],
           ["UPN", "M371340215103"],
           ["School and year", "Fernbrook Academy, Year 10"],
           ["Lives with", "Mum (Karen Petrie), stepdad (Lee Walsh) and sister Ellie (9)"],
           ["Plan originally issued", "5th November 2021"],
           ["Most recent annual review meeting", "12th March 2026"],
           ["This version issued (amended following review)", "20th April 2026"],
           ["Next review meeting by", "11th March 2027"],
           ["Case officer", "Daniel Hughes, SEND Case Officer"]], widths=[6, 10.5]),
        H("Section A - All about me"),
        NOTE("Callum wrote most of this section himself with his key worker, Mr Lowe, over two "
             "sessions in February 2026. He typed it and asked for it to be kept as he wrote it."),
        S("What people like and admire about me"),
        P("\"People say I'm funny and that I'm good with my hands. My mum says I'm kind to my "
          "little sister and I never give up on a job until it's done. Mr Lowe says I'm the best "
          "in the group at fixing things. My grandad says I'm the only one who listens to his "
          "stories about engines.\""),
        S("What is important to me"),
        P("\"Going to my grandad's garage on Saturdays. He is teaching me to strip down a "
          "motorbike engine. My mates from football. My phone, because it reminds me about my "
          "insulin. Getting my exams so I can go to Dunmarsh College and do motor vehicle. Not "
          "being treated like a baby in front of everyone.\""),
        S("My hopes and dreams for the future"),
        P("\"I want to be a motorbike mechanic and one day have my own garage like grandad. I "
          "want to get a job on Saturdays next year. When I'm older I want my own flat and to "
          "get my bike licence. I want to get the bus to college on my own.\""),
        S("What I find hard"),
        P("\"Writing a lot. My handwriting is messy and slow and it hurts my hand. Reading long "
          "questions in tests. PE when we do catching and stuff. Sometimes I get really wound up "
          "before exams and I can't sleep. Remembering to check my blood sugar at school, because "
          "I don't want people looking.\""),
        S("How best to support me"),
        P("\"Let me use my laptop. Give me the question read out or on a pen. Don't make a big "
          "deal of it when I go to the medical room. Tell me what I'm doing well, not just what "
          "I did wrong. Let me do practical stuff because that's how I learn best.\""),
        S("What my family say"),
        P("Karen (mum): \"Callum has come such a long way since Year 7. He is happier, he has "
          "proper friends and he is starting to take charge of his diabetes. We worry about "
          "exams and about how he'll manage at college and when he leaves home. We'd like him to "
          "be able to cook a few meals and handle his own money and appointments. We want "
          "college to be properly planned this time, not at the last minute.\""),
        P("Lee (stepdad): \"He's brilliant with the bikes. If he can get the qualifications "
          "he'll fly.\""),
        S("How this plan was put together"),
        P("Callum, his mum and stepdad, Mr Lowe (key worker), Mrs Shah (SENCo), Nurse Bailey "
          "(children's diabetes nurse) and Daniel Hughes met on 12th March 2026. Callum chaired "
          "the first part of the meeting using a slide show he had made. The draft was sent to "
          "the family on 26th March 2026 and Callum and his mum agreed the changes by email on "
          "8th April 2026."),
        P("Callum's grandad, Jim Petrie, also sent a note: \"The lad has a real feel for "
          "engines. Give him a job to do with his hands and he'll stick at it all day.\""),
        H("Section B - My special educational needs"),
        S("Cognition and learning"),
        P("Callum has a specific learning difficulty (dyslexia), identified by the Dunmarsh "
          "Specialist Teacher Service in 2020. His reading age is 11 years 4 months (tested "
          "January 2026) and his spelling age is 10 years 2 months. His verbal reasoning is in "
          "the average range and he understands complex ideas when they are explained "
          "practically or shown. Reading long exam questions and writing extended answers are "
          "his main barriers. His processing speed is below average, which means he needs more "
          "time to finish written work."),
        S("Physical and sensory"),
        P("Callum has Developmental Coordination Disorder (DCD, sometimes called dyspraxia), "
          "diagnosed by the community paediatrician in 2019. His handwriting is slow (about 9 "
          "words per minute) and becomes hard to read after ten minutes. He finds ball skills "
          "and fast-moving team games hard. He is very capable with hands-on, practical tasks "
          "that he can do at his own pace."),
        S("Social, emotional and mental health"),
        P("Callum feels anxious before tests and when he thinks he might be singled out. He has "
          "had difficulty sleeping in the run-up to exams. He has a strong friendship group and "
          "talks openly with Mr Lowe. He has not needed specialist mental health support."),
        S("Progress since the last review"),
        P("Since his review in March 2025 Callum has moved from a reading age of 10 years 6 "
          "months to 11 years 4 months. He now types at 28 words per minute, which is faster "
          "than his handwriting, and he uses his laptop in every lesson without being reminded. "
          "His teachers report that his practical work in Engineering and Design Technology is "
          "among the best in his year group. His attendance for 2025-26 was 94 percent. He has "
          "attended every meeting about his plan and has spoken up for himself in each one."),
        S("What works well for Callum"),
        P("Callum learns best when tasks are practical, broken into steps and shown before he is "
          "asked to try. He responds well to short, specific praise and to adults who speak to "
          "him privately rather than in front of the class. He uses a reading pen confidently. "
          "He is more relaxed when he knows about changes, such as supply teachers or room "
          "moves, in advance. Exam pressure in Year 11 is likely to increase his anxiety, so "
          "the plan has been amended to add preparation for mock exams in December 2026."),
        H("Section C - My health needs"),
        P("Type 1 diabetes: Callum was diagnosed with Type 1 diabetes in 2022. He uses an "
          "insulin pump and a continuous glucose monitor that sends readings to his phone. He is "
          "cared for by the Dunmarsh Children's Diabetes Team (Dr Ruth Evans, consultant, and "
          "Nurse Amy Bailey, Paediatric Diabetes Specialist Nurse). Low blood sugar (a 'hypo') "
          "affects his concentration and can happen in PE or before lunch. Callum can give his "
          "own insulin but sometimes ignores alerts in lessons because he does not want to be "
          "seen checking. His HbA1c (average blood sugar) was 62 mmol/mol in January 2026; the "
          "team's target is below 58."),
        P("Developmental Coordination Disorder: see section B. Callum was discharged from "
          "children's occupational therapy in 2023 with a programme for school. He does not "
          "currently need physiotherapy."),
        H("Section D - My social care needs"),
        P("Callum is not known to children's social care and his family have not asked for an "
          "assessment. His family say they manage well. The Dunmarsh Preparing for Adulthood "
          "team will be told about Callum in Year 11 so that they can offer advice about "
          "travel, money and independent living."),
        H("Section E - My outcomes"),
        P("Outcomes are grouped by what Callum wants for his future. They are set for the end "
          "of Year 11 (July 2027) unless stated."),
        S("Employment and further education"),
        T([["No.", "Outcome", "How we'll know / steps"],
           ["1", "By July 2027 Callum will achieve at least grade 4 in English and maths GCSE "
            "and a Level 2 in Engineering, so that he can start the Level 2 Motor Vehicle "
            "course at Dunmarsh College in September 2027.",
            "Mock exams December 2026 at grade 3 or above; college application submitted by "
            "January 2027."],
           ["2", "By July 2027 Callum will write a one-page answer to an exam question using "
            "his laptop and a planning frame within the time allowed (with 25% extra time).",
            "Timed practice each half term; SENCo records results."],
           ["3", "By December 2026 Callum will have completed one week of work experience at "
            "a garage or motorbike workshop and will have a Saturday job or volunteering role "
            "by summer 2027.", "Careers adviser meeting autumn 2026."]], widths=[1.2, 9, 6.3]),
        S("Independent living"),
        T([["No.", "Outcome", "How we'll know / steps"],
           ["5", "By July 2027 Callum will travel on the 42 bus to Dunmarsh College on his own "
            "and will have made the journey at least five times.", "Travel training in "
            "summer term 2027."],
           ["6", "Callum will learn to cook some simple meals at home.", "Parents will help."]],
          widths=[1.2, 9, 6.3]),
        S("Friends, relationships and community"),
        T([["No.", "Outcome", "How we'll know / steps"],
           ["7", "Callum will take part in more activities outside school and keep his "
            "friendships.", "Youth Motorcycle Project."]],
          widths=[1.2, 9, 6.3]),
        S("Being healthy"),
        T([["No.", "Outcome", "How we'll know / steps"],
           ["4", "By July 2027 Callum will check his glucose monitor and respond to alerts "
            "himself in lessons, without a prompt from staff, on 9 out of 10 school days, as "
            "shown by the diabetes team's download.", "Discreet agreed signal with teachers from "
            "April 2026."],
           ["8", "Callum will keep himself healthy and manage his diabetes well as he gets "
            "older.", "Diabetes clinic."]], widths=[1.2, 9, 6.3]),
        H("Section F - Special educational provision"),
        T([["Support", "Who", "How much / how often"],
           ["Literacy intervention (precision teaching for spelling and reading "
            "fluency)", "Specialist dyslexia teacher (holds Level 5 qualification)",
            "2 x 40 minutes per week, 1:1, until July 2027"],
           ["Touch-typing and laptop for all extended writing, with speech-to-text and "
            "text-to-speech software", "ICT technician sets up; subject teachers",
            "Every lesson; typing programme 3 x 15 minutes weekly"],
           ["Exam access arrangements: 25% extra time, reader (or reading pen), word "
            "processor, separate room", "Exams officer and SENCo",
            "All internal and external exams"],
           ["Planning frames and key vocabulary sheets for each GCSE subject",
            "Subject teachers, checked by SENCo", "Every unit of work"],
           ["Key worker check-in about worries, exams and work experience",
            "Mr Lowe, learning mentor", "Weekly, 20 minutes"],
           ["Careers guidance and college transition planning", "Level 6 qualified careers "
            "adviser", "Three 1:1 meetings in Year 10 and 11; college visit with parent"],
           ["Travel training to Dunmarsh College", "Dunmarsh Travel Training Team",
            "Up to 10 sessions in summer term 2027"],
           ["Access to a quiet space before exams", "Pastoral team", "When needed"],
           ["PE adapted for coordination difficulties", "PE department", "As appropriate"]],
          widths=[7, 4.5, 5]),
        H("Section G - Health provision"),
        T([["Support", "Who", "How much / how often"],
           ["Individual Healthcare Plan for diabetes, written with school and Callum",
            "Paediatric Diabetes Specialist Nurse, Nurse Amy Bailey",
            "Reviewed every September and after any change of pump settings"],
           ["Training for named school staff on hypo treatment and the pump",
            "Nurse Amy Bailey", "Annually each September, plus new staff"],
           ["Diabetes clinic (glucose download, HbA1c, growth)",
            "Dr Ruth Evans and the Children's Diabetes Team", "Every 3 months"],
           ["Transition to the young adult diabetes clinic", "Children's Diabetes Team",
            "Joint clinic from age 16 (from February 2027)"]], widths=[7, 4.5, 5]),
        H("Section H1 - Social care provision (CSDPA 1970 s.2)"),
        P("None. Callum has no assessed social care needs (see section D)."),
        H("Section H2 - Other social care provision"),
        P("None."),
        H("Section I - Placement"),
        P("Fernbrook Academy (mainstream secondary academy), to July 2027. The phase transfer "
          "review for post-16 will be held in the autumn term of Year 11 so that the plan naming "
          "Callum's college placement can be finalised by 31st March 2027. Callum's first "
          "preference is the Level 2 Motor Vehicle course at Dunmarsh College, Riverside "
          "campus."),
        H("Section J - Personal budget"),
        P("A personal budget has not been requested."),
        H("Section K - Advice and information"),
        UL("Callum's views – typed by Callum, 20th February 2026",
           "Parents' views – Karen Petrie and Lee Walsh, 2nd March 2026",
           "Annual review report – Mrs N. Shah, SENCo, Fernbrook Academy, 12th March 2026",
           "Specialist teacher report (dyslexia) – Mrs P. Greaves, 28th January 2026",
           "Health advice – Nurse Amy Bailey, Paediatric Diabetes Specialist Nurse, 4th March 2026",
           "Careers guidance record – Mr O. Ndlovu, careers adviser, 27th February 2026",
           "Occupational therapy discharge report – 15th June 2023"),
        H("Changes made after the review on 12th March 2026"),
        UL("Section B updated with new reading and spelling ages and typing speed.",
           "Outcomes for Year 11 written with Callum, including travel, cooking, community and "
           "diabetes outcomes he asked for.",
           "Careers guidance, work experience and travel training added to section F.",
           "Transition to the young adult diabetes clinic added to section G."),
        P("Plan issued by Daniel Hughes, SEND Case Officer, on behalf of Dunmarsh County "
          "Council, 20th April 2026."),
    ]))

# --------------------------------------------------------------------------- fin03
# Ashby Fold UA, PDF exported from Word with repeated header. Year 4. Education-heavy,
# C/D/G/H boilerplate although B and K show ADHD, medication, CAMHS, Early Help. Stale.
PLANS.append(dict(
    stem="fin03_maisie_holloway", format="pdf", council="Ashby Fold Unitary Authority",
    header="EHC Plan – Maisie Holloway",
    facts=dict(child_name="Maisie Holloway", date_of_birth="2018-06-21", year_group=4,
               issued="2022-09-14", last_review="2024-05-09", last_amended="2024-06-20",
               next_review="2025-05-09", nhs_number="9993018740", upn="Y919520119022",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=1, outcomes_specific=1, child_voice=2, pfa="NA", review_currency=1,
                provision_specific=2, golden_thread=2, readability=3),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Ashby Fold Unitary Authority – Special Educational Needs and Disabilities Service"),
        KV(("Child's name", "Maisie Holloway"), ("Date of birth", "21-Jun-2018"),
           ("NHS number", "9993018740"), ("UPN", "Y919520119022"),
           ("Current school", "St Anselm's CE Primary School"),
           ("Year group", "Year 2"),
           ("Parent/carer", "Ms Donna Holloway (mother)"),
           ("Date EHC plan finalised", "14-Sep-2022"),
           ("Date plan last amended", "20-Jun-2024"),
           ("Date of most recent annual review", "09-May-2024"),
           ("Next annual review due", "09-May-2025"),
           ("SEN Caseworker", "Mark Tennant")),
        *ASHBY_ABOUT,
        H("Section A: The views, interests and aspirations of the child and their parents"),
        S("Child's views"),
        P("Maisie likes drawing, horses and playing on the tablet. She said she likes her "
          "teacher and she likes golden time. She does not like writing. Maisie was not able to "
          "attend the review meeting."),
        S("Parent's views"),
        P("Mum feels that Maisie needs a lot of support in school and at home. Mum would like "
          "Maisie to be happy and to do well at school. Mum is concerned about Maisie's "
          "behaviour at home and her sleep. Mum would like more help."),
        S("Aspirations"),
        P("For Maisie to reach her full potential."),
        H("Section B: Special educational needs"),
        S("Cognition and learning"),
        P("Maisie is working significantly below age-related expectations in reading, writing "
          "and maths. On the most recent assessment (March 2024) Maisie was working at the "
          "level expected for the beginning of Year 1 in reading and the end of Reception in "
          "writing. She knows 32 of the 44 phonemes and can blend CVC words but struggles to "
          "segment words for spelling. Her handwriting is large and poorly formed and she does "
          "not always leave spaces between words. She can count reliably to 20 and recognises "
          "numbers to 50 but has difficulty with number bonds and place value. She relies on "
          "concrete apparatus for addition and subtraction."),
        P("Maisie has difficulty retaining new learning and needs a high level of repetition "
          "and overlearning. Her working memory is weak (EP assessment, BAS3, working memory "
          "below the 5th centile) and she often forgets multi-step instructions. She has "
          "difficulties with attention and concentration and is easily distracted by noise and "
          "movement in the classroom. She can attend to an adult-led task for around 3 to 4 "
          "minutes before needing redirection."),
        S("Communication and interaction"),
        P("Maisie has good expressive language for everyday conversation but her understanding "
          "of vocabulary is below that expected for her age (BPVS standard score 81). She can "
          "find it hard to understand instructions given to the whole class and will often "
          "copy what other children are doing. She can talk about her own experiences but finds "
          "it harder to sequence events or retell a story."),
        S("Social, emotional and mental health"),
        P("Maisie has a diagnosis of ADHD (combined type), made by Dr Kapoor, Community "
          "Paediatrician, in January 2024. She has started medication (methylphenidate) which "
          "Mum reports has helped in the mornings. Maisie can be impulsive and finds it hard to "
          "wait her turn. She sometimes calls out, leaves her seat and touches other children's "
          "things, which can lead to fallings-out at playtime. When she is upset she can shout, "
          "throw equipment or refuse to follow instructions. Staff have noticed that Maisie is "
          "more unsettled on Monday mornings and after contact weekends with her father."),
        P("Maisie has been referred to CAMHS by the paediatrician because of concerns about "
          "anxiety and low self-esteem; she has said 'I'm stupid' and 'nobody likes me' in "
          "school. The family are supported by the Early Help team (lead professional Sarah "
          "Quinn, Family Support Worker) and Mum has said she is struggling to manage Maisie's "
          "behaviour and sleep at home. Maisie was previously known to children's social care "
          "under a child in need plan, which closed in 2023."),
        S("Sensory and/or physical needs"),
        P("Maisie has poor fine motor control and finds it difficult to use scissors and to "
          "form letters correctly. She seeks movement and often rocks on her chair or fiddles "
          "with objects. No occupational therapy assessment has been completed."),
        S("Summary of educational psychology advice (June 2022)"),
        P("The educational psychologist observed Maisie in class and assessed her using the "
          "British Ability Scales (BAS3). Her verbal and non-verbal reasoning scores were in the "
          "below average range and her working memory and processing speed were well below "
          "average. The EP concluded that Maisie has general learning difficulties alongside "
          "significant difficulties with attention. She recommended a structured, multi-sensory "
          "approach to literacy, the use of visual timetables, reducing the amount of verbal "
          "information given at one time, frequent praise and a consistent approach to "
          "behaviour between home and school. She also recommended that school seek advice "
          "from the paediatrician regarding attention, and that an occupational therapy "
          "assessment be considered."),
        S("Strengths"),
        P("Maisie is a friendly, sociable girl who enjoys the company of adults. She is "
          "creative and enjoys drawing and colouring, and will spend a long time on a picture "
          "when she is interested. She responds well to praise and to rewards such as stickers "
          "and golden time. She enjoys helping adults with jobs around the classroom. She has "
          "a good memory for things that interest her, especially horses."),
        S("Attendance"),
        P("Maisie's attendance for 2023-24 was 88 percent. Absences were mainly due to "
          "appointments and illness. Punctuality has been a concern on Monday mornings."),
        H("Section C: Health needs related to SEN"),
        P("Maisie has no identified needs for specialist health services. Maisie will continue "
          "to access universal services such as her GP, school nursing and dental services."),
        H("Section D: Social care needs related to SEN"),
        P("N/A"),
        H("Section E: Outcomes"),
        T([["Area", "Outcome", "Short-term targets"],
           ["Cognition and learning", "Maisie will make progress in reading, writing and "
            "maths in line with her ability.", "Maisie will learn her phonics. Maisie will "
            "improve her handwriting. Maisie will learn her number bonds."],
           ["Cognition and learning", "Maisie will be able to access the curriculum and reach "
            "her potential.", "Maisie will complete tasks with support."],
           ["Communication and interaction", "Maisie will develop her understanding of "
            "language.", "Maisie will learn new vocabulary."],
           ["Social, emotional and mental health", "Maisie will develop her social skills and "
            "be able to manage her behaviour.", "Maisie will follow school rules. Maisie will "
            "take turns."],
           ["Sensory and/or physical", "Maisie will develop her fine motor skills.",
            "Maisie will use scissors."]], widths=[4, 6.5, 6.5]),
        H("Section F: Special educational provision"),
        S("Cognition and learning"),
        UL("Access to a differentiated curriculum with tasks broken into small steps.",
           "Small group phonics intervention (Read Write Inc.) daily, 20 minutes, delivered by a "
           "trained teaching assistant.",
           "Precision teaching for high-frequency words, 3 x 10 minutes per week.",
           "Regular opportunities for overlearning and repetition.",
           "Use of concrete apparatus and visual supports in maths as required.",
           "Support from staff to complete tasks."),
        S("Communication and interaction"),
        UL("Instructions to be given in short chunks and checked for understanding.",
           "Access to vocabulary pre-teaching in a small group.",
           "School to follow the recommendations of the Speech and Language Therapy report "
           "(see attached report)."),
        S("Social, emotional and mental health"),
        UL("Access to a key adult throughout the day.",
           "Regular check-ins with the learning mentor.",
           "Access to a nurture group as appropriate.",
           "Behaviour plan to be shared with all staff.",
           "Movement breaks as required."),
        S("Sensory and/or physical"),
        UL("Access to fine motor activities such as Dough Disco and threading.",
           "Pencil grip and writing slope if needed."),
        S("Strategies to be used by all staff"),
        UL("Use Maisie's name before giving an instruction and give one instruction at a time.",
           "Use a visual timetable and a now/next board, and warn Maisie before changes.",
           "Seat Maisie near the front, away from the door and windows, with a good role model.",
           "Give specific praise for good choices, at least four positive comments for every "
           "correction.",
           "Provide a fiddle toy or wobble cushion during carpet time.",
           "Use a consistent behaviour approach agreed with home, with a home-school book.",
           "Allow extra time to process information and to complete tasks.",
           "Break writing tasks into short steps with a word mat and sentence starters.",
           "Prepare Maisie for playtimes with a clear plan of who she will play with and what."),
        S("Transport"),
        P("Maisie is not eligible for home to school transport under the Ashby Fold Home to "
          "School Travel Policy as she attends her nearest suitable school."),
        S("Staffing"),
        P("Maisie will receive support from an adult for up to 15 hours per week. The school "
          "will receive top-up funding at Band 3 of the Ashby Fold banding framework to meet "
          "the needs described in this plan."),
        H("Section G: Health provision"),
        P("None identified."),
        H("Section H1: Social care provision under s2 CSDPA 1970"),
        P("Not applicable."),
        H("Section H2: Other social care provision"),
        P("Not applicable."),
        H("Section I: Placement"),
        P("St Anselm's CE Primary School (mainstream)."),
        H("Section J: Personal budget"),
        P("No personal budget has been requested."),
        H("Section K: Advice and information"),
        T([["Advice", "Provided by", "Date"],
           ["Parental advice", "Ms D. Holloway", "10-Jun-2022"],
           ["Educational advice", "Mrs K. Forde, SENCo", "14-Jun-2022"],
           ["Educational Psychology advice", "Dr A. Lyle, EP", "22-Jun-2022"],
           ["Speech and Language Therapy report", "Ms J. Carver, SLT", "29-Jun-2022"],
           ["Medical advice", "Dr R. Kapoor, Community Paediatrician", "05-Jul-2022"],
           ["Paediatric clinic letter (ADHD diagnosis)", "Dr R. Kapoor", "18-Jan-2024"],
           ["CAMHS referral acknowledgement", "Ashby Fold CAMHS", "02-Apr-2024"],
           ["Early Help assessment", "S. Quinn, Family Support Worker", "11-Mar-2024"],
           ["Annual review report", "St Anselm's CE Primary", "09-May-2024"]],
          widths=[7, 6.5, 3.5]),
        H("Annual review record"),
        P("Annual review held on 09-May-2024. Attended by Mum, class teacher and SENCo. The "
          "school reported that Maisie has made some progress in phonics and that her behaviour "
          "has improved since starting medication. It was agreed that the outcomes should "
          "continue. Recommendation: amend section B to add the ADHD diagnosis and the latest "
          "attainment information. School to request an occupational therapy assessment. "
          "Amended plan issued 20-Jun-2024."),
        S("Actions agreed at the review"),
        UL("SENCo to request an occupational therapy assessment through the school nursing "
           "service – by July 2024.",
           "Class teacher to share the behaviour plan with lunchtime staff – by June 2024.",
           "Mum to share any CAMHS appointment letters with school.",
           "Next review to consider whether Maisie's needs can be met at Band 3."),
        *ASHBY_RIGHTS,
        S("Summary of school's annual review report (09-May-2024)"),
        P("Maisie has made progress in phonics and now knows 32 sounds. She can read some "
          "CVC words and a small number of tricky words. Her writing remains a significant "
          "area of need. In maths Maisie can count to 20 and is beginning to add using "
          "objects. Maisie continues to need a high level of adult support to stay on task. "
          "Her behaviour has improved since starting medication, although there are still "
          "incidents at lunchtime. Maisie enjoys art and has produced some lovely work. "
          "School feels that Maisie's needs are being met at St Anselm's and that the current "
          "outcomes remain appropriate for the coming year."),
        P("Issued by: Mark Tennant, SEN Caseworker, Ashby Fold Unitary Authority."),
    ]))

# --------------------------------------------------------------------------- fin04
# Harrowfield City Council plain-text export with "#### SECTION" headings. Year 11.
# Only employment/education outcomes; interim review not followed by amendment.
PLANS.append(dict(
    stem="fin04_tyler_okonkwo_reid", format="txt", council="Harrowfield City Council",
    txt_hashes=True,
    facts=dict(child_name="Tyler Okonkwo-Reid", date_of_birth="2010-10-03", year_group=11,
               issued="2020-07-01", last_review="2026-01-22", last_amended="2025-10-30",
               next_review="2027-01-21", nhs_number="9994561200", upn="H303400718044",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=2, outcomes_specific=3, child_voice=3, pfa=2, review_currency=3,
                provision_specific=2, golden_thread=2, readability=3),
    body=[
        TITLE("HARROWFIELD CITY COUNCIL - EDUCATION HEALTH AND CARE PLAN"),
        P("Exported from Harrowfield EHC Hub. Plain text version. Printed copies are "
          "uncontrolled."),
        KV(("Name", "Tyler Okonkwo-Reid"), ("DOB", "3.10.10"), ("NHS No", "9994561200"),
           ("UPN", "H303400718044"), ("Gender", "Male"),
           ("Address", "Flat 4, Canal View, Harrowfield HF3 2QT"),
           ("Parent/carer", "Mrs Grace Okonkwo (mother); Mr Daniel Reid (father, lives separately)"),
           ("Setting", "Harrowfield Oaks Academy, Year 10"),
           ("Date plan first issued", "1.7.20"),
           ("Date of this plan (amended)", "30.10.25"),
           ("Most recent review", "22.1.26 (interim review)"),
           ("Next annual review", "21.1.27"),
           ("Caseworker", "Joanne Pike")),
        *HARROW_NOTES,
        H("ONE PAGE SUMMARY"),
        P("What people like about Tyler: loyal, funny, hard-working in practical subjects, a "
          "good team player on the football pitch, helpful at home with his brothers."),
        P("What is important to Tyler: football, his family, his uncle Femi, being treated "
          "with respect, earning his own money."),
        P("How to support Tyler: speak to him privately, not in front of the class; give "
          "instructions one at a time and write them down; check he has understood by asking "
          "him to tell you what he has to do; give him a job to do with his hands; let him use "
          "his time-out pass without an argument; praise effort as well as results."),
        H("SECTION A - VIEWS, INTERESTS AND ASPIRATIONS"),
        P("Tyler's views (recorded by his mentor Mr Singh, September 2025):"),
        P("\"I like football, I play for Harrowfield Rovers under-16s on Sundays and I want to "
          "coach little kids one day. I like doing stuff with my hands, like when we did the "
          "brick wall in construction. I want to be a bricklayer like my uncle Femi. I don't like "
          "English because there is too much reading and writing and the teacher talks too "
          "fast. I get angry when people disrespect me or shout at me in front of everyone. It "
          "helps when Mr Singh talks to me on my own. I want to leave school and get an "
          "apprenticeship, not go to college full time.\""),
        P("Mother's views: Mrs Okonkwo says Tyler is a kind, loyal boy who helps at home with his "
          "younger brothers. She is worried that he has been suspended three times this year "
          "and that he is mixing with older boys in the area. She wants him to get his English "
          "and maths and a trade. She says he has trouble sleeping and worries a lot but will "
          "not talk about it at home. She would like Tyler to have someone to talk to outside "
          "school."),
        P("Father's views: Mr Reid was invited to contribute but did not respond."),
        H("SECTION B - SPECIAL EDUCATIONAL NEEDS"),
        P("Communication and interaction: Tyler has a developmental language disorder (DLD), "
          "identified by the Speech and Language Therapy Service in Year 5. His understanding of "
          "spoken language is below the level expected for his age (CELF-5 receptive language "
          "standard score 74, 2023). He finds it hard to follow long or complex instructions and "
          "to understand subject-specific vocabulary. He may nod as if he has understood when he "
          "has not. His expressive language is better in casual conversation but he struggles to "
          "explain his ideas in writing or to give reasons in class discussion."),
        P("Cognition and learning: Tyler's reading age is 10 years 9 months (NGRT, June 2025) "
          "and his spelling is at a similar level. In maths he is working towards GCSE "
          "Foundation grade 2-3. He learns best through practical, hands-on tasks and has "
          "achieved a merit in his BTEC Construction unit. His working memory is a relative "
          "weakness and he needs information repeated and written down."),
        P("Social, emotional and mental health: Tyler can become angry and confrontational "
          "when he feels embarrassed or misunderstood, which has led to three fixed-term "
          "suspensions in 2024-25 and a managed move being considered. Staff think that much "
          "of his behaviour comes from not understanding instructions and feeling shown up. He "
          "has reported low mood and difficulty sleeping to the school nurse. He was referred to "
          "CAMHS in May 2025 and is on the waiting list. He has a good relationship with his "
          "mentor and his football coach."),
        P("Tyler is also supported by the Harrowfield Youth Justice Service following an "
          "out-of-court disposal in April 2025 (worker: Kayleigh Marsh)."),
        P("Strengths: Tyler is a skilled and motivated learner in construction, where he "
          "follows demonstrations well, measures accurately and takes pride in finished work. "
          "His construction teacher describes him as 'one of the most reliable in the "
          "workshop'. He is a confident and popular member of his football team and has "
          "started helping with the under-9s on Saturday mornings. He is polite to adults he "
          "trusts and responds well to humour and to being given responsibility."),
        P("Attendance in 2024-25 was 86 percent. Most absence followed incidents in school or "
          "was on days with English and maths lessons in the morning. Since starting mentoring "
          "with Mr Singh his attendance for September 2025 was 93 percent."),
        P("Summary of speech and language advice (2023): the therapist recommended that adults "
          "reduce the length and complexity of spoken instructions, use visual supports and "
          "written key points, pre-teach subject vocabulary, give Tyler time to process before "
          "answering and teach him strategies to ask for help or clarification. She advised a "
          "programme of vocabulary work to be delivered by trained school staff and a review "
          "by the service at the start of Key Stage 4. This review has not yet taken place."),
        P("Literacy assessment (June 2025): Tyler read a Year 6 passage at 88 percent "
          "accuracy but could answer only 3 of 10 comprehension questions, mostly those "
          "needing inference. His free writing was limited to five short sentences in 20 "
          "minutes, with frequent spelling errors in common words. With a writing frame and "
          "a word bank he produced three paragraphs. His reading of GCSE maths questions is "
          "a barrier: he answered 6 more questions correctly when they were read to him. "
          "The SENCo has applied for a reader and 25 percent extra time for his GCSE exams."),
        H("SECTION C - HEALTH NEEDS"),
        P("Tyler has asthma, managed by his GP with an inhaler. He may need his inhaler during "
          "PE and construction lessons. Tyler's emotional wellbeing affects his ability to "
          "engage in learning."),
        H("SECTION D - SOCIAL CARE NEEDS"),
        P("Tyler's social care needs are met by his family. Tyler's difficulties impact on his "
          "learning in school."),
        H("SECTION E - OUTCOMES"),
        P("Long-term aspiration: to get an apprenticeship in bricklaying."),
        P("E1. By July 2027 Tyler will achieve at least a grade 3 in GCSE maths and Level 1 "
          "Functional Skills English, so that he meets the entry requirements for a Level 2 "
          "bricklaying apprenticeship."),
        P("   Steps: By the end of the spring term 2026 Tyler will complete Functional Skills "
          "English Entry Level 3 reading. By December 2026 he will pass a Level 1 mock paper."),
        P("E2. By July 2027 Tyler will complete the BTEC Level 1/2 Construction award with at "
          "least a Merit overall."),
        P("   Steps: complete all coursework units on time each term; attend construction "
          "lessons at 95 percent or above."),
        P("E3. By July 2027 Tyler will ask for an instruction to be repeated or explained, "
          "using his agreed phrase or card, at least once in every English and maths lesson "
          "where he is unsure, as recorded by his teachers on 4 out of 5 monitored lessons."),
        P("E4. By December 2026 Tyler will have completed two weeks of work experience with a "
          "construction firm and will have submitted at least three apprenticeship "
          "applications by April 2027 with help from the careers adviser."),
        P("E5. Tyler will improve his behaviour in school."),
        P("Post-16 planning: Tyler wants to leave school at 16 and start an apprenticeship. "
          "If he does not find an apprenticeship by July 2027, his fall-back is the Level 1 "
          "Construction Multi-Skills course at Harrowfield College with an English and maths "
          "programme. The careers adviser will help Tyler and his mother look at both routes, "
          "and a college taster day will be arranged in the spring term of Year 11. The plan "
          "will be amended by 31 March 2027 to name his post-16 setting."),
        H("SECTION F - SPECIAL EDUCATIONAL PROVISION"),
        P("Communication and interaction:"),
        UL("Speech and language therapy programme to be delivered by school staff following "
           "SALT advice.",
           "Access to pre-teaching of key subject vocabulary.",
           "Instructions to be chunked and written on the board.",
           "Regular checks for understanding."),
        P("Cognition and learning:"),
        UL("Functional Skills English group, 3 x 50 minutes per week, taught by an English "
           "teacher in a group of 8.",
           "Maths intervention in a small group as required.",
           "Access arrangements for exams (reader and extra time) - to be assessed by the SENCo.",
           "Support from a teaching assistant in core lessons where possible."),
        P("Social, emotional and mental health:"),
        UL("Mentoring with Mr Singh, weekly, 30 minutes.",
           "Access to a time-out pass.",
           "Opportunities to take part in positive activities.",
           "Restorative conversations after incidents."),
        P("Strategies for all staff:"),
        UL("Use Tyler's name and make eye contact before giving an instruction.",
           "Give no more than two instructions at a time and write the key steps on the board.",
           "Pre-warn Tyler before asking him to read aloud or answer in front of the class.",
           "Deal with any behaviour issues privately and calmly, away from his peers.",
           "Provide word banks and writing frames for extended writing in all subjects.",
           "Give Tyler roles with responsibility in practical lessons.",
           "Contact home with positive news at least once a fortnight."),
        P("Preparation for employment:"),
        UL("Careers guidance interview with the school's careers adviser, at least twice in "
           "Year 11.",
           "Two weeks' work experience arranged through the Harrowfield Construction Skills "
           "Partnership, autumn term 2026.",
           "Help with apprenticeship applications as needed."),
        H("SECTION G - HEALTH PROVISION"),
        P("CAMHS to offer assessment when Tyler reaches the top of the waiting list. School "
          "nurse drop-in available. Tyler should carry his inhaler."),
        H("SECTION H1 - SOCIAL CARE PROVISION (CSDPA 1970)"),
        P("None."),
        H("SECTION H2 - OTHER SOCIAL CARE PROVISION"),
        P("None."),
        H("SECTION I - PLACEMENT"),
        P("Harrowfield Oaks Academy (mainstream academy, 11-16)."),
        H("SECTION J - PERSONAL BUDGET"),
        P("Not requested."),
        H("SECTION K - ADVICE AND INFORMATION"),
        T([["Advice", "From", "Date"],
           ["Parental views", "Mrs G. Okonkwo", "2025-09-10"],
           ["Young person's views", "Recorded by Mr A. Singh, mentor", "2025-09-12"],
           ["School advice / review report", "Ms L. Grant, SENCo", "2025-09-25"],
           ["Speech and language therapy report", "Harrowfield SLT Service", "2023-03-14"],
           ["Educational psychology advice", "Dr M. Oyelaran, EP", "2020-03-02"],
           ["Youth Justice Service information", "K. Marsh", "2025-09-19"],
           ["Careers guidance notes", "Ms P. Walsh", "2025-09-22"]]),
        H("REVIEW HISTORY"),
        T([["Date", "Type", "Outcome"],
           ["1.7.20", "Plan issued", "-"],
           ["8.6.21", "Annual review", "Amended 30.7.21"],
           ["16.6.22", "Annual review", "Maintained"],
           ["15.6.23", "Annual review", "Amended 4.9.23"],
           ["20.6.24", "Annual review", "Maintained"],
           ["25.9.25", "Annual review (Year 10, KS4)", "Amended 30.10.25"],
           ["22.1.26", "Interim review (suspensions)", "LA decision 19.2.26: maintain. "
            "Changes to be considered at next annual review."]]),
        P("INTERIM REVIEW NOTES 22.1.26: School requested an early review because of a further "
          "suspension in December 2025. Tyler and his mother attended. Tyler said he is happier "
          "in construction and with Mr Singh but finds English lessons hard. School proposed "
          "adding a time-out space, increasing mentoring and starting a managed move "
          "discussion. The SENCo reported that Tyler is on track for grade 3 in maths but is "
          "still below Level 1 in English reading, and that the speech and language review at "
          "the start of Key Stage 4 has not happened because of staffing in the service. "
          "Mrs Okonkwo asked again for help with Tyler's sleep and worries and "
          "asked whether he could get a youth worker. The Youth Justice worker reported good "
          "engagement. The LA decided to maintain the plan and consider changes at the next "
          "annual review."),
        P("Authorised by: Joanne Pike, SEND Caseworker, on behalf of Harrowfield City Council."),
    ]))

# --------------------------------------------------------------------------- fin05
# Lowmoor Borough Council, markdown plan. Year 13, outcomes under the four PfA headings.
PLANS.append(dict(
    stem="fin05_priya_chauhan", format="md", council="Lowmoor Borough Council",
    facts=dict(child_name="Priya Chauhan", date_of_birth="2009-01-27", year_group=13,
               issued="2019-05-20", last_review="2026-05-14", last_amended="2026-06-25",
               next_review="2027-05-13", nhs_number="9995123983", upn="R926210416210",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=4, outcomes_specific=4, child_voice=4, pfa=4, review_currency=4,
                provision_specific=3, golden_thread=4, readability=3),
    body=[
        TITLE("Education, Health and Care Plan – Priya Chauhan"),
        P("Lowmoor Borough Council · SEND Service · Version 7 (amended after annual review)"),
        KV(("Name", "Priya Chauhan"), ("Date of birth", "January 27th 2009"),
           ("NHS number", "999 512 3983"), ("Unique Pupil Number", "R926210416210"),
           ("Education setting", "Lowmoor Sixth Form College, Year 13"),
           ("Communication", "British Sign Language (BSL) and spoken English with bilateral "
            "cochlear implants"),
           ("Plan first issued", "May 20th 2019"),
           ("Annual review meeting", "May 14th 2026"),
           ("Amended plan issued", "June 25th 2026"),
           ("Next review (including post-19 planning)", "by May 13th 2027"),
           ("SEND Coordinator (Lowmoor)", "Gemma Royle")),
        H("Section A – Priya's views, interests and aspirations"),
        P("Priya wrote this section herself and checked it with her Teacher of the Deaf. She "
          "asked for it to be in the first person."),
        S("About me"),
        P("\"I'm Priya, I'm 17 and I'm Deaf. I use BSL with my Deaf friends and spoken English "
          "with my family and at college with my implants. I love art, especially illustration "
          "and graphic novels, and I run an Instagram page of my drawings that has 1,200 "
          "followers. I'm doing A levels in Art, Graphic Communication and English Language. I "
          "like cooking Gujarati food with my nani (grandmother) and going to the Deaf youth "
          "club in Lowmoor on Thursdays.\""),
        S("My goals"),
        P("\"I want to study Illustration at university, ideally in Manchester or Leeds, and "
          "live in halls. I want to be an illustrator for children's books that have Deaf "
          "characters in them, because I never saw anyone like me in books when I was small. "
          "Before I go I need to be able to get around a new city on my own, sort out my "
          "money, book my own appointments, and make sure the university gives me the right "
          "support, like notetakers and interpreters. I also want to keep seeing my friends "
          "and find a Deaf community wherever I go.\""),
        S("What I find hard"),
        P("\"Group discussions where people talk over each other. Noisy places. Phone calls. "
          "When I'm anxious I stop eating properly and I don't sleep. Last year I had panic "
          "attacks before exams and I'm worried about moving away from home.\""),
        S("My parents' views"),
        P("Nimisha and Raj Chauhan: \"We are so proud of Priya. We want her to go to university "
          "and to have the same chances as her brother. We worry about her safety, about how "
          "she will cope if her implants fail when she is far away, and about her anxiety. We "
          "want a clear plan for the move, with support in place before she starts, not after "
          "she struggles.\""),
        S("How this plan was made"),
        P("Priya led her review meeting on May 14th 2026 with a BSL interpreter present. Her "
          "parents, her Teacher of the Deaf, her college learning support manager, her Deaf "
          "CAMHS clinician, a social worker from the Preparing for Adulthood Team and Lowmoor's "
          "SEND Coordinator took part. Priya agreed the final wording on June 20th 2026."),
        H("Section B – Special educational needs"),
        S("Hearing and communication"),
        P("Priya has a profound bilateral sensorineural hearing loss and has used cochlear "
          "implants since the age of two. In quiet one-to-one settings she understands most "
          "spoken English. In groups, noisy rooms and lectures her understanding drops sharply "
          "(speech perception in noise 42 percent, audiology report March 2026). BSL is her "
          "preferred language for complex discussion. She tires quickly from listening "
          "(listening fatigue), which affects her concentration in the afternoon."),
        S("Learning"),
        P("Priya is academically able. She achieved GCSE grades 7 in Art, 6 in English and 5 in "
          "maths. Her written English is fluent but she sometimes misses vocabulary and "
          "idioms that have come up in spoken discussion. She needs full access to spoken "
          "content, through a notetaker, live captions or an interpreter, to reach her "
          "predicted A level grades (A, B, B)."),
        S("Emotional wellbeing"),
        P("Priya experiences anxiety, including panic attacks around exams and big changes. "
          "She has found it hard to make hearing friends at college and relies on a small "
          "group of Deaf friends. She is developing ways to manage her anxiety with support "
          "from the Deaf CAMHS team."),
        S("Independence"),
        P("Priya travels independently on familiar routes in Lowmoor. She has not yet "
          "travelled alone by train or to an unfamiliar city. She does not manage a bank "
          "account or budget and her parents book and attend her medical appointments."),
        S("Progress since the last review"),
        P("Since starting Year 12 in September 2025 Priya has moved from predictions of C to "
          "predictions of B in all three subjects. She has started using live captions on her phone in "
          "lectures and now asks tutors directly for the slides. She has had two panic "
          "attacks this year compared with eight last year. She went to two university open "
          "days with her parents and has chosen her top three universities. She still relies "
          "on her parents for appointments, money and travel outside Lowmoor."),
        S("What happens after Year 13"),
        P("If Priya goes to university, her EHC plan will cease because higher education is "
          "not covered by EHC plans. Her support will then come from Disabled Students' "
          "Allowance, the university disability service and adult health and social care. "
          "This is why her outcomes focus on setting that support up before she leaves. If "
          "she takes a gap year or a foundation art course instead, the plan will be reviewed "
          "and amended for that route."),
        H("Section C – Health needs"),
        UL("Profound deafness with bilateral cochlear implants, managed by the Northern "
           "Cochlear Implant Programme (last reviewed March 2026). Priya needs spare batteries "
           "and processor parts, and a back-up plan if a processor fails.",
           "Anxiety with panic attacks, under the care of the National Deaf Child and "
           "Adolescent Mental Health Service (Deaf CAMHS) since September 2025. She is having "
           "cognitive behavioural therapy (a talking therapy) in BSL.",
           "Restricted eating when anxious: her GP monitors her weight every three months. "
           "There are no current concerns about her growth.",
           "Priya will move to adult audiology and adult mental health services by her 18th "
           "birthday (January 2027) or when she leaves college, whichever is later."),
        H("Section D – Social care needs"),
        P("A Care Act transition assessment by the Lowmoor Preparing for Adulthood Team "
          "(Marcus Hale, Social Worker, April 2026) found that Priya is likely to have some "
          "eligible needs as an adult because of her deafness: she needs support to use "
          "telephone-based services, to stay safe at home (for example, a vibrating smoke "
          "alarm and a flashing doorbell) and to access community activities where no BSL is "
          "available. She will need a Sensory Needs assessment in the area where she goes to "
          "university. Priya's parents are her main support and would like help to step back."),
        H("Section E – Outcomes"),
        P("Priya's outcomes are grouped under the four Preparing for Adulthood areas. Each "
          "runs to July 2027 (end of Year 13) unless stated, with steps checked each term at "
          "college."),
        S("1. Higher education and employment"),
        T([["Outcome", "Steps"],
           ["1a. By July 2027 Priya will achieve the A level grades needed for her first-choice "
            "Illustration degree (currently B, B, B) and will have accepted a place.",
            "UCAS application submitted by January 15th 2027; portfolio of 20 pieces completed "
            "by December 2026; interview practice with a BSL interpreter."],
           ["1b. By March 2027 Priya will have completed a two-week placement with a "
            "publisher or design studio and will have one commission or paid piece of "
            "illustration work.", "Placement request sent by October 2026 with college "
            "careers team."],
           ["1c. By May 2027 Priya will have applied for Disabled Students' Allowance and "
            "agreed her university support (notetaker, interpreter hours, captioning) with "
            "the university disability service.", "DSA application submitted once firm "
            "offer accepted; meeting with disability adviser."]]),
        S("2. Independent living"),
        T([["Outcome", "Steps"],
           ["2a. By July 2027 Priya will travel by train on her own to Manchester and Leeds, "
            "plan the route using apps with visual alerts, and deal with a cancelled train "
            "without ringing home, on at least two trips.", "Two supported trips autumn term; "
            "two solo trips spring term."],
           ["2b. By July 2027 Priya will manage her own bank account and a monthly budget of "
            "£250, keeping a simple spending record for three months.", "Open account "
            "October 2026; budgeting sessions at college."],
           ["2c. By July 2027 Priya will cook five simple meals independently and know how to "
            "use a vibrating fire alarm and a flashing doorbell.", "Cooking in student "
            "kitchen at college once a week in spring term."]]),
        S("3. Friends, relationships and community"),
        T([["Outcome", "Steps"],
           ["3a. By July 2027 Priya will have contacted the Deaf society and the Deaf student "
            "network in the city of her chosen university and attended at least one event.",
            "Research in spring term with Teacher of the Deaf."],
           ["3b. During Year 13 Priya will take part in one college group activity each week "
            "(she has chosen the college zine club), using captions or an interpreter, and say "
            "that she has at least two hearing friends she sees outside lessons.",
            "Termly check with learning support manager."]]),
        S("4. Good health"),
        T([["Outcome", "Steps"],
           ["4a. By January 2027 Priya will book and attend her own GP and audiology "
            "appointments, using text relay or online booking, and will keep her own record of "
            "appointments.", "Practise booking two appointments in autumn term."],
           ["4b. By July 2027 Priya will use two strategies from her CBT sessions to manage "
            "panic, and will get through her A level exams without missing a paper because of "
            "anxiety.", "Exam plan agreed with Deaf CAMHS and college by March 2027."],
           ["4c. By September 2027 Priya will be registered with a GP and an adult audiology "
            "service near her university, with a plan for a processor failure.",
            "Transfer letters requested in June 2027."]]),
        H("Section F – Special educational provision"),
        T([["Provision", "Who", "How much"],
           ["Qualified BSL/English interpreter (RSLI) for seminars, group work and tutorials",
            "Lowmoor Sensory Support Service", "10 hours per week in term time"],
           ["Electronic notetaker / live captioning in lectures", "College learning support",
            "All timetabled taught sessions (about 15 hours per week)"],
           ["Teacher of the Deaf: monitoring, vocabulary and exam preparation",
            "Qualified Teacher of the Deaf", "1 hour per week, 1:1"],
           ["Radio aid (remote microphone) checked and maintained", "Educational audiologist",
            "Daily use; checked each half term"],
           ["Exam access arrangements: 25% extra time, separate room, modified language papers "
            "where appropriate", "College exams officer", "All exams"],
           ["Careers and UCAS guidance, including choosing universities with good Deaf "
            "support", "College careers adviser (Level 6)", "At least 4 meetings in Year 13"],
           ["Independent travel training", "Lowmoor Travel Training Team", "As needed"],
           ["Budgeting and independent living sessions", "College Preparing for Adulthood "
            "tutor", "Weekly in spring term"]]),
        H("Section G – Health provision"),
        T([["Provision", "Who", "How much"],
           ["Cochlear implant reviews and processor maintenance, including spare parts",
            "Northern Cochlear Implant Programme", "Annual review; repairs within 48 hours"],
           ["Cognitive behavioural therapy in BSL", "Deaf CAMHS clinical psychologist",
            "Fortnightly 50-minute sessions until March 2027, then monthly"],
           ["Transition planning to adult mental health services", "Deaf CAMHS and adult "
            "community mental health team", "Joint meeting by December 2026"],
           ["Transfer to adult audiology", "Paediatric audiology", "Referral by January 2027"],
           ["Weight monitoring", "GP", "Every 3 months"]]),
        H("Section H1 – Social care provision (CSDPA 1970 s2)"),
        P("Assistive equipment for the home: vibrating smoke alarm, flashing doorbell and "
          "vibrating alarm clock, provided by Lowmoor Sensory Needs Team in October 2026, "
          "with one home visit to set up and train Priya."),
        H("Section H2 – Other social care provision"),
        P("Preparing for Adulthood social worker (Marcus Hale) to lead transition to adult "
          "social care: meeting with Priya each term in Year 13 and referral to the adult "
          "Sensory Needs team in the university's area by June 2027."),
        H("Section I – Placement"),
        P("Lowmoor Sixth Form College (general further education sixth form college) until "
          "July 2027."),
        H("Section J – Personal budget"),
        P("Priya receives a direct payment of £1,040 a year for BSL interpreters for community "
          "activities (such as college events in the evening and the Deaf youth club trips). "
          "Priya manages this with her mother's help."),
        H("Section K – Advice and information"),
        UL("Priya's views – May 1st 2026",
           "Parents' views – May 3rd 2026",
           "Teacher of the Deaf report – Ms S. Whitby – April 28th 2026",
           "College annual review report – Lowmoor Sixth Form College – May 7th 2026",
           "Audiology and cochlear implant report – March 19th 2026",
           "Deaf CAMHS report – Dr L. Osei, Clinical Psychologist – April 30th 2026",
           "Care Act transition assessment – M. Hale, Social Worker – April 22nd 2026",
           "Careers guidance summary – April 2026"),
        H("Review history"),
        T([["Review", "Date", "Result"],
           ["Plan issued (Year 5)", "May 20th 2019", "—"],
           ["Annual reviews", "2020–2024", "Amended each year"],
           ["Annual review (Year 11)", "May 8th 2025", "Amended June 30th 2025"],
           ["Annual review (Year 12)", "May 14th 2026", "Amended June 25th 2026 for Year 13"]]),
    ]))
