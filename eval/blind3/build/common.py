"""Shared helpers for the blind3 fictional EHC plans (deterministic, no randomness)."""

UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs_number(stem9):
    """Return a valid 10-digit NHS number from a 9-digit stem (modulus 11)."""
    s = sum(int(d) * w for d, w in zip(stem9, range(10, 1, -1)))
    chk = 11 - (s % 11)
    if chk == 11:
        chk = 0
    if chk == 10:
        raise ValueError("stem gives check 10: " + stem9)
    return stem9 + str(chk)


def fmt_nhs(n, sep=" "):
    return n[:3] + sep + n[3:6] + sep + n[6:]


def upn(digits12):
    """Return a UPN: DfE check letter + 12 digits (weights 2-13 on chars 2-13)."""
    s = sum(int(d) * w for d, w in zip(digits12, range(2, 14)))
    return UPN_ALPHA[s % 23] + digits12


def year_group(dob_iso, on="2026-11-01"):
    y, m, d = (int(x) for x in dob_iso.split("-"))
    cohort = y if m >= 9 else y - 1
    ay = 2026  # academic year starting 1 Sep 2026
    yg = (ay - 5) - cohort
    if yg < -2:
        yg = -2
    return yg


def legal_intro(council, name):
    return [
        ("p", f"This Education, Health and Care (EHC) plan is made by {council} under "
              "section 37 of the Children and Families Act 2014. It sets out "
              f"{name}'s special educational needs, the health and social care needs that "
              "relate to them, the outcomes sought and the provision that will be made to "
              "meet those needs. The local authority must secure the special educational "
              "provision in Section F. The health provision in Section G must be arranged "
              "by the Integrated Care Board (ICB) responsible for the child or young person."),
    ]


def appeal_rights(council, tribunal_phone="01325 289350"):
    return [
        ("p", "Your right to appeal: if you disagree with the description of special "
              "educational needs in Section B, the special educational provision in "
              "Section F or the placement named in Section I, you can appeal to the "
              "First-tier Tribunal (Special Educational Needs and Disability). Before "
              "appealing you must contact a mediation adviser, except where the appeal is "
              "only about the school or other institution named in the plan. You have two "
              "months from the date of the letter sent with this plan, or one month from "
              "the date of the mediation certificate, whichever is later."),
        ("p", f"Independent information, advice and support is available from the "
              f"{council} SEND Information, Advice and Support Service (SENDIASS), which is "
              "free, confidential and impartial. The Tribunal can be contacted on "
              f"{tribunal_phone}. Under the national trial, the Tribunal can also make "
              "non-binding recommendations about the health and social care parts of the plan."),
    ]


def gdpr_note(council):
    return ("p", f"{council} will hold the information in this plan securely and share it "
                 "only with the people and services named in the distribution list, in line "
                 "with the UK General Data Protection Regulation and the Data Protection Act "
                 "2018. You can ask to see the information we hold at any time.")


def how_to_read(name, plain=True):
    if plain:
        return [("h2", "How to read this plan"),
                ("p", f"This plan is about {name}. It is written for {name}, their family and "
                      "everyone who works with them. Section A is about what matters to "
                      f"{name} and the family. Sections B, C and D say what {name} finds hard "
                      "and what helps. Section E says what we all hope will be different by the "
                      "next stage, and Sections F, G and H say exactly what help will be given, "
                      "who gives it and how often. If anything is unclear, please ring your "
                      "caseworker on the number on the front page.")]
    return [("p", "This document comprises the statutory sections prescribed by regulation 12 "
                  "of the Special Educational Needs and Disability Regulations 2014 and should be "
                  "read in conjunction with the appended professional advice.")]


def personal_budget_info(council):
    return ("p", f"A Personal Budget is an amount of money identified by {council} to deliver "
                 "parts of the provision set out in an EHC plan. Families can request a "
                 "Personal Budget when the plan is being drawn up or reviewed. It can be held "
                 "as a direct payment, as an arrangement where the council or school holds the "
                 "funds, or as a mixture. A direct payment for special educational provision "
                 "needs the agreement of the school or setting named in Section I.")


def transport_note(council):
    return ("p", f"Home to school travel assistance is not part of the EHC plan. Eligibility is "
                 f"decided under the {council} Home to School Travel Policy, and a separate "
                 "application must be made to the Travel Assistance Team.")


