"""The audit workbook: accessible layout, evidence a panel can act on, safe and atomic writing."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

import audit.report.excel as excel
from audit.model import BatchAudit
from audit.report.excel import GRADE_CHOICES, REVIEW_CHOICES, write_workbook
from audit.report.phase import phase
from batches import AS_OF, HOSTILE_QUOTES, health_batch, small_batch

GOLDEN = Path(__file__).parent / "golden" / "small_batch.json"


@pytest.fixture(scope="module")
def small_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_workbook(small_batch(), tmp_path_factory.mktemp("wb") / "audit.xlsx")


@pytest.fixture(scope="module")
def book(small_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(small_path)


def table_rows(ws, name: str) -> list[dict]:
    """A named table's data rows as {header: value}."""
    ref = ws.tables[name].ref
    rows = [[c.value for c in row] for row in ws[ref]]
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def cell_values(path: Path) -> dict[str, list[list]]:
    """Every sheet's values, trailing blanks trimmed, dates as ISO text: what the golden file holds."""
    workbook = openpyxl.load_workbook(path)
    sheets = {}
    for ws in workbook:
        rows = []
        for row in ws.iter_rows(values_only=True):
            values = [v.date().isoformat() if isinstance(v, datetime) else v for v in row]
            while values and values[-1] is None:
                values.pop()
            rows.append(values)
        sheets[ws.title] = rows
    return sheets


# --- Layout and accessibility --------------------------------------------------------------------


def test_sheets_come_in_order_with_the_cover_first(book):
    assert book.sheetnames == ["Cover", "Summary", "Plans", "Findings", "Outcomes", "Moderation", "Rubric",
                               "Errors", "About"]


def test_every_sheet_has_a_title_in_a1_and_no_merged_cells(book):
    for ws in book:
        assert isinstance(ws["A1"].value, str) and ws["A1"].value.strip(), ws.title
        assert not ws.merged_cells.ranges, ws.title


def test_every_table_is_named_and_starts_right_under_text(book):
    names = {name for ws in book for name in ws.tables}
    assert {"PlansTable", "FindingsTable", "OutcomesTable", "ModerationTable", "ContentsTable",
            "GradesByCriterionTable", "GradesByPhaseTable", "GradesByNeedTable", "RubricTable", "ErrorsTable",
            "AboutTable", "InputFilesTable"} <= names
    for ws in book:
        for table in ws.tables.values():
            top = ws[table.ref.split(":")[0]].row
            # Guidance: no blank rows above a table; the row above holds a title or explanation.
            assert all(ws.cell(row=r, column=1).value for r in range(1, top)), (ws.title, table.name)


def test_cover_lists_every_other_sheet_with_a_link(book):
    rows = table_rows(book["Cover"], "ContentsTable")
    assert [r["Sheet"] for r in rows] == book.sheetnames[1:]
    links = [c.hyperlink.location for c in book["Cover"]["A"] if c.hyperlink]
    assert links == [f"'{name}'!A1" for name in book.sheetnames[1:]]


def test_header_rows_are_frozen_on_the_long_sheets(book):
    for name in ("Plans", "Findings", "Outcomes", "Moderation"):
        ws = book[name]
        header_row = ws[ws.tables[f"{name}Table"].ref.split(":")[0]].row
        assert ws.freeze_panes == f"B{header_row + 1}"


# --- What the sheets say -------------------------------------------------------------------------


def test_plans_show_grades_as_number_and_word(book):
    rows = {r["Plan id"]: r for r in table_rows(book["Plans"], "PlansTable")}
    amy = rows["amy-2019"]
    assert amy["Education, health and care, not an education plan"] == "2 Requires improvement"
    assert amy["Preparing for adulthood from Year 9"] == "N/A"
    assert amy["Provision is specified and quantified"] == "1 Inadequate"
    assert amy["Overall grade"] == "2 Requires improvement"
    assert amy["Phase"] == "Primary" and amy["Year group"] == 4
    assert amy["Date of birth"] == datetime(2017, 3, 14)
    assert rows["=dan"]["Phase"] == "Unknown" and rows["=dan"]["Primary need"] == "Not recorded"
    assert rows["ben-2012"]["Overall grade"] == "1 Inadequate"


