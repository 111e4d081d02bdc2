"""The Redactor: one consistent pseudonymisation for a run, over texts, audits and batches.

It learns who and what to hide from each plan's facts and cover page, finds every identifier
with the recognisers of this package, and replaces each with a pseudonym of its kind. The same
person or number gets the same pseudonym throughout a run, numbered in order of first
appearance; nothing is random, so the same inputs in the same order give the same output.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date
from typing import Any, Callable

from audit.model import BatchAudit, CriterionResult, Finding, OutcomeAssessment, Plan, PlanAudit, PlanFacts
from audit.privacy import addresses, dates_of_birth, email, names, nhs_number, phone, postcode, upn
from audit.privacy.cover_page import read_cover
from audit.privacy.names import People, Person, find_introduced_names, name_parts, split_people
from audit.privacy.spans import Match, resolve

# Fixed replacements for identifiers that need no numbering.
FIXED_PSEUDONYMS: dict[str, str] = {
    "date_of_birth": "[DOB]",
    "postcode": "[postcode]",
    "phone": "[phone]",
    "email": "[email]",
    "address": "[address]",
}
ROLE_LABELS: dict[str, str] = {"parent": "Parent", "relative": "Relative", "person": "Person"}
_PARENT_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _letters(n: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA': the letter of the n-th child."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _flexible(literal: str, separators: str = r"[\s,]*") -> str:
    """A pattern for `literal` that tolerates different spacing between its words or digits."""
    return separators.join(re.escape(part) for part in re.split(r"[\s,]+", literal) if part)


class Redactor:
    """Pseudonymises identifiers consistently across everything redacted in one run.

    `seed` keys the plan ids that `redact_batch` gives (an HMAC of each file's sha256), so a
    council keeping the seed private can link a redacted report back to its files and nobody
    else can. Names, numbers and dates never depend on the seed.
    """

    def __init__(self, seed: str = "") -> None:
        self.seed = seed
        self.people = People()
        self.known_dob: date | None = None
        self._known_nhs: list[str] = []  # digits
        self._known_upns: list[str] = []
        self._known_addresses: list[str] = []
        # key -> pseudonym, filled in order of first appearance.
        self._pseudonyms: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self._last_identity: tuple[object, ...] | None = None

    # --- learning ----------------------------------------------------------------------------

    def learn(self, facts: PlanFacts, cover_text: str = "") -> None:
        """Register the plan's child, family, date of birth, NHS number and UPN.

        The people learnt last take precedence for a shared name (a batch moves plan by plan).
        """
        identity = (facts.child_name, facts.family_names, facts.date_of_birth, facts.nhs_number, facts.upn)
        # The same plan learnt again (learn_plan, then redact_audit) stays one plan.
        same_plan = identity == self._last_identity and self.people.generation > 0
        if not same_plan:
            self.people.generation += 1
            # A date of birth belongs to its plan: another plan's evidence dates are kept.
            self.known_dob = None
        self._last_identity = identity
        cover = read_cover(cover_text) if cover_text else None
        child_names = [facts.child_name] if facts.child_name else []
        family = list(facts.family_names)
        if cover:
            child_names += cover.child_names
            family += cover.family_names
        # Every name the cover and facts give the child is the same child.
        child: Person | None = None
        for name in child_names:
            if child is None:
                child = self.people.add(name, "child")
            else:
                self.people.alias(child, name)
        for value in family:
            for person in split_people(value):
                parts = name_parts(person)
                title = person.split()[0].rstrip(".").lower() if person.split() else ""
                if len(parts) == 1 and title in names.TITLES:
                    self.people.add(person, "parent", titled_form=f"{title} {parts[0]}")
                else:
                    self.people.add(person, "parent")
        self.known_dob = facts.date_of_birth or (cover.date_of_birth if cover else None) or self.known_dob
        for value in [facts.nhs_number] + (cover.nhs_numbers if cover else []):
            digits = nhs_number.digits_of(value or "")
            if len(digits) == 10 and digits not in self._known_nhs:
                self._known_nhs.append(digits)
        for value in [facts.upn] + (cover.upns if cover else []):
            value = (value or "").strip().upper()
            if re.fullmatch(r"[A-Z]\d{11}[0-9A-Z]", value) and value not in self._known_upns:
                self._known_upns.append(value)
        for value in cover.addresses if cover else []:
            self._learn_address(value)

    def learn_plan(self, plan: Plan) -> None:
        """Learn from a Plan: its facts and its cover page (the text before the first section)."""
        cover_end = min((s.start for s in plan.sections), default=len(plan.text))
        # The cover ends at the first section's heading, which precedes its body.
        self.learn(plan.facts, plan.text[:cover_end])

    def _learn_address(self, value: str) -> None:
        candidates = [value] + [part.strip() for part in value.split(",")]
        for part in candidates:
            # A lone town name is left: it would hide every mention of the local area.
            if part and (re.search(r"\d", part) or len(part.split()) > 1) and not postcode.POSTCODE.fullmatch(part):
                if part.lower() not in self._known_addresses:
                    self._known_addresses.append(part.lower())

    def discover(self, text: str) -> None:
        """Register names the text introduces itself ('Mum Sarah', 'my brother Jack', 'Mrs Brown'),
        and short forms of this plan's first names ('Sam', 'Sammy' for Samuel)."""
        for word in sorted(set(re.findall(r"(?<![^\W_])[A-Z][a-z]{2,}(?![^\W_])", text))):
            owner = self.people.short_form_owner(word)
            if owner is not None:
                self.people.add_short_form(owner, word)
        for name, role, title in find_introduced_names(text):
            full = " ".join(name_parts(name)).lower()
            owners = self.people.owners(full)
            if title:
                if owners and any(p.role != "child" for p in owners):
                    continue
                if owners:
                    # 'Mrs Jones' beside a child called Jones is a parent, not the child.
                    role_for = "parent" if title.lower() in _PARENT_TITLES else "person"
                    self.people.add(name, role_for, titled_form=f"{title.lower()} {full}")
                    continue
                self.people.add(name, "person")
            elif not owners:
                self.people.add(name, role)

    # --- finding and replacing ---------------------------------------------------------------

    def matches(self, text: str) -> list[Match]:
        """Every identifier in `text`, without overlaps, in text order."""
        found: list[Match] = []
        found += email.find_emails(text)
        found += nhs_number.find_nhs_numbers(text)
        found += self._find_known(text, self._known_nhs, "nhs_number", r"[ \-]?", digits=True)
        found += upn.find_upns(text)
        found += self._find_known(text, self._known_upns, "upn", "")
        found += dates_of_birth.find_dates_of_birth(text, self.known_dob)
        found += phone.find_phone_numbers(text)
        found += postcode.find_postcodes(text)
        found += addresses.find_address_lines(text)
        found += self._find_known(text, self._known_addresses, "address", r"[\s,]*", words=True)
        found += self.people.find(text)
        return resolve(found)

    def _find_known(
        self, text: str, values: list[str], entity: str, separator: str, digits: bool = False, words: bool = False
    ) -> list[Match]:
        found: list[Match] = []
        for value in values:
            if digits:
                body = separator.join(value)
                pattern = rf"(?<!\d){body}(?!\d)"
            elif words:
                pattern = rf"(?<![^\W_]){_flexible(value, separator)}(?![^\W_])"
            else:
                pattern = rf"(?<![^\W_]){re.escape(value)}(?![^\W_])"
            for m in re.finditer(pattern, text, re.IGNORECASE):
                found.append(Match(m.start(), m.end(), entity, m.group(), f"{entity}.known", value))
        return found

    def pseudonym(self, match: Match) -> str:
        """The stable replacement for one identifier."""
        if match.entity in FIXED_PSEUDONYMS:
            return FIXED_PSEUDONYMS[match.entity]
        if match.entity == "name":
            person = self.people.persons.get(match.key)
            return self._person_pseudonym(person) if person else "[name]"
        label = {"nhs_number": "NHS number", "upn": "UPN"}.get(match.entity, match.entity)
        return self._numbered(match.entity, match.key, lambda n: f"[{label} {n + 1}]")

    def _person_pseudonym(self, person: Person) -> str:
        if person.role == "child":
            return self._numbered("child", person.key, lambda n: f"Child {_letters(n)}")
        label = ROLE_LABELS[person.role]
        return self._numbered(person.role, person.key, lambda n: f"{label} {n + 1}")

    def _numbered(self, kind: str, key: str, make: Callable[[int], str]) -> str:
        token = (kind, key)
        if token not in self._pseudonyms:
            n = self._counts.get(kind, 0)
            self._counts[kind] = n + 1
            self._pseudonyms[token] = make(n)
        return self._pseudonyms[token]

    def redact(self, text: str) -> str:
        """`text` with every identifier replaced by its pseudonym."""
        if not text:
            return text
        self.discover(text)
        out: list[str] = []
        last = 0
        for match in self.matches(text):
            out.append(text[last : match.start])
            out.append(self.pseudonym(match))
            last = match.end
        out.append(text[last:])
        return "".join(out)

    # --- audits ------------------------------------------------------------------------------

    def plan_id_for(self, sha256: str) -> str:
        """A pseudonymous plan id, stable for the same file and seed: 'plan-3f9a1c07e2'."""
        digest = hmac.new(self.seed.encode(), sha256.encode(), hashlib.sha256).hexdigest()
        return f"plan-{digest[:10]}"

    def redact_audit(self, audit: PlanAudit, plan_id: str | None = None) -> PlanAudit:
        """A copy of `audit` with every quote, message, fix, outcome text and identifier hidden.

        `plan_id`, if given, replaces both the plan id and the source (which is usually a file
        name, often holding the child's name); otherwise both are redacted as text.
        """
        self.learn(audit.facts)
        texts = [audit.source, audit.plan_id, audit.facts.author or ""]
        for criterion in audit.criteria:
            texts.append(criterion.summary)
            texts += [t for f in criterion.findings for t in (f.quote, f.message, f.fix)]
        texts += [o.text for o in audit.outcomes]
        for text in texts:
            self.discover(text)
        facts = self._redact_facts(audit.facts)
        criteria = tuple(self._redact_criterion(c) for c in audit.criteria)
        outcomes = tuple(self._redact_outcome(o) for o in audit.outcomes)
        return audit.model_copy(
            update={
                "plan_id": plan_id if plan_id is not None else self.redact(audit.plan_id),
                "source": plan_id if plan_id is not None else self.redact(audit.source),
                "facts": facts,
                "criteria": criteria,
                "outcomes": outcomes,
                "focus": self._redact_value(audit.focus),
            }
        )

    def redact_batch(self, batch: BatchAudit) -> BatchAudit:
        """A copy of `batch` with every audit redacted and given a pseudonymous plan id."""
        audits = tuple(self.redact_audit(a, plan_id=self.plan_id_for(a.sha256)) for a in batch.audits)
        errors = tuple(
            e.model_copy(update={"source": self.redact(e.source), "reason": self.redact(e.reason)}) for e in batch.errors
        )
        return batch.model_copy(update={"audits": audits, "errors": errors})

    def _redact_facts(self, facts: PlanFacts) -> PlanFacts:
        child = self._name_pseudonym(facts.child_name) if facts.child_name else None
        family = tuple(self._name_pseudonym(name) for name in facts.family_names)
        nhs = self.redact(facts.nhs_number) if facts.nhs_number else None
        upn_value = self.redact(facts.upn) if facts.upn else None
        return facts.model_copy(
            update={
                "child_name": child,
                "family_names": family,
                # The year group is kept (criteria depend on it); the birth date itself is not.
                "date_of_birth": None,
                "nhs_number": nhs,
                "upn": upn_value,
                "author": self.redact(facts.author) if facts.author else None,
            }
        )

    def _name_pseudonym(self, name: str) -> str:
        """The pseudonym of a name as a whole ('Samuel (Sam) Jones' -> 'Child A')."""
        pseudonyms: list[str] = []
        for person_name in split_people(name) or [name]:
            parts = name_parts(person_name)
            title = person_name.split()[0].rstrip(".").lower() if person_name.split() else ""
            key = f"{title} {parts[0]}".lower() if len(parts) == 1 and title in names.TITLES else " ".join(parts).lower()
            person = self.people.persons.get(key)
            pseudonyms.append(self._person_pseudonym(person) if person else self.redact(person_name))
        return " and ".join(pseudonyms)

    def _redact_criterion(self, criterion: CriterionResult) -> CriterionResult:
        findings = tuple(self._redact_finding(f) for f in criterion.findings)
        counts = {k: self._redact_value(v) for k, v in criterion.counts.items()}
        return criterion.model_copy(update={"summary": self.redact(criterion.summary), "findings": findings, "counts": counts})

    def _redact_finding(self, finding: Finding) -> Finding:
        return finding.model_copy(
            update={"quote": self.redact(finding.quote), "message": self.redact(finding.message), "fix": self.redact(finding.fix)}
        )

    def _redact_outcome(self, outcome: OutcomeAssessment) -> OutcomeAssessment:
        return outcome.model_copy(update={"text": self.redact(outcome.text)})

    def _redact_value(self, value: Any) -> Any:
        """Strings anywhere inside dicts and lists (the `focus` view, counts) redacted."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {k: self._redact_value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self._redact_value(v) for v in value)
        return value
