from common import (nhs_number, fmt_nhs, upn, legal_intro, appeal_rights, gdpr_note, how_to_read,
                    personal_budget_info, transport_note, distribution, signature)


def p05():
    C = "Wendlebury County Council"
    nhs = nhs_number("999104828")
    u = upn("931224301047")
    cover = [("kv", [("Record ID", "EHC-2021-004471"), ("Pupil", "BROOKS, Jayden"), ("DOB", "30-Jul-2016"),
                     ("Gender", "M"), ("NHS", nhs), ("UPN", u), ("Establishment", "St Aldhelm's CE Primary (Y6)"),
                     ("Plan status", "FINAL - MAINTAINED"), ("Plan start", "11-Nov-2021"),
                     ("Last AR", "10-Jul-2025"), ("Last amendment", "24-Jan-2024"),
                     ("Next AR due", "10-Jul-2026"), ("Caseworker", "T. ASHBY")])]
    cover += how_to_read("Jayden", plain=False)
    A = [("p", "Jayden is a Y4 pupil at St Aldhelm's. Staff report that he enjoys PE and ICT. He can be "
               "reluctant to engage with adult-directed tasks. Jayden's views were not obtained for this "
               "review as he was not in school on the day of the meeting. Parent did not attend.")]
    B = [("p", "Jayden has SEMH needs and SpLD traits. He presents with dysregulated behaviour, poor "
               "attention and impulsivity which impact on his access to the curriculum. Jayden has a "
               "diagnosis of ADHD (combined type) and takes medication. He is known to CAMHS. "
               "Jayden is working significantly below ARE in reading, writing and maths (WT/PKS)."),
         ("b", ["Difficulty sustaining attention to task.",
                "Low level disruption and refusal.",
                "2 FTEs in 2024/25.",
                "Difficulties with peer relationships.",
                "Literacy difficulties (SpLD traits) - not formally assessed.",
                "Poor fine motor skills; OT referral made previously."]),
         ("p", "Jayden has a SW from the CIN team and family are supported by TAF.")]
    Cc = [("p", "No health needs identified.")]
    D = [("p", "None known.")]
    E = [("b", ["Jayden will access SEMH support.",
                "Jayden will make progress in reading, writing and maths.",
                "Jayden will receive support from an adult in class.",
                "Jayden will develop his social skills.",
                "Jayden will access the curriculum.",
                "Jayden will be supported to regulate his emotions.",
                "Jayden will reach his potential."])]
    F = [("b", ["Access to a differentiated curriculum.",
                "Support from school staff as required.",
                "Access to small group interventions.",
                "Access to a key adult.",
                "Regular access to a calm space / nurture provision.",
                "Input from EP/BSS as appropriate.",
                "Access to ELSA where possible.",
                "Reasonable adjustments to behaviour policy.",
                "Funding Band 3 (WCC matrix)."])]
    G = [("p", "Jayden will continue to have access to universal services such as his GP and school nursing.")]
    H = [("p", "Not applicable.")]
    I = [("p", "St Aldhelm's CE Primary School (mainstream). Secondary transfer: not yet discussed.")]
    J = [("p", "N/A")]
    K = [("b", ["Ed Psych advice - 14/06/2021", "School advice - 28/06/2021", "Health advice - see attached report",
                "CAMHS letter - 03/2021", "AR paperwork - 10/07/2025"])]
    hist = [("h2", "Case history (system notes)"),
            ("table", [["Date", "Event", "User"],
                       ["11-Nov-2021", "Final plan issued", "TASHBY"],
                       ["19-Oct-2022", "AR held - maintain", "TASHBY"],
                       ["05-Dec-2023", "AR held - amend", "KPRICE"],
                       ["24-Jan-2024", "Amended final issued", "KPRICE"],
                       ["10-Jul-2025", "AR held - maintain (no changes)", "TASHBY"],
                       ["02-Sep-2026", "AR overdue - chased school", "TASHBY"]])]
    tail = hist + appeal_rights(C) + [gdpr_note(C)]
    plan = {"title": "CaseLink EHCP Module - Plan Export", "cover": cover,
            "sections": [("A", "SECTION A: VIEWS, INTERESTS AND ASPIRATIONS", A),
                         ("B", "SECTION B: SPECIAL EDUCATIONAL NEEDS", B),
                         ("C", "SECTION C: HEALTH NEEDS", Cc),
                         ("D", "SECTION D: SOCIAL CARE NEEDS", D),
                         ("E", "SECTION E: OUTCOMES", E),
                         ("F", "SECTION F: SPECIAL EDUCATIONAL PROVISION", F),
                         ("G", "SECTION G: HEALTH PROVISION", G),
                         ("H", "SECTION H1/H2: SOCIAL CARE PROVISION", H),
                         ("I", "SECTION I: PLACEMENT", I),
                         ("J", "SECTION J: PERSONAL BUDGET", J),
                         ("K", "SECTION K: ADVICE AND INFORMATION", K)],
            "tail": tail, "header": "", "footer": "*** END OF EXPORT - Wendlebury County Council CaseLink - printed 28-Oct-2026 14:02 ***",
            "txt_banner": "Wendlebury County Council | CaseLink v4.2 | Export generated 28-Oct-2026 | OFFICIAL-SENSITIVE"}
    meta = dict(file="b3_05_jayden_brooks.txt", format="txt", child_name="Jayden Brooks",
                date_of_birth="2016-07-30", issued="2021-11-11", last_review="2025-07-10",
                last_amended="2024-01-24", next_review="2026-07-10", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=1, outcomes_specific=1, child_voice=1, pfa="NA", review_currency=2,
                  provision_specific=1, golden_thread=1, readability=1)
    return "txt", plan, meta, labels


