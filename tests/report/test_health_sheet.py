"""The workbook's Health sheet: a row per health advice document with its seven grades and overall,
and for plans audited with --focus health, C's needs beside G's provision and K's advice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from audit.batch import BatchSettings, collect_jobs, run_batch
from audit.report.excel import write_workbook
from audit.rubric import load_rubric

SAMPLES = Path(__file__).parents[2] / "samples"
AS_OF = date(2026, 11, 22)


def batch(*names: str, focus: str | None = None):
    jobs, errors = collect_jobs([str(SAMPLES / n) for n in names])
    assert not errors
    settings = BatchSettings(rubric=load_rubric("inspection"), advice_rubric=load_rubric("health-advice"), as_of=AS_OF, focus=focus)
    return run_batch(jobs, settings)


def table_rows(ws, name: str) -> list[dict]:
    ref = ws.tables[name].ref
    rows = [[c.value for c in row] for row in ws[ref]]
    return [dict(zip(rows[0], row)) for row in rows[1:] if any(v is not None for v in row)]


def test_one_row_per_advice_document_with_seven_grades_and_overall(tmp_path: Path) -> None:
    out = write_workbook(batch("health-advice/05_freya_dunmore_camhs_year10.pdf", "health-advice/02_theo_brannock_salt_year3.pdf"),
                         tmp_path / "a.xlsx")
    ws = load_workbook(out)["Health"]
    rows = table_rows(ws, "HealthAdviceTable")
    assert [r["Document id"] for r in rows] == ["05_freya_dunmore_camhs_year10", "02_theo_brannock_salt_year3"]
    freya = rows[0]
    assert freya["Overall grade"] == "1 Inadequate"
    assert freya["Transition to adult health services from Year 9"] == "1 Inadequate"
    assert rows[1]["Transition to adult health services from Year 9"] == "N/A"
    assert rows[1]["Author"] == "Hannah Okafor"
    assert freya["Provision lines without frequency or provider"] == 5
    grade_columns = [k for k in rows[0] if isinstance(rows[0][k], str) and rows[0][k][:1] in "1234N"]
    assert len(grade_columns) == 8  # seven criteria and overall


def test_focus_rows_match_needs_to_provision_and_advice(tmp_path: Path) -> None:
    out = write_workbook(batch("05_keiran_oakhollow_year9.docx", focus="health"), tmp_path / "f.xlsx")
    ws = load_workbook(out)["Health"]
    needs = table_rows(ws, "HealthNeedsTable")
    assert needs and all(r["Plan id"] == "05_keiran_oakhollow_year9" for r in needs)
    assert needs[0]["Status"] == "Matched" and "Cochlear implant" in needs[0]["Provision in G"]
    unused = table_rows(ws, "HealthAdviceUnusedTable")
    assert [r["Advice (section K)"][:34] for r in unused] == ["Speech and language therapy report"]


def test_no_health_sheet_for_plans_without_focus(tmp_path: Path) -> None:
    out = write_workbook(batch("05_keiran_oakhollow_year9.docx"), tmp_path / "p.xlsx")
    assert "Health" not in load_workbook(out).sheetnames
