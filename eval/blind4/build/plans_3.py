"""Plans 08-11 of blind4 (PDF exports; fictional children, invented councils)."""
from helpers import nhs, spaced, upn


# --------------------------------------------------------------------------------------------
# 08  Niamh Gallagher - Ravensholt Council - Year 9 - PDF, section tables with repeating title rows
# --------------------------------------------------------------------------------------------
def p08():
    n = nhs("999615203")
    u = upn("771403268812")
    cover = [
        ("kv", [("Name", "Niamh Aoife Gallagher"), ("Date of birth", "8 January 2013"),
                ("School and year", "Thornleigh School, Year 9"),
                ("Parents", "Siobhan and Declan Gallagher"),
                ("Address", "12 Kiln Row, Ravensholt, RV2 9HD"),
                ("NHS number", spaced(n)), ("UPN", u),
                ("First EHC plan", "3 March 2020"),
                ("Annual review", "2 July 2026"),
                ("Amendment notice sent", "28 July 2026"),
                ("Final amended plan issued", "15 September 2026"),
                ("Next annual review", "by 1 July 2027"),
                ("SEND Officer", "Callum Byrne, 01632 960 903")]),
        ("h", "AMENDMENT NOTICE - summary of changes after the review on 02/07/26"),
        ("b", ["Section A updated with Niamh's views for Year 9.",
               "Section B updated with the speech and language therapy and physiotherapy advice (June 2026).",
               "Section E: outcomes 1-2 updated; new outcomes 3-6, including preparing for adulthood.",
               "Section F: typing course, art club, travel training and careers guidance added.",
               "Section G: new block of physiotherapy added."]),
        ("p", "The family were sent the proposed changes on 28 July 2026 and asked for one change (to the "
              "travel training start date), which was made."),
    ]
    A = [
        ("h", "Niamh's views (typed by Niamh for her review)"),
        ("p", "\"I can talk. I talk all the time at home and with Orla and Jade. At school my voice just won't "
              "come out when a teacher is there or when lots of people are listening. It feels like my throat "
              "locks. It's not that I don't want to. People sometimes think I'm being rude or shy, and I'm not.\""),
        ("p", "\"I love art more than anything. I draw every day, mostly animals and comic strips. I'd like to "
              "be an illustrator for books or games. I want to do GCSE Art and then go to art college, maybe "
              "in a big city.\""),
        ("p", "\"My joints hurt, especially my fingers and knees. After writing for about 15 minutes my hand "
              "really hurts and my writing goes messy. Typing is much better. PE is hard because my knees "
              "give way.\""),
        ("p", "\"What helps: teachers not asking me questions out loud in front of the class, letting me write "
              "or type my answers, and letting me sit with Orla. What doesn't help: being told 'just say "
              "something', or people making a big deal when I do talk.\""),
        ("p", "\"I want to be able to go into town on the bus with my friends without Mum driving me. I'd "
              "like to be able to talk to at least some of my teachers, one day.\""),
        ("h", "Parents' views"),
        ("p", "Niamh's parents would like her to be happy at school and to be able to speak to her teachers."),
        ("h", "What school says about Niamh"),
        ("p", "Niamh is kind, thoughtful and funny in writing. Her comic strips are passed round the art room "
              "and she designed the poster for the Year 9 charity week. She is a loyal friend and works "
              "very hard, even on days when she is in pain."),
        ("h", "Niamh's aspirations"),
        ("b", ["To become an illustrator.", "To take GCSE Art and go to art college.",
               "To travel on the bus with her friends.", "To speak to some of her teachers."]),
    ]
    B = [
        ("h", "Communication and interaction"),
        ("p", "Niamh has selective mutism. This is an anxiety condition: she can speak, and speaks fluently "
              "at home, but she cannot speak in some places or with some people because of fear. At school "
              "she whispers to two friends and communicates with adults by writing, typing on her tablet, "
              "nodding and using cards. The speech and language therapist (June 2026) found that her "
              "language is well above average for her age. The barrier is anxiety, not language."),
        ("h", "Cognition and learning"),
        ("p", "Niamh is a very able student. Her reading age is above 15 years and her written work in "
              "English and science is of a high standard. Her art teacher describes her as 'exceptional'. "
              "Her progress is held back by the pain and fatigue of handwriting and by not being able to "
              "ask questions or take part in spoken tasks. Her teachers cannot always check what she has "
              "understood."),
        ("h", "Social, emotional and mental health"),
        ("p", "Niamh has a small, close group of friends. She becomes very anxious when she is expected to "
              "speak, when a cover teacher does not know about her needs, and in busy places such as the "
              "canteen and the PE changing rooms. Her attendance in 2025-26 was 93%. She is at risk of "
              "becoming isolated if her friends are not in her classes."),
        ("h", "Progress since the last review"),
        ("p", "In Year 8 Niamh met her outcome of handing in typed homework in every subject. She went on the "
              "Year 8 residential trip and took part in all activities. In May 2026 she whispered to her "
              "teaching assistant for the first time, in a quiet room with Orla present. She did not meet "
              "her outcome of joining a lunchtime club, because the club she chose was in the busy canteen."),
        ("h", "Physical"),
        ("p", "Niamh has hypermobility (see Section C). Her finger joints partly dislocate when she writes or "
              "grips for long, and her knees give way in PE. She tires quickly, especially in the afternoon. "
              "The occupational therapist recommends a laptop for all extended writing, a sloping board, "
              "pen grips and a chair with good back support."),
    ]
    C = [
        ("p", "Niamh has hypermobile Ehlers-Danlos syndrome (hEDS). This means her joints are very flexible "
              "and can partly slip out of place, which causes pain and tiredness. It was diagnosed in May 2024 "
              "by Dr Helen Cartwright, paediatric rheumatologist, Ravensholt General Hospital. Niamh has daily "
              "pain in her fingers, wrists and knees, and she sometimes feels dizzy when she stands up "
              "quickly. She does a home exercise programme from her physiotherapist."),
        ("p", "Niamh's selective mutism was assessed by the CAMHS anxiety team in 2025. She completed 8 "
              "sessions of cognitive behavioural therapy (CBT), a talking-and-doing therapy for anxiety, and "
              "was discharged in January 2026 with advice to school. She takes no medication."),
    ]
    D = [
        ("p", "Niamh is not known to children's social care and the family have not asked for help. She "
              "needs help with a few everyday tasks when her joints are painful, such as carrying heavy bags "
              "or opening jars. Her parents drive her to and from school because she cannot yet ask for help "
              "on a bus."),
    ]
    E = [
        ("p", "Niamh helped to choose these outcomes. They build on what she said she wants (Section A)."),
        ("t", [["Outcome", "Steps", "By when", "Provision"],
               ["1. Niamh will say at least one word aloud, such as answering the register, to her form tutor "
                "and two subject teachers of her choice.", "Oct 2026: speaks to her tutor in a small room with "
                "Orla there. Dec 2026: without Orla.", "February 2027", "F1, F2"],
               ["2. Niamh will answer a question in class in at least 3 subjects at least once a week, in any "
                "way she chooses (whisper, typed on her tablet, or through a friend).", "Starts in art, "
                "English and science.", "July 2027", "F1, F2"],
               ["3. Niamh will type a 400-word answer in 40 minutes on a laptop, so that pain no longer "
                "limits her writing.", "Completes the typing course; 25 words a minute by December 2026.",
                "Easter 2027", "F3, F4"],
               ["4. Preparing for adulthood - independent living: Niamh will travel on her own by bus "
                "(route 14, 25 minutes) between home and school on 5 days a week, buying her ticket on her "
                "phone.", "Travel training January to March 2027; one journey a week on her own by April.",
                "June 2027", "F6"],
               ["5. Preparing for adulthood - community: Niamh will go to art club every week and will show "
                "3 pieces at the school summer exhibition and the Ravensholt Library youth art show.",
                "Attends weekly from October 2026.", "July 2027", "F8"],
               ["6. Preparing for adulthood - employment: Niamh will choose her GCSE options, including Art "
                "and Design, after careers advice, and will complete a 2-day work taster with a printmaker "
                "or illustrator.", "Careers meeting by February 2027; options chosen March 2027.",
                "July 2027", "F7"]]),
    ]
    F = [
        ("t", [["Provision", "Who", "How often"],
               ["F1. 'Sliding-in' programme: small planned steps towards speaking to new adults",
                "Teaching assistant trained by the speech and language therapist; therapist plans and reviews",
                "TA 3 x 15 minutes a week; therapist 6 sessions a term"],
               ["F2. Agreed ways to communicate in every lesson: no direct spoken questions without warning; "
                "answers by writing, tablet or cards; one-page profile given to all staff, including cover "
                "teachers", "All staff; SENCo updates the profile", "Every lesson; profile updated each term"],
               ["F3. Laptop for all extended writing; touch-typing course", "SENCo arranges; TA delivers the "
                "course", "Laptop every lesson; course 2 x 20 minutes a week for 10 weeks"],
               ["F4. Sloping board, pen grips and supportive chair; OT review of equipment",
                "Occupational therapist", "Equipment in every classroom; review once a term"],
               ["F5. Exam arrangements: laptop, 25% extra time, rest breaks, separate room", "Exams officer",
                "All tests and exams"],
               ["F6. Independent travel training", "Ravensholt Travel Training Team", "8 weekly sessions, "
                "January to March 2027"],
               ["F7. Careers guidance and a work taster", "Careers adviser (Level 6)", "2 x 45-minute "
                "meetings in Year 9; 2-day taster in summer 2027"],
               ["F8. Art club, with one friend of Niamh's choice able to attend", "Art teacher",
                "Every Thursday, 1 hour"],
               ["F9. Time-out pass", "Pastoral team", "Access when needed"],
               ["F10. Check-ins with her key adult", "Key adult (Head of Year 9)", "Regular"]]),
    ]
    G = [
        ("t", [["Provision", "Who", "How often"],
               ["Physiotherapy: strengthening and joint protection, home programme", "Children's "
                "physiotherapist, Ravensholt Community Children's Services", "Block of 6 weekly sessions of "
                "45 minutes from October 2026, then review"],
               ["Rheumatology review", "Dr H. Cartwright, paediatric rheumatologist", "Once a year"],
               ["Advice to school on selective mutism (completed)", "CAMHS anxiety team", "Re-referral by GP "
                "or school if anxiety increases"]]),
    ]
    H1 = [("p", "None. Niamh does not have social care needs.")]
    H2 = [("p", "None.")]
    I = [("p", "Thornleigh School, Abbey Lane, Ravensholt RV4 1PP. Mainstream academy, ages 11 to 18.")]
    J = [("p", "No personal budget has been requested.")]
    K = [
        ("t", [["Advice", "From", "Date"],
               ["Niamh's views", "Niamh Gallagher", "24 June 2026"],
               ["Parents' views", "Siobhan and Declan Gallagher", "25 June 2026"],
               ["Annual review report", "Thornleigh School SENCo", "9 July 2026"],
               ["Speech and language therapy", "Ravensholt Children's Speech and Language Therapy", "12 June 2026"],
               ["Physiotherapy", "Ravensholt Community Children's Services", "19 June 2026"],
               ["Occupational therapy", "Ravensholt Community Children's Services", "3 March 2026"],
               ["Rheumatology letter", "Dr H. Cartwright", "30 April 2026"],
               ["CAMHS discharge summary", "Ravensholt CAMHS", "22 January 2026"]]),
    ]
    tail = [
        ("h", "Your rights"),
        ("p", "If you disagree with Section B, F or I you can appeal to the SEND Tribunal. You will need to "
              "speak to a mediation adviser first. You can also ask the Tribunal to look at the health and "
              "social care parts of the plan. Ravensholt SENDIASS gives free and confidential advice."),
        ("h", "Reviewing this plan"),
        ("p", "The school will hold Niamh's next review by 1 July 2027. Niamh can give her views in writing or "
              "by typing, and she can choose who is in the room. After the review the council has 4 weeks to "
              "decide whether to change the plan. You can ask for an early review at any time."),
        ("h", "Words used in this plan"),
        ("t", [["Word", "Meaning"],
               ["SENCo", "The teacher who co-ordinates support for special educational needs"],
               ["TA", "Teaching assistant"],
               ["OT", "Occupational therapist - helps with everyday skills, posture and equipment"],
               ["CAMHS", "Child and Adolescent Mental Health Services"],
               ["SENDIASS", "Free advice service for families about special educational needs"]]),
        ("p", "Issued on behalf of Ravensholt Council by Callum Byrne, SEND Officer, 15 September 2026."),
    ]
    plan = {
        "title": "Education, Health and Care Plan",
        "subtitle": "Niamh Gallagher",
        "header": "OFFICIAL-SENSITIVE          Ravensholt Council          EHC Plan - Niamh Gallagher",
        "footer": "Ravensholt Council SEND Service - final amended plan 15/09/2026",
        "cover": cover,
        "sections": [
            ("A", "Section A - Views, interests and aspirations", A),
            ("B", "Section B - Special educational needs", B),
            ("C", "Section C - Health needs", C),
            ("D", "Section D - Social care needs", D),
            ("E", "Section E - Outcomes", E),
            ("F", "Section F - Special educational provision", F),
            ("G", "Section G - Health provision", G),
            ("H1", "Section H1 - Social care provision (CSDPA 1970)", H1),
            ("H2", "Section H2 - Other social care provision", H2),
            ("I", "Section I - Placement", I),
            ("J", "Section J - Personal budget", J),
            ("K", "Section K - Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_08_niamh_gallagher.pdf", "format": "pdf", "child_name": "Niamh Aoife Gallagher",
            "date_of_birth": "2013-01-08", "issued": "2020-03-03", "last_review": "2026-07-02",
            "last_amended": "2026-09-15", "next_review": "2027-07-01", "nhs_number": n, "upn": u}
    labels = {"holistic": 3, "outcomes_specific": 4, "child_voice": 3, "pfa": 3, "review_currency": 4,
              "provision_specific": 3, "golden_thread": 3, "readability": 4}
    return ("pdf_sectiontable", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 09  Dev Chauhan - Haverdale Borough Council - Year 5 (plan says Year 4) - PDF, headings and tables
# --------------------------------------------------------------------------------------------
def p09():
    n = nhs("999047836")
    u = upn("129934005716")
    cover = [
        ("kv", [("Child's name", "Dev Chauhan"), ("D.O.B.", "19.12.2016"),
                ("NC year", "Year 4"), ("School", "Gorse Lane Primary School"),
                ("Parents", "Anjali Chauhan and Rohan Chauhan"),
                ("Address", "27 Linnet Drive, Haverdale, HV5 2WE"),
                ("NHS", spaced(n)), ("UPN", u),
                ("Primary need", "VI"),
                ("Date first issued", "14.01.2021"),
                ("Annual review", "03.09.2025"),
                ("Date of amended plan", "27.10.2025"),
                ("Next review", "by 02.09.2026"),
                ("Case officer", "Amira Nasser, SEN Team, Haverdale Borough Council")]),
        ("p", "This plan has been drawn up following the annual review held on 03.09.2025 and should be read "
              "alongside the QTVI functional vision assessment and the Hospital Eye Service report listed "
              "in Section K."),
        ("h", "Summary of annual review (03.09.2025)"),
        ("p", "The review was attended by Mrs Chauhan, the class teacher, the SENCo and the QTVI. Progress "
              "against the previous outcomes was reported as follows. Outcome 1 (use of magnification) was "
              "partially achieved: Dev uses iPad magnification consistently but continues to decline the "
              "hand-held magnifier in front of peers. Outcome 2 (keyboard familiarisation) was achieved. "
              "Outcome 3 (reading fluency, 50 wpm) was achieved. Outcome 4 (independent movement within the "
              "classroom) was achieved. It was agreed that the plan should be amended to reflect the "
              "functional vision assessment of June 2025, the habilitation assessment of July 2025, and to "
              "set new outcomes for Year 4. Mrs Chauhan requested that consideration be given to Dev's "
              "isolation at playtimes; a structured playground scheme has been added to Section F."),
    ]
    A = [
        ("p", "Dev is a sociable, articulate and well-motivated young man who presents with a congenital visual "
              "impairment associated with oculocutaneous albinism and nystagmus. He is reported by staff to be "
              "a popular member of his class who engages enthusiastically with oral elements of the "
              "curriculum, particularly discussion-based activities, and demonstrates a well-developed "
              "vocabulary and sense of humour."),
        ("p", "Dev's interests include gaming, technology and football. Dev says he \"wants to be a YouTuber "
              "who reviews games\". He has expressed a preference for using his iPad rather than paper-based "
              "resources."),
        ("p", "Dev's parents report that he is generally happy at school. They have expressed concern regarding "
              "his independence and his ability to navigate unfamiliar environments, and would like "
              "consideration to be given to his long-term access to technology. They also report that Dev "
              "can become frustrated when he is unable to participate in playground games with his peers."),
        ("p", "School one-page profile (summary): Dev is described as a confident speaker who contributes "
              "readily to class discussion and has a good general knowledge. Adults are asked to say his "
              "name before speaking to him, to tell him who they are, to describe what is being shown, to "
              "avoid pointing and 'over there' language, and to allow him additional time to locate "
              "resources. He prefers not to be singled out when using equipment."),
        ("p", "Professionals consider that Dev would benefit from continuing to develop his self-advocacy "
              "skills and his acceptance and consistent use of low vision devices."),
    ]
    B = [
        ("h", "Vision and access to learning"),
        ("p", "Dev has a severe bilateral visual impairment. Functional vision assessment by the QTVI (June "
              "2025) indicates binocular distance visual acuity of 0.8 logMAR (approximately 6/38) and near "
              "acuity of N18 at 10 cm with habitual correction. Nystagmus is present and is exacerbated by "
              "fatigue and stress; a null point is observed with a slight head turn to the left. Dev "
              "experiences significant photophobia and glare sensitivity, particularly in outdoor "
              "environments and under fluorescent lighting. Contrast sensitivity is reduced. Colour vision "
              "is not significantly affected. Visual fatigue is evident after approximately 20 minutes of "
              "sustained near tasks."),
        ("p", "Dev requires all written materials to be modified to a minimum of N24 bold sans-serif with "
              "enhanced contrast, or accessed via digital means with magnification. He is unable to access "
              "whole-class displays (interactive whiteboard) from his seat and requires a streamed image to "
              "his iPad. He is an emerging user of a hand-held magnifier and video magnifier (CCTV), though "
              "usage is inconsistent."),
        ("h", "Literacy and numeracy"),
        ("p", "Dev's decoding skills are age-appropriate; however, reading fluency and stamina are reduced "
              "(reading rate approximately 55 words per minute on modified text versus an expected rate of "
              "around 90-100 wpm). Comprehension is secure when text is presented orally. Handwriting is "
              "large and irregular and line tracking is inconsistent. Keyboard skills are emerging. In "
              "mathematics he has difficulty with visually complex tasks such as reading scales, graphs and "
              "tables, and with place value when columns are not clearly delineated."),
        ("h", "Expanded core curriculum"),
        ("p", "Dev requires specific teaching in areas of the expanded core curriculum (ECC), including "
              "assistive technology, habilitation (orientation, mobility and independent living skills), "
              "touch-typing and self-advocacy. He currently relies on adults or peers to navigate the school "
              "site at busy times and does not yet use a long cane or tactile cues."),
        ("h", "Visual fatigue"),
        ("p", "Staff report a marked deterioration in Dev's visual efficiency, posture and on-task behaviour "
              "during afternoon sessions and following periods of sustained near work. Nystagmus intensity "
              "increases and Dev may rub his eyes, adopt a very close working distance or disengage. "
              "Scheduling of visually demanding tasks earlier in the day and the provision of planned "
              "visual rest breaks are recommended by the QTVI."),
        ("h", "Strategies for all staff"),
        ("b", ["Verbalise all visual information presented on the board, including diagrams and video content.",
               "Provide individual copies of all resources in the agreed modified format; do not enlarge by "
               "photocopying.",
               "Ensure uncluttered, high-contrast worksheets with generous spacing and a clear layout.",
               "Allow additional time for reading and for locating information on the page.",
               "Avoid placing Dev facing a light source; manage glare with blinds.",
               "Inform Dev in advance of any changes to classroom layout or to the location of activities.",
               "Ensure PE and outdoor activities are risk-assessed and adapted (high-contrast and audible "
               "equipment) in consultation with the QTVI."]),
        ("h", "Social and emotional"),
        ("p", "Dev has positive relationships with peers in the classroom. During unstructured times he can "
              "become isolated as he is unable to follow fast-moving ball games or recognise peers at a "
              "distance. He has expressed some self-consciousness about his appearance and about using "
              "equipment that looks different."),
    ]
    C = [
        ("p", "Dev has oculocutaneous albinism and nystagmus and is known to the Hospital Eye Service at "
              "Haverdale General Hospital. He wears glasses."),
    ]
    D = [("p", "No social care needs identified.")]
    E = [
        ("p", "Outcomes are set to the end of Year 4 (July 2026) or the end of Key Stage 2 (July 2028)."),
        ("t", [["Outcome", "Short-term steps", "Timescale"],
               ["1. Dev will demonstrate increased proficiency and independence in the use of low vision "
                "devices, selecting and using an appropriate device (hand-held magnifier, video magnifier or "
                "iPad) for near and distance tasks in 4 out of 5 lessons without adult prompting.",
                "Selects device with one verbal prompt in 4/5 lessons by February 2026.", "July 2026"],
               ["2. Dev will touch-type at a speed of 20 words per minute with 90% accuracy, enabling "
                "him to produce written work of comparable length to that of his peers.",
                "Completes Stage 1 of the touch-typing programme by Easter 2026.", "July 2026"],
               ["3. Dev will increase his reading fluency on modified text to 80 words per minute with "
                "secure comprehension (8/10 retrieval questions correct).",
                "70 wpm by April 2026.", "July 2026"],
               ["4. Dev will navigate the school site independently, including at break and lunch, utilising "
                "taught routes and environmental cues.",
                "Independent on routes to toilet and hall by December 2025.", "July 2026"],
               ["5. Dev will develop his self-advocacy skills so that he is able to explain his visual "
                "needs to unfamiliar adults.", "-", "End of KS2 (July 2028)"],
               ["6. Dev will access age-appropriate outcomes in reading, writing and maths by the end of "
                "KS2 with appropriate modifications.", "Termly teacher assessment.", "July 2028"]]),
    ]
    F = [
        ("t", [["Provision", "Delivered by", "Frequency / duration", "Ratio"],
               ["Direct teaching of ECC skills (low vision devices, self-advocacy, touch-typing) and monitoring "
                "of access arrangements", "QTVI, Haverdale Sensory Support Service", "1 visit per fortnight, "
                "60 minutes (30 min direct teaching, 30 min staff liaison)", "1:1"],
               ["Teaching assistant support to deliver QTVI programme, prepare and manage equipment, and "
                "support access in literacy, numeracy and science", "TA with VI training (minimum: Sensory "
                "Support Service VI awareness course)", "10 hours per week, timetabled in core lessons", "1:1"],
               ["Modification of all printed materials to N24 bold sans-serif with enhanced contrast, or "
                "digital equivalent", "VI resource technician (Sensory Support Service) with class teacher",
                "All materials, supplied at least 48 hours before the lesson", "-"],
               ["Touch-typing programme", "TA", "4 x 15 minutes per week until target met", "1:1"],
               ["Habilitation: orientation and mobility training on the school site and routes; pre-cane "
                "skills assessment", "Qualified habilitation specialist (Sensory Support Service)",
                "6 sessions of 45 minutes per term", "1:1"],
               ["Equipment: iPad with screen-mirroring to the interactive whiteboard, video magnifier, "
                "hand-held magnifier, sloped desk, task lighting, tinted lenses/visor for outdoor use",
                "Sensory Support Service (loan); school maintains", "Available in every lesson; checked by QTVI "
                "each half term", "-"],
               ["Seating: front row, centre-left (null point), back to windows; blinds in use", "Class teacher",
                "Every lesson", "-"],
               ["Structured playground games scheme with two peers (adapted ball, high-contrast markings)",
                "Lunchtime supervisor trained by QTVI", "3 lunchtimes per week, 20 minutes", "1:3"],
               ["Exam and test access arrangements: modified papers N24, 25% extra time, rest breaks",
                "SENCo", "All formal assessments including KS2 SATs", "-"]]),
    ]
    G = [
        ("p", "Dev will continue to attend the Hospital Eye Service for routine review. Sun cream is to be "
              "applied in line with school policy."),
    ]
    H1 = [("p", "N/A")]
    H2 = [("p", "N/A")]
    I = [("p", "Gorse Lane Primary School, Gorse Lane, Haverdale HV3 7AB. Mainstream maintained primary "
               "school.")]
    J = [("p", "No request for a personal budget has been made.")]
    K = [
        ("t", [["Advice", "Author", "Date"],
               ["Parental views", "Mr and Mrs Chauhan", "26.08.2025"],
               ["Functional vision assessment", "L. Porter, QTVI", "18.06.2025"],
               ["Habilitation assessment", "K. Reeve, Habilitation Specialist", "02.07.2025"],
               ["Hospital Eye Service report", "Ophthalmology, Haverdale General Hospital", "11.03.2025"],
               ["School annual review report", "Gorse Lane Primary School", "10.09.2025"],
               ["Educational psychology advice", "Dr F. Marsh, Educational Psychologist", "02.11.2020"],
               ["Early years setting report", "Sunflower Nursery", "15.10.2020"]]),
    ]
    tail = [
        ("p", "Signed on behalf of Haverdale Borough Council: A. Nasser, SEN Case Officer, 27.10.2025"),
        ("h", "Information"),
        ("p", "Parents have a right of appeal to the First-tier Tribunal (SEND) in relation to Sections B, F "
              "and I. Mediation advice must be sought before an appeal is registered, other than where the "
              "appeal concerns placement only. Information, advice and support is available from Haverdale "
              "SENDIASS. The plan will be reviewed within 12 months of the date of the last review. "
              "Parents may request an earlier review where there is a significant change in circumstances."),
        ("p", "Transition planning for Key Stage 3 will begin at the Year 5 annual review, including "
              "familiarisation visits, a site mobility assessment of the receiving school and the transfer "
              "of specialist equipment."),
        ("p", "Equipment loaned by the Sensory Support Service remains the property of Haverdale Borough "
              "Council and will transfer with Dev to his next setting. Schools are responsible for insurance "
              "and day-to-day maintenance. Requests for replacement equipment should be made through the "
              "QTVI."),
        ("p", "Distribution: parents; Gorse Lane Primary School; Haverdale Sensory Support Service; "
              "Ophthalmology, Haverdale General Hospital; file."),
        ("p", "Abbreviations: QTVI - qualified teacher of children and young people with vision impairment; "
              "TA - teaching assistant; KS2 - Key Stage 2."),
    ]
    plan = {
        "title": "EDUCATION, HEALTH AND CARE PLAN",
        "subtitle": "Haverdale Borough Council - Special Educational Needs Team",
        "header": "OFFICIAL-SENSITIVE  |  Haverdale Borough Council  |  EHC Plan - Dev Chauhan",
        "footer": "EHCP Dev Chauhan - amended 27.10.2025",
        "cover": cover,
        "sections": [
            ("A", "A. Views, interests and aspirations of the child and parents", A),
            ("B", "B. Special educational needs", B),
            ("C", "C. Health needs", C),
            ("D", "D. Social care needs", D),
            ("E", "E. Outcomes", E),
            ("F", "F. Special educational provision", F),
            ("G", "G. Health provision", G),
            ("H1", "H1. Social care provision (s2 CSDPA 1970)", H1),
            ("H2", "H2. Other social care provision", H2),
            ("I", "I. Placement", I),
            ("J", "J. Personal budget", J),
            ("K", "K. Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_09_dev_chauhan.pdf", "format": "pdf", "child_name": "Dev Chauhan",
            "date_of_birth": "2016-12-19", "issued": "2021-01-14", "last_review": "2025-09-03",
            "last_amended": "2025-10-27", "next_review": "2026-09-02", "nhs_number": n, "upn": u}
    labels = {"holistic": 2, "outcomes_specific": 3, "child_voice": 2, "pfa": "NA", "review_currency": 2,
              "provision_specific": 4, "golden_thread": 3, "readability": 2}
    return ("pdf_headings", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 10  Lewis Ashdown - Pellingham County Council - Year 11 - PDF, section tables (title not repeated)
# --------------------------------------------------------------------------------------------
def p10():
    n = nhs("999738512")
    u = upn("356280417734")
    cover = [
        ("p", "Pellingham County Council - SEND Service"),
        ("kv", [("Name", "Lewis Ashdown"), ("Date of birth", "30/03/2011"),
                ("Address", "5 Cobbler's Walk, Pellingham, PL8 3RR"),
                ("Parent(s)", "Karen Ashdown (mum); Gary Ashdown (dad)"),
                ("NHS number", spaced(n)), ("UPN", u),
                ("School", "Brindle Hill School (Key Stage 4)"),
                ("Plan issued", "12/09/2017"),
                ("Plan last amended", "20/11/2025"),
                ("SEND Keyworker", "Sophie Lamb")]),
        ("p", "Pellingham County Council is responsible for this plan. The school named in Section I must admit "
              "Lewis. The plan will be reviewed at least once every 12 months."),
        ("p", "This plan was amended following the annual review held on 09/10/2025. It replaces the version "
              "issued on 04/12/2024. The advice and information used to write the plan are listed in "
              "Section K. Copies of the reports can be requested from the SEND Service. Please keep this "
              "plan safe and bring it to Lewis's annual review meetings."),
    ]
    A = [
        ("h", "About Lewis"),
        ("p", "Lewis is a cheerful young man who likes buses, Minecraft and his dog, Pepper. He knows the "
              "numbers and routes of all the buses in Pellingham. He likes helping in the school tuck shop. "
              "He is good at remembering facts and enjoys art and cooking lessons."),
        ("p", "Lewis's views were gathered by his class teacher. Lewis said he likes school and his friends "
              "Jack and Ollie. He said he wants to go to college. He said he doesn't like it when it is noisy "
              "or when the lesson changes."),
        ("h", "One-page profile (written by class staff)"),
        ("kv", [("What people like about Lewis", "He is friendly, polite and funny. He always says good "
                 "morning to everyone. He is very knowledgeable about buses and trains. He is kind to younger "
                 "pupils."),
                ("What is important to Lewis", "His dog Pepper. Knowing what is happening next. His bus "
                 "timetables. Having his lunch at 12 o'clock. Sitting in the same place in class. Seeing his "
                 "nan on Sundays."),
                ("How best to support Lewis", "Give him time to answer. Use short, clear sentences. Tell him "
                 "about changes in advance. Let him wear his ear defenders in assembly. Use his interest in "
                 "buses to motivate him.")]),
        ("h", "What Lewis's parents say"),
        ("p", "Mum and Dad say Lewis is a happy and loving boy. They would like him to go to college and to "
              "be as independent as possible. They worry about what will happen when he leaves Brindle Hill "
              "and about him being taken advantage of. Dad would like Lewis to learn to travel on the bus "
              "by himself because he loves buses."),
        ("h", "Aspirations"),
        ("p", "Lewis would like to drive a bus one day. He would like to go to college."),
    ]
    B = [
        ("p", "Lewis is autistic and has moderate learning difficulties (MLD)."),
        ("h", "Summary of educational psychology advice (2017)"),
        ("p", "The educational psychologist assessed Lewis in Year 1. Lewis's cognitive abilities were found "
              "to be in the extremely low range for his age, with relative strengths in visual memory and "
              "rote learning. Lewis's attention was fleeting and adult-directed tasks needed to be short and "
              "highly structured. It was recommended that Lewis be taught in a small, structured setting "
              "with a high level of visual support and an autism-friendly environment."),
        ("h", "Progress reported at the annual review (October 2025)"),
        ("p", "Lewis settled well into Key Stage 4. He has worked towards Entry Level qualifications and has "
              "completed a week of work experience in the school kitchen, which he enjoyed. He has had "
              "fewer incidents of leaving the classroom. His parents reported that he has become more "
              "anxious at home in the evenings and has had difficulty sleeping. School suggested that Lewis "
              "starts travel training during the year."),
        ("h", "Communication and interaction"),
        ("p", "Lewis communicates in short sentences. He understands simple instructions but needs extra "
              "time to process language and may repeat the last words of a question instead of answering it. "
              "He finds it hard to ask for help. He can talk at length about buses but finds other "
              "conversations difficult. He takes things literally."),
        ("h", "Cognition and learning"),
        ("p", "Lewis is working at Entry Level 1 to 2 in English and maths. He can read simple sentences "
              "and signs. He can add and subtract to 20 and is learning to use money. He finds it hard to "
              "tell the time on a clock with hands and to work out change. He learns best with practical "
              "activities, visual supports and repetition."),
        ("h", "Social, emotional and mental health"),
        ("p", "Lewis is generally settled in his class. He becomes anxious when routines change, when "
              "there is loud noise, or when he does not know what is happening next. When anxious he may "
              "pace, put his hands over his ears or leave the room. Anxiety has increased over the last year "
              "as he has started to talk about leaving school. He is vulnerable in the community because he "
              "trusts people easily."),
        ("p", "At school Lewis is supported by a consistent team of adults who know him well. He responds "
              "well to praise and to clear routines. He finds whole-school events, supply staff and trips "
              "difficult, and needs preparation with photos and social stories beforehand. He has said he "
              "is worried that he will not know anybody at college."),
        ("h", "Sensory and physical"),
        ("p", "Lewis is sensitive to noise and some textures. He has good gross motor skills. His fine motor "
              "skills are weaker, and he finds buttons, laces and cutting difficult."),
        ("h", "Independence"),
        ("p", "At home Lewis spends most of his free time in his bedroom on his computer. He goes to the "
              "shop with his dad. He does not go out with friends from school because they live in other "
              "towns. He attends a Saturday short-breaks club."),
        ("p", "Lewis needs prompts for personal care. He can make a sandwich and a hot drink with supervision. "
              "He has not yet travelled on public transport without an adult. He does not understand the "
              "value of money."),
    ]
    C = [
        ("p", "Lewis has asthma and uses a blue inhaler. He is known to the CAMHS LD team for anxiety."),
    ]
    D = [
        ("p", "Lewis is known to the Disabled Children's Service and receives short breaks. Lewis will need "
              "an assessment from Adult Social Care before he is 18."),
    ]
    E = [
        ("p", "The following outcomes are to be achieved by the end of Key Stage 4:"),
        ("n", ["1. Lewis will develop his independence skills.",
               "2. Lewis will make progress in English and maths.",
               "3. Lewis will be supported to prepare for college.",
               "4. Lewis will improve his social and communication skills.",
               "5. Lewis will continue to receive support for his anxiety."]),
    ]
    F = [
        ("p", "Lewis's needs will be met in a specialist setting with the following provision:"),
        ("t", [["Provision", "Staff", "Frequency"],
               ["Teaching in a class of up to 10 pupils with a teacher and 3 teaching assistants",
                "Brindle Hill School", "Full time"],
               ["Visual timetable and warnings of changes", "Class staff", "Daily"],
               ["Speech and language therapy", "SALT", "6 sessions a year"],
               ["Support for anxiety, including a calm area", "Class staff", "As needed"],
               ["Independent living skills sessions", "Class staff", "Regular"],
               ["Travel training", "To be arranged", "To be agreed"],
               ["Access to the Preparing for Adulthood curriculum and work experience opportunities",
                "School", "As appropriate"],
               ["Small group social skills", "TA", "Weekly"],
               ["Careers advice", "Careers adviser", "Annually"],
               ["Access to sensory breaks and ear defenders", "Class staff", "As needed"],
               ["Use of ICT to support recording", "Class staff", "Where appropriate"]]),
    ]
    G = [
        ("p", "Lewis's health needs are met by universal services. CAMHS LD to provide support as required. "
              "Asthma plan held by school."),
    ]
    H1 = [("p", "Short breaks as needed.")]
    H2 = [("p", "None identified.")]
    I = [("p", "Brindle Hill School, Brindle Lane, Pellingham PL3 6TT. Special school for pupils aged 7-16 with "
               "moderate learning difficulties and autism.")]
    J = [("p", "Not applicable.")]
    K = [
        ("b", ["Parental advice - K. and G. Ashdown - 2017",
               "Educational psychology advice - Pellingham EPS - 2017",
               "School annual review reports - Brindle Hill School - 2018 to 2025",
               "Speech and language therapy - Pellingham Children's Therapy - 2024",
               "CAMHS LD letter - 2024",
               "Social care - Disabled Children's Service - see attached"]),
    ]
    tail = [
        ("p", "Signed: S. Lamb, SEND Keyworker, for Pellingham County Council. 20/11/2025"),
        ("h", "ANNUAL REVIEW - RECORD OF MEETING"),
        ("kv", [("Date of meeting", "06/10/2026"),
                ("Held at", "Brindle Hill School"),
                ("Present", "Lewis (part), Mrs K. Ashdown, Mr G. Ashdown, Mr D. Howe (class teacher), Mrs A. Grant "
                 "(deputy head / SENCo), careers adviser"),
                ("Lewis's views", "Lewis said he wants to go to college 'to do buses'. He chose the Pellingham "
                 "College 'Pathways' course from the photos he was shown."),
                ("Progress", "Lewis has gained Entry Level 1 certificates in maths and English. He has made "
                 "a hot drink and toast independently in food technology. He is still anxious about changes. "
                 "Travel training has not yet started."),
                ("Recommendations", "Name Pellingham College (Pathways, Entry Level 2) for September 2027. "
                 "Add outcomes for independent travel, money and community. Request CAMHS LD update. Refer to "
                 "Adult Social Care Transitions Team."),
                ("Next steps", "School to send the review report to the local authority within 2 weeks. The "
                 "local authority will write to confirm its decision within 4 weeks of the meeting.")]),
        ("h", "Preparing for adulthood - information"),
        ("p", "From Year 9, annual reviews for young people with EHC plans must consider preparing for "
              "adulthood. This includes thinking about further education and employment, independent "
              "living, friendships and being part of the community, and good health. Young people and their "
              "families can find out more about post-16 options, supported internships, travel training, "
              "short breaks and transition to adult services on the Pellingham Local Offer."),
        ("p", "Young people who are likely to need care and support after they turn 18 should be referred to "
              "the Adult Social Care Transitions Team from the age of 14. When a young person reaches 16 "
              "they are entitled to make decisions about their EHC plan themselves, as long as they have "
              "the mental capacity to do so."),
        ("h", "Travel and personal budgets"),
        ("p", "Home to school transport is not included in this plan. Lewis currently receives transport by "
              "taxi under the Pellingham Home to School Transport Policy. Families may ask for a personal "
              "budget for some of the provision in the plan at any annual review."),
        ("p", "Distribution: parents; Brindle Hill School; Disabled Children's Service; CAMHS LD; file."),
        ("h", "Your right to appeal"),
        ("p", "If you disagree with the local authority's decision after the review you can ask for "
              "mediation or appeal to the SEND Tribunal. You can appeal about the description of Lewis's "
              "special educational needs (Section B), the special educational provision (Section F) and the "
              "school or college named (Section I). You must contact a mediation adviser before you appeal, "
              "unless your appeal is only about the school or college named. The time limit is two months "
              "from the date of the local authority's decision letter, or one month from the date of the "
              "mediation certificate, whichever is later. Pellingham SENDIASS can give you free, impartial "
              "advice and can come to meetings with you."),
        ("h", "The Local Offer"),
        ("p", "The Pellingham Local Offer sets out the services available for children and young people "
              "with special educational needs and disabilities, including leisure activities, short breaks, "
              "support groups, college courses and health services. You can find it on the council's "
              "website or ask for a printed copy."),
    ]
    plan = {
        "title": "Education, Health and Care Plan",
        "subtitle": "Lewis Ashdown",
        "header": "OFFICIAL-SENSITIVE - Pellingham County Council - EHC Plan - Lewis Ashdown",
        "footer": "Pellingham CC SEND - EHCP - Lewis Ashdown",
        "cover": cover,
        "sections": [
            ("A", "Section A: Views, interests and aspirations", A),
            ("B", "Section B: Special educational needs", B),
            ("C", "Section C: Health needs", C),
            ("D", "Section D: Social care needs", D),
            ("E", "Section E: Outcomes", E),
            ("F", "Section F: Special educational provision", F),
            ("G", "Section G: Health provision", G),
            ("H1", "Section H1: Social care provision (CSDPA)", H1),
            ("H2", "Section H2: Other social care provision", H2),
            ("I", "Section I: Placement", I),
            ("J", "Section J: Personal budget", J),
            ("K", "Section K: Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_10_lewis_ashdown.pdf", "format": "pdf", "child_name": "Lewis Ashdown",
            "date_of_birth": "2011-03-30", "issued": "2017-09-12", "last_review": "2026-10-06",
            "last_amended": "2025-11-20", "next_review": "2027-10-05", "nhs_number": n, "upn": u}
    labels = {"holistic": 2, "outcomes_specific": 1, "child_voice": 2, "pfa": 2, "review_currency": 3,
              "provision_specific": 2, "golden_thread": 2, "readability": 3}
    return ("pdf_sectiontable_norepeat", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 11  Poppy Atherton - Sorrel Cross Council - Reception (plan written at age 2) - PDF, letter column
# --------------------------------------------------------------------------------------------
def p11():
    n = nhs("999891724")
    cover = [
        ("kv", [("Name", "Poppy Elizabeth Atherton"), ("Date of birth", "11th March 2022"),
                ("Age when plan issued", "2 years 1 month"),
                ("Parents", "Jenna Atherton and Marcus Atherton"),
                ("Address", "9 Foxglove Close, Sorrel Cross, SX4 7BN"),
                ("NHS number", spaced(n)),
                ("Setting", "Little Acorns Pre-School (funded 2-year-old place, 15 hours a week)"),
                ("Date of plan", "22nd April 2024 (final)"),
                ("Review", "First review by 21st October 2024 (six-monthly review for under-fives)"),
                ("SEN Officer", "Rachel Onyango, Sorrel Cross Council, 01632 960 640")]),
        ("p", "This is Poppy's first EHC plan. It follows an EHC needs assessment requested by her parents in "
              "November 2023."),
    ]
    A = [
        ("h", "What Poppy enjoys (from her key person at Little Acorns, Kerry)"),
        ("b", ["Saying hello to everyone who comes into the room, and waving goodbye.",
               "Music and songs, especially 'Twinkle Twinkle' - she hums the tune.",
               "Looking at picture books about animals on an adult's lap.",
               "Water play and the bubble machine (but not the noise of the hand dryer)."]),
        ("h", "What Jenna and Marcus say"),
        ("p", "\"Poppy is the most sociable little girl you could meet. She loves people and she wants to be "
              "with other children all the time. She was very poorly as a baby with her heart and with "
              "feeding, and for a long time we just wanted to get her through each day. Now we want her to "
              "learn and to enjoy being a little girl. We want her to talk, so she can tell us what she "
              "wants. We want her to eat and drink more easily, because mealtimes are still really hard. "
              "Loud noises terrify her - hand dryers, the hoover, motorbikes - and we'd like her to cope "
              "better so we can go out as a family. We hope she will go to Sorrel Cross Infants with the "
              "children from pre-school. We worry about her heart and about people not understanding "
              "Williams syndrome. She is so friendly she will go to anyone, which worries us for when she "
              "is older.\""),
        ("p", "Poppy's nan, Carol, who looks after her on Fridays, says: \"She lights up the room. She just "
              "needs people to be patient with her and to give her time.\""),
        ("h", "Hopes for Poppy"),
        ("b", ["To talk in short sentences and tell people what she wants.",
               "To enjoy mealtimes and drink enough.",
               "To cope with everyday noises so the family can go out together.",
               "To go to her local infant school with her friends."]),
    ]
    B = [
        ("h", "Communication"),
        ("p", "Poppy has Williams syndrome (WS). She understands more than she can say. She follows simple "
              "instructions with a gesture ('give me the cup'), knows the names of about 30 everyday "
              "objects and uses about 10 single words, with lots of babble and eye contact. She copies "
              "actions to songs. (Speech and language therapy, February 2024.)"),
        ("h", "Learning and play"),
        ("p", "Poppy has global developmental delay (GDD). Her development is at about the level of a 12 to 15 "
              "month old child. She explores toys by looking, banging and posting. She finds it hard to "
              "build towers or do inset puzzles. She attends to an activity for 1 to 2 minutes unless it "
              "involves music or a familiar adult. (Portage report, January 2024.)"),
        ("h", "Social and emotional"),
        ("p", "Poppy is very sociable and loves adult attention. She is less interested in toys than in "
              "people. She becomes very distressed at sudden loud noises, screaming and clinging to an "
              "adult for up to 10 minutes. She is anxious when her routine changes."),
        ("h", "What helps Poppy"),
        ("b", ["A familiar adult close by, and the same key person each day.",
               "Short activities with music, songs and signs (Makaton).",
               "Warning before a noise, and a quiet corner to go to.",
               "Extra time at meals, a supportive seat and her own cup and spoon.",
               "Photos to show what is happening next."]),
        ("h", "Physical and sensory"),
        ("p", "Poppy walked at 22 months and is still unsteady on steps and uneven ground. She has low "
              "muscle tone. She finds it hard to use a spoon and to hold a cup. She has hyperacusis "
              "(extreme sensitivity to some sounds)."),
    ]
    C = [
        ("p", "Poppy's Williams syndrome was diagnosed by genetic testing at 9 months, after a heart murmur "
              "was found. She is under the care of Dr Simon Okafor, community paediatrician, every 6 months."),
        ("p", "Williams syndrome is a rare genetic condition that is present from birth. It affects how the "
              "heart and blood vessels develop, the level of calcium in the blood, growth, learning and "
              "hearing. Many children with Williams syndrome are very friendly and musical, and many are "
              "anxious and sensitive to sound."),
        ("b", ["Heart: Poppy has supravalvular aortic stenosis (SVAS), a narrowing of the main artery leaving "
               "the heart. She is seen by the children's heart team at Westmere Children's Hospital every 6 "
               "months. She may need surgery in future. Staff must tell her parents if she is breathless, "
               "blue around the lips or unusually tired.",
               "Calcium: as a baby Poppy had high calcium levels. She is on a low-calcium diet and her calcium "
               "is checked with a blood test every 6 months. She must not have vitamin D supplements.",
               "Eating and drinking: Poppy has difficulty chewing and swallowing, and reflux. She eats mashed "
               "food and drinks about 300 ml a day, which is less than she needs. She is often constipated.",
               "Sleep: Poppy wakes 3 or 4 times most nights.",
               "Hearing: her hearing test (January 2024) was normal, but she is very sensitive to noise."]),
    ]
    D = [
        ("p", "Poppy's parents both work part time. Poppy needs much more care than other children her age: "
              "every meal takes up to an hour, she wakes several times a night, and she cannot be left with "
              "people who do not know about her heart and diet. Her grandparents help but cannot manage "
              "mealtimes. Jenna and Marcus are tired and have had no break since Poppy was born. A "
              "Children with Disabilities assessment by Lisa Marsh, social worker, in March 2024 found that "
              "the family needs short breaks and help with sleep."),
    ]
    E = [
        ("p", "These outcomes are for July 2025, the end of Poppy's year at Little Acorns, unless stated. "
              "They will be checked at the six-monthly review."),
        ("t", [["Outcome", "Steps", "Provision"],
               ["1. By July 2025 Poppy will use at least 50 words or signs and join 2 words together (such as "
                "'more juice') to ask for things at pre-school and at home.", "25 words by October 2024.",
                "F1, F2"],
               ["2. By July 2025 Poppy will drink 600 ml a day from an open cup with handles and eat a "
                "soft-mashed meal with a spoon, with help to load the spoon.", "450 ml a day by October 2024.",
                "G2, G3, F3"],
               ["3. By July 2025 Poppy will stay in the room and carry on playing, with an adult beside her, "
                "when there is a planned noise (such as the hand dryer or the blender), on 4 out of 5 "
                "occasions.", "Tolerates recorded sounds at low volume by October 2024.", "F4, G4"],
               ["4. By July 2025 Poppy will play with a toy (stacking cups, shape sorter) for 5 minutes "
                "alongside another child.", "3 minutes with an adult by October 2024.", "F1, F2"],
               ["5. By July 2025 Poppy will walk up and down the pre-school garden steps holding a rail.",
                "Steps with one hand held by October 2024.", "G5"],
               ["6. By January 2025 Poppy will sleep through from 7pm to 5am on at least 4 nights a week.",
                "Bedtime routine started by May 2024.", "H2"],
               ["7. By April 2025 Poppy will spend 4 hours at the short-breaks nursery without her parents, "
                "settled and eating her snack.", "First 2-hour visit by June 2024.", "H1"]]),
    ]
    F = [
        ("t", [["Provision", "Who", "How much"],
               ["F1. 1:1 support from a named early years practitioner trained in Makaton and in Poppy's "
                "care plan", "Little Acorns Pre-School", "All of Poppy's 15 hours a week"],
               ["F2. Portage home teaching: play-based learning programme, with targets shared with "
                "pre-school", "Sorrel Cross Portage Service (trained Portage worker)", "1 home visit of 1 "
                "hour every fortnight"],
               ["F3. Mealtime programme written by the speech and language therapist", "Key person",
                "Every snack and lunch at pre-school"],
               ["F4. Sound tolerance programme: short, planned exposure to recorded sounds with warning, "
                "ear defenders available", "Key person, following the OT's plan", "5 minutes, twice each "
                "session"],
               ["F5. Speech and language therapy: communication programme, Makaton signs for staff and "
                "family", "Speech and language therapist", "Visit to pre-school every 6 weeks (1 hour)"],
               ["F6. Area SENCo advice and training for pre-school staff", "Early Years Area SENCo",
                "Half-termly visit of 1 hour"]]),
    ]
    G = [
        ("t", [["Provision", "Who", "How much"],
               ["G1. Heart review and echo scan", "Children's heart team, Westmere Children's Hospital",
                "Every 6 months"],
               ["G2. Eating and drinking (swallowing) assessment and plan", "Speech and language therapist "
                "(dysphagia)", "Review every 3 months"],
               ["G3. Low-calcium diet plan; calcium blood test", "Paediatric dietitian; community "
                "paediatrician", "Dietitian every 3 months; blood test every 6 months"],
               ["G4. Sensory assessment and sound tolerance plan", "Occupational therapist",
                "Assessment by June 2024; 4 follow-up visits over the year"],
               ["G5. Physiotherapy: balance and stepping programme", "Children's physiotherapist", "6 weekly "
                "sessions of 30 minutes, then a home and pre-school programme"]]),
    ]
    H1 = [("p", "Short breaks at Bluebell House specialist nursery, where staff are trained in Poppy's heart "
                "and feeding plans: 4 hours every fortnight, building up from 2 hours (Sorrel Cross Children "
                "with Disabilities Service).")]
    H2 = [("p", "Sleep programme: 6 home visits of 1 hour by the Children with Disabilities sleep practitioner "
                "(May to July 2024), then phone support every 2 weeks until January 2025.")]
    I = [("p", "Little Acorns Pre-School, Church Hall, Sorrel Cross SX4 2AA (voluntary early years setting).")]
    J = [("p", "The family have chosen not to have a personal budget at present.")]
    K = [
        ("t", [["Advice", "From", "Date"],
               ["Parents' views", "Jenna and Marcus Atherton", "7th February 2024"],
               ["Early years setting", "Kerry Sawyer, key person, Little Acorns", "5th February 2024"],
               ["Portage report", "Sorrel Cross Portage Service", "22nd January 2024"],
               ["Educational psychology", "Dr E. Brandt", "30th January 2024"],
               ["Paediatric report", "Dr S. Okafor", "12th January 2024"],
               ["Speech and language therapy", "T. Mbeki", "14th February 2024"],
               ["Children with Disabilities assessment", "L. Marsh, social worker", "18th March 2024"]]),
    ]
    tail = [
        ("h", "Reviews and starting school"),
        ("p", "Because Poppy is under five, her plan will be reviewed every six months. Poppy will be due to "
              "start school in September 2026. Her plan must be reviewed and amended to name her school by "
              "15th February 2026. Jenna and Marcus will be invited to visit schools in the autumn of 2025."),
        ("h", "Important health information for the setting"),
        ("p", "If Poppy becomes breathless, pale or blue around the lips, or faints, call 999 and then her "
              "parents. Do not give Poppy any food or drink containing added calcium or vitamin D. Follow her "
              "eating and drinking plan at every snack and meal. Her care plan is kept in the pre-school "
              "office and in her bag."),
        ("p", "Issued by Rachel Onyango, SEN Officer, for Sorrel Cross Council, 22nd April 2024."),
        ("p", "If you are unhappy with this plan you can ask for mediation or appeal to the SEND Tribunal "
              "about Sections B, F and I. Sorrel Cross SENDIASS offers free advice."),
    ]
    plan = {
        "title": "Education, Health and Care Plan",
        "subtitle": "Poppy Atherton",
        "header": "OFFICIAL-SENSITIVE   Sorrel Cross Council   EHC Plan - Poppy Atherton",
        "footer": "Final EHC plan issued 22/04/2024",
        "cover": cover,
        "sections": [
            ("A", "Poppy's views, interests and aspirations, and those of her family", A),
            ("B", "Special educational needs", B),
            ("C", "Health needs", C),
            ("D", "Social care needs", D),
            ("E", "Outcomes", E),
            ("F", "Special educational provision", F),
            ("G", "Health provision", G),
            ("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970)", H1),
            ("H2", "Other social care provision", H2),
            ("I", "Placement", I),
            ("J", "Personal budget", J),
            ("K", "Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_11_poppy_atherton.pdf", "format": "pdf", "child_name": "Poppy Elizabeth Atherton",
            "date_of_birth": "2022-03-11", "issued": "2024-04-22", "last_review": "", "last_amended": "",
            "next_review": "2024-10-21", "nhs_number": n, "upn": ""}
    labels = {"holistic": 4, "outcomes_specific": 4, "child_voice": 3, "pfa": "NA", "review_currency": 1,
              "provision_specific": 4, "golden_thread": 4, "readability": 3}
    return ("pdf_lettercol", plan, meta, labels)
