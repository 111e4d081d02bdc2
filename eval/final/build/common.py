"""Small helpers shared by the plan modules (block constructors)."""


def P(t):
    return ("p", t)


def H(t, level=1):
    return ("h", level, t)


def S(t):
    return ("sub", t)


def UL(*items):
    return ("ul", list(items))


def T(rows, header=True, widths=None):
    return ("table", [list(r) for r in rows], header, widths)


def KV(*pairs):
    return ("kv", [list(p) for p in pairs])


def SEC(letter, title, *blocks):
    return ("sec", letter, title, list(blocks))


def TITLE(t):
    return ("title", t)


def NOTE(t):
    return ("note", t)


PB = ("pagebreak",)


# Ashby Fold UA standard wording (their template prints it in every plan)
ASHBY_ABOUT = [
    ("h", 1, "About this plan"),
    ("p", "This Education, Health and Care (EHC) plan has been produced by Ashby Fold Unitary "
          "Authority under section 37 of the Children and Families Act 2014 and the Special "
          "Educational Needs and Disability Regulations 2014. It sets out the child or young "
          "person's special educational needs, the outcomes sought for them and the special "
          "educational provision, health provision and social care provision required to meet "
          "those needs. The local authority has a duty to secure the special educational "
          "provision in section F. The health commissioning body (NHS Ashby Fold Integrated "
          "Care Board) has a duty to arrange the health care provision in section G."),
    ("p", "The plan must be reviewed at least once every 12 months. Children under five should "
          "have their plan reviewed every three to six months. Parents and young people can "
          "ask for an early review if circumstances change. Following a review the local "
          "authority will write to you within four weeks to say whether it intends to maintain, "
          "amend or cease the plan."),
]
ASHBY_RIGHTS = [
    ("h", 1, "Important information for parents and young people"),
    ("p", "If you disagree with the special educational needs described in section B, the "
          "special educational provision in section F or the school or other institution named "
          "in section I, you can appeal to the First-tier Tribunal (Special Educational Needs "
          "and Disability). Before registering an appeal you must contact a mediation adviser "
          "and obtain a certificate, unless your appeal is only about the placement in section "
          "I. You may also ask the Tribunal to make non-binding recommendations about the health "
          "and social care sections of the plan."),
    ("p", "Free, impartial advice is available from Ashby Fold SENDIASS (SEND Information, "
          "Advice and Support Service) on 01632 960 418. Information about services for "
          "children and young people with SEND is published in the Ashby Fold Local Offer."),
    ("p", "Consent and information sharing: the parent or young person has agreed that the "
          "information in this plan may be shared with the professionals named in section K "
          "and with any school, college or service named in the plan, for the purpose of "
          "planning and reviewing support."),
]


# Harrowfield City Council EHC Hub export wording
HARROW_NOTES = [
    ("h", 1, "NOTES ON THIS PLAN"),
    ("p", "This plan is issued under section 37 of the Children and Families Act 2014. Section "
          "F is legally enforceable against Harrowfield City Council. The NHS Harrowfield and "
          "District Integrated Care Board must arrange the health provision in section G. Social "
          "care provision in section H1 is provision the council must make under section 2 of "
          "the Chronically Sick and Disabled Persons Act 1970; section H2 sets out other social "
          "care provision, including for young people aged 18 or over under the Care Act 2014."),
    ("p", "The plan will be reviewed at least every 12 months. If you think something in this "
          "plan is wrong or out of date, please contact your caseworker. Independent advice is "
          "available from Harrowfield SENDIASS on 01632 960 233 or through the Local Offer "
          "website. Information in this plan is shared with the people named in section K and "
          "with the setting named in section I."),
]
