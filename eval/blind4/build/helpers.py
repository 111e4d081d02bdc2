"""Small deterministic helpers for the blind4 set (identifiers, year groups)."""

_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs(stem9):
    """A 10-digit NHS number from a 9-digit stem, with the modulus-11 check digit."""
    if len(stem9) != 9 or not stem9.startswith("999"):
        raise ValueError(stem9)
    total = sum(int(c) * (10 - i) for i, c in enumerate(stem9))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        raise ValueError("stem has no valid check digit: " + stem9)
    return stem9 + str(check)


def nhs_ok(n):
    n = n.replace(" ", "").replace("-", "")
    if len(n) != 10 or not n.isdigit():
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(n[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(n[9])


def spaced(n, sep=" "):
    return sep.join([n[:3], n[3:6], n[6:]])


def upn(d12):
    """Unique Pupil Number: DfE check letter followed by 12 digits."""
    total = sum(int(c) * (i + 2) for i, c in enumerate(d12))
    return _UPN_LETTERS[total % 23] + d12


def year_group(dob_iso, audit_year_start=2026):
    """National curriculum year on 2026-11-01 (1 September rule). -1 = nursery, 0 = Reception."""
    y, m, _ = (int(x) for x in dob_iso.split("-"))
    cohort = y if m >= 9 else y - 1
    return (audit_year_start - 5) - cohort
