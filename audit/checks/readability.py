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
from audit.textstats import flesch_reading_ease

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
    # Unexplained acronyms: a few is a lapse, many is "largely jargon".
    acronyms_lapse: int = 1
    acronyms_dense: int = 3
    acronyms_jargon: int = 6
    terms_lapse: int = 3
    terms_dense: int = 6
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
    combined = flesch_reading_ease("\n".join(s.text for s in measured)) if scored else None
    counts["reading_ease"] = combined
    below_threshold = combined is not None and combined < params.min_reading_ease
    if below_threshold:
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

    # 2. Acronyms and jargon with no explanation anywhere in the plan (first use of each).
    seen: set[str] = set()
    unexplained_acronyms = 0
    unexplained_terms = 0
    for section in plan.sections:
        if section.letter not in params.jargon_sections:
            continue
        for m in acronym_matches(jargon, section.text):
            key = m.entry.key.lower()
            if key in seen or is_explained(m, plan.text, section.text[m.end:m.end + 40]):
                seen.add(key)
                continue
            seen.add(key)
            is_acronym = m.entry.category == "acronym"
            unexplained_acronyms += is_acronym
            unexplained_terms += not is_acronym
            findings.append(_quote(
                ctx.criterion, "readability.unexplained_acronym" if is_acronym else "readability.jargon", section, m.start, m.end,
                "low", f"'{m.text}' is used without explanation.",
                f"Write it out in full the first time: '{m.entry.expansion} ({m.text})'." if is_acronym
                else f"Explain it in everyday words, e.g. '{m.entry.expansion}'.", params.jargon_lexicon, m.entry.key))
    counts["unexplained_acronyms"] = unexplained_acronyms
    counts["unexplained_terms"] = unexplained_terms
    if unexplained_acronyms >= params.acronyms_jargon:
        points += 6  # "largely jargon" on its own
    elif unexplained_acronyms >= params.acronyms_dense:
        points += 2
    elif unexplained_acronyms >= params.acronyms_lapse:
        points += 1
    if unexplained_terms >= params.terms_jargon:
        points += 3
    elif unexplained_terms >= params.terms_dense:
        points += 2
    elif unexplained_terms >= params.terms_lapse:
        points += 1

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