def p06():
    C = "Fenmarsh Borough Council"
    nhs = nhs_number("999725301")
    cover = [("p", "**Education, Health and Care Plan - Fenmarsh Borough Council - post-16/19 template**"),
             ("kv", [("My name", "Megan Tull"), ("I like to be called", "Meg"),
                     ("Date of birth", "18 April 2007 (age 19)"), ("NHS number", fmt_nhs(nhs)),
                     ("Where I study", "Fenmarsh College - Pathways to Work supported internship at Fenmarsh General Hospital"),
                     ("My family", "Mum (Joanne Tull) and stepdad (Carl Hesketh)"),
                     ("Plan first issued", "3 October 2019"), ("Last annual review", "29 April 2026"),
                     ("This plan amended", "10 June 2026"), ("Next review", "by 28 April 2027"),
                     ("My SEND officer", "Olu Adebayo - 01632 960 733")])]
    cover += how_to_read("Meg")
    A = [("h2", "All about me"),
         ("p", "My name is Meg and I am 19. I have a learning disability and autism. I live with my mum, "
               "my stepdad Carl and our dog Biscuit. I wrote this with Olu and my job coach Sam at my "
               "review. I used my own words and Sam typed them."),
         ("h2", "What I like and what I am good at"),
         ("b", ["I am really good with people. Patients at the hospital say I cheer them up.",
                "I love baking. My lemon drizzle is famous in our house.",
                "I like drama club on Tuesdays and I have friends there, Chloe and Aisha.",
                "I am good at following a routine once I have learned it."]),
         ("h2", "What is hard for me"),
         ("b", ["Money. I don't always know if I have enough or if I have the right change.",
                "New places and changes to my routine make me panic, and then I can't talk.",
                "Remembering my tablets and my period. Mum still reminds me.",
                "Reading long letters. I like things short with pictures."]),
         ("h2", "My dreams"),
         ("p", "\"I want a real job with a wage, at the hospital café or a bakery. I want to live in my own "
               "flat with a friend one day, maybe when I am 23. I want to go to town on the bus on my own "
               "and meet Chloe for a coffee. I want to stay healthy and not get poorly with my epilepsy.\""),
         ("h2", "What my mum says"),
         ("p", "\"Meg has grown up so much at college. The internship has given her confidence I never "
               "thought she'd have. Our worry is what happens after July 2027 when college ends - we "
               "don't want her sat at home. We'd like her to learn to budget and cook a few meals so "
               "that supported living is a real option, and for adult social care to be involved now, "
               "not at the last minute.\""),
         ("p", "Meg and her mum agreed this plan at the review on 29 April 2026. Meg made her own "
               "decisions about what went in this section.")]
    B = [("p", "Meg has a moderate learning disability and autism. She reads at about a 9-year-old level "
               "and understands short, clear sentences best. She can use a calculator for adding and "
               "taking away but does not yet understand the value of money or give change."),
         ("b", ["Communication: Meg talks fluently about familiar things but may say \"yes\" when she has not "
                "understood. When anxious she stops speaking; she then uses her help card.",
                "Learning: Meg learns best by doing, with the same steps each time and a visual checklist.",
                "Work skills: Meg can complete her café tasks (clearing tables, restocking, greeting) with "
                "a picture checklist. She needs help to cope with changes to her rota.",
                "Independence: Meg can make a sandwich and simple hot drinks. She has started travel "
                "training on the 14 bus."])]
    Cc = [("p", "Meg has epilepsy (generalised tonic-clonic seizures). Her last seizure was in January "
                "2026. She takes sodium valproate twice a day; as she may become pregnant in the future, "
                "her neurologist has discussed a planned switch to lamotrigine under the valproate "
                "safety programme. A seizure can leave Meg tired and muddled for the rest of the day. "
                "She has an annual learning disability health check with her GP (last done 11 March 2026). "
                "She is gaining weight and her GP would like her to be more active. Advice: Dr L Sanders, "
                "adult neurology, 20 February 2026.")]
    D = [("p", "Meg has a Care Act needs assessment by Fenmarsh Adult Social Care (transition team) dated "
               "12 March 2026. It found she is eligible for support with managing money, preparing meals, "
               "using the community safely and developing relationships. Meg has capacity to make most "
               "day-to-day decisions; a best-interests process would be needed for a tenancy decision if "
               "her capacity to understand a tenancy is in doubt. Mum and Carl have had a carer's assessment.")]
    E = [("table", [["My outcome", "By when", "Steps", "Area"],
                    ["Meg will work 3 shifts a week at the hospital café as part of her internship, "
                     "completing all her tasks with her picture checklist and no more than 2 prompts a shift.",
                     "March 2027", "Dec 2026: 2 shifts a week with 4 prompts.", "Employment"],
                    ["Meg will apply for 3 paid part-time jobs (at least 8 hours a week) with her job coach and "
                     "attend at least one interview.", "July 2027", "Jan 2027: CV written; Access to Work application made.", "Employment"],
                    ["Meg will pay for her shopping using a card and check her change or receipt, and budget "
                     "£25 a week of her own money using her banking app.", "July 2027",
                     "Dec 2026: uses the 'next dollar up' method with notes up to £10.", "Independent living"],
                    ["Meg will cook 4 simple meals on her own using picture recipes.", "July 2027",
                     "Feb 2027: 2 meals.", "Independent living"],
                    ["Meg will travel on the 14 bus from home to town and to the hospital on her own.",
                     "January 2027", "Nov 2026: signed off on the hospital route.", "Community / independent living"],
                    ["Meg will meet a friend in town once a fortnight for a planned activity, arranging it by text.",
                     "April 2027", "Dec 2026: plans one trip with support from her PA.", "Friends and community"],
                    ["Meg will take her epilepsy tablets at the right times with a phone alarm, without "
                     "mum reminding her, and tell her GP herself how she is at her annual health check.",
                     "March 2027", "Dec 2026: uses pill organiser with alarm, checked weekly by mum.", "Good health"],
                    ["Meg will walk or swim for 30 minutes 3 times a week.", "April 2027",
                     "Joins a walking group in January 2027.", "Good health"]])]
    F = [("table", [["Provision", "Who", "How much"],
                    ["Supported internship (Pathways to Work): work placement with job coaching",
                     "Fenmarsh College job coach (Sam Whitfield)", "3 days a week, 30 weeks; job coach on site 1:1 fading to 1:4"],
                    ["English and maths (functional money skills) in small group", "College tutor",
                     "2 x 1 hour a week, group of up to 6"],
                    ["Employability sessions: CV, interview practice, Access to Work application",
                     "Job coach", "1 hour a week"],
                    ["Travel training", "Fenmarsh Independent Travel Training team", "Daily on training route until signed off"],
                    ["Communication support: visual checklists, help card, rota changes given 24 hours ahead",
                     "College and placement staff", "Every day"],
                    ["Speech and language therapy advice on workplace communication", "College speech and language therapist",
                     "Termly review; staff guidance"]])]
    G = [("b", ["Neurology review and medicine change to lamotrigine: Dr L Sanders, adult neurology, every 6 months.",
                "Annual learning disability health check and health action plan: GP, every year.",
                "Epilepsy care plan and training for college and placement staff: epilepsy specialist nurse, once a "
                "year and when medication changes.",
                "Support to be more active: community learning disability nurse, 6 sessions from January 2027."])]
    H = [("b", ["Personal assistant to support Meg with cooking, money and community activities: 6 hours a week "
                "(Adult Social Care, Care Act support plan).",
                "Transition to adult social care: Meg's adult social worker (Ruth Okoye) will attend her reviews "
                "and start supported-living planning by April 2027."])]
    I = [("p", "Fenmarsh College (general further education college), Pathways to Work supported internship, "
               "to July 2027.")]
    J = [("p", "Meg receives a direct payment from Adult Social Care for her personal assistant (6 hours a "
               "week). No personal budget for Section F.")]
    K = [("table", [["Advice", "Who", "Date"],
                    ["My views and mum's views", "Meg and Joanne Tull", "29/04/2026"],
                    ["College review report", "Fenmarsh College", "15/04/2026"],
                    ["Neurology letter", "Dr L Sanders", "20/02/2026"],
                    ["Care Act assessment", "Fenmarsh Adult Social Care", "12/03/2026"],
                    ["GP annual health check", "Marsh Lane Surgery", "11/03/2026"]])]
    hist = [("h2", "My reviews"),
            ("p", "My plan started on 3 October 2019. It has been reviewed every year. My last review was on "
                  "29 April 2026 and my plan was changed on 10 June 2026 to add my internship and my new "
                  "outcomes. My next review will be before 28 April 2027, when we will plan for when I "
                  "leave college.")]
    tail = hist + appeal_rights(C) + [gdpr_note(C)]
    plan = {"title": "Meg's Education, Health and Care Plan", "cover": cover,
            "sections": [("A", "Section A - All about me", A),
                         ("B", "Section B - My learning needs", B),
                         ("C", "Section C - My health", Cc),
                         ("D", "Section D - My care needs", D),
                         ("E", "Section E - My outcomes for adult life", E),
                         ("F", "Section F - Help with my learning", F),
                         ("G", "Section G - Health help", G),
                         ("H", "Section H - Social care help", H),
                         ("I", "Section I - Where I study", I),
                         ("J", "Section J - Personal budget", J),
                         ("K", "Section K - Advice used", K)],
            "tail": tail, "header": "", "footer": ""}
    meta = dict(file="b3_06_megan_tull.md", format="md", child_name="Megan Tull",
                date_of_birth="2007-04-18", issued="2019-10-03", last_review="2026-04-29",
                last_amended="2026-06-10", next_review="2027-04-28", nhs_number=nhs, upn="",
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=4, outcomes_specific=4, child_voice=4, pfa=4, review_currency=4,
                  provision_specific=3, golden_thread=4, readability=4)
    return "md", plan, meta, labels


