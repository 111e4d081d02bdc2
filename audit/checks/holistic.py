"""Criterion 1, holistic: an Education, Health and Care plan, not an education plan.

Judges sections C/G (health) and D/H1/H2 (care) as missing, empty, stated "none",
boilerplate, thin or specific; catches the contradiction inspectors found (C or D says
"none" while B, K or A show a diagnosis, a therapist, a social worker); counts the share of
outcomes in E outside education. Source: CRITERIA.md §1 (Hampshire 2020, Southampton 2017,
Herefordshire 2016 letters) and "What else a careful auditor notices".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._evidence import quote_span, finding
from audit.checks.pfa import Specificity, is_specific
from audit.lexicon import Lexicon, LexiconMatch
from audit.model import Finding, Plan, Section
from audit.nlp import sentences

# How a health or care section reads, worst first; "specific" is what the descriptor asks for.
ABSENT_STATES = ("missing", "empty", "boilerplate", "none_stated")
STATE_RANK = {"missing": 0, "empty": 1, "boilerplate": 2, "none_stated": 3, "thin": 4, "specific": 5}
HEALTH_INVOLVEMENT = frozenset({"condition", "professional", "treatment", "therapy"})
CARE_INVOLVEMENT = frozenset({"service"})
NON_EDUCATION_DOMAINS = frozenset({"health_wellbeing", "care_independence"})
# Area labels that put an outcome outside education whatever its words (JSON exports,
# templates that group E by area).
HEALTH_AREA = re.compile(r"health|well-?being|emotional|physical|medical|sensory", re.IGNORECASE)
NON_EDUCATION_AREA = re.compile(
    r"health|well-?being|emotional|physical|independen|community|self-care|social care|care needs|adulthood",
    re.IGNORECASE,
)
# A quantity in provision: a number, a frequency word or a named time unit.
QUANTITY = re.compile(
    r"\d|\b(?:daily|weekly|fortnightly|monthly|termly|annually|yearly|each|every|per|once|twice|"
    r"one|two|three|four|five|six|sessions?|minutes?|hours?|nights?|days?|weeks?|fortnights?|months?|"
    r"terms?|years?)\b",
    re.IGNORECASE,
)
# What a section may hold and still give no content: categories of the boilerplate lexicon.
STOCK_CATEGORIES = frozenset({"none_stated", "boilerplate", "signposting", "deferral", "cross_reference"})
# Template wording that hides content: terms inside it are not evidence of involvement.
HIDING_CATEGORIES = frozenset({"boilerplate", "deferral"})
# "no diagnosis", "not known to social care": a term negated just before it is not involvement.
NEGATED = re.compile(r"\b(?:no|not|without|nor|never|denies|n't)\b[^.;\n]{0,30}$", re.IGNORECASE)
# "Children with Disabilities Team (no assessment requested)": a negation straight after the term.
NEGATED_AFTER = re.compile(r"\s*[(\-–—:,]\s*(?:no|not|none|nil|never)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:no|not|none|nor|never|n't)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


class HolisticParams(Params):
    health_lexicon: str = "health"
    care_lexicon: str = "social_care"
    boilerplate_lexicon: str = "boilerplate_sections"
    domains_lexicon: str = "outcome_domains"
    # A section whose words outside "none"/boilerplate phrases number at most this is a
    # "none" or boilerplate section, not content.
    residual_words: int = 12
    # A health needs section (C) shorter than this is thin whatever it names: a diagnosis and
    # "impacts on learning" is not a description of health needs.
    health_needs_specific_words: int = 40
    # Details (impact on daily life, who assessed) a specific section C gives at least.
    health_needs_min_details: int = 2
    # A care needs section (D) shorter than this is thin whatever it names.
    care_needs_specific_words: int = 20
    # A provision section (G, H) shorter than this is thin.
    provision_specific_words: int = 12
    # Involvement terms elsewhere needed before a "none" section is a contradiction.
    involvement_min_terms: int = 1
    # What makes an outcome specific (the lists pfa and outcomes_specific use): an outcome in a
    # health or care domain must be specific for that domain to count as fully covered.
    measures_lexicon: str = "measures"
    timeframes_lexicon: str = "timeframes"
    generic_lexicon: str = "generic_outcomes"
    min_outcome_words: int = 6
    # Below this share of non-education outcomes (when health or care needs exist) the
    # outcomes "lean to education" and the grade is at most 3.
    min_non_education_share: float = 0.2


@dataclass(frozen=True)
class SectionReading:
    """How one of C, D, G, H reads, with the evidence for it."""

    letter: str
    state: str
    words: int
    section: Section | None
    matches: tuple[LexiconMatch, ...] = ()  # none/boilerplate phrases that fired


@dataclass(frozen=True)
class Involvement:
    """A health or care term found outside the section judged."""

    section: str
    match: LexiconMatch


def _negated(text: str, start: int) -> bool:
    """A term negated just before it on its line ("they do not want a social care assessment")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(NEGATED.search(text[line_start:start]))


