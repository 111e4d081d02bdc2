"""Council template boilerplate shared by plans of the same fictional council."""

ABOUT = {
    "Northmoor": [
        "This Education, Health and Care (EHC) plan is a legal document made under section 37 of the Children and Families Act 2014. It was written with the child and family, and with everyone who gave advice, and it says what support must be put in place.",
        "Northmoor Borough Council must make sure the special educational provision in Section F is delivered. North Pennine Integrated Care Board must arrange the health provision in Section G. The council must provide the social care provision in Section H1, and the care provision in Section H2 where it has agreed to do so.",
        "If anything in this plan is not happening, please speak to the named SEND Officer first. You can also contact Northmoor SENDIASS (SEND Information, Advice and Support Service), which gives free and impartial advice to families, on 01632 960 411.",
    ],
    "Estuary": [
        "This plan is made under the Children and Families Act 2014 and the Special Educational Needs and Disability Regulations 2014. Estuary City Council has a duty to secure the special educational provision in Part F and to name a school or setting in Part I.",
        "The health provision in Part G is arranged by Thames Estuary Integrated Care Board. Social care provision in Part H1 is made under section 2 of the Chronically Sick and Disabled Persons Act 1970; Part H2 records any other social care provision reasonably required.",
        "Parents and young people who disagree with the content of Parts B, F or I, or with the school named, may appeal to the First-tier Tribunal (Special Educational Needs and Disability) after considering mediation. Information is available from Estuary SENDIASS.",
    ],
    "Fenland": [
        "This Education, Health and Care Plan is issued by Fenland Vale District Council in accordance with section 37 of the Children and Families Act 2014 and Part 2 of the Special Educational Needs and Disability Regulations 2014.",
        "The plan should be read in conjunction with the advice and information listed in Section K. The local authority will review the plan at least annually. Parents have a right of appeal to the First-tier Tribunal (SEND) in respect of Sections B, F and I.",
    ],
    "Harrowdale": [
        "This EHC plan belongs to the child or young person it is about. It has been written with them, their family and the people who support them. It uses their own words where we could.",
        "Harrowdale Metropolitan Borough Council must secure the education provision in Section F. Harrowdale and District Integrated Care Board arranges the health provision in Section G. The council's Children's or Adult Social Care service provides the care in Section H. If you are unhappy with any part of the plan, talk to your SEND Case Coordinator. You can ask for mediation and you can appeal to the SEND Tribunal about Sections B, F and I, and make recommendations about health and care.",
    ],
    "Ashcombe": [
        "Ashcombe and Rye Borough Council writes EHC plans using the 'All About Me' approach agreed with local parent carers. The plan describes what the child can do, what they find hard, what they are working towards and the help they will get.",
        "The council is legally responsible for the education provision in Section F. The health provision in Section G is arranged by Weald and Rye Integrated Care Board. Social care provision is set out in Section H1 (under section 2 of the Chronically Sick and Disabled Persons Act 1970) and Section H2.",
    ],
    "Westmarsh": [
        "This document is the Education, Health and Care Plan for the named child. It is maintained by Westmarsh County Council under the Children and Families Act 2014.",
        "The plan will be reviewed at least every 12 months. Where a review recommends changes, the local authority will write to the family within four weeks of the review meeting to say whether it intends to amend the plan.",
        "Parents can contact Westmarsh SENDIASS for impartial advice about the plan, and have a right of appeal to the First-tier Tribunal (SEND).",
    ],
}

RIGHTS = {
    "Northmoor": "Signed on behalf of Northmoor Borough Council by the Head of SEND Assessment and Review. Parents were sent a copy of this plan and the advice listed in Section K. If you disagree with what the plan says about special educational needs (Section B), special educational provision (Section F) or the school or setting named (Section I), you can ask for mediation and appeal to the First-tier Tribunal (SEND). You have two months from the date of the final plan, or one month from the date of a mediation certificate, whichever is later.",
    "Estuary": "Signed on behalf of Estuary City Council, SEN Assessment and Planning Team. A copy of this plan has been sent to the parents, the setting named in Part I, Thames Estuary Integrated Care Board and Estuary City Children's Services.",
    "Fenland": "Authorised by: SEN Team Manager, Fenland Vale District Council. Copies to: parent/carer, school, health, social care (if applicable).",
    "Harrowdale": "This plan was agreed with the young person and finalised by Harrowdale Metropolitan Borough Council. Copies have been sent to everyone named in Section K. Your SEND Case Coordinator will contact you before the next review.",
    "Ashcombe": "Finalised by Ashcombe and Rye Borough Council SEND Service. A copy has been sent to the parents, the school named in Section I and the professionals listed in Section K. Parents can appeal to the SEND Tribunal about Sections B, F and I.",
    "Westmarsh": "Signed for Westmarsh County Council, SEN Statutory Assessment Team.",
}

