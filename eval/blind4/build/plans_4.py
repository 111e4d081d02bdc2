"""Plans 12-14 of blind4 (two case-management text exports and one Markdown plan)."""
from helpers import nhs, spaced, upn


# --------------------------------------------------------------------------------------------
# 12  Connor Blythe - Nethercombe County Council - Year 13 (plan says Year 12) - SENtinel .txt export
# --------------------------------------------------------------------------------------------
def p12():
    n = nhs("999630195")
    u = upn("582016339420")
    cover = [
        ("kv", [("Surname", "BLYTHE"), ("Forename(s)", "Connor James"), ("DOB", "14-NOV-2008"),
                ("Gender", "M"), ("NCY", "12"),
                ("Establishment", "ASHGROVE ACADEMY (SIXTH FORM)"),
                ("Address", "3 Meadow View, Nethercombe, NC6 2LA"),
                ("Parent/carer 1", "Lisa BLYTHE (mother) - PR"),
                ("NHS No", n), ("UPN", u),
                ("Primary need", "ASD"), ("Secondary need", "SEMH"),
                ("Plan start date", "2023-03-02"),
                ("Last AR date", "2025-09-10"),
                ("Last amended", "2025-11-03"),
                ("Next AR due", "2026-09-09"),
                ("Caseworker", "K PATTERSON (EHC Coordinator, Post-16)")]),
        ("p", "NB: This is a system print of the FINAL plan. Formatting may differ from the issued version. "
              "Appendices are held on the EDRMS and are not included in this print."),
    ]
    A = [
        ("h", "Summary"),
        ("p", "Connor is a Year 12 student at Ashgrove Academy Sixth Form undertaking a mixed post-16 "
              "programme comprising A level Art and the BTEC Level 3 Extended Certificate in Creative Digital "
              "Media Production. Connor is described by teaching staff as a talented and conscientious "
              "artist with a dry sense of humour, whose outcomes are of a consistently high standard when "
              "attendance and engagement are maintained. Connor's views were obtained via the annual review "
              "pupil voice proforma (September 2025) and a subsequent keyworker consultation."),
        ("h", "Connor's views"),
        ("b", ["\"I want to study animation at uni. Drawing is the only time my head goes quiet.\"",
               "\"I hate group work. I can't tell when it's my turn to talk and then everyone looks at me.\"",
               "\"Mornings are the worst. Some days I just can't get out of the door.\"",
               "\"I want to live on my own eventually. I'd just need help with bills and stuff.\"",
               "\"D&amp;D club is the only place I've actually made friends.\""]),
        ("h", "Keyworker consultation (22/09/2025)"),
        ("p", "Connor reported that he finds the transition between lessons and the sixth form common room "
              "aversive due to noise levels and prefers to remain in the art studio during non-contact "
              "periods. He identified that he experiences difficulty initiating coursework tasks at home and "
              "that he is 'too tired to do anything' after school. He expressed a preference for written "
              "communication (email) over telephone contact. He did not wish to discuss his mental health "
              "with school staff and asked that information be shared on a need-to-know basis."),
        ("h", "Parent's views"),
        ("p", "Mrs Blythe reports that Connor's mental health has been very up and down over the past 18 "
              "months and that she is concerned about how he will cope with the transition to university and "
              "with living away from home. She feels that school do not always recognise when Connor is "
              "masking. She would like him to have more support with organisation and with independent "
              "living skills."),
        ("h", "Aspirations"),
        ("p", "University (animation / illustration). Independent living in the longer term. Maintaining "
              "friendships through gaming."),
    ]
    B = [
        ("h", "Communication and interaction"),
        ("p", "Connor received a diagnosis of Autism Spectrum Disorder (ASD) in 2022 from the Nethercombe Autism "
              "Assessment Service. He presents with difficulties in reciprocal social communication, "
              "particularly in unstructured or group-based contexts, and with interpreting implicit social "
              "rules and non-literal language. Connor engages in significant masking in the school setting, "
              "which is associated with post-school restraint collapse and fatigue. He has a monotropic "
              "attention style, evidenced by sustained hyperfocus in preferred tasks with difficulty "
              "shifting attention to non-preferred tasks."),
        ("h", "Cognition and learning"),
        ("p", "Connor's cognitive profile is broadly average with a relative strength in visuo-spatial "
              "reasoning (EP report 2023). Significant executive function (EF) difficulties are noted, "
              "including planning, organisation, task initiation, time management and working memory, which "
              "impact on coursework completion and deadline management. Connor has had 4 BTEC assignment "
              "deadlines extended in Year 12. Current working at: BTEC Merit (target Distinction); A level "
              "Art grade C (target B). Connor is eligible for AA (25% extra time; rest breaks; separate "
              "invigilation)."),
        ("h", "Social, emotional and mental health"),
        ("p", "Connor has a history of low mood and anxiety (see Section C). Attendance 2024/25: 82.4%. "
              "Persistent lateness to period 1. Connor has a small peer group and is socially isolated "
              "outside of the D&amp;D club. He can present with demand avoidance when overwhelmed."),
        ("p", "Sixth Form report (September 2025): Connor settled into the Sixth Form more successfully than "
              "anticipated, aided by a familiar staff team and a consistent base in the art studio. Staff "
              "have observed a pattern of reduced engagement and attendance in the second half of each term, "
              "which is thought to be associated with cumulative fatigue. Group-based BTEC units (pitching "
              "and production meetings) remain a significant barrier, and alternative assessment evidence "
              "has been agreed with the awarding body where permitted."),
        ("h", "Sensory and/or physical"),
        ("p", "Auditory hypersensitivity (canteen, corridors, busy classrooms); visual sensitivity to "
              "fluorescent lighting. Connor uses noise-cancelling headphones during independent study. No "
              "physical needs identified."),
        ("h", "Recommended strategies (EP / ASD Outreach)"),
        ("b", ["Explicit, written instructions and success criteria for all coursework; chunked deadlines.",
               "Advance notice of changes to timetable, staffing or rooming.",
               "Avoid cold-calling; allow written or individual contributions in place of group discussion.",
               "Access to a low-arousal workspace; permission to use headphones in independent study.",
               "Visual planners and digital reminders; weekly planning check with a named adult.",
               "Recognise masking and post-school fatigue; liaise with home."]),
        ("h", "Progress (AR 10/09/2025)"),
        ("p", "Connor completed Year 11 with GCSE grades 7 in Art, 6 in English Language, 5 in Maths and "
              "5-5 in Combined Science, and transitioned to Sixth Form as planned. Previous outcome relating "
              "to GCSE attainment met. Outcome relating to attendance (95%) not met. Outcome relating to "
              "participation in an extra-curricular activity met (D&amp;D club, weekly). Connor was absent for "
              "three weeks in March 2025 during a period of low mood."),
        ("h", "Independence"),
        ("p", "Connor has not previously accessed any independent living skills programme. He has limited "
              "experience of using public transport on unfamiliar routes, of managing a bank account or of "
              "making telephone calls, and reports high anxiety in relation to these tasks."),
        ("p", "Connor is reliant on his mother for meal preparation, managing money, booking appointments and "
              "organising his week. He travels to school by bus independently on a familiar route."),
    ]
    C = [
        ("p", "Connor has been open to Nethercombe CAMHS since March 2024, when he was diagnosed with a "
              "moderate depressive episode and generalised anxiety disorder. He is prescribed sertraline "
              "100 mg daily by the CAMHS consultant psychiatrist (Dr R. Vaughan) and is seen fortnightly by a "
              "CAMHS care co-ordinator. He has had episodes of self-harm (2024) and has a safety plan, which "
              "is shared with the Sixth Form pastoral lead. Connor has difficulty getting to sleep and a poor "
              "appetite when his mood is low."),
    ]
    D = [
        ("p", "Connor is not open to Children's Social Care and does not meet the threshold for the Children "
              "with Disabilities Team. Consideration to be given to whether a Care Act transition assessment "
              "is required."),
    ]
    E = [
        ("n", ["E1 (Education/Employment): By July 2027 Connor will achieve his target grades (BTEC Distinction, "
               "A level Art grade B) to enable progression to a degree course in animation.",
               "E2: Connor will develop his executive functioning skills.",
               "E3 (Independent living): By July 2026 (end of Year 12) Connor will cook three simple meals "
               "independently at home and manage a weekly budget of GBP 40 using a banking app.",
               "E4 (Community): By December 2025 Connor will join the Nethercombe Library gaming society and "
               "attend at least twice a month, travelling there independently by bus.",
               "E5: Connor will be supported to manage his anxiety and emotional wellbeing.",
               "E6: Connor will improve his attendance."]),
        ("h", "PfA summary (post-16)"),
        ("kv", [("Destination", "HE - animation / illustration degree (UCAS cycle 2026/27)"),
                ("Independent living", "See E3"),
                ("Community inclusion", "See E4"),
                ("Health", "Not discussed at AR"),
                ("Care Act transition", "To be considered")]),
    ]
    F = [
        ("t", [["Provision", "Staff", "Freq"],
               ["Access to a quiet workspace for independent study", "Sixth Form", "As required"],
               ["Mentoring sessions to support organisation and planning", "Sixth Form mentor", "As required"],
               ["LSA support in lessons", "LSA", "Where appropriate"],
               ["Study skills support including use of planners", "Learning Support", "Regular"],
               ["Access arrangements: 25% extra time, rest breaks, separate invigilation", "Exams Officer",
                "All internal and external assessments"],
               ["Check-ins with Head of Sixth Form", "Head of Sixth Form", "Regular"],
               ["Life skills: cooking and budgeting sessions", "LSA", "Weekly, 1 hour (autumn and spring "
                "terms)"],
               ["Careers guidance and UCAS support including DSA", "Careers Adviser", "As needed"],
               ["Reasonable adjustments to deadlines", "Subject teachers", "As appropriate"],
               ["Sensory adjustments: headphones, low-arousal space, seating away from lights", "All staff",
                "Ongoing"],
               ["Transition support for HE including open day visits", "Sixth Form / Careers", "To be "
                "agreed"]]),
    ]
    G = [
        ("t", [["Provision", "Provider", "Freq"],
               ["CAMHS care co-ordinator appointments", "Nethercombe CAMHS", "Fortnightly, 50 minutes"],
               ["Medication review (sertraline)", "CAMHS consultant psychiatrist", "Every 3 months"],
               ["Safety plan shared with Sixth Form", "CAMHS / Sixth Form pastoral lead", "Reviewed termly"]]),
    ]
    H = [("p", "Not applicable.")]
    I = [("p", "Ashgrove Academy (Sixth Form), Ashgrove Road, Nethercombe NC2 8DF. Mainstream academy 11-18.")]
    J = [("p", "None requested.")]
    K = [
        ("t", [["Doc type", "Author", "Date"],
               ["Parent/carer advice", "L Blythe", "2022-12-05"],
               ["Educational Psychology advice", "Dr P Hallam EP", "2023-01-10"],
               ["Autism diagnostic report", "Nethercombe Autism Assessment Service", "2022-07-19"],
               ["CAMHS letter", "Dr R Vaughan", "2025-08-14"],
               ["AR report (Y11)", "Ashgrove Academy", "2024-10-02"],
               ["AR report (Y12)", "Ashgrove Academy Sixth Form", "2025-09-19"],
               ["Pupil voice form", "C Blythe", "2025-09-04"],
               ["ASD Outreach report", "Nethercombe ASD Outreach Team", "2024-06-11"],
               ["Careers guidance record", "Nethercombe Careers Service", "2025-07-01"]]),
    ]
    tail = [
        ("h", "Document history"),
        ("t", [["Event", "Date", "User"],
               ["Final plan issued", "02-MAR-2023", "JGREAVES"],
               ["AR held (Y11)", "25-SEP-2024", "-"],
               ["Amended plan issued", "18-NOV-2024", "JGREAVES"],
               ["AR held (Y12)", "10-SEP-2025", "-"],
               ["Amended plan issued", "03-NOV-2025", "KPATTERSON"],
               ["AR due", "09-SEP-2026", "-"]]),
        ("h", "Contact log extract (last 5 entries)"),
        ("t", [["Date", "Type", "Summary"],
               ["2025-09-10", "AR meeting", "AR held at Ashgrove Sixth Form. Parent and YP attended (YP for "
                "15 mins). Amendments recommended."],
               ["2025-10-06", "Letter", "Decision to amend - proposed amendments sent"],
               ["2025-11-03", "Letter", "Final amended plan issued"],
               ["2026-06-22", "Email", "Parent emailed re: AR date for Y13 and UCAS support. Forwarded to "
                "school."],
               ["2026-10-12", "Phone", "Parent called - no AR date received. Caseworker to chase school."]]),
        ("h", "Appendices (held on EDRMS - not printed)"),
        ("b", ["APP1 One-page profile (2025)", "APP2 Access arrangements evidence (Form 8)",
               "APP3 CAMHS safety plan - RESTRICTED", "APP4 AR report and pupil voice (Y12)"]),
        ("h", "Distribution"),
        ("p", "Young person; parent (with YP consent); Ashgrove Academy Sixth Form (SENCo); Nethercombe CAMHS; "
              "Nethercombe Careers Service; EDRMS."),
        ("h", "Statutory information"),
        ("p", "This EHC plan is maintained by Nethercombe County Council under Part 3 of the Children and "
              "Families Act 2014. The young person is over compulsory school age and has the right to make "
              "decisions in relation to this plan, including the right to request a review and to appeal "
              "to the First-tier Tribunal (SEND), subject to their capacity to do so under the Mental Capacity "
              "Act 2005. The plan must be reviewed at least every 12 months. The local authority may cease "
              "to maintain the plan where it is no longer necessary, including where the young person "
              "enters higher education, takes up paid employment or is no longer in education or training."),
        ("p", "Issued on behalf of Nethercombe County Council by K Patterson, EHC Coordinator (Post-16). "
              "Statutory rights of appeal apply to Sections B, F and I. For advice contact Nethercombe SENDIASS."),
    ]
    plan = {
        "title": "Education, Health and Care Plan - Final",
        "banner": ["SENtinel Case Manager v4.2.1          Nethercombe County Council - SEND Statutory Team",
                   "Report: EHCP_FINAL_PRINT    Run: 28/10/2026 09:14    User: HTURNER",
                   "Record: EHC-NCC-2023-00731  Status: FINAL (MAINTAINED)  Version: 3"],
        "footer": "EHC-NCC-2023-00731 BLYTHE, Connor James   Printed 28/10/2026",
        "page_breaks_after": ["B", "E", "G"],
        "cover": cover,
        "sections": [
            ("A", "Section A - Views, interests and aspirations", A),
            ("B", "Section B - Special educational needs", B),
            ("C", "Section C - Health needs", C),
            ("D", "Section D - Social care needs", D),
            ("E", "Section E - Outcomes", E),
            ("F", "Section F - Special educational provision", F),
            ("G", "Section G - Health provision", G),
            ("H", "Section H1/H2 - Social care provision", H),
            ("I", "Section I - Placement", I),
            ("J", "Section J - Personal budget", J),
            ("K", "Section K - Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_12_connor_blythe.txt", "format": "txt", "child_name": "Connor James Blythe",
            "date_of_birth": "2008-11-14", "issued": "2023-03-02", "last_review": "2025-09-10",
            "last_amended": "2025-11-03", "next_review": "2026-09-09", "nhs_number": n, "upn": u}
    labels = {"holistic": 3, "outcomes_specific": 2, "child_voice": 3, "pfa": 3, "review_currency": 2,
              "provision_specific": 2, "golden_thread": 2, "readability": 2}
    return ("txt_sentinel", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 13  Harvey Quinlan - Quenby Borough Council - Year 8 - Orbis .txt export (no Section J printed)
# --------------------------------------------------------------------------------------------
def p13():
    n = nhs("999863428")
    u = upn("845503129067")
    cover = [
        ("kv", [("Child/young person", "Harvey Quinlan"), ("Date of birth", "07 Apr 2014"),
                ("Year group", "Year 8"), ("Setting", "Danebury Academy"),
                ("Parent/carer", "Leanne Quinlan (mum); Ryan Quinlan (dad)"),
                ("Address", "48 Swallow Street, Quenby, QB2 5TG"),
                ("NHS number", spaced(n)), ("UPN", u),
                ("Plan status", "Final"), ("Date plan finalised", "12 Jan 2026"),
                ("First annual review due", "by 11 Jan 2027"),
                ("EHC Co-ordinator", "Dean Forsyth")]),
        ("p", "How to use this plan: Section A tells you about Harvey in his own words. Section B describes "
              "his special educational needs. Section E sets out what Harvey will achieve, and Section F sets "
              "out the help the school must give. All staff who teach Harvey should read Sections A, B and F "
              "and the information about tics at the end of this plan."),
    ]
    A = [
        ("h", "About me (Harvey's words, from his 'My Profile' form, October 2025)"),
        ("p", "I'm Harvey. I'm 11 and I'm in Year 7 at Danebury. I've got Tourette's, ADHD and dyspraxia. "
              "Tourette's means I have tics - my eyes blink, my head jerks and I make noises, like clearing "
              "my throat or sometimes a shout. I can't stop them. If I try to hold them in they get worse "
              "later."),
        ("p", "Things I'm good at: science, computers, making people laugh, drumming. I've got a drum kit at "
              "my nan's and I play along to songs for hours. I'm really good at Minecraft builds and I want "
              "to start a YouTube channel about them."),
        ("p", "Things that are hard: writing. My hand hurts and my writing is messy, and I can't keep up when "
              "the teacher talks and writes at the same time. Remembering my stuff. PE, because I'm "
              "clumsy and people laugh. When people copy my tics, which happened a lot at the start of Year 7."),
        ("p", "What helps me: sitting near the door so I can go out if my tics get bad. Teachers who just "
              "ignore my tics and carry on. Using a laptop. Being told things more than once."),
        ("p", "What's important to me: my friends Kai and Mason, my drums, my dog Pickle, not being laughed "
              "at, and getting my Minecraft channel started."),
        ("p", "When I'm older I want to be a YouTuber or a drummer in a band. Or something with computers."),
        ("h", "What school says about Harvey"),
        ("p", "Harvey is popular, quick-witted and kind. He is one of the strongest students in his science "
              "set and helps others with computing. He has shown a lot of courage in coming back to school "
              "after a difficult start and he is always willing to talk about what would help."),
        ("h", "What Harvey's parents say"),
        ("p", "Leanne and Ryan say that Harvey is a funny, clever and caring boy who has found the move to "
              "secondary school very hard. He was bullied about his tics in the autumn term of Year 7 and "
              "for a few weeks did not want to go to school. His tics are much worse when he is anxious or "
              "tired, and he struggles to get to sleep. They want Harvey to be happy and safe at school, to "
              "use a laptop for all his work and for teachers to understand Tourette's. They would like him "
              "to have drum lessons at school, because drumming calms him and his tics stop while he plays."),
    ]
    B = [
        ("h", "Communication and interaction"),
        ("p", "Harvey has Tourette syndrome (TS). He has motor tics (blinking, head jerks, shoulder shrugs) "
              "and vocal tics (throat clearing, sniffing, occasional shouted words). Tics vary from day to "
              "day and increase with stress, excitement and tiredness. Harvey's language and social "
              "understanding are good. He is chatty and has a good group of friends, but he is very "
              "self-conscious about his tics and about peers' reactions."),
        ("h", "Cognition and learning"),
        ("p", "Harvey's reasoning skills are in the average to high average range (educational psychologist, "
              "September 2025). His attention is short and he is easily distracted (ADHD). His working memory "
              "is a weakness: he forgets multi-step instructions and homework. He has developmental "
              "co-ordination disorder (DCD, also known as dyspraxia), which makes handwriting slow, "
              "untidy and painful. He writes about 9 words a minute by hand. He types more quickly and his "
              "typed work is of a much higher standard. Organisation is a major difficulty: in Year 7 he "
              "received 14 detentions for missing equipment or homework."),
        ("h", "Social, emotional and mental health"),
        ("p", "Harvey has become anxious about school since the bullying incidents in Year 7. He worries about "
              "ticcing in quiet lessons and in exams. When his tics build up he becomes distressed and may "
              "leave the classroom without permission. Tiredness from poor sleep makes this worse."),
        ("h", "Sleep and tiredness"),
        ("p", "Harvey's parents report that he takes over an hour to fall asleep on most nights and often "
              "wakes early. He arrives at school tired on several days a week, and staff notice that his "
              "tics and his concentration are worse on these days."),
        ("h", "SEN support already in place (Year 7)"),
        ("p", "Before the EHC needs assessment, Danebury Academy provided: a laptop in English and humanities "
              "from February 2025; a time-out pass; a weekly check-in with the learning mentor; a "
              "handwriting group for 6 weeks; and a staff briefing about Tourette syndrome. Harvey's "
              "attendance improved from 86% in the autumn term to 93% in the summer term. His typed work was "
              "consistently better than his handwritten work. Staff agreed that more consistent use of the "
              "laptop, organisation support and a clearer plan for tic breaks were needed across all "
              "subjects, and the school requested an assessment in June 2025."),
        ("h", "Sensory and physical"),
        ("p", "Harvey's co-ordination difficulties affect PE, practical subjects and dressing quickly after "
              "PE. He finds ball skills hard and is often chosen last for teams."),
    ]
    C = [
        ("p", "Harvey has diagnoses of Tourette syndrome (2022), ADHD (2023) and developmental co-ordination "
              "disorder (2024). He takes medication for ADHD, prescribed by the community paediatrician."),
    ]
    D = [("p", "Not applicable.")]
    E = [
        ("p", "Outcomes were discussed with Harvey and his parents at the planning meeting on 20 Nov 2025."),
        ("t", [["No.", "Outcome", "Timescale", "Links to provision"],
               ["1", "Harvey will type homework and extended answers of at least 300 words on his laptop, "
                "typing at 20 words per minute.", "July 2027", "F1, F2"],
               ["2", "When his tics build up, Harvey will use his tic break card to leave and return to class "
                "within 5 minutes, on 4 out of 5 occasions, instead of staying until he is distressed.",
                "Easter 2027", "F3, F4"],
               ["3", "Harvey will pack his bag each evening using his checklist and arrive with the right "
                "equipment and homework on 4 days out of 5.", "December 2026", "F5"],
               ["4", "Harvey will take part in every PE lesson using adapted activities and will complete the "
                "Year 8 fitness circuit.", "July 2027", "-"],
               ["5", "Harvey will feel happier in school.", "Ongoing", "F4"]]),
    ]
    F = [
        ("t", [["Ref", "Provision", "Staff", "Frequency"],
               ["F1", "Laptop for all written work, with typed homework accepted in every subject",
                "SENCo arranges; all teachers", "Every lesson and all homework"],
               ["F2", "Touch-typing programme", "Teaching assistant", "3 x 20 minutes a week for one term "
                "(autumn 2026)"],
               ["F3", "Tic break card: Harvey can leave for up to 5 minutes to a named room; staff ignore "
                "tics and do not comment", "All staff; Head of Year 8 briefs staff", "Every lesson; staff "
                "briefing each September and when staff change"],
               ["F4", "Mentoring sessions with a named key adult to talk about worries and tics",
                "Learning mentor", "As needed"],
               ["F5", "Organisation support: daily checklist, photo of timetable, homework written on "
                "Harvey's planner by a TA", "Form tutor and TA", "Daily check at morning registration (5 "
                "minutes) and end of day (5 minutes)"],
               ["F6", "Exam arrangements: separate room, 25% extra time, laptop, rest breaks", "SENCo and "
                "exams officer", "All tests and exams"],
               ["F7", "Seat near the classroom door", "All teachers", "Every lesson"],
               ["F8", "Tourette syndrome awareness session for Harvey's tutor group (with Harvey's agreement)",
                "SENCo with Tourettes Action schools resource", "Once, by October 2026"],
               ["F9", "Support from the SENCo", "SENCo", "When required"]]),
    ]
    G = [
        ("p", "Harvey's ADHD medication will continue to be reviewed by the community paediatrician. CAMHS as "
              "required."),
    ]
    H1 = [("p", "N/A")]
    H2 = [("p", "N/A")]
    I = [("p", "Danebury Academy, Northgate Road, Quenby QB7 1HS. Mainstream academy, ages 11-16.")]
    K = [
        ("t", [["Advice", "Author", "Date"],
               ["Parental advice", "Leanne &amp; Ryan Quinlan", "02 Oct 2025"],
               ["Child's views ('My Profile')", "Harvey Quinlan", "09 Oct 2025"],
               ["Educational psychology advice", "Dr C. Adair, EP", "24 Sep 2025"],
               ["School advice", "Danebury Academy SENCo", "30 Sep 2025"],
               ["Health advice", "Community Paediatrics, Quenby Health Centre", "15 Oct 2025"],
               ["Occupational therapy report (DCD diagnosis)", "Quenby Children's OT", "11 Mar 2024"],
               ["Social care advice", "Not requested - family not known", "-"]]),
    ]
    tail = [
        ("h", "Sign-off"),
        ("p", "Plan finalised by Dean Forsyth, EHC Co-ordinator, Quenby Borough Council, 12 Jan 2026. "
              "Parents' comments on the draft were received on 08 Dec 2025 and considered."),
        ("h", "How this plan was written"),
        ("p", "A planning meeting was held at Danebury Academy on 20 Nov 2025 with Harvey (for the first part), "
              "Leanne Quinlan, the SENCo, the Head of Year 7 and the EHC Co-ordinator. The draft plan was sent "
              "to the family on 24 Nov 2025. Harvey's parents asked for drum lessons and for more detail on "
              "the tic break arrangements. The tic break detail was added. Drum lessons were not included "
              "as they were not considered to be special educational provision."),
        ("h", "Information for staff: tics"),
        ("p", "Tics are sudden movements or sounds that Harvey cannot control. They are not deliberate and "
              "they are not bad behaviour. Please do not ask Harvey to stop, do not comment on his tics and "
              "do not let other students comment. If a tic is disruptive, carry on teaching calmly. If "
              "Harvey shows his tic break card, let him go without discussion. He will return within 5 "
              "minutes. Tics are often worse at the end of the day, after PE, and before tests. Sanctions "
              "for tics are never appropriate. Speak to the SENCo if you have concerns."),
        ("h", "What happens next"),
        ("p", "Danebury Academy will arrange Harvey's first annual review before 11 Jan 2027. Harvey and his "
              "parents will be asked for their views before the meeting. You can ask for a review sooner if "
              "things change. If you disagree with Section B, F or I you can appeal to the SEND Tribunal, "
              "after speaking to a mediation adviser. Quenby SENDIASS can help."),
        ("h", "Keeping information safe"),
        ("p", "Quenby Borough Council keeps this plan securely and shares it only with the people who need "
              "it to support Harvey, such as his school and the health professionals named in the plan. "
              "Harvey's parents can ask to see the information the council holds about Harvey at any time. "
              "Please tell the EHC Co-ordinator if your contact details change, if Harvey moves school, or "
              "if you move to another area, because the plan will need to be transferred."),
        ("p", "The Quenby Local Offer has information about clubs and activities, support groups for "
              "parents of children with Tourette syndrome and ADHD, and health services. It is available "
              "online or by phone."),
    ]
    plan = {
        "title": "QUENBY BOROUGH COUNCIL - EDUCATION, HEALTH AND CARE PLAN",
        "banner": ["Orbis EHC Workspace | Quenby Borough Council | SEND Assessment Team",
                   "Document: Final EHC Plan | Plan ID: QBC-EHC-26-00412 | Version 1.0",
                   "Exported: 29 Oct 2026 15:22 by dforsyth | Format: Plain text (.txt)"],
        "trailer": ["", "--- End of export (QBC-EHC-26-00412) ---"],
        "crlf": True,
        "cover": cover,
        "sections": [
            ("A", "A. VIEWS, INTERESTS AND ASPIRATIONS", A),
            ("B", "B. SPECIAL EDUCATIONAL NEEDS", B),
            ("C", "C. HEALTH NEEDS", C),
            ("D", "D. SOCIAL CARE NEEDS", D),
            ("E", "E. OUTCOMES", E),
            ("F", "F. SPECIAL EDUCATIONAL PROVISION", F),
            ("G", "G. HEALTH PROVISION", G),
            ("H1", "H1. SOCIAL CARE PROVISION (CSDPA 1970 s2)", H1),
            ("H2", "H2. OTHER SOCIAL CARE PROVISION", H2),
            ("I", "I. PLACEMENT", I),
            ("K", "K. ADVICE AND INFORMATION", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_13_harvey_quinlan.txt", "format": "txt", "child_name": "Harvey Quinlan",
            "date_of_birth": "2014-04-07", "issued": "2026-01-12", "last_review": "", "last_amended": "",
            "next_review": "2027-01-11", "nhs_number": n, "upn": u}
    labels = {"holistic": 2, "outcomes_specific": 3, "child_voice": 3, "pfa": "NA", "review_currency": 4,
              "provision_specific": 3, "golden_thread": 2, "readability": 3}
    return ("txt_orbis", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 14  Ffion Maddox - Lanford & Ashby Council - age 20 (Year 16) - Markdown (accessible web version)
# --------------------------------------------------------------------------------------------
def p14():
    n = nhs("999206948")
    cover = [
        ("p", "**OFFICIAL-SENSITIVE** - accessible version of Ffion's EHC plan, published to the family's "
              "online portal. An easy-read summary is also available."),
        ("kv", [("Name", "Ffion Mair Maddox"), ("Date of birth", "21 June 2006"), ("Age", "20"),
                ("Address", "11 Orchard Terrace, Ashby Magna, LA7 3QF"),
                ("Lives with", "Gareth Maddox (dad) and Nia Maddox (stepmum)"),
                ("NHS number", spaced(n)),
                ("Education", "Meadowcroft College - Supported Internship at Lanford General Hospital "
                 "(September 2026 to July 2027)"),
                ("First plan", "5 February 2016 (transferred from a statement)"),
                ("Annual review", "14 July 2026"),
                ("This plan issued", "8 September 2026 (amended after the review)"),
                ("Next review by", "13 July 2027"),
                ("Co-ordinator", "Beth Kowalczyk, Lanford & Ashby 16-25 SEND Team, 01632 960 778")]),
        ("h", "Plan history"),
        ("t", [["Date", "What happened"],
               ["20 July 2024", "Review; plan amended for Year 2 at Meadowcroft College (Foundation Learning)"],
               ["9 July 2025", "Review; plan amended for Year 3 at Meadowcroft College (Work Skills)"],
               ["14 July 2026", "Review (Ffion led it); plan amended for the supported internship"],
               ["8 September 2026", "Final amended plan issued after Ffion and her family agreed the changes"]]),
    ]
    A = [
        ("h", "About me - in my words"),
        ("p", "I made a PowerPoint about me with my tutor Sam. I showed it at my review. These are my words."),
        ("b", ["My name is Ffion. I am 20. I live in Ashby Magna with my dad, my stepmum Nia and our cat Mog.",
               "I like music, especially musicals. I go to drama club on Tuesdays. I like baking and I make "
               "the best brownies.",
               "I am good at talking to people and making them feel welcome. I am kind and I work hard.",
               "I want a real job at the hospital. I want to work on the wards, helping the patients with "
               "their meals and drinks, or in the hospital cafe.",
               "I want to get the bus to work by myself.",
               "I want to live in my own flat with my friend Kirsty one day, with staff to help us.",
               "I want to keep my money safe and know how much I have.",
               "My epilepsy scares me sometimes. I want to know what to do and I want people at work to know "
               "what to do.",
               "I get worried when things are new or when people rush me. It helps when people explain things "
               "slowly and show me."]),
        ("h", "What my dad and Nia say"),
        ("p", "\"Ffion has grown so much at college. Three years ago she wouldn't order her own drink in a "
              "cafe, and now she talks to everyone. We want her to have a job she is proud of and a life of "
              "her own, with friends and her own home, and we want that to happen while we are still around "
              "to help her settle. We worry about her epilepsy, about her being taken advantage of with "
              "money, and about her getting anxious and giving up when things change. We need the plan to "
              "make sure the help carries on after college ends.\" - Gareth and Nia"),
        ("h", "What people like about Ffion"),
        ("p", "Ffion is warm, funny and reliable. Her tutor says she is always the first to welcome a new "
              "student. On her work tasters at the hospital, staff said she was \"brilliant with the older "
              "patients\" and never late."),
        ("h", "How this plan was made"),
        ("p", "Ffion led her own review on 14 July 2026, using her PowerPoint. Her dad, Nia, her tutor, the "
              "internship job coach, her social worker and the co-ordinator were there. The adult epilepsy "
              "nurse sent a report. The draft plan was sent in easy read. Ffion went through it with Sam and "
              "her dad and asked for two changes: to add her friend Kirsty and to put her work goal first. "
              "Ffion agreed the final plan on 1 September 2026. Ffion has capacity to make decisions about her "
              "plan and asked for her dad to stay involved."),
    ]
    B = [
        ("h", "Learning"),
        ("p", "Ffion has a moderate learning disability. She reads short sentences and familiar signs, at "
              "Entry Level 2 in English. In maths she works at Entry Level 2: she can add and take away "
              "money to £20 with a calculator but finds change and budgeting hard. She learns best by doing "
              "things, with the steps shown to her, repeated many times in the same place."),
        ("h", "Communication"),
        ("p", "Ffion talks clearly and is confident with people she knows. She understands short, simple "
              "sentences. Long explanations, written letters and forms confuse her, and she may say \"yes\" "
              "when she has not understood. She needs important information in easy read and checked with her."),
        ("h", "Independence and work skills"),
        ("p", "Ffion follows a picture task list with 4 or 5 steps. She needs reminders to check the time. "
              "She travels to college on the college minibus and has not yet travelled on a public bus alone. "
              "She can make a drink and simple snacks safely."),
        ("h", "Feelings"),
        ("p", "Ffion becomes anxious in new places, with new people and when she feels rushed. When anxious "
              "she goes quiet, picks at her sleeves and may ask to go home. She settles with time, a "
              "familiar person and a clear plan for the day."),
    ]
    C = [
        ("p", "Ffion has generalised epilepsy. She takes lamotrigine twice a day. Her last tonic-clonic seizure "
              "(where she falls and shakes) was in March 2026, at home. She also has short absence seizures "
              "(blank spells of a few seconds) about once a week. Lack of sleep and missing her tablets make "
              "seizures more likely. She has rescue medicine (buccal midazolam) to be given by trained staff "
              "if a seizure lasts longer than 5 minutes. She is seen by Jo Lennox, adult learning disability "
              "epilepsy nurse, Lanford & Ashby Community Learning Disability Team."),
        ("p", "Ffion is on her GP's learning disability register and has an annual health check. Her "
              "hospital passport tells staff how to support her if she is admitted to hospital. She needs "
              "help to remember her tablets and her appointments."),
    ]
    D = [
        ("p", "Ffion had a Care Act assessment in May 2024, reviewed in June 2026 by Tom Adeyemi, social "
              "worker, Lanford & Ashby Adult Social Care (Transitions). Ffion is eligible for care and "
              "support with:"),
        ("b", ["travelling safely, including learning new routes;",
               "managing money and bills;",
               "planning and cooking meals;",
               "taking part in activities and seeing friends;",
               "managing her medication and health appointments."]),
        ("p", "Gareth and Nia provide most of Ffion's support now. Ffion would like to move into supported "
              "living with her friend Kirsty in 2028. A housing and support needs assessment is under way."),
    ]
    E = [
        ("p", "Ffion's outcomes are grouped by the four areas of preparing for adulthood. Ffion chose her work "
              "goal to come first. Each outcome is for July 2027 (the end of the internship) unless it says "
              "something different."),
        ("t", [["Area", "Outcome", "Steps", "By when", "Provision"],
               ["Employment", "1. Ffion will work as a ward hostess at Lanford General Hospital for 3 days a "
                "week, serving meals and drinks to patients by following her task list, with the job coach "
                "checking in only once a day.", "Nov 2026: 2 mornings with the job coach beside her. "
                "Feb 2027: job coach nearby, not beside her.", "July 2027", "F1, F2"],
               ["Employment", "2. Ffion will apply for at least 2 paid jobs (ward hostess or cafe assistant) "
                "with help to fill in the forms, and go to an interview.", "CV made by Jan 2027.",
                "June 2027", "F2, F4"],
               ["Independent living", "3. Ffion will travel by the number 7 bus from Ashby Magna to the "
                "hospital and back on her own, using her bus pass and phone app.", "Travel training from "
                "Oct 2026; first solo trip by Feb 2027.", "April 2027", "F3, H2"],
               ["Independent living", "4. Ffion will plan and cook 3 simple meals a week for herself and pay "
                "for her shopping using a pre-paid card, keeping within a budget of £30.", "One meal a "
                "week with her PA by Dec 2026.", "July 2027", "F4, H2"],
               ["Community", "5. Ffion will keep going to drama club every week and will meet Kirsty or "
                "another friend at a place of her choice at least twice a month.", "", "Ongoing", "H2"],
               ["Health", "6. Ffion will take her tablets at the right times every day using her phone "
                "alarm and blister pack, and will tell her dad or PA if she misses a dose.", "Phone alarm "
                "set up by Oct 2026.", "Jan 2027", "G1, G2"],
               ["Health", "7. Ffion will feel more confident about her epilepsy.", "", "", "G1"]]),
    ]
    F = [
        ("t", [["Provision", "Who", "How much"],
               ["F1. Job coach support at the hospital placement, reducing as Ffion learns the tasks",
                "Meadowcroft College job coach (Level 3 supported employment qualification)",
                "12 hours a week in the autumn term, 8 in spring, 4 in summer"],
               ["F2. Employability sessions: CV, application forms, interview practice, workplace rules",
                "Meadowcroft College tutor", "2 hours a week, group of 6"],
               ["F3. Independent travel training on the bus route to work", "Meadowcroft College travel "
                "trainer", "1 session a week of 1.5 hours until Ffion travels alone, expected 12 weeks"],
               ["F4. English and maths for work (Entry Level 3): reading rotas and signs; money and time",
                "Meadowcroft College tutor", "2 hours a week, group of 8"],
               ["F5. Easy-read versions of work instructions and college letters", "Job coach and tutor",
                "All written information"],
               ["F6. Support at lunchtime on placement", "Hospital staff", "As needed"],
               ["F7. Access to a quiet room when anxious", "College", "When required"]]),
    ]
    G = [
        ("t", [["Provision", "Who", "How much"],
               ["G1. Epilepsy review and seizure care plan; training for job coach and hospital supervisor in "
                "rescue medicine", "Jo Lennox, adult learning disability epilepsy nurse", "Review every 6 "
                "months; training once before the placement starts (completed 3 September 2026)"],
               ["G2. Blister pack of medication", "Community pharmacy, prescribed by GP", "Every week"],
               ["G3. Annual health check and health action plan", "GP practice (learning disability register)",
                "Once a year"],
               ["G4. Hospital passport kept up to date", "Community Learning Disability Team nurse",
                "Checked once a year"]]),
    ]
    H1 = [("p", "Not applicable. Ffion is over 18, so her social care is provided under the Care Act 2014 "
                "(see H2).")]
    H2 = [
        ("t", [["Provision", "Who", "How much"],
               ["Personal assistant (PA): cooking, shopping and budgeting at home; going out to meet friends",
                "PA employed through a direct payment", "8 hours a week"],
               ["Travel support while Ffion is learning new routes (after college travel training ends)",
                "PA", "Included in the 8 hours"],
               ["Supported living planning: housing and support needs assessment; visits to 2 supported "
                "living schemes with Kirsty", "Tom Adeyemi, social worker", "Assessment by March 2027; visits "
                "by July 2027"],
               ["Carers' support for Gareth and Nia", "Lanford & Ashby Carers Service", "Annual carer's "
                "review; carers' group monthly"]]),
    ]
    I = [("p", "Meadowcroft College, Station Road, Lanford LA2 4GG (general further education college). "
               "Supported internship based at Lanford General Hospital, 3 days a week, with 1 day a week of "
               "college learning.")]
    J = [("p", "Ffion has a direct payment of £7,280 a year for her PA (H2). Her dad helps her to manage it. "
               "No personal budget was requested for Section F.")]
    K = [
        ("t", [["Advice", "From", "Date"],
               ["Ffion's views (PowerPoint)", "Ffion, with her tutor", "July 2026"],
               ["Family's views", "Gareth and Nia Maddox", "7 July 2026"],
               ["College review report", "Meadowcroft College", "3 July 2026"],
               ["Supported internship plan", "Meadowcroft College and Lanford General Hospital", "1 July 2026"],
               ["Epilepsy nurse report", "Jo Lennox", "29 June 2026"],
               ["Care Act assessment review", "Tom Adeyemi, social worker", "18 June 2026"],
               ["Educational psychology (updated)", "Dr L. Harcourt", "12 May 2025"]]),
    ]
    tail = [
        ("h", "Words in this plan"),
        ("t", [["Word", "What it means"],
               ["Supported internship", "A year of learning at work, with a job coach, to help a young person "
                "get a paid job"],
               ["Job coach", "Someone who learns the job with Ffion and helps her until she can do it alone"],
               ["PA", "Personal assistant - someone Ffion employs to help her"],
               ["Care Act 2014", "The law about care and support for adults"],
               ["Direct payment", "Money paid so that Ffion can arrange her own support"]]),
        ("h", "Agreement"),
        ("kv", [("Ffion Maddox", "Agreed 1 September 2026"),
                ("For Lanford & Ashby Council", "Beth Kowalczyk, 16-25 SEND Co-ordinator, 8 September 2026")]),
        ("p", "Ffion, you can ask for your plan to be looked at again at any time. If you disagree with "
              "Sections B, F or I you can appeal to the SEND Tribunal. Lanford & Ashby SENDIASS can help you "
              "and your family for free."),
    ]
    plan = {
        "title": "Education, Health and Care Plan - Ffion Maddox",
        "subtitle": "Lanford & Ashby Council",
        "cover": cover,
        "sections": [
            ("A", "Section A - About me: my views, interests and aspirations", A),
            ("B", "Section B - My special educational needs", B),
            ("C", "Section C - My health needs", C),
            ("D", "Section D - My social care needs", D),
            ("E", "Section E - My outcomes", E),
            ("F", "Section F - Special educational provision", F),
            ("G", "Section G - Health provision", G),
            ("H1", "Section H1 - Social care provision (Chronically Sick and Disabled Persons Act 1970)", H1),
            ("H2", "Section H2 - Other social care provision", H2),
            ("I", "Section I - Placement", I),
            ("J", "Section J - Personal budget", J),
            ("K", "Section K - Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_14_ffion_maddox.md", "format": "md", "child_name": "Ffion Mair Maddox",
            "date_of_birth": "2006-06-21", "issued": "2016-02-05", "last_review": "2026-07-14",
            "last_amended": "2026-09-08", "next_review": "2027-07-13", "nhs_number": n, "upn": ""}
    labels = {"holistic": 4, "outcomes_specific": 3, "child_voice": 4, "pfa": 4, "review_currency": 4,
              "provision_specific": 3, "golden_thread": 3, "readability": 4}
    return ("md", plan, meta, labels)