def _words(text: str) -> int:
    return len(WORD.findall(text))






def read_section(plan: Plan, letter: str, boilerplate: Lexicon, topic: Lexicon, kind: str,
                 params: HolisticParams) -> SectionReading:
    """Classify one section: missing, empty, stated none, boilerplate, thin or specific."""
    section = plan.section(letter)
    if section is None:
        return SectionReading(letter, "missing", 0, None)
    text = section.text
    words = _words(text)
    if words == 0:
        return SectionReading(letter, "empty", 0, section)
    stock = tuple(m for m in boilerplate.find(text) if m.entry.category in STOCK_CATEGORIES)
    cut = [(m.start, m.end) for m in stock]
    stated_none = any(m.entry.category == "none_stated" for m in stock)
    if stated_none:
        # "No social care needs. This was checked with the family; they do not want an
        # assessment": sentences that restate the absence explain the "none", they are not content,
        # and nor are sentences saying the family were told about a service ("short breaks
        # information has been shared").
        signposted = [(m.start, m.end) for m in stock if m.entry.category == "signposting"]
        cut += [(s, e) for s, e, sentence in sentences(text)
                if NEGATION.search(sentence) or any(s <= ms < e for ms, _ in signposted)]
    residual = text
    for s, e in sorted(cut, reverse=True):
        residual = residual[:s] + " " * (e - s) + residual[e:]
    categories = [m.entry.category for m in topic.find(residual) if not _negated(residual, m.start)]
    # "No health needs. He has asthma ..." names a condition: it is content, however short.
    names_something = any(c in HEALTH_INVOLVEMENT or c == "service" for c in categories)
    # A needs section that says plainly there are no needs and names no involvement is a stated
    # "none" even when it explains why ("his family care for him well"): CRITERIA.md asks C and
    # D to *say clearly* when there are none. Provision sections must be short to be a "none".
    # The explanation may describe what caring for the child involves only when the section also
    # records that the family were offered help and chose not to take it up (signposting); a need
    # described and then called "none" with nobody asked is the contradiction, not a "none".
    explained_none = stated_none and kind in ("health_needs", "care_needs") and (
        any(m.entry.category == "signposting" for m in stock)
        or not any(m.entry.category == "need" for m in topic.find(residual)))
    if stock and not names_something and (_words(residual) <= params.residual_words or explained_none):
        return SectionReading(letter, "none_stated" if stated_none else "boilerplate", words, section, stock)
    if kind == "health_needs":
        # The descriptor's three parts: the condition, its impact on daily life and learning,
        # and who assessed it.
        named = sum(c in ("condition", "professional", "treatment", "therapy") for c in categories)
        impact = categories.count("impact")
        assessed = sum(c in ("assessed", "professional") for c in categories)
        specific = (words >= params.health_needs_specific_words and named >= 1 and impact >= 1 and assessed >= 1
                    and impact + assessed >= params.health_needs_min_details)
    elif kind == "care_needs":
        # A care need says what the need is; naming the service that meets it is not enough.
        needs = categories.count("need")
        specific = words >= params.care_needs_specific_words and needs >= 1 and (
            "service" in categories or needs >= 2)
    else:  # health_provision / care_provision: named provision, quantified
        wanted = HEALTH_INVOLVEMENT if kind == "health_provision" else {"service", "need"}
        specific = (words >= params.provision_specific_words and any(c in wanted for c in categories)
                    and bool(QUANTITY.search(residual)))
    # Content left to another document ("see attached report", "as per his care plan") is
    # boilerplate hiding what the section should say: at best thin.
    if any(m.entry.category == "deferral" for m in stock):
        specific = False
    return SectionReading(letter, "specific" if specific else "thin", words, section, stock)


