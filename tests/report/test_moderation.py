"""Moderation round trip: write a workbook, let a 'panel' fill it with openpyxl, read it back."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import AuditInputError
from audit.evaluate import read_labels
from audit.report.excel import write_workbook
from audit.report.moderation import (
    agreements,
    false_alarms,
    labels_csv,
    parse_decision,
    parse_panel_grade,
    pooled_agreement,
    read_moderation,
)
from batches import small_batch

# What the panel types, by (plan, criterion): dropdown values and the forms people type by hand.
PANEL = {
    ("amy-2019", "holistic"): "2 Requires improvement",  # agrees
    ("amy-2019", "outcomes_specific"): "3 Good",  # one above
    ("amy-2019", "pfa"): "N/A",  # agrees
    ("amy-2019", "provision_specific"): 1,  # a number typed in
    ("amy-2019", "overall"): "2 Requires improvement",
    ("ben-2012", "holistic"): "inadequate",  # a word typed in
    ("ben-2012", "pfa"): "3",  # two above
    ("ben-2012", "overall"): "1 Inadequate",
    ("=dan", "pfa"): "2 Requires improvement",  # the tool said N/A
}
REVIEWS = {
    "amy-2019#1": ("Accepted", "K lists a paediatrician"),
    "amy-2019#4": ("False alarm", "quoting a form field"),
    "amy-2019#5": ("false alarm", None),
    "amy-2019#6": ("Accepted", None),
    "ben-2012#1": ("Not applicable", None),
}


def fill(path: Path, panel: dict = PANEL, reviews: dict = REVIEWS) -> Path:
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Moderation"]
    for row in ws.iter_rows(min_row=4):
        key = (row[0].value, row[2].value)
        if key in panel:
            row[5].value = panel[key]
            row[6].value = f"panel on {key[1]}"
    ws = workbook["Findings"]
    for row in ws.iter_rows(min_row=4):
        if row[0].value in reviews:
            row[9].value, row[10].value = reviews[row[0].value]
    workbook.save(path)
    return path


@pytest.fixture()
def moderated(tmp_path: Path) -> Path:
    return fill(write_workbook(small_batch(), tmp_path / "audit.xlsx"))


def test_panel_grades_come_back_with_the_tool_grades(moderated):
    moderation = read_moderation(moderated)
    got = {(g.plan_id, g.criterion): (g.tool_grade, g.panel_grade) for g in moderation.grades}
    assert got == {
        ("amy-2019", "holistic"): (2, 2),
        ("amy-2019", "outcomes_specific"): (2, 3),
        ("amy-2019", "pfa"): (None, None),
        ("amy-2019", "provision_specific"): (1, 1),
        ("amy-2019", "overall"): (2, 2),
        ("ben-2012", "holistic"): (1, 1),
        ("ben-2012", "pfa"): (1, 3),
        ("ben-2012", "overall"): (1, 1),
        ("=dan", "pfa"): (None, 2),
    }
    assert moderation.rows_ungraded == 4 * 9 - len(PANEL)
    assert moderation.plans_moderated == 3
    assert moderation.grades[0].comment == "panel on holistic"
    assert (moderation.rubric_id, moderation.rubric_version, str(moderation.as_of)) == \
        ("inspection", "1.0.0", "2026-11-01")


def test_finding_reviews_come_back(moderated):
    moderation = read_moderation(moderated)
    got = {r.finding_id: (r.criterion, r.decision, r.comment) for r in moderation.reviews}
    assert got == {
        "amy-2019#1": ("holistic", "Accepted", "K lists a paediatrician"),
        "amy-2019#4": ("provision_specific", "False alarm", "quoting a form field"),
        "amy-2019#5": ("provision_specific", "False alarm", ""),
        "amy-2019#6": ("provision_specific", "Accepted", ""),
        "ben-2012#1": ("pfa", "Not applicable", ""),
    }
    assert moderation.findings_per_criterion["provision_specific"] == 7


def test_agreement_per_criterion_and_overall(moderated):
    moderation = read_moderation(moderated)
    rows = {a.criterion: a for a in agreements(moderation)}
    assert list(rows)[-1] == "overall"
    holistic = rows["holistic"]
    assert (holistic.n, holistic.exact, holistic.within_one) == (2, 1.0, 1.0)
    pfa = rows["pfa"]  # N/A=N/A agrees; 3 vs 1 and 2 vs N/A do not
    assert (pfa.n, pfa.exact, pfa.within_one, pfa.n_graded) == (3, pytest.approx(1 / 3, abs=1e-4),
                                                               pytest.approx(1 / 3, abs=1e-4), 1)
    assert rows["overall"].exact == 1.0
    pooled = pooled_agreement(moderation)
    assert pooled.n == 7 and pooled.exact == pytest.approx(4 / 7, abs=1e-4)
    # Rows: the panel's grade; columns: the tool's (1, 2, 3, 4, N/A).
    assert pooled.matrix[2][0] == 1 and pooled.matrix[2][1] == 1 and pooled.matrix[1][4] == 1


def test_false_alarm_rate_per_criterion(moderated):
    rates = {r.criterion: r for r in false_alarms(read_moderation(moderated))}
    provision = rates["provision_specific"]
    assert (provision.findings, provision.reviewed, provision.false_alarms, provision.accepted) == (7, 3, 2, 1)
    assert provision.rate == pytest.approx(2 / 3, abs=1e-4)
    assert rates["holistic"].rate == 0.0
    assert rates["outcomes_specific"].reviewed == 0 and rates["outcomes_specific"].rate is None


def test_labels_csv_is_what_evaluate_reads(moderated, tmp_path):
    moderation = read_moderation(moderated)
    text = labels_csv(moderation)
    assert text.splitlines()[:4] == ["plan,criterion,grade", "amy-2019,holistic,2", "amy-2019,outcomes_specific,3",
                                     "amy-2019,pfa,NA"]
    path = tmp_path / "labels.csv"
    path.write_text(text, encoding="utf-8")
    labels = read_labels(path)
    assert labels[("amy-2019", "pfa")] is None and labels[("ben-2012", "pfa")] == 3
    assert len(labels) == len(PANEL)


def test_a_panel_grade_that_is_not_a_grade_names_the_row(tmp_path):
    path = fill(write_workbook(small_batch(), tmp_path / "audit.xlsx"), {("ben-2012", "holistic"): "Goodish"}, {})
    with pytest.raises(AuditInputError, match=r"Moderation sheet row 13: panel grade 'Goodish' is not one of"):
        read_moderation(path)


def test_a_reviewer_decision_that_is_not_a_choice_names_the_row(tmp_path):
    path = fill(write_workbook(small_batch(), tmp_path / "audit.xlsx"), {}, {"amy-2019#2": ("maybe", None)})
    with pytest.raises(AuditInputError, match=r"Findings sheet row 5: reviewer decision 'maybe'"):
        read_moderation(path)


def test_the_panel_may_sort_and_reorder_columns(tmp_path):
    path = write_workbook(small_batch(), tmp_path / "audit.xlsx")
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Moderation"]
    ws.move_range("A3:A39", cols=10)  # plan id moved to the far right
    for row in ws.iter_rows(min_row=4):
        if row[10].value == "cal-2008" and row[2].value == "holistic":
            row[5].value = "Outstanding"
    workbook.save(path)
    grades = read_moderation(path).grades
    assert [(g.plan_id, g.criterion, g.panel_grade) for g in grades] == [("cal-2008", "holistic", 4)]


@pytest.mark.parametrize("content, reason", [
    (None, "no such file"),
    (b"not a zip", "cannot read it as an Excel workbook"),
])
def test_a_file_that_is_not_a_workbook_is_one_clear_error(tmp_path, content, reason):
    path = tmp_path / "audit.xlsx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AuditInputError, match=reason):
        read_moderation(path)


def test_a_workbook_from_elsewhere_is_refused(tmp_path):
    path = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(AuditInputError, match="has no Moderation sheet"):
        read_moderation(path)


@pytest.mark.parametrize("typed, grade", [
    ("4 Outstanding", 4), ("3 Good", 3), ("2 Requires improvement", 2), ("1 Inadequate", 1), ("N/A", None),
    ("n/a", None), ("NA", None), ("Not applicable", None), (3, 3), (2.0, 2), ("3", 3), ("good", 3),
    (" Requires  improvement ", 2), ("3 - Good", 3), (None, ""), ("  ", ""),
])
def test_panel_grades_in_the_forms_people_type(typed, grade):
    assert parse_panel_grade(typed) == grade


@pytest.mark.parametrize("typed", ["5", 0, "3 Inadequate", "Excellent", True])
def test_grades_that_are_not_grades_are_refused(typed):
    with pytest.raises(ValueError):
        parse_panel_grade(typed)


@pytest.mark.parametrize("typed, decision", [
    ("Accepted", "Accepted"), ("false alarm", "False alarm"), ("False positive", "False alarm"),
    ("Not applicable", "Not applicable"), (None, None), ("", None),
])
def test_reviewer_decisions(typed, decision):
    assert parse_decision(typed) == decision


# --- The command ------------------------------------------------------------------------------------


def test_moderate_prints_agreement_and_false_alarms(moderated):
    result = CliRunner().invoke(app, ["moderate", str(moderated)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "9 panel grades for 3 plans" in result.output
    row = next(line for line in result.output.splitlines() if "provision_specific" in line)
    assert "3 of 7" in row and "67% (2)" in row
    assert "readability" in result.output  # findings reviewed or not, even with no panel grade
    assert "all criteria: panel's grade (rows) against the tool's (columns)" in result.output


def test_moderate_json_and_labels_out(moderated, tmp_path):
    labels = tmp_path / "out" / "labels.csv"
    result = CliRunner().invoke(app, ["moderate", str(moderated), "--json", "--labels-out", str(labels)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["panel_grades"] == 9 and report["findings_reviewed"] == 5
    assert [c["criterion"] for c in report["criteria"]][:2] == ["holistic", "outcomes_specific"]
    assert report["overall"]["exact"] == 1.0
    assert {a["criterion"]: a["false_alarms"] for a in report["false_alarms"]}["provision_specific"] == 2
    assert labels.read_text(encoding="utf-8").startswith("plan,criterion,grade\n")
    again = CliRunner().invoke(app, ["moderate", str(moderated), "--labels-out", str(labels)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_moderate_an_unfilled_workbook_says_what_to_do(tmp_path):
    path = write_workbook(small_batch(), tmp_path / "audit.xlsx")
    result = CliRunner().invoke(app, ["moderate", str(path)])
    assert result.exit_code == 2
    assert "no panel grades or reviewer decisions yet" in result.output
    assert "Traceback" not in result.output


def test_moderate_a_missing_file_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["moderate", str(tmp_path / "nope.xlsx")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "no such file" in result.output
