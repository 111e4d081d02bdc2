"""Plans fin06-fin10 (text + true facts + expert grades)."""
from common import P, H, S, UL, T, KV, SEC, TITLE, NOTE, PB, ASHBY_ABOUT, ASHBY_RIGHTS

PLANS = []

# --------------------------------------------------------------------------- fin06
# Dunmarsh CC draft plan for a nursery child. No issue date; draft date only.
PLANS.append(dict(
    stem="fin06_freddie_ashworth", format="docx", council="Dunmarsh County Council",
    header="DRAFT - for consultation | Dunmarsh County Council | Education, Health and Care Plan",
    facts=dict(child_name="Freddie Ashworth", date_of_birth="2023-03-12", year_group=-1,
               issued="", last_review="", last_amended="", next_review="",
               nhs_number="9996402711", upn="",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=4, outcomes_specific=3, child_voice=3, pfa="NA", review_currency=4,
                provision_specific=2, golden_thread=3, readability=4),
    body=[
        TITLE("DRAFT - for consultation"),
        P("Dunmarsh County Council – Education, Health and Care Plan (draft under section 38 "
          "of the Children and Families Act 2014)"),
        P("This is a draft plan. It does not name a setting in section I. Please tell us within "
          "15 days whether you agree with it, which setting you would like us to name and "
          "whether you would like a personal budget. You can ask to meet us to discuss it."),
        T([["Personal details", ""],
           ["Full name", "Freddie Thomas Ashworth"],
           ["Date of birth", "12th March 2023"],
           ["NHS No.", "999 640 2711"],
           ["Setting", "Little Acorns Pre-School, Dunmarsh (funded 2-year-old and then 3-year-"
            "old place, 15 hours a week)"],
           ["Lives with", "Mum (Sophie Ashworth), Dad (Ryan Ashworth) and brother Alfie (6)"],
           ["Date of draft", "28th September 2026"],
           ["Date plan issued", "To be confirmed when the plan is finalised"],
           ["Review", "The first review will be held within 6 months of the final plan"],
           ["Case officer", "Priya Nandra, SEND Case Officer (Early Years)"]], widths=[6, 10.5]),
        H("Section A - All about me"),
        NOTE("Freddie is three and does not yet use many words, so this section was written by "
             "his mum and dad, with what his key person, Jo, has seen at pre-school. We have "
             "written it as Freddie might tell it."),
        S("What people like and admire about me"),
        P("Everybody says I have the best smile and the best laugh. I give big cuddles. I am "
          "really determined – when I want something I will keep trying until I get it. Jo at "
          "pre-school says I am the best at tidy-up time because I love putting things in "
          "boxes. I am a brilliant copier and I love to join in with actions to songs."),
        S("What is important to me"),
        P("My big brother Alfie, who makes me laugh more than anyone. Bath time with bubbles. "
          "Music – especially 'Wind the Bobbin Up' and anything by Mr Tumble. My blue blanket "
          "at nap time. The swings at Riverside Park. Being with people I know."),
        S("How I communicate"),
        P("I use about 20 signs from Makaton (like 'more', 'finished', 'drink', 'biscuit' and "
          "'Alfie') and about 10 words that my family understand. I point and take your hand to "
          "show you what I want. I understand more than I can say, especially when you show me "
          "a sign or a picture too."),
        S("How best to support me"),
        P("Get down to my level and say my name first. Use signs and pictures with your words. "
          "Give me time – I will get there. Show me what to do rather than just telling me. "
          "Keep things the same each day because I like to know what is coming. Keep an eye "
          "on me on the climbing frame because I am wobbly."),
        S("What my family say"),
        P("\"Freddie was born with Down syndrome and had heart surgery when he was four "
          "months old. He has come so far. We want him to be happy, to be included with other "
          "children and to be able to tell us what he wants and how he is feeling. We'd love "
          "him to go to Dunmarsh Church of England Primary with his brother in September 2027, "
          "with the right support. Our worries are his talking, his hearing because of his "
          "ears, and him getting ill a lot over the winter, which means he misses pre-school. "
          "We'd like help with toilet training, and ideas for sleep as he still wakes early.\" "
          "(Sophie and Ryan, 4th September 2026)"),
        S("How this plan was put together"),
        P("Priya Nandra met Sophie and Ryan at home on 4th September 2026 and watched Freddie "
          "play at pre-school on 10th September 2026. Advice was gathered from the people "
          "listed in section K. The family will be invited to a meeting to talk about this "
          "draft before it is finalised."),
        H("Section B - My special educational needs"),
        S("Communication and interaction"),
        P("Freddie's speech and language therapist (Emma Cole, August 2026) found that his "
          "understanding of language is at around the level expected at 20-24 months and his "
          "spoken language at around 15-18 months. He uses signs more than words. He can "
          "follow a simple instruction in a familiar routine ('get your coat') but not a new "
          "instruction without a sign or gesture. He enjoys being with other children but does "
          "not yet play alongside them for long or take turns."),
        S("Cognition and learning"),
        P("Freddie's development is delayed across all areas, in line with what is expected for "
          "many children with Down syndrome. He can complete a four-piece inset puzzle, match "
          "objects to pictures, and is starting to sort by colour. He learns best by watching "
          "and copying, with lots of repetition, and finds it harder to learn by listening. "
          "He can attend to an adult-led activity he enjoys for about three minutes."),
        S("Physical development"),
        P("Freddie has low muscle tone (hypotonia), which means his muscles are softer and he "
          "tires more quickly. He walked at 26 months and is still unsteady on uneven ground "
          "and steps. He cannot yet jump with two feet together. He finds it hard to hold a "
          "crayon or spoon and prefers to use his fingers to feed himself."),
        P("Freddie's physiotherapist has given pre-school a programme of activities to "
          "strengthen his trunk and legs, such as climbing onto a low bench, kneeling to play "
          "at a low table and walking on different surfaces. He enjoys these when they are "
          "part of a game with music."),
        S("Personal, social and emotional development"),
        P("Freddie is affectionate and sociable with adults he knows. He can become upset when "
          "routines change and may drop to the floor. He settles with his blanket and a "
          "familiar song. He is not yet toilet trained and shows no signs of being aware when "
          "he has a wet or soiled nappy."),
        S("What the educational psychologist found"),
        P("Dr Blythe watched Freddie at pre-school and at home. She found that Freddie is a "
          "sociable, visual learner who learns well from watching other children. He is most "
          "engaged when activities involve music, movement and real objects. She advised short, "
          "frequent adult-led activities of two to three minutes, lots of repetition, the same "
          "signs and words used by everyone, and praise straight away. She also advised "
          "planning for his start at school early, with visits in the summer term, because "
          "Freddie finds new places and people hard at first."),
        H("Section C - My health needs"),
        UL("Down syndrome (trisomy 21), diagnosed at birth. Freddie is seen every 6 months by "
           "Dr Anil Mehta, Consultant Community Paediatrician, Dunmarsh Child Development "
           "Centre.",
           "Heart: Freddie had surgery for an atrioventricular septal defect (a hole in the "
           "heart) in July 2023. He is seen once a year by the children's cardiology clinic. "
           "He has no restrictions on activity.",
           "Hearing and ears: Freddie has glue ear (fluid behind the eardrum) in both ears "
           "and a mild hearing loss. He had grommets (small tubes) fitted in May 2026 and "
           "will be reviewed by the audiology service every 3 months.",
           "Thyroid: Freddie has a blood test every year to check his thyroid, as is "
           "recommended for all children with Down syndrome.",
           "Chest infections: Freddie has had four chest infections in the past year, each "
           "leading to a week or more off pre-school.",
           "Sleep: Freddie wakes at about 4.30am most days. He has been referred for a sleep "
           "study to check for sleep apnoea (pauses in breathing during sleep)."),
        H("Section D - My social care needs"),
        P("Freddie's family care for him well. Because Freddie needs much more care than other "
          "children his age, especially at night and with toileting, his parents may find "
          "caring tiring as he gets older. Dunmarsh Short Breaks information has been shared "
          "and the family know how to ask for a social care assessment. They do not want one "
          "at present. Freddie does not have any assessed social care needs."),
        H("Section E - My outcomes"),
        P("These outcomes are for the end of Freddie's time at pre-school (July 2027), "
          "when he is expected to start Reception."),
        T([["No.", "What we want for Freddie", "Steps (checked at each 6-month review)"],
           ["1", "By July 2027 Freddie will use at least 50 signs or words to ask for things, "
            "say no, and comment, and will join two signs or words together (such as 'more "
            "drink') at least five times a day at pre-school.",
            "30 signs/words by March 2027; joins two words by July 2027."],
           ["2", "By July 2027 Freddie will take turns with one other child in a simple game "
            "(rolling a ball, a posting game) for 3 turns each with an adult's help.",
            "Turn-taking with an adult by March 2027."],
           ["3", "By July 2027 Freddie will follow his visual timetable for the pre-school "
            "session and move between activities without becoming distressed on most days.",
            "Uses 'now and next' by March 2027."],
           ["4", "Freddie will develop his physical skills so he can move around safely.",
            "Walks up and down steps holding a rail."],
           ["5", "By July 2027 Freddie will sit on the toilet at the planned times each "
            "session and will let an adult know, by sign or gesture, when his nappy is wet on "
            "some occasions.", "Sitting on the toilet by March 2027."],
           ["6", "By July 2027 Freddie will feed himself using a spoon for most of his lunch.",
            "Uses spoon for yoghurt by March 2027."],
           ["7", "Freddie's family will have ideas to help him sleep and will know whether "
            "he has sleep apnoea by March 2027.", "Sleep study; sleep advice session."]],
          widths=[1.2, 9, 6.3]),
        H("Section F - Special educational provision"),
        T([["Provision", "Who", "How much"],
           ["Speech and language therapy programme (signing, two-word phrases, turn-taking)",
            "Set by the speech and language therapist and carried out by pre-school staff",
            "Therapist visits pre-school once a term; staff follow the programme regularly"],
           ["Makaton signing used by all adults in the room, with a signing champion",
            "Pre-school staff trained in Makaton Level 1 and 2", "Every session"],
           ["Small group sessions for turn-taking and play skills",
            "Key person", "To be determined by the setting"],
           ["Visual timetable, 'now and next' board and objects of reference",
            "Key person", "Every session"],
           ["Physical development programme (balance, steps, hand strength)",
            "Set by physiotherapist; delivered by pre-school staff", "As advised by the "
            "physiotherapist"],
           ["Additional adult support", "Early years practitioner", "Up to 15 hours per "
            "week, depending on Freddie's needs"],
           ["Toilet training plan agreed with parents", "Key person", "Planned toilet times "
            "each session"],
           ["Early Years SEND Advisory Teacher visits to advise staff",
            "Dunmarsh Early Years SEND team", "Access to advice as required"],
           ["Transition planning for Reception", "SENCo with school and family", "From "
            "January 2027"]], widths=[6.5, 5, 5]),
        H("Section G - Health provision"),
        T([["Provision", "Who", "How much"],
           ["Paediatric review", "Dr Anil Mehta, Consultant Community Paediatrician",
            "Every 6 months"],
           ["Cardiology review", "Children's cardiology clinic", "Once a year"],
           ["Audiology and ENT follow-up after grommets", "Paediatric audiology",
            "Every 3 months"],
           ["Thyroid blood test", "Paediatrician", "Once a year"],
           ["Sleep study for possible sleep apnoea", "Children's respiratory team", "By "
            "December 2026"],
           ["Direct speech and language therapy", "Emma Cole, Speech and Language Therapist",
            "Block of 6 sessions in the spring term 2027"],
           ["Physiotherapy assessment and programme", "Children's physiotherapist",
            "Review once a term"]], widths=[6.5, 5, 5]),
        H("Section H1 - Social care provision (CSDPA 1970 s.2)"),
        P("None at present. Freddie's family have been given information about Dunmarsh Short "
          "Breaks and can ask for an assessment at any time."),
        H("Section H2 - Other social care provision"),
        P("None."),
        H("Section I - Placement"),
        P("This section is left blank in a draft plan. Freddie's parents have asked for Little "
          "Acorns Pre-School to be named until July 2027, and Dunmarsh Church of England "
          "Primary School from September 2027."),
        H("Section J - Personal budget"),
        P("To be discussed with the family when the draft is agreed. A personal budget is an "
          "amount of money identified by the council to deliver some of the provision in this "
          "plan, which parents can choose to manage themselves as a direct payment. Freddie's "
          "parents have been sent the Dunmarsh personal budget leaflet and can contact Priya "
          "Nandra to talk about it."),
        H("Section K - Advice and information"),
        UL("Parents' views – Sophie and Ryan Ashworth – 4th September 2026",
           "Early years setting advice – Jo Barnes, key person, and Linda Cho, SENCo, Little "
           "Acorns Pre-School – 12th September 2026",
           "Educational psychology advice – Dr Karen Blythe – 9th September 2026",
           "Speech and language therapy advice – Emma Cole – 28th August 2026",
           "Medical advice – Dr Anil Mehta, Consultant Community Paediatrician – 1st September "
           "2026",
           "Physiotherapy advice – Tom Nguyen, Children's Physiotherapist – 2nd September 2026",
           "Social care advice – Dunmarsh Children with Disabilities Team (no assessment "
           "requested) – 5th September 2026"),
        P("Draft prepared by Priya Nandra, SEND Case Officer, 28th September 2026."),
    ]))