def read_h(plan: Plan, boilerplate: Lexicon, care: Lexicon, params: HolisticParams) -> SectionReading:
    """Section H as H1 and H2 (or a merged H): the better-written of the two stands for both."""
    letters = [s.letter for s in plan.sections if s.letter in ("H1", "H2", "H")]
    if not letters:
        return SectionReading("H", "missing", 0, None)
    readings = [read_section(plan, x, boilerplate, care, "care_provision", params) for x in sorted(letters)]
    return max(readings, key=lambda r: (STATE_RANK[r.state], r.words))


def find_involvement(plan: Plan, lexicon: Lexicon, categories: frozenset[str], boilerplate: Lexicon,
                     exclude: tuple[str, ...]) -> list[Involvement]:
    """Health or care terms in every section but `exclude`, minus boilerplate and negated ones."""
    found: list[Involvement] = []
    for section in plan.sections:
        if section.letter in exclude:
            continue
        text = section.text
        stock = [(m.start, m.end) for m in boilerplate.find(text) if m.entry.category in HIDING_CATEGORIES]
        for m in lexicon.find(text):
            if m.entry.category not in categories:
                continue
            if any(s <= m.start < e for s, e in stock):
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            if NEGATED.search(text[line_start:m.start]) or NEGATED_AFTER.match(text, m.end):
                continue
            sentence_start = max(text.rfind(".", 0, m.start), line_start - 1) + 1
            sentence_end = min(x for x in (text.find(".", m.end), text.find("\n", m.end), len(text)) if x >= 0)
            # Prose about the plan and the EHC process ("a personal budget can be held as a direct
            # payment") is addressed to every family, and information given about a service is
            # signposting ("the family were given information about short breaks"): neither is
            # evidence that this child receives the service.
            if any(p.entry.category in ("process", "signposting")
                   for p in boilerplate.find(text[sentence_start:sentence_end])):
                continue
            found.append(Involvement(section.letter, m))
    # The most telling evidence first: needs (B) and advice (K) before the child's own words.
    priority = {"B": 0, "K": 1, "A": 2}
    return sorted(found, key=lambda i: (priority.get(i.section, 3), i.match.start))


def side_grade(needs: SectionReading, provision: SectionReading, involved: bool) -> int:
    """One side (health: C+G, or care: D+H) graded on the CRITERIA.md §1 descriptors."""
    if needs.state in ABSENT_STATES:
        if involved:
            return 1  # "none" while the plan shows involvement: the inspectors' finding
        if needs.state == "missing" and provision.state == "missing":
            return 1
        if provision.state in ("specific", "thin") and needs.state != "missing":
            return 2  # provision for needs the plan says do not exist
        return {"none_stated": 4, "boilerplate": 3, "empty": 2, "missing": 2}[needs.state]
    if needs.state == "specific":
        return {"specific": 4, "thin": 3}.get(provision.state, 2)
    return 3 if provision.state == "specific" else 2