def p07():
    C = "Kingsbridge Vale Council"
    nhs = nhs_number("999360147")
    u = upn("892300514026")
    cover = [("table", [["Personal details", ""],
                        ["Name", "Elif Demir"], ["Date of birth", "11/02/2013"], ["NHS number", fmt_nhs(nhs)],
                        ["Unique Pupil Number (UPN)", u], ["School and year", "Brookhaven School, Year 8 (from September 2025)"],
                        ["Parents", "Selin and Murat Demir"], ["Languages", "Turkish and English"],
                        ["Date of first plan", "14/09/2020"], ["Plan updated", "19/08/2025"],
                        ["Caseworker", "Beth Aldous"]])]
    cover += how_to_read("Elif")
    A = [("h2", "What I want you to know about me"),
         ("p", "I'm Elif and I'm 12. I love drawing manga and I post my art on a private account that only my "
               "cousins can see. I want to be an illustrator or make graphic novels. I also love animals - "
               "we have two cats, Pamuk and Zeytin - and I help at my aunt's pet shop on Saturdays."),
         ("p", "School is hard for me because of the noise and because I never know what people really mean. "
               "I get really anxious before school, like I feel sick every morning. When I'm overwhelmed I "
               "go quiet and people think I'm fine but I'm not. I need teachers to believe me when I say I "
               "need a break. The art room at lunch is the best part of my day."),
         ("p", "Things that help me: knowing what's happening in advance; sitting near the door; having my "
               "headphones; being able to write instead of speaking in class; Ms Kaur (my key worker)."),
         ("p", "When I'm older I want to go to art college, live in a flat in a city with my friend Jade, and "
               "have a job where I can work mostly on my own. I'd like to be able to go on the train by myself."),
         ("h2", "What my parents say"),
         ("p", "Selin and Murat are proud of Elif's talent and kindness. They want school to understand that "
               "her calm face hides a lot of anxiety. They worry because she eats very little at school, "
               "is sleeping badly and has had panic attacks. They want her to have friends and to be "
               "ready for GCSEs, and to get help from mental health services, which they asked for a year ago."),
         ("p", "Elif and her parents helped write this plan at the review on 24 June 2025. Elif wrote section A "
               "herself at home and emailed it to Ms Kaur.")]
    B = [("p", "Elif is autistic (diagnosed 2019, Kingsbridge Child Development Service). She is working at "
               "age-related expectations in most subjects and is well above in art. Her needs are mainly "
               "in social communication, anxiety and sensory processing."),
         ("h2", "Communication and interaction"),
         ("p", "Elif has a wide vocabulary and writes fluently, but she finds it hard to speak in front of "
               "others, to join group discussions and to read other people's intentions. She can "
               "misunderstand sarcasm and jokes, which has led to falling out with peers."),
         ("h2", "Social, emotional and mental health"),
         ("p", "Elif masks her anxiety at school and then becomes very distressed at home. Attendance was 88% in Year 7. She has had three panic attacks in school this year."),
         ("h2", "Sensory"),
         ("p", "Elif is sensitive to noise, strong smells (the canteen) and touch. She finds the busy "
               "corridors and the dining hall very hard.")]
    Cc = [("p", "Elif is autistic. She has asthma, which is well controlled.")]
    D = [("p", "No social care involvement.")]
    E = [("h2", "Outcomes for the end of Year 8 (July 2026)"),
         ("b", ["By July 2026 Elif will use her break card and return to the lesson within 10 minutes on at "
                "least 4 out of 5 occasions, and tell a trusted adult when she is anxious by using her "
                "'traffic light' card.",
                "By July 2026 Elif will take part in a paired or small-group task in 3 lessons a week, "
                "contributing in writing or speech.",
                "By July 2026 Elif's attendance will be at least 93%.",
                "By July 2026 Elif will eat lunch in the quiet room or art room with at least one friend "
                "on 3 days a week."]),
         ("h2", "Preparing for adulthood outcomes (by end of Year 11, July 2029)"),
         ("b", ["Employment/further education: Elif will build a portfolio of 15 finished pieces of art, "
                "attend an art college open day in Year 10 and apply for a Level 3 art and design course.",
                "Independent living: Elif will plan and make the train journey from Kingsbridge to "
                "Carrowmere on her own, buying her own ticket.",
                "Friends and community: Elif will join an art club or group outside school and attend at least "
                "twice a month."])]
    F = [("table", [["Provision", "Staffing", "Frequency"],
                    ["Key worker check-in at start and end of the school day", "Ms Kaur, learning mentor", "Daily, 10 minutes"],
                    ["Break card and access to low-stimulation room", "All staff; room staffed by pastoral team",
                     "Every lesson, as needed by Elif"],
                    ["Anxiety management programme (CBT-informed, 'Exploring Feelings')", "School ELSA",
                     "1 x 45 minutes a week for 12 weeks, then review"],
                    ["Social communication group", "SENCo", "1 x 1 hour a week, group of 4"],
                    ["Teachers to use written instructions and let Elif respond in writing", "All subject teachers", "Every lesson"],
                    ["Autism Advisory Teacher: advice to staff and termly review", "Kingsbridge Autism Advisory Service",
                     "3 visits a year, 1.5 hours"],
                    ["Careers guidance", "Independent careers adviser", "1 meeting in Year 9, 2 in Year 10"],
                    ["Travel training", "School travel trainer", "6 sessions in summer term of Year 10"]])]
    G = [("p", "Elif will continue to see her GP for asthma reviews. A referral to CAMHS has been made.")]
    H = [("p", "None.")]
    I = [("p", "Brookhaven School (mainstream academy, 11-18).")]
    J = [("p", "Not requested.")]
    K = [("table", [["Advice", "Date"],
                    ["Elif's views (written) and parents' views", "June 2025"],
                    ["School review report (Brookhaven)", "13/06/2025"],
                    ["Autism Advisory Service report", "21/05/2025"],
                    ["Educational psychologist", "08/07/2020"],
                    ["Child Development Service diagnostic report", "11/11/2019"]])]
    hist = [("h2", "Review history"),
            ("p", "First plan: 14/09/2020. Annual reviews: 02/07/2021, 29/06/2022, 22/06/2023, 20/06/2024 and "
                  "24/06/2025. Following the review on 24/06/2025 the plan was amended and reissued on "
                  "19/08/2025. The next annual review was due by 24/06/2026."),]
    tail = hist + appeal_rights(C) + [gdpr_note(C)] + distribution(["Mr and Mrs Demir", "Brookhaven School", "Autism Advisory Service"])
    plan = {"title": "Kingsbridge Vale Council: Education, Health and Care Plan", "cover": cover,
            "sections": [("A", "Section A: Views, interests and aspirations", A),
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
    meta = dict(file="b3_07_elif_demir.docx", format="docx", child_name="Elif Demir",
                date_of_birth="2013-02-11", issued="2020-09-14", last_review="2025-06-24",
                last_amended="2025-08-19", next_review="2026-06-24", nhs_number=nhs, upn=u,
                sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=2, outcomes_specific=3, child_voice=4, pfa=3, review_currency=2,
                  provision_specific=3, golden_thread=3, readability=3)
    return "docx_headings", plan, meta, labels


def p08():
    C = "Ashcombe & Rill Borough Council"
    nhs = nhs_number("999057212")
    u = upn("806401235021")
    cover = [("kv", [("Child/young person", "Harrison Clarke"), ("Date of birth", "03/06/2014"),
                     ("NHS Number", fmt_nhs(nhs)), ("UPN", u), ("Setting", "Rillside Academy (Year 7 at date of issue)"),
                     ("Person(s) with parental responsibility", "Mr Paul Clarke (father)"),
                     ("Date of final EHC plan", "20 April 2026"), ("Annual review due", "by 19 April 2027"),
                     ("Plan co-ordinator", "Sunita Roy, EHC Co-ordinator")])]
    cover += how_to_read("Harrison", plain=False) + legal_intro(C, "Harrison")
    A = [("h2", "Views of the child"),
         ("p", "Harrison's views were gathered by the Specialist Teacher during a structured observation in "
               "March 2026 and via the school's pupil voice pro-forma. Harrison is reported to enjoy "
               "Lego Technic construction, cycling with his father and YouTube content relating to "
               "engineering. He is reported to dislike handwriting tasks and physical education. "
               "Harrison indicated on a rating scale that school is 'OK' (3/5)."),
         ("h2", "Views of the parent"),
         ("p", "Mr Clarke reports that Harrison's self-esteem has deteriorated since transition to secondary "
               "provision, that homework is a significant source of conflict and that Harrison experiences "
               "fatigue and pain in his hands and knees. Mr Clarke expressed a wish for Harrison to pursue "
               "engineering in the future.")]
    B = [("p", "Harrison presents with a profile consistent with Developmental Coordination Disorder (DCD) "
               "with co-occurring joint hypermobility, which impacts substantially upon fine and gross motor "
               "functioning, written recording, organisational capacity and participation in practical "
               "subjects. Standardised assessment (Detailed Assessment of Speed of Handwriting, DASH, February "
               "2026) yields a standard score of 4 (below the 1st percentile), with handwriting speed of 9 "
               "words per minute relative to an age-expected mean of 19."),
         ("p", "Cognitive assessment (WISC-V, Educational Psychology Service, February 2026) indicates verbal "
               "comprehension within the high-average range (SS 114) and processing speed within the "
               "extremely low range (SS 72), a discrepancy of clinical significance. Working memory is within "
               "the low-average range (SS 85), with implications for multi-step mathematical procedures and "
               "retention of instructions."),
         ("p", "Social, emotional and mental health: emergent indicators of anxiety and low self-concept "
               "pertaining to academic competence; reduced participation in peer activity at unstructured times.")]
    Cc = [("p", "Harrison was assessed by the Children's Occupational Therapy Service (K Dunmore, HCPC, 9 February "
                "2026) and by Paediatric Physiotherapy (18 February 2026). He has DCD and generalised joint "
                "hypermobility (Beighton score 7/9), with pain in the hands after 10 minutes of writing and "
                "knee pain after prolonged walking. He has a history of chronic constipation with overflow "
                "soiling, managed by the GP with Movicol, and a continence plan from the school nurse (January "
                "2026). Fatigue by the end of the school day is reported by father and school.")]
    D = [("p", "Harrison resides with his father, who is a sole carer and works shifts. Early Help assessment "
               "(Family Support Service, 5 January 2026) identified the need for support with morning routines "
               "and homework-related conflict. Harrison does not meet the threshold for the Children with "
               "Disabilities Team.")]
    E = [("b", ["By the end of Year 8 (July 2027), Harrison will produce a written response of at least 150 words "
                "in 30 minutes using touch-typing on a laptop at 20 words per minute.",
                "By April 2027, Harrison will independently use his organisation checklist to bring the correct "
                "equipment to lessons on 4 out of 5 days.",
                "Harrison will develop his fine motor skills.",
                "Harrison will be supported to participate in PE.",
                "Harrison will improve his self-esteem and confidence.",
                "Harrison will manage his toileting needs in school."])]
    F = [("table", [["Provision", "Delivered by", "Ratio", "Frequency / duration", "Review"],
                    ["Touch-typing programme (Touch-type Read and Spell)", "Teaching assistant trained in TTRS",
                     "1:1", "4 x 20 minutes per week for 30 weeks", "Termly by SENCo"],
                    ["Personal laptop for all extended written work, with word prediction software",
                     "Provided by school; set up by ICT technician", "-", "All lessons from 1 May 2026", "Annually"],
                    ["Fine motor programme devised by OT", "Teaching assistant trained by OT", "1:1",
                     "3 x 15 minutes per week", "OT review each term (3 x 1 hour per year)"],
                    ["Precision teaching for multi-step maths procedures", "Maths HLTA",
                     "1:2", "3 x 20 minutes per week for 12 weeks", "End of spring term 2027"],
                    ["Organisation checklist and end-of-day equipment check", "Form tutor", "1:1",
                     "Daily, 5 minutes at 15:10", "Half-termly"],
                    ["Adapted PE programme with rest breaks and low-impact alternatives, written with physiotherapist",
                     "PE teacher", "Class", "All PE lessons (2 x 60 minutes per week)", "Termly with physio"],
                    ["Exam access arrangements: 25% extra time, use of word processor",
                     "Exams officer and SENCo", "-", "All internal and external assessments", "Before Year 10"]])]
    G = [("table", [["Health provision", "Provider", "Frequency"],
                    ["Physiotherapy: assessment and home exercise programme for hypermobility", "Ashcombe Children's Physiotherapy",
                     "Block of 6 x 45-minute sessions (May-July 2026), then review"],
                    ["Continence review and plan for school", "School nursing (continence lead)", "Every 6 months"],
                    ["GP review of constipation management", "GP", "Every 12 months"]])]
    H = [("p", "H2: Family Support Worker (Early Help) to support morning routines and homework plan: 8 weekly "
               "home visits of 1 hour from May 2026, then review. H1: not applicable - no provision under CSDPA s2.")]
    I = [("p", "Rillside Academy, mainstream secondary academy (11-16).")]
    J = [("p", "No personal budget has been requested.")]
    K = [("table", [["Advice", "Author", "Date"],
                    ["Parental advice", "Mr P Clarke", "02/02/2026"],
                    ["Educational advice", "Rillside Academy SENCo", "06/02/2026"],
                    ["Psychological advice", "Dr N Farrow, EPS", "23/02/2026"],
                    ["Occupational therapy", "K Dunmore, Children's OT", "09/02/2026"],
                    ["Physiotherapy", "Paediatric Physiotherapy", "18/02/2026"],
                    ["Health advice (DCO collated)", "Designated Clinical Officer", "27/02/2026"],
                    ["Early Help assessment", "Family Support Service", "05/01/2026"]])]
    tail = [("p", "Plan history: EHC needs assessment requested 13/11/2025; draft plan issued 24/03/2026; final "
                  "plan issued 20/04/2026. First annual review to be held by 19/04/2027.")]
    tail += appeal_rights(C) + [gdpr_note(C)] + signature("Sunita Roy", "EHC Co-ordinator", "20/04/2026", C)
    plan = {"title": "Education, Health and Care Plan", "cover": cover,
            "sections": [("A", "Part A - Views, interests and aspirations of the child and parent", A),
                         ("B", "Part B - Special educational needs", B),
                         ("C", "Part C - Health needs related to SEN/disability", Cc),
                         ("D", "Part D - Social care needs related to SEN/disability", D),
                         ("E", "Part E - Outcomes", E),
                         ("F", "Part F - Special educational provision", F),
                         ("G", "Part G - Health provision", G),
                         ("H", "Part H - Social care provision (H1 and H2)", H),
                         ("I", "Part I - Placement", I),
                         ("J", "Part J - Personal budget", J),
                         ("K", "Part K - Advice and information", K)],
            "tail": tail, "header": "Ashcombe & Rill Borough Council - EHC Plan - Harrison Clarke - OFFICIAL SENSITIVE",
            "footer": "Final plan 20/04/2026"}
    meta = dict(file="b3_08_harrison_clarke.pdf", format="pdf", child_name="Harrison Clarke",
                date_of_birth="2014-06-03", issued="2026-04-20", last_review="", last_amended="",
                next_review="2027-04-19", nhs_number=nhs, upn=u, sections_present="A;B;C;D;E;F;G;H;I;J;K")
    labels = dict(holistic=3, outcomes_specific=2, child_voice=2, pfa="NA", review_currency=4,
                  provision_specific=4, golden_thread=2, readability=2)
    return "pdf", plan, meta, labels
