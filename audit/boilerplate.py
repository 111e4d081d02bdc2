"""Copy-paste across a batch: sentences of A and E that recur, verbatim or nearly, in many plans.

CRITERIA.md (readability, outcomes) and the inspection letters name copy-paste as the commonest
cause of generic plans. It can only be seen across a batch, so it is found after every plan is
audited: each plan yields fingerprints of its sentences, the batch counts them, and the plans
that hold a recurring sentence gain a finding. Grades are left alone, so a plan's grades in a
batch are the grades `check` gives it alone.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from audit.model import CriterionResult, Finding, Plan, PlanAudit

# Which sections are compared, and which criterion a recurring sentence there is evidence for.
SECTION_CRITERIA: dict[str, tuple[str, ...]] = {
    "A": ("readability",),
    "E": ("outcomes_specific", "readability"),
}
RULE = {"readability": "readability.batch_boilerplate", "outcomes_specific": "outcomes.batch_boilerplate"}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(A-Z])")
_PRONOUNS = re.compile(r"\b(he|she|they|him|her|them|his|hers|their|theirs|himself|herself|themselves)\b")
_NON_WORD = re.compile(r"[^a-z0-9<> ]+")
_DIGITS = re.compile(r"\d+")


class BoilerplateSettings(BaseModel):
    """When a sentence counts as copy-paste: in at least `min_plans` plans and `min_share` of the batch.

    In a batch of at least `template_min_plans`, a sentence in more than `template_share` of plans
    is the council's template wording (a prompt every plan carries), not copy-paste, and is not
    reported; a smaller batch is too small to tell the two apart.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_words: int = 6
    min_plans: int = 3
    min_share: float = 0.05
    template_share: float = 0.8
    template_min_plans: int = 20


class SentencePrint(BaseModel):
    """Where one comparable sentence stands in a plan, and its fingerprint."""

    model_config = ConfigDict(frozen=True)

    fingerprint: str
    section: str
    start: int
    end: int
    quote: str


def normalise(sentence: str, names: Iterable[str] = ()) -> str:
    """A sentence reduced to what copy-paste keeps: names, pronouns, numbers and punctuation go."""
    text = sentence.lower()
    for name in sorted({n.lower() for n in names if n and len(n) > 1}, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}(?:'s)?\b", "<child>", text)
    text = _PRONOUNS.sub("<pron>", text)
    text = _DIGITS.sub("0", text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


def fingerprint(sentence: str, names: Iterable[str] = ()) -> str:
    return hashlib.blake2b(normalise(sentence, names).encode(), digest_size=8).hexdigest()


def _child_names(plan: Plan) -> tuple[str, ...]:
    name = plan.facts.child_name or ""
    return tuple(part for part in [name, *name.split()] if part)


def sentence_prints(plan: Plan, settings: BoilerplateSettings = BoilerplateSettings()) -> tuple[SentencePrint, ...]:
    """Fingerprints of the sentences of A and E long enough to compare, once per sentence."""
    names = _child_names(plan)
    prints: list[SentencePrint] = []
    for letter in SECTION_CRITERIA:
        section = plan.section(letter)
        if section is None:
            continue
        offset = 0
        for line in section.text.split("\n"):
            pieces = _SENTENCE_END.split(line)
            cursor = 0
            for piece in pieces:
                at = line.find(piece, cursor)
                cursor = at + len(piece)
                stripped = piece.strip()
                if len(stripped.split()) >= settings.min_words:
                    start = offset + at + (len(piece) - len(piece.lstrip()))
                    prints.append(SentencePrint(fingerprint=fingerprint(stripped, names), section=letter,
                                                start=start, end=start + len(stripped), quote=stripped))
            offset += len(line) + 1
    unique: dict[tuple[str, str], SentencePrint] = {}
    for p in prints:
        unique.setdefault((p.section, p.fingerprint), p)
    return tuple(unique.values())


def recurring(prints_by_plan: Iterable[Iterable[SentencePrint]], plans: int,
              settings: BoilerplateSettings = BoilerplateSettings()) -> dict[str, int]:
    """Fingerprint -> number of plans, for sentences that recur enough to be copy-paste."""
    counts: Counter[str] = Counter()
    for prints in prints_by_plan:
        counts.update({p.fingerprint for p in prints})
    floor = max(settings.min_plans, settings.min_share * plans)
    ceiling = settings.template_share * plans if plans >= settings.template_min_plans else plans
    return {fp: n for fp, n in counts.items() if floor <= n <= ceiling}


def with_boilerplate_findings(audit: PlanAudit, prints: Iterable[SentencePrint], recurring_prints: dict[str, int],
                              plans: int) -> PlanAudit:
    """The audit with a finding on each criterion for each recurring sentence it holds."""
    extra: dict[str, list[Finding]] = {}
    for p in sorted(prints, key=lambda p: (p.section, p.start)):
        count = recurring_prints.get(p.fingerprint)
        if count is None:
            continue
        for criterion in SECTION_CRITERIA[p.section]:
            extra.setdefault(criterion, []).append(Finding(
                criterion=criterion, rule=RULE[criterion], section=p.section, quote=p.quote,
                start=p.start, end=p.end, severity="medium",
                message=f"This sentence appears, word for word or nearly, in {count} of the {plans} plans in this batch.",
                fix="Rewrite it for this child: their own words, their own needs and what they want to achieve.",
            ))
    if not extra:
        return audit
    criteria: list[CriterionResult] = []
    for result in audit.criteria:
        added = extra.get(result.id)
        if added and result.grade is not None:
            counts = dict(result.counts, batch_boilerplate_sentences=len(added))
            result = result.model_copy(update={"findings": result.findings + tuple(added), "counts": counts})
        criteria.append(result)
    return audit.model_copy(update={"criteria": tuple(criteria)})
