"""Criterion 8, readability: is the plan clear and accessible to the family (Code 9.61)?

Flesch reading ease on A and E (offline textstat), unexplained acronyms and jargon, deficit-only description,
"the pupil" for the child's name, and sentences copied across many plans of the batch.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks.outcomes_specific import child_names, first_name, is_boilerplate, name_count, section_sentences
from audit.lexicon import Lexicon, LexiconMatch
from audit.model import Finding, Plan, Section
from audit.textstats import flesch_reading_ease, is_dictionary_word

_FILLER = frozenset({"and", "of", "the", "a", "an", "for", "with", "to", "in", "or"})
_GLOSS_AFTER = re.compile(r"^\W{0,3}(?:\(|[-–:]\s|,? ?(?:which|this|that) means|,? ?i\.e\.|,? ?meaning)", re.I)


class ReadabilityParams(Params):
    jargon_lexicon: str = "jargon"
    deficit_lexicon: str = "deficit_language"
    references_lexicon: str = "child_references"
    # Sections measured with the reading-ease formula, and those scanned for jargon.
    reading_sections: tuple[str, ...] = ("A", "E")
    jargon_sections: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J")
    strengths_sections: tuple[str, ...] = ("A", "B")
    # Flesch reading ease: 60+ is plain English (CRITERIA.md §8); below `dense` is professional prose.
    min_reading_ease: float = 60.0
    dense_reading_ease: float = 40.0
    # Sections shorter than this are not scored by formula (a formula on ten words means nothing).
    min_words_for_formula: int = 20
    # A and E with fewer words than this together are as good as missing.
    min_family_words: int = 8
    # Score A and E each against the threshold (True) or the two together (False).
    score_sections_separately: bool = True
    # Sections families read first (Code 9.61), where acronyms tip a plan into "largely jargon".
    family_sections: tuple[str, ...] = ("A", "E")
    # Unexplained acronyms anywhere: one is a lapse, several dense, many heavy.
    acronyms_lapse: int = 1
    acronyms_dense: int = 5
    acronyms_heavy: int = 8
    # "Largely jargon": at least this many unexplained acronyms in the plan, and either A/E are not
    # plain English together or at least `jargon_family_acronyms` of them reach A and E.
    acronyms_jargon: int = 6
    jargon_family_acronyms: int = 2
    # Most lapses acronyms and professional terms add together: jargon confined to B and F makes a
    # plan dense, not "largely jargon".
    max_jargon_lapses: int = 3
    # Abbreviations families meet everywhere, and the registers that certify a provider's expertise
    # ("HCPC-registered", Code 9.69 "level of expertise"); not counted as unexplained.
    familiar_acronyms: tuple[str, ...] = ("SENCo", "SENCO", "SENDCo", "SENDCO", "SEND", "SEN", "GP", "NHS", "PE", "GCSE",
                                          "GCSEs", "EHC", "EHCP", "UK", "ICT", "IT", "TV", "CV", "BTEC", "OK", "A&E",
                                          "HCPC", "BACP", "NMC", "GMC", "UKCP")
    # Capitalised abbreviations the jargon list does not know ("UCAS", "BPVS") count too unless glossed.
    find_unlisted_acronyms: bool = True
    unlisted_sections: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H")
    terms_lapse: int = 4
    terms_dense: int = 7
    terms_jargon: int = 10
    # Deficit-led: at least this many deficit words and more than `deficit_ratio` per strength.
    min_deficits: int = 3
    deficit_ratio: float = 3.0
    # Impersonal references ("the pupil") tolerated before it is a lapse.
    max_impersonal: int = 1
    # Share of sentences recurring across the batch that caps the grade at 2, and at 1 ("largely boilerplate").
    boilerplate_share: float = 0.3
    boilerplate_majority: float = 0.5
    max_boilerplate_findings: int = 20


@lru_cache(maxsize=512)
def _expansion_pattern(expansion: str) -> re.Pattern[str]:
    """'speech and language therapy' also matches 'speech and language therapist'."""
    words = [w for w in re.findall(r"[a-z]+", expansion.lower()) if w not in _FILLER]
    stems = [re.escape(w[: max(4, len(w) - 3)]) if len(w) > 4 else re.escape(w) for w in words]
    return re.compile(r"\b" + r"\w*[\W_]+(?:\w+[\W_]+)?".join(stems) + r"\w*", re.I)


def _glossed(acronym: str, plan_text: str) -> bool:
    """The plan spells the acronym out its own way: 'speech therapy (SALT)' or 'SALT (speech ...)'.

    The words must start with the acronym's first letter, so that 'his AAC (supported by staff)'
    is not taken for an explanation.
    """
    first = acronym[0].lower()
    name = re.escape(acronym)
    # Look only where the acronym meets a bracket: a scan of the whole plan per acronym is slow.
    for m in re.finditer(rf"(?<![\w]){name}s?[^\S\n]*\(([^()\n]{{3,80}})\)", plan_text):
        words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if w.lower() not in _FILLER]
        if words and words[0][0].lower() == first:
            return True
    for m in re.finditer(rf"\({name}s?\)", plan_text):
        before = plan_text[max(0, m.start() - 120):m.start()].split("\n")[-1]
        words = [w for w in re.findall(r"[A-Za-z'-]+", before) if w.lower() not in _FILLER]
        if any(w[0].lower() == first for w in words[-(len(acronym) + 2):]):
            return True
    return False


def is_explained(match: LexiconMatch, plan_text: str, after: str = "") -> bool:
    """The term's expansion is in the plan, or the plan glosses it where it is used."""
    expansion = match.entry.expansion or ""
    if expansion and _expansion_pattern(expansion).search(plan_text):
        return True
    if match.entry.category == "acronym":
        return _glossed(match.entry.key, plan_text)
    # A professional term explained in passing: "proprioception (knowing where your body is)".
    return _GLOSS_AFTER.match(after) is not None