# --------------------------------------------------------------------------- fin07
# Rivenhall Borough Council, amended after annual review with an Amendment notice table.
PLANS.append(dict(
    stem="fin07_zofia_nowak", format="docx", council="Rivenhall Borough Council",
    header="Rivenhall Borough Council – EHC Plan – Zofia Nowak – Amended Plan",
    facts=dict(child_name="Zofia Nowak", date_of_birth="2014-05-30", year_group=8,
               issued="2018-04-16", last_review="2026-07-02", last_amended="2026-08-14",
               next_review="2027-07-01", nhs_number="9997183452", upn="G358590218007",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=3, outcomes_specific=3, child_voice=3, pfa="NA", review_currency=4,
                provision_specific=3, golden_thread=3, readability=3),
    body=[
        TITLE("Education, Health and Care Plan (Amended)"),
        P("Rivenhall Borough Council – Special Educational Needs Assessment Team"),
        H("Amendment notice", 2),
        P("This plan was reviewed at an annual review meeting on 02/07/2026. Following the "
          "review, Rivenhall Borough Council issued a notice of proposed amendments on "
          "23/07/2026. Zofia's parents responded on 06/08/2026. The amended plan was finalised "
          "on 14/08/2026. The table below shows what has changed."),
        T([["Section", "Amendment", "Reason"],
           ["Cover", "School and year group updated to Rivenhall Park School, Year 8",
            "Zofia moves into Year 8 in September 2026"],
           ["A", "Zofia's and her parents' views updated", "Views gathered for the 2026 review"],
           ["B", "Physical needs updated following surgery (selective dorsal rhizotomy follow-"
            "up) and new mobility equipment", "Physiotherapy report 10/06/2026"],
           ["C", "Added: orthotics, and pain after long periods of sitting", "Paediatric "
            "and physiotherapy advice"],
           ["E", "Outcomes 1, 3 and 5 replaced; outcome 2 continued", "Outcomes 1, 3 and 5 "
            "achieved or no longer relevant"],
           ["F", "Touch-typing and laptop added; physiotherapy programme moved from G to F "
            "where delivered by school staff", "OT advice; to make clear who delivers"],
           ["G", "Hydrotherapy block added", "Physiotherapy advice"],
           ["H1", "Short breaks increased from 12 to 18 days a year", "Social care review "
            "15/05/2026"],
           ["K", "New advice listed", "—"]], widths=[2, 8, 6.5]),
        KV(("Name", "Zofia Nowak"), ("Date of birth", "30/05/2014"),
           ("NHS number", "999 718 3452"), ("UPN", "G358590218007"),
           ("School", "Rivenhall Park School (mainstream secondary), Year 8"),
           ("Parents", "Agnieszka and Piotr Nowak. Home language: Polish. Interpreter used "
            "at meetings."),
           ("Date first issued", "16/04/2018"), ("Annual review", "02/07/2026"),
           ("Date of this amended plan", "14/08/2026"),
           ("Next annual review", "by 01/07/2027"),
           ("Case officer", "Helen Ashdown")),
        H("Summary of the annual review meeting, 02/07/2026", 2),
        P("Present: Zofia (for the first half), Mr and Mrs Nowak, Ms Kowalczyk (Polish "
          "interpreter), Mrs Dyer (SENCo), Mrs Patel (teaching assistant), Sam Kerr "
          "(physiotherapist) and Craig Denton (social worker). Apologies: Dr Iqbal, who sent a "
          "written report."),
        P("Zofia has settled well into secondary school and her attendance was 95 percent in "
          "Year 7. She achieved her outcome of walking from the classroom to the dining hall "
          "with her walker, and she no longer needs an adult with her in the dining hall. Her "
          "reading is a real strength. Handwriting speed remains a barrier and the OT "
          "recommended touch-typing. The physiotherapist reported improved range of movement "
          "after the rhizotomy, but more pain and fatigue than expected, and recommended a "
          "block of hydrotherapy. The social worker reported that the family's short breaks "
          "have been increased following the May review. Everyone agreed that the plan should "
          "be amended."),
        T([["Previous outcome (2025)", "Progress"],
           ["Walk from classroom to dining hall with walker", "Achieved"],
           ["Move between lessons independently", "Partly achieved – continued as outcome 2"],
           ["Use a pencil grip and writing slope for all written work", "Achieved but writing "
            "still slow – replaced by touch-typing outcome"],
           ["Join a club at secondary school", "Joined drama club in spring term; stopped "
            "because of lift access to the drama studio – replaced by outcome 5"],
           ["Settle into Year 7 and know who to go to for help", "Achieved"]],
          widths=[9, 7.5]),
        H("Section A: Views, interests and aspirations"),
        S("Zofia's views"),
        P("Zofia filled in her 'My review' sheet with her teaching assistant in June 2026. She "
          "said: \"I like art, drama and science. My best thing is wheelchair basketball at "
          "the Rivenhall Flyers on Tuesdays. I like reading fantasy books and I have read all "
          "the Percy Jackson books. I want to be a vet or work with animals. I don't like it "
          "when people stare at me or when I have to wait for the lift and I'm late. I want "
          "to go on the school trip to the outdoor centre this year. I want to be able to "
          "type fast because my hand gets tired.\""),
        P("Zofia told her TA that she wants to do more things on her own, like going into "
          "town with her friends, and that she sometimes feels left out at break time because "
          "her friends go to the field."),
        S("Things that help me (from my one-page profile)"),
        UL("Ask me quietly if I need help – don't just do it for me.",
           "Let me leave lessons a few minutes early so I'm not late or squashed in the corridor.",
           "Give me printed copies of things on the board.",
           "Let me stand up and stretch when my legs get stiff.",
           "Remember that I get tired on Thursdays and Fridays."),
        S("Parents' views"),
        P("Mr and Mrs Nowak said (through an interpreter) that Zofia is a clever, sociable girl "
          "who works very hard. The operation in 2024 has helped her walking, but she still "
          "gets tired and has pain in her legs. They want Zofia to keep up with her "
          "physiotherapy and to be as independent as possible. They worry about the longer "
          "school day in secondary and about her getting around the large site. They want her "
          "to have good friends and to get good GCSEs."),
        H("Section B: Special educational needs"),
        S("Physical needs"),
        P("Zofia has cerebral palsy (spastic diplegia, GMFCS level III), which mainly affects "
          "her legs. She had a selective dorsal rhizotomy (an operation to reduce stiffness) "
          "in March 2024. She now walks short distances in school with a posterior walker and "
          "uses a self-propelled wheelchair for longer distances and outdoors. She needs help "
          "on stairs and uses the lift. She needs adult help to change for PE and for some "
          "personal care tasks, such as managing clothing in the toilet. Her fine motor skills "
          "are affected: her handwriting is slow (about 11 words per minute) and she tires "
          "after about 15 minutes of writing."),
        S("Cognition and learning"),
        P("Zofia is working at age-related expectations in most subjects and above in English "
          "reading. Her written output is limited by her handwriting speed. She has some "
          "difficulty with visual perception (for example copying diagrams, reading graphs and "
          "geometry) which affects maths and science."),
        S("Strengths"),
        P("Zofia is a determined, cheerful and articulate young person. She reads widely and "
          "writes imaginative stories when she can type them. She is a good listener and a loyal "
          "friend, and she is a valued member of her wheelchair basketball team. She is able "
          "to explain what help she needs when she is asked privately."),
        S("Progress in learning"),
        P("In Year 7 Zofia made good progress in English, where she was placed in the top "
          "set, and in science practical work when a partner handled equipment she found "
          "hard to manage. In maths she is working at the expected standard in number but "
          "below it in geometry and statistics because of her visual perception difficulties. "
          "Her teachers report that she is well organised, completes homework on time and "
          "asks good questions, but that she often leaves written tasks unfinished because "
          "of the time and effort handwriting takes her."),
        S("Social, emotional and mental health"),
        P("Zofia is confident with adults and has a small group of friends. She can feel "
          "isolated at unstructured times when she cannot join in with her friends' activities. "
          "She has said she feels embarrassed when adults help her in front of others."),
        H("Section C: Health needs"),
        UL("Cerebral palsy (spastic diplegia): under Dr Farah Iqbal, Consultant Paediatrician "
           "(neurodisability), reviewed every 6 months.",
           "Post-operative physiotherapy following selective dorsal rhizotomy: Rivenhall "
           "Children's Physiotherapy Service.",
           "Ankle-foot orthoses (splints) worn daily, reviewed by the orthotics clinic.",
           "Pain and stiffness in her legs after sitting for long periods or at the end of "
           "the day, affecting concentration in afternoon lessons.",
           "Fatigue: Zofia tires more quickly than other children because walking takes more "
           "energy."),
        H("Section D: Social care needs"),
        P("Zofia is supported by the Rivenhall Disabled Children's Service (social worker: "
          "Craig Denton). A social care review on 15/05/2026 found that Zofia needs support to "
          "take part in leisure activities with other young people, and that her parents need "
          "regular breaks from caring. The family home has been adapted with a ground floor "
          "bathroom (completed 2023). Zofia will need a moving and handling review as she "
          "grows. Zofia's parents have said that they would like more support as Zofia gets "
          "older and heavier, especially with bathing and getting in and out of the car, and "
          "this will be looked at in the moving and handling review."),
        H("Section E: Outcomes"),
        P("Outcomes are for the end of Key Stage 3 (July 2028) unless stated."),
        T([["No.", "Outcome", "Steps for 2026-27"],
           ["1 (new)", "By July 2028 Zofia will produce written work at the same length as her "
            "peers by touch-typing at 25 words per minute.",
            "15 wpm by December 2026; 20 wpm by July 2027."],
           ["2 (continued)", "By July 2028 Zofia will move around the school site "
            "independently between lessons, arriving within 5 minutes of the start of the "
            "lesson, using her walker and wheelchair as she chooses.", "Leaves lessons 3 "
            "minutes early with a friend; TA steps back by spring 2027."],
           ["3 (new)", "By July 2027 Zofia will change for PE and swimming with help for "
            "fastenings only, in a private space.", "Practise with TA weekly."],
           ["4", "Zofia will improve her understanding of graphs, diagrams and geometry in "
            "maths and science.", "Uses enlarged, uncluttered diagrams."],
           ["5 (new)", "By July 2027 Zofia will take part in at least one lunchtime club of "
            "her choice each week with her friends, and say she feels included at "
            "break time.", "Chooses club in September 2026."],
           ["6", "Zofia will be more independent in the community.", "Links to H1."]], widths=[2, 8.5, 6]),
        H("Section F: Special educational provision"),
        T([["Provision", "Who", "How much"],
           ["Teaching assistant support for movement around the site, PE, personal care and "
            "practical lessons", "Teaching assistant trained in moving and handling",
            "25 hours per week"],
           ["Touch-typing programme and laptop with word prediction software", "Teaching "
            "assistant; ICT support", "3 x 15 minutes per week; laptop in all lessons"],
           ["Daily physiotherapy stretching programme written by the physiotherapist",
            "Teaching assistant trained by the physiotherapist", "20 minutes each school day"],
           ["Adapted PE curriculum including boccia and wheelchair basketball",
            "PE teacher with advice from the physiotherapist", "Each PE lesson"],
           ["Modified resources: enlarged, uncluttered diagrams and graphs", "Subject "
            "teachers", "All maths and science lessons"],
           ["Lunchtime club support", "Learning mentor", "Regular support"],
           ["Exam access arrangements (25% extra time, rest breaks, word processor)",
            "SENCo and exams officer", "All assessments"],
           ["Rest breaks and a chance to change position", "Class teachers", "As needed"],
           ["Lift pass and leaving lessons early", "All staff", "Every day"]], widths=[7, 5, 4.5]),
        H("Section G: Health provision"),
        T([["Provision", "Who", "How much"],
           ["Physiotherapy review and updating of school programme", "Children's "
            "physiotherapist", "Once every half term in school"],
           ["Hydrotherapy", "Children's physiotherapist", "Block of 6 weekly sessions, "
            "spring term 2027"],
           ["Orthotics review", "Orthotics clinic", "Every 6 months"],
           ["Occupational therapy advice about seating and equipment", "Children's OT",
            "As required"],
           ["Paediatric neurodisability review", "Dr Farah Iqbal", "Every 6 months"]],
          widths=[7, 5, 4.5]),
        H("Section H1: Social care provision (CSDPA 1970, section 2)"),
        T([["Provision", "Who", "How much"],
           ["Short breaks at Rivenhall Youth Inclusion Project (activities with other young "
            "people)", "Commissioned short breaks provider", "18 days per year"],
           ["Community support worker for trips into town with a friend", "Personal "
            "assistant via direct payment", "4 hours per month"]], widths=[7, 5, 4.5]),
        H("Section H2: Other social care provision"),
        P("Moving and handling review at home by the Disabled Children's Service occupational "
          "therapist by March 2027."),
        H("Section I: Placement"),
        P("Rivenhall Park School (mainstream secondary academy)."),
        P("Home to school transport: Zofia is eligible for transport under the Rivenhall "
          "Home to School Travel Assistance Policy. She travels in a wheelchair-accessible taxi "
          "with a passenger assistant. This is not part of the plan but is recorded here for "
          "information."),
        H("Section J: Personal budget"),
        P("Direct payment of £1,120 per year for the community support worker in H1."),
        H("Section K: Advice and information"),
        T([["Advice", "Author", "Date"],
           ["Zofia's review sheet", "Zofia Nowak with her TA", "12/06/2026"],
           ["Parents' views", "Mr and Mrs Nowak", "20/06/2026"],
           ["Annual review report", "Mrs L. Dyer, SENCo", "02/07/2026"],
           ["Physiotherapy report", "Sam Kerr, Children's Physiotherapist", "10/06/2026"],
           ["Occupational therapy report", "Rivenhall Children's OT Service", "27/05/2026"],
           ["Paediatric letter", "Dr F. Iqbal", "18/04/2026"],
           ["Social care review", "Craig Denton, Social Worker", "15/05/2026"]],
          widths=[7, 6, 3.5]),
        H("About this plan"),
        P("This plan has been amended under section 44 of the Children and Families Act 2014 "
          "and regulation 22 of the SEND Regulations 2014 following Zofia's annual review. "
          "Rivenhall Borough Council must secure the special educational provision in section "
          "F. NHS Rivenhall and Wealdbridge Integrated Care Board must arrange the health "
          "provision in section G. If you disagree with sections B, F or I you can appeal to "
          "the First-tier Tribunal (SEND) after considering mediation. Rivenhall SENDIASS can "
          "give you free, impartial advice, and can arrange for information to be translated "
          "into Polish."),
        P("Signed: Helen Ashdown, SEN Case Officer, for Rivenhall Borough Council, 14/08/2026."),
    ]))

