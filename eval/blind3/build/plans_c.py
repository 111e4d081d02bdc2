from common import (nhs_number, fmt_nhs, upn, legal_intro, appeal_rights, gdpr_note, how_to_read,
                    personal_budget_info, transport_note, distribution, signature)


def p09():
    C = "Northmoor County Council"
    nhs = nhs_number("999813467")
    u = upn("825510063019")
    cover = [("kv", [("Surname", "HOLT"), ("Forename(s)", "Ryan Thomas"), ("Date of Birth", "15/10/2010"),
                     ("NHS No", nhs), ("UPN", u), ("NCY", "11"),
                     ("Setting", "Northmoor Vale Academy (special - MLD/SLCN)"),
                     ("Parent/Carer", "Ms K Holt"), ("Date EHCP issued", "21/01/2019"),
                     ("Date of last Annual Review", "12/05/2026"), ("Outcome of AR", "Maintain - no amendments"),
                     ("Date of this version", "03/03/2025"), ("Officer", "D. Whitcombe")])]
    cover += how_to_read("Ryan", plain=False)
    A = [("p", "Ryan's views: Ryan says he likes school and his friends. He likes football and his Xbox. He "
               "wants to go to college. He does not like maths."),
         ("p", "Parent's views: Mum feels that Ryan is happy at Northmoor Vale and has made progress. Mum would "
               "like Ryan to go to college after Year 11 and to be more independent.")]
    B = [("p", "Ryan has MLD and SLCN. He has a diagnosis of DLD (CELF-5 2023: core language SS 62). RA 7y2m "
               "(NGRT). Working at Entry Level 1-2 in English and maths. Ryan has difficulties with "
               "receptive and expressive language, word-finding, sequencing narrative and following "
               "multi-step instructions. He has poor working memory and slow processing. He has difficulty "
               "understanding abstract concepts including time and money. SEMH: low self-esteem; can "
               "become frustrated when not understood. Ryan requires a highly differentiated curriculum "
               "with visual supports and pre-teaching of vocabulary.")]
    Cc = [("p", "Ryan has eczema which is managed by his GP. He wears glasses for reading (myopia). Ryan was "
                "seen by SALT (NHS) until 2023 and was then discharged to school-based SALT. Ryan is "
                "overweight (BMI >98th centile, school nurse 2025).")]
    D = [("p", "Ryan lives with his mum and younger brother. No social care involvement. Mum has said that Ryan "
               "cannot yet go to the shop on his own or use money.")]
    E = [("b", ["Ryan will make progress in his speaking and listening skills.",
                "Ryan will improve his reading and writing.",
                "Ryan will develop his maths skills including time and money.",
                "Ryan will develop his self-esteem and confidence.",
                "Ryan will continue to access a specialist setting.",
                "Ryan will be supported to make good choices about his behaviour."])]
    F = [("b", ["Specialist MLD setting with class size of up to 12 and high staff:pupil ratio.",
                "Differentiated curriculum with visual supports and pre-teaching of vocabulary.",
                "SALT programme delivered by school staff, 3 x 20 minutes weekly in a small group.",
                "Annual SALT review by school-commissioned SALT.",
                "Literacy intervention (Toe by Toe) 1:1, 4 x 15 minutes weekly.",
                "Numeracy support in small group as appropriate.",
                "Access to ELSA/pastoral support as required.",
                "Careers advice in line with the school's careers programme."])]
    G = [("p", "Universal services (GP, optician, school nursing).")]
    H = [("p", "None identified.")]
    I = [("p", "Northmoor Vale Academy, special academy (MLD/SLCN), to end of Year 11.")]
    J = [("p", "N/A")]
    K = [("b", ["EP advice - 02/11/2018", "SALT advice - 14/10/2018 and 09/2023", "School advice - 01/11/2018",
                "Health advice (community paediatrician) - 26/10/2018", "AR reports 2020-2026"])]
    hist = [("h2", "ANNUAL REVIEW LOG"),
            ("table", [["AR date", "Decision", "Amended plan issued"],
                       ["18/12/2019", "Amend", "20/02/2020"],
                       ["04/02/2021", "Maintain", "-"],
                       ["09/03/2022", "Maintain", "-"],
                       ["15/05/2023", "Amend", "11/08/2023"],
                       ["13/05/2024", "Amend", "03/03/2025"],
                       ["12/05/2026", "Maintain", "-"]]),
            ("p", "Note: AR 12/05/2026 held as Year 10 review (phase transfer review due Year 11). No changes "
                  "requested. Next AR due by 11/05/2027.")]
    tail = hist + appeal_rights(C) + [gdpr_note(C)]
    plan = {"title": "NORTHMOOR COUNTY COUNCIL - EHC PLAN (EHC Hub record print)", "cover": cover,
            "sections": [("A", "A. VIEWS, INTERESTS AND ASPIRATIONS", A),
                         ("B", "B. SPECIAL EDUCATIONAL NEEDS", B),
                         ("C", "C. HEALTH NEEDS", Cc),
                         ("D", "D. SOCIAL CARE NEEDS", D),
                         ("E", "E. OUTCOMES", E),
                         ("F", "F. SPECIAL EDUCATIONAL PROVISION", F),
                         ("G", "G. HEALTH PROVISION", G),
                         ("H", "H. SOCIAL CARE PROVISION", H),
                         ("I", "I. PLACEMENT", I),
                         ("J", "J. PERSONAL BUDGET", J),
                         ("K", "K. ADVICE AND INFORMATION", K)],
            "tail": tail, "header": "", "footer": "[Record printed from EHC Hub 30/10/2026 by DWHITCOMBE. Page 1 of 1]",
            "txt_banner": "EHC Hub | Northmoor County Council | Case 19/00318"}
    meta = dict(file="b3_09_ryan_holt.txt", format="txt", child_name="Ryan Thomas Holt",
                date_of_birth="2010-10-15", issued="2019-01-21", last_review="2026-05-12",
                last_amended="2025-03-03", next_review="2027-05-11", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=2, outcomes_specific=1, child_voice=2, pfa=1, review_currency=3,
                  provision_specific=2, golden_thread=2, readability=2)
    return "txt", plan, meta, labels


