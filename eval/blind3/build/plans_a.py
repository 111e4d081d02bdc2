from common import (nhs_number, fmt_nhs, upn, legal_intro, appeal_rights, gdpr_note, how_to_read,
                    personal_budget_info, transport_note, distribution, signature)


def p01():
    C = "Carrowmere City Council"
    N = "Amara"
    nhs = nhs_number("999402718")
    u = upn("874221924006")
    cover = [("p", "OFFICIAL - SENSITIVE"),
             ("kv", [("Child's name", "Amara Okonjo-Reid"), ("Known as", "Amara"),
                     ("Date of birth", "14/03/2019"), ("Gender", "Female"),
                     ("Home address", "14 Wrenfield Close, Carrowmere, CM4 7TX"),
                     ("Parents / carers", "Grace Okonjo (mum) and Daniel Reid (dad)"),
                     ("Home language", "English (mum also speaks Yoruba at home)"),
                     ("NHS number", fmt_nhs(nhs)), ("UPN", u),
                     ("School", "Larkfield Primary School, Year 3"),
                     ("EHC plan first issued", "10/02/2023"),
                     ("Date of this version", "05/08/2026 (amended after the annual review held on 18/06/2026)"),
                     ("Next annual review due by", "17/06/2027"),
                     ("SEND caseworker", "Hannah Lowther, 01632 960 412")])]
    cover += how_to_read(N)
    cover += legal_intro(C, N)
    A = [
        ("h2", "About me - in my own words"),
        ("p", "Amara told us these things with her mum and her teaching assistant, Mrs Patel, using "
              "her Makaton signs, her talking photo book and some words. We wrote down what she said "
              "and checked it with her by reading it back."),
        ("b", ["\"I am Amara. I am 7. I like swimming and my big sister Tobi.\"",
               "\"I like singing in the choir. I like the song about the wheels on the bus.\"",
               "\"I want to read books by myself. I like the books about Kipper.\"",
               "\"I don't like it when it is noisy in the hall. It hurts my ears.\"",
               "\"When I am sad I want a cuddle from Mrs Patel or my teddy.\"",
               "\"When I am big I want to be a teacher like Miss Harris.\""]),
        ("h2", "What people like and admire about Amara"),
        ("p", "Amara is kind, funny and very sociable. She always notices when a friend is upset and "
              "will bring them a tissue. She loves music and can remember the actions to every song "
              "the choir sings. She is proud of her swimming badges and is working towards 10 metres."),
        ("h2", "What mum and dad say"),
        ("p", "\"Amara has come so far since nursery. We want her to be able to read and write so "
              "she can send messages to her grandma in Lagos. We want her to have real friends who "
              "invite her to parties, not just kind children who look after her. We worry about her "
              "hearing and her heart check-ups, and about how tired she gets by Thursday. Most of "
              "all we want her to be happy and to be part of things at Larkfield, not taken out of "
              "class all the time.\" - Grace and Daniel"),
        ("h2", "Amara's hopes for the future"),
        ("b", ["To read books on her own and send messages to grandma (see outcomes 1 and 2).",
               "To have friends she plays with at break and sees outside school (outcome 4).",
               "To swim 10 metres and keep healthy (outcome 5).",
               "To one day work with children, like her teacher."]),
        ("h2", "How this plan was written"),
        ("p", "This plan was written with Amara and her family. A planning meeting was held at "
              "Larkfield Primary on 18 June 2026 with Grace and Daniel, Amara (for the first 15 "
              "minutes), Miss Harris (class teacher), Mrs Cole (SENCo), Priya Nandra (speech and "
              "language therapist), the teacher of the deaf and the family's short breaks worker. "
              "The family agreed the draft on 29 July 2026."),
    ]
    B = [
        ("p", "Amara has Down syndrome. This affects her learning, her speech and language, her "
              "hearing and her physical strength. Below we describe what Amara can do and what she "
              "finds hard."),
        ("h2", "Communication and interaction"),
        ("p", "Amara understands much more than she can say. She follows two-part instructions in "
              "class when they are short and supported by a sign or picture. She speaks in two- to "
              "three-word phrases and uses about 120 Makaton signs. Her speech can be hard for new "
              "people to understand, and she can become frustrated and stop talking when she is "
              "not understood. (Speech and language therapy advice, May 2026.)"),
        ("h2", "Cognition and learning"),
        ("p", "Amara is a visual learner. She can read 45 words on sight and knows 20 letter "
              "sounds, but she finds blending sounds into words hard. She can count objects "
              "reliably to 10 and is beginning to add within 5 using objects. Her working memory is "
              "short, so she needs new learning broken into small steps and repeated often. "
              "(Educational psychologist advice, April 2026.)"),
        ("h2", "Social, emotional and mental health"),
        ("p", "Amara is friendly and well liked. At break she often plays with adults rather than "
              "children and she needs help to join in games with rules. When she is tired or the "
              "room is noisy she may sit down and refuse to move."),
        ("h2", "Sensory and physical"),
        ("p", "Amara has a mild to moderate hearing loss in both ears caused by glue ear and wears "
              "two hearing aids. She has low muscle tone, which makes handwriting, dressing and "
              "stairs tiring. She can write the letters of her name and uses a pencil grip."),
    ]
    Cc = [
        ("p", "Amara's health needs are described in the advice from Dr Okafor, community "
              "paediatrician (12 May 2026), and from the audiology service (2 April 2026)."),
        ("b", ["Heart: Amara had surgery to repair a hole in her heart (an atrioventricular septal "
               "defect) as a baby. She is well now and sees the cardiology team once a year. She "
               "needs no special care in school but should not be pushed to keep going if she "
               "becomes very breathless.",
               "Hearing: mild to moderate hearing loss in both ears. Amara wears hearing aids. "
               "Without them she misses much of what is said in class. Audiology checks her "
               "hearing every 6 months.",
               "Thyroid: Amara has an underactive thyroid and takes a tablet (levothyroxine) "
               "each morning at home. A blood test is done every 12 months. When her thyroid "
               "level is low she is more tired and finds learning harder.",
               "Sleep: Amara snores and wakes at night. She is on the waiting list for a sleep "
               "study at Carrowmere Children's Hospital. Poor sleep makes her very tired by the "
               "end of the week."]),
    ]
    D = [
        ("p", "Amara lives with mum, dad and her sister Tobi (11). Amara needs adult help with "
              "dressing, washing and toileting at night, and needs close supervision near roads "
              "because she does not yet understand danger. The family were assessed by the "
              "Disabled Children's Team (social care assessment, 3 March 2026). The assessment "
              "found that the family need regular breaks so that they can spend time with Tobi, "
              "and that Amara would benefit from a club with other children at weekends."),
    ]
    E = [
        ("p", "These outcomes are for the end of Year 3 (July 2027). Each one says what Amara "
              "will be able to do, how we will know, and the steps on the way. They were agreed "
              "with Amara's family at the review on 18 June 2026."),
        ("table", [["Outcome (by July 2027)", "Steps towards it", "Linked to"],
                   ["1. Amara will read a simple book of 8-10 pages at her reading level on her own, "
                    "reading 9 out of 10 words correctly, and tell an adult one thing that happened.",
                    "By December 2026: blend 3-letter words using 25 letter sounds. By April 2027: read "
                    "60 words on sight.", "Aspiration to read books by herself; cognition and learning"],
                   ["2. Amara will write a 2-sentence message to grandma using her word mat, with one "
                    "prompt from an adult, once a week.",
                    "By December 2026: write her full name and 10 common words without copying.",
                    "Family aspiration; physical (fine motor)"],
                   ["3. Amara will tell an unfamiliar adult about her weekend in a 4-word sentence, "
                    "using speech and signs, so that the adult understands her first time on 4 out of 5 "
                    "occasions.", "By February 2027: use 4-word phrases in class with a picture prompt.",
                    "Communication; frustration when not understood"],
                   ["4. Amara will join a playground game with at least 2 other children for 10 minutes "
                    "at 3 break times each week without an adult leading it.",
                    "By December 2026: take turns in a structured game in Lunch Club with 4 children.",
                    "Aspiration to have friends; social, emotional"],
                   ["5. Amara will swim 10 metres without floats and manage her hearing aids before and "
                    "after swimming (taking them out and storing them safely) with one reminder.",
                    "By March 2027: swim 5 metres; remove hearing aids herself.",
                    "Health (hearing, fitness); independence"],
                   ["6. Amara will get dressed after PE on her own within 10 minutes, apart from "
                    "buttons, on 4 out of 5 PE days.", "By December 2026: put on her coat and shoes "
                    "(Velcro) on her own.", "Physical; care and independence"]]),
    ]
    F = [
        ("table", [["What", "Who", "How often / how long", "Outcome"],
                   ["Small steps phonics and sight-word programme (Read Write Inc. adapted)",
                    "Teaching assistant trained by the SENCo, supervised by class teacher",
                    "5 x 20 minutes a week, 1:1", "1, 2"],
                   ["Speech and language therapy: assessment, setting targets and training staff",
                    "Speech and language therapist (HCPC registered), Carrowmere Children's Therapies",
                    "6 sessions a year of 1 hour in school, plus one 1-hour training session for staff each term", "3"],
                   ["Daily speech and language programme set by the therapist",
                    "Teaching assistant trained by the therapist", "4 x 15 minutes a week, 1:1", "3"],
                   ["Makaton signing used by all adults in class; staff Makaton foundation training",
                    "All class staff; training by Makaton tutor", "Throughout the day; training "
                    "completed by 31 October 2026 and refreshed yearly", "3, 4"],
                   ["Lunch Club social group with structured games",
                    "Learning mentor", "2 x 30 minutes a week, group of 5 children", "4"],
                   ["Fine motor and dressing programme set by occupational therapist",
                    "Teaching assistant; occupational therapist reviews each term",
                    "3 x 10 minutes a week; OT visit 3 times a year", "2, 6"],
                   ["Adult support in class for learning and safety", "Teaching assistant",
                    "25 hours a week (all lessons and unstructured times)", "1-6"],
                   ["Teacher of the deaf visits to check equipment and advise staff; radio aid in class",
                    "Qualified teacher of the deaf, Sensory Support Service",
                    "1 visit of 1 hour each half term; radio aid used in all teacher-led lessons", "3, 5"]]),
    ]
    G = [
        ("table", [["Health provision", "Who", "How often", "Outcome"],
                   ["Cardiology review", "Paediatric cardiology, Carrowmere Children's Hospital", "Once a year", "5"],
                   ["Hearing tests and hearing aid checks", "Paediatric audiology", "Every 6 months", "3, 5"],
                   ["Thyroid blood test and paediatric review", "Dr Okafor, community paediatrician",
                    "Every 12 months (next due March 2027)", "1, 5"],
                   ["Sleep study and follow-up", "Sleep clinic, Carrowmere Children's Hospital",
                    "Overnight study (referral made May 2026), then follow-up within 8 weeks", "1, 5"]]),
    ]
    H = [
        ("h2", "H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
        ("p", "Saturday short breaks at Wrenfield Play Club (inclusive play scheme) for 4 hours every "
              "Saturday in term time, with one support worker for Amara (1:1). Provided by the Disabled "
              "Children's Team. This supports outcome 4 and gives the family time with Tobi."),
        ("h2", "H2 - Other social care provision"),
        ("p", "Annual review of the child in need plan by the Disabled Children's Team social worker, "
              "Jenna Moss. Parents can ring the duty line on 01632 960 500."),
    ]
    I = [("p", "Larkfield Primary School, Larkfield Road, Carrowmere. Mainstream community primary school.")]
    J = [personal_budget_info(C),
         ("p", "The family receive a direct payment of £1,040 a year (40 hours at £26) for a personal "
               "assistant for Saturday short breaks instead of the play club during holidays (H1).")]
    K = [("table", [["Advice", "Author", "Date"],
                    ["Parent and child views", "Grace Okonjo and Daniel Reid, with Amara", "04/06/2026"],
                    ["Educational advice", "Mrs L Cole, SENCo, Larkfield Primary", "20/05/2026"],
                    ["Educational psychology", "Dr S Whitlow, educational psychologist", "28/04/2026"],
                    ["Speech and language therapy", "Priya Nandra, speech and language therapist", "14/05/2026"],
                    ["Health advice", "Dr A Okafor, community paediatrician", "12/05/2026"],
                    ["Audiology", "Carrowmere Children's Hearing Service", "02/04/2026"],
                    ["Teacher of the deaf", "M Fenwick, Sensory Support Service", "30/04/2026"],
                    ["Social care assessment", "Jenna Moss, Disabled Children's Team", "03/03/2026"]])]
    review = [("h2", "Review history"),
              ("table", [["Event", "Date", "Outcome"],
                         ["Plan issued (final)", "10/02/2023", "-"],
                         ["Early years review (6-monthly)", "22/08/2023", "Amended 03/10/2023"],
                         ["Annual review", "11/06/2024", "Amended 19/07/2024"],
                         ["Annual review", "17/06/2025", "Amended 01/08/2025"],
                         ["Annual review", "18/06/2026", "Amended 05/08/2026 (this version)"]])]
    tail = review + signature("Hannah Lowther", "SEND Caseworker", "05/08/2026", C) + appeal_rights(C) + [transport_note(C), gdpr_note(C)] + distribution(
        ["Grace Okonjo and Daniel Reid", "Larkfield Primary School", "Dr A Okafor", "Disabled Children's Team", "Sensory Support Service"])
    plan = {"title": "Carrowmere City Council - Education, Health and Care Plan", "cover": cover,
            "sections": [("A", "Section A: Amara's views, interests and aspirations", A),
                         ("B", "Section B: Amara's special educational needs", B),
                         ("C", "Section C: Amara's health needs", Cc),
                         ("D", "Section D: Amara's social care needs", D),
                         ("E", "Section E: Outcomes", E),
                         ("F", "Section F: Special educational provision", F),
                         ("G", "Section G: Health provision", G),
                         ("H", "Section H: Social care provision", H),
                         ("I", "Section I: Placement", I),
                         ("J", "Section J: Personal Budget", J),
                         ("K", "Section K: Advice and information", K)],
            "tail": tail, "header": "", "footer": ""}
    meta = dict(file="b3_01_amara_okonjo_reid.docx", format="docx", child_name="Amara Okonjo-Reid",
                date_of_birth="2019-03-14", issued="2023-02-10", last_review="2026-06-18",
                last_amended="2026-08-05", next_review="2027-06-17", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K")
    labels = dict(holistic=4, outcomes_specific=4, child_voice=4, pfa="NA", review_currency=4,
                  provision_specific=4, golden_thread=4, readability=4)
    return "docx_headings", plan, meta, labels


def p02():
    C = "South Tamberley District Council"
    nhs = nhs_number("999617305")
    u = upn("913402114018")
    cover = [("kv", [("Name", "Kieran James Walsh"), ("D.O.B.", "22 May 2011"),
                     ("NHS No.", nhs), ("Unique Pupil Number", u),
                     ("Current year group", "Year 11"), ("Education setting", "Tamberley Park Academy"),
                     ("Parent/carer", "Michelle Walsh (mother)"),
                     ("Plan finalised", "6 July 2022"), ("Case officer", "Rob Ingleby")])]
    cover += legal_intro(C, "Kieran")
    A = [("h2", "Kieran's views"),
         ("p", "I am 15 and in Year 11 at Tamberley Park. I like football (I support Tamberley Town and "
               "go with my uncle), gaming, and fixing bikes with my grandad in his garage. I am good "
               "at practical things and I know a lot about engines. I don't like reading out loud "
               "or being picked on in class to answer. When lessons have loads of writing I switch "
               "off and sometimes I walk out, which gets me in trouble."),
         ("p", "After Year 11 I want to go to Tamberley College to do the Level 1 motor vehicle "
               "course and then get an apprenticeship in a garage. One day I want my own bike shop."),
         ("h2", "Parent's views"),
         ("p", "Mum says Kieran is a loving lad who will do anything for his family, but his "
               "confidence has taken a knock since Year 8. She wants him to pass English and maths "
               "so that he can get on the college course, and to be able to catch the bus to college "
               "on his own. She is worried he has no friends outside football.")]
    B = [("p", "Kieran has a specific learning difficulty (dyslexia), identified by the specialist "
               "teacher in 2019, and difficulties with attention and organisation."),
         ("b", ["Reading: reading age 9 years 4 months (York Assessment of Reading for Comprehension, "
                "March 2026). He decodes slowly and loses meaning in long texts.",
                "Writing: spelling age 8 years 10 months. He can plan orally but produces about 60 "
                "words in 20 minutes. Handwriting is legible but slow.",
                "Maths: working at GCSE foundation grade 2-3. He is strong at practical measuring.",
                "Attention and organisation: forgets equipment and homework; finds it hard to start "
                "written tasks; leaves lessons 2-3 times a week when overwhelmed.",
                "Self-esteem: describes himself as 'thick'; avoids tasks where he might fail."])]
    Cc = [("p", "Kieran has mild asthma, managed with a blue inhaler which he carries. He was seen "
                "by the school nurse in January 2026. His GP has referred him to the ADHD pathway; he "
                "is on the waiting list (referral 11 November 2025). Kieran says he sleeps badly and "
                "plays games late into the night.")]
    D = [("p", "Kieran lives with his mum and two younger sisters. There is no social worker "
               "involvement. Kieran has been identified by the Early Help team as a young carer "
               "for his mum, who has a long-term back condition; he helps with shopping and "
               "looking after his sisters. A young carers assessment was completed on 14 February 2025.")]
    E = [("table", [["Outcome", "By when", "How we will know"],
                    ["Kieran will read and understand a college course handout (one page) using his "
                     "reading pen, answering 4 out of 5 questions about it correctly.", "July 2027",
                     "Termly check by the specialist teacher"],
                    ["Kieran will achieve a grade 3 or above in GCSE maths and Functional Skills "
                     "English Level 1.", "August 2027", "Exam results"],
                    ["Kieran will stay in all his lessons for a full week, using his exit card no more "
                     "than twice a week and returning within 10 minutes.", "April 2027",
                     "Attendance and behaviour logs"],
                    ["Kieran will enrol on the Level 1 Motor Vehicle course at Tamberley College, "
                     "having completed 2 taster days and an interview.", "September 2027",
                     "College enrolment"],
                    ["Kieran will travel independently by bus from home to Tamberley College and back, "
                     "5 days a week.", "October 2027", "Travel training sign-off"],
                    ["Kieran will manage his asthma independently, carrying his inhaler every day and "
                     "telling staff if he needs it.", "July 2027", "School nurse check"]])]
    F = [("b", ["Kieran will have access to a specialist teacher for literacy support.",
                "Support from a teaching assistant in English, maths and science lessons as required.",
                "Regular check-ins with a key adult.",
                "Small group intervention for maths.",
                "Access to a reader pen, laptop and exam access arrangements (extra time, reader) as "
                "agreed by the exams officer.",
                "Opportunities for mentoring to build confidence.",
                "Careers advice and guidance, including support to apply to college.",
                "Travel training, to be arranged by the setting in Year 11.",
                "Staff should be aware of Kieran's dyslexia and give him information in small chunks "
                "and avoid asking him to read aloud.",
                "An exit card so that Kieran can leave the classroom when he needs to."])]
    G = [("p", "Kieran's GP will continue to review his asthma annually. The ADHD assessment will take "
               "place when Kieran reaches the top of the waiting list. Universal school nursing services.")]
    H = [("p", "Young carers support from Tamberley Young Carers project, as needed. No other social "
               "care provision.")]
    I = [("p", "Tamberley Park Academy (mainstream secondary academy) to July 2027. Post-16 placement "
               "to be named at the phase transfer review.")]
    J = [("p", "No personal budget has been requested.")]
    K = [("b", ["Parent and young person views, 10 September 2026",
                "School advice, Mrs Danvers, SENCo, 15 September 2026",
                "Specialist teacher report (dyslexia), 9 March 2026",
                "School nurse report, 20 January 2026",
                "Young carers assessment, 14 February 2025",
                "Educational psychologist advice, 17 March 2022"])]
    review = [("h2", "Reviews"),
              ("p", "This plan was finalised on 6 July 2022. It was reviewed on 29 June 2023 and amended on "
                    "8 September 2023. The annual review on 3 July 2024 led to an amended plan dated 20 "
                    "August 2024, and the review on 25 June 2025 resulted in the plan being amended on 12 "
                    "August 2025. The most recent annual review meeting was held on 24 September 2026 "
                    "(the Year 11 phase transfer review). Following that review the "
                    "local authority wrote to Mrs Walsh on 20 October 2026 confirming its decision to "
                    "maintain the plan for now; the amended plan naming the post-16 placement "
                    "will be issued by 31 March 2027."),
              ("p", "Next review: by 23 September 2027.")]
    tail = review + appeal_rights(C) + [gdpr_note(C)] + distribution(["Michelle Walsh", "Tamberley Park Academy", "Tamberley College admissions", "Careers adviser"])
    plan = {"title": "EDUCATION, HEALTH AND CARE PLAN", "cover": cover,
            "sections": [("A", "Views, interests and aspirations of Kieran and his family", A),
                         ("B", "Special educational needs", B),
                         ("C", "Health needs related to SEN", Cc),
                         ("D", "Social care needs related to SEN or disability", D),
                         ("E", "Outcomes (including preparation for adulthood)", E),
                         ("F", "Special educational provision", F),
                         ("G", "Health provision", G),
                         ("H", "Social care provision", H),
                         ("I", "Name and type of school or setting", I),
                         ("J", "Personal budget", J),
                         ("K", "Advice and information", K)],
            "tail": tail, "header": "", "footer": ""}
    meta = dict(file="b3_02_kieran_walsh.docx", format="docx", child_name="Kieran James Walsh",
                date_of_birth="2011-05-22", issued="2022-07-06", last_review="2026-09-24",
                last_amended="2025-08-12", next_review="2027-09-23", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=2, outcomes_specific=3, child_voice=3, pfa=3, review_currency=3,
                  provision_specific=2, golden_thread=3, readability=3)
    return "docx_lettertable", plan, meta, labels


def p03():
    C = "Oakhurst & Vale Council"
    nhs = nhs_number("999281654")
    cover = [("h2", "Personal details"),
             ("kv", [("Child", "Lily-Mae Porter"), ("Date of Birth", "09.02.2023"),
                     ("NHS Number", fmt_nhs(nhs, "-")), ("Setting", "Little Acorns Day Nursery (private, voluntary and independent)"),
                     ("Parents", "Stacey and Lewis Porter"), ("Keyworker (Early Years SEND)", "Anita Baird"),
                     ("Date plan issued", "25.06.2026"), ("Review", "Interim review due by 24.12.2026 (6-monthly while under 5)")])]
    cover += legal_intro(C, "Lily-Mae")
    A = [("h2", "What Lily-Mae's family say"),
         ("p", "\"Lily-Mae is our little ray of sunshine. She giggles at bubbles and at her brother Alfie "
               "pulling faces, and she adores the song 'Twinkle Twinkle' - she will stop crying the "
               "second we sing it. She loves being outside in the garden, watching the birds on the "
               "feeder and feeling the grass with her hands. She knows who we are and reaches for "
               "mummy when she is tired.\""),
         ("p", "\"What is hard for us is that everything takes so long - feeding, changing, getting her "
               "into the car seat. We are up most nights. We want her to be able to sit up and play "
               "with her toys, to tell us what she wants in some way, whether that is pointing or a "
               "picture or a switch, and to go to the same school as Alfie if that is right for her. "
               "We want people to see Lily-Mae, not just the wheelchair.\""),
         ("h2", "How we found out what Lily-Mae likes"),
         ("p", "Lily-Mae is 3 and does not use words yet. Her keyworker observed her at nursery on "
               "three mornings in May 2026 and noted what made her smile, reach and vocalise. She "
               "looks towards and reaches for the light-up drum, the water tray and adults who sing. "
               "She turns away and cries when the room is loud or when she is placed on her tummy."),
         ("h2", "Aspirations"),
         ("b", ["To sit with support and play with toys using both hands.",
                "To tell people what she wants (a yes/no, a choice of two).",
                "To eat safely and enjoy food with the family.",
                "To start school in September 2027 alongside her peers."])]
    B = [("p", "Lily-Mae presents with GDD secondary to bilateral spastic CP (GMFCS level IV) with "
               "associated oro-motor dysfunction and CVI. Cognitive profile difficult to ascertain "
               "given motor and visual confounds; Schedule of Growing Skills II indicates "
               "developmental age equivalents of 6-9 months across domains."),
         ("h2", "Communication and interaction"),
         ("p", "Pre-intentional to early intentional communicator (Communication Matrix level II-III). "
               "Demonstrates differential vocalisation, eye-pointing and anticipatory responses to "
               "familiar routines. Benefits from AAC introduction via objects of reference and "
               "switch-accessed VOCA. Receptive language emerging at single key-word level in context."),
         ("h2", "Cognition and learning"),
         ("p", "Object permanence emerging. Cause-and-effect understanding consistent with single-switch "
               "activities. Attention is variable and affected by positioning, fatigue and sensory load."),
         ("h2", "Physical and sensory"),
         ("p", "Requires full postural support in sitting; uses Leckey supportive seating and standing "
               "frame. Reduced upper-limb ROM with increased tone in lower limbs. CVI: responds best to "
               "high-contrast, uncluttered presentation within the lower visual field; latency of "
               "visual response up to 5 seconds."),
         ("h2", "Social, emotional and mental health"),
         ("p", "Responds socially to familiar adults. Distress in noisy environments.")]
    Cc = [("p", "Per paediatric advice (Dr R Hussain, Consultant Community Paediatrician, 14.04.2026):"),
          ("b", ["Bilateral spastic CP (GMFCS IV). Under MDT review at Oakhurst Child Development Centre. "
                 "Botulinum toxin to hamstrings/adductors considered annually by orthopaedics.",
                 "Oro-motor dysphagia: IDDSI level 4 puréed diet and level 2 mildly thick fluids. "
                 "Videofluoroscopy 02.2026 showed silent aspiration on thin fluids. Risk of aspiration "
                 "pneumonia; 2 admissions 2025. Dietetic monitoring for faltering growth (weight 9th centile).",
                 "Epilepsy: focal seizures with impaired awareness, onset 11.2025, on levetiracetam BD. "
                 "Rescue medication: buccal midazolam per care plan.",
                 "CVI: assessed by paediatric ophthalmology and QTVI; acuity not measurable by standard means.",
                 "Sleep: disrupted, settling difficulties; melatonin trial commenced 03.2026.",
                 "Hip surveillance: 6-monthly x-ray per CPIP; migration percentage L 28%."])]
    D = [("p", "Assessment by Oakhurst & Vale Children with Disabilities Team (SW: Kerry Mount, 18.05.2026). "
               "Lily-Mae requires total care for all personal care, feeding, moving and handling. Parents "
               "report exhaustion due to night waking and feeding regime. Sibling (Alfie, 6) has limited "
               "one-to-one parental time. Home adaptations assessment (OT) outstanding: bathing and "
               "hoisting needs. Short breaks eligibility confirmed.")]
    E = [("table", [["Outcome", "Steps", "Review"],
                     ["By July 2027 Lily-Mae will make a choice between 2 objects of reference (e.g. cup for "
                      "drink, bubbles for play) by eye-pointing or reaching, in 4 out of 5 opportunities at nursery and home.",
                      "Dec 2026: looks at named object when 2 are offered, 3/5 times.", "Dec 2026 interim review"],
                     ["By July 2027 Lily-Mae will activate a switch to request 'more' during a favourite "
                      "song or activity, within 5 seconds, on 4 out of 5 occasions.",
                      "Dec 2026: presses switch for cause-and-effect toy with hand-over-hand fading.", "Dec 2026"],
                     ["By July 2027 Lily-Mae will sit in her supportive chair at group time for 15 minutes, "
                      "holding her head up to watch the adult.", "Dec 2026: 5 minutes.", "Dec 2026"],
                     ["Lily-Mae will eat her puréed lunch safely with no signs of choking or chest infection, "
                      "with staff following her eating and drinking plan at every meal.",
                      "Staff trained by Oct 2026.", "Dec 2026"],
                     ["Lily-Mae's family will have regular breaks so that they are less tired and can spend time with Alfie.",
                      "", "Dec 2026"],
                     ["Lily-Mae will settle to sleep and sleep for longer periods.", "", "Dec 2026"]])]
    F = [("table", [["Provision", "Delivered by", "Frequency"],
                     ["1:1 support throughout nursery session for positioning, feeding, personal care and learning",
                      "Nursery practitioner trained in moving and handling and dysphagia plan",
                      "5 sessions x 3 hours per week (15 hours funded)"],
                     ["AAC programme: objects of reference, switch work and intensive interaction",
                      "SALT plan delivered by keyworker", "Daily, 2 x 10 minutes"],
                     ["SALT review and target-setting, AAC assessment", "Specialist SALT (AAC)", "Half-termly visit, 1 hour"],
                     ["Physiotherapy programme (stretches, standing frame)", "Nursery staff trained by physio",
                      "Standing frame 30 minutes daily; stretches as per programme"],
                     ["QTVI advice and CVI-friendly learning environment", "Qualified teacher of the visually impaired",
                      "Termly visits"],
                     ["Early Years SEND Advisory Teacher support and transition planning to school",
                      "EY SEND Advisory Teacher", "Half-termly, 1 hour; transition meetings from Jan 2027"],
                     ["Portage home visits", "Portage worker", "Fortnightly, 1 hour"]])]
    G = [("table", [["Health provision", "Who", "Frequency"],
                     ["Community paediatric review incl. epilepsy management", "Dr R Hussain", "6-monthly"],
                     ["Physiotherapy: assessment, postural management, 24-hour positioning, equipment", "Paediatric physiotherapist",
                      "Monthly home/nursery visit, 45 minutes"],
                     ["Dysphagia management and eating and drinking plan; staff training", "Specialist SLT (dysphagia)",
                      "Review every 3 months; nursery staff training before start of each term"],
                     ["Dietetic review", "Paediatric dietitian", "3-monthly"],
                     ["Hip surveillance x-ray", "Orthopaedics (CPIP)", "6-monthly"],
                     ["Epilepsy nurse support and rescue medication training for nursery", "Paediatric epilepsy nurse specialist",
                      "Training annually and when medication changes"],
                     ["Sleep clinic review of melatonin", "Community paediatrics", "Within 3 months of starting"]])]
    H = [("p", "H1: Short breaks - overnight respite at Beechgrove House, 1 night per fortnight (26 nights a year). "
               "Home care support from a trained carer for bedtime routine, 2 evenings a week x 2 hours. "
               "OT home adaptations assessment to be completed by 30.11.2026 (bathing, hoisting)."),
         ("p", "H2: Child in need plan reviewed 6-monthly by the allocated social worker. Sibling support group "
               "for Alfie at Oakhurst Young Siblings, monthly.")]
    I = [("p", "Little Acorns Day Nursery (PVI early years setting). Reception placement for September 2027 "
               "to be considered at the phase transfer review; amended plan due by 15 February 2027.")]
    J = [("p", "Direct payment for home care support (H1): 4 hours per week at £22.50 per hour.")]
    K = [("table", [["Advice", "Author", "Date"],
                     ["Parental advice", "Stacey and Lewis Porter", "02.05.2026"],
                     ["Early years setting", "Little Acorns Day Nursery", "08.05.2026"],
                     ["Educational psychology", "Dr P Gaunt", "21.05.2026"],
                     ["Health (paediatric)", "Dr R Hussain", "14.04.2026"],
                     ["Physiotherapy", "J Carver, MCSP", "22.04.2026"],
                     ["SLT (dysphagia & AAC)", "F O'Neill", "29.04.2026"],
                     ["QTVI", "Sensory Support", "07.05.2026"],
                     ["Social care", "Kerry Mount, CWD Team", "18.05.2026"]])]
    tail = [("p", "Plan history: draft issued 20.05.2026; final plan issued 25.06.2026. This is Lily-Mae's "
                  "first EHC plan; the first review will be held 6 months after issue because she is under 5.")]
    tail += appeal_rights(C) + [gdpr_note(C)] + signature("Anita Baird", "Early Years SEND Keyworker", "25.06.2026", C)
    plan = {"title": "Oakhurst & Vale Council  |  EHC Plan", "cover": cover,
            "sections": [("A", "A. Views, interests and aspirations", A),
                         ("B", "B. Special Educational Needs", B),
                         ("C", "C. Health needs", Cc),
                         ("D", "D. Social care needs", D),
                         ("E", "E. Outcomes", E),
                         ("F", "F. Special educational provision", F),
                         ("G", "G. Health provision", G),
                         ("H", "H1 / H2. Social care provision", H),
                         ("I", "I. Placement", I),
                         ("J", "J. Personal budget", J),
                         ("K", "K. Advice and information", K)],
            "tail": tail, "header": "", "footer": ""}
    meta = dict(file="b3_03_lily_mae_porter.docx", format="docx", child_name="Lily-Mae Porter",
                date_of_birth="2023-02-09", issued="2026-06-25", last_review="", last_amended="",
                next_review="2026-12-24", nhs_number=nhs, upn="", sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=4, outcomes_specific=3, child_voice=3, pfa="NA", review_currency=4,
                  provision_specific=3, golden_thread=3, readability=2)
    return "docx_bold", plan, meta, labels


def p04():
    C = "Hollinbrook Metropolitan Borough Council"
    nhs = nhs_number("999538820")
    u = upn("358440712011")
    cover = [("kv", [("Name of young person", "Daniel Kwame Mensah"), ("Date of birth", "9th December 2009"),
                     ("NHS number", fmt_nhs(nhs)), ("UPN", u),
                     ("School", "Hollinbrook High School - Year 10"),
                     ("Parent(s)/carer(s)", "Abena Mensah"), ("Date of EHCP", "2nd March 2021"),
                     ("Date of last annual review", "16th May 2024"), ("Date of this amended plan", "1st July 2024"),
                     ("Lead professional", "Mr C Hartley, SEND Officer")])]
    cover += legal_intro(C, "Daniel")
    A = [("h2", "Daniel's views"),
         ("p", "Daniel was spoken to by his form tutor before the review. Daniel said he likes computers, "
               "especially coding and Minecraft, and likes science. He said he finds the corridors "
               "too busy and loud, and he doesn't like PE or working in groups. He would like to work "
               "with computers when he is older."),
         ("h2", "Parent's views"),
         ("p", "Mrs Mensah said that Daniel has found Year 10 very difficult. He has come home upset "
               "most days and some mornings he refuses to go. She is worried about his GCSEs and about "
               "how anxious he is. She would like him to have somewhere quiet to go and for teachers "
               "to understand his autism. She is also worried that he spends all his time in his room "
               "and doesn't go out.")]
    B = [("p", "Daniel has a diagnosis of Autism Spectrum Condition (ASC) made by the Hollinbrook "
               "Neurodevelopmental Pathway in 2018. Daniel is a very able young man, particularly in "
               "maths, science and computing, and is predicted grades 5-7 in these subjects. His needs are "
               "mainly in the areas of communication and interaction and social, emotional and mental health."),
         ("b", ["Daniel finds it difficult to understand the intentions of others and can take things literally.",
                "He finds group work difficult and prefers to work alone.",
                "He experiences high levels of anxiety, particularly in unstructured times and with changes to routine.",
                "He is sensitive to noise and finds busy corridors and the canteen overwhelming.",
                "His attendance in Year 10 has fallen to 82%.",
                "He can find it difficult to organise himself and his homework.",
                "His written answers are often very brief and he does not show all his working."])]
    Cc = [("p", "Daniel has an autism diagnosis. He was referred to CAMHS in 2023 for anxiety. Daniel is "
                "otherwise fit and healthy and will continue to have access to universal services such as "
                "his GP and school nursing.")]
    D = [("p", "No social care needs identified at this time.")]
    E = [("b", ["By July 2025 Daniel will be able to work with a partner in science lessons for part of the lesson.",
                "By July 2025 Daniel will manage his anxiety and use strategies when he feels overwhelmed.",
                "Daniel will improve his attendance to 95% by the end of Year 10.",
                "By July 2025 Daniel will achieve his target grades in his GCSE subjects.",
                "Daniel will develop his organisational skills.",
                "By the end of Year 11 Daniel will have a plan for his post-16 education, such as a course in computing."])]
    F = [("b", ["Access to a quiet space at unstructured times.",
                "Daniel will be allowed to leave lessons 5 minutes early to avoid busy corridors.",
                "Regular check-ins with a key adult (the SENCo or learning mentor).",
                "Social skills group once a week (6-week programme, group of 4, delivered by learning mentor).",
                "Staff to receive autism awareness training.",
                "Visual timetable and advance warning of changes where possible.",
                "Support from the Autism Outreach Team as required.",
                "Careers interview in Year 11.",
                "Exam access arrangements to be assessed (separate room, rest breaks)."])]
    G = [("p", "Universal services. CAMHS involvement as appropriate.")]
    H = [("p", "N/A")]
    I = [("p", "Hollinbrook High School, mainstream secondary (11-16).")]
    J = [("p", "Not requested.")]
    K = [("table", [["Advice", "From", "Date"],
                     ["Parental views", "Mrs A Mensah", "April 2024"],
                     ["School report", "Hollinbrook High School SENCo", "2 May 2024"],
                     ["Educational psychology", "Dr M Kerr", "November 2020"],
                     ["Health", "Community paediatrician", "December 2020"],
                     ["Autism Outreach", "Autism Outreach Team", "January 2024"]])]
    hist = [("h2", "Annual review record"),
            ("p", "Annual review held 16th May 2024 (Year 10). Outcomes discussed and partially met. Decision: "
                  "amend. Amended plan issued 1st July 2024. Next annual review due by 16th May 2025.")]
    tail = hist + appeal_rights(C) + [transport_note(C), gdpr_note(C)] + distribution(
        ["Mrs A Mensah", "Hollinbrook High School", "Hollinbrook SEND Team file"])
    plan = {"title": "Education Health and Care Plan - Daniel Mensah", "cover": cover,
            "sections": [("A", "Section A - Views, interests and aspirations", A),
                         ("B", "Section B - Special educational needs", B),
                         ("C", "Section C - Health needs", Cc),
                         ("D", "Section D - Social care needs", D),
                         ("E", "Section E - Outcomes", E),
                         ("F", "Section F - Special educational provision", F),
                         ("G", "Section G - Health provision", G),
                         ("H", "Section H1/H2 - Social care provision", H),
                         ("I", "Section I - Placement", I),
                         ("J", "Section J - Personal budget", J),
                         ("K", "Section K - Advice and information", K)],
            "tail": tail,
            "header": "Hollinbrook MBC  |  EHC Plan  |  Daniel Mensah  |  OFFICIAL-SENSITIVE",
            "footer": "EHCP v3 (amended 01/07/2024)"}
    meta = dict(file="b3_04_daniel_mensah.pdf", format="pdf", child_name="Daniel Kwame Mensah",
                date_of_birth="2009-12-09", issued="2021-03-02", last_review="2024-05-16",
                last_amended="2024-07-01", next_review="2025-05-16", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=1, outcomes_specific=2, child_voice=2, pfa=2, review_currency=1,
                  provision_specific=2, golden_thread=2, readability=3)
    return "pdf", plan, meta, labels