# --------------------------------------------------------------------------- fin08
# Severnbrook CC, plan with a contents table. Year 12 but still names the Year 10 school.
# Jargon-heavy, written by professionals, not reviewed since March 2024.
PLANS.append(dict(
    stem="fin08_reece_gallagher", format="docx", council="Severnbrook County Council",
    header="Severnbrook County Council – Education, Health and Care Plan – OFFICIAL SENSITIVE",
    facts=dict(child_name="Reece Gallagher", date_of_birth="2008-12-18", year_group=13,
               issued="2022-01-28", last_review="2024-03-15", last_amended="2023-04-20",
               next_review="2025-03-15", nhs_number="9998024161", upn="C845700319031",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=2, outcomes_specific=2, child_voice=1, pfa=2, review_currency=1,
                provision_specific=2, golden_thread=2, readability=1),
    body=[
        TITLE("SEVERNBROOK COUNTY COUNCIL – Education, Health and Care Plan"),
        KV(("Name", "Reece Gallagher"), ("DOB", "18.12.08"), ("NHS", "9998024161"),
           ("UPN", "C845700319031"), ("Setting", "Severnbrook High School – Y10 (KS4)"),
           ("Primary need", "ASC"), ("Secondary need", "SEMH"),
           ("Date of issue", "28.01.22"), ("Date last amended", "20.04.23"),
           ("Date of last AR", "15.03.24"),
           ("Next AR due", "15.03.25"), ("SEND Officer", "K. Whitmore")),
        H("Contents", 2),
        T([["Section", "Title", "Page"],
           ["A", "Views, interests and aspirations of the CYP and parents/carers", "2"],
           ["B", "Special educational needs (SEN)", "3"],
           ["C", "Health needs related to SEN", "5"],
           ["D", "Social care needs related to SEN", "5"],
           ["E", "Outcomes", "6"],
           ["F", "Special educational provision", "7"],
           ["G", "Health provision", "9"],
           ["H1", "Social care provision (s2 CSDPA 1970)", "9"],
           ["H2", "Other social care provision", "9"],
           ["I", "Placement", "10"],
           ["J", "Personal budget", "10"],
           ["K", "Advice and information", "10"]], widths=[2, 12, 2.5]),
        ("pagebreak",),
        H("Section A – Views, interests and aspirations of the CYP and parents/carers"),
        P("Reece is a 14-year-old male CYP with a dx of ASC and ADHD who attends Severnbrook "
          "High School in Y10. Reece did not engage with the person-centred review process "
          "and declined to complete the pupil voice pro-forma. Staff report that Reece has "
          "interests in gaming and computers. School staff report that Reece presents as "
          "anxious in unstructured times and has a preference for routine."),
        P("Parental views were obtained via telephone consultation with the SEND Officer. "
          "Parent reports concerns regarding EBSA and reduced attendance, and regarding "
          "Reece's presentation at home post-school (masking, dysregulation, meltdowns). Parent "
          "would like Reece to achieve GCSEs. Parent reports that CAMHS have been involved "
          "but that Reece has been discharged."),
        P("Aspirations: it is anticipated that Reece will progress to a post-16 FE placement "
          "in line with his aptitudes."),
        H("Section B – Special educational needs"),
        S("Communication and interaction"),
        P("Reece has a dx of ASC (ADOS-2 Module 4, CDC, 2019). Reece demonstrates a "
          "spiky profile with relative strengths in VR and significant difficulties in social "
          "communication, pragmatic language and theory of mind. SALT assessment (CELF-5 "
          "Metalinguistics, 2021) indicated difficulties with inferencing, figurative "
          "language and making predictions, with scores below the 5th centile on the Making "
          "Inferences subtest. Reece presents with restricted and repetitive interests and "
          "behaviours, literal interpretation of language and difficulties with reciprocal "
          "interaction. He has difficulties with topic maintenance and conversational "
          "repair and can present as monotonous in prosody. Reece has limited awareness of "
          "social cues and difficulties with perspective taking, which impacts peer "
          "relationships."),
        S("Cognition and learning"),
        P("EP assessment (WISC-V, 2021) indicated a FSIQ in the low average range with a "
          "significant discrepancy between the VCI (SS 104) and the PSI (SS 76) and WMI "
          "(SS 82). This profile is consistent with difficulties with executive functioning, "
          "including planning, organisation, task initiation and cognitive flexibility. "
          "Reece's attainment is below ARE across the curriculum, with predicted grades of "
          "3-4 in core subjects. Reece has difficulties with extended writing and with tasks "
          "requiring multi-step processing. Reece benefits from a TEACCH-informed approach, "
          "chunking, and visual scaffolds."),
        S("Social, emotional and mental health"),
        P("Reece has SEMH needs secondary to ASC, including anxiety, emotional dysregulation "
          "and EBSA. Attendance has reduced to 61% (autumn term 2023). Reece presents with "
          "fight/flight responses when demands exceed his window of tolerance, including "
          "absconding from lessons and verbal aggression. A PDA profile has been queried by "
          "parent but is not supported by the CDC. Reece has engaged inconsistently with ELSA "
          "input. Reece was discharged from CAMHS (Getting Help) in 2023 following "
          "non-engagement. School has implemented a reduced timetable (PTT) since November "
          "2023 with a view to reintegration."),
        S("Sensory and/or physical"),
        P("OT sensory profile (Sensory Profile 2, 2021) indicated a definite difference in "
          "auditory and tactile processing, with sensory avoiding and sensory sensitivity "
          "quadrants elevated. Reece presents with hypersensitivity to noise and to certain "
          "textures (uniform). He has dyspraxic traits impacting on handwriting legibility "
          "and speed, and organisation of equipment."),
        S("Summary of SALT advice (22.09.21)"),
        P("Reece presents with a social communication disorder in the context of ASC. "
          "Structural language (CELF-5 core language) is within normal limits (SS 88) but "
          "higher-level language and pragmatics are significantly impaired. Recommendations: "
          "implementation of a pragmatics programme targeting inference, prediction, "
          "non-literal language and conversational repair, delivered by trained staff 3x "
          "weekly; use of visual supports including mind-maps, Colourful Semantics and "
          "Blank's Levels of questioning (levels 3-4); Social Thinking curriculum; Zones of "
          "Regulation; reduction of verbal load; processing time (10-second rule). Reece does "
          "not meet the criteria for direct SALT input at this time; school to re-refer if "
          "concerns escalate. Discharged to universal/targeted offer."),
        S("Summary of OT advice (30.09.21)"),
        P("Sensory Profile 2 (school companion and caregiver) indicates sensory modulation "
          "difficulties, with definite difference scores in the avoiding and sensitivity "
          "quadrants, particularly auditory and tactile. MABC-2 indicates fine motor "
          "difficulties (manual dexterity 9th centile). Recommendations: sensory diet "
          "incorporating proprioceptive and heavy work activities 2-3x daily; low-arousal "
          "workstation; noise-reducing headphones in high-auditory-load environments; "
          "alternative recording methods; fine motor programme (e.g. Clever Hands, Speed Up!). "
          "Discharged from OT caseload with recommendations to be implemented by school."),
        S("Summary of EP advice (15.10.21)"),
        P("The EP consultation (consultation model, with observation, WISC-V and "
          "Beck Youth Inventories) concluded that Reece's presentation is consistent with ASC "
          "with co-occurring ADHD and an anxiety profile, with elevated scores on the Beck "
          "Anxiety Inventory. Reece's VCI-PSI discrepancy is likely to mask the level of his "
          "needs, as his verbal presentation can lead staff to overestimate his capacity to "
          "cope with the processing demands of the KS4 curriculum. The EP recommended a "
          "relational, low-demand approach, co-regulation, a key adult, predictable routines, "
          "explicit teaching of EF strategies, and a graduated approach to attendance "
          "informed by the local EBSA guidance."),
        H("Section C – Health needs related to SEN"),
        P("ASC – CDC (2019). ADHD – dx by community paediatrician 2020; prescribed "
          "methylphenidate (MR). Medication reviews via paediatrics. Previously known to "
          "CAMHS – discharged 2023. Sleep difficulties reported by parent. Reece's health needs "
          "impact on his ability to access learning."),
        P("Medical advice (05.10.21): Reece was reviewed in the neurodevelopmental clinic. "
          "Height and weight on the 50th centile. ADHD symptoms partially controlled on "
          "methylphenidate MR 36 mg OD; rebound irritability reported late afternoon. Sleep "
          "onset insomnia reported; sleep hygiene advice given. Nil else of note. No "
          "contraindications to PE or off-site activity. Continue under paediatric follow-up "
          "for medication monitoring (BP, pulse, height, weight 6-monthly)."),
        H("Section D – Social care needs related to SEN"),
        P("Not currently open to CSC. Parent reports carer strain. Family signposted to Early "
          "Help and the Local Offer. No assessment under s17 CA 1989 or CSDPA 1970 has been "
          "requested. Parent is a single carer and works part-time; there are two younger "
          "siblings in the household. Respite/short breaks not explored at this time."),
        H("Section E – Outcomes"),
        T([["Area of need", "Outcome (end of KS4)", "Short-term targets"],
           ["C&I", "Reece will develop his social communication skills and be able to "
            "interact appropriately with peers and adults.", "Reece will engage in "
            "social skills group. Reece will use appropriate turn-taking."],
           ["C&L", "By the end of KS4 (July 2025) Reece will achieve a grade 4 in GCSE English "
            "Language and maths.", "Reece will complete homework using his planner "
            "on 3 out of 5 occasions."],
           ["C&L", "Reece will develop his executive functioning skills.", "Reece will use a "
            "visual checklist."],
           ["SEMH", "By July 2024 Reece will attend school full time (100% timetable) with "
            "attendance above 90%.", "Increase PTT by one lesson per fortnight."],
           ["SEMH", "Reece will be able to self-regulate and access the curriculum.",
            "Reece will use his time-out card appropriately."],
           ["PfA", "Reece will progress to an appropriate post-16 placement.",
            "Reece will attend careers interview."],
           ["PfA", "Reece will develop independence skills.", "Reece will travel to school "
            "independently."]], widths=[2.2, 7.5, 6.8]),
        H("Section F – Special educational provision"),
        S("C&I"),
        UL("Access to a SALT programme focussing on pragmatics, inference and social "
           "communication, to be delivered by school staff as per SALT recommendations.",
           "Social skills group (e.g. Lego Therapy / Socially Speaking) – weekly.",
           "Use of Social Stories and comic strip conversations as required.",
           "Access to a key adult."),
        S("C&L"),
        UL("Differentiated curriculum with visual scaffolds, chunking and TEACCH-informed "
           "workstation approach.",
           "Access to ICT (laptop) for extended writing.",
           "Executive functioning support (visual checklists, planners, colour-coded "
           "timetable).",
           "Exam access arrangements as per JCQ regulations.",
           "Small group literacy and numeracy intervention – 3 x 30 mins weekly."),
        S("SEMH"),
        UL("ELSA – 6-week block, to be repeated as appropriate.",
           "Zones of Regulation.",
           "Time-out card and access to a low-arousal space (the Hub).",
           "Graduated reintegration plan (PTT) to be reviewed fortnightly by the SENCo and HoY.",
           "Regular check-ins with key adult.",
           "Support from the Severnbrook Inclusion Support Service (SISS) as required."),
        S("Sensory"),
        UL("Implementation of OT sensory diet and recommendations (see attached report).",
           "Ear defenders and movement breaks as required.",
           "Uniform adjustments as appropriate."),
        S("PfA"),
        UL("Careers IAG in line with Gatsby benchmarks.",
           "Transition support to post-16 as appropriate."),
        S("Whole-school strategies (QFT)"),
        UL("Low-arousal, predictable classroom environment; consistent seating plan.",
           "Reduce verbal load; use visual supports and written instructions.",
           "Processing time (10-second rule) before expecting a response.",
           "Pre-warning of transitions and changes to routine, including cover staff.",
           "Co-regulation by a key adult; avoid public sanctions and demand escalation.",
           "Explicit teaching of EF strategies (checklists, task boards, timers).",
           "Use of special interests to promote engagement.",
           "Avoid idiom, sarcasm and ambiguous language.",
           "Positive behaviour support approach as per the school's relational policy.",
           "Movement breaks and heavy work activities as per sensory diet.",
           "Staff to be aware of masking and the possibility of post-school restraint collapse."),
        S("Staffing"),
        P("Provision to be delivered from the school's notional SEN budget and Element 3 "
          "top-up funding at Band D (Severnbrook Funding Matrix)."),
        H("Section G – Health provision"),
        UL("Community paediatrics – medication review (methylphenidate) as per clinic "
           "schedule.",
           "CAMHS – re-referral via GP/school if threshold met.",
           "Universal services (GP, school nursing)."),
        H("Section H1 – Social care provision (s2 CSDPA 1970)"),
        P("N/A"),
        H("Section H2 – Other social care provision"),
        P("N/A – not open to CSC."),
        H("Section I – Placement"),
        P("Severnbrook High School (mainstream 11-16 academy)."),
        H("Section J – Personal budget"),
        P("N/A"),
        H("Section K – Advice and information"),
        T([["Advice", "Professional", "Date"],
           ["Parental advice (telephone)", "SEND Officer", "03.11.21"],
           ["Educational advice", "SENCo, Severnbrook High School", "08.11.21"],
           ["EP advice", "Severnbrook EPS", "15.10.21"],
           ["SALT advice", "Severnbrook Community SALT", "22.09.21"],
           ["OT advice", "Severnbrook Children's OT", "30.09.21"],
           ["Medical advice", "Community Paediatrics", "05.10.21"],
           ["CAMHS discharge summary", "Severnbrook CAMHS", "14.06.23"],
           ["AR paperwork", "Severnbrook High School", "15.03.24"]], widths=[7, 6.5, 3]),
        H("School report summary (AR 15.03.24)"),
        P("Reece continues to present with significant SEMH needs underpinned by ASC and "
          "ADHD. PTT remains in place (09:00-12:00) with limited progression due to EBSA. "
          "Reece has accessed the Hub for the majority of his timetable and has engaged with "
          "some KS4 core content remotely via the VLE. Incidents logged on CPOMS have reduced "
          "from 22 (autumn) to 14 (spring). Reece has accessed 4 of 6 ELSA sessions. SISS "
          "have provided consultation to the SENCo. Predicted grades remain 2-3. School "
          "recommends consideration of an alternative provision or specialist setting for "
          "KS5 and requests that the LA expedite post-16 consultation. Parent in agreement."),
        P("Previous AR 09.03.23 (Y9): EHCP amended 20.04.23 to update Section B and set KS4 "
          "outcomes."),
        H("Notes"),
        P("This EHCP is issued under s.37 CFA 2014 and the SEND Regs 2014. The LA must secure "
          "the SEP in Section F (s.42 CFA 2014). The ICB must arrange the health provision in "
          "Section G. Right of appeal to the SENDIST in respect of Sections B, F and I following "
          "mediation advice (s.51 CFA 2014). SENDIASS details are available on the Local Offer. "
          "Post-16 phase transfer: the EHCP must be amended by 31 March in the year of transfer "
          "where the YP is moving from secondary to post-16 provision."),
        H("Annual review summary (15.03.24)"),
        P("AR held in school. Attendees: SENCo, HoY, parent. Reece did not attend. School "
          "reported reduced attendance (PTT in place) and a number of behavioural incidents. "
          "Parent raised concerns about post-16 options and requested that Reece be considered "
          "for a specialist post-16 setting. Recommendation: maintain the EHCP; outcomes to "
          "be reviewed at next AR; LA to consider post-16 consultation. No amendments made."),
        T([["Outcome", "Progress reported at AR (15.03.24)"],
           ["C&I – social communication", "Limited progress. Reece attended 3 of 8 social "
            "skills sessions."],
           ["C&L – GCSE grade 4", "Working at grade 3 in maths, grade 2-3 in English. Not on "
            "track."],
           ["C&L – executive functioning", "Some use of visual checklist with prompting."],
           ["SEMH – attendance", "Attendance 58% (autumn and spring terms). PTT of 3 hours "
            "per day."],
           ["SEMH – self-regulation", "Reduced number of absconding incidents since time-out "
            "card introduced."],
           ["PfA – post-16", "Careers interview not yet attended."],
           ["PfA – independence", "Not assessed."]], widths=[5.5, 11]),
    ]))

