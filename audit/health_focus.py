"""The Designated Clinical Officer's view of a plan (`--focus health`): each health need in C
matched to health provision in G and to the advice in K it came from, and what is left unmatched.

Needs and provision are matched by the health words they share (the rubric's health lexicon, and
the clinical words around them); advice by its title, author and service words. The result is a
plain, sorted, JSON-ready dict: the same plan gives the same view.
"""

from __future__ import annotations

import re
from typing import Any

from audit.checks.outcomes_specific import content_stems
from audit.lexicon import Lexicon
from audit.model import AdviceEntry, Finding, Plan, ProvisionItem, Section
from audit.nlp import sentences

FOCUS_CRITERION = "health_focus"
# Words every health sentence and advice title shares: they match nothing to anything.
_GENERIC = frozenset(content_stems(
    "health needs need provision support supported school review reviewed report reports advice assessment assessed "
    "notes letter plan child young person will with have from their this that they year years weekly daily term termly "
    "once twice every month months week weeks minutes hours session sessions team service services programme staff "
    "which when where there other also about required condition conditions"))
# K entries from health professionals: the words of a health service or profession.
_HEALTH_ADVICE = re.compile(
    r"\b(?:health|medical|paediatric\w*|p(?:a)?ediatrician|nurs\w*|therap\w*|physio\w*|speech|occupational|CAMHS|mental\s+health|"
    r"audiolog\w*|hearing|vision|orthopt\w*|dietet\w*|dietit\w*|psychiatr\w*|clinical|GP|doctor|neurolog\w*|cardiolog\w*|"
    r"epilepsy|diabetes|continence|wheelchair|orthot\w*|ophthalm\w*|implant)\b", re.I)
# "He has no other health conditions": a sentence that denies a need is not one.
_DENIES = re.compile(r"\bno\s+(?:other\s+|known\s+|identified\s+)?(?:health|medical)\b|\bno\s+(?:other\s+)?(?:health\s+)?(?:needs|conditions|concerns)\b", re.I)
_NEED_CATEGORIES = frozenset({"condition", "impact", "treatment"})


def _terms(text: str, lexicon: Lexicon) -> set[str]:
    """The health lexicon entries a text mentions (by entry, so "deaf" and "deafness" are one)."""
    return {m.entry.key.lower() for m in lexicon.find(text)}


def _mentions(text: str, lexicon: Lexicon) -> list[str]:
    """The health words as the text writes them, for the reader."""
    return sorted({m.text.lower() for m in lexicon.find(text)})