def acronym_matches(jargon: Lexicon, text: str) -> list[LexiconMatch]:
    """Jargon in `text`; acronyms count only as written in capitals ('OT', not 'ot')."""
    found = []
    for m in jargon.find(text):
        if m.entry.category == "acronym":
            phrase = m.entry.key
            if not (m.text == phrase or (m.text.isupper() and m.text.upper() == phrase.upper())):
                continue
        found.append(m)
    return found


# A capitalised abbreviation: two or more capitals in a short token ("UCAS", "BAS3", "PfA", "QToD").
_ABBREVIATION = re.compile(r"(?<![\w&'-])(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{0,4}\d?s?(?![\w&'-])")
_ROMAN = re.compile(r"^[IVXL]+$")


def unlisted_acronyms(text: str, plan_text: str, listed: set[str], familiar: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, token) of the first use of each abbreviation in `text` that neither the jargon
    lexicon nor the familiar list knows and the plan does not gloss."""
    found: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for m in _ABBREVIATION.finditer(text):
        token = m.group()
        base = token[:-1] if token.endswith("s") and len(token) > 2 else token  # "SENCos", "ACEs"
        key = base.upper()
        if {key, token.upper()} & (seen | listed | familiar) or _ROMAN.match(base) or sum(c.isupper() for c in base) < 2:
            continue
        seen.add(key)
        if base.isupper() and len(base) >= 4 and is_dictionary_word(base) and not any(c.isdigit() for c in base):
            continue
        if _glossed(base, plan_text):
            continue
        found.append((m.start(), m.end(), token))
    return found


def explaining_text(plan: Plan) -> str:
    """The plan's text less the rows of its advice list (K): "Speech and language therapy advice |
    9 January 2019" names a report; it does not tell a family what "SALT" in section F means."""
    k = plan.section("K")
    if k is None or not k.text:
        return plan.text
    rows = "\n".join(line for line in k.text.split("\n") if " | " not in line)
    return plan.text.replace(k.text, rows)