# --------------------------------------------------------------------------- fin09
# Stourmouth City Council: C and D combined. Year 6 (born 29 Aug: youngest in year).
# Holistic and specific, but dense professional prose; annual review overdue.
PLANS.append(dict(
    stem="fin09_amara_osei", format="docx", council="Stourmouth City Council",
    header="Stourmouth City Council · Education, Health and Care Plan",
    facts=dict(child_name="Amara Osei", date_of_birth="2016-08-29", year_group=6,
               issued="2020-02-11", last_review="2025-08-20", last_amended="2025-10-01",
               next_review="2026-08-19", nhs_number="9999135722", upn="C873330821118",
               sections_present="A;B;C;D;E;F;G;H1;H2;I;J;K"),
    grades=dict(holistic=4, outcomes_specific=4, child_voice=3, pfa="NA", review_currency=2,
                provision_specific=4, golden_thread=4, readability=2),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Stourmouth City Council, Children's Services: Special Educational Needs and "
          "Disabilities (SEND) Statutory Assessment and Review Service"),
        KV(("Child", "Amara Abena Osei"), ("Date of birth", "2016-08-29"),
           ("NHS number", "999 913 5722"), ("UPN", "C873330821118"),
           ("Current setting and year", "Greyfriars Primary School, Year 5"),
           ("Parent", "Ms Akosua Osei (mother, holds parental responsibility)"),
           ("Date of original plan", "2020-02-11"),
           ("Date of most recent annual review", "2025-08-20"),
           ("Date amended plan finalised", "2025-10-01"),
           ("Next annual review due", "2026-08-19"),
           ("SEND Practitioner", "Ola Bankole")),
        H("Section A: The views, interests and aspirations of Amara and her mother"),
        P("Amara's views were ascertained by her class teacher and the SEND Practitioner "
          "through a structured person-centred conversation supplemented by a 'draw and talk' "
          "activity on 2025-07-09; the following statements are reproduced verbatim: \"I like "
          "singing in the choir and doing hair. I want to be a nurse on the children's ward "
          "because the nurses there are kind to me. I hate it when I have to go to hospital and "
          "miss my friends and then I don't know what they're doing in maths. When I'm in pain "
          "I want people to believe me. I get tired in the afternoons.\""),
        P("Ms Osei's views, provided in writing and elaborated at the review meeting, are that "
          "Amara is a sociable, resilient and caring child whose education has been "
          "significantly disrupted by recurrent hospital admissions, and that she wishes for a "
          "coordinated approach whereby school, the haematology team and children's social "
          "care communicate effectively, particularly in respect of the management of pain "
          "crises at school, the continuity of Amara's learning during and following "
          "admissions, and the forthcoming transition to secondary education in September "
          "2027. Ms Osei, who herself has a long-term health condition, has indicated that she "
          "would value continued practical support in the home."),
        H("Section B: Special educational needs"),
        S("Cognition and learning"),
        P("Amara has sickle cell anaemia (HbSS), and magnetic resonance imaging in 2022 "
          "identified silent cerebral infarcts (small areas of damage to the brain resulting "
          "from reduced blood flow, which are not associated with observable stroke symptoms "
          "but are recognised to have cognitive sequelae). Neuropsychological assessment "
          "(2024-11) evidenced a general ability index within the average range but "
          "significant relative weaknesses in processing speed (standard score 74) and "
          "working memory (standard score 79), such that Amara requires additional time to "
          "process verbally presented information and is disproportionately disadvantaged by "
          "multi-step instructions and timed tasks. Her attainment in reading is at "
          "age-related expectations; in mathematics she is working at approximately the level "
          "expected at the end of Year 3, with gaps in knowledge attributable in substantial "
          "part to cumulative absence (attendance 81 per cent in 2024-25, of which the "
          "majority was authorised medical absence)."),
        S("Social, emotional and mental health"),
        P("Amara experiences anxiety associated with the unpredictability of pain crises and "
          "hospital admissions, which manifests as reluctance to return to school following "
          "periods of absence, somatic complaints and heightened sensitivity to perceived "
          "exclusion by peers. The clinical psychologist within the haemoglobinopathy service "
          "has identified that Amara's self-esteem as a learner has been adversely affected by "
          "returning to lessons in which she lacks the prerequisite knowledge."),
        S("Summary of neuropsychological advice (2024-11-18)"),
        P("Dr Morrow's assessment, comprising the Wechsler Intelligence Scale for Children "
          "(fifth edition), selected subtests of the NEPSY-II and structured observation in "
          "the classroom, concluded that the pattern of Amara's cognitive profile, namely "
          "intact verbal comprehension and visual-spatial reasoning in conjunction with "
          "significantly reduced processing speed and working memory, is characteristic of "
          "children with sickle cell disease and silent cerebral infarction, and that these "
          "weaknesses are likely to become more educationally significant as the volume and "
          "pace of curricular demands increase at Key Stage 3. Dr Morrow recommended that "
          "instructions be delivered in discrete steps with written or visual reinforcement, "
          "that the volume of recorded work be reduced rather than the time allowed being "
          "extended indefinitely, that assessment arrangements take account of processing "
          "speed, that fatigue be managed through scheduled rest, and that "
          "reassessment be undertaken prior to secondary transfer."),
        S("Strengths"),
        P("Amara is articulate, empathetic and well liked by her peers; she demonstrates "
          "considerable resilience in the face of repeated hospitalisation, participates "
          "enthusiastically in music, and her reading comprehension and vocabulary are "
          "secure strengths upon which her learning in other areas can be built."),
        S("Attendance and the effect of medical absence"),
        P("Analysis of attendance data for 2024-25 indicates that Amara's absences were "
          "clustered in the autumn and spring terms, coinciding with colder weather and "
          "intercurrent infections, and that the interval between discharge from hospital "
          "and return to school lengthened over the year, from a median of two school days "
          "to a median of four, a pattern which the clinical psychologist attributes in part "
          "to anticipatory anxiety about re-entry to the classroom rather than to physical "
          "recovery alone; this has informed the outcomes relating to learning continuity and "
          "wellbeing set out in section E."),
        S("Physical and sensory"),
        P("Amara experiences fatigue, which is more pronounced in the afternoon and following "
          "physical exertion, together with a requirement for unrestricted access to fluids "
          "and to the toilet, and avoidance of extremes of temperature, all of which are "
          "necessary to reduce the risk of a vaso-occlusive (pain) crisis."),
        H("Sections C and D: Health and social care needs"),
        S("Health needs"),
        P("Amara is under the care of Dr Miriam Adjei, Consultant Paediatric Haematologist, "
          "Stourmouth Royal Infirmary, and is reviewed in the haemoglobinopathy clinic every "
          "three months. She takes hydroxycarbamide daily (which reduces the frequency of pain "
          "crises), penicillin V twice daily (prophylaxis against infection, as her spleen "
          "does not function normally) and folic acid. She requires annual transcranial "
          "Doppler screening to assess stroke risk. In 2024-25 she had five hospital "
          "admissions for pain crises, with a total of 23 days in hospital, and one admission "
          "for acute chest syndrome. Pain crises at school are managed according to her "
          "Individual Healthcare Plan, which requires immediate analgesia, warmth, fluids and "
          "parental contact, with escalation to hospital if pain is not controlled within one "
          "hour or if she develops a temperature of 38°C or above."),
        S("Social care needs"),
        P("Amara and her mother are supported by Stourmouth Children with Disabilities Team "
          "under a child in need plan (section 17, Children Act 1989; allocated social worker "
          "Ms Rebecca Lyle, assessment updated 2025-06-30). The assessment identified that Ms "
          "Osei's own health condition limits her capacity to provide care during Amara's "
          "admissions and recovery, that Amara's younger brother requires care during those "
          "periods, and that Amara has limited opportunity to take part in community "
          "activities with peers owing to fatigue and parental anxiety about infection and "
          "cold. Amara has also been identified as having some caring responsibilities "
          "towards her mother."),
        H("Section E: Outcomes"),
        P("The following outcomes are set to the end of Key Stage 2 (July 2027), with interim "
          "steps to be reviewed at termly multi-agency meetings."),
        T([["Ref", "Outcome", "Interim steps"],
           ["E1 Learning", "By July 2027 Amara will recall and apply multiplication facts to "
            "12 x 12 with 90 per cent accuracy and solve two-step word problems correctly on 4 "
            "out of 5 attempts, closing the gaps that have arisen from absence.",
            "Times tables to 6 x 6 by 2025-12; to 10 x 10 by 2026-04."],
           ["E2 Learning continuity", "By July 2027 Amara will return to class after any "
            "hospital admission having received catch-up teaching on the content she missed "
            "within 10 school days, so that she reports knowing 'what the class are doing' at "
            "her weekly check-in.", "Catch-up log kept for every admission."],
           ["E3 Wellbeing", "By July 2027 Amara will use two agreed strategies to manage "
            "anxiety about returning to school and will return on the first day she is "
            "medically fit on 4 out of 5 occasions.", "Return plan used after each admission."],
           ["E4 Health", "By July 2027 Amara will tell an adult, using her pain scale, when "
            "she is beginning to feel pain and will drink at least 1.5 litres of water during "
            "the school day, recorded on her bottle chart, on 9 days out of 10.",
            "Pain scale used independently by 2026-02."],
           ["E5 Community and friendships", "By July 2027 Amara will attend a weekly community "
            "activity of her choice (she has chosen Stourmouth Youth Choir) with her peers, "
            "attending at least 3 sessions out of 4 when well.", "Trial sessions with short "
            "breaks worker in autumn 2025."],
           ["E6 Transition (towards Amara's goal of becoming a nurse)", "By July 2027 Amara "
            "will have visited her secondary school at least three times and will be able to "
            "name the member of staff who holds her healthcare plan and where she goes when in "
            "pain.", "School named by 2027-02-15; visits in summer term 2027."]],
          widths=[3, 8, 5.5]),
        H("Section F: Special educational provision"),
        T([["Provision", "Delivered by", "Frequency and duration", "Outcome"],
           ["Precision-taught mathematics intervention addressing identified gaps",
            "Teaching assistant trained in precision teaching, overseen by the maths lead",
            "4 x 20 minutes weekly, 1:1", "E1"],
           ["Catch-up teaching after each admission, with work sent to the hospital school",
            "Class teacher (planning) and teaching assistant (delivery)", "1 hour daily for "
            "up to 10 school days after each return", "E2"],
           ["Extra processing time, instructions given one step at a time and written down, "
            "and a 25 per cent reduction in the volume of written tasks", "All teaching staff",
            "All lessons", "E1, E2"],
           ["Weekly check-in and anxiety management work (worry plan, return-to-school "
            "script)", "Emotional Literacy Support Assistant (ELSA)", "30 minutes weekly, 1:1",
            "E3"],
           ["Rest area and planned rest break", "Teaching assistant", "15 minutes after lunch "
            "daily, and on request", "E3, E4"],
           ["Transition programme to secondary school", "SENCo with receiving school's SENCo",
            "3 visits plus a transition meeting in summer term 2027", "E6"]],
          widths=[6, 4.5, 4, 2]),
        P("In addition, the school will ensure that Amara has unrestricted access to drinking "
          "water and to the toilet, is permitted to remain indoors during break times when the "
          "outdoor temperature is below 5°C or in wet weather, wears additional layers during "
          "physical education, and is not excluded from educational visits, for which an "
          "individual risk assessment will be completed in consultation with Ms Osei and the "
          "clinical nurse specialist at least two weeks before the visit."),
        H("Section G: Health provision"),
        T([["Provision", "Delivered by", "Frequency and duration", "Outcome"],
           ["Haemoglobinopathy clinic review, hydroxycarbamide monitoring and transcranial "
            "Doppler screening", "Dr Adjei, Consultant Paediatric Haematologist",
            "Every 3 months; Doppler annually", "E4"],
           ["Individual Healthcare Plan and training for school staff in pain crisis "
            "management", "Sickle cell clinical nurse specialist", "Annual training each "
            "September; plan reviewed after every admission", "E4"],
           ["Psychological support for anxiety associated with illness", "Clinical "
            "psychologist, haemoglobinopathy service", "6 sessions of 50 minutes, autumn term "
            "2025, then review", "E3"]], widths=[6, 4.5, 4, 2]),
        H("Section H1: Social care provision (section 2, CSDPA 1970)"),
        T([["Provision", "Delivered by", "Frequency and duration", "Outcome"],
           ["Short breaks support worker to enable participation in youth choir",
            "Stourmouth Short Breaks Service", "2.5 hours weekly in term time", "E5"]],
          widths=[6, 4.5, 4, 2]),
        H("Section H2: Other social care provision"),
        T([["Provision", "Delivered by", "Frequency and duration", "Outcome"],
           ["Child in need plan including home support during Amara's admissions (care for "
            "sibling and practical help)", "Children with Disabilities Team; commissioned home "
            "care agency", "Up to 12 hours per week during admission and for 1 week after",
            "E2, E3"],
           ["Young carers assessment and support group", "Stourmouth Young Carers",
            "Fortnightly group, term time", "E5"]], widths=[6, 4.5, 4, 2]),
        H("Section I: Placement"),
        P("Greyfriars Primary School (mainstream, community), Stourmouth, until July 2027."),
        H("Section J: Personal budget"),
        P("No personal budget requested."),
        H("Section K: Advice and information"),
        T([["Advice", "Author", "Date"],
           ["Parental advice", "Ms A. Osei", "2025-07-01"],
           ["Child's views", "Class teacher / SEND Practitioner", "2025-07-09"],
           ["School annual review report", "Mrs T. Appiah, SENCo", "2025-08-20"],
           ["Neuropsychological assessment", "Dr J. Morrow, Clinical Neuropsychologist",
            "2024-11-18"],
           ["Haematology advice", "Dr M. Adjei", "2025-06-12"],
           ["Clinical psychology advice", "Haemoglobinopathy psychology service", "2025-06-20"],
           ["Social care assessment (updated)", "Ms R. Lyle, Social Worker", "2025-06-30"]],
          widths=[6.5, 6.5, 3.5]),
        H("Multi-agency coordination"),
        P("The SENCo will convene a termly multi-agency meeting (in person or virtual) "
          "comprising Ms Osei, the class teacher, the clinical nurse specialist, the allocated "
          "social worker and, where available, the hospital school teacher, at which progress "
          "towards the outcomes in section E will be reviewed, the Individual Healthcare Plan "
          "updated and the catch-up log examined; a written note of each meeting will be "
          "circulated to all parties within five school days, and any proposed changes to "
          "provision that would require amendment of this plan will be notified to the SEND "
          "Practitioner."),
        P("Review history: issued 2020-02-11; reviewed 2021-02-02, 2022-03-10, 2023-05-04, "
          "2024-06-27 and 2025-08-20; amended 2021-03-15, 2023-06-20 and 2025-10-01."),
    ]))