def _needs_findings(ctx: CheckContext, needs: SectionReading, provision: SectionReading,
                    evidence: list[Involvement], plan: Plan, side: str, bp_name: str,
                    lex_name: str) -> list[Finding]:
    """Why one side lost marks, each finding quoting the plan where the plan has text."""
    needs_word = "health" if side == "health" else "social care"
    findings: list[Finding] = []
    sec = needs.section
    stock_span = (needs.matches[0].start, needs.matches[0].end) if needs.matches else None
    stock_entry = needs.matches[0].entry.key if needs.matches else None
    if needs.state in ABSENT_STATES and evidence:
        first = evidence[0]
        where = sorted({e.section for e in evidence})
        names = sorted({e.match.text.lower() for e in evidence})[:6]
        said = {"missing": "is missing", "empty": "is empty", "none_stated": "says there are no needs",
                "boilerplate": "holds only boilerplate"}[needs.state]
        span = stock_span or (quote_span(sec.text) if sec and sec.text.strip() else None)
        findings.append(finding(
            ctx, f"holistic.{side}_none_but_involved", sec, span, "high",
            f"Section {needs.letter} {said}, but section(s) {', '.join(where)} show {needs_word} involvement "
            f"({', '.join(names)}).",
            f"Describe the {needs_word} needs in section {needs.letter} (condition, impact on daily life and "
            f"learning, who assessed it) and the matching provision in section {provision.letter}.",
            lexicon=bp_name if stock_span else None, entry=stock_entry if stock_span else None,
            letter=needs.letter))
        ev_section = plan.section(first.section)
        findings.append(finding(
            ctx, f"holistic.{side}_involvement_elsewhere", ev_section, (first.match.start, first.match.end),
            "medium", f"Section {first.section} mentions '{first.match.text}', a sign of {needs_word} involvement "
            f"that section {needs.letter} does not describe.",
            f"Carry this into section {needs.letter} with its impact, or explain why it creates no {needs_word} need.",
            lexicon=lex_name, entry=first.match.entry.key))
        return findings
    if needs.state == "missing":
        findings.append(finding(
            ctx, f"holistic.missing_{side}_section", None, None, "high" if provision.state == "missing" else "medium",
            f"The plan has no section {needs.letter} ({needs_word} needs).",
            f"Add section {needs.letter}; if there are no {needs_word} needs, say so clearly.", letter=needs.letter))
    elif needs.state == "empty":
        findings.append(finding(
            ctx, f"holistic.empty_{side}_section", sec, None, "medium",
            f"Section {needs.letter} is empty: an empty section is not the same as a stated 'none'.",
            f"Describe the {needs_word} needs, or state clearly that there are none and who confirmed it.",
            letter=needs.letter))
    elif needs.state == "boilerplate":
        findings.append(finding(
            ctx, f"holistic.boilerplate_{side}_section", sec, stock_span, "low",
            f"Section {needs.letter} holds only template wording ('{needs.matches[0].text}').",
            f"Say plainly whether there are {needs_word} needs, and who advised on them.",
            lexicon=bp_name, entry=stock_entry))
    elif needs.state == "thin" and sec is not None:
        findings.append(finding(
            ctx, f"holistic.thin_{side}_needs", sec, quote_span(sec.text), "medium",
            f"Section {needs.letter} is thin or generic: it does not name the condition or need, its impact on "
            f"daily life, and who assessed it.",
            f"Name the {needs_word} need, describe its impact at home and in learning, and say who assessed it."))
    if needs.state in ABSENT_STATES and provision.state in ("specific", "thin") and provision.section is not None:
        findings.append(finding(
            ctx, f"holistic.{side}_provision_without_needs", provision.section, quote_span(provision.section.text),
            "medium", f"Section {provision.letter} sets out provision but section {needs.letter} describes no "
            f"{needs_word} needs for it to meet.",
            f"Describe in section {needs.letter} the need this provision meets."))
    if needs.state in ("specific", "thin"):
        psec = provision.section
        if provision.state in ABSENT_STATES:
            span = ((provision.matches[0].start, provision.matches[0].end) if provision.matches
                    else (quote_span(psec.text) if psec and psec.text.strip() else None))
            findings.append(finding(
                ctx, f"holistic.{side}_provision_missing", psec, span, "high",
                f"Section {needs.letter} describes {needs_word} needs but section {provision.letter} sets out no "
                f"provision to meet them.",
                f"Specify in section {provision.letter} the {needs_word} provision reasonably required: what, who, "
                f"how often.", letter=provision.letter))
        elif provision.state == "thin" and psec is not None:
            findings.append(finding(
                ctx, f"holistic.thin_{side}_provision", psec, quote_span(psec.text), "medium",
                f"Section {provision.letter} is thin: it does not say what {needs_word} provision, from whom, "
                f"and how often.",
                f"State each {needs_word} provision with who delivers it and how often."))
    return findings


