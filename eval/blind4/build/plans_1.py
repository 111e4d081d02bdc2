"""Plans 01-03 of blind4 (fictional children, invented councils)."""
from helpers import nhs, spaced, upn


# --------------------------------------------------------------------------------------------
# 01  Oskar Nowicki - Wyvernham City Council - Year 4 - Word, Heading 1/2 styles
# --------------------------------------------------------------------------------------------
def p01():
    n = nhs("999402733")
    u = upn("812340615027")
    cover = [
        ("p", "OFFICIAL - SENSITIVE (personal information)"),
        ("kv", [("Name", "Oskar Tomasz Nowicki"), ("Known as", "Oskar"),
                ("Date of birth", "23 November 2017"), ("Home address", "7 Sandpiper Row, Wyvernham, WY3 8QL"),
                ("Parents", "Marta Nowicka (mum) and Piotr Nowicki (dad)"),
                ("Languages at home", "Polish and English"),
                ("NHS number", spaced(n)), ("Unique pupil number", u),
                ("School and year", "Hollybank Primary School (Kingfisher Room), Year 4"),
                ("Plan first issued", "12 March 2021"),
                ("Last annual review", "10 June 2026"),
                ("This version issued", "22 July 2026 (amended after the June 2026 review)"),
                ("Next review by", "9 June 2027"),
                ("EHC co-ordinator", "Gemma Hollis, 01632 960 731")]),
        ("h", "About this plan"),
        ("p", "This is Oskar's Education, Health and Care plan. It is a legal document. It says what Oskar is "
              "good at, what he finds hard, what we want to change by next summer, and what help he will get, "
              "who gives it and how often. There is a list of words at the end. A Polish copy was sent to the family on 3 July 2026."),
        ("h", "Plan history"),
        ("t", [["Date", "What happened"],
               ["12 March 2021", "First plan issued (Little Wrens Nursery)"],
               ["6 June 2022", "Review; plan amended to name Hollybank Primary for Reception"],
               ["11 June 2025", "Review; plan amended (eating and sleep added after the dietitian's advice)"],
               ["10 June 2026", "Review; proposed changes sent 1 July 2026; final plan issued 22 July 2026"]]),
    ]
    A = [
        ("h", "About me - in my own words"),
        ("p", "Oskar made a set of 'All about me' slides on the class iPad with Miss Kaur, his teaching "
              "assistant, over three short sessions in May 2026. He chose the photos and typed or said the "
              "words. He showed the slides at his review meeting. These are his words."),
        ("b", ["\"My name is Oskar. I am 8. In September I will be in Year 4 in Oak class.\"",
               "\"I love trains. My best train is the Azuma. I know all the stations from Wyvernham to London.\"",
               "\"I like the Kingfisher Room because it is quiet and I know what is happening.\"",
               "\"I do not like the hand dryers in the toilets. They are too loud and they hurt my ears.\"",
               "\"I do not like surprise food. I like my own lunch box with my own food.\"",
               "\"Sometimes my words get stuck when I am upset. Then I show my orange card.\"",
               "\"I want a friend who likes trains and maps.\"",
               "\"When I grow up I want to drive trains or make the timetables.\"",
               "\"I want to go on the train to Gdansk to see Babcia and Dziadek.\"",
               "\"It helps when people show me what is going to happen on my schedule.\""]),
        ("h", "What people like and admire about Oskar"),
        ("p", "Oskar is honest, funny and kind. He tells brilliant facts about trains and the weather. He "
              "helps the Reception children find books in the library and has an amazing memory for "
              "numbers, dates and routes."),
        ("p", "His sister Zosia, who is 5, says: \"Oskar is the best at building train tracks. He lets me "
              "be the guard.\""),
        ("h", "What mum and dad say"),
        ("p", "\"Oskar is a happy boy when he feels safe. He is clever and we want school to see that, not "
              "only the meltdowns. Our biggest worries are food and sleep. He eats about twelve foods and "
              "most nights it takes him over an hour to fall asleep. We want him to have one real friend. We would love to eat together in a cafe as a "
              "family, and next summer we want to take him on the train to see his grandparents in Poland. "
              "We want him to be able to say when things are too much, before it becomes a meltdown.\" "
              "- Marta and Piotr"),
        ("h", "Oskar's hopes and where they are in this plan"),
        ("t", [["What Oskar and his family hope for", "Where it is in this plan"],
               ["A friend who likes trains and maps", "Outcome 2; provision F4; H1 (Saturday club)"],
               ["Words that do not get stuck when upset", "Outcome 1; provision F2 and F5"],
               ["Eat in a cafe and on the train to Poland", "Outcome 5; health provision G1"],
               ["Sleep better so the whole family is less tired", "Outcome 6; G2 and H2"],
               ["Drive trains or write timetables one day", "Outcome 8; H1 travel practice; maths in F3"]]),
        ("h", "How this plan was made"),
        ("p", "The review meeting was held at Hollybank Primary School on 10 June 2026. Marta and Piotr came, "
              "with a Polish interpreter. Oskar joined for the first 20 minutes to show his slides. Also there "
              "were the SENCo, his class teacher, Miss Kaur, the speech and language therapist and the social "
              "worker. The dietitian and paediatrician sent written updates. The family asked for two changes "
              "to the draft, which were made, and agreed the final plan on 14 July 2026."),
    ]
    B = [
        ("p", "Oskar is autistic. He was diagnosed in March 2021 by the Wyvernham Child Development Centre. "
              "He learns best with routine, pictures and clear words. The information "
              "below comes from the advice in Section K and the school's review report of 27 May 2026."),
        ("h", "Communication and interaction"),
        ("p", "Oskar has a large vocabulary, reads aloud fluently and loves to share facts. He finds it hard "
              "to take turns in a conversation about something that is not his choice. He often takes words "
              "literally. In the speech and language "
              "assessment (April 2026) he answered 4 out of 10 'why' and 'how' questions about a story "
              "correctly. Most children his age answer 8 or 9. When he is anxious his words 'get stuck' and "
              "he may run from the room. He is now learning to show an orange card instead."),
        ("h", "Cognition and learning"),
        ("p", "Oskar's maths is a real strength. He already knows his times tables to 12 and works at the "
              "level expected by the end of Year 4. He reads words at the expected level but finds it hard to work "
              "out why something happened in a story. Writing is "
              "slow and tiring for him: he copies about 8 words a minute and finds it hard to plan what to "
              "write. He does much better when he can type and when he has a planning frame (educational "
              "psychologist, April 2026)."),
        ("h", "Social, emotional and mental health"),
        ("p", "Oskar wants friends, but he does not yet know how to join a game or what to do when a game "
              "changes. Unexpected "
              "change makes him very anxious. In Year 3 his meltdowns fell from about two a week to one a fortnight. After a meltdown he needs 20 to 30 minutes in a "
              "quiet place to recover."),
        ("h", "Sensory and physical"),
        ("p", "Oskar is very sensitive to loud sudden noise, such as hand dryers and the hall. The occupational therapist (March 2026) found that his hand strength and finger control are "
              "below those of most children his age. He needs about 20 minutes and several reminders to get "
              "changed for PE, and he cannot yet do buttons or tie laces."),
    ]
    C = [
        ("h", "Eating"),
        ("p", "In January 2025 the community paediatric dietetics team diagnosed Oskar with ARFID "
              "(avoidant restrictive food intake disorder). This means he is very anxious about new foods "
              "and eats only about 12 foods, most of them plain and pale. His growth is checked every 6 months and he is on the 25th centile for "
              "weight. He takes a daily vitamin supplement. He cannot manage the dining hall, so he eats "
              "little at school and is hungry and tired in the afternoons."),
        ("h", "Sleep"),
        ("p", "In 2025 Oskar usually took 90 minutes to 2 hours to fall asleep and woke 2 or 3 times a "
              "night. Dr Aisha Farouk, community paediatrician, prescribed melatonin (2 mg at bedtime) in "
              "October 2025. He now falls asleep in about an hour. Poor sleep makes his anxiety worse."),
        ("h", "Sensory processing"),
        ("p", "The occupational therapist (March 2026) found that Oskar is over-sensitive to sound and smell "
              "and seeks movement to stay calm, at home and in shops as well as at school."),
        ("h", "Other health"),
        ("p", "Hearing and eyesight were normal in 2025. Dental check-ups frighten him, so he has been "
              "referred to the special care dental service. He has no allergies."),
    ]
    D = [
        ("p", "Leon Baptiste, social worker in the Children with Disabilities Team, assessed the family's "
              "needs in January 2026. Oskar is well loved and well cared for. The family needs some help."),
        ("b", ["Oskar has no sense of danger near roads or railway lines. An adult must hold his hand or "
               "stay within arm's reach whenever he is outside.",
               "He needs help and reminders with washing, dressing and cleaning his teeth.",
               "Marta and Piotr are often up at night with him. Piotr works shifts; Marta works three days a week.",
               "Busy places are hard for Oskar, so the family rarely go out together and Zosia misses out.",
               "Oskar has no friends outside school and cannot join clubs without extra support.",
               "Marta's carer's assessment (20 February 2026) found she feels isolated and worn out."]),
        ("p", "Oskar meets the criteria for short breaks (Section H)."),
    ]
    E = [
        ("p", "These outcomes were agreed on 10 June 2026. Progress is checked with the family each term."),
        ("t", [["Outcome", "Steps towards it", "By when", "Provision link"],
               ["1. When Oskar feels upset or overloaded, he will tell an adult, using words or his orange "
                "card, before he leaves the room, on at least 4 out of 5 occasions at school and at home.",
                "Dec 2026: uses the card with one prompt. April 2027: uses it without a prompt 3 times out of 5.",
                "July 2027", "F1, F2, F5, H2"],
               ["2. Oskar will play a game with rules, such as a train board game, with two classmates at "
                "lunchtime for 10 minutes, at least 3 times a week, with an adult nearby but not playing.",
                "Dec 2026: plays with one adult and one child. March 2027: with two children, adult joining in.",
                "July 2027", "F4, F5, H1"],
               ["3. Oskar will answer 'why' and 'how' questions about a Year 4 book correctly 7 times out of "
                "10 (4 out of 10 in April 2026).",
                "Dec 2026: 5 out of 10. April 2027: 6 out of 10.",
                "July 2027", "F3, F5"],
               ["4. Oskar will plan and type a 150-word fact file on a topic he chooses in 30 minutes, using "
                "a planning frame.",
                "Dec 2026: types 50 words in 15 minutes. April 2027: 100 words with the frame.",
                "July 2027", "F3, F6"],
               ["5. Oskar will add 4 new foods to the foods he eats regularly and will eat his packed lunch in "
                "the dining hall with his class on 4 days a week.",
                "Dec 2026: lunch in the hall 2 days a week. March 2027: tastes one new food a week.",
                "July 2027", "G1, F7, F8"],
               ["6. Oskar will fall asleep within 45 minutes of lights out on at least 5 nights out of 7, as "
                "shown in his sleep diary.",
                "Nov 2026: new bedtime routine in place. Jan 2027: 3 nights out of 7.",
                "March 2027", "G2, H2"],
               ["7. Oskar will get changed for PE and swimming on his own within 10 minutes, using his "
                "picture checklist, and will do up 3 large buttons.",
                "Dec 2026: changes in 15 minutes with 2 prompts. April 2027: buttons with help to start.",
                "July 2027", "F6"],
               ["8. Oskar will take a 20-minute train journey from Wyvernham to Castle Halt and back with his "
                "short-breaks worker, using his headphones and travel story, and will buy the ticket himself.",
                "Dec 2026: station visit. Feb 2027: rides one stop.",
                "Easter 2027", "H1, F1"]]),
    ]
    F = [
        ("p", "The SENCo, Mrs Pace, checks that all of this is delivered and tells the family each term. "
              "TA means teaching assistant."),
        ("t", [["Provision", "Who delivers it", "How often and how long", "Group size"],
               ["F1. Visual timetable and 'now and next' board; changes shown with his change card at least "
                "10 minutes before.", "Class teacher and TA",
                "Every day, all day", "Individual"],
               ["F2. 'Feelings Detectives' programme to learn to notice and name feelings and use the orange "
                "card.", "TA trained by the Autism Outreach Teacher", "3 sessions of 20 minutes a week",
                "1:1 until December, then Oskar and one friend"],
               ["F3. Reading comprehension in a small reciprocal reading group; writing with a planning "
                "frame and a laptop.", "TA, planned by the class teacher", "4 sessions of 20 minutes a week",
                "Group of 3"],
               ["F4. Lunchtime game club with train and board games; Oskar invites two classmates.",
                "TA", "3 lunchtimes a week, 15 minutes", "Oskar and 2 peers"],
               ["F5. Speech and language therapy: assessment, direct work on conversation and questions, and "
                "a written programme for staff.",
                "Speech and language therapist (Wyvernham Children's Therapy Service, HCPC registered)",
                "6 direct sessions of 30 minutes each term; TA delivers the programme 3 times a week for 15 "
                "minutes", "1:1"],
               ["F6. Occupational therapy programme for hand strength, dressing and touch typing.",
                "Occupational therapist writes and reviews the programme each half term (45-minute visit); "
                "TA delivers it", "Hand and dressing work 4 times a week for 10 minutes; typing 3 times a week "
                "for 15 minutes", "1:1"],
               ["F7. Sensory plan: 5-minute movement break every hour, ear defenders, paper towels, leaving "
                "assembly 2 minutes early.", "Class staff, following the OT's plan",
                "Every day", "Individual"],
               ["F8. Staffing: 1:1 TA in Oak class for English and maths; afternoons in Oak class or the "
                "Kingfisher Room (8 pupils, 1 teacher, 2 TAs).", "TA; Kingfisher Room teacher",
                "1:1 Monday to Friday 9:00 to 12:00 (15 hours a week)", "1:1 mornings; 1:3 afternoons"],
               ["F9. Advice and training for staff. All Oak class staff complete autism training by 31 "
                "October 2026.", "Autism Outreach Teacher", "1 visit of 1 hour every half term; training 3 "
                "hours once", "Staff"],
               ["F10. Transition: photo book and 3 short visits before a change of class.",
                "Class teacher and SENCo", "Before every change of class",
                "Individual"],
               ["F11. Progress meetings with the family.", "SENCo", "3 times a year, 30 minutes", "Family"]]),
    ]
    G = [
        ("p", "Arranged by Wyvernham and Dene Integrated Care Board (ICB)."),
        ("t", [["Provision", "Who delivers it", "How often and how long"],
               ["G1. Food chaining programme: small steps from foods Oskar eats to similar new foods, shared "
                "with home and school.", "Paediatric dietitian, Wyvernham Community "
                "Dietetics", "Clinic every 8 weeks (45 minutes); 1 school visit a term to show staff the "
                "steps; growth every 6 months"],
               ["G2. Review of sleep, melatonin (2 mg each night) and growth.", "Dr Aisha Farouk, community "
                "paediatrician", "Every 6 months; next appointment January 2027"],
               ["G3. Daily vitamin supplement.", "Prescribed by the GP", "Every day"],
               ["G4. Dental desensitisation visits before his check-up.", "Special care dental service",
                "3 visits of 30 minutes between October 2026 and March 2027"]]),
    ]
    H1 = [
        ("p", "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970."),
        ("t", [["Provision", "Who", "How often"],
               ["Saturday Sidings club - a specialist play scheme where Oskar can build, play train games and "
                "mix with other children.", "Wyvernham Short Breaks Service", "5 hours every other Saturday, "
                "1 worker to 2 children"],
               ["Community short-breaks worker for travel and station visits (Outcome 8).", "Worker employed "
                "by the family through a direct payment", "3 hours a week in school holidays (12 weeks a "
                "year)"]]),
    ]
    H2 = [
        ("t", [["Provision", "Who", "How often"],
               ["'Calm to Bed' sleep routine programme at home.", "Early Help family support worker",
                "6 home visits of 1 hour, September to November 2026, then a monthly phone call to March 2027"],
               ["Carer support for Marta: 'Time for Me' carers' group.", "Wyvernham Carers Centre",
                "2 hours once a month"]]),
    ]
    I = [
        ("p", "Hollybank Primary School, Beacon Lane, Wyvernham WY3 2RS. A community primary school "
              "maintained by the local authority, with the Kingfisher Room specialist resource base for "
              "autistic pupils."),
    ]
    J = [
        ("p", "The family receives a direct payment of £1,742 a year to employ a short-breaks worker Oskar "
              "already knows (Section H1). The family chose a direct payment so that they can choose the "
              "worker and the times. No personal budget was asked for the provision in Section F."),
    ]
    K = [
        ("t", [["Advice or information", "Given by", "Date"],
               ["Parents' views", "Marta Nowicka and Piotr Nowicki", "18 May 2026"],
               ["Oskar's views ('All about me' slides)", "Oskar, with Miss S. Kaur", "May 2026"],
               ["School review report", "Mrs L. Pace, SENCo, Hollybank Primary", "27 May 2026"],
               ["Educational psychology advice", "Dr Nia Rowe, educational psychologist", "14 April 2026"],
               ["Speech and language therapy advice", "Helen Marsh, speech and language therapist", "21 April 2026"],
               ["Occupational therapy advice", "Ben Achterberg, occupational therapist", "12 March 2026"],
               ["Dietetic advice", "Rachel Oyelaran, paediatric dietitian", "9 March 2026"],
               ["Paediatric letter", "Dr Aisha Farouk, community paediatrician", "29 January 2026"],
               ["Children with Disabilities assessment", "Leon Baptiste, social worker", "16 January 2026"],
               ["Autism outreach report", "Jo Prentice, Autism Outreach Teacher", "6 May 2026"]]),
    ]
    tail = [
        ("h", "Words we use in this plan"),
        ("t", [["Word", "What it means"],
               ["ARFID", "Avoidant restrictive food intake disorder: strong anxiety about eating new or "
                "different foods"],
               ["SENCo", "Special educational needs co-ordinator: the teacher who organises SEN support"],
               ["OT", "Occupational therapist: helps with everyday skills such as dressing and writing"],
               ["HCPC", "Health and Care Professions Council: the body that registers therapists"],
               ["Direct payment", "Money paid to the family to arrange some support themselves"],
               ["ICB", "Integrated Care Board: the NHS body that pays for local health services"]]),
        ("h", "If you disagree"),
        ("p", "Talk to Gemma Hollis first. If you disagree with Sections B, F or I you can appeal to the "
              "SEND Tribunal within two months of the letter that came with this plan, after contacting a "
              "mediation adviser. Free, independent advice: Wyvernham SENDIASS, 01632 960 118."),
        ("h", "Signatures"),
        ("kv", [("For Wyvernham City Council", "Gemma Hollis, EHC Co-ordinator - 22 July 2026"),
                ("Family agreement", "Marta Nowicka and Piotr Nowicki - agreed 14 July 2026")]),
    ]
    plan = {
        "title": "Education, Health and Care Plan - Oskar Nowicki",
        "docx_header": "Wyvernham City Council  |  OFFICIAL - SENSITIVE",
        "docx_footer_text": "EHC plan - Oskar Nowicki - version 6",
        "cover": cover,
        "sections": [
            ("A", "Section A: All about Oskar - views, interests and aspirations", A),
            ("B", "Section B: Special educational needs", B),
            ("C", "Section C: Health needs", C),
            ("D", "Section D: Social care needs", D),
            ("E", "Section E: Outcomes", E),
            ("F", "Section F: Special educational provision", F),
            ("G", "Section G: Health provision", G),
            ("H1", "Section H1: Social care provision (Chronically Sick and Disabled Persons Act 1970)", H1),
            ("H2", "Section H2: Other social care provision", H2),
            ("I", "Section I: Placement", I),
            ("J", "Section J: Personal budget", J),
            ("K", "Section K: Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_01_oskar_nowicki.docx", "format": "docx", "child_name": "Oskar Tomasz Nowicki",
            "date_of_birth": "2017-11-23", "issued": "2021-03-12", "last_review": "2026-06-10",
            "last_amended": "2026-07-22", "next_review": "2027-06-09", "nhs_number": n, "upn": u}
    labels = {"holistic": 4, "outcomes_specific": 4, "child_voice": 4, "pfa": "NA", "review_currency": 4,
              "provision_specific": 4, "golden_thread": 4, "readability": 4}
    return ("docx_styled", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 02  Callum Reaney - Kestrelby Borough Council - Year 10 - Word, each section a titled table
# --------------------------------------------------------------------------------------------
def p02():
    n = nhs("999517268")
    u = upn("503118207044")
    cover = [
        ("p", "Kestrelby Borough Council - Children's Services - SEN Assessment and Review Team"),
        ("kv", [("Name of young person", "Callum Reaney"),
                ("Date of birth", "04/10/2011"),
                ("Address", "22 Coldharbour Road, Kestrelby, KB7 4NJ"),
                ("Parent / carer", "Dawn Reaney (mother); Lee Sandford (stepfather)"),
                ("NHS No.", spaced(n, "-")), ("UPN", u),
                ("School", "Fairlands Academy"),
                ("Plan first finalised", "06/07/2018"),
                ("Date of this plan", "22/05/2025 (amended following annual review)"),
                ("Most recent annual review", "18/03/2026 - LA decision to maintain, letter dated 09/04/2026"),
                ("Next annual review due", "by 17/03/2027"),
                ("SEN Officer", "Nadia Farrant - 01632 960 284")]),
        ("p", "This plan is issued under section 37 of the Children and Families Act 2014. Kestrelby Borough "
              "Council must secure the special educational provision in Section F. Kestrelby and Marsh "
              "Integrated Care Board must arrange the health provision in Section G."),
    ]
    A = [
        ("h", "What Callum says"),
        ("p", "Callum filled in his 'My Review' form with Mrs Ashworth (SENCo) before his annual review in "
              "March 2025. This is what he wrote or said:"),
        ("b", ["\"I'm good at fixing things. Me and Lee rebuilt a moped engine in the garage last summer.\"",
               "\"Reading out loud in class is the worst thing. I'd rather get a detention.\"",
               "\"Using the laptop helps, when it works. When I type I can actually get my ideas down.\"",
               "\"My diabetes is fine mostly but I hate doing it in front of people, so sometimes I just leave it.\"",
               "\"I play for Kestrelby Rangers under-16s on Sundays. I'm a centre back.\"",
               "\"Exams make my chest go tight and I can't think. Assessment week was bad.\"",
               "\"I want to do an apprenticeship at a garage. One day I want my own garage.\""]),
        ("h", "What Callum's family say"),
        ("p", "Dawn says: \"Callum is a practical lad, he can take anything apart and put it back together. "
              "School has always been hard for him because of the reading. He hides how worried he gets, "
              "and he hides his hypos too, which frightens me. He has come on since he got the laptop. I "
              "want him to get his maths and English so he can get on an apprenticeship. He's set on being "
              "a mechanic.\""),
        ("h", "What school says about Callum"),
        ("p", "Callum is polite, reliable and has a dry sense of humour. He is a natural problem solver in "
              "engineering, where he often helps other students set up the machines. He was chosen as a "
              "sports leader and helped to run the Year 7 football tournament. Staff say he works "
              "hard when he can see the point of a task and when he is not asked to read in front of others."),
        ("h", "Callum's aspirations"),
        ("b", ["To get a motor vehicle apprenticeship when he leaves school.",
               "To run his own garage one day.",
               "To learn to drive when he is 17.",
               "To keep playing football."]),
    ]
    B = [
        ("h", "Cognition and learning"),
        ("p", "Callum has a specific learning difficulty (dyslexia). He was assessed by the Learning Support "
              "Service specialist teacher in October 2023 and re-tested by the school in March 2025. His "
              "reading accuracy and spelling are well below the average for his age (reading age 9 years 8 "
              "months in March 2025). His reading comprehension is better than his accuracy, because he "
              "uses the context to work out meaning. His processing speed is below average, so he takes "
              "longer to copy from the board and to write answers under time pressure."),
        ("p", "Callum's verbal reasoning is in the average range. He explains ideas well out loud, especially "
              "in practical subjects. His teachers in engineering and design technology say he is one of the "
              "most able in the group. His written work does not show what he knows: handwritten answers are "
              "short and hard to read. When he uses a laptop with speech-to-text he produces two to three "
              "times as much."),
        ("p", "In maths Callum is on track for a grade 4. He is confident with number and measures but finds "
              "worded problems hard because of the reading load."),
        ("h", "Social, emotional and mental health"),
        ("p", "Callum gets on well with staff and has a settled group of friends, mostly from football. He "
              "becomes very anxious when he has to read aloud or sit formal tests. In the Year 8 assessment week "
              "(February 2025) he walked out of two papers. He sometimes avoids lessons with a lot of reading: "
              "his attendance in 2024-25 so far is 91%. When anxious he goes quiet and may put his head down or ask to leave."),
        ("h", "Progress reported at the March 2025 review"),
        ("p", "Callum's reading age rose from 9 years 2 months (March 2024) to 9 years 8 months (March "
              "2025). His spelling has improved less. He now uses the reader pen without being reminded in "
              "science and engineering, but not yet in English, where he says he feels 'watched'. The laptop "
              "was only available in about half of his lessons in the spring term because of charging and "
              "booking problems; when he had it, his written answers were longer and clearer. He met the "
              "previous outcome about attending all of his engineering sessions. He did not meet the outcome "
              "about sitting all of his mock exams."),
        ("p", "Callum will choose his GCSE options in Year 9. He wants to take engineering and sport "
              "science. He is working towards a grade 4 in maths and a grade 3 in English language."),
        ("h", "Communication and interaction"),
        ("p", "No needs in this area. Callum communicates well with adults and peers."),
        ("h", "Sensory and physical"),
        ("p", "No sensory or physical needs. See Section C for diabetes."),
    ]
    C = [
        ("p", "Callum has type 1 diabetes, diagnosed in 2020. He uses an insulin pump and a continuous glucose "
              "monitor (CGM), a small sensor on his arm that sends his blood sugar reading to his phone. He "
              "is under the Paediatric Diabetes Team at Kestrelby General Hospital (specialist nurse: Carly "
              "Moss). His HbA1c, which shows his average blood sugar over three months, was 62 mmol/mol in "
              "February 2025; the target is 48 or below."),
        ("p", "At school Callum has 2 to 3 low blood sugars ('hypos') a week, often after PE or at the end of "
              "the morning. Treating a hypo and waiting for his levels to recover can take 20 minutes out of "
              "a lesson. He sometimes ignores his phone alarm because he does not want to be seen treating a "
              "hypo. High blood sugar makes him tired and affects his concentration. He has an Individual "
              "Healthcare Plan, which is held by the school."),
        ("p", "Callum's mother reports that his diabetes control was better in the summer holidays and "
              "worsened when he returned to school, which the diabetes team link to missed lunch-time checks "
              "and stress before tests."),
        ("p", "In January 2025 Callum was seen by the school's Mental Health Support Team (MHST). They found "
              "mild to moderate anxiety linked to exams and reading in front of others, and offered a short "
              "course of guided self-help."),
    ]
    D = [
        ("p", "Callum is not known to children's social care. No social care needs have been identified. The "
              "family have not requested an assessment."),
    ]
    E = [
        ("p", "The outcomes below were set at the May 2025 amendment. Section E should be read together with "
              "Section F."),
        ("t", [["Outcome", "Steps towards the outcome", "By when", "Provision"],
               ["1. Callum will read texts used in Year 10 and 11 (exam papers, workshop manuals) with a reading "
                "age of at least 12 years 6 months, so that he can follow technical instructions at college.",
                "Reading age 11 years at the October 2026 test. Uses the reader pen in every lesson.",
                "July 2027", "F1, F2"],
               ["2. Callum will write answers of at least 300 words using speech-to-text in English, history "
                "and science assessments.",
                "Completes dictation training. Uses the laptop in all lessons with written tasks.",
                "Easter 2027", "F3"],
               ["3. Callum will feel more confident in exams and manage his anxiety.",
                "Work with the ELSA. Practise in the exam hall.", "Ongoing", "F5, F6"],
               ["4. Callum will manage his blood glucose in school himself - checking his CGM, counting "
                "carbohydrates at lunch and treating a hypo without being asked - with staff stepping in only "
                "if his alarm sounds twice.",
                "Carb counts his lunch with a weekly check by the first aider. Keeps hypo kit in his bag.",
                "July 2027", "G1, G2"],
               ["5. Callum will complete a week of work experience at a garage and find out the entry "
                "requirements for a Level 2 Motor Vehicle apprenticeship.",
                "Careers interview by January 2027. Applies for a placement by March 2027.",
                "June 2027", "F7"]]),
        ("h", "Preparing for adulthood"),
        ("p", "Callum's long-term aim is an apprenticeship in motor vehicle maintenance (see outcome 5)."),
    ]
    F = [
        ("t", [["Provision", "Staff", "Frequency / duration", "Outcome"],
               ["Structured multi-sensory literacy programme (reading accuracy, spelling, morphology)",
                "Specialist teacher (Learning Support Service, AMBDA) plans and teaches; trained TA delivers",
                "Specialist teacher 1 x 45 mins per fortnight; TA 3 x 30 mins per week, 1:1", "1"],
               ["Reader pen for reading in lessons and in exams", "School provides; subject teachers",
                "Every lesson", "1"],
               ["Laptop with speech-to-text for written work; dictation and touch-typing training",
                "SENCo arranges; TA delivers training", "Laptop every lesson; training 2 x 20 mins per week "
                "for 10 weeks (autumn term 2025)", "2"],
               ["Exam access arrangements: 25% extra time, reader or reader pen, separate room",
                "SENCo and qualified access arrangements assessor", "All internal and external exams; "
                "assessment in Year 9 before GCSE courses start", "1, 2, 3"],
               ["Sessions with the ELSA to develop strategies for anxiety", "ELSA",
                "Regular sessions", "3"],
               ["Access to a quiet room and time-out card when anxious", "Pastoral team", "As needed", "3"],
               ["Careers guidance and work experience at a garage", "Level 6 qualified careers adviser; work-"
                "related learning co-ordinator", "2 x 45 min interviews in Year 10; 1-week placement June 2027",
                "5"],
               ["Check-ins with a key adult", "Head of Year 10", "Regular", "3"],
               ["Diabetes Individual Healthcare Plan shared with all teaching staff", "SENCo",
                "Every September and when the plan changes", "4"]]),
    ]
    G = [
        ("t", [["Health provision", "Provided by", "Frequency"],
               ["Diabetes training for named school staff (pump, CGM, treating hypos)",
                "Paediatric Diabetes Specialist Nurse", "2 hours every September, and 1 school visit a term"],
               ["Diabetes clinic (consultant, specialist nurse, dietitian)", "Kestrelby General Hospital",
                "4 times a year"],
               ["Review of the Individual Healthcare Plan", "School nurse with the PDSN", "Once a year"],
               ["Guided self-help for anxiety", "Mental Health Support Team",
                "6 weekly sessions of 45 mins (completed March 2025); further sessions if needed"]]),
    ]
    H1 = [("p", "No provision. Callum does not have social care needs (see Section D).")]
    H2 = [("p", "None.")]
    I = [("p", "Fairlands Academy, Orchard Way, Kestrelby KB3 1TE. Mainstream academy, ages 11-18.")]
    J = [("p", "No personal budget has been requested.")]
    K = [
        ("t", [["Advice", "Author", "Date"],
               ["Parental advice", "Dawn Reaney", "02/05/2025"],
               ["Young person's views ('My Review')", "Callum Reaney", "05/03/2025"],
               ["Annual review report", "Mrs J. Ashworth, SENCo, Fairlands Academy", "26/03/2025"],
               ["Specialist teacher assessment", "Learning Support Service", "17/10/2023"],
               ["Educational psychology advice", "Dr M. Okwu, Educational Psychologist", "14/02/2018"],
               ["Diabetes team letter", "Carly Moss, Paediatric Diabetes Specialist Nurse", "20/02/2025"],
               ["MHST assessment summary", "Kestrelby MHST", "28/01/2025"],
               ["Social care", "Not requested - not known to children's social care", "-"]]),
    ]
    tail = [
        ("h", "Annual review record"),
        ("kv", [("Date of review", "18/03/2026 (Year 9)"),
                ("Present", "Callum, Dawn Reaney, Mrs J. Ashworth (SENCo), Mr P. Greer (Head of Year 9)"),
                ("Recommendations", "Update exam arrangements; add preparing for adulthood outcomes; consider "
                 "further MHST sessions"),
                ("Local authority decision", "Maintain the plan without amendment (letter 09/04/2026)")]),
        ("h", "Signed on behalf of Kestrelby Borough Council"),
        ("kv", [("Name", "Nadia Farrant"), ("Position", "SEN Officer"), ("Date", "22/05/2025")]),
        ("h", "Your rights"),
        ("p", "If you disagree with this plan you can contact the SEN team, ask for mediation or appeal to the "
              "First-tier Tribunal (SEND). Kestrelby SENDIASS can give you free, impartial advice."),
        ("p", "You can ask for the plan to be reviewed early if Callum's needs change. From the age of 16 "
              "Callum will be able to make decisions about his plan for himself, including asking for a "
              "review or appealing to the Tribunal, and the council will write to him directly as well as "
              "to his parents."),
        ("h", "Personal budgets"),
        ("p", "A personal budget is an amount of money identified by the council to deliver some of the "
              "provision in the plan. You can ask for one at the next review. Direct payments for special "
              "educational provision need the agreement of the school."),
        ("h", "Distribution"),
        ("b", ["Dawn Reaney and Lee Sandford", "Callum Reaney", "SENCo, Fairlands Academy",
               "Paediatric Diabetes Team, Kestrelby General Hospital", "Kestrelby Learning Support Service",
               "File"]),
    ]
    plan = {
        "title": "EDUCATION, HEALTH AND CARE PLAN",
        "subtitle": "Callum Reaney",
        "docx_header": "OFFICIAL - SENSITIVE",
        "docx_footer_text": "Kestrelby BC EHCP v3 Callum Reaney",
        "shade": "1F4E79",
        "cover": cover,
        "sections": [
            ("A", "Section A – Views, interests and aspirations of Callum and his family", A),
            ("B", "Section B – Special educational needs", B),
            ("C", "Section C – Health needs related to SEN", C),
            ("D", "Section D – Social care needs related to SEN or disability", D),
            ("E", "Section E – Outcomes", E),
            ("F", "Section F – Special educational provision", F),
            ("G", "Section G – Health provision", G),
            ("H1", "Section H1 – Social care provision (CSDPA 1970 s2)", H1),
            ("H2", "Section H2 – Other social care provision", H2),
            ("I", "Section I – Placement", I),
            ("J", "Section J – Personal budget", J),
            ("K", "Section K – Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_02_callum_reaney.docx", "format": "docx", "child_name": "Callum Reaney",
            "date_of_birth": "2011-10-04", "issued": "2018-07-06", "last_review": "2026-03-18",
            "last_amended": "2025-05-22", "next_review": "2027-03-17", "nhs_number": n, "upn": u}
    labels = {"holistic": 3, "outcomes_specific": 3, "child_voice": 3, "pfa": 2, "review_currency": 3,
              "provision_specific": 3, "golden_thread": 3, "readability": 3}
    return ("docx_sectiontables", plan, meta, labels)


# --------------------------------------------------------------------------------------------
# 03  Maisie Thorncroft - Saltmarsh & Penley Borough Council - nursery - Word, letter-column tables
# --------------------------------------------------------------------------------------------
def p03():
    n = nhs("999281905")
    cover = [
        ("p", "Saltmarsh & Penley Borough Council - Education, Health and Care Plan (Early Years)"),
        ("kv", [("Child's full name", "Maisie Grace Thorncroft"),
                ("D.O.B.", "17.01.2023"),
                ("Address", "3 Ferry Cottages, Penley Staithe, SP9 2DW"),
                ("Parents", "Hannah Thorncroft and Sam Thorncroft"),
                ("Brother", "Alfie (7)"),
                ("NHS no.", spaced(n)),
                ("Early years setting", "Little Harbour Day Nursery, 25 hours a week (Monday to Friday mornings "
                 "and two afternoons)"),
                ("Date plan issued", "14.05.2026 (first EHC plan)"),
                ("First review", "Early years review due by 13.11.2026 - meeting booked for 10.11.2026"),
                ("EHC Co-ordinator", "Priya Sandhu, 01632 960 517")]),
        ("p", "Saltmarsh & Penley reviews plans for children under five every six months, so that the plan "
              "keeps up with how quickly young children change."),
    ]
    A = [
        ("h", "How we found out what Maisie thinks"),
        ("p", "Maisie is three. She uses about 50 spoken words, about 80 British Sign Language (BSL) signs, "
              "pointing and lots of expression. Over two weeks in March 2026 her key person at nursery, "
              "Jess, and her mum and dad watched what Maisie chose to do, took photos, and made a 'Maisie's "
              "favourite things' board with her. Maisie stuck on the photos herself and signed or said what "
              "each one was. The words below are what Maisie told us in this way. Hannah and Sam checked them."),
        ("h", "What Maisie would tell you"),
        ("b", ["\"I love the sandpit and the water tray. I love bubbles - I sign MORE!\"",
               "\"Alfie is my best. I copy everything Alfie does.\"",
               "\"I like the ducks at the staithe and the big boats.\"",
               "\"Look at me when you talk. If I can see your face I can understand you.\"",
               "\"When my processors come off, everything is quiet. I want my mummy to sign to me.\"",
               "\"I get cross when the big children run away and I fall over.\"",
               "\"I like singing time. I do the actions.\""]),
        ("h", "What Hannah and Sam say"),
        ("p", "\"We found out Maisie was deaf when she was two weeks old. It was a shock, but she has taught us "
              "so much. Her implants have given her sound, and we also want her to have sign language so "
              "that she is never cut off - at bath time, at night or in the swimming pool. We want her to be "
              "able to chat and argue with Alfie like any little sister. We would love her to go to Penley "
              "Primary with the children she knows from nursery. We worry about her balance and about her "
              "safety near the water, because we live right by the river. We worry that she will be left out "
              "when the other children run off. Most of all we want her to be confident and to know that "
              "being deaf is part of who she is, not something wrong with her.\""),
        ("h", "What matters most to Maisie and her family"),
        ("t", [["What matters", "Where it is in the plan"],
               ["Talking and signing with her family, especially Alfie", "Outcomes 1, 2 and 6"],
               ["Joining in play with other children", "Outcomes 3 and 4"],
               ["Going to Penley Primary with her friends", "Outcomes 1, 2, 5; Section I (next stage)"],
               ["Being safe near water and when her processors are off", "Outcome 6; Sections D and H2"],
               ["Riding a balance bike like Alfie did", "Outcome 4; Section G (physiotherapy)"]]),
        ("h", "How this plan was agreed"),
        ("p", "A planning meeting was held at Little Harbour Day Nursery on 22.04.2026 with Hannah and Sam, "
              "Jess (key person), Mrs Ruth Oduya (Teacher of the Deaf), Amy Tranter (children's "
              "physiotherapist) and Priya Sandhu (EHC Co-ordinator). The draft plan was sent to the family on "
              "24.04.2026. Hannah and Sam asked for signing to be named in the plan and for the safety section "
              "to be added; both changes were made. Hannah and Sam signed the plan on 11.05.2026."),
    ]
    B = [
        ("h", "Hearing, listening and communication"),
        ("p", "Maisie has profound deafness in both ears. She has had cochlear implants in both ears since she "
              "was 11 months old. With her implants working she can hear all the sounds of speech in a quiet "
              "room. Background noise makes listening much harder for her. The Teacher of the Deaf (ToD) "
              "assessment in March 2026 found that Maisie understands about 150 words and simple questions, "
              "and uses about 50 spoken words and 80 signs. She is starting to put two words or signs "
              "together ('more juice', 'Alfie gone'). Her language is about 12 months behind that of hearing "
              "children of her age, which is expected given when she started to hear. Her LSL progress is "
              "good."),
        ("p", "Maisie understands best when the adult is close, facing her and at her level, and when signs "
              "and pictures are used with words. In the busy nursery room at lunch or tidy-up time she often "
              "misses what is said and follows the other children instead."),
        ("h", "Play and learning"),
        ("p", "Maisie is curious and keen to explore. She plays imaginatively, for example feeding and bathing "
              "a doll, and she can complete a six-piece puzzle. She concentrates for a long time on things "
              "she chooses, but in adult-led group times she loses attention after a minute or two, usually "
              "because she cannot follow what is being said."),
        ("h", "Feelings and getting on with others"),
        ("p", "Maisie is sociable and loves other children. She becomes frustrated when she is not understood "
              "or cannot keep up, and has 2 or 3 upsets a day at nursery, mostly at changes between "
              "activities. She settles quickly with a familiar adult and a cuddle."),
        ("h", "Physical development and self-care"),
        ("p", "The balance organs in Maisie's inner ears do not work properly. This is common in children with "
              "her kind of deafness. She walked at 26 months and still falls often, especially on grass, "
              "sand or in the dark. She cannot yet climb the nursery climbing frame safely or ride a balance "
              "bike. Her hand skills are good for her age. She wears nappies and is starting to show that she "
              "knows when she has a wet nappy."),
    ]
    C = [
        ("p", "Maisie's deafness was found by the newborn hearing screen. Tests showed bilateral profound "
              "sensorineural hearing loss caused by a change in the connexin 26 (GJB2) gene, which means the "
              "deafness is genetic and will not change. She had cochlear implants fitted in both ears on "
              "12.12.2023 at the Eastgate University Hospital Cochlear Implant Programme."),
        ("p", "Maisie cannot hear anything without her processors (the part worn on the outside of the head). "
              "They must be worn during all waking hours and checked every day. They come off for bath time, "
              "swimming and sleep, and often when she falls. The implants are 'mapped' (tuned) every three "
              "months. She has had two ear infections this year, which made her processors uncomfortable "
              "for several days."),
        ("p", "Maisie also has bilateral vestibular areflexia, found by the implant team's balance tests in "
              "2024. This is the cause of her late walking and frequent falls. The children's physiotherapist "
              "assessed her in March 2026 and found weak core strength and poor balance on uneven ground."),
        ("p", "Her eyesight was checked in January 2026 and is normal. This is important because deaf children "
              "rely on their vision. She is otherwise healthy and is growing well."),
    ]
    D = [
        ("p", "An Early Help assessment was completed with the family in February 2026 by Lauren Briggs, Family "
              "Support Worker. The family are loving and organised and manage Maisie's care very well."),
        ("b", ["Maisie needs closer supervision than other three-year-olds near roads and water, because of "
               "her balance and because she cannot hear warnings when her processors are off. The family "
               "home is next to the river.",
               "At bath time, at night and when swimming, the family can only communicate with her through "
               "signing and touch. Hannah and Sam are learning BSL but have no formal course yet.",
               "Sam works away two nights a week, so Hannah often manages bath and bedtime alone with two children.",
               "Alfie wants to learn to sign so that he can talk to his sister."]),
        ("p", "The family do not want a social work assessment at present. Maisie is not known to the "
              "Children with Disabilities Team."),
    ]
    E = [
        ("p", "These outcomes are for the time when Maisie starts school in September 2027, unless another "
              "date is given. They will be checked at each six-monthly review."),
        ("n", ["1. By September 2027 Maisie will follow simple two-part spoken instructions, such as 'get your "
               "coat and find Alfie', in a quiet room without signs, 4 times out of 5. (Step: one-part "
               "instructions in a small group by January 2027.)",
               "2. By September 2027 Maisie will use at least 200 words or signs and will join three words or "
               "signs together to ask for what she wants. (Step: 100 words and 2-word phrases by January 2027.)",
               "3. Maisie will enjoy playing alongside and with other children at nursery.",
               "4. By July 2027 Maisie will walk across uneven ground (the nursery garden and the beach) without "
               "falling and will ride her balance bike along the staithe path for 20 metres. (Step: walks the "
               "garden path with one hand held by December 2026.)",
               "5. By September 2027 Maisie will tell an adult, using a word or sign, when she needs the "
               "toilet, on most occasions.",
               "6. By April 2027 Maisie will share a bedtime story with her family using signs when her "
               "processors are off, understanding and using 20 bedtime signs.",
               "7. Maisie will keep her processors on throughout the nursery session."]),
    ]
    F = [
        ("b", ["Teacher of the Deaf from the Saltmarsh Sensory Support Service to visit regularly to monitor "
               "Maisie's progress and advise staff.",
               "1:1 support from a nursery practitioner with BSL Level 2 for 15 hours a week, including all "
               "group times, lunch and outdoor play.",
               "Key person to check both processors at the start of each session (5 minutes) and record any "
               "problems in the home-nursery book.",
               "Maisie will have access to a quiet area for listening activities.",
               "Adult support as needed during group times and transitions.",
               "Radio aid to be used when appropriate.",
               "Speech and language programme from the speech and language therapist to be delivered by "
               "nursery staff.",
               "All room staff to use BSL signs alongside speech.",
               "Staff working with Maisie to have deaf awareness training."]),
    ]
    G = [
        ("t", [["Health provision", "Who", "How often"],
               ["Implant mapping (tuning) and checks", "Eastgate University Hospital Cochlear Implant "
                "Programme", "Every 3 months at the hospital"],
               ["Listening and spoken language therapy at home or nursery; advice to family and key person",
                "Implant team habilitation therapist", "1 visit of 1 hour a month"],
               ["Balance and core strength programme", "Children's physiotherapist (Saltmarsh Community "
                "Children's Services)", "6 weekly sessions of 45 minutes at nursery from September 2026, "
                "then a home and nursery programme; review after 3 months"],
               ["Genetic counselling for the family", "Clinical genetics, Eastgate University Hospital",
                "One appointment (12.01.2027)"],
               ["Ear infections treated promptly", "GP; family have a direct line to the implant team",
                "When needed"]]),
    ]
    H1 = [
        ("p", "Maisie does not need services under section 2 of the Chronically Sick and Disabled Persons Act "
              "1970 at present. Hannah and Sam have been given information about short breaks in the Local "
              "Offer and can ask for an assessment at any time."),
    ]
    H2 = [
        ("t", [["Provision", "Who", "How often"],
               ["BSL Level 1 family course for Hannah, Sam and Alfie", "Family Sign (funded by Early Help)",
                "10 weekly evening sessions of 2 hours, from 15.09.2026"],
               ["Home safety visits: bath and water safety, night-time routines", "Lauren Briggs, Family "
                "Support Worker", "4 home visits of 1 hour, June to September 2026"]]),
    ]
    I = [
        ("p", "Little Harbour Day Nursery, Quay Street, Penley SP9 1AB (private, voluntary and independent "
              "early years setting). The next placement will be named in an amended plan by 15.02.2027, "
              "before Maisie starts Reception in September 2027."),
    ]
    J = [
        ("p", "No personal budget has been requested. The family have been told how a personal budget could "
              "be used, for example to pay for signing support, and can ask at the next review."),
    ]
    K = [
        ("t", [["Advice", "From", "Date"],
               ["Parents' views and 'Maisie's favourite things' board", "Hannah and Sam Thorncroft; Jess "
                "(key person)", "27.03.2026"],
               ["Teacher of the Deaf advice", "Mrs R. Oduya, Saltmarsh Sensory Support Service", "18.03.2026"],
               ["Educational psychology advice", "Dr K. Lyle, Educational Psychologist", "02.03.2026"],
               ["Cochlear implant team report", "Eastgate University Hospital CI Programme", "09.02.2026"],
               ["Physiotherapy advice", "Amy Tranter, Children's Physiotherapist", "11.03.2026"],
               ["Speech and language therapy advice", "Owen Pike, Speech and Language Therapist", "16.03.2026"],
               ["Early Help assessment", "Lauren Briggs, Family Support Worker", "20.02.2026"],
               ["Early years setting report", "Little Harbour Day Nursery", "25.02.2026"]]),
    ]
    tail = [
        ("h", "Signatures"),
        ("kv", [("Parents", "Hannah Thorncroft and Sam Thorncroft - signed 11.05.2026"),
                ("For the local authority", "Priya Sandhu, EHC Co-ordinator - 14.05.2026")]),
        ("p", "If you are not happy with this plan, please talk to Priya first. You can also contact Saltmarsh "
              "& Penley SENDIASS for free, independent advice, ask for mediation, or appeal to the SEND "
              "Tribunal about Sections B, F and I."),
    ]
    plan = {
        "title": "Education, Health and Care Plan",
        "subtitle": "Maisie Grace Thorncroft",
        "docx_header": "OFFICIAL-SENSITIVE   Saltmarsh & Penley Borough Council",
        "cover": cover,
        "sections": [
            ("A", "Maisie and her family: views, interests and aspirations", A),
            ("B", "Special educational needs", B),
            ("C", "Health needs", C),
            ("D", "Social care needs", D),
            ("E", "Outcomes", E),
            ("F", "Special educational provision", F),
            ("G", "Health provision", G),
            ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", H1),
            ("H2", "Other social care provision", H2),
            ("I", "Placement", I),
            ("J", "Personal budget", J),
            ("K", "Advice and information", K),
        ],
        "tail": tail,
    }
    meta = {"file": "b4_03_maisie_thorncroft.docx", "format": "docx", "child_name": "Maisie Grace Thorncroft",
            "date_of_birth": "2023-01-17", "issued": "2026-05-14", "last_review": "", "last_amended": "",
            "next_review": "2026-11-13", "nhs_number": n, "upn": ""}
    labels = {"holistic": 4, "outcomes_specific": 3, "child_voice": 4, "pfa": "NA", "review_currency": 4,
              "provision_specific": 2, "golden_thread": 3, "readability": 3}
    return ("docx_lettertable", plan, meta, labels)
