"""Extra per-plan content (progress summaries, profiles, case notes) and back-matter.
SECT[stem][letter] blocks are appended to that section; TAIL[stem] to the end."""
from common import info_pack

G_PLAIN = [["SENCo", "Special educational needs co-ordinator - the teacher in charge of SEND support in school"],
           ["SEND", "Special educational needs and disabilities"],
           ["Makaton", "A language programme using signs and symbols alongside speech"],
           ["OT", "Occupational therapist - helps with everyday skills such as dressing and writing"],
           ["Short breaks", "Time for a disabled child to enjoy activities away from the family, giving everyone a rest"],
           ["Direct payment", "Money paid to the family so they can arrange some support themselves"]]

SECT = {
    "b3_02_kieran_walsh": {
        "A": [("h2", "What school says about Kieran"),
              ("p", "Kieran is polite, helpful and well liked by staff in the technology department, where he "
                    "often stays at lunchtime to help tidy the workshop. He has a good sense of humour and gets "
                    "on well with younger pupils, whom he supports in the lunchtime bike maintenance club. He is "
                    "at his best in practical lessons and when he can talk through his ideas before writing.")],
        "B": [("h2", "Progress at the September 2026 review"),
              ("p", "Kieran met one of his three previous outcomes in full. His attendance rose from 86% to 92% "
                    "over the year, and he now uses his exit card rather than walking out of lessons without "
                    "saying where he is going, although this still happens about twice a week in English. His "
                    "reading age has risen by 8 months in 12 months following the specialist teacher's "
                    "programme. He has not yet met the outcome about writing a full page of extended writing: "
                    "he produces more when he uses a laptop with speech-to-text, but the laptop has not been "
                    "available in all lessons. His maths teacher reports secure progress in number and "
                    "measures, with weaker recall of formulae."),
              ("p", "Kieran completed a one-week work experience placement at Mayfield Motors in February 2026. "
                    "The workshop manager described him as 'keen, careful with tools and asks good questions' "
                    "and has offered him Saturday work from the summer. Kieran said this was 'the best week of "
                    "school ever'.")],
    },
    "b3_03_lily_mae_porter": {
        "K": [("h2", "Summary of multi-agency advice"),
              ("p", "EP advice (Dr P Gaunt) notes that formal psychometric assessment is contraindicated given "
                    "motor, visual and communicative confounds; dynamic assessment and observation indicate "
                    "emerging contingency awareness and intentionality in highly motivating, optimally "
                    "positioned contexts. Recommends a total communication environment, consistent objects of "
                    "reference, routine-based learning and multi-sensory presentation with processing time of "
                    "at least 5-10 seconds."),
              ("p", "Physiotherapy advice (J Carver) recommends a 24-hour postural management programme "
                    "including supported sitting, standing frame, night-time positioning system and ankle-foot "
                    "orthoses, with daily passive stretches to hamstrings, hip adductors and gastrocnemius. "
                    "SLT (F O'Neill) reports oro-motor dysfunction with reduced lip seal and tongue "
                    "lateralisation, delayed swallow initiation and silent aspiration on thin fluids; "
                    "recommends IDDSI 4 / IDDSI 2, upright positioning at 90 degrees, small-spoon presentation and "
                    "pacing. AAC: begin with objects of reference and single-message VOCA, consider "
                    "eye-gaze assessment in 12 months.")],
    },
    "b3_04_daniel_mensah": {
        "B": [("h2", "Information from the Autism Outreach Team (January 2024)"),
              ("p", "The outreach teacher observed Daniel in maths, English and at lunchtime. In maths he "
                    "worked quickly and accurately but did not write down his method, and he became agitated "
                    "when asked to explain his answer to a partner. In English he wrote two lines in 25 "
                    "minutes and said he 'didn't know what the teacher wanted'. At lunchtime he stood by the "
                    "library door until it opened and then sat alone at a computer. Daniel told the outreach "
                    "teacher that the noise in the corridor 'feels like it's inside my head'."),
              ("p", "Strategies recommended: give instructions in writing, use a clear structure for extended "
                    "answers, allow Daniel to work alone or with one chosen partner, warn him of changes to "
                    "the timetable, and agree a way for him to leave a lesson when overwhelmed.")],
        "E": [("h2", "Progress against previous outcomes (May 2024 review)"),
              ("p", "Daniel has partly met his outcome about working with others: he now works with one chosen "
                    "partner in computing. His attendance has fallen from 91% in Year 9 to 82% in Year 10 and "
                    "he has had 14 days of absence for anxiety. He has not met his outcome on homework, as he "
                    "has handed in about half of set homework. He achieved a grade 6 in his Year 10 maths "
                    "mock examination and a grade 3 in English language. School have noticed that Daniel is "
                    "more withdrawn than last year and that he is not eating lunch. A referral to CAMHS was "
                    "made in 2023 and mum is still waiting to hear about an appointment.")],
    },
    "b3_05_jayden_brooks": {
        "B": [("h2", "AR summary 10-Jul-2025 (imported from AR form)"),
              ("p", "Attendees: SENCo (chair), CT, TA. Apologies: parent, SW, EP. J continues to present with "
                    "dysregulated behaviour in unstructured times and with task avoidance in core. Behaviour log "
                    "shows 37 incidents in summer term (physical x6, verbal x19, absconding x12). 1 FTE (2 days) "
                    "May 2025. On MPH (dose not known to school). Engages well in PE and ICT. Reading: RA 6y9m "
                    "(Salford). Phonics Phase 4 gaps. Writing: can write simple sentences with support; "
                    "letter formation poor. Maths: secure in number bonds to 10; place value insecure. SALT not "
                    "involved. EP involvement 2021 only. BSS outreach 3 visits spring term - strategies given. "
                    "ELSA 6 sessions - ended due to staffing. TAF ongoing. CIN plan in place."),
              ("p", "Outcomes previous: partially met. SENCo recommended increase to Band 4 and request for EP "
                    "to update advice. LA response: maintain, no changes. Secondary transfer to be considered at "
                    "next AR (Y5). Parent to be contacted re: preference. School to resubmit request for "
                    "top-up funding."),
              ("h2", "School provision map extract 2024/25"),
              ("table", [["Intervention", "Group", "Notes"],
                         ["Nurture group", "Small group", "Mornings when available"],
                         ["Precision teaching", "1:1", "When TA available"],
                         ["Lego therapy", "Small group", "Autumn term only"],
                         ["Check-in/check-out", "Key adult", "Daily where possible"],
                         ["Sensory breaks", "-", "As needed"]])],
        "K": [("h2", "Case notes (most recent first)"),
              ("table", [["Date", "Note"],
                         ["02-Sep-2026", "School emailed re overdue AR. SENCo on long-term leave; acting SENCo to arrange. Secondary phase transfer deadline 15-Feb-2027 flagged."],
                         ["14-May-2026", "Parent phoned re secondary school. Advised to name preference at AR. Parent reports J still on waiting list for CAMHS follow-up re medication."],
                         ["21-Jan-2026", "SW (CIN) requested copy of plan. Sent via secure email."],
                         ["30-Sep-2025", "Decision letter sent: maintain. School informed."],
                         ["18-Jul-2025", "AR paperwork received from school. Request for Band 4 noted."],
                         ["10-Jul-2025", "AR held in school. Caseworker not in attendance."]])],
    },
    "b3_07_elif_demir": {
        "A": [("h2", "Elif's one-page profile"),
              ("table", [["What people like about me", "What's important to me", "How to support me"],
                         ["I'm creative and funny once you know me. I'm kind to animals and younger kids.",
                          "My cats, my art, my cousins, having a quiet place at lunch, knowing what's happening.",
                          "Tell me about changes early. Don't make me read out loud or speak in front of the "
                          "class. Let me write my answer. Believe me when I say I need a break."]])],
        "B": [("h2", "Progress since the last review (school review report, June 2025)"),
              ("p", "Elif has settled better into Year 7 than her parents expected after a difficult autumn. "
                    "Her attendance improved from 84% in the autumn term to 91% in the summer term after the "
                    "start-of-day check-in with Ms Kaur was introduced. She is now eating lunch in the art room "
                    "three days a week with one friend, Jade. Elif's art teacher describes her work as 'the "
                    "strongest in the year group'. Elif still finds speaking in class very hard and has not "
                    "yet taken part in a group task. She had three panic attacks in school, each on days when "
                    "there was an unplanned change (a cover teacher, a fire drill and a room change). "
                    "Her parents report that she is not sleeping before midnight and that she eats very "
                    "little on school days. The GP made a referral to CAMHS in May 2025.")],
    },
    "b3_08_harrison_clarke": {
        "K": [("h2", "Summary of psychological advice"),
              ("p", "The educational psychologist's formulation identifies a spiky cognitive profile in which "
                    "relatively strong verbal reasoning co-exists with significantly weaker processing speed "
                    "and visuo-motor integration. The resultant mismatch between Harrison's conceptual "
                    "understanding and his capacity to evidence it in written form is hypothesised to be a "
                    "maintaining factor in his declining academic self-concept and emergent school-related "
                    "anxiety. Recommendations include a reduction in handwriting demands, the introduction of "
                    "assistive technology, explicit teaching of organisational strategies with external "
                    "scaffolds, and opportunities for Harrison to experience success in areas of relative "
                    "strength, such as practical design and engineering tasks. It is further recommended that "
                    "school consider a social skills or peer-mentoring intervention to support participation "
                    "at unstructured times, and that Harrison's views be sought regularly using a "
                    "person-centred approach.")],
    },
    "b3_09_ryan_holt": {
        "B": [("h2", "AR REPORT SUMMARY 12/05/2026"),
              ("p", "Present: HT (chair), class teacher, school SALT, parent. Ryan attended for part of meeting. "
                    "Attendance 94.1%. Ryan has made progress across all areas this year. English: ELQ Entry "
                    "Level 1 achieved in reading; working towards EL2 in writing. Maths: EL1 achieved; time "
                    "to the half hour secure, money to £1 with coins. Can sequence a 4-part narrative with "
                    "visuals. SALT: word-finding strategies being taught; Ryan uses semantic cues with "
                    "prompting. Receptive vocabulary (BPVS) SS 68. PSHE: Ryan enjoys team sports and has a "
                    "stable friendship group. Occasional frustration when misunderstood but no incidents "
                    "requiring physical intervention this year. Mum happy with progress. No changes to plan "
                    "requested. School recommends that plan is maintained."),
              ("p", "Post-16: Ryan has attended a college open evening with mum. Careers interview to be "
                    "arranged by school in Year 11.")],
        "F": [("h2", "SCHOOL PROVISION (from AR paperwork)"),
              ("table", [["Area", "Provision", "Frequency"],
                         ["SLCN", "Language group (school SALT programme)", "3 x 20 mins weekly"],
                         ["Literacy", "Toe by Toe / reading partners", "4 x 15 mins weekly"],
                         ["Numeracy", "Life skills maths group", "Weekly"],
                         ["SEMH", "Pastoral support / ELSA", "As required"],
                         ["PSHE", "Whole-class curriculum", "Weekly"]])],
    },
    "b3_10_ethan_bailey_shaw": {
        "A": [("h2", "How to support Ethan (from his school one-page profile, written by his class team)"),
              ("b", ["Approach Ethan from his right side and say his name before touching him.",
                     "Give him time - he may take 10 seconds or more to respond.",
                     "Use his objects of reference: the spoon for lunch, the towel for swimming, the bell for music.",
                     "Watch for his signs of tiredness (yawning, turning his head away) and offer a rest.",
                     "He loves deep voices and rhythmic drumming; he dislikes the hand dryer and the bell."])],
        "B": [("h2", "Progress at the January 2026 review"),
              ("p", "Ethan has had a difficult year with his health. He spent 16 days in hospital in 2025 with "
                    "chest infections and missed 41 days of school. When in school he has made steady "
                    "progress. He now presses his switch to start a song on most occasions with a light touch "
                    "prompt at his elbow, and he has begun to look towards the drum when it is offered "
                    "alongside another object. He tolerates his standing frame for about 20 minutes. His "
                    "teacher notes that he is more vocal and smiles more in music sessions than at any other "
                    "time of the day. His parents reported that the evening care package started in October "
                    "2025 has made 'a huge difference', but that they are still not sleeping because of "
                    "night-time feeds and seizures, and they would like overnight care at home to be "
                    "considered. This request was noted at the review; the plan was not amended.")],
    },
    "b3_11_noah_pritchard": {
        "B": [("h2", "Progress at the September 2026 review"),
              ("p", "Noah has made good progress in Year 8. He met his outcome about using his radio aid "
                    "consistently and now reminds teachers to wear it. His reading age rose by 14 months in a "
                    "year, helped by vocabulary pre-teaching with his teacher of the deaf. He received a "
                    "Headteacher's award in D&T for a wooden storage box. He was absent for 5 weeks in the "
                    "spring with glandular fever and is still more tired than before. He told the review that "
                    "he feels 'left out' at lunch because his hearing friends talk too fast, and that he "
                    "misses his Deaf friends from primary school. Noah's parents asked for more contact with "
                    "other Deaf young people, which has been added to this plan.")],
    },
    "b3_12_jasmine_kaur_bell": {
        "A": [("h2", "Jas's one-page profile (written by Jas in Year 10)"),
              ("table", [["What people like about me", "What is important to me", "How to help me"],
                         ["I'm creative, I'm loyal to my friends and I'm honest.",
                          "My bass guitar, my cat Mango, headphones, having time alone after school.",
                          "Give me instructions in writing. Let me go somewhere quiet. Don't touch me without "
                          "asking. Check in with me privately, not in front of the class."]])],
        "B": [("h2", "Notes from the annual review, 22/01/2025"),
              ("p", "Jasmine has started at Thornbury Sixth Form College on a Level 3 music technology course "
                    "and an A level in art. Her tutor reports that her practical work is of a high standard "
                    "but that her attendance has been 78% this term, with absences linked to anxiety and "
                    "fatigue. She attended a CAMHS eating disorders appointment in November 2024 and is on the "
                    "waiting list for further support. College have provided a quiet study space and a named "
                    "member of staff. Jasmine said she would like help to find a part-time job in music "
                    "retail and to learn to manage money. Recommended amendments: update Section B to reflect "
                    "her college placement; new post-16 outcomes including preparing for adulthood; update "
                    "Section F with college provision; name Thornbury Sixth Form College in Section I; "
                    "request updated health advice.")],
    },
}