@dataclass(frozen=True)
class OutcomeDomain:
    """One outcome in E: its span in E's text, whether it is outside education, its
    non-education domains, and whether it is specific (a measure or a timeframe)."""

    start: int
    end: int
    outside: bool
    domains: frozenset[str]
    specific: bool = True


def outcome_domains(plan: Plan, domains: Lexicon, spec: Specificity | None = None) -> list[OutcomeDomain]:
    """Each outcome in E with the domains it serves.

    Spans are within E's text. Sentences of E stand in for outcomes when ingest split none
    (free-text outcome sections). An outcome's area label counts with its words. With `spec`,
    each outcome is also judged specific or generic (a generic outcome names a domain without
    saying what will change in it).
    """
    e = plan.section("E")
    items = [(o.start, o.end, o.text, o.area, o.by_when, o.steps) for o in plan.outcomes if o.section == "E"]
    if not items and e is not None:
        items = [(s, en, text, None, None, ()) for s, en, text in sentences(e.text)]
    verdicts: list[OutcomeDomain] = []
    for start, end, text, area, by_when, steps in items:
        cats = [m.entry.category for m in domains.find(text)]
        wider = sum(c in NON_EDUCATION_DOMAINS for c in cats)
        schooling = cats.count("education")
        by_area = bool(area and NON_EDUCATION_AREA.search(area))
        outside = by_area or (wider >= 1 and wider >= schooling)
        found: frozenset[str] = frozenset()
        if outside:
            labelled = [m.entry.category for m in domains.find(area)] if area else []
            found = frozenset(c for c in cats + labelled if c in NON_EDUCATION_DOMAINS)
            if not found:
                # A label the domain words do not place ("Community inclusion"): care, unless it says health.
                found = frozenset({"health_wellbeing" if area and HEALTH_AREA.search(area) else "care_independence"})
        specific = is_specific(text, by_when, tuple(steps), spec)[0] if spec is not None else True
        verdicts.append(OutcomeDomain(start, end, outside, found, specific))
    return verdicts


