"""Additional realistic content inserted into some plans (kept separate for readability).

EXTRA maps a plan file to a list of (heading prefix, blocks); the blocks are
inserted at the end of the section whose heading starts with that prefix, or
appended at the end of the plan when the prefix is None.
"""

EXTRA = {
    "h03_connor_blackwater.txt": [
        ("SECTION B", [
            ("h2", "Summary of Educational Psychology advice (22-Sep-2021)"),
            ("P", "Connor was observed in his pre-school setting and assessed using play-based and dynamic assessment approaches. He presented as an active child with a short attention span who flitted between activities. Joint attention was fleeting. He responded to his name inconsistently. Adult-directed tasks were tolerated for approx. 2-3 mins. The EP hypothesised that Connor's presentation may be consistent with attentional difficulties and/or a neurodevelopmental profile and recommended onward referral to Community Paediatrics. Recommendations included a structured, predictable environment, visual timetable, now/next board, reduced language load, and a key adult approach with attachment-aware and trauma-informed practice."),
            ("h2", "Summary of SALT advice (14-Sep-2021)"),
            ("P", "CELF-P2 core language score below average. Expressive language characterised by short utterances, grammatical errors (e.g. omission of auxiliary verbs, pronoun confusion) and limited vocabulary. Speech sounds age-appropriate with the exception of th/f substitution. Recommendations: Blank Levels of questioning, Colourful Semantics, chunking of instructions, visual supports, vocabulary pre-teaching. Connor was discharged from the NHS SALT caseload in 2022 with a programme for school to deliver."),
        ]),
        ("SECTION F", [
            ("h2", "Strategies"),
            ("L", [
                "Use Connor's name before giving an instruction.",
                "Use of now/next board and visual timetable.",
                "Seat Connor near the front away from distractions.",
                "Praise and rewards in line with school behaviour policy.",
                "Give Connor jobs/responsibilities.",
                "Use of timers.",
                "Consistent approach between staff.",
                "Emotion coaching.",
            ]),
        ]),
        ("Annual review history", [
            ("h2", "Annual review summary (14-Mar-2024) - taken from school report"),
            ("P", "Attendees: SENCo, class teacher, Mum. Apologies: EP, Early Help. Connor's views: Connor completed the pupil voice sheet with his TA. He said his favourite thing about school is golden time and PE. He said he finds writing hard. Progress against outcomes: Communication - partially achieved; Connor is now following 2-step instructions with visual support. Cognition and learning - partially achieved; Connor is working at Phase 3 phonics and is working within the Year 1 curriculum in maths. SEMH - not achieved; there have been 23 logged behaviour incidents this academic year including 2 FTEs. Connor has started medication for ADHD which Mum feels has helped at home. Attendance 89.6%. School request an increase in top-up funding to Band D to fund a 1:1 TA at lunchtimes. Recommendations: amend Section B to include ADHD diagnosis; outcomes to be carried forward; consider ASC pathway; consider referral to the Inclusion Outreach team; consider specialist provision at phase transfer."),
            ("P", "LA response: Section B amended (26-Apr-2024). Request for Band D not agreed - school to use existing resources and evidence impact at next review."),
        ]),
    ],
    "h05_tyler_okonkwo-reeve.docx": [
        ("Part A", [
            ("P", "At weekends Tyler helps his grandad, who used to run a garage, to service the family car and his grandad's motorbike. His grandad says Tyler is careful and remembers the names of all the tools. Tyler has a YouTube channel with videos of his gaming, which he edits himself."),
        ]),
        ("Part B", [
            ("h2", "Strategies that help Tyler"),
            ("L", [
                "Warn him in advance of changes, ideally the day before.",
                "Give instructions one at a time and in writing.",
                "Let him leave lessons a few minutes early to avoid the crowded corridors.",
                "Use his interest in cars to make learning meaningful.",
                "Give him time to think before expecting an answer.",
            ]),
        ]),
        ("Part F", [
            ("P", "Tyler will follow the Key Stage 4 pathway at Reachfield School, which includes Functional Skills English and Maths, ICT, Vocational Studies (Entry Level 3), Personal, Social and Health Education and weekly enrichment. School will make reasonable adjustments for exams in line with Joint Council for Qualifications guidance."),
        ]),
        ("Review history", [
            ("h2", "Summary of annual review held on 3 July 2025 (Year 10)"),
            ("P", "Present: Mrs Okonkwo-Reeve, form tutor, SENCo, careers adviser. Tyler did not attend but gave his views to his form tutor beforehand: he said he likes motor vehicle studies and does not like English. Progress: Tyler passed Functional Skills Entry Level 3 English and Maths in June 2025 and has started Level 1. Attendance is 91%. Tyler had two seizures in school this year; the school followed his healthcare plan and called his mum. Tyler has had fewer times out of class this year. A work experience placement in a garage was discussed for the summer term of Year 11. The careers adviser recommended that Tyler applies for the Entry Level 3 Motor Vehicle course at Estuary Technical College for September 2027. Mum asked about travel training so that Tyler can get to college on the bus. Recommendations: update outcomes for Key Stage 4; add the college course to the outcomes; consider travel training."),
            ("P", "Local authority decision: amend (plan amended 30 July 2025)."),
        ]),
    ],
    "h06_kacper_nowicki.docx": [
        ("Section B", [
            ("P", "EP summary (03.10.22): The EP consultation and assessment suggest that Kacper's profile is consistent with a specific language-based learning difficulty in the context of EAL, co-occurring motor coordination difficulties and SEMH needs arising from adverse experiences. The significant discrepancy between verbal and non-verbal indices indicates that Kacper is likely to benefit from a visually mediated teaching approach with reduced linguistic load. Attachment-aware practice, co-regulation by a consistent key adult and emotion coaching are recommended. The EP recommends precision teaching, overlearning, dual coding, scaffolding and metacognitive strategies. A referral to CAMHS was supported."),
            ("P", "SALT summary (19.09.22): Receptive language (CELF-5 UK, Receptive Language Index SS 72) and expressive language (ELI SS 70) both below average. Bilingual assessment with Polish-speaking assistant indicates similar difficulties in L1. Word-finding difficulties and reduced sentence complexity noted. Recommendations: Blank Levels, Colourful Semantics, Word Aware vocabulary approach, visual supports, chunking and processing time (10-second rule). Discharged to school-delivered programme."),
            ("P", "School report (16.06.25): Kacper has had a challenging year. Behaviour logs show 31 incidents (CPOMS), predominantly during unstructured times and in the afternoons. He has made some progress in reading (PM Benchmark 14 to 16) and in number (secure within 20). Kacper has responded positively to ELSA and to the daily key adult check-in. The school has concerns regarding attendance, punctuality, hygiene and sleep; these have been raised at CIN core group meetings. A request for statutory reassessment and consideration of specialist provision for Year 7 has been discussed."),
        ]),
        ("Section F", [
            ("h2", "Strategies for all staff"),
            ("L", [
                "Adopt a PACE approach (Playfulness, Acceptance, Curiosity, Empathy) and emotion coaching.",
                "Use co-regulation strategies; avoid sanctions which increase shame.",
                "Provide a consistent key adult and meet-and-greet.",
                "Pre-warn of transitions; use visual timetable and now/next.",
                "Reduce language load; allow processing time; check understanding.",
                "Use dual coding and multi-sensory approaches.",
                "Provide alternative recording methods.",
                "Seat near the front with a good view of the board.",
                "Provide sensory breaks / movement breaks as required.",
                "Liaise with home via interpreter where needed.",
            ]),
        ]),
        ("Section K", [
            ("h2", "Annual review – record of meeting (16.06.25)"),
            ("P", "Present: SENCo, class teacher, ELSA, social worker (Ms R. Greaves). Apologies: parents (did not attend), EP (not required). Kacper attended for 5 minutes and left. Outcomes reviewed: C&I partially met; C&L partially met; SEMH not met. Recommendations: to maintain the plan; outcomes to be rolled forward to July 2026; secondary transfer consultation to begin in autumn term of Year 6; school to apply for Exceptional Needs Funding. LA decision: amend (Section A and dates updated, 14.07.25)."),
        ]),
    ],
    "h08_zainab_haider.docx": [
        ("B) Special educational needs", [
            ("h2", "What Zainab can do (her strengths)"),
            ("L", [
                "She is a caring friend and helps younger children in the playground.",
                "She remembers stories well and can act them out with puppets.",
                "She recognises 30 common words by sight.",
                "She is creative and her drawings are detailed.",
                "She tries again when something is hard if an adult encourages her.",
            ]),
            ("P", "Zainab's teachers say she learns best when she can see and touch things, when new words are shown with pictures, and when she has time to practise in a small group before talking in front of the class."),
        ]),
    ],
    "h10_esme_rowntree.docx": [
        ("Section A", [
            ("P", "Esme spends most weekends at the stables where Biscuit is kept. She mucks out, grooms and rides, and her nan says she is \"fearless on a horse\". She talks non-stop to the stable owner, who has known her since she was small. At home she bakes with her nan every Sunday and has her own recipe book."),
            ("P", "Esme's nan, who collects her from school twice a week, said that Esme is often very quiet and pale in the car after school and needs an hour of rest before she can do anything else."),
        ]),
        ("Section B", [
            ("P", "Esme is a careful and thoughtful learner. Her reading age (June 2024) was 12 years 4 months, above her actual age. Her maths is secure at the expected standard and she enjoys problem-solving. Her written work is neat but slow: she writes about 8 words a minute, compared with about 15 for most children of her age, and she stops to rub her hands. In science she answers all written questions correctly but does not take part in practical group work unless she is with Tilly."),
            ("P", "Esme does not ask for help when she does not understand, so adults need to check with her using yes/no questions or a traffic-light card."),
        ]),
        ("Section K", [
            ("h2", "Summary of annual review (21st June 2024)"),
            ("P", "The review was held at Westmarsh Moor Primary School. Present: Mrs Rowntree, class teacher, SENCo, speech and language therapist. Esme did not attend the meeting but her questionnaire was shared. Progress: Esme has started whispering to her key adult in the quiet room, which is a big step. She uses her whiteboard in all lessons. Her handwriting is still slow and painful and the school has ordered a laptop. Her attendance is 92%, with absences linked to joint pain and fatigue. Recommendations: start the transition planning for secondary school in Year 6; add touch-typing; ask the physiotherapist for advice on seating and writing; update outcomes for Year 7. Mrs Rowntree asked for a referral for her fatigue and pain to be made; this has not been followed up."),
        ]),
    ],
    "h11_liam_gorringe.pdf": [
        ("SECTION B", [
            ("P", "Summary of EP advice (05/12/2018): Liam was assessed in the context of a transition review. Findings indicate a global learning difficulty with processing speed, working memory and verbal comprehension all within the extremely low range. Adaptive behaviour (ABAS-3) indicates needs in the conceptual and practical domains. Liam's presentation is consistent with an MLD profile. It is recommended that Liam continues to access a differentiated, personalised curriculum with a focus on functional literacy and numeracy, life skills and independence, with opportunities for generalisation across contexts. Consideration should be given to a holistic PfA pathway."),
            ("P", "Summary of SALT advice (28/11/2018): Assessment using the CELF-4 UK indicates severe receptive and expressive language difficulties (core language <0.1 centile). Liam uses short, simple sentences and relies on contextual cues. He benefits from Total Communication, visual supports, Makaton, reduced language load and additional processing time. Recommendations: SALT strategies to be embedded across the curriculum. Liam was discharged from NHS SALT at age 18."),
        ]),
        ("SECTION F", [
            ("h2", "Strategies"),
            ("L", [
                "Use of visual supports, symbol-supported text and Makaton.",
                "Reduce language load and check understanding.",
                "Provide additional processing time.",
                "Break tasks down into small steps.",
                "Provide opportunities for repetition and overlearning.",
                "Provide positive reinforcement and praise.",
                "Promote independence where appropriate.",
                "Ensure staff are aware of IHCP and epilepsy protocol.",
                "Provide a calm, structured and predictable learning environment.",
            ]),
        ]),
        ("Review history", [
            ("h2", "Annual review report (09/01/2023) - summary"),
            ("P", "Course: Foundation Learning – Skills for Independence and Work (Entry 1/2). Attendance: 88%. Liam's views: Liam stated via his tutor that he is happy at college and likes his friends and the IT room. Parent views: not received. Progress: Liam has achieved Entry Level 1 Functional Skills Maths and is working towards Entry Level 1 English. He has participated in the college café enterprise project. He continues to require prompting to stay on task. Seizure activity reported by college x 3 this year. Recommendations: to maintain the EHCP; to continue on the Foundation Learning programme; progression to be discussed with Liam and family; PfA outcomes to be considered at next review; referral to Supported Internship programme to be considered. LA decision: maintain."),
            ("P", "Note: no subsequent annual review paperwork is held on file."),
        ]),
    ],
}

