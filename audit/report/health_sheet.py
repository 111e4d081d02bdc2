"""The workbook's Health sheet, the Designated Clinical Officer's page: one row per health advice
document with its grades, then, for plans audited with `--focus health`, each health need in C
beside the provision in G and the advice in K it was matched to, and what matched nothing.

Written into the workbook by audit/report/excel.py (SHEETS); it uses the Book's cells and tables.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:  # excel.py imports this module for its SHEETS list
    from xlsxwriter.worksheet import Worksheet

    from audit.report.excel import Book

ADVICE_FACTS = (("Document id", 18), ("File", 30), ("Author", 20), ("Author role", 26), ("Date of advice", 13),
                ("Year group", 8))
# What a DCO reads first in an advice audit: provision lines without a frequency or a provider.
UNSPECIFIED_RULES = frozenset({"provision.no_frequency", "provision.no_provider"})


def _joined(texts: Iterable[str]) -> str | None:
    shown = [t for t in texts if t]
    return "\n".join(shown) if shown else None


def flatten(mapping: dict, prefix: str = "") -> list[tuple[str, Any]]:
    """A nested focus dict as (dotted key, cell value) pairs, keys sorted."""
    pairs: list[tuple[str, Any]] = []
    for key in sorted(mapping, key=str):
        value = mapping[key]
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            pairs.extend(flatten(value, f"{name}."))
        elif isinstance(value, (list, tuple)):
            pairs.append((name, "; ".join(str(v) for v in value)))
        elif value is None or isinstance(value, (str, int, float, bool, date)):
            pairs.append((name, value))
        else:
            pairs.append((name, str(value)))
    return pairs


def write_health(book: "Book", ws: "Worksheet") -> None:
    """Health advice graded (seven criteria and overall), and the C/G/K matching of focused plans."""
    from audit.report.excel import Column, grade_choice, unique_headers

    row = book.title(ws, "Health: health advice documents and the health view of plans",
                     "Each health advice document graded against the health-advice rubric, and for plans audited "
                     "with --focus health, each health need in section C matched to health provision in G and to "
                     "the advice in K it came from.")
    advice = [a for a in book.batch.audits if a.kind == "health_advice"]
    # Criteria in the order the advice rubric gives them (first document first), by (rubric, id).
    criteria: dict[tuple[str, str], str] = {}
    for audit in advice:
        for result in audit.criteria:
            criteria.setdefault((audit.rubric_id, result.id), result.title or result.id)
    row = book.heading(ws, row, "Health advice documents")
    columns = [Column(header, width, "date" if header == "Date of advice" else None) for header, width in ADVICE_FACTS]
    first_grade = len(columns)
    columns += [Column(title, 16) for title in criteria.values()] + [Column("Overall grade", 16)]
    last_grade = len(columns) - 1
    columns += [Column("Rubric", 16), Column("Findings", 9), Column("Provision lines without frequency or provider", 16)]
    columns = [Column(h, c.width, c.format) for h, c in zip(unique_headers([c.header for c in columns]), columns)]
    rows: list[list[Any]] = []
    for audit in advice:
        grades = {(audit.rubric_id, r.id): r.grade for r in audit.criteria}
        findings = [f for r in audit.criteria for f in r.findings]
        unspecified = {f.quote for f in findings if f.rule in UNSPECIFIED_RULES and f.quote}
        rows.append([audit.plan_id, audit.source, audit.facts.author, audit.facts.author_role, audit.facts.document_date,
                     audit.facts.year_group,
                     *(grade_choice(grades[key]) if key in grades else None for key in criteria),
                     grade_choice(audit.overall.grade), f"{audit.rubric_id} {audit.rubric_version}", len(findings),
                     len(unspecified)])
    last = book.table(ws, row, "HealthAdviceTable", columns, rows)
    book.colour_grades(ws, row + 1, first_grade, last - 1, last_grade)

    focus_rows = [(audit.plan_id, key, value) for audit in book.batch.audits if audit.focus
                  for key, value in flatten({k: v for k, v in audit.focus.items() if k not in ("findings", "health")})
                  + flatten({"counts": audit.focus["health"].get("counts", {})} if isinstance(audit.focus.get("health"), dict) else {})]
    if focus_rows:
        row = book.heading(ws, last, "Focus of plans: what was looked at and how much was matched")
        last = book.table(ws, row, "HealthFocusTable", [Column("Plan id", 18), Column("Aspect", 36), Column("Value", 60, "wrap")],
                          focus_rows)
    focused = [a for a in book.batch.audits if a.focus and isinstance(a.focus.get("health"), dict)]
    if not focused:
        return
    row = book.heading(ws, last, "Health needs in C, matched to provision in G and advice in K")
    need_rows: list[list[Any]] = []
    provision_rows: list[list[Any]] = []
    advice_rows: list[list[Any]] = []
    for audit in focused:
        view = audit.focus["health"]  # type: ignore[index]
        provision = {p["index"]: p["text"] for p in view.get("provision", [])}
        entries = {a["index"]: a for a in view.get("advice", [])}
        for need in view.get("needs", []):
            need_rows.append([audit.plan_id, need["index"], need["text"], ", ".join(need.get("terms", [])) or None,
                              _joined(provision.get(i, "") for i in need["provision"]),
                              _joined(entries[i]["text"] for i in need["advice"] if i in entries),
                              "Matched" if need["provision"] else "No health provision in G"])
        for item in view.get("provision", []):
            if not item["needs"]:
                provision_rows.append([audit.plan_id, item["index"], item["text"], "Meets no health need in C"])
        for entry in view.get("advice", []):
            if entry["health"] and not entry["used_in"]:
                advice_rows.append([audit.plan_id, entry["text"], entry.get("author"),
                                    date.fromisoformat(entry["date"]) if entry.get("date") else None,
                                    "Nothing from it in C or G"])
    last = book.table(ws, row, "HealthNeedsTable",
                      [Column("Plan id", 18), Column("Need", 7), Column("Health need (section C)", 60, "wrap"),
                       Column("Health words", 24, "wrap"), Column("Provision in G", 60, "wrap"),
                       Column("Advice in K", 40, "wrap"), Column("Status", 22)], need_rows)
    row = book.heading(ws, last, "Health provision in G that meets no need in C")
    last = book.table(ws, row, "HealthProvisionTable",
                      [Column("Plan id", 18), Column("Item", 7), Column("Provision (section G)", 70, "wrap"),
                       Column("Status", 26)], provision_rows)
    row = book.heading(ws, last, "Health advice listed in K but absent from C and G")
    book.table(ws, row, "HealthAdviceUnusedTable",
               [Column("Plan id", 18), Column("Advice (section K)", 60, "wrap"), Column("Author", 24),
                Column("Date", 12, "date"), Column("Status", 26)], advice_rows)