TAIL = {
    "b3_01_amara_okonjo_reid": info_pack("Carrowmere City Council", "Amara", 0, G_PLAIN, "01632 960 400"),
    "b3_02_kieran_walsh": info_pack("South Tamberley District Council", "Kieran", 1, None, "01632 961 220"),
    "b3_03_lily_mae_porter": info_pack("Oakhurst & Vale Council", "Lily-Mae", 1, None, "01632 962 118"),
    "b3_04_daniel_mensah": info_pack("Hollinbrook Metropolitan Borough Council", "Daniel", 2, None, "01632 963 555"),
    "b3_05_jayden_brooks": info_pack("Wendlebury County Council", "Jayden", 1, None, "01632 964 010"),
    "b3_06_megan_tull": info_pack("Fenmarsh Borough Council", "Meg", 2,
                                  [["Care Act assessment", "A check by adult social care of what support you need as an adult"],
                                   ["Supported internship", "A study programme where most of your learning happens at work, with a job coach"],
                                   ["Access to Work", "Government money to pay for support you need at work"],
                                   ["Annual health check", "A yearly check-up with your GP for people with a learning disability"]],
                                  "01632 965 300"),
    "b3_07_elif_demir": info_pack("Kingsbridge Vale Council", "Elif", 0, None, "01632 966 700"),
    "b3_08_harrison_clarke": info_pack("Ashcombe & Rill Borough Council", "Harrison", 1, None, "01632 967 020"),
    "b3_09_ryan_holt": info_pack("Northmoor County Council", "Ryan", 2, None, "01632 968 090"),
    "b3_10_ethan_bailey_shaw": info_pack("Brackenfold City Council", "Ethan", 0, None, "01632 969 440"),
    "b3_11_noah_pritchard": info_pack("Lowther Cross Council", "Noah", 2,
                                      [["BSL", "British Sign Language"], ["D&T", "Design and technology"],
                                       ["Radio aid", "A microphone the teacher wears that sends speech straight to Noah's implants"],
                                       ["Mapping", "Adjusting the settings of a cochlear implant"]],
                                      "01632 960 880"),
    "b3_12_jasmine_kaur_bell": info_pack("Thornbury Reach Council", "Jasmine", 0, None, "01632 961 660"),
}


