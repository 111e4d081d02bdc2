"""`ehcp-audit audit`: the workbook, the JSON, exit codes and never a half-written report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from audit.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["audit", *args, "--as-of", "2026-11-01", "--jobs", "1"])


def test_audit_writes_a_workbook_whose_grades_match_check_json(tmp_path: Path) -> None:
    out = tmp_path / "audit.xlsx"
    sample = SAMPLES / "06_jayden_fairclough_year11.txt"
    result = run(str(sample), "--out", str(out), "--json", str(tmp_path / "audit.json"))
    assert result.exit_code == 0, result.output
    checked = json.loads(runner.invoke(app, ["check", str(sample), "--json", "--as-of", "2026-11-01"]).stdout)
    batch = json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))
    assert [c["grade"] for c in batch["audits"][0]["criteria"]] == [c["grade"] for c in checked["criteria"]]
    workbook = load_workbook(out, read_only=True)
    assert {"Summary", "Plans", "Findings", "Outcomes", "Moderation", "Rubric", "Errors", "About"} <= set(workbook.sheetnames)


def test_some_files_unreadable_exits_3_and_lists_them(tmp_path: Path) -> None:
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.4 nonsense")
    out = tmp_path / "a.xlsx"
    result = run(str(SAMPLES / "06_jayden_fairclough_year11.txt"), str(tmp_path / "junk.pdf"), "--out", str(out))
    assert result.exit_code == 3
    assert "junk.pdf" in result.output
    assert out.exists()
    errors = load_workbook(out, read_only=True)["Errors"]
    assert any("junk.pdf" in str(cell.value) for row in errors.iter_rows() for cell in row)


def test_nothing_readable_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "junk.docx").write_bytes(b"nope")
    out = tmp_path / "a.xlsx"
    result = run(str(tmp_path / "junk.docx"), "--out", str(out))
    assert result.exit_code == 2
    assert not out.exists()


def test_an_existing_report_is_kept_without_force(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    out.write_bytes(b"the panel's moderated workbook")
    result = run(str(SAMPLES / "06_jayden_fairclough_year11.txt"), "--out", str(out))
    assert result.exit_code == 2
    assert "--force" in result.output
    assert out.read_bytes() == b"the panel's moderated workbook"


def test_out_must_be_an_xlsx(tmp_path: Path) -> None:
    result = run(str(SAMPLES / "06_jayden_fairclough_year11.txt"), "--out", str(tmp_path / "a.csv"))
    assert result.exit_code == 2
    assert ".xlsx" in result.output


def test_an_interrupted_run_leaves_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.report.excel as excel

    real = excel.write_workbook

    def interrupted(batch, out, force=False, rubric=None):
        def stop(*args, **kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr(excel, "SHEETS", [type(s)(**{**s.__dict__, "write": stop}) if hasattr(s, "write") else s
                                              for s in excel.SHEETS])
        return real(batch, out, force=force, rubric=rubric)

    monkeypatch.setattr(excel, "write_workbook", interrupted)
    out = tmp_path / "a.xlsx"
    result = run(str(SAMPLES / "06_jayden_fairclough_year11.txt"), "--out", str(out))
    assert result.exit_code != 0
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