def test_grade_cells_are_coloured_by_their_word(book):
    rules = [rule for cf in book["Plans"].conditional_formatting for rule in cf.rules]
    assert {rule.text for rule in rules} == {"4", "3", "2", "1", "N/A"}
    assert all(rule.operator == "beginsWith" for rule in rules)


def test_each_plan_id_links_to_its_first_finding(book):
    plans, findings = book["Plans"], book["Findings"]
    linked = {c.value: c.hyperlink.location for c in plans["A"] if c.hyperlink}
    assert set(linked) == {"amy-2019", "ben-2012", "cal-2008", "=dan"}
    for plan_id, location in linked.items():
        sheet, cell = location.split("!")
        assert sheet == "'Findings'"
        assert findings[cell].value == f"{plan_id}#1"


def test_findings_carry_evidence_and_a_reviewer_dropdown(book):
    ws = book["Findings"]
    rows = table_rows(ws, "FindingsTable")
    assert len(rows) == 15
    first = rows[0]
    assert first["Finding id"] == "amy-2019#1"
    assert first["Severity"] == "High" and first["Section"] == "C"
    assert first["Quoted evidence"] == "No health needs identified"
    assert first["Reviewer decision"] is None
    plan_wide = next(r for r in rows if r["Rule"] == "currency.no_review")
    assert plan_wide["Section"] == "Whole plan" and plan_wide["Quoted evidence"] is None
    validation = next(dv for dv in ws.data_validations.dataValidation if "J" in str(dv.sqref))
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(REVIEW_CHOICES) + '"'
    assert str(validation.sqref) == f"J4:J{3 + len(rows)}"


def test_moderation_puts_an_empty_panel_grade_beside_each_tool_grade(book):
    ws = book["Moderation"]
    rows = table_rows(ws, "ModerationTable")
    assert len(rows) == 4 * 9  # eight criteria and the overall grade per plan
    assert rows[0] == {"Plan id": "amy-2019", "File": "plans/amy-2019.docx", "Criterion id": "holistic",
                       "Criterion": "Education, health and care, not an education plan",
                       "Tool grade": "2 Requires improvement", "Panel grade": None, "Panel comment": None}
    assert rows[8]["Criterion id"] == "overall"
    validation = ws.data_validations.dataValidation[0]
    assert validation.formula1 == '"' + ",".join(GRADE_CHOICES) + '"'
    assert str(validation.sqref) == f"F4:F{3 + len(rows)}"


def test_outcomes_answer_yes_or_no(book):
    rows = table_rows(book["Outcomes"], "OutcomesTable")
    assert len(rows) == 5
    assert rows[0]["Timeframe"] == "Yes" and rows[1]["Generic"] == "Yes" and rows[1]["Measure"] == "No"
    assert rows[2]["Service perspective"] == "Yes"


def test_summary_counts_grades_and_writes_headlines(book):
    ws = book["Summary"]
    grades = {r["Criterion id"]: r for r in table_rows(ws, "GradesByCriterionTable")}
    holistic = grades["holistic"]
    assert (holistic["Outstanding"], holistic["Good"], holistic["Requires improvement"],
            holistic["Inadequate"], holistic["N/A"]) == (1, 0, 2, 1, 0)
    assert holistic["% Requires improvement or Inadequate"] == pytest.approx(0.75)
    assert holistic["Mean score"] == pytest.approx(2.25)
    assert grades["pfa"]["N/A"] == 2
    assert grades["overall"]["Inadequate"] == 1
    headlines = [r["Headline"] for r in table_rows(ws, "HeadlinesTable")]
    assert ("75% of plans have education-heavy content (holistic graded Requires improvement or Inadequate "
            "in 3 of the 4 plans it applies to).") in headlines
    assert "2 files could not be audited; the Errors sheet says why." in headlines
    phases = [r["Phase"] for r in table_rows(ws, "GradesByPhaseTable")]
    assert phases == ["Primary", "Secondary", "Post-16", "Unknown"]
    needs = [(r["Primary area of need"], r["Plans"]) for r in table_rows(ws, "GradesByNeedTable")]
    assert needs == [("Communication and interaction", 2), ("Social, emotional and mental health", 1),
                     ("Not recorded", 1)]
    frequent = table_rows(ws, "FrequentFindingsTable")
    assert frequent[0]["Rule"] == "provision.vague_word" and frequent[0]["Findings"] == 7