FENLAND_FUNDING = [
    ("h2", "Local Authority statement on funding"),
    ("P", "Mainstream schools and colleges are expected to meet the first £6,000 of additional support costs for pupils with SEN from their notional SEN budget (Elements 1 and 2). Element 3 top-up funding is allocated according to the Fenland Vale Banded Funding Framework. The band allocated reflects the level of need described in Section B and is reviewed at each annual review. Banding does not limit the provision set out in this section. Where the setting considers that the provision cannot be delivered within the resources available it should raise this at the annual review or request an early review."),
]

EXTRA["h03_connor_blackwater.txt"].append(("SECTION F", FENLAND_FUNDING))
EXTRA["h06_kacper_nowicki.docx"].append(("Section F", FENLAND_FUNDING))
EXTRA["h11_liam_gorringe.pdf"] += [
    ("SECTION F", FENLAND_FUNDING),
    ("SECTION E", [
        ("h2", "Preparing for Adulthood"),
        ("P", "Fenland Vale is committed to ensuring that all young people with EHCPs are supported to prepare for adulthood from the earliest years. Outcomes in this section should be read in the context of the four PfA domains (Employment, Independent Living, Community Inclusion and Health). PfA outcomes will be considered at the next annual review in line with the young person's aspirations."),
    ]),
    ("SECTION B", [
        ("P", "Independence/life skills: Liam is able to attend to his own personal care needs. He requires support with money handling, time management and travel. He is not currently travel trained and is transported to college by LA-commissioned transport. He requires adult support in the community."),
        ("P", "Summary of college advice (2022): Liam has settled well into the FE environment and has developed positive relationships with peers. He requires a high level of support to remain on task and to complete work, and benefits from a structured routine. He engages well in practical sessions, particularly horticulture and catering, and has shown an interest in the café enterprise."),
    ]),
    (None, [
        ("H", "Distribution"),
        ("P", "Parent/carer; Fenland Vale College of FE (Additional Learning Support); Adult Social Care (Learning Disability Team); Community Paediatrics (archived); SEN file."),
    ]),
]
EXTRA["h05_tyler_okonkwo-reeve.docx"] += [
    ("Part C", [
        ("P", "Tyler has a healthcare plan at school which says what to do if he has a seizure."),
    ]),
    ("Part E", [
        ("P", "Post-16: Tyler will need an amended plan naming his post-16 placement by 31 March 2027. The careers adviser will support Tyler and his mum with a college application in the autumn term of Year 11. Tyler would like to study motor vehicle maintenance at Estuary Technical College, and then find an apprenticeship or job in a garage."),
    ]),
    ("Part B", [
        ("P", "Tyler is good at practical tasks and has a strong memory for facts about cars and engines. He is reliable and follows rules closely. He can use a computer confidently and prefers to type his work. He manages his own timetable with a printed copy in his pocket."),
        ("P", "In the last year Tyler has had some difficulties with other students in his class, which made him reluctant to come to school on some days. These were resolved by a change of seating and a restorative meeting."),
    ]),
]
EXTRA["h08_zainab_haider.docx"] += [
    ("C) Health needs", [
        ("P", "Zainab's Haemoglobinopathy Clinical Nurse Specialist, Grace Appiah, has written guidance for school staff on the signs of a crisis (pain in arms, legs, chest or tummy; high temperature; unusual tiredness or paleness). If Zainab shows these signs, school must call her parents, and call 999 if she has chest pain, breathing difficulty or a temperature above 38°C. School have been trained and have a copy of the care plan."),
    ]),
    ("Review record", [
        ("P", "At the review Zainab's parents said they were pleased with her speech therapy progress and that she now says 'k' at the start of words. The class teacher reported that Zainab is reading Phase 4 books with help and is more confident in group times."),
    ]),
]
EXTRA["h10_esme_rowntree.docx"] += [
    ("Section B", [
        ("P", "Social, emotional and mental health (continued): Esme's anxiety has a physical effect: she reports tummy aches on school mornings and her parents say she sometimes cries at bedtime on Sunday nights. She copes best when she knows exactly what will happen, who will be there and where she will sit. Unexpected events such as fire drills, supply teachers and room changes make her freeze. She has never been in trouble at school and is described by staff as 'no bother', which means her needs can be overlooked in a busy class."),
        ("P", "Physical (continued): Esme's joints bend further than usual. She has pain in her hands, knees and ankles, especially after writing, PE and walking long distances, and she sits in unusual positions to feel stable. She sometimes sprains her ankles."),
    ]),
]

