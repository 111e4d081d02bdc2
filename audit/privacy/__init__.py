"""Pseudonymisation of EHC plan text: one recogniser per identifier, and a Redactor that
replaces each with a stable pseudonym ("Child A", "Parent 1", "[NHS number 1]", "[DOB]").

    redactor = Redactor(seed=os.environ.get("EHCP_AUDIT_REDACT_SEED", ""))
    redactor.learn_plan(plan)                 # or redactor.learn(plan.facts, cover_text)
    safe_audit = redactor.redact_audit(audit)  # or redactor.redact_batch(batch), redactor.redact(text)

Recognisers (each `find_*(text) -> list[Match]`): nhs_number, upn, postcode, phone, email,
dates_of_birth, addresses, names (People). What is and is not hidden: SECURITY.md.
"""

from __future__ import annotations

from audit.privacy.redactor import Redactor
from audit.privacy.spans import Match

__all__ = ["Match", "Redactor"]