COUNCILS = {
    "Northmoor": dict(name="Northmoor Borough Council", icb="North Pennine Integrated Care Board",
                      ias="Northmoor SENDIASS", phone="01632 960 411", offer="the Northmoor Local Offer website",
                      variant=1),
    "Estuary": dict(name="Estuary City Council", icb="Thames Estuary Integrated Care Board",
                    ias="Estuary SENDIASS", phone="01632 960 522", offer="the Estuary City Local Offer",
                    variant=2),
    "Fenland": dict(name="Fenland Vale District Council", icb="Fens and Marshes Integrated Care Board",
                    ias="Fenland Vale SEND Information, Advice and Support Service", phone="01632 960 633",
                    offer="the Fenland Vale Local Offer", variant=3),
    "Harrowdale": dict(name="Harrowdale Metropolitan Borough Council", icb="Harrowdale and District Integrated Care Board",
                       ias="Harrowdale SENDIAS", phone="01632 960 744", offer="the Harrowdale Local Offer", variant=1),
    "Ashcombe": dict(name="Ashcombe and Rye Borough Council", icb="Weald and Rye Integrated Care Board",
                     ias="Ashcombe and Rye SENDIASS", phone="01632 960 855", offer="the Ashcombe and Rye Local Offer",
                     variant=2),
    "Westmarsh": dict(name="Westmarsh County Council", icb="Westmarsh Integrated Care Board",
                      ias="Westmarsh SENDIASS", phone="01632 960 966", offer="the Westmarsh Local Offer", variant=3),
}