EXTRA["h06_kacper_nowicki.docx"] += [
    ("Section I", [
        ("P", "Transition considerations: Kacper will require an enhanced transition package to KS3 including additional visits, a transition booklet, and liaison between the Year 6 teacher, SENCo and receiving school. The receiving setting is to be determined following consultation. Parental preference has not been expressed."),
    ]),
    ("Section A", [
        ("P", "Strengths (as reported by staff): Kacper is good at building with Lego and has good visual-spatial skills. He is able to follow a practical demonstration. He shows care towards younger pupils and animals. He is motivated by computer time and responds to a token economy."),
        ("P", "Areas of difficulty (as reported by staff): expressive and receptive language; literacy and numeracy attainment; emotional regulation; peer relationships; fine and gross motor coordination; organisation; attendance and punctuality."),
    ]),
]
EXTRA["h11_liam_gorringe.pdf"] += [
    ("SECTION A", [
        ("P", "Aspirations: It is hoped that Liam will continue to develop his skills and independence and achieve his full potential. Liam's long-term aspirations are to be explored with him through the college's tutorial programme."),
        ("P", "Strengths: Liam is polite and well-mannered. He has good attendance when transport is in place. He responds well to praise and to a consistent approach from familiar staff. He is reported to have good practical skills."),
    ]),
    ("SECTION D", [
        ("P", "Liam's social care needs are being met by Adult Social Care in accordance with the Care Act 2014. Please refer to the Adult Social Care support plan for further information."),
    ]),
]
EXTRA["h03_connor_blackwater.txt"] += [
    ("SECTION A", [
        ("P", "Connor's views were gathered by his TA using a pupil voice sheet with smiley faces. Connor circled the happy face for PE, golden time, lunch and friends, and the sad face for writing, reading and 'when I get told off'."),
    ]),
]
EXTRA["h10_esme_rowntree.docx"] += [
    ("Section I", [
        ("P", "Esme transferred to Westmarsh Valley School in September 2025. The school was named following consultation in the autumn term of Year 6 and the plan was amended on 14th February 2025 to name the school. No other part of the plan was changed at that time."),
    ]),
]

