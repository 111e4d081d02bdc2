"""Health advice from the command line: `check` detects and grades it, `audit` grades plans and advice
in one batch each against its own rubric, `--focus health` adds the DCO's view of a plan."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from audit.cli import app

SAMPLES = Path(__file__).parents[2] / "samples"
ADVICE = SAMPLES / "health-advice"
runner = CliRunner()
ADVICE_IDS = ["author_context", "needs_described", "outcomes", "provision_specific", "provision_placement",
              "transition", "readability"]


def test_check_detects_health_advice_and_grades_it_with_the_advice_rubric() -> None:
    result = runner.invoke(app, ["check", str(ADVICE / "05_freya_dunmore_camhs_year10.pdf"), "--as-of", "2026-11-22", "--json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)
    assert audit["kind"] == "health_advice" and audit["rubric_id"] == "health-advice"
    assert [c["id"] for c in audit["criteria"]] == ADVICE_IDS
    assert audit["overall"]["grade"] == 1


def test_check_with_the_advice_rubric_reads_the_document_as_advice() -> None:
    result = runner.invoke(app, ["check", str(ADVICE / "02_theo_brannock_salt_year3.pdf"), "--rubric", "health-advice",
                                 "--as-of", "2026-11-22", "--json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)
    transition = next(c for c in audit["criteria"] if c["id"] == "transition")
    assert transition["grade"] is None  # Year 3


def test_check_a_plan_rubric_on_advice_is_one_line_error() -> None:
    result = runner.invoke(app, ["check", str(ADVICE / "02_theo_brannock_salt_year3.pdf"), "--rubric", "inspection"])
    assert result.exit_code == 2
    assert "health advice" in result.output and len(result.output.strip().splitlines()) == 1


def test_audit_a_folder_of_plans_and_advice(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    (folder / "health-advice").mkdir(parents=True)
    plan = SAMPLES / "05_keiran_oakhollow_year9.docx"
    (folder / plan.name).write_bytes(plan.read_bytes())
    for name in ("01_maya_hollins_paediatrician_year10.docx", "06_oliver_pask_school_nurse_year4.txt"):
        (folder / "health-advice" / name).write_bytes((ADVICE / name).read_bytes())
    out, js = tmp_path / "audit.xlsx", tmp_path / "audit.json"
    result = runner.invoke(app, ["audit", str(folder), "--out", str(out), "--json", str(js), "--as-of", "2026-11-22",
                                 "--jobs", "1", "--focus", "health"])
    assert result.exit_code == 0, result.output
    batch = json.loads(js.read_text())
    assert batch["rubric_id"] == "inspection"
    by_kind = {a["plan_id"]: (a["kind"], a["rubric_id"]) for a in batch["audits"]}
    assert by_kind == {
        "05_keiran_oakhollow_year9": ("plan", "inspection"),
        "01_maya_hollins_paediatrician_year10": ("health_advice", "health-advice"),
        "06_oliver_pask_school_nurse_year4": ("health_advice", "health-advice"),
    }
    plan_audit = next(a for a in batch["audits"] if a["kind"] == "plan")
    assert "health" in plan_audit["focus"]
    assert all(a["focus"] is None for a in batch["audits"] if a["kind"] == "health_advice")

    book = load_workbook(out, read_only=True)
    assert "Health" in book.sheetnames
    rows = [[c for c in row if c is not None] for row in book["Health"].iter_rows(values_only=True)]
    flat = [str(c) for row in rows for c in row]
    assert "01_maya_hollins_paediatrician_year10" in flat and "06_oliver_pask_school_nurse_year4" in flat


def test_audit_advice_rubric_must_be_an_advice_rubric(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(ADVICE), "--advice-rubric", "inspection", "--out", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 2 and "document_kind: health_advice" in result.output