def test_summary_has_a_stacked_bar_chart_with_alt_text(small_path):
    with zipfile.ZipFile(small_path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
    assert "<c:barChart>" in chart and '<c:grouping val="stacked"/>' in chart
    assert 'descr="Stacked bar chart of the number of plans at each grade' in drawing


def test_about_records_versions_hashes_and_run_time(book):
    about = {r["Item"]: r["Value"] for r in table_rows(book["About"], "AboutTable")}
    assert about["Tool version"] == "0.1.0" and about["Rubric version"] == "1.0.0"
    assert about["Audit date (as of)"] == datetime(2026, 11, 1)
    assert about["Run time in seconds"] == 1.25
    files = table_rows(book["About"], "InputFilesTable")
    assert files[0]["SHA-256"] == small_batch().audits[0].sha256
    assert files[-1] == {"File": "plans/+evil.pdf", "SHA-256": None, "Document type": None,
                         "Result": "Could not be audited"}


def test_rubric_sheet_takes_applies_when_and_sources_from_a_rubric(tmp_path):
    rubric = SimpleNamespace(id="inspection", version="1.0.0", title="Inspection", criteria=[
        SimpleNamespace(id="pfa", title="Preparing for adulthood from Year 9", weight=1.0,
                        applies_when="year_group >= 9", sources=("Code 8.9-8.12", "Hampshire 2020")),
    ])
    path = write_workbook(small_batch(), tmp_path / "r.xlsx", rubric=rubric)
    rows = table_rows(openpyxl.load_workbook(path)["Rubric"], "RubricTable")
    # Rubric order first, then the criteria the audits have that the rubric did not list.
    assert rows[0]["Criterion id"] == "pfa"
    assert rows[0]["Applies when"] == "year_group >= 9"
    assert rows[0]["Sources"] == "Code 8.9-8.12; Hampshire 2020"
    assert [r["Criterion id"] for r in rows][1:3] == ["holistic", "outcomes_specific"]


def test_health_sheet_appears_only_for_health_advice_or_a_health_focus(book, tmp_path):
    assert "Health" not in book.sheetnames
    path = write_workbook(health_batch(), tmp_path / "h.xlsx")
    ws = openpyxl.load_workbook(path)["Health"]
    advice = table_rows(ws, "HealthAdviceTable")
    assert advice[0]["Document id"] == "advice-salt" and advice[0]["Author and context"] == "3 Good"
    focus = table_rows(ws, "HealthFocusTable")
    assert ("amy-2019", "health_provision", "vague") in [(r["Plan id"], r["Aspect"], r["Value"]) for r in focus]


def test_a_batch_where_every_file_failed_still_makes_a_workbook(tmp_path):
    batch = small_batch().model_copy(update={"audits": ()})
    workbook = openpyxl.load_workbook(write_workbook(batch, tmp_path / "e.xlsx"))
    assert len(table_rows(workbook["Errors"], "ErrorsTable")) == 2
    assert table_rows(workbook["Plans"], "PlansTable") == [{h: None for h in
                                                           table_rows(workbook["Plans"], "PlansTable")[0]}]


# --- Safety: plan text is never a formula ----------------------------------------------------------


def test_no_cell_is_a_formula_and_hostile_text_survives_as_text(book):
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    quotes = [r["Quoted evidence"] for r in table_rows(book["Findings"], "FindingsTable")]
    assert '=HYPERLINK("http://example.invalid","click")' in quotes
    assert "+44 7700 900123 is mum's number" in quotes
    assert "-2 sessions a week, as required" in quotes
    assert "@SUM(A1:A9)" in quotes
    assert "\tSALT input as required" in quotes
    assert "\nsee attached report" in quotes  # a carriage return reads as a line break
    assert "Access to a key adult when needed" in quotes  # characters XML forbids are dropped
    plans = table_rows(book["Plans"], "PlansTable")
    assert [p["Plan id"] for p in plans][3] == "=dan" and plans[3]["File"] == "plans/=dan.txt"
    errors = table_rows(book["Errors"], "ErrorsTable")
    assert errors[1] == {"File": "plans/+evil.pdf", "Reason": "=cmd|' /C calc'!A0"}


def test_formula_like_text_is_stored_as_a_string_in_the_file(small_path):
    with zipfile.ZipFile(small_path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in archive.read(name).decode(), name


@pytest.mark.parametrize("quote", HOSTILE_QUOTES)
def test_every_hostile_quote_reads_back_as_text_in_read_only_mode(small_path, quote):
    workbook = openpyxl.load_workbook(small_path, read_only=True)
    values = {v for row in workbook["Findings"].iter_rows(values_only=True) for v in row}
    cleaned = excel.clean_text(quote)
    assert cleaned in values


# --- Writing the file -------------------------------------------------------------------------------


def test_refuses_to_replace_a_file_without_force(tmp_path):
    out = tmp_path / "audit.xlsx"
    out.write_bytes(b"the panel's work")
    with pytest.raises(FileExistsError, match="already exists; use --force"):
        write_workbook(small_batch(), out)
    assert out.read_bytes() == b"the panel's work"
    write_workbook(small_batch(), out, force=True)
    assert zipfile.is_zipfile(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xlsx"]


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_write_leaves_no_file_and_no_litter(tmp_path, monkeypatch, interruption):
    out = tmp_path / "audit.xlsx"
    out.write_bytes(b"yesterday's workbook")

    def broken(book, ws):
        raise interruption()

    specs = [excel.SheetSpec(s.name, s.purpose, broken if s.name == "Outcomes" else s.write, s.applies)
             for s in excel.SHEETS]
    monkeypatch.setattr(excel, "SHEETS", specs)
    with pytest.raises(interruption):
        write_workbook(small_batch(), out, force=True)
    assert out.read_bytes() == b"yesterday's workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xlsx"]
    with pytest.raises(interruption):
        write_workbook(small_batch(), tmp_path / "new.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xlsx"]


def test_refuses_a_name_that_is_not_xlsx(tmp_path):
    with pytest.raises(ValueError, match=r"\.xlsx"):
        write_workbook(small_batch(), tmp_path / "audit.xls")


def test_same_batch_gives_the_same_file(tmp_path):
    first = write_workbook(small_batch(), tmp_path / "a.xlsx")
    second = write_workbook(small_batch(), tmp_path / "b.xlsx")
    assert first.read_bytes() == second.read_bytes()
    properties = openpyxl.load_workbook(first).properties
    assert properties.created == datetime(2026, 11, 1) and properties.modified == datetime(2026, 11, 1)


def test_cell_values_match_the_golden_file(small_path):
    values = cell_values(small_path)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(values, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert values == json.loads(GOLDEN.read_text(encoding="utf-8"))


# --- Phases -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("year_group, expected", [
    (-1, "Early years"), (0, "Early years"), (1, "Primary"), (6, "Primary"), (7, "Secondary"), (11, "Secondary"),
    (12, "Post-16"), (13, "Post-16"), (14, "Post-19"), (17, "Post-19"), (None, "Unknown"),
])
def test_phase_follows_the_year_group(year_group, expected):
    assert phase(year_group) == expected


def test_batch_builder_is_realistic():
    batch = small_batch()
    assert isinstance(batch, BatchAudit) and batch.as_of == AS_OF == date(2026, 11, 1)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_formula_like_text_as_text(small_path, tmp_path):
    """A spreadsheet program, not only openpyxl, must show the quote rather than run it."""
    findings_sheet = 4  # 1-based: Cover, Summary, Plans, Findings
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    f"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{findings_sheet}",
                    "--outdir", str(tmp_path), str(small_path)], check=True, capture_output=True, timeout=300)
    rows = list(csv.reader(io.StringIO((tmp_path / "audit-Findings.csv").read_text(encoding="utf-8"))))
    quotes = [row[7] for row in rows[3:]]
    assert '=HYPERLINK("http://example.invalid","click")' in quotes
    assert "@SUM(A1:A9)" in quotes and "-2 sessions a week, as required" in quotes