def apply(stem, plan):
    extra = SECT.get(stem, {})
    secs = []
    for letter, heading, blocks in plan["sections"]:
        secs.append((letter, heading, list(blocks) + extra.get(letter, [])))
    plan["sections"] = secs
    plan["tail"] = list(plan["tail"]) + TAIL.get(stem, [])
    return plan


from common import personal_budget_info, transport_note  # noqa: E402


def _contacts(rows):
    return [("h2", "Useful contacts"), ("table", [["Who", "Contact"]] + rows)]


MORE_TAIL = {
    "b3_02_kieran_walsh": [personal_budget_info("South Tamberley District Council"),
                           transport_note("South Tamberley District Council")]
                          + _contacts([["Case officer (Rob Ingleby)", "01632 961 224"], ["SENDIASS", "01632 961 900"],
                                       ["Tamberley Young Carers", "01632 961 480"]]),
    "b3_04_daniel_mensah": [personal_budget_info("Hollinbrook Metropolitan Borough Council")]
                           + _contacts([["SEND Officer (Mr C Hartley)", "01632 963 551"], ["Hollinbrook SENDIASS", "01632 963 800"],
                                        ["Autism Outreach Team", "01632 963 610"]]),
    "b3_07_elif_demir": [personal_budget_info("Kingsbridge Vale Council"), transport_note("Kingsbridge Vale Council")]
                        + _contacts([["Caseworker (Beth Aldous)", "01632 966 712"], ["Kingsbridge SENDIASS", "01632 966 900"]]),
    "b3_08_harrison_clarke": [personal_budget_info("Ashcombe & Rill Borough Council"), transport_note("Ashcombe & Rill Borough Council")]
                             + _contacts([["EHC Co-ordinator (Sunita Roy)", "01632 967 031"], ["Family Support Service", "01632 967 200"]]),
    "b3_11_noah_pritchard": [personal_budget_info("Lowther Cross Council"), transport_note("Lowther Cross Council")]
                            + _contacts([["Caseworker (Fiona Brennan)", "01632 960 881"], ["Sensory Support Service", "01632 960 890"],
                                         ["Lowther Deaf Youth Club", "text 07700 900 412"]]),
    "b3_05_jayden_brooks": [("h2", "RECORD FIELDS"),
                            ("kv", [("Primary need", "SEMH"), ("Secondary need", "SpLD"), ("Funding", "Band 3 (WCC matrix)"),
                                    ("School type", "Mainstream - VA primary"), ("LA ref", "WCC/SEN/21/04471"),
                                    ("Team", "SEND Assessment & Review - North"), ("Tribunal history", "None"),
                                    ("Looked after", "No"), ("CIN", "Yes"), ("Phase transfer", "Y6 > Y7 Sept 2027"),
                                    ("Plan version", "3 (amended 24-Jan-2024)")]),
                            ("h2", "PREVIOUS OUTCOMES (AR 10-Jul-2025)"),
                            ("table", [["Outcome", "Status", "Comment"],
                                       ["Jayden will make progress in reading, writing and maths.", "Partially met", "Progress slow."],
                                       ["Jayden will develop his social skills.", "Partially met", "Some friendships."],
                                       ["Jayden will access the curriculum.", "Partially met", "When regulated."],
                                       ["Jayden will be supported to regulate his emotions.", "Not met", "See behaviour log."]]),
                            personal_budget_info("Wendlebury County Council"), transport_note("Wendlebury County Council")],
    "b3_09_ryan_holt": [("h2", "RECORD FIELDS"),
                        ("kv", [("Primary need", "SLCN"), ("Secondary need", "MLD"), ("Provision type", "Special academy"),
                                ("Funding", "Place + Element 3 band D"), ("Phase transfer", "Y11 > post-16, Sept 2027"),
                                ("Post-16 destination", "TBC"), ("PfA", "To be discussed at Y11 AR"),
                                ("Transport", "LA transport - taxi (shared)")]),
                        ("h2", "PREVIOUS OUTCOMES - AR 12/05/2026"),
                        ("table", [["Outcome", "Progress", "Continue?"],
                                   ["Ryan will make progress in his speaking and listening skills.", "Progress made", "Yes"],
                                   ["Ryan will improve his reading and writing.", "Progress made", "Yes"],
                                   ["Ryan will develop his maths skills including time and money.", "Progress made", "Yes"],
                                   ["Ryan will develop his self-esteem and confidence.", "Progress made", "Yes"],
                                   ["Ryan will continue to access a specialist setting.", "Met", "Yes"],
                                   ["Ryan will be supported to make good choices about his behaviour.", "Met", "Yes"]]),
                        ("h2", "PUPIL VIEWS FORM (completed with class TA)"),
                        ("p", "What do you like about school? Football, my friends, cooking. What is hard? Maths, writing. "
                              "What would you like to do when you leave? College, maybe sport. Anything else? No."),
                        personal_budget_info("Northmoor County Council")],
    "b3_12_jasmine_kaur_bell": [("h2", "Progress against outcomes at the Year 10 review (recorded on the review form, 22/01/2025)"),
                                ("p", "Deadlines: partly met - Jas used a planner in Year 11 but missed two coursework "
                                      "deadlines. Presentation: not met - Jas recorded her composition instead of presenting, "
                                      "which was agreed by her teacher. Anxiety: ongoing - CAMHS involved. GCSE music: met - "
                                      "grade 6 (August 2024). College: met - started at Thornbury Sixth Form College."),
                                ("h2", "What Jas said at the review"),
                                ("p", "\"College is better than school because people leave you alone more, but it's still "
                                      "loud in the common room. I want to get a part-time job in a music shop. I want to "
                                      "learn how to budget so I'm not scared about money when I move out. I'd like help "
                                      "with phone calls and forms. I still want to work in a studio.\""),
                                ("h2", "Transition information (from the Year 11 transition meeting, June 2024)"),
                                ("p", "Jasmine visited Thornbury Sixth Form College twice with her mentor in June 2024. A "
                                      "transition passport was shared with the college learning support team. It was "
                                      "agreed that the EHC plan would be reviewed in the autumn term to name the college "
                                      "and to add post-16 outcomes."),
                                personal_budget_info("Thornbury Reach Council"), transport_note("Thornbury Reach Council")],
}
for _k, _v in MORE_TAIL.items():
    TAIL[_k] = TAIL.get(_k, []) + _v

