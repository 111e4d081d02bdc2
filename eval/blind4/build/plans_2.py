"""Plans 04-07 of blind4 (fictional children, invented councils)."""
from helpers import nhs, spaced, upn


# --------------------------------------------------------------------------------------------
# 04  Kayden Whitlow - Greyhithe City Council - Year 12 (plan says Year 10) - Word, bold headings only
# --------------------------------------------------------------------------------------------
def p04():
    n = nhs("999746013")
    u = upn("207719340068")
    cover = [
        ("p", "GREYHITHE CITY COUNCIL - CHILDREN, FAMILIES AND EDUCATION DIRECTORATE"),
        ("p", "SEN Statutory Assessment Team, Civic Offices, Market Square, Greyhithe GH1 1AA"),
        ("kv", [("Name", "Kayden Lee Whitlow"), ("Date of Birth", "27th June 2010"), ("Gender", "Male"),
                ("Year Group", "Year 10"), ("School", "Brookfield Academy"),
                ("UPN", u), ("NHS Number", n),
                ("Parent/Carer", "Michelle Whitlow (mother)"),
                ("Address", "41 Tannery Lane, Greyhithe, GH4 6PL"),
                ("Primary need", "SEMH"),
                ("Date of first EHCP", "5th November 2019"),
                ("Date plan last amended", "14th January 2024"),
                ("Date of last Annual Review", "11th February 2025"),
                ("Next Annual Review due", "February 2026"),
                ("Case Officer", "Tom Rudd")]),
        ("p", "This Education, Health and Care Plan has been prepared in accordance with the Children and "
              "Families Act 2014 and the Special Educational Needs and Disability Regulations 2014, having "
              "regard to the SEND Code of Practice: 0 to 25 years (January 2015). The Local Authority has "
              "considered all of the advice and information listed in Section K. Where provision is "
              "described as being made by the school, it is expected that this will be delivered from the "
              "school's notional SEN budget and the element 3 top-up funding identified in Appendix 2."),
        ("p", "The plan is set out in the sections required by Regulation 12 of the SEND Regulations 2014. "
              "Sections B, F and I are the sections that can be appealed to the Tribunal. Section E sets out "
              "the outcomes sought, and the provision in Section F is intended to enable the child to achieve "
              "these outcomes. The professional reports listed in Section K are held on the child's file and "
              "are available on request."),
        ("p", "Home to school transport is not part of this plan. Eligibility is assessed separately under "
              "the Greyhithe Home to School Transport Policy. Please contact the Travel Assistance Team."),
    ]
    A = [
        ("p", "Kayden is a 13 year old Year 9 pupil at Brookfield Academy who resides with his mother and two "
              "younger siblings. He presents with significant SEMH difficulties which impact on his "
              "engagement with learning and his relationships with staff and peers. Kayden enjoys football, "
              "gaming and attending the gym with his uncle. Kayden says he \"wants to be a bricklayer like "
              "his uncle Dean\"."),
        ("p", "Kayden did not attend the review meeting. His views were gathered by his form tutor but he "
              "did not want to complete the pupil views form."),
        ("p", "Mum says she wants Kayden to stay in school and stop getting into trouble. She is worried about "
              "the people he is spending time with outside school. She would like school to contact her with "
              "good news and not only when there has been an incident."),
        ("p", "School report that Kayden finds it difficult to accept adult direction and to take "
              "responsibility for his behaviour choices. He presents as disengaged in literacy-based lessons "
              "and frequently refuses to commence written tasks. He has a limited number of positive peer "
              "relationships within his year group and is susceptible to negative peer influence."),
        ("p", "School report that Kayden can be polite and helpful when he is in a good mood, particularly in "
              "PE, and that he has a good relationship with the site team."),
    ]
    B = [
        ("p", "Kayden presents with significant social, emotional and mental health (SEMH) needs. He has a "
              "diagnosis of ADHD (2018) and is prescribed methylphenidate. Kayden displays persistent "
              "low-level disruption, defiance and non-compliance with adult instructions. He struggles to "
              "sustain attention to task and is frequently off task. He is impulsive and has limited "
              "awareness of the impact of his behaviour on others. He can be verbally aggressive towards "
              "staff when challenged and has left lessons without permission on numerous occasions."),
        ("p", "Kayden received 6 FTEs in 2022/23 and 4 FTEs in the autumn term 2023. He attended the "
              "Greyhithe Learning Centre (PRU) on a six-week respite placement in spring 2023 and returned "
              "to Brookfield on a PSP. Attendance for 2023/24 to date is 84.2%, which is below the school "
              "target of 96%. Kayden is frequently late to school and to lessons."),
        ("p", "Cognition and learning: Kayden's reading age is 9 years 0 months (NGRT, January 2024) and his "
              "spelling age is 8 years 6 months. He has difficulty with extended writing and avoids written "
              "tasks. He is working towards grade 2-3 in maths. His KS2 outcomes were WTS in reading and "
              "writing. An EP assessment in 2019 identified below average working memory and processing speed."),
        ("p", "The following strategies were recommended by the EP in 2019 and remain relevant: use of "
              "Kayden's name before giving an instruction; instructions to be given one at a time; "
              "chunking of tasks with clear success criteria; use of a visual timer; seating near the front "
              "away from distractions; movement breaks; positive reinforcement and praise; restorative "
              "conversations following incidents; consistent approach from all staff; a named adult for "
              "Kayden to go to when he is becoming dysregulated."),
        ("p", "Communication and interaction: Kayden can communicate his needs verbally. He can misinterpret "
              "the intentions of others and is quick to respond with aggression."),
        ("p", "Social: Kayden is easily influenced by peers and seeks peer approval through negative "
              "behaviours. He has been involved with the Youth Offending Service (YOS) since a Referral Order "
              "in March 2023 and has a YOS worker. The family has been supported through Early Help (TAF) "
              "since 2022."),
        ("p", "Kayden reports that he does not sleep well and he often arrives at school without having eaten "
              "breakfast. At a medication review in June 2023 the community paediatrician noted poor appetite "
              "and weight loss. A referral to CAMHS in 2023 was not accepted."),
    ]
    C = [
        ("p", "Kayden has a diagnosis of ADHD. His health needs are met through universal services and he "
              "will continue to have access to his GP and the school nursing service."),
    ]
    E = [
        ("n", ["1. By July 2025 Kayden will have a reading age of 11 years (NGRT).",
               "2. Kayden will improve his behaviour in lessons.",
               "3. Kayden will attend school 95% of the time.",
               "4. Kayden will develop his social skills and make positive relationships with peers and staff.",
               "5. By the end of Year 11 Kayden will achieve a grade 4 in GCSE maths.",
               "6. Kayden will be supported to manage his emotions and reduce FTEs."]),
        ("p", "Preparing for Adulthood: to be considered at the Year 11 Annual Review."),
    ]
    F = [
        ("b", ["Kayden will have access to a key worker within school.",
               "Support from the learning mentor as required.",
               "Small group literacy interventions.",
               "Access to a time-out card and a safe space when dysregulated.",
               "Differentiated curriculum and quality first teaching in all lessons.",
               "Access to the school's behaviour support team as appropriate.",
               "Opportunities for mentoring.",
               "Reasonable adjustments to the behaviour policy where appropriate.",
               "Band D element 3 top-up funding (see Appendix 2)."]),
    ]
    G = [("p", "N/A")]
    H = [("p", "N/A - no social care needs identified.")]
    I = [("p", "Brookfield Academy, Hollins Road, Greyhithe GH5 2QT (11-16 mainstream academy).")]
    J = [("p", "Not applicable. No request for a personal budget has been made.")]
    K = [
        ("b", ["Parental advice - Michelle Whitlow - October 2019",
               "Educational Psychology advice - Dr S. Fenn - 24th September 2019",
               "School advice - Brookfield Academy SENCo - December 2023",
               "Early Help / TAF plan - Greyhithe Early Help Hub - 2022",
               "Community Paediatrician letter - Dr H. Mistry - June 2023",
               "Youth Offending Service report - J. Akinola - March 2023",
               "Greyhithe Learning Centre exit report - May 2023",
               "Health advice - see attached report"]),
    ]
    tail = [
        ("p", "Signed: T. Rudd, Case Officer, on behalf of Greyhithe City Council. Date: 14th January 2024."),
        ("p", "APPENDIX 1 - ANNUAL REVIEW SUMMARY (11th February 2025)"),
        ("kv", [("Attended", "Mrs M. Whitlow; Mr A. Carr (SENCo); Ms L. Obi (Head of Year 10); J. Akinola (YOS)"),
                ("Pupil views", "Kayden did not attend. He told his tutor that he wants to go to college to do "
                 "bricklaying and that he 'hates' English."),
                ("Progress", "Reading age 9y 4m (NGRT, January 2025). Attendance 2024/25 to date 81.6%. "
                 "3 FTEs this academic year. Outcomes 1, 2, 3 and 6 not met."),
                ("Recommendations", "Amend plan to include post-16 placement and Preparing for Adulthood "
                 "outcomes. Consider health and social care input given YOS involvement and concerns about "
                 "eating and sleep. Request updated EP advice."),
                ("School comments", "Kayden has had some better weeks this year, particularly in PE and "
                 "construction taster sessions at Greyhithe College in June 2024, which he enjoyed. Staff have "
                 "noticed that he is more settled when he has eaten. Mum reports that Kayden is out late most "
                 "evenings and that home life has been difficult."),
                ("LA decision", "Amend - amended plan to follow.")]),
        ("p", "APPENDIX 2 - FUNDING"),
        ("p", "Funding band: D. Effective from: 1st September 2023. Reviewed: February 2025 (no change)."),
        ("p", "Greyhithe City Council allocates element 3 top-up funding to mainstream schools by reference to "
              "the Greyhithe Banding Framework (2021). Band D reflects needs that are severe and complex and "
              "require significant adaptation of the curriculum and environment, and access to additional "
              "adult support for a significant proportion of the school day. It is for the school to "
              "determine how the funding is deployed in order to meet the needs described in Section B. The "
              "banding is reviewed at each annual review. Top-up funding is paid termly in arrears on the "
              "basis of the pupil's attendance on the census date."),
        ("p", "APPENDIX 4 - PUPIL SUPPORT PLAN (PSP) SUMMARY - JANUARY 2024"),
        ("kv", [("Triggers", "Being challenged in front of peers; unstructured times; written tasks; "
                 "supply teachers; perceived unfairness; hunger and tiredness in the afternoon."),
                ("Early warning signs", "Refusing to take coat off; head down; swearing under breath; "
                 "leaving seat; pacing."),
                ("Staff response", "Low-key reminder using the agreed script; offer of time-out card; "
                 "redirection to task; avoid public sanctions; inform Pastoral Lead if behaviour escalates."),
                ("Following an incident", "Restorative conversation within 24 hours with a member of the "
                 "pastoral team. Parent to be contacted by phone on the same day."),
                ("Review", "Half-termly by Head of Year.")]),
        ("p", "APPENDIX 3 - INFORMATION FOR PARENTS AND YOUNG PEOPLE"),
        ("p", "If you disagree with the special educational needs described in Section B, the special "
              "educational provision in Section F or the school named in Section I, you have the right to "
              "appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you can "
              "appeal you must contact a mediation adviser within two months of the date of the letter that "
              "came with this plan. You do not have to go to mediation if your appeal is only about the "
              "school named. Greyhithe Information, Advice and Support Service (GIASS) can provide free and "
              "impartial advice about your rights and about the Tribunal."),
        ("p", "The Local Authority must review this plan at least every 12 months. The school will invite you "
              "to the review meeting and will send you copies of any reports at least two weeks beforehand. "
              "From Year 9 onwards the review must include a focus on preparing for adulthood, including "
              "employment, independent living, participation in society and health. When a young person "
              "reaches the end of compulsory school age, the rights to make requests and decisions under the "
              "Children and Families Act 2014 pass to the young person, where they have capacity to do so."),
        ("p", "Kayden is a child in need of support and the Local Authority has a duty to keep his education, "
              "training and care needs under review. Information in this plan will be shared with the "
              "professionals named in the distribution list. Distribution: parent; Brookfield Academy; "
              "Educational Psychology Service; school nursing; file."),
    ]
    plan = {
        "title": "EDUCATION, HEALTH AND CARE PLAN",
        "docx_font": "Calibri",
        "docx_page_total": False,
        "docx_footer_text": "Greyhithe City Council - EHCP - K Whitlow - CONFIDENTIAL",
        "cover": cover,
        "sections": [
            ("A", "SECTION A: The views, interests and aspirations of the child and his parents", A),
            ("B", "SECTION B: The child's special educational needs", B),
            ("C", "SECTION C: The child's health needs which relate to their SEN", C),
            ("E", "SECTION E: The outcomes sought for the child", E),
            ("F", "SECTION F: The special educational provision required by the child", F),
            ("G", "SECTION G: Any health provision reasonably required", G),
            ("H", "SECTION H1 & H2: Social care provision", H),
            ("I", "SECTION I: Placement", I),
            ("J", "SECTION J: Personal Budget", J),
            ("K", "SECTION K: Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_04_kayden_whitlow.docx", "format": "docx", "child_name": "Kayden Lee Whitlow",
            "date_of_birth": "2010-06-27", "issued": "2019-11-05", "last_review": "2025-02-11",
            "last_amended": "2024-01-14", "next_review": "2026-02-11", "nhs_number": n, "upn": u}
    labels = {"holistic": 1, "outcomes_specific": 2, "child_voice": 2, "pfa": 1, "review_currency": 1,
              "provision_specific": 1, "golden_thread": 2, "readability": 2}
    return ("docx_bold", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 05  Amelia Hartigan - Castlemere County Council - Year 7 - Word, contents table at the start
# --------------------------------------------------------------------------------------------
def p05():
    n = nhs("999158372")
    u = upn("418826031159")
    contents = [["", "Personal details", "2"],
                ["A", "About me: my views, interests and aspirations", "3"],
                ["B", "My special educational needs", "4"],
                ["C", "My health needs", "5"],
                ["D", "My social care needs", "6"],
                ["E", "Outcomes", "6"],
                ["F", "Special educational provision", "8"],
                ["G", "Health provision", "9"],
                ["H1", "Social care provision (CSDPA 1970 section 2)", "10"],
                ["H2", "Other social care provision", "10"],
                ["I", "Placement", "10"],
                ["J", "Personal budget", "10"],
                ["K", "Advice and information", "11"],
                ["", "Words we use", "11"]]
    cover = [
        ("h", "Personal details"),
        ("kv", [("Name", "Amelia Rose Hartigan"), ("Likes to be called", "Amelia"),
                ("Date of birth", "02/03/2015"),
                ("Address", "Holly Barn, 6 Mill Lane, Upper Castlemere, CM12 8RD"),
                ("Parents", "Claire Hartigan and Mark Hartigan"),
                ("NHS number", spaced(n)), ("UPN", u),
                ("Current school", "St Wilfrid's CE Primary School - Year 6"),
                ("Plan first issued", "19/06/2019"),
                ("Last annual review", "30 Sept 2025 (Year 6 - phase transfer review)"),
                ("This plan issued", "10/02/26 - amended to name secondary school"),
                ("Next annual review due", "by 29/09/2026"),
                ("Your SEND Officer", "Marcus Doyle, 01632 960 862")]),
        ("p", "This plan tells you about Amelia: what she is good at, what she needs help with, what we want "
              "her to achieve, and the help she will get. It is written so that Amelia and her family can "
              "read it. If you do not understand something, please ring Marcus."),
    ]
    A = [
        ("h", "All about me"),
        ("p", "Amelia wrote this with Mrs Kent, her teaching assistant, at St Wilfrid's in September 2025."),
        ("b", ["My name is Amelia and I am 10. I live with Mum, Dad, my brother Harry and my dog Biscuit.",
               "I love horses. I go to a riding group on Saturdays and my pony is called Toffee.",
               "I love drawing animals. I am good at drawing dogs.",
               "My right hand and my right leg do not always do what I tell them. I write with my left hand.",
               "I get tired in the afternoons. Sometimes my leg hurts.",
               "Before I have a seizure I get a funny feeling in my tummy. Afterwards I need to sleep.",
               "I am worried about big school. I might get lost and the corridors are busy.",
               "I want to keep my friend Ruby. She is going to Penbury too.",
               "When I am older I want to work with animals, maybe as a vet nurse."]),
        ("h", "What Mum and Dad say"),
        ("p", "\"Amelia is kind and determined. She never gives up, even when things are hard for her. We are "
              "proud of how she has coped with her epilepsy. We want her to feel safe at Penbury and for "
              "staff to know what to do if she has a seizure. We would like her to be more independent, "
              "for example getting dressed and making a snack, and to have friends and hobbies outside "
              "school. We worry that she will get very tired at secondary school.\""),
        ("h", "What is important to Amelia about moving to Penbury"),
        ("b", ["Being in the same tutor group as Ruby.",
               "Knowing which adult to go to if she feels a seizure coming.",
               "Not having to carry heavy books.",
               "Having somewhere quiet to rest."]),
        ("h", "What school says"),
        ("p", "Amelia is a friendly girl who is well liked by other children. She works hard and is proud of "
              "her work. She is a talented artist. She is a reliable member of the school council."),
    ]
    B = [
        ("h", "Learning"),
        ("p", "Amelia learns well when work is broken into small steps and she can see examples. She finds it "
              "hard to hold lots of information in her head at once. This is called working memory. Her "
              "reading is about two years behind most children her age. She reads simple books fluently but "
              "finds longer texts tiring. In maths she is working at about Year 4 level. She knows her 2, 5 "
              "and 10 times tables. She needs more time than others to finish tasks."),
        ("h", "Writing and using her hands"),
        ("p", "Amelia writes with her left hand. Her handwriting is slow and her hand aches after a few "
              "minutes. She can type with her left hand at about 10 words a minute. She finds it hard to use "
              "a ruler, scissors and a compass because these need two hands."),
        ("h", "Moving around"),
        ("p", "Amelia walks on her own. She wears a splint on her right ankle. She gets tired walking long "
              "distances and can trip on stairs and in crowds. She cannot carry a heavy bag and a tray at "
              "the same time."),
        ("h", "What helps Amelia"),
        ("b", ["Instructions given one step at a time, with a picture or example.",
               "Extra time to finish work, and work that is shorter but covers the same ideas.",
               "Sitting near the front, on the side where she can use her left hand freely.",
               "A rest after lunch, because she is more tired in the afternoon.",
               "Adults who know her seizure plan and stay calm."]),
        ("h", "Progress in Year 6"),
        ("p", "At her review in September 2025, school said that Amelia had met her outcome on reading "
              "common words and had nearly met her typing outcome. She had two seizures at school in the "
              "summer term, and both times staff followed her plan well. She went on the Year 6 residential "
              "trip for two nights with her TA, which she says was 'the best thing ever'."),
        ("h", "Friendships and feelings"),
        ("p", "Amelia gets on well with others and has a small group of close friends. She is worried about "
              "moving to secondary school. She worries about having a seizure in front of people she does "
              "not know. She can become upset when she is tired."),
    ]
    C = [
        ("p", "Amelia has cerebral palsy that affects the right side of her body. This is called right "
              "hemiplegia. It was caused by a bleed in the brain when she was born early, at 30 weeks. She is "
              "seen by Dr Laura Finch, community paediatrician, every 6 months. She has injections in her "
              "right calf every 6 months to relax the muscle, and she wears a splint on her ankle."),
        ("p", "Amelia also has epilepsy. She has seizures about once or twice a month. Most of her seizures "
              "are short. She stares, her right arm jerks and she cannot answer. Sometimes a seizure spreads "
              "and she falls. She takes medicine called levetiracetam twice a day. If a seizure lasts more "
              "than 5 minutes she needs emergency medicine, which trained adults give into her cheek. After a "
              "seizure she is very tired and needs to sleep for 1 to 2 hours. Her epilepsy nurse is Sue "
              "Blake at Castlemere General Hospital."),
        ("p", "School recorded 9 seizures in the school year 2024-25. Two needed emergency medicine. Amelia "
              "was taken home after most of them."),
        ("p", "Amelia gets tired easily, because moving takes more effort for her and because of her seizures "
              "and medicine. Tiredness makes her walking, writing and memory worse."),
    ]
    D = [
        ("p", "The Disabled Children's Team assessed Amelia's needs in March 2024. Amelia needs help with:"),
        ("b", ["getting dressed, especially buttons, zips and laces;",
               "cutting up her food;",
               "having a bath or shower - an adult must stay nearby because of her seizures;",
               "going out - she cannot go out on her own because of her seizures."]),
        ("p", "Both parents work. Amelia would like to do more activities outside school, but she needs an "
              "adult with her who knows what to do if she has a seizure."),
    ]
    E = [
        ("p", "We agreed these outcomes at Amelia's review. They are about what Amelia will be able to do."),
        ("n", ["1. Amelia will find her way to all her lessons on her own, using her map and timetable.",
               "2. Amelia will type at least 20 words a minute with her left hand, so that she can keep up "
               "with written work.",
               "3. Amelia will read a short text at her reading level and answer 8 out of 10 questions about it "
               "correctly.",
               "4. Amelia will get changed for PE on her own in 10 minutes.",
               "5. Amelia will tell an adult every time she gets her 'funny tummy' feeling before a seizure.",
               "6. Amelia will make a simple snack, such as toast and a drink, on her own at home.",
               "7. Amelia will go to a club of her choice outside school with her personal assistant at least "
               "twice a month.",
               "8. By the end of the autumn term in Year 7 (December 2026), Amelia will move between lessons "
               "using the early-leave pass without any falls."]),
    ]
    F = [
        ("t", [["What", "Who", "How much"],
               ["Teaching assistant (TA) support in English, maths and science lessons", "TA trained in "
                "epilepsy care", "15 hours a week"],
               ["Reading group using a structured programme", "TA", "3 times a week, 20 minutes, group of 4"],
               ["Touch-typing programme", "TA", "3 times a week, 15 minutes"],
               ["Access to a laptop", "School", "In lessons"],
               ["Dressing and hand skills programme written by the occupational therapist", "TA", "Twice a "
                "week, 15 minutes"],
               ["Early-leave pass so she moves between lessons before the corridors are busy", "All staff",
                "Every lesson change"],
               ["Transition: 4 extra visits to Penbury and a photo book", "Penbury SENCo and TA",
                "Summer term 2026"],
               ["Rest time in a quiet room", "TA", "15 minutes after lunch every day, and after a seizure"],
               ["Adult support at unstructured times where possible", "School staff", "Break and lunch"],
               ["A second set of books so she does not carry a heavy bag", "School", "All year"]]),
    ]
    G = [
        ("t", [["What", "Who", "How much"],
               ["Epilepsy care plan and training for staff, including emergency medicine", "Epilepsy nurse, "
                "Castlemere General Hospital", "2-hour training every September; care plan reviewed yearly"],
               ["Physiotherapy: stretching and strength programme; advice to school", "Children's "
                "physiotherapist", "6 sessions a year; home programme every day"],
               ["Splint check and replacement", "Orthotics service", "Every 6 months"],
               ["Muscle injections (right calf)", "Castlemere General Hospital", "Every 6 months"],
               ["Review of epilepsy and medicine", "Paediatric neurologist", "Once a year"],
               ["Physiotherapy advice to Penbury staff", "Children's physiotherapist", "As needed"]]),
    ]
    H1 = [
        ("p", "Personal assistant (PA) support so that Amelia can go to clubs and activities: 6 hours a week, "
              "paid for by a direct payment. The PA is trained in epilepsy care."),
    ]
    H2 = [("p", "None at present.")]
    I = [("p", "From 1 September 2026: Penbury Community High School, Penbury Road, Castlemere CM9 4HT. "
               "A mainstream secondary school maintained by Castlemere County Council.")]
    J = [("p", "A direct payment of £4,680 a year pays for the PA support in H1. The family manage this "
               "with help from the Castlemere Direct Payments Team.")]
    K = [
        ("t", [["Advice", "From", "Date"],
               ["Parents' views", "Claire and Mark Hartigan", "15/09/2025"],
               ["Amelia's views", "Amelia, with Mrs Kent", "18/09/2025"],
               ["School report", "St Wilfrid's CE Primary School", "22/09/2025"],
               ["Educational psychology", "Dr Imran Shah", "04/11/2024"],
               ["Occupational therapy", "Castlemere Children's Therapies", "12/06/2025"],
               ["Physiotherapy", "Castlemere Children's Therapies", "12/06/2025"],
               ["Paediatric letter", "Dr Laura Finch", "03/09/2025"],
               ["Epilepsy nurse", "Sue Blake", "10/09/2025"],
               ["Disabled Children's Team assessment", "Castlemere Children's Services", "21/03/2024"]]),
    ]
    tail = [
        ("h", "Words we use"),
        ("t", [["Word", "What it means"],
               ["SEND", "Special educational needs and disabilities"],
               ["SENCo", "The teacher in charge of special educational needs in a school"],
               ["Hemiplegia", "Weakness on one side of the body"],
               ["Working memory", "Holding information in your head while you use it"],
               ["Direct payment", "Money paid to a family so they can arrange support themselves"],
               ["CSDPA", "Chronically Sick and Disabled Persons Act 1970, a law about help for disabled people"]]),
        ("h", "If you disagree with this plan"),
        ("p", "Please talk to Marcus first. You can get free advice from Castlemere SENDIASS. You can appeal to "
              "the SEND Tribunal about Sections B, F and I."),
        ("h", "Reviews"),
        ("p", "Amelia's plan will be reviewed at least once a year. Amelia and her parents will be invited. "
              "Before the meeting, Amelia will be asked what is going well and what she would like to "
              "change. After the meeting, the council will tell the family within 4 weeks if the plan will "
              "stay the same, change or stop. You can ask for an earlier review if things change."),
        ("p", "Signed for Castlemere County Council: Marcus Doyle, SEND Officer, 10/02/26"),
    ]
    plan = {
        "title": "Education, Health and Care Plan for Amelia Hartigan",
        "docx_header": "Castlemere County Council      OFFICIAL - SENSITIVE",
        "contents": contents,
        "cover": cover,
        "sections": [
            ("A", "Section A – About me: my views, interests and aspirations", A),
            ("B", "Section B – My special educational needs", B),
            ("C", "Section C – My health needs", C),
            ("D", "Section D – My social care needs", D),
            ("E", "Section E – Outcomes", E),
            ("F", "Section F – Special educational provision", F),
            ("G", "Section G – Health provision", G),
            ("H1", "Section H1 – Social care provision (CSDPA 1970 section 2)", H1),
            ("H2", "Section H2 – Other social care provision", H2),
            ("I", "Section I – Placement", I),
            ("J", "Section J – Personal budget", J),
            ("K", "Section K – Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_05_amelia_hartigan.docx", "format": "docx", "child_name": "Amelia Rose Hartigan",
            "date_of_birth": "2015-03-02", "issued": "2019-06-19", "last_review": "2025-09-30",
            "last_amended": "2026-02-10", "next_review": "2026-09-29", "nhs_number": n, "upn": u}
    labels = {"holistic": 4, "outcomes_specific": 2, "child_voice": 3, "pfa": "NA", "review_currency": 2,
              "provision_specific": 3, "golden_thread": 3, "readability": 4}
    return ("docx_contents", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 06  Rhys Calloway - Mirebrook MBC - Year 14 - Word headings, H1 and H2 under one "H" heading
# --------------------------------------------------------------------------------------------
def p06():
    n = nhs("999324681")
    cover = [
        ("kv", [("Young person", "Rhys Owen Calloway"), ("Date of birth", "9th February 2008"),
                ("Address", "Flat 2, 18 Quarry Bank, Mirebrook, MB6 3JS"),
                ("Lives with", "Sarah Calloway (mum)"),
                ("NHS number", spaced(n)),
                ("Education", "Harland Vale College - Level 3 Extended Diploma in Games Design (two-year "
                 "course, September 2025 to July 2027)"),
                ("First EHC plan", "2nd April 2015 (transferred from a statement)"),
                ("Plan last amended", "8th July 2025"),
                ("Last annual review", "20th May 2026"),
                ("Next annual review", "by 19th May 2027"),
                ("Post-16 SEND Officer", "Joanne Ashcroft, 01632 960 355")]),
        ("h", "Review record"),
        ("t", [["Review", "Who was there", "Decision"],
               ["11th June 2025", "Rhys (chaired), Sarah, college learning support manager, Transitions "
                "social worker, neuromuscular care adviser", "Amend - final plan issued 8th July 2025"],
               ["20th May 2026", "Rhys (chaired), Sarah, college tutor, learning support manager, PA "
                "co-ordinator", "Maintain without amendment - letter 12th June 2026"]]),
    ]
    A = [
        ("h", "In my own words"),
        ("p", "I wrote this section myself using voice control on my laptop, before my review in June 2025."),
        ("p", "I'm Rhys. I'm 17. I have Duchenne muscular dystrophy, which means my muscles get weaker over "
              "time. I use a powered wheelchair and I need help with most physical things, but my brain "
              "works fine and I want people to talk to me, not to my mum or my PA."),
        ("p", "I'm into games design. I've been making levels and mods since I was 12 and I stream on "
              "Twitch twice a week, which is where most of my friends are. At college I'm starting the "
              "Level 3 Extended Diploma. I want to get a Merit or Distinction and go to university to do a "
              "games design degree. I want to work in an indie studio, or set up my own one day."),
        ("p", "I play powerchair football for Mirebrook Thunder. It's the only sport where I can properly "
              "compete, and the team are good mates."),
        ("p", "What's hard: I get really tired, and by the afternoon my hands are too weak to use a mouse. "
              "Writing is slow, so I use dictation. This spring I was pretty low after I started using the "
              "breathing machine at night. I didn't want to go out much. Talking to the psychologist helped."),
        ("p", "What I want for the future: I want to go to uni and live away from home, with my own PAs "
              "that I choose. I want Mum to be my mum, not my carer. I want to be in charge of my own care "
              "and my own money. I want to keep playing football and keep my friends. I know my health will "
              "change and I want to understand what's happening and be part of the decisions."),
        ("h", "What Mum says"),
        ("p", "Sarah said: \"Rhys has always known his own mind. I'm proud of him for planning his future. "
              "I'm scared about him moving away, but I know it's right. I need him to have care that I can "
              "trust at night, and I need some sleep myself. I'd like the move to adult services to be "
              "planned, not a cliff edge at 18 or 19.\" Rhys agreed that his mum's views should be included."),
        ("h", "How this plan was made"),
        ("p", "Rhys chaired his own review on 11th June 2025 with support from his college tutor. Rhys "
              "checked the draft plan line by line with Joanne Ashcroft on 25th June 2025 and asked for "
              "three changes, which were made. Rhys signed the plan himself."),
    ]
    B = [
        ("p", "Rhys has no learning difficulty. His needs in education come from his physical disability, his "
              "fatigue and his health."),
        ("b", ["Physical access: Rhys cannot write by hand for more than a few lines. He uses speech-to-text "
               "software and an adapted trackball mouse. Hand strength drops as the day goes on.",
               "Fatigue: he has the most energy in the morning. After about 3 hours of study he needs a rest. "
               "Fatigue affects his concentration and how quickly he can work.",
               "Practical work: he needs an adult to set up equipment, to position his laptop and to act on "
               "his instructions in practical and studio sessions.",
               "Exams and assessed work: he needs 25% extra time, rest breaks and a scribe or dictation.",
               "Attendance: medical appointments and chest infections mean he misses about 1 day in 10.",
               "Emotional wellbeing: Rhys had a period of low mood in 2024-25. He is managing well now but "
               "big changes, such as moving to university, may be hard.",
               "Independence and planning: Rhys is learning to manage his own care team, money and "
               "appointments, which he has not had to do before."]),
    ]
    C = [
        ("p", "Rhys has Duchenne muscular dystrophy (DMD), diagnosed at age 4. His care is led by the "
              "neuromuscular team at Mirebrook Children's Hospital."),
        ("b", ["Breathing: Rhys uses non-invasive ventilation (BiPAP) every night since March 2025. He has a "
               "cough assist machine for chest infections. Chest infections can become serious quickly.",
               "Heart: he has cardiomyopathy (a weakness of the heart muscle, common in DMD). He takes an "
               "ACE inhibitor and has heart scans every 6 months.",
               "Steroids: he takes daily deflazacort, which can affect his bones, weight and mood. He has "
               "bone density scans every year.",
               "Spine: he had spinal fusion surgery in 2022. He needs careful positioning and a tilt-in-space "
               "chair.",
               "Mood: he was seen by the neuromuscular team's clinical psychologist for 10 sessions in "
               "2024-25 for low mood linked to his condition.",
               "Transition: Rhys will move to the adult neuromuscular service at Northgate Royal Infirmary "
               "at 19. A joint transition clinic is planned before then."]),
    ]
    D = [
        ("p", "A Care Act transition assessment was completed in May 2025 by Dev Mistry, Transitions Social "
              "Worker, before Rhys turned 18. Rhys is eligible for adult social care. His needs are:"),
        ("b", ["help with all personal care, transfers using a hoist, and eating some meals;",
               "being turned twice a night and help with his ventilator mask;",
               "support to get out and take part in football, college social events and seeing friends;",
               "support to learn to manage his own care team and direct payment."]),
        ("p", "Sarah currently does almost all of the night-time care. Her carer's assessment (May 2025) "
              "found she is at risk of burnout. Rhys is 17 and can make his own decisions; there are no "
              "concerns about his mental capacity."),
    ]
    E = [
        ("p", "The outcomes are grouped under the four preparing for adulthood areas. Rhys chose the order."),
        ("t", [["Area", "Outcome", "Steps", "Provision"],
               ["Higher education and employment", "1. By July 2027 Rhys will complete his Level 3 Extended "
                "Diploma in Games Design with at least a Merit overall.", "Submit every unit on time with "
                "his agreed extensions; mock assessment grades reviewed each term.", "F1-F5"],
               ["Higher education and employment", "2. By 31st January 2027 Rhys will submit a UCAS "
                "application for games design at 3 universities he has visited and checked for access and "
                "care support.", "Visits by December 2026; Disabled Students' Allowance application by "
                "March 2027.", "F6"],
               ["Employment", "3. By June 2027 Rhys will complete a 20-hour work placement with an indie games "
                "studio and produce a playable level for his portfolio.", "Placement agreed by February 2027.",
                "F6, F1"],
               ["Independent living", "4. By September 2027 Rhys will recruit and direct his own team of PAs "
                "through his direct payment, writing his own monthly rota, with payroll support.", "Interview "
                "panel for 2 new PAs by March 2027.", "H2"],
               ["Independent living", "5. By March 2027 Rhys will have stayed 3 nights at the Step Ahead "
                "training flat with PA support and will have made a housing application.", "First "
                "overnight by December 2026.", "H2"],
               ["Community", "6. By December 2026 Rhys will book his own accessible taxi to home matches "
                "and training with Mirebrook Thunder at least twice a month.", "Set up taxi account with his "
                "PA.", "H2"],
               ["Health", "7. Before his 19th birthday (February 2027) Rhys will attend the joint transition "
                "clinic, know his adult key worker, and order his own repeat prescriptions using the NHS "
                "App.", "Transition clinic date agreed by November 2026.", "G1, G5"],
               ["Health and wellbeing", "8. Rhys will feel more confident and less low in mood.", "",
                "G4"]]),
        ("h", "Transition timeline"),
        ("t", [["When", "What happens"],
               ["November 2026", "Joint transition clinic date agreed (children's and adult neuromuscular teams)"],
               ["December 2026", "University visits finished; first night at the Step Ahead flat"],
               ["January 2027", "UCAS application submitted"],
               ["February 2027", "Rhys turns 19; first adult neuromuscular appointment"],
               ["March 2027", "Disabled Students' Allowance and housing applications made"],
               ["September 2027", "Rhys starts university with his own PA team; this plan is reviewed and "
                "ceases if Rhys moves to higher education"]]),
    ]
    F = [
        ("t", [["Provision", "Who", "How much"],
               ["F1. Learning support assistant to set up equipment and act on Rhys's instructions in "
                "practical and studio sessions", "College learning support assistant trained in moving and "
                "handling", "12 hours a week (all practical sessions), 1:1"],
               ["F2. Speech-to-text software, adapted trackball and laptop mount; assistive technology "
                "check", "College assistive technology officer", "Equipment every session; check once a "
                "term (1 hour)"],
               ["F3. Study skills and coursework planning", "Specialist study skills tutor", "1 hour a week, "
                "1:1"],
               ["F4. Exam and assessment arrangements: 25% extra time, rest breaks, dictation or scribe, "
                "separate room", "College exams officer", "All assessments"],
               ["F5. Timetable with practical and studio sessions in the morning; a 30-minute rest "
                "period in the medical room each afternoon", "Course leader", "Every college day"],
               ["F6. Careers and university guidance, including visits and work placement", "College "
                "careers adviser (Level 6)", "4 x 1-hour meetings in 2026-27; 3 university visits with a "
                "PA"]]),
    ]
    G = [
        ("t", [["Provision", "Who", "How much"],
               ["G1. Neuromuscular review", "Neuromuscular team, Mirebrook Children's Hospital", "Every 6 "
                "months; joint transition clinic with Northgate Royal before February 2027"],
               ["G2. Heart scans and cardiology review", "Paediatric cardiology", "Every 6 months"],
               ["G3. Ventilation review and sleep study", "Respiratory team", "Once a year"],
               ["G4. Clinical psychology", "Neuromuscular team psychologist", "Up to 6 sessions when "
                "Rhys asks, within 4 weeks of his request"],
               ["G5. Stretching programme; hydrotherapy", "Community physiotherapist; PA carries out the "
                "home programme", "Physio review every 3 months; hydrotherapy 30 minutes weekly"]]),
    ]
    H = [
        ("h", "H1 - Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
        ("p", "Until his 18th birthday on 9th February 2026, Rhys's care was provided by Mirebrook Children's "
              "Disability Service: personal assistant support 14 hours a week and 1 night a week of waking "
              "night care. From his 18th birthday this provision transfers to adult social care under the "
              "Care Act 2014 and is shown in H2."),
        ("h", "H2 - Other social care provision (Care Act 2014 from 9th February 2026)"),
        ("t", [["Provision", "Who", "How much"],
               ["Personal assistants for personal care, college days, football and social life",
                "PAs employed by Rhys through a direct payment", "21 hours a week"],
               ["Waking night care (turning, ventilator mask)", "Night care agency", "2 nights a week, "
                "rising to 7 nights a week when Rhys moves into his own home"],
               ["Step Ahead training flat", "Mirebrook Supported Living Service", "3 overnight stays by "
                "March 2027"],
               ["Direct payment support: payroll, recruitment and training", "Mirebrook Direct Payments "
                "Support Service", "Monthly payroll; 2 training sessions of 2 hours"],
               ["Carer support for Sarah", "Mirebrook Carers Hub", "Carer's break payment of £400 a year; "
                "annual carer's review"]]),
    ]
    I = [("p", "Harland Vale College, College Road, Mirebrook MB2 7LF. General further education college.")]
    J = [("p", "Rhys has a direct payment for his PA support (H2), currently £19,110 a year. Rhys manages it "
               "himself with help from the Direct Payments Support Service. He has not requested a personal "
               "budget for Section F.")]
    K = [
        ("t", [["Advice", "From", "Date"],
               ["Rhys's views", "Rhys Calloway", "May 2025"],
               ["Parent's views", "Sarah Calloway", "May 2025"],
               ["College report", "Harland Vale College learning support", "28th May 2025"],
               ["Neuromuscular team summary", "Dr A. Pennington, consultant paediatric neurologist",
                "14th April 2025"],
               ["Physiotherapy", "Mirebrook Community Physiotherapy", "2nd May 2025"],
               ["Care Act transition assessment", "Dev Mistry, Transitions Social Worker", "16th May 2025"],
               ["Carer's assessment", "Mirebrook Carers Hub", "21st May 2025"],
               ["Review report", "Harland Vale College", "27th May 2026"]]),
    ]
    tail = [
        ("h", "Agreement"),
        ("kv", [("Rhys Calloway", "Signed 2nd July 2025"),
                ("For Mirebrook Metropolitan Borough Council", "Joanne Ashcroft, Post-16 SEND Officer, 8th July "
                 "2025")]),
        ("p", "Rhys, you can ask for a review of this plan at any time if your needs change. You can appeal "
              "to the SEND Tribunal yourself about Sections B, F and I, and the Tribunal can also make "
              "recommendations about health and social care. Mirebrook SENDIASS can help you."),
    ]
    plan = {
        "title": "Education, Health and Care Plan",
        "subtitle": "Rhys Calloway - Mirebrook Metropolitan Borough Council",
        "docx_header": "OFFICIAL-SENSITIVE  |  Mirebrook MBC  |  EHCP Rhys Calloway",
        "cover": cover,
        "sections": [
            ("A", "A. Rhys's views, interests and aspirations", A),
            ("B", "B. Special educational needs", B),
            ("C", "C. Health needs", C),
            ("D", "D. Social care needs", D),
            ("E", "E. Outcomes", E),
            ("F", "F. Special educational provision", F),
            ("G", "G. Health provision", G),
            ("H", "H. Social care provision (H1 and H2)", H),
            ("I", "I. Placement", I),
            ("J", "J. Personal budget", J),
            ("K", "K. Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_06_rhys_calloway.docx", "format": "docx", "child_name": "Rhys Owen Calloway",
            "date_of_birth": "2008-02-09", "issued": "2015-04-02", "last_review": "2026-05-20",
            "last_amended": "2025-07-08", "next_review": "2027-05-19", "nhs_number": n, "upn": ""}
    labels = {"holistic": 4, "outcomes_specific": 3, "child_voice": 4, "pfa": 4, "review_currency": 3,
              "provision_specific": 4, "golden_thread": 4, "readability": 3}
    return ("docx_merged_h", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 07  Tyler Gregson - Orrinsford Council - Year 3 - Word, section titles without letters
# --------------------------------------------------------------------------------------------
def p07():
    n = nhs("999579140")
    u = upn("630172945023")
    cover = [
        ("p", "ORRINSFORD COUNCIL - CHILDREN'S SERVICES - SEND STATUTORY SERVICE"),
        ("kv", [("Child", "Tyler GREGSON"), ("DOB", "15/01/2019"), ("Sex", "M"),
                ("Legal status", "Looked After Child - s31 Care Order"),
                ("Care placement", "In-house foster placement (Orrinsford Fostering Service)"),
                ("Social Worker", "Kelly Dunmore, Children in Care Team"),
                ("Education setting", "Moorside Primary School"),
                ("UPN", u), ("NHS No", spaced(n)),
                ("Primary need", "SEMH"), ("Secondary need", "SLCN"),
                ("Date of first plan", "19/05/2023"),
                ("Plan date", "10/03/2025"),
                ("Annual review", "01/07/2026 - LA decision: maintain (24/07/2026)"),
                ("Next review", "by 30/06/2027"),
                ("Plan Co-ordinator", "SEND Statutory Team - Area North")]),
        ("p", "This Education, Health and Care (EHC) Plan is issued by Orrinsford Council in accordance with "
              "section 37 of the Children and Families Act 2014 and Part 2 of the Special Educational Needs "
              "and Disability Regulations 2014. The plan sets out the child's special educational needs, the "
              "outcomes sought and the special educational provision required to meet those needs, together "
              "with any health and social care provision reasonably required by the learning difficulties "
              "and disabilities which result in the child having special educational needs. The plan should "
              "be read in conjunction with the appended professional advice, the child's Personal Education "
              "Plan (PEP) and the Care Plan. Provision that is ordinarily available in mainstream settings "
              "under the Orrinsford Ordinarily Available Provision (OAP) framework is not repeated in this plan."),
        ("p", "Section B describes needs under the four broad areas of need. Section E outcomes are set to be "
              "achieved by the end of the relevant key stage unless otherwise stated and are to be broken "
              "down into short-term targets by the setting through the SEN support plan and PEP. Section F "
              "provision is to be delivered by the setting using its delegated and top-up funding. Health "
              "and social care provision is set out in Sections G and H and is the responsibility of the "
              "Integrated Care Board and Children's Social Care respectively."),
    ]
    A = [
        ("p", "Tyler is a Looked After pupil at Moorside Primary School who presents with significant SEMH and "
              "SLCN needs within the context of early adverse childhood experiences (ACEs), developmental "
              "trauma and disrupted attachment."),
        ("p", "Child's views: Tyler's views were not obtained for this plan due to his level of dysregulation "
              "at the time of the assessment."),
        ("p", "Parent's views: Birth mother was invited but did not attend. Birth father: whereabouts unknown. "
              "Foster carer views: see PEP."),
        ("p", "Professionals report that Tyler enjoys physical activities, outdoor learning and iPad time when "
              "regulated. He responds positively to praise from familiar adults and to consistent boundaries."),
        ("p", "Aspirations: for Tyler to make progress in line with age-related expectations, to develop "
              "positive relationships and to reach his full potential."),
    ]
    B = [
        ("h", "Summary of need"),
        ("p", "Tyler has a primary need of Social, Emotional and Mental Health (SEMH) and a secondary need of "
              "Speech, Language and Communication Needs (SLCN). His needs are long-term and complex and "
              "significantly impact on his ability to access learning and engage with the curriculum "
              "without a high level of adult support. His presentation is influenced by pre-care "
              "experiences including neglect and exposure to domestic abuse, and by placement moves."),
        ("h", "Social, emotional and mental health"),
        ("p", "Tyler presents with a complex profile of SEMH need characterised by hypervigilance, low "
              "frustration tolerance, difficulties with co-regulation and self-regulation, and a dysregulated "
              "presentation across the school day, particularly during unstructured times and transitions. "
              "Presentation is consistent with attachment-related difficulties. Tyler demonstrates "
              "controlling behaviours and shame-based responses to adult correction, including flight, "
              "verbal aggression and object-throwing. Physical interventions were required on 7 occasions in "
              "the autumn term (Team Teach). There are some ASC traits (difficulties with ToM, rigidity around "
              "routines); no ASC assessment has been undertaken."),
        ("h", "Communication and interaction"),
        ("p", "SALT assessment (12/2024) indicates a mixed receptive-expressive language disorder. CELF-P3 core "
              "language standard score 72 (3rd centile). Tyler has difficulties with word-finding, "
              "narrative, following multi-step instructions, vocabulary and inferential language. Speech "
              "sound system is age-appropriate. Pragmatic difficulties noted."),
        ("h", "Cognition and learning"),
        ("p", "Tyler is working significantly below ARE across the curriculum (PKS). Phonics: secure at Phase 3, "
              "not yet secure at Phase 4. He is able to count to 20 and has 1:1 correspondence to 10. "
              "Attention and listening are significantly impaired and task engagement is typically 2-3 "
              "minutes. EP assessment (11/2024) indicates verbal reasoning in the low range; non-verbal "
              "reasoning in the average range, suggesting a spiky profile."),
        ("h", "Recommended strategies (EP and SALT advice)"),
        ("b", ["PACE approach (playfulness, acceptance, curiosity, empathy).",
               "Emotion coaching and co-regulation prior to any expectation of self-regulation.",
               "Predictable routines with visual timetable; forewarning of transitions.",
               "Key adult approach with a consistent team around the child.",
               "Reduced language load; chunking; visual supports; processing time.",
               "Sensory circuits and proprioceptive input at regular intervals.",
               "Connection before correction; avoidance of shame-inducing sanctions.",
               "Repair and reconnection following incidents."]),
        ("h", "Sensory and/or physical"),
        ("p", "Tyler presents as sensory seeking (crashing, chewing clothing). Fine motor skills delayed. "
              "Nocturnal and daytime enuresis. Tyler is prescribed melatonin. Tyler is under the care of the "
              "community paediatrician (Dr N. Okoro) and an FASD assessment is ongoing; growth is being "
              "monitored. He is seen by the LAC nurse for his statutory health assessments. TAC meetings are "
              "held half-termly."),
    ]
    C = [("p", "No health needs identified.")]
    D = [("p", "Tyler is a Looked After Child. Please refer to his Care Plan and PEP.")]
    E = [
        ("p", "The following outcomes have been identified for Tyler:"),
        ("b", ["Tyler will make progress in line with his potential in reading, writing and maths.",
               "Tyler will access the curriculum with appropriate support.",
               "Tyler will receive SALT input to develop his communication skills.",
               "Tyler will develop his emotional regulation skills.",
               "Tyler will be supported to make friends and develop positive peer relationships.",
               "Tyler will develop his independence."]),
    ]
    F = [
        ("p", "Tyler will have access to the following provision in addition to Ordinarily Available "
              "Provision:"),
        ("b", ["Access to a differentiated, personalised curriculum.",
               "Adult support in class as appropriate to his needs.",
               "SALT input as required.",
               "Nurture group opportunities.",
               "ELSA sessions as appropriate.",
               "Access to a calm space when dysregulated.",
               "Trauma-informed and attachment-aware approaches from all staff.",
               "Regular liaison with foster carers, the Virtual School and the social worker.",
               "Band 4 top-up funding (see Appendix B)."]),
    ]
    G = [("p", "N/A")]
    H1 = [("p", "N/A")]
    H2 = [("p", "See Care Plan.")]
    I = [("p", "Moorside Primary School, Moorside Road, Orrinsford OR3 5GA. Community primary school.")]
    J = [("p", "Not requested.")]
    K = [
        ("b", ["Advice from parent: not received.",
               "Advice from foster carer: see PEP.",
               "Educational Psychology Service - 11/2024.",
               "Speech and Language Therapy Service - 12/2024.",
               "Moorside Primary School - 01/2025.",
               "Health advice - see attached report.",
               "Social care advice - see Care Plan.",
               "Community Paediatrician (Dr N. Okoro) - 14/02/2025.",
               "Initial Health Assessment (LAC Nurse) - 09/2024."]),
    ]
    tail = [
        ("h", "Annual Review 01/07/2026 - summary"),
        ("p", "Review held at Moorside Primary School. Present: SENCo, class teacher, social worker, foster "
              "carer, Virtual School. Tyler did not attend. School reported that Tyler continues to present "
              "with high levels of dysregulation and that outcomes are partially met. No changes to the plan "
              "were requested. LA decision: maintain (letter 24/07/2026)."),
        ("t", [["Outcome", "Progress (RAG)"],
               ["Progress in line with potential", "Amber - partially met"],
               ["Access the curriculum", "Amber - partially met"],
               ["SALT input", "Amber - SALT visit completed; programme not yet in place"],
               ["Emotional regulation", "Red - not met"],
               ["Positive peer relationships", "Amber - partially met"],
               ["Independence", "Amber - partially met"]]),
        ("h", "PEP targets (summer term 2025) - for information"),
        ("b", ["To engage with adult-directed tasks for 5 minutes with support.",
               "To use the calm space when dysregulated with adult prompting.",
               "To secure Phase 4 phonics.",
               "To participate in nurture group sessions."]),
        ("h", "Appendix A - Ordinarily Available Provision"),
        ("p", "All Orrinsford schools are expected to make provision from their delegated budgets in line "
              "with the Orrinsford Ordinarily Available Provision framework. This includes quality first "
              "teaching, differentiated learning, a graduated approach of assess, plan, do and review, "
              "access to small group interventions, visual supports, reasonable adjustments to behaviour "
              "policies, access to pastoral support, and liaison with parents and carers. The framework sets "
              "out the expectations of schools across the four broad areas of need described in the SEND "
              "Code of Practice: communication and interaction; cognition and learning; social, emotional and "
              "mental health; and sensory and/or physical needs. Provision described in the framework is not "
              "repeated in Section F of individual EHC plans. Schools are expected to evidence the impact of "
              "ordinarily available provision through the graduated approach before additional provision is "
              "considered."),
        ("h", "Appendix B - Banding"),
        ("p", "Orrinsford Council allocates top-up funding to schools through a banding model. Band 4 "
              "describes pupils with severe and complex needs who require a highly differentiated curriculum "
              "and significant additional adult support for the majority of the school day. The allocation "
              "of funding is a matter for the school, which is expected to use the funding flexibly to meet "
              "the needs identified in Section B and to secure the provision in Section F. Banding is "
              "reviewed at each annual review and may be adjusted in line with the pupil's level of need."),
        ("h", "Appendix C - Personal Budgets"),
        ("p", "A Personal Budget is an amount of money identified by the local authority to deliver provision "
              "set out in an EHC plan where the parent or young person is involved in securing that "
              "provision. Requests for a Personal Budget must be made during the drafting of the plan or at "
              "an annual review. Direct payments for special educational provision can only be made with the "
              "agreement of the school and where the local authority is satisfied that the arrangements will "
              "not have an adverse impact on other service users or be an inefficient use of resources."),
        ("h", "Appendix D - Rights of appeal and disagreement resolution"),
        ("p", "Parents have the right of appeal to the First-tier Tribunal (Special Educational Needs and "
              "Disability) against the description of the child's special educational needs in Section B, "
              "the special educational provision specified in Section F and the school or other institution "
              "named in Section I, or the fact that no school is named. Prior to registering an appeal, "
              "parents must contact an independent mediation adviser and obtain a certificate, except where "
              "the appeal relates solely to the name or type of school. Disagreement resolution services are "
              "available and are independent of the local authority. The local authority will comply with "
              "its statutory duties under the SEND Regulations 2014 in respect of the timescales for review."),
        ("h", "Appendix E - Home to school travel"),
        ("p", "Home to school travel assistance is not provided through the EHC plan and is assessed under "
              "the Orrinsford Home to School Travel Assistance Policy. For children who are looked after, "
              "the responsible social worker should make the application in consultation with the Virtual "
              "School."),
        ("h", "Information sharing"),
        ("p", "Information contained within this plan will be shared with relevant professionals in "
              "accordance with the Data Protection Act 2018, UK GDPR and Orrinsford Council's information "
              "sharing protocols. For children who are looked after, information will also be shared with "
              "the Independent Reviewing Officer and the Virtual School Head."),
        ("p", "Distribution: Moorside Primary School (SENCo); Children in Care Team; Virtual School; Educational "
              "Psychology Service; Speech and Language Therapy Service; file."),
    ]
    plan = {
        "title": "EDUCATION HEALTH AND CARE PLAN",
        "subtitle": "Orrinsford Council",
        "docx_header": "OFFICIAL SENSITIVE - PERSONAL",
        "docx_footer_text": "EHCP/ORR/018843",
        "cover": cover,
        "sections": [
            ("A", "The child's views, interests and aspirations", A),
            ("B", "Special educational needs", B),
            ("C", "Health needs related to SEN or disability", C),
            ("D", "Social care needs related to SEN or disability", D),
            ("E", "Outcomes sought", E),
            ("F", "Special educational provision", F),
            ("G", "Health provision reasonably required", G),
            ("H1", "Social care provision under section 2 CSDPA 1970", H1),
            ("H2", "Other social care provision reasonably required", H2),
            ("I", "Name and type of school", I),
            ("J", "Personal budget arrangements", J),
            ("K", "Advice and information obtained", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_07_tyler_gregson.docx", "format": "docx", "child_name": "Tyler Gregson",
            "date_of_birth": "2019-01-15", "issued": "2023-05-19", "last_review": "2026-07-01",
            "last_amended": "2025-03-10", "next_review": "2027-06-30", "nhs_number": n, "upn": u}
    labels = {"holistic": 1, "outcomes_specific": 1, "child_voice": 1, "pfa": "NA", "review_currency": 3,
              "provision_specific": 1, "golden_thread": 1, "readability": 1}
    return ("docx_noletters", plan, meta, labels)