def p10():
    C = "Brackenfold City Council"
    nhs = nhs_number("999690312")
    u = upn("331228745017")
    cover = [("kv", [("Full name", "Ethan Bailey-Shaw"), ("Date of birth", "20 January 2017"),
                     ("NHS number", fmt_nhs(nhs)), ("UPN", u), ("School", "Greyfriars Special School - Year 5 (Kestrel class)"),
                     ("Parents", "Naomi Bailey and Chris Shaw"), ("Social worker", "Amir Qureshi, Children with Disabilities Team"),
                     ("Plan first finalised", "15 May 2020"), ("Last amended", "2 March 2025"),
                     ("Annual review held", "27 January 2026"), ("EHC Coordinator", "Lorna Pike")])]
    cover += legal_intro(C, "Ethan")
    A = [("h2", "About Ethan"),
         ("p", "Ethan is 9. He does not use speech. Staff and his parents say he enjoys music, especially "
               "drumming, the sensory room and the hydrotherapy pool, where he laughs and kicks. He likes "
               "being with his big sister Ruby. He dislikes being rushed and loud sudden noises."),
         ("h2", "Parents' views"),
         ("p", "Naomi and Chris want Ethan to be comfortable, safe and happy, to have fewer seizures and "
               "hospital stays, and to have a way to show what he wants. They would like more help at home "
               "in the evenings and more short breaks for the family.")]
    B = [("p", "Ethan has profound and multiple learning difficulties (PMLD) linked to a genetic condition "
               "(CDKL5 deficiency disorder). He is at an early stage of development and learns through "
               "repeated sensory experiences and routines. He is working within Engagement Model areas of "
               "exploration and realisation."),
         ("b", ["Communication: Ethan communicates through vocalising, facial expression and body movement. "
                "He is beginning to use a single switch to make something happen and to look at one of two "
                "objects when offered a choice.",
                "Cognition and learning: Ethan shows anticipation of familiar routines (smiling when he hears "
                "the hello song) and is developing awareness of cause and effect.",
                "Physical and sensory: Ethan has cortical visual impairment and low muscle tone; he uses a "
                "wheelchair and needs full support with positioning and moving.",
                "Social and emotional: Ethan responds warmly to familiar adults and can become distressed in "
                "noisy, busy spaces."])]
    Cc = [("p", "Ethan's health needs are complex and are managed by the community paediatric team (Dr F "
                "Lamb, advice 4 December 2025) and Brackenfold Children's Hospital."),
          ("b", ["Epilepsy: Ethan has daily seizures (infantile spasms history, now tonic and myoclonic "
                 "seizures) and takes three anti-seizure medicines. He has an individual seizure care plan; "
                 "buccal midazolam is given after 5 minutes of a tonic-clonic seizure. Seizures leave him "
                 "sleepy for up to 2 hours, so his learning time is often shortened.",
                 "Feeding: Ethan is fed through a gastrostomy tube (a tube into his stomach) because he cannot "
                 "swallow safely. He has tastes of food for pleasure only, following his eating and drinking plan.",
                 "Breathing: he has frequent chest infections and needs suction and chest physiotherapy.",
                 "Vision: cortical visual impairment (CVI) - the eyes work but the brain has difficulty "
                 "processing what he sees.",
                 "Posture: he is at risk of hip problems and scoliosis and needs a 24-hour postural management plan."])]
    D = [("p", "Ethan needs two-person care for lifting and all personal care. His parents provide care through "
               "the night, including turning and tube feeds, and both are exhausted. The Children with "
               "Disabilities Team assessment (Amir Qureshi, 10 November 2025) found that the family need "
               "overnight short breaks and evening care at home, and that the bathroom needs a tracking hoist.")]
    E = [("table", [["Outcome", "How we will know (by July 2027, end of Year 5)"],
                    ["Ethan will press his switch to ask for 'more' music or drumming within 10 seconds of a pause, "
                     "on 4 out of 5 occasions, at school and at home.", "Switch data recorded twice weekly"],
                    ["Ethan will look at his chosen object when offered 2 objects of reference and receive it, on 3 out "
                     "of 5 occasions.", "Teacher observation records"],
                    ["Ethan will tolerate his standing frame for 30 minutes daily without distress.", "Physio record"],
                    ["Ethan will have his seizures managed safely in line with his care plan at school, on transport "
                     "and at short breaks, with every seizure recorded.", "Seizure log reviewed by epilepsy nurse"],
                    ["Ethan will be comfortable and well, with fewer chest infections.", "Parents' report at review"],
                    ["Ethan will enjoy time away from home at his short break, and his parents will have regular "
                     "uninterrupted sleep.", "Family report"]])]
    F = [("table", [["Provision", "By whom", "How much"],
                    ["Specialist class of 6 pupils with 1 teacher and 3 teaching assistants (PMLD curriculum)",
                     "Greyfriars Special School", "Full time, 32.5 hours a week"],
                    ["1:1 adult for personal care, positioning and feeding support", "Trained teaching assistant",
                     "Throughout the day"],
                    ["Intensive interaction and switch-based communication programme", "Class team, plan set by SALT",
                     "Daily, 2 x 15 minutes"],
                    ["Speech and language therapy (communication): assessment, AAC, staff training",
                     "Specialist SALT", "Half-termly visits of 1 hour"],
                    ["Qualified teacher of vision impairment (QTVI) advice on CVI", "Sensory Support Service", "Termly"],
                    ["Hydrotherapy and music sessions", "Class team and music therapist", "Hydrotherapy 1 x 30 min weekly; music therapy as available"]])]
    G = [("table", [["Health provision", "By whom", "How often"],
                    ["Community paediatric and neurology reviews; medication management", "Dr F Lamb / paediatric neurology",
                     "Every 4 months"],
                    ["Epilepsy nurse: seizure care plan, rescue medication training for school and short-break staff",
                     "Paediatric epilepsy nurse specialist", "Plan reviewed every 6 months; training annually"],
                    ["Gastrostomy care, feed plan and dietetic review", "Children's community nursing team and dietitian",
                     "Community nurse visits school monthly; dietitian every 3 months"],
                    ["Chest physiotherapy and postural management programme", "Paediatric physiotherapist",
                     "Fortnightly in school (45 minutes); 24-hour postural plan reviewed every 6 months"],
                    ["Hip and spine surveillance", "Orthopaedics", "Every 6 months"],
                    ["Specialist seating and wheelchair review", "Wheelchair service", "Every 12 months"]])]
    H = [("h2", "H1 (CSDPA 1970 s2)"),
         ("b", ["Overnight short breaks at Hawthorn Lodge: 2 nights a month (24 nights a year).",
                "Evening care at home by 2 trained carers: 3 evenings a week, 5pm-8pm.",
                "Tracking hoist and bathroom adaptation via Disabled Facilities Grant - OT referral made, works to be completed by March 2027."]),
         ("h2", "H2"),
         ("p", "Child in need plan reviewed every 6 months by social worker. Sibling support for Ruby via Brackenfold Young Carers.")]
    I = [("p", "Greyfriars Special School (community special school for pupils with severe and profound learning difficulties, 2-19).")]
    J = [("p", "Direct payment for evening care at home (H1), 9 hours per week.")]
    K = [("table", [["Advice", "Author", "Date"],
                    ["Parental views", "Naomi Bailey and Chris Shaw", "December 2025"],
                    ["School report", "Greyfriars Special School", "12 January 2026"],
                    ["Paediatric advice", "Dr F Lamb", "4 December 2025"],
                    ["SALT", "Brackenfold SALT service", "November 2025"],
                    ["Physiotherapy", "Children's physiotherapy", "November 2025"],
                    ["Social care", "Amir Qureshi, CWD Team", "10 November 2025"]])]
    hist = [("h2", "Review record"),
            ("p", "The plan was finalised on 15 May 2020 and amended on 19 April 2021, 30 June 2022, 8 August 2023 "
                  "and 2 March 2025. The annual review meeting took place at Greyfriars on 27 January 2026. On 20 "
                  "February 2026 the local authority notified the parents of its decision to maintain the plan "
                  "without amendment. The next annual review should be held by 27 January 2027.")]
    tail = hist + appeal_rights(C) + [gdpr_note(C)] + distribution(["Naomi Bailey and Chris Shaw", "Greyfriars Special School", "Dr F Lamb", "CWD Team"])
    plan = {"title": "Brackenfold City Council - Education, Health and Care Plan", "cover": cover,
            "sections": [("A", "Views, interests and aspirations", A),
                         ("B", "Special educational needs", B),
                         ("C", "Health needs", Cc),
                         ("D", "Social care needs", D),
                         ("E", "Outcomes", E),
                         ("F", "Special educational provision", F),
                         ("G", "Health provision", G),
                         ("H", "Social care provision", H),
                         ("I", "Placement", I),
                         ("J", "Personal budget", J),
                         ("K", "Advice and information", K)],
            "tail": tail, "header": "", "footer": ""}
    meta = dict(file="b3_10_ethan_bailey_shaw.docx", format="docx", child_name="Ethan Bailey-Shaw",
                date_of_birth="2017-01-20", issued="2020-05-15", last_review="2026-01-27",
                last_amended="2025-03-02", next_review="2027-01-27", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K")
    labels = dict(holistic=4, outcomes_specific=3, child_voice=2, pfa="NA", review_currency=3,
                  provision_specific=3, golden_thread=3, readability=3)
    return "docx_lettertable", plan, meta, labels


def p11():
    C = "Lowther Cross Council"
    nhs = nhs_number("999452093")
    u = upn("919460127033")
    cover = [("kv", [("Name", "Noah Pritchard"), ("Date of birth", "5th September 2012"),
                     ("NHS number", fmt_nhs(nhs)), ("Unique pupil number", u),
                     ("School", "Lowther Cross Academy (Year 9) with Hearing Support Base"),
                     ("Parents", "Gemma and Owen Pritchard"), ("Plan issued", "1st December 2017"),
                     ("Annual review", "8th September 2026"), ("Amended plan issued", "20th October 2026"),
                     ("Caseworker", "Fiona Brennan")])]
    cover += legal_intro(C, "Noah")
    A = [("h2", "Noah's views (signed in BSL and interpreted by his communication support worker)"),
         ("p", "\"I'm Noah. I'm 14. I'm Deaf and I have cochlear implants but I prefer BSL with my Deaf friends. I "
               "love rugby, gaming with my cousin and cooking with my dad - I make a good curry. I like "
               "science and D&T. I don't like lessons where the teacher talks with their back to me, or when "
               "the radio aid isn't charged. I feel left out in groups when everyone talks at once.\""),
         ("p", "\"When I'm older I want to be a chef or a carpenter. I want to go to college and play for the "
               "Deaf rugby team.\""),
         ("h2", "Parents' views"),
         ("p", "Gemma and Owen want Noah to keep both BSL and spoken English, to get good GCSEs and to have "
               "confidence to speak up for himself. They worry about him getting tired and withdrawn and "
               "about how he will manage at college and work with hearing people.")]
    B = [("p", "Noah is profoundly deaf (bilateral sensorineural) and has had cochlear implants since age 2. "
               "He is a bilingual BSL and spoken English user. His reading age is 11 years 6 months, about "
               "2 years below his age, mainly because of vocabulary. He is predicted grades 4-5 in most "
               "GCSE subjects and 6 in D&T."),
         ("b", ["Communication: Noah follows spoken English 1:1 in quiet conditions but misses a lot in "
                "noisy classrooms and group discussion. He relies on BSL for complex new learning.",
                "Vocabulary: subject-specific vocabulary needs pre-teaching.",
                "Social and emotional: Noah can become isolated among hearing peers and reports listening fatigue."])]
    Cc = [("p", "Noah's cochlear implants are managed by the Lowther Cochlear Implant Programme (annual "
                "mapping, last 3 June 2026). He experiences listening fatigue and headaches at the end of the "
                "day. He had glandular fever in spring 2026 and his energy is still lower than before.")]
    D = [("p", "Noah does not have an allocated social worker. The Sensory Social Care worker assessed the "
               "family in July 2026 and recommended Deaf-led youth activities to reduce isolation.")]
    E = [("table", [["Outcome", "Target date", "Steps"],
                    ["Noah will learn and use 20 new subject words each half term in science and D&T, "
                     "explaining them in BSL and in writing, checked by his teacher of the deaf.",
                     "July 2027", "Vocabulary book checked fortnightly"],
                    ["Noah will tell a teacher, in speech or BSL, when he has not understood or when his equipment "
                     "isn't working, at least once a day without prompting.", "March 2027",
                     "Self-advocacy card introduced September 2026"],
                    ["Noah will achieve grade 4 or above in English, maths and science GCSE.", "August 2029", "Termly tracking"],
                    ["Noah will complete a work taster in a professional kitchen or carpentry workshop and research "
                     "two college courses in catering or construction.", "July 2028", "Careers meeting Year 10"],
                    ["Noah will take part in a Deaf-led youth group or Deaf rugby at least twice a month.",
                     "January 2027", "Sensory social care worker to introduce"]])]
    F = [("table", [["Provision", "Who", "How much"],
                    ["Communication support in lessons (BSL/English)", "Communication support worker (BSL Level 3)",
                     "All lessons except PE: 22.5 hours a week"],
                    ["Teacher of the deaf: pre-teaching vocabulary and monitoring", "Qualified teacher of the deaf",
                     "3 x 30 minutes a week"],
                    ["Radio aid (Roger) used by all teachers, checked daily", "Hearing Support Base TA",
                     "Daily check at 8:40"],
                    ["Deaf awareness training for Noah's teachers", "Teacher of the deaf", "Once a year (September) and for new staff"],
                    ["Careers guidance with a Deaf-aware adviser", "Independent careers adviser", "1 meeting a year in Years 9-11"],
                    ["Quiet working space and rest breaks", "School", "As needed"]])]
    G = [("table", [["Health provision", "Who", "How often"],
                    ["Cochlear implant mapping and audiological review", "Lowther Cochlear Implant Programme", "Every 12 months"],
                    ["Review of fatigue and headaches after glandular fever", "GP", "Appointment by December 2026, then as agreed"],
                    ["Audiology support to school (equipment, acoustic checks)", "Educational audiologist", "Termly visit"]])]
    H = [("p", "H2: Sensory Social Care worker to link Noah with Lowther Deaf Youth Club and Deaf rugby - 3 "
               "introductory sessions, autumn 2026. H1: none.")]
    I = [("p", "Lowther Cross Academy, mainstream secondary academy with resourced Hearing Support Base.")]
    J = [("p", "Not requested at this time.")]
    K = [("table", [["Advice", "Author", "Date"],
                    ["Noah's views and parents' views", "Noah, Gemma and Owen Pritchard", "01/09/2026"],
                    ["Annual review report", "Lowther Cross Academy", "08/09/2026"],
                    ["Teacher of the deaf report", "Sensory Support Service", "25/08/2026"],
                    ["Cochlear implant report", "Lowther Cochlear Implant Programme", "03/06/2026"],
                    ["Sensory social care", "Sensory Social Care Team", "14/07/2026"]])]
    notice = [("h2", "AMENDMENT NOTICE"),
              ("p", "Following the annual review meeting held on 8th September 2026, Lowther Cross Council issued an "
                    "Amendment Notice on 29th September 2026 proposing changes to Sections B, C, E, F, G and H. "
                    "The family responded on 9th October 2026 agreeing the changes, with a request that the "
                    "Deaf youth activity was included, which has been added. This final amended plan was issued "
                    "on 20th October 2026. The next annual review is due by 7th September 2027 and will be a "
                    "Year 10 preparing for adulthood review."),
              ("h2", "Previous reviews"),
              ("p", "Plan issued 1st December 2017. Reviewed November 2018, November 2019, December 2020, "
                    "November 2021, October 2022, September 2023, September 2024 and 10th September 2025.")]
    tail = notice + appeal_rights(C) + [gdpr_note(C)] + signature("Fiona Brennan", "SEND Caseworker", "20th October 2026", C)
    plan = {"title": "Lowther Cross Council - Education, Health and Care Plan (amended)", "cover": cover,
            "sections": [("A", "Section A - Noah's views, interests and aspirations", A),
                         ("B", "Section B - Special educational needs", B),
                         ("C", "Section C - Health needs", Cc),
                         ("D", "Section D - Social care needs", D),
                         ("E", "Section E - Outcomes", E),
                         ("F", "Section F - Special educational provision", F),
                         ("G", "Section G - Health provision", G),
                         ("H", "Section H - Social care provision", H),
                         ("I", "Section I - Placement", I),
                         ("J", "Section J - Personal budget", J),
                         ("K", "Section K - Advice and information", K)],
            "tail": tail, "header": "Lowther Cross Council  -  EHC Plan  -  Noah Pritchard",
            "footer": "Amended 20/10/2026  |  OFFICIAL - SENSITIVE"}
    meta = dict(file="b3_11_noah_pritchard.pdf", format="pdf", child_name="Noah Pritchard",
                date_of_birth="2012-09-05", issued="2017-12-01", last_review="2026-09-08",
                last_amended="2026-10-20", next_review="2027-09-07", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=3, outcomes_specific=3, child_voice=3, pfa=2, review_currency=4,
                  provision_specific=3, golden_thread=3, readability=3)
    return "pdf", plan, meta, labels


def p12():
    C = "Thornbury Reach Council"
    nhs = nhs_number("999176345")
    u = upn("870340089015")
    cover = [("h2", "Young person's details"),
             ("kv", [("Name", "Jasmine Kaur-Bell"), ("DOB", "27/03/2008"), ("NHS no.", fmt_nhs(nhs)),
                     ("Pupil number (UPN)", u), ("Education", "Highcross School, Year 10"),
                     ("Parent", "Manpreet Kaur"), ("Plan date", "14/03/2023"),
                     ("Reviewed", "22/01/2025")])]
    A = [("h2", "What Jasmine says"),
         ("p", "\"I'm Jas. I love music - I play bass guitar and I write songs. I'm really into art too and I "
               "want to do a music production course at college and then work in a studio. I find school "
               "exhausting. I mask all day and then at home I crash. I want teachers to stop making me "
               "present in front of the class. I'd like to have one or two proper friends who get me. I want "
               "to be able to live on my own one day but I'm scared about money and forms and phone calls.\""),
         ("h2", "What Jasmine's mum says"),
         ("p", "\"Jas is creative, funny and clever. Since Year 9 she has struggled more with her mental health "
               "and with eating. She has been under CAMHS. She needs people to understand that when she goes "
               "quiet she is not being rude. I want her to get to college and to have a life where she isn't "
               "always exhausted.\"")]
    B = [("p", "Jasmine is autistic (diagnosed age 13) and has dyspraxia. She is academically able and predicted "
               "grade 5-6 in GCSE music and English. Her needs are in social communication, sensory processing, "
               "anxiety and organisation."),
         ("b", ["Jasmine finds group work and speaking in front of others extremely difficult.",
                "She struggles with planning longer pieces of work and meeting deadlines.",
                "She has poor handwriting and uses a laptop.",
                "She is sensitive to noise and bright light.",
                "She has periods of low mood and has restricted her eating at times of stress."])]
    Cc = [("p", "Jasmine has no identified needs for specialist health services at this time and will continue "
                "to have access to universal services such as her GP and school nursing.")]
    D = [("p", "No social care needs identified.")]
    E = [("b", ["By July 2024 Jasmine will meet deadlines for coursework with the support of a planner.",
                "By July 2024 Jasmine will present her music composition to a small group of 3 peers.",
                "Jasmine will develop strategies to manage her anxiety.",
                "Jasmine will achieve grade 5 in GCSE music by the end of Year 11 (July 2024).",
                "Jasmine will go to college to study music."])]
    F = [("b", ["Laptop for all written work.",
                "Mentoring with the school's autism lead, 1 x 30 minutes weekly.",
                "Access to a quiet room at break and lunch.",
                "Support with coursework planning from a teaching assistant as needed.",
                "Exam access arrangements (separate room, 25% extra time, word processor).",
                "Transition visits to college to be arranged."])]
    G = [("p", "None.")]
    H = [("p", "None.")]
    I = [("p", "Highcross School (mainstream 11-16).")]
    J = [("p", "None requested.")]
    K = [("b", ["Parent and young person views - 15/01/2023",
                "School report - Highcross School - 20/01/2023",
                "CAMHS letter (Dr H Yates, eating difficulties and anxiety) - 12/12/2022",
                "Autism diagnostic report - Thornbury Neurodevelopmental Service - 03/06/2021",
                "Occupational therapy report (dyspraxia) - 19/10/2021",
                "Annual review paperwork - 22/01/2025"])]
    tail = [("h2", "Review information"),
            ("p", "The plan was issued on 14/03/2023. An annual review was held on 22/01/2025 at Highcross "
                  "Sixth Form transition meeting; Jasmine had moved to Thornbury Sixth Form College in September "
                  "2024. The review recommended amendments to Sections B, E, F and I. No amended plan has been "
                  "issued.")]
    tail += appeal_rights(C) + [gdpr_note(C)]
    plan = {"title": "THORNBURY REACH COUNCIL - EDUCATION, HEALTH AND CARE PLAN", "cover": cover,
            "sections": [("A", "Section A: The views, interests and aspirations of Jasmine and her family", A),
                         ("B", "Section B: Special educational needs", B),
                         ("C", "Section C: Health needs", Cc),
                         ("D", "Section D: Social care needs", D),
                         ("E", "Section E: Outcomes", E),
                         ("F", "Section F: Special educational provision", F),
                         ("G", "Section G: Health provision", G),
                         ("H", "Section H: Social care provision", H),
                         ("I", "Section I: Placement", I),
                         ("J", "Section J: Personal budget", J),
                         ("K", "Section K: Advice and information", K)],
            "tail": tail, "header": "", "footer": ""}
    meta = dict(file="b3_12_jasmine_kaur_bell.docx", format="docx", child_name="Jasmine Kaur-Bell",
                date_of_birth="2008-03-27", issued="2023-03-14", last_review="2025-01-22",
                last_amended="", next_review="", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=1, outcomes_specific=2, child_voice=3, pfa=2, review_currency=1,
                  provision_specific=2, golden_thread=2, readability=3)
    return "docx_bold", plan, meta, labels