def _quote(criterion: str, rule: str, section: Section, start: int, end: int, severity: str, message: str, fix: str,
           lexicon: str | None = None, entry: str | None = None) -> Finding:
    return Finding(criterion=criterion, rule=rule, section=section.letter, quote=section.text[start:end], start=start,
                   end=end, severity=severity, message=message, fix=fix, lexicon=lexicon, entry=entry)  # type: ignore[arg-type]


def _hardest_sentence(section: Section) -> tuple[int, int, float] | None:
    scored = [(flesch_reading_ease(text), start, end) for start, end, text in section_sentences(section.text) if len(text.split()) >= 8]
    scored = [(score, start, end) for score, start, end in scored if score is not None]
    if not scored:
        return None
    score, start, end = min(scored)
    return start, end, score


@register("readability", ReadabilityParams)
def readability(plan: Plan, params: ReadabilityParams, ctx: CheckContext) -> Verdict:
    """Grade how plain, explained, strengths-based and personal the plan's language is."""
    jargon, deficits, references = (ctx.lexicon(params.jargon_lexicon), ctx.lexicon(params.deficit_lexicon),
                                    ctx.lexicon(params.references_lexicon))
    findings: list[Finding] = []
    counts: dict[str, int | float | str | None] = {}
    points = 0  # lapses: 0 plain (4), 1-2 a few lapses (3), 3-5 dense (2), 6+ largely jargon or boilerplate (1)

    # 1. Reading ease of A and E.
    measured = [s for letter in params.reading_sections if (s := plan.section(letter)) and s.text.strip()]
    if not measured:
        finding = Finding(criterion=ctx.criterion, rule="readability.sections_missing", section=params.reading_sections[0],
                          quote="", severity="high", message="Sections A and E, which families read most, are missing or empty.",
                          fix="Write the child's views (A) and outcomes (E) in plain English.")
        return Verdict(grade=1, summary="Sections A and E are missing, so the plan cannot be read as a family would.",
                       counts={"reading_ease_A": None, "reading_ease_E": None}, findings=(finding,))
    # "Roughly 60 or more on A and E" (CRITERIA.md §8): the two sections are scored together, so
    # that a short, formal E under a long, plain A is a finding rather than a lower grade.
    scored: list[tuple[Section, float]] = []
    for section in measured:
        score = flesch_reading_ease(section.text) if len(section.text.split()) >= params.min_words_for_formula else None
        counts[f"reading_ease_{section.letter}"] = score
        if score is not None:
            scored.append((section, score))
    words = sum(len(s.text.split()) for s in measured)
    if words < params.min_family_words:
        # A and E hold a few words at most: nothing a family could read about the child.
        finding = Finding(criterion=ctx.criterion, rule="readability.sections_missing", section=measured[0].letter, quote="",
                          severity="high", message=f"Sections A and E hold only {words} words between them.",
                          fix="Write the child's views (A) and outcomes (E) in plain English.")
        return Verdict(grade=1, summary=f"Sections A and E hold only {words} words, so the plan cannot be read as a family would.",
                       counts={**counts, "reading_ease": None}, findings=(finding,))
    combined = flesch_reading_ease("\n".join(s.text for s in measured)) if scored else None
    counts["reading_ease"] = combined
    below_threshold = combined is not None and combined < params.min_reading_ease
    if params.score_sections_separately:
        # "Roughly 60 or more on A and E": each is read by the family on its own, so a dense E is a
        # lapse even under a long, plain A.
        for _, score in scored:
            if score < params.min_reading_ease:
                # Below `dense` is "dense professional language" (grade 2) on its own.
                points += 3 if score < params.dense_reading_ease else 1
    elif below_threshold:
        points += 2 if combined < params.dense_reading_ease else 1  # type: ignore[operator]
    for section, score in scored:
        if score >= params.min_reading_ease:
            continue
        dense = score < params.dense_reading_ease
        hardest = _hardest_sentence(section)
        message = (f"Section {section.letter} reads as {'dense professional' if dense else 'fairly difficult'} "
                   f"prose (Flesch reading ease {score:.0f}; plain English is {params.min_reading_ease:.0f} or more).")
        fix = "Use short sentences and everyday words; say what the child does rather than professional terms."
        severity = "high" if dense else "medium" if below_threshold else "low"
        if hardest:
            findings.append(_quote(ctx.criterion, "readability.reading_ease", section, hardest[0], hardest[1], severity, message, fix))
        else:
            findings.append(Finding(criterion=ctx.criterion, rule="readability.reading_ease", section=section.letter, quote="",
                                    severity=severity, message=message, fix=fix))  # type: ignore[arg-type]

    # 2. Acronyms and jargon with no explanation anywhere in the plan (first use of each), told apart
    # by where they are: A and E are what families read first.
    familiar = {a.upper() for a in params.familiar_acronyms}
    explaining = explaining_text(plan)
    seen: set[str] = set()
    listed: set[str] = set()
    family_acronyms = 0
    professional_acronyms = 0
    unexplained_terms = 0
    for section in plan.sections:
        if section.letter not in params.jargon_sections:
            continue
        in_family = section.letter in params.family_sections
        for m in acronym_matches(jargon, section.text):
            key = m.entry.key.lower()
            is_acronym = m.entry.category == "acronym"
            listed.add(m.text.upper())
            if is_acronym and m.entry.key.upper() in familiar:
                continue
            if key in seen or is_explained(m, explaining, section.text[m.end:m.end + 40]):
                seen.add(key)
                continue
            seen.add(key)
            if is_acronym:
                family_acronyms += in_family
                professional_acronyms += not in_family
            unexplained_terms += not is_acronym
            findings.append(_quote(
                ctx.criterion, "readability.unexplained_acronym" if is_acronym else "readability.jargon", section, m.start, m.end,
                "medium" if in_family else "low", f"'{m.text}' is used without explanation.",
                f"Write it out in full the first time: '{m.entry.expansion} ({m.text})'." if is_acronym
                else f"Explain it in everyday words, e.g. '{m.entry.expansion}'.", params.jargon_lexicon, m.entry.key))
    if params.find_unlisted_acronyms:
        for section in plan.sections:
            if section.letter not in params.unlisted_sections:
                continue
            in_family = section.letter in params.family_sections
            for start, end, token in unlisted_acronyms(section.text, explaining, listed, familiar):
                if token.upper() in seen:
                    continue
                seen.add(token.upper())
                family_acronyms += in_family
                professional_acronyms += not in_family
                findings.append(_quote(ctx.criterion, "readability.unexplained_acronym", section, start, end,
                                       "medium" if in_family else "low", f"'{token}' is used without explanation.",
                                       f"Write it out in full the first time, with '{token}' in brackets after it."))
    unexplained_acronyms = family_acronyms + professional_acronyms
    counts["unexplained_acronyms"] = unexplained_acronyms
    counts["unexplained_acronyms_A_E"] = family_acronyms
    counts["unexplained_terms"] = unexplained_terms
    jargon_lapses = 0
    if unexplained_acronyms >= params.acronyms_heavy:
        jargon_lapses += 3
    elif unexplained_acronyms >= params.acronyms_dense:
        jargon_lapses += 2
    elif unexplained_acronyms >= params.acronyms_lapse:
        jargon_lapses += 1
    if unexplained_terms >= params.terms_jargon:
        jargon_lapses += 3
    elif unexplained_terms >= params.terms_dense:
        jargon_lapses += 2
    elif unexplained_terms >= params.terms_lapse:
        jargon_lapses += 1
    points += min(jargon_lapses, params.max_jargon_lapses)
    largely_jargon = unexplained_acronyms >= params.acronyms_jargon and (
        below_threshold or family_acronyms >= params.jargon_family_acronyms)
    if largely_jargon:
        points = max(points, 6)

    # 3. Deficit-only description: what the child cannot do, with nothing they can.
    deficit_hits: list[tuple[Section, LexiconMatch]] = []
    strength_hits = 0
    for letter in params.strengths_sections:
        section = plan.section(letter)
        if section is None:
            continue
        for m in deficits.find(section.text):
            if m.entry.category == "deficit":
                deficit_hits.append((section, m))
            elif m.entry.category == "strength":
                strength_hits += 1
    counts["deficit_words"] = len(deficit_hits)
    counts["strength_words"] = strength_hits
    if len(deficit_hits) >= params.min_deficits and len(deficit_hits) > params.deficit_ratio * strength_hits:
        points += 1
        section, m = deficit_hits[0]
        findings.append(_quote(ctx.criterion, "readability.deficit_language", section, m.start, m.end, "medium",
                               f"The plan describes mostly what the child cannot do ({len(deficit_hits)} deficit words, "
                               f"{strength_hits} strengths).",
                               "Start from what the child can do and enjoys, then what they find hard (Code 9.61).",
                               params.deficit_lexicon, m.entry.key))

    # 4. The child's name, not "the pupil".
    name = first_name(plan)
    impersonal: list[tuple[Section, LexiconMatch]] = []
    named = 0
    for section in plan.sections:
        if section.letter in ("K",):
            continue
        impersonal.extend((section, m) for m in references.find(section.text))
        if name:
            named += name_count(section.text, name)
    counts["impersonal_references"] = len(impersonal)
    counts["name_used"] = named if name else None
    if len(impersonal) > params.max_impersonal and (not name or len(impersonal) > named):
        points += 1
        section, m = impersonal[0]
        findings.append(_quote(ctx.criterion, "readability.impersonal", section, m.start, m.end, "low",
                               f"The plan calls the child '{m.text}' ({len(impersonal)} times) rather than using their name.",
                               "Use the child's name throughout (Code 9.61).", params.references_lexicon, m.entry.key))

    # 5. Sentences copied across many plans of the batch.
    total_sentences = 0
    names = child_names(plan)
    copied: list[tuple[Section, int, int]] = []
    for section in plan.sections:
        for start, end, text in section_sentences(section.text):
            total_sentences += 1
            if len(text.split()) >= 4 and is_boilerplate(text, ctx.boilerplate, names):
                copied.append((section, start, end))
    counts["boilerplate_sentences"] = len(copied)
    cap = 4
    if copied:
        share = len(copied) / max(total_sentences, 1)
        points += 1
        cap = 1 if share >= params.boilerplate_majority else 2 if share >= params.boilerplate_share else 4
        for section, start, end in copied[: params.max_boilerplate_findings]:
            findings.append(_quote(ctx.criterion, "readability.boilerplate", section, start, end, "medium",
                                   "This sentence appears word for word in many plans of this batch.",
                                   "Rewrite it about this child: what they do, where, and with whom."))

    if points == 0:
        grade, why = 4, "plain English, with acronyms explained, strengths-based and personal"
    elif points <= 2:
        grade, why = 3, "mostly plain, with a few lapses"
    elif points <= 5:
        grade, why = 2, "dense professional language"
    else:
        grade, why = 1, "largely jargon or boilerplate"
    if grade > cap:
        grade, why = cap, "largely boilerplate copied across the batch" if cap == 1 else "much of it copied across the batch"
    counts["lapses"] = points
    ease = ", ".join(f"{k[-1]} {v:.0f}" for k, v in counts.items() if k.startswith("reading_ease_") and isinstance(v, float))
    summary = f"{why[0].upper()}{why[1:]}" + (f" (reading ease {ease}" if ease else " (") + \
        f"{'; ' if ease else ''}{unexplained_acronyms} unexplained acronyms)."
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
