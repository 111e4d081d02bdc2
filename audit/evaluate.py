"""How far the tool's grades agree with a panel's: exact and within-one agreement,
quadratic-weighted Cohen's kappa and a confusion matrix, per criterion and overall.

The statistics are pure functions of (panel, tool) grade pairs, reused by the moderation
reader. N/A is a fifth category: N/A against N/A is exact agreement; N/A against a grade is
a disagreement for exact and within-one agreement (never "within one"); kappa is computed
on the pairs where both gave a 1-4 grade, since N/A has no place on the ordinal scale.
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePath
from typing import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from audit.errors import AuditInputError
from audit.model import PlanAudit

Grade = int | None  # 1..4, None for N/A
GRADES: tuple[int, ...] = (1, 2, 3, 4)
MATRIX_LABELS: tuple[Grade, ...] = (1, 2, 3, 4, None)  # rows: panel, columns: tool
OVERALL = "overall"
POOLED = "all criteria"
NA_WORDS = frozenset({"na", "n/a", "n.a.", "not applicable"})


# --- Statistics -----------------------------------------------------------------------------


def quadratic_weighted_kappa(panel: Sequence[int], tool: Sequence[int],
                             categories: Sequence[int] = GRADES) -> float | None:
    """Cohen's kappa with quadratic weights, as sklearn's cohen_kappa_score(weights="quadratic").

    kappa = 1 - sum(w * observed) / sum(w * expected), w_ij = (i - j)^2 / (k - 1)^2, expected
    from the two raters' marginal totals. None when undefined (no pairs, or both raters used
    one and the same grade throughout, so no disagreement was possible).
    """
    if len(panel) != len(tool):
        raise ValueError("the two raters must grade the same items")
    n = len(panel)
    k = len(categories)
    if n == 0 or k < 2:
        return None
    index = {c: i for i, c in enumerate(categories)}
    observed = [[0] * k for _ in range(k)]
    for a, b in zip(panel, tool):
        observed[index[a]][index[b]] += 1
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    weighted_observed = 0.0
    weighted_expected = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            weighted_observed += w * observed[i][j]
            weighted_expected += w * rows[i] * cols[j] / n
    if weighted_expected == 0:
        return None
    return 1 - weighted_observed / weighted_expected


def confusion_matrix(pairs: Iterable[tuple[Grade, Grade]]) -> list[list[int]]:
    """5x5 counts: rows the panel's grade, columns the tool's, in the order 1, 2, 3, 4, N/A."""
    index = {g: i for i, g in enumerate(MATRIX_LABELS)}
    matrix = [[0] * len(MATRIX_LABELS) for _ in MATRIX_LABELS]
    for panel, tool in pairs:
        matrix[index[panel]][index[tool]] += 1
    return matrix


class Agreement(BaseModel):
    """Agreement on one criterion (or overall) between a panel and the tool."""

    model_config = ConfigDict(frozen=True)

    criterion: str
    n: int  # pairs compared, N/A included
    exact: float | None  # share of pairs with the same grade (N/A = N/A counts)
    within_one: float | None  # share within one grade (N/A only matches N/A)
    n_graded: int  # pairs where both gave 1-4: the ones kappa uses
    kappa: float | None
    matrix: list[list[int]]  # rows panel, columns tool: 1, 2, 3, 4, N/A


def agreement(criterion: str, pairs: Sequence[tuple[Grade, Grade]]) -> Agreement:
    """Exact, within-one and kappa agreement for (panel, tool) pairs."""
    n = len(pairs)
    exact = sum(1 for p, t in pairs if p == t)
    within = sum(1 for p, t in pairs if p == t or (p is not None and t is not None and abs(p - t) <= 1))
    graded = [(p, t) for p, t in pairs if p is not None and t is not None]
    kappa = quadratic_weighted_kappa([p for p, _ in graded], [t for _, t in graded])
    return Agreement(
        criterion=criterion,
        n=n,
        exact=round(exact / n, 4) if n else None,
        within_one=round(within / n, 4) if n else None,
        n_graded=len(graded),
        kappa=round(kappa, 4) if kappa is not None else None,
        matrix=confusion_matrix(pairs),
    )


# --- Panel labels ---------------------------------------------------------------------------


def pooled_agreement(pairs: Iterable[tuple[Grade, Grade]]) -> Agreement:
    """Agreement over every criterion grade together: the figure a panel quotes for the tool."""
    return agreement(POOLED, list(pairs))


def parse_grade(text: str) -> Grade:
    """'3' -> 3, 'NA'/'N/A' -> None; anything else is a ValueError."""
    value = text.strip()
    if value.lower() in NA_WORDS:
        return None
    if value in ("1", "2", "3", "4"):
        return int(value)
    raise ValueError(f"grade {value!r} must be 1, 2, 3, 4 or NA")


PLAN_SUFFIXES = frozenset({".docx", ".pdf", ".txt", ".md", ".json"})


def plan_key(name: str) -> str:
    """How labels name a plan: its file stem ('plans/p01.docx' and 'p01' are the same plan)."""
    path = PurePath(name.strip())
    return path.stem if path.suffix.lower() in PLAN_SUFFIXES else path.name


def read_labels(path: Path) -> dict[tuple[str, str], Grade]:
    """A labels CSV (columns plan, criterion, grade) as {(plan id, criterion): grade}.

    A blank grade means "not labelled" and is skipped; NA means the panel judged N/A.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AuditInputError(str(path), "no such labels file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditInputError(str(path), f"cannot read labels: {exc}") from None
    reader = csv.DictReader(text.splitlines())
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not {"plan", "criterion", "grade"} <= columns:
        raise AuditInputError(str(path), "a labels file needs the columns plan, criterion, grade")
    labels: dict[tuple[str, str], Grade] = {}
    for line, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
        if not row["plan"].strip() or not row["grade"].strip():
            continue
        try:
            grade = parse_grade(row["grade"])
        except ValueError as exc:
            raise AuditInputError(str(path), f"line {line}: {exc}") from None
        key = (plan_key(row["plan"]), row["criterion"].strip())
        if key in labels and labels[key] != grade:
            raise AuditInputError(str(path), f"line {line}: plan {key[0]} criterion {key[1]} is labelled twice, differently")
        labels[key] = grade
    return labels


# --- Comparing a batch with the labels ------------------------------------------------------


class Evaluation(BaseModel):
    model_config = ConfigDict(frozen=True)

    rubric_id: str
    rubric_version: str
    plans_compared: int
    criteria: list[Agreement]  # in rubric order, then any other labelled criterion
    pooled: Agreement  # every criterion grade together (the overall grade left out)
    overall: Agreement
    labelled_not_audited: list[str]  # plans in the labels that were not among the files
    audited_not_labelled: list[str]
    unknown_criteria: list[str]  # labelled criteria the rubric does not have


def evaluate(audits: Sequence[PlanAudit], labels: dict[tuple[str, str], Grade], rubric_id: str,
             rubric_version: str, criterion_order: Sequence[str]) -> Evaluation:
    """Compare the tool's grades in `audits` with the panel's `labels`."""
    by_plan = {audit.plan_id: audit for audit in audits}
    pairs: dict[str, list[tuple[Grade, Grade]]] = {c: [] for c in criterion_order}
    pairs[OVERALL] = []
    unknown: set[str] = set()
    compared: set[str] = set()
    for (plan_id, criterion), panel in sorted(labels.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        audit = by_plan.get(plan_id)
        if audit is None:
            continue
        if criterion == OVERALL:
            tool: Grade = audit.overall.grade
        else:
            result = next((r for r in audit.criteria if r.id == criterion), None)
            if result is None:
                unknown.add(criterion)
                continue
            tool = result.grade
        pairs.setdefault(criterion, []).append((panel, tool))
        compared.add(plan_id)
    labelled_plans = {plan for plan, _ in labels}
    return Evaluation(
        rubric_id=rubric_id,
        rubric_version=rubric_version,
        plans_compared=len(compared),
        criteria=[agreement(c, pairs[c]) for c in pairs if c != OVERALL],
        pooled=pooled_agreement(pair for c in pairs if c != OVERALL for pair in pairs[c]),
        overall=agreement(OVERALL, pairs[OVERALL]),
        labelled_not_audited=sorted(labelled_plans - set(by_plan)),
        audited_not_labelled=sorted(set(by_plan) - labelled_plans),
        unknown_criteria=sorted(unknown),
    )