MORE2 = {
    "b3_04_daniel_mensah": ("A", [("h2", "Daniel's one-page profile (written with his form tutor in Year 9)"),
                                  ("b", ["People like: I am honest, I'm good at maths and computers, and I help people fix their phones.",
                                         "Important to me: my computer, my routine, my cat, knowing what is happening next, my headphones.",
                                         "How to support me: tell me changes before they happen; don't make me work in groups; let me leave "
                                         "lessons a bit early; explain exactly what you want in writing; don't touch my stuff."]),
                                  ("p", "Daniel said at the review that he would like to do A levels or a computing course but "
                                        "he does not know where. He did not want to attend the meeting.")]),
    "b3_05_jayden_brooks": ("K", [("h2", "SCHOOL ADVICE 28/06/2021 (extract held on record)"),
                                  ("p", "J is a Y1 pupil presenting with significant SEMH needs impacting on his ability to "
                                        "access learning in the classroom. He displays dysregulated behaviours including "
                                        "throwing equipment, running out of class and refusal. He is working at P-scales/pre-KS "
                                        "standards in reading and writing. J responds well to a consistent key adult, clear "
                                        "boundaries and a visual timetable. School has implemented a graduated response over "
                                        "4 cycles of APDR including a reduced timetable, a nurture group and BSS outreach. "
                                        "Despite this, J's needs exceed what can reasonably be provided from the notional "
                                        "SEN budget. School requests an EHCNA."),
                                  ("h2", "HEALTH ADVICE"),
                                  ("p", "See attached report. (Document not attached to this record.)"),
                                  ("h2", "EP ADVICE 14/06/2021 (summary)"),
                                  ("p", "Consultation with CT and parent; observation in class. J's presentation is consistent "
                                        "with attachment-related difficulties and possible ADHD; referral to paediatrics "
                                        "suggested. Recommends key adult, emotion coaching, Zones of Regulation, "
                                        "precision teaching and a sensory diet.")]),
    "b3_09_ryan_holt": ("K", [("h2", "SALT REPORT 09/2023 (summary)"),
                              ("p", "Ryan was reassessed prior to discharge from the NHS caseload. CELF-5 core language SS 62 "
                                    "(<1st centile), receptive language index 65, expressive language index 61. Ryan "
                                    "presents with a persistent DLD affecting vocabulary, syntax and narrative. Word-finding "
                                    "difficulties noted with frequent use of non-specific vocabulary. Ryan benefits from "
                                    "visual supports, chunked instructions, semantic mapping and explicit vocabulary "
                                    "teaching. Recommend school SALT continue a programme targeting vocabulary, narrative "
                                    "and comprehension monitoring, with training for staff. Discharged from NHS SALT."),
                              ("h2", "EP ADVICE 02/11/2018 (summary)"),
                              ("p", "BAS-3 GCA SS 66. Verbal ability significantly weaker than nonverbal (SS 61 vs 78). "
                                    "Working memory and processing speed weaknesses. Profile consistent with MLD with "
                                    "marked SLCN. Recommends specialist provision with small classes, multi-sensory "
                                    "teaching, overlearning and visual supports.")]),
    "b3_12_jasmine_kaur_bell": ("B", [("h2", "Extract from school advice (Highcross School, January 2023)"),
                                      ("p", "Jasmine is a Year 10 student who is achieving well in music and art. She is "
                                            "quiet in lessons and rarely contributes orally. She has found the increased "
                                            "workload of Year 10 hard to manage and has missed deadlines for coursework in "
                                            "English and geography. She has been absent 11 days this term, mostly Mondays. "
                                            "She spends lunchtimes in the library. Staff have noticed she often does not eat "
                                            "lunch. She has a laptop for written work because of her dyspraxia and uses it well. "
                                            "She is predicted grade 5-6 in music and English and grade 4 in maths. She would "
                                            "benefit from mentoring, a quiet space at unstructured times and help to plan "
                                            "coursework. Her form tutor describes her as 'a thoughtful, talented young person "
                                            "who is working very hard to hold things together'.")]),
}
for _k, (_l, _v) in MORE2.items():
    SECT.setdefault(_k, {})
    SECT[_k][_l] = SECT[_k].get(_l, []) + _v

for _k, _c, _n, _v in [("b3_04_daniel_mensah", "Hollinbrook Metropolitan Borough Council", "Daniel", 0),
                       ("b3_05_jayden_brooks", "Wendlebury County Council", "Jayden", 0),
                       ("b3_09_ryan_holt", "Northmoor County Council", "Ryan", 1),
                       ("b3_12_jasmine_kaur_bell", "Thornbury Reach Council", "Jasmine", 1)]:
    TAIL[_k] = TAIL[_k] + info_pack(_c, _n, _v)[:3]

from common import distribution, signature  # noqa: E402
TAIL["b3_09_ryan_holt"] = TAIL["b3_09_ryan_holt"] + distribution(
    ["Ms K Holt", "Northmoor Vale Academy", "School SALT", "Northmoor Post-16 SEND team", "SEN transport"]) + signature(
    "D. Whitcombe", "SEND Officer", "03/03/2025", "Northmoor County Council")