# --------------------------------------------------------------------------- fin10
# Ashby Fold UA PDF with repeated header; "Section H1/H2 - Social care" merged.
# Year 9 on the audit date (born 1 Sept) but no adulthood outcomes.
PLANS.append(dict(
    stem="fin10_jack_whitlock", format="pdf", council="Ashby Fold Unitary Authority",
    header="EHC Plan – Jack Whitlock",
    facts=dict(child_name="Jack Whitlock", date_of_birth="2012-09-01", year_group=9,
               issued="2019-10-10", last_review="2026-02-26", last_amended="2025-11-06",
               next_review="2027-02-25", nhs_number="9990751633", upn="A860400917009",
               sections_present="A;B;C;D;E;F;G;H;I;J;K"),
    grades=dict(holistic=3, outcomes_specific=2, child_voice=2, pfa=1, review_currency=3,
                provision_specific=3, golden_thread=3, readability=3),
    body=[
        TITLE("Education, Health and Care Plan"),
        P("Ashby Fold Unitary Authority – Special Educational Needs and Disabilities Service"),
        KV(("Child's name", "Jack Whitlock"), ("Date of birth", "01-Sep-2012"),
           ("NHS number", "999 075 1633"), ("UPN", "A860400917009"),
           ("Current school", "Brookside School (special school for pupils with complex "
            "learning needs)"),
           ("Year group", "Year 8"),
           ("Parents/carers", "Mr Gary Whitlock and Mrs Lisa Whitlock"),
           ("Date EHC plan first finalised", "10-Oct-2019"),
           ("Date plan last amended", "06-Nov-2025 (change of placement)"),
           ("Date of most recent annual review", "26-Feb-2026"),
           ("Next annual review due", "25-Feb-2027"),
           ("SEN Caseworker", "Nadia Farouk")),
        *ASHBY_ABOUT,
        H("Section A: The views, interests and aspirations of the child and their parents"),
        S("Jack's views"),
        P("Jack communicates using short phrases, signs and his communication book. Staff "
          "who know him well report that Jack likes trampolining, buses, Thomas the Tank "
          "Engine and watching YouTube videos of bin lorries. He enjoys swimming and going to "
          "the café in the park with his dad. He does not like loud noises, crowds or waiting. "
          "When asked what he likes about his new school, Jack pointed to the picture of the "
          "sensory room and the minibus."),
        S("Parents' views"),
        P("Mr and Mrs Whitlock are pleased that Jack has moved to Brookside, as he was very "
          "unhappy at his mainstream secondary school. They would like Jack to be happy, safe "
          "and to learn to communicate his needs. They are worried about his seizures and about "
          "his behaviour when he is frustrated, which is getting harder to manage now that he "
          "is bigger. They value the overnight short breaks, which give them time with Jack's "
          "sister. They would like Jack to be able to do more for himself at home."),
        S("Aspirations"),
        P("For Jack to be happy and make progress at Brookside."),
        H("Section B: Special educational needs"),
        S("Communication and interaction"),
        P("Jack has a diagnosis of autism (2017). He uses phrases of two to three words, "
          "Makaton signs and his picture communication book to request items and activities. "
          "He rarely uses language to comment or to share his feelings. He understands "
          "familiar instructions in context, especially with a visual cue, but finds it hard "
          "to understand abstract language, time concepts and questions. He has strong "
          "preferences for routine and finds unexpected changes very difficult."),
        S("Cognition and learning"),
        P("Jack has a moderate learning disability. He is working within the Brookside "
          "pre-formal and semi-formal curriculum pathways. He can recognise about 25 words "
          "by sight, including his name, family names and familiar signs such as 'toilet' and "
          "'exit'. He can count objects to 10 and recognise coins but does not yet understand "
          "their value. He learns best through practical, repeated, visually supported "
          "activities linked to his interests."),
        S("Social, emotional and mental health"),
        P("When Jack is anxious or overwhelmed he may scream, bite his hand, pull at adults or "
          "throw objects. Incidents have reduced from an average of 8 per week at his previous "
          "school to 3 per week at Brookside (spring term 2026). Triggers include noise, "
          "waiting, transitions and changes to routine. He is calmed by deep pressure, his "
          "weighted blanket, the trampoline and time in the sensory room."),
        S("Strengths"),
        P("Jack has a great sense of humour and loves to laugh with adults he trusts. He has "
          "an excellent memory for routes and bus numbers and will notice straight away if "
          "the minibus takes a different road. He is very good at matching and sorting and "
          "enjoys jobs such as taking the register to the office. He is gentle with younger "
          "children and animals."),
        S("Sensory and physical"),
        P("Jack is over-sensitive to noise and some textures and seeks deep pressure and "
          "movement. His fine motor skills are developing; he can use a spoon and fork but not "
          "a knife, and needs help with fastenings and personal care."),
        S("Progress since joining Brookside"),
        P("In his first term at Brookside Jack has learned the routine of the school day and "
          "now goes to the minibus, the dining room and the sensory room with one adult "
          "instead of two. He has started to use the 'more' and 'finished' symbols at snack "
          "time. His class teacher reports that he is calmer and more willing to try new "
          "activities, especially when they involve buses or music."),
        H("Section C: Health needs related to SEN"),
        P("Jack has epilepsy (generalised tonic-clonic seizures), diagnosed in 2022, and is "
          "under the care of Dr Peter Lowe, Consultant Paediatrician, and the Ashby Fold "
          "Children's Epilepsy Nurse Service. He takes levetiracetam twice a day. He has "
          "around one seizure a month, usually in the early morning. If a seizure lasts more "
          "than five minutes he needs rescue medication (buccal midazolam), which must be "
          "given by trained staff. After a seizure Jack is very tired and may need to sleep. "
          "Jack also has a restricted diet and has been seen by the paediatric dietitian "
          "because of concerns about constipation and low iron. Seizures are more likely "
          "when Jack is unwell, has slept badly or has missed a dose of medication. Jack "
          "cannot yet tell adults when he feels unwell or in pain, so staff watch for changes "
          "in his behaviour, such as holding his head or refusing food."),
        H("Section D: Social care needs related to SEN"),
        P("Jack is open to the Ashby Fold Children with Disabilities Team under a child in "
          "need plan (social worker: Liam Ashcroft). A Child and Family Assessment completed in "
          "September 2025 identified that Jack needs a high level of care, including at "
          "night, that his parents need regular breaks to care for themselves and Jack's "
          "younger sister, and that Jack needs support to access activities in the "
          "community safely."),
        H("Section E: Outcomes"),
        T([["Area", "Outcome (by end of Key Stage 3, July 2027)", "Steps"],
           ["Communication", "By July 2027 Jack will use his communication book or signs to "
            "ask for help or a break, instead of screaming or pulling, on 4 out of 5 occasions "
            "recorded by staff.", "Uses 'help' and 'break' symbols with a prompt by "
            "December 2026."],
           ["Communication", "Jack will develop his communication skills.", "Jack will use "
            "more words."],
           ["Cognition and learning", "Jack will make progress in his reading and maths.",
            "Jack will learn new sight words. Jack will learn about money."],
           ["Cognition and learning", "By July 2027 Jack will read 50 familiar words by "
            "sight, including his timetable words.", "40 words by March 2027."],
           ["SEMH", "Jack will be able to manage his emotions and behaviour.",
            "Jack will use his calm box."],
           ["Sensory/physical", "Jack will develop his fine motor and self-care skills.",
            "Jack will use a knife to spread."],
           ["Health", "Jack will stay safe and well in school.", "Staff will follow his "
            "epilepsy care plan."]], widths=[3, 8.5, 5.5]),
        H("Section F: Special educational provision"),
        UL("Placement in a class of 8 pupils with a teacher and three teaching assistants, "
           "all trained in autism and in Makaton.",
           "Speech and language therapy: the school's speech and language therapist will "
           "assess Jack and set targets each term and will work with Jack 1:1 for 30 minutes "
           "every fortnight; targets practised daily by class staff, 3 x 10 minutes.",
           "Total Communication approach in all lessons: symbols, signs, objects of reference "
           "and a visual timetable.",
           "Occupational therapy sensory programme (weighted blanket, trampoline, deep "
           "pressure) delivered by class staff 3 times a day for 10 minutes, reviewed by the "
           "school OT each term.",
           "Positive Behaviour Support plan written by the class teacher and the school's "
           "behaviour lead, reviewed every half term with Jack's parents.",
           "Life skills sessions (dressing, food preparation) twice weekly for 45 minutes.",
           "Swimming once a week with 1:1 support.",
           "Access to the sensory room as required."),
        S("Strategies for all staff"),
        UL("Use Jack's name, then a short phrase with a sign and a symbol.",
           "Show Jack his visual timetable at the start of each session and before every "
           "change of activity, using a 'first… then…' board.",
           "Give warning of changes and use a sand timer for waiting.",
           "Reduce noise where possible and let Jack wear ear defenders in the hall.",
           "Follow Jack's Positive Behaviour Support plan, including his calm box and "
           "agreed de-escalation steps.",
           "Record seizures on his seizure chart and tell parents the same day."),
        H("Section G: Health provision"),
        UL("Epilepsy care plan written by the Children's Epilepsy Nurse Service and reviewed "
           "annually or after any change in medication.",
           "Training for at least four named Brookside staff in seizure management and in "
           "giving buccal midazolam, by the Epilepsy Nurse, renewed every 12 months.",
           "Review by Dr Lowe, Consultant Paediatrician, every 6 months.",
           "Dietitian review every 6 months; iron supplement prescribed by Dr Lowe.",
           "School nurse to monitor weight once a term."),
        H("Section H1/H2 - Social care"),
        UL("Overnight short breaks at Larch House: 2 nights per month (24 nights per year) "
           "(H1).",
           "After-school club at Brookside with 1:1 support: 1 evening per week during term "
           "time, 3.30pm to 5.30pm (H1).",
           "Child in need plan with an allocated social worker from the Children with "
           "Disabilities Team, visiting at least every 6 weeks (H2).",
           "Moving and handling and home equipment assessment by the children's social care "
           "occupational therapist (H2) – requested."),
        H("Section I: Placement"),
        P("Brookside School, Ashby Fold (maintained special school for pupils aged 4-19 with "
          "complex learning needs), from 10-Nov-2025."),
        H("Section J: Personal budget"),
        P("No personal budget has been requested."),
        H("Section K: Advice and information"),
        T([["Advice", "Provided by", "Date"],
           ["Parental views", "Mr and Mrs Whitlock", "15-Sep-2025"],
           ["Child and Family Assessment", "L. Ashcroft, Social Worker", "22-Sep-2025"],
           ["School report (previous school)", "Ashby Fold Academy", "30-Sep-2025"],
           ["Epilepsy care plan", "Children's Epilepsy Nurse Service", "04-Jun-2025"],
           ["Paediatric letter", "Dr P. Lowe", "19-Aug-2025"],
           ["Speech and language therapy report", "Brookside SLT", "12-Feb-2026"],
           ["Annual review report", "Brookside School", "26-Feb-2026"]],
          widths=[7, 6.5, 3.5]),
        H("Review record"),
        T([["Date", "Event", "Decision"],
           ["10-Oct-2019", "Plan finalised", "—"],
           ["Annually 2020-2025", "Annual reviews", "Amended 2021 and 2024 (phase transfer)"],
           ["16-Oct-2025", "Emergency review (placement breakdown)", "Amended 06-Nov-2025: "
            "Brookside named"],
           ["26-Feb-2026", "Annual review", "Plan maintained; no amendments"]]),
        P("Annual review 26-Feb-2026: attended by Mr and Mrs Whitlock, class teacher, "
          "Brookside deputy head and social worker. Jack joined for ten minutes and showed "
          "his work on the trampoline. It was reported that Jack has settled well at Brookside "
          "and that incidents have reduced. It was agreed that the plan continues to reflect "
          "Jack's needs. Jack's parents asked about what will happen when Jack is older "
          "and whether Brookside's sixth form would be suitable; the school said this would "
          "be discussed in future. The social worker reported that the overnight short "
          "breaks are working well and will continue. No changes to the plan were proposed."),
        *ASHBY_RIGHTS,
        P("Issued by: Nadia Farouk, SEN Caseworker, Ashby Fold Unitary Authority."),
    ]))