def test_findings_beyond_excels_row_limit_are_counted_not_lost_silently(tmp_path, monkeypatch):
    monkeypatch.setattr(excel, "MAX_ROWS", 12)  # Excel's is 1,048,576; the arithmetic is the same
    workbook = openpyxl.load_workbook(write_workbook(small_batch(), tmp_path / "t.xlsx"))
    ws = workbook["Findings"]
    assert ws["A3"].value == "Only the first 8 findings fit on this sheet; 7 more do not (split the batch)."
    rows = table_rows(ws, "FindingsTable")
    assert len(rows) == 8 and ws.max_row == 12
    linked = {c.value for c in workbook["Plans"]["A"] if c.hyperlink}
    assert linked == {"amy-2019"}  # the others' findings did not fit


def test_a_quote_longer_than_a_cell_holds_is_cut_to_fit(tmp_path):
    batch = small_batch()
    amy = batch.audits[0]
    long_quote = "x" * 40_000
    result = amy.criteria[0].model_copy(update={"findings": (amy.criteria[0].findings[0].model_copy(
        update={"quote": long_quote}),)})
    batch = batch.model_copy(update={"audits": (amy.model_copy(update={"criteria": (result, *amy.criteria[1:])}),)})
    rows = table_rows(openpyxl.load_workbook(write_workbook(batch, tmp_path / "l.xlsx"))["Findings"], "FindingsTable")
    assert len(rows[0]["Quoted evidence"]) == 32_767 and rows[0]["Quoted evidence"].endswith("…")