def distribution(items):
    return [("h2", "Distribution list"), ("b", items)]


def signature(officer, role, date_text, council):
    return [("h2", "Signed on behalf of the local authority"),
            ("kv", [("Name", officer), ("Role", role), ("Council", council), ("Date", date_text)])]


def info_pack(council, name, v=0, glossary=None, phone="01632 960 000"):
    """Longer statutory/local information blocks found at the back of real plans.
    v selects between wordings so different councils do not share identical text."""
    out = []
    if v % 3 == 0:
        out += [("h2", "What happens next"),
                ("p", f"{council} will review this plan at least once every 12 months. Before the review, the "
                      f"school or college will ask {name} and the family for their views and will collect reports "
                      "from everyone who works with them. The review meeting looks at what has gone well, what "
                      "has not, whether the outcomes are still right and whether any of the provision needs to "
                      "change. After the meeting the school or college sends a report to the local authority "
                      "within two weeks. The local authority must then tell the family within four weeks whether "
                      "it will keep the plan as it is, change it, or stop maintaining it. If the plan is to be "
                      "changed, the family will receive a copy of the proposed changes and have at least 15 "
                      "days to comment before the final plan is issued."),
                ("p", "You can ask for an early review at any time if things change, for example if there is a new "
                      "diagnosis, a move of house, a change of school, or if the provision in the plan is not "
                      "being delivered. Please contact your caseworker in writing or by email.")]
    elif v % 3 == 1:
        out += [("h2", "Reviewing this plan"),
                ("p", f"This plan must be reviewed by {council} at least annually (every 3 to 6 months for "
                      "children under five). The review is normally held at the education setting and is "
                      "arranged by the setting on the local authority's behalf. Parents and young people must "
                      "be given at least two weeks' notice of the meeting and copies of all advice. Following "
                      "the meeting the local authority will notify its decision to maintain, amend or cease the "
                      "plan within four weeks of the meeting. Where the plan is amended, the amended plan will "
                      "be issued as soon as practicable and in any event within eight weeks of the proposed "
                      "amendments being sent."),
                ("p", "Where a child is moving between phases of education (for example from primary to "
                      "secondary school), the plan must be reviewed and amended, and the new placement named, by "
                      "15 February in the year of transfer; for a young person moving from secondary school to "
                      "post-16 education the date is 31 March.")]
    else:
        out += [("h2", "Annual reviews - information for families"),
                ("p", f"Every EHC plan is looked at again at least once a year at an annual review. {name} and the "
                      "family are at the centre of the review. You can bring a friend, relative or someone from "
                      "the SEND information and advice service with you. Before the meeting you will be sent "
                      "the reports that will be discussed. At the meeting we will ask: what is working, what is "
                      "not working, what has changed, and what needs to happen next. Within four weeks of the "
                      "meeting the council will write to you to say what it has decided. If the plan needs to "
                      "change you will be sent a draft and can tell us whether you agree."),
                ("p", "If you think the help in the plan is not being given, please first speak to the SENCo at "
                      "the school or college, and then contact your caseworker. The council has a legal duty to "
                      "make sure the help in Section F is provided.")]
    out += [("h2", "If you are unhappy"),
            ("p", "Disagreements about the health parts of the plan can be raised with the Integrated Care "
                  "Board's patient experience team, and about the social care parts through the council's "
                  "children's social care complaints procedure. Disagreement resolution services are "
                  "available free of charge and are independent of the council. Using them does not affect "
                  "your right of appeal to the Tribunal."),
            ("h2", "The Local Offer"),
            ("p", f"The {council} Local Offer website describes the services available for children and young "
                  "people with special educational needs and disabilities and their families, including "
                  "short breaks, leisure activities, support groups, preparing for adulthood, and health "
                  "services. Families who do not use the internet can ask for printed information by ringing "
                  f"{phone}."),
            ("h2", "Consent and sharing information"),
            ("p", f"The family has agreed that the information in this plan may be shared with the professionals "
                  f"who work with {name}, so that everyone understands what help is needed and does not have to "
                  "ask the same questions again. Where a young person is over 16, they make this decision "
                  "themselves unless they lack capacity to do so, in which case a decision is made in their "
                  "best interests under the Mental Capacity Act 2005.")]
    if glossary:
        out += [("h2", "Words we use in this plan"), ("table", [["Word", "What it means"]] + glossary)]
    return out