EXTRA["h03_connor_blackwater.txt"] += [
    ("SECTION B", [
        ("P", "Physical development: Connor has an immature pencil grip and is reluctant to write. He can ride a balance bike and enjoys football but his coordination is reported to be poor in PE. He has difficulty with dressing/undressing for PE and with using a knife and fork."),
    ]),
    ("SECTION K", [
        ("P", "Note: Medical advice confirming ADHD diagnosis (Community Paediatrics clinic letter, Oct-2023) held on file but not listed above. CAMHS referral outcome not known."),
    ]),
]
EXTRA["h05_tyler_okonkwo-reeve.docx"] += [
    ("Part A", [
        ("P", "His form tutor reports that Tyler finds English lessons boring and would prefer to spend more time on practical subjects. He told his tutor that he wants to \"fix engines, not write about them\". He has said in the past that he would like to learn to drive when he is 17."),
    ]),
]
EXTRA["h06_kacper_nowicki.docx"] += [
    ("Section B", [
        ("P", "Independence: Kacper requires adult prompting to organise his belongings, to follow the class routine and to change for PE. He has difficulties with buttons and laces. He is able to use the toilet independently but has had accidents (see above)."),
    ]),
]
EXTRA["h08_zainab_haider.docx"] += [
    ("A) Views", [
        ("P", "Zainab's big sister Hira, who is eleven, said: \"Zainab is really funny and she copies everything I do. I understand her speech but my friends don't.\""),
    ]),
]
EXTRA["h10_esme_rowntree.docx"] += [
    ("Section A", [
        ("P", "Esme's parents would like the new secondary school to know about her before she starts, so that no teacher asks her to speak in front of the class, and they would like Esme to be able to get help with her joint pain so she can carry on riding."),
    ]),
]
EXTRA["h11_liam_gorringe.pdf"] += [
    ("SECTION C", [
        ("P", "Please refer to the IHCP and to health advice for further information. Health needs are reviewed by the relevant health professionals."),
    ]),
    ("SECTION K", [
        ("P", "All advice listed above was gathered during the original EHC needs assessment (2018-2019) and at subsequent annual reviews. Copies are available on request from the SEN Team."),
    ]),
]

EXTRA["h06_kacper_nowicki.docx"] += [
    ("Section J", [
        ("P", "A personal budget has not been requested. Information on personal budgets is available on the Fenland Vale Local Offer. Parents may request a personal budget at any time, including at an annual review."),
    ]),
]
EXTRA["h10_esme_rowntree.docx"] += [
    ("Section J", [
        ("P", "The family have not asked for a personal budget. They were told about personal budgets when the plan was first issued and can ask for one at any time, including at the next annual review."),
    ]),
]
EXTRA["h11_liam_gorringe.pdf"] += [
    ("SECTION J", [
        ("P", "No request for a personal budget has been received. Young people over the age of 16 may request a personal budget in their own right. Information on personal budgets is published on the Fenland Vale Local Offer."),
    ]),
]