def test_workbook_bytes_for_the_web_page_hold_the_same_cells(small_path, tmp_path):
    in_memory = tmp_path / "page.xlsx"
    in_memory.write_bytes(excel.workbook_bytes(small_batch()))
    assert cell_values(in_memory) == cell_values(small_path)


def test_plans_and_health_advice_sharing_a_criterion_id_are_counted_apart(tmp_path):
    workbook = openpyxl.load_workbook(write_workbook(health_batch(), tmp_path / "h.xlsx"))
    grades = {r["Criterion id"]: r for r in table_rows(workbook["Summary"], "GradesByCriterionTable")}
    assert grades["inspection:readability"]["Inadequate"] == 0 and grades["inspection:readability"]["Good"] == 2
    assert grades["health-advice:readability"]["Inadequate"] == 1
    assert "author_context" in grades  # ids used once keep their plain name
    headlines = [r["Headline"] for r in table_rows(workbook["Summary"], "HeadlinesTable")]
    assert ("100% of health advice documents are hard for families to read (health-advice:readability graded "
            "Requires improvement or Inadequate in 1 of the 1 health advice documents it applies to).") in headlines
    rubric = {(r["Rubric id"], r["Criterion id"]) for r in table_rows(workbook["Rubric"], "RubricTable")}
    assert {("inspection", "readability"), ("health-advice", "readability")} <= rubric
