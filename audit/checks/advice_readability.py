"""Health advice, readability: can the child's parents read it?

CRITERIA.md ("Health advice"): plain English for parents; acronyms and clinical terms explained.
Measured as a plan's readability is (audit/checks/readability.py): Flesch reading ease with
textstat, and jargon found by the same matcher and explained the same ways (the expansion
written out, or glossed in brackets), with clinical terms and test names added. Registration
acronyms in the author block (HCPC, GMC) are not counted: they are for the DCO, not the family.
"""

from __future__ import annotations

import re

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._advice import absence, parts, preamble, quote, words
from audit.checks.readability import acronym_matches, is_explained
from audit.model import Finding, Plan, Section
from audit.nlp import sentences
from audit.textstats import flesch_reading_ease


class AdviceReadabilityParams(Params):
    jargon_lexicons: tuple[str, ...] = ("jargon", "clinical_terms")
    boilerplate_lexicon: str = "advice_boilerplate"
    sections: tuple[str, ...] = ("assessment", "needs", "outcomes", "recommendations", "transition")
    # Advice with fewer words than this has nothing for a family to read.
    min_words: int = 40
    min_reading_ease: float = 60.0
    dense_reading_ease: float = 40.0
    min_words_for_formula: int = 30
    # Unexplained acronyms and terms: thresholds for one, two and three lapses.
    acronyms: tuple[int, int, int] = (1, 3, 5)
    terms: tuple[int, int, int] = (2, 4, 7)
    # Unexplained acronyms and terms per 100 words above which the advice is dense whatever its length.
    dense_per_100_words: float = 3.0


_VERSION = re.compile(r"^-?\d{1,2}[A-Za-z]?\b")
_GLOSS = re.compile(r"^\s*\((?:[A-Za-z'-]+\W+){1,}")


def explained_here(text: str, start: int, end: int) -> bool:
    """Explained where it stands: glossed in brackets straight after ("CELF-5 (a language test)"),
    or itself the bracketed name after the plain words ("her left side (left hemiplegia)")."""
    after = text[end:end + 80]
    after = after[_VERSION.match(after).end():] if _VERSION.match(after) else after
    if _GLOSS.match(after):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("(", line_start, start)
    return opened >= 0 and ")" not in text[opened:start] and len(text[line_start:opened].split()) >= 2 and ")" in text[end:end + 40]


def _lapses(count: int, thresholds: tuple[int, int, int]) -> int:
    return sum(count >= t for t in thresholds)


def _hardest(sections: list[Section]) -> tuple[Section, int, int, float] | None:
    scored = [(score, s, start, end) for s in sections for start, end, text in sentences(s.text)
              if len(text.split()) >= 8 and (score := flesch_reading_ease(text)) is not None]
    if not scored:
        return None
    score, section, start, end = min(scored, key=lambda x: (x[0], x[2]))
    return section, start, end, score


@register("advice_readability", AdviceReadabilityParams)
def advice_readability(plan: Plan, params: AdviceReadabilityParams, ctx: CheckContext) -> Verdict:
    """Grade how plain the advice's language is, and whether its acronyms and clinical terms are explained."""
    sections = parts(plan, *params.sections)
    if words("\n".join(s.text for s in sections)) < params.min_words:
        sections = preamble(plan) + sections  # a letter: its body is before its first heading
    text = "\n".join(s.text for s in sections)
    total = words(text)
    findings: list[Finding] = []
    thin = [m for m in ctx.lexicon(params.boilerplate_lexicon).find(text)]
    if total < params.min_words:
        findings.append(absence(ctx.criterion, "readability.too_little", sections[0].letter if sections else None, "high",
                                f"The advice has {total} words of content: nothing a family can learn from." +
                                (f" It relies on '{thin[0].text}'." if thin else ""),
                                "Write what the child's health needs are and what will help, in everyday words."))
        return Verdict(grade=1, summary=f"Largely boilerplate: {total} words of content.", counts={"words": total},
                       findings=tuple(findings))
    points = 0
    counts: dict[str, int | float | str | None] = {"words": total}
    ease = flesch_reading_ease(text) if total >= params.min_words_for_formula else None
    counts["reading_ease"] = ease
    if ease is not None and ease < params.min_reading_ease:
        points += 2 if ease < params.dense_reading_ease else 1
        hardest = _hardest(sections)
        message = (f"The advice reads as {'dense clinical' if ease < params.dense_reading_ease else 'fairly difficult'} prose "
                   f"(Flesch reading ease {ease:.0f}; plain English is {params.min_reading_ease:.0f} or more).")
        fix = "Use short sentences and everyday words; say what a result means for the child."
        if hardest:
            section, start, end, _ = hardest
            findings.append(quote(ctx.criterion, "readability.reading_ease", section, start, end,
                                  "high" if ease < params.dense_reading_ease else "medium", message, fix))
        else:
            findings.append(absence(ctx.criterion, "readability.reading_ease", None, "medium", message, fix))

    seen: set[str] = set()
    acronyms = terms = 0
    for name in params.jargon_lexicons:
        lexicon = ctx.lexicon(name)
        for section in sections:
            for m in acronym_matches(lexicon, section.text):
                key = m.entry.key.lower()
                if key in seen or is_explained(m, plan.text, section.text[m.end:m.end + 40]) or explained_here(section.text, m.start, m.end):
                    seen.add(key)
                    continue
                seen.add(key)
                is_acronym = m.entry.category == "acronym"
                acronyms += is_acronym
                terms += not is_acronym
                expansion = m.entry.expansion or "its meaning"
                findings.append(quote(
                    ctx.criterion, "readability.unexplained_acronym" if is_acronym else "readability.jargon", section,
                    m.start, m.end, "low", f"'{m.text}' is used without explanation.",
                    f"Write it out the first time: '{expansion} ({m.text})'." if is_acronym
                    else f"Explain it in everyday words, e.g. '{expansion}'.", name, m.entry.key))
    counts["unexplained_acronyms"] = acronyms
    counts["unexplained_terms"] = terms
    points += _lapses(acronyms, params.acronyms) + _lapses(terms, params.terms)
    if (acronyms + terms) * 100 / total >= params.dense_per_100_words:
        points += 1
    counts["lapses"] = points
    if points <= 1:
        grade, why = 4, "plain English, with acronyms and clinical terms explained"
    elif points <= 2:
        grade, why = 3, "mostly plain, with a few unexplained terms"
    elif points <= 6:
        grade, why = 2, "dense clinical language"
    else:
        grade, why = 1, "largely jargon"
    shown = f"reading ease {ease:.0f}; " if ease is not None else ""
    return Verdict(grade=grade, summary=f"{why[0].upper()}{why[1:]} ({shown}{acronyms} unexplained acronyms, {terms} terms).",
                   counts=counts, findings=tuple(findings))