def family_info(key):
    """'Information for families' appendix as a list of (kind, text) blocks."""
    c = COUNCILS[key]
    v = c["variant"]
    if v == 1:
        return [
            ("H", "Information for families and young people"),
            ("h2", "Who is responsible for what"),
            ("P", "%s is responsible for making sure that the special educational provision in Section F is made. If a school, college or setting is named in Section I, it must admit the child or young person. %s is responsible for arranging the health provision in Section G. Social care provision in Section H1 must be provided by the council; provision in Section H2 is provided where the council has decided it is needed." % (c["name"], c["icb"])),
            ("h2", "Annual reviews"),
            ("P", "The plan must be reviewed at least once every 12 months. For children under five, we aim to review the plan every three to six months because young children change quickly. Before the review meeting, the school or setting will ask for everyone's views, including the child's or young person's. After the meeting, the council will tell you within four weeks whether it intends to keep the plan as it is, change it, or stop maintaining it. If the plan is to be changed, you will be sent a draft and you will have at least 15 days to comment and to ask for a particular school or college to be named."),
            ("h2", "If you disagree"),
            ("P", "Please talk to your SEND Officer first; most disagreements can be sorted out by talking. You can also ask for a meeting with a senior officer. You can ask for independent disagreement resolution or mediation, which is free. You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) about Sections B, F and I, and you can ask the Tribunal to make non-binding recommendations about Sections C, D, G and H. Before appealing you must contact a mediation adviser, unless your appeal is only about the school named."),
            ("h2", "Where to get help"),
            ("P", "%s gives free, confidential and impartial information, advice and support to parents, children and young people about SEND. You can call them on %s. Information about services, activities, short breaks and support groups is on %s. Young people aged 16 to 25 can ask for their own support, separate from their parents." % (c["ias"], c["phone"], c["offer"])),
            ("h2", "Sharing information"),
            ("P", "This plan will be shared with the people and services who need it to provide support, as listed in Section K and on the distribution list. Information is held in line with data protection law. You can ask to see the information we hold about you. If you are worried about how information is used, please contact the council's Information Governance Team."),
        ]
    if v == 2:
        return [
            ("H", "Important information about this plan"),
            ("P", "Education, Health and Care plans are made under Part 3 of the Children and Families Act 2014. The statutory guidance is the Special Educational Needs and Disability Code of Practice: 0 to 25 years (January 2015). %s must secure the special educational provision specified in the plan. The health provision is arranged by %s, which has agreed it as reasonably required." % (c["name"], c["icb"])),
            ("P", "Reviewing the plan. The plan will be reviewed at least annually. The head teacher or principal of the setting will arrange the review meeting and invite the parents, the child or young person, and representatives from education, health and social care. A report of the meeting must be sent to the local authority within two weeks of the meeting. The local authority will then decide, within four weeks of the meeting, whether to maintain, amend or cease the plan. Where the local authority proposes to amend the plan, it will send the family a copy of the existing plan with the proposed changes and the evidence for them; the family has 15 calendar days to make representations. The final amended plan must be issued within eight weeks of the proposed amendments."),
            ("P", "Moving between phases of education. Where a child is moving from one phase of education to another (for example from early years to school, from primary to secondary, or from secondary to post-16), the plan must be reviewed and amended in sufficient time for the move. For moves into Reception, Year 3 (junior school), Year 7 and Year 10 (where relevant), the amended plan must be issued by 15 February in the year of transfer. For young people moving from secondary school to post-16 education, the amended plan must be issued by 31 March."),
            ("P", "Disagreement resolution and appeals. If you disagree with the plan, please contact your coordinator. You may request mediation through the council's independent mediation provider. You can appeal to the First-tier Tribunal (SEND) against the description of needs in Part B, the provision in Part F and the placement in Part I, or against the school or setting not being named. The Tribunal can also make recommendations about health and social care. %s can help you understand your options; telephone %s." % (c["ias"], c["phone"])),
            ("P", "Personal budgets. Parents and young people can ask for a personal budget for some of the provision in the plan. A personal budget can be held as a direct payment, as an arrangement where the council or school holds the money and commissions support, as a third-party arrangement, or as a mix of these. Details are published on %s." % c["offer"]),
        ]
    return [
        ("H", "GUIDANCE NOTES FOR PARENTS/CARERS"),
        ("P", "1. This EHC Plan is a statutory document. The Local Authority (%s) has a duty to arrange the special educational provision specified in Section F. The responsible health commissioner (%s) has a duty to arrange the health provision specified in Section G." % (c["name"], c["icb"])),
        ("P", "2. The plan must be reviewed by the Local Authority as a minimum every 12 months. The review must focus on the child or young person's progress towards achieving the outcomes specified in the plan and must consider whether these outcomes and supporting targets remain appropriate."),
        ("P", "3. Following a review, the Local Authority must notify the parent/young person of its decision to maintain, amend or cease the plan within 4 weeks of the review meeting. Where the Local Authority proposes to amend the plan it must do so without delay."),
        ("P", "4. Parents/young people have the right to request a particular school, college or other institution of a type specified in Section 38(3) of the Children and Families Act 2014 to be named in the plan. The Local Authority must comply with that preference unless the institution is unsuitable for the age, ability, aptitude or SEN of the child or young person, or the attendance would be incompatible with the efficient education of others or the efficient use of resources."),
        ("P", "5. Parents/young people have a right of appeal to the First-tier Tribunal (Special Educational Needs and Disability) against Sections B, F and I of the plan. Before registering an appeal, the parent/young person must contact a mediation adviser and obtain a certificate, except where the appeal is solely about the placement named in Section I. The National Trial extended the powers of the Tribunal to make non-binding recommendations on health and social care elements."),
        ("P", "6. %s provides impartial information, advice and support and can be contacted on %s. Further information about services available locally is published on %s." % (c["ias"], c["phone"], c["offer"])),
        ("P", "7. Information contained within this plan is held in accordance with UK GDPR and the Data Protection Act 2018. It will be shared with relevant professionals for the purpose of delivering and reviewing the provision specified in the plan."),
    ]