@register("holistic", HolisticParams)
def holistic(plan: Plan, params: HolisticParams, ctx: CheckContext) -> Verdict:
    """Grade how far the plan covers health and care as well as education."""
    health = ctx.lexicon(params.health_lexicon)
    care = ctx.lexicon(params.care_lexicon)
    boilerplate = ctx.lexicon(params.boilerplate_lexicon)
    domains = ctx.lexicon(params.domains_lexicon)

    c = read_section(plan, "C", boilerplate, health, "health_needs", params)
    g = read_section(plan, "G", boilerplate, health, "health_provision", params)
    d = read_section(plan, "D", boilerplate, care, "care_needs", params)
    h = read_h(plan, boilerplate, care, params)

    health_elsewhere = find_involvement(plan, health, HEALTH_INVOLVEMENT, boilerplate, ("C",))
    care_elsewhere = find_involvement(plan, care, CARE_INVOLVEMENT, boilerplate, ("D", "H", "H1", "H2"))
    health_involved = len(health_elsewhere) >= params.involvement_min_terms
    care_involved = len(care_elsewhere) >= params.involvement_min_terms
    health_grade = side_grade(c, g, health_involved)
    care_grade = side_grade(d, h, care_involved)

    findings: list[Finding] = []
    findings += _needs_findings(ctx, c, g, health_elsewhere, plan, "health", params.boilerplate_lexicon,
                                params.health_lexicon)
    findings += _needs_findings(ctx, d, h, care_elsewhere, plan, "care", params.boilerplate_lexicon,
                                params.care_lexicon)
    grade = min(health_grade, care_grade)

    # Outcomes: the share outside education (health/wellbeing, care/independence).
    # A rubric without the measure and timeframe lists cannot tell a generic outcome: then
    # every outcome counts as it stands.
    measures, timeframes = ctx.lexicons.get(params.measures_lexicon), ctx.lexicons.get(params.timeframes_lexicon)
    spec = (Specificity(measures=measures, timeframes=timeframes, generic=ctx.lexicons.get(params.generic_lexicon),
                        min_words=params.min_outcome_words) if measures is not None and timeframes is not None else None)
    domains_seen = outcome_domains(plan, domains, spec)
    non_education = sum(1 for o in domains_seen if o.outside)
    covered = frozenset().union(*(o.domains for o in domains_seen)) if domains_seen else frozenset()
    # A domain is fully covered by an outcome that says what will change (a measure or a
    # timeframe); "Jack will stay safe and well" names the domain without an outcome in it.
    covered_specifically = frozenset().union(*(o.domains for o in domains_seen if o.specific)) \
        if domains_seen else frozenset()
    health_needs = c.state in ("specific", "thin") or health_involved
    care_needs = d.state in ("specific", "thin") or care_involved
    # The descriptor for 4: outcomes "in health/wellbeing and care/independence domains" - each
    # domain where the plan shows needs in it.
    wanted = ({"health_wellbeing"} if health_needs else set()) | ({"care_independence"} if care_needs else set())
    unmet_domains = sorted(wanted - covered)
    generic_domains = sorted((wanted & covered) - covered_specifically)
    share = non_education / len(domains_seen) if domains_seen else 0.0
    needs_exist = (c.state in ("specific", "thin") or d.state in ("specific", "thin")
                   or health_involved or care_involved)
    e = plan.section("E")
    if domains_seen:
        cap = 4
        if non_education == 0:
            cap = 2 if needs_exist else 3
        elif needs_exist and share < params.min_non_education_share:
            cap = 3
        if cap == 4 and unmet_domains and e is not None:
            cap = 3
            first_start, first_end = domains_seen[0].start, domains_seen[0].end
            named = " or ".join({"health_wellbeing": "health and wellbeing",
                                 "care_independence": "care and independence"}[x] for x in unmet_domains)
            findings.append(finding(
                ctx, "holistic.no_outcome_in_domain", e, quote_span(e.text, first_start, first_end), "medium",
                f"The plan shows {named} needs but no outcome in section E is about {named}.",
                f"Add an outcome for the {named} needs described in C and D."))
        elif cap == 4 and generic_domains and e is not None:
            cap = 3
            vague = next(o for o in domains_seen if not o.specific and set(o.domains) & set(generic_domains))
            named = " or ".join({"health_wellbeing": "health and wellbeing",
                                 "care_independence": "care and independence"}[x] for x in generic_domains)
            findings.append(finding(
                ctx, "holistic.generic_domain_outcomes", e, quote_span(e.text, vague.start, vague.end), "medium",
                f"The outcomes for {named} are generic: none says what will change, by how much or by when.",
                f"Make at least one {named} outcome specific: what the child will do, how well, and by when."))
        elif cap < 4 and e is not None:
            first = next((x for x in domains_seen if not x.outside), domains_seen[0])
            first_start, first_end = first.start, first.end
            findings.append(finding(
                ctx, "holistic.education_only_outcomes" if non_education == 0 else "holistic.few_wider_outcomes",
                e, quote_span(e.text, first_start, first_end), "high" if cap == 2 else "medium",
                f"{non_education} of {len(domains_seen)} outcomes in section E are about health, wellbeing, care "
                f"or independence; the rest are about school learning.",
                "Add outcomes for the health and care needs in C and D (wellbeing, self-care, independence, "
                "relationships), not only attainment."))
        grade = min(grade, cap)
    else:
        grade = min(grade, 3)
        findings.append(finding(
            ctx, "holistic.no_outcomes", e, quote_span(e.text) if e and e.text.strip() else None, "medium",
            "No outcomes were found in section E, so the plan shows no health, wellbeing or care outcomes.",
            "Set outcomes in section E across education, health/wellbeing and care/independence.", letter="E"))

    # Misplaced provision: therapy that educates or trains belongs in F (Code 9.73-9.74).
    therapy_in_g = 0
    if g.section is not None and g.state in ("specific", "thin"):
        in_g = [m for m in health.find(g.section.text) if m.entry.category == "therapy"]
        f_text = plan.section_text("F")
        in_f = any(m.entry.category == "therapy" for m in health.find(f_text)) if f_text else False
        therapy_in_g = len(in_g)
        if in_g and not in_f:
            m = in_g[0]
            findings.append(finding(
                ctx, "holistic.therapy_in_health_provision", g.section, (m.start, m.end), "low",
                f"'{m.text}' is in section G only; therapy that educates or trains is special educational "
                f"provision and belongs in section F.",
                "Move the therapy programme to section F (G may keep the NHS oversight).",
                lexicon=params.health_lexicon, entry=m.entry.key))

    # H1 (CSDPA 1970 s2) and H2 should be told apart for under-18s.
    merged_h = plan.section("H") if not any(s.letter in ("H1", "H2") for s in plan.sections) else None
    under_18 = plan.facts.year_group is None or plan.facts.year_group <= 13
    if merged_h is not None and under_18:
        findings.append(finding(
            ctx, "holistic.h1_h2_not_distinguished", merged_h,
            quote_span(merged_h.text) if merged_h.text.strip() else None, "low",
            "Social care provision is in one section H; for under-18s H1 (s2 CSDPA 1970) and H2 (other social "
            "care) should be set out separately.", "Split section H into H1 and H2.", letter="H"))

    counts: dict[str, int | float | str | None] = {
        "c_state": c.state, "g_state": g.state, "d_state": d.state, "h_state": h.state,
        "c_words": c.words, "d_words": d.words, "g_words": g.words, "h_words": h.words,
        "health_terms_elsewhere": len(health_elsewhere), "care_terms_elsewhere": len(care_elsewhere),
        "health_side_grade": health_grade, "care_side_grade": care_grade,
        "outcomes": len(domains_seen), "non_education_outcomes": non_education,
        "non_education_share": round(share, 2), "therapy_terms_in_g": therapy_in_g,
        "domains_without_outcome": ", ".join(unmet_domains) or None,
        "domains_with_generic_outcomes_only": ", ".join(generic_domains) or None,
    }
    summary = (f"Health: C {c.state.replace('_', ' ')}, G {g.state.replace('_', ' ')}"
               f"{' (contradicted elsewhere)' if health_grade == 1 and health_involved else ''}; "
               f"care: D {d.state.replace('_', ' ')}, H {h.state.replace('_', ' ')}"
               f"{' (contradicted elsewhere)' if care_grade == 1 and care_involved else ''}; "
               f"{non_education} of {len(domains_seen)} outcomes outside education.")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