_PROPER = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-Z][a-z'\-]+")


def _stems(text: str, exclude: frozenset[str]) -> set[str]:
    """Clinical content words; names of people and places (capitalised mid-sentence) match nothing."""
    return content_stems(_PROPER.sub(" ", text)) - _GENERIC - exclude


def need_units(section: Section | None, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The health needs stated in C: each sentence (or list line) naming a condition, its impact or treatment."""
    if section is None:
        return []
    units: list[tuple[int, int, str]] = []
    for start, end, text in sentences(section.text):
        for offset, line in _lines(text):
            body = line.strip(" -*\u2022\t")
            if not body or _DENIES.search(body):
                continue
            if any(m.entry.category in _NEED_CATEGORIES for m in lexicon.find(body)):
                at = start + offset + line.find(body)
                units.append((at, at + len(body), body))
    return units


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def g_items(plan: Plan) -> list[ProvisionItem]:
    """Health provision in G; a G that ingest split nothing from is read line by line."""
    from audit.checks.provision_specific import provision_units

    return [item for item in provision_units(plan) if item.section == "G"]


def _finding(rule: str, section: Section | None, letter: str, span: tuple[int, int] | None, severity: str,
             message: str, fix: str) -> Finding:
    if section is not None and span is not None:
        return Finding(criterion=FOCUS_CRITERION, rule=rule, section=letter, quote=section.text[span[0]:span[1]],
                       start=span[0], end=span[1], severity=severity, message=message, fix=fix)  # type: ignore[arg-type]
    return Finding(criterion=FOCUS_CRITERION, rule=rule, section=letter, quote="", severity=severity,  # type: ignore[arg-type]
                   message=message, fix=fix)


def _names_author(text: str, entry: AdviceEntry) -> bool:
    """The need names the advice's author ("seen by Dr Cormac Tilley"): the advice it came from."""
    words = re.findall(r"[A-Z][a-z'\-]{2,}", entry.author or "")
    surname = words[-1] if words and not re.search(r"\d", entry.author or "") else None
    return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _advice_words(entry: AdviceEntry, exclude: frozenset[str]) -> set[str]:
    title = entry.text
    if entry.author:
        title = title.replace(entry.author, " ")  # a person's name matches no need
    title = re.sub(r"\b(?:Dr|Mrs|Mr|Ms|Miss|Prof)\.?\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?", " ", title)
    return _stems(title, exclude)


def health_view(plan: Plan, lexicon: Lexicon) -> dict[str, Any]:
    """The C/G/K matching for one plan: needs with their provision and advice, and what is unmatched."""
    name = (plan.facts.child_name or "").split()
    exclude = frozenset(content_stems(" ".join(name)))
    c, g, k = plan.section("C"), plan.section("G"), plan.section("K")
    needs = need_units(c, lexicon)
    provision = g_items(plan)
    advice = list(plan.advice)

    need_terms = [(_terms(t, lexicon), _stems(t, exclude)) for _, _, t in needs]
    item_terms = [(_terms(it.text, lexicon), _stems(it.text, exclude)) for it in provision]
    advice_words = [_advice_words(a, exclude) for a in advice]
    advice_terms = [_terms(a.text, lexicon) for a in advice]

    def shared(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> list[str]:
        return sorted((a[0] & b[0]) | (a[1] & b[1]))

    need_rows: list[dict[str, Any]] = []
    matched_items: set[int] = set()
    for i, (start, end, text) in enumerate(needs):
        items = [j for j in range(len(provision)) if shared(need_terms[i], item_terms[j])]
        sources = [j for j in range(len(advice)) if (need_terms[i][1] & advice_words[j]) or (need_terms[i][0] & advice_terms[j])
                   or _names_author(text, advice[j])]
        matched_items.update(items)
        need_rows.append({
            "index": i + 1, "section": "C", "text": text, "start": start, "end": end,
            "terms": _mentions(text, lexicon),
            "provision": [provision[j].index for j in items],
            "advice": [j + 1 for j in sources],
            "shared_words": sorted({w for j in items for w in need_terms[i][1] & item_terms[j][1]}
                                   | {w for j in items for w in _mentions(text, lexicon) if need_terms[i][0] & item_terms[j][0]}),
        })
    provision_rows = [{
        "index": item.index, "section": "G", "text": item.text,
        "terms": _mentions(item.text, lexicon),
        "needs": [row["index"] for row in need_rows if item.index in row["provision"]],
    } for j, item in enumerate(provision)]

    cg_text = plan.section_text("C", "G")
    cg_stems = _stems(cg_text, exclude)
    advice_rows: list[dict[str, Any]] = []
    for j, entry in enumerate(advice):
        is_health = bool(_HEALTH_ADVICE.search(entry.text) or advice_terms[j])
        used_c = bool(c is not None and (advice_words[j] & _stems(c.text, exclude) or advice_terms[j] & _terms(c.text, lexicon)))
        used_g = bool(g is not None and (advice_words[j] & _stems(g.text, exclude) or advice_terms[j] & _terms(g.text, lexicon)))
        advice_rows.append({
            "index": j + 1, "section": "K", "text": entry.text, "author": entry.author,
            "date": entry.date.isoformat() if entry.date else None, "health": is_health,
            "used_in": [x for x, used in (("C", used_c), ("G", used_g)) if used],
            "words": sorted(advice_words[j] & cg_stems),
        })

    findings: list[Finding] = []
    for row in need_rows:
        if not row["provision"]:
            findings.append(_finding("health.need_without_provision", c, "C", (row["start"], row["end"]), "high",
                                     "This health need in C has no matching health provision in G.",
                                     "Set out in G the health provision that meets this need: what, who, how often."))
    for row, item in zip(provision_rows, provision):
        if not row["needs"]:
            findings.append(_finding("health.provision_without_need", g, "G", _span(g, item), "medium",
                                     "This health provision in G meets no health need described in C.",
                                     "Describe in C the need this provision meets, or remove it from G."))
    for row in advice_rows:
        if row["health"] and not row["used_in"]:
            where = _span_of(k, row["text"])
            findings.append(_finding("health.advice_not_used", k, "K", where, "medium",
                                     "This health advice is listed in K, but nothing from it appears in C or G.",
                                     "Carry the needs and provision this advice describes into C and G (or say why not)."))
    for row in need_rows:
        del row["start"], row["end"]
    return {
        "needs": need_rows,
        "provision": provision_rows,
        "advice": advice_rows,
        "needs_without_provision": [r["index"] for r in need_rows if not r["provision"]],
        "provision_without_need": [r["index"] for r in provision_rows if not r["needs"]],
        "advice_not_used": [r["index"] for r in advice_rows if r["health"] and not r["used_in"]],
        "counts": {"needs": len(need_rows), "provision": len(provision_rows), "health_advice": sum(r["health"] for r in advice_rows),
                   "needs_matched": sum(bool(r["provision"]) for r in need_rows),
                   "provision_matched": sum(bool(r["needs"]) for r in provision_rows),
                   "advice_used": sum(bool(r["used_in"]) for r in advice_rows if r["health"])},
        "findings": [f.model_dump(mode="json") for f in findings],
    }


def _span(section: Section | None, item: ProvisionItem) -> tuple[int, int] | None:
    if section is None:
        return None
    if section.text[item.start:item.end] == item.text:
        return item.start, item.end
    return _span_of(section, item.text)


def _span_of(section: Section | None, text: str) -> tuple[int, int] | None:
    if section is None:
        return None
    at = section.text.find(text)
    return (at, at + len(text)) if at >= 0 else None
