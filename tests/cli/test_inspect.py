"""`ehcp-audit inspect FILE`: what was read from a plan, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()

PLAN = """\
Name: Sam Smith
Date of birth: 15/01/2015
Date of issue: 04/03/2022
Annual review dates: 11/07/2025, 10/07/2026

Section A: Views, interests and aspirations

I like trains and I want to drive one when I grow up.

Section B: Special educational needs

Sam has autism and finds changes to his routine very hard.

Section E: Outcomes

- By July 2027 Sam will ask for help with a five-word sentence.

Section F: Special educational provision

- Speech and language therapy, 3 x 30 minutes weekly.
- Daily check-in with his key worker.
"""


def write_plan(tmp_path: Path) -> Path:
    path = tmp_path / "sam.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_inspect_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["inspect", str(write_plan(tmp_path)), "--as-of", "2026-11-22", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["format"] == "txt"
    assert [s["letter"] for s in report["sections"]] == ["A", "B", "E", "F"]
    assert report["sections"][0]["words"] == 13
    assert report["missing_sections"] == ["C", "D", "G", "H1", "H2", "I", "J", "K"]
    facts = report["facts"]
    assert facts["date_of_birth"] == "2015-01-15" and facts["year_group"] == 7
    assert facts["issued"] == "2022-03-04" and facts["last_review"] == "2026-07-10"
    assert facts["last_amended"] is None
    assert (report["outcomes"], report["provision"]) == (1, 2)
    # Identifiers are reported as found, not printed.
    assert "Sam Smith" not in result.stdout and facts["child_name_found"] is True


def test_inspect_table(tmp_path: Path) -> None:
    result = runner.invoke(app, ["inspect", str(write_plan(tmp_path)), "--as-of", "22/11/2026"])
    assert result.exit_code == 0, result.output
    assert "Views, interests and aspirations" in result.stdout
    assert "missing" in result.stdout
    assert "year group" in result.stdout


def test_inspect_bad_file_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("Shopping list: eggs, milk, bread and some other things for the weekend trip " * 3)
    result = runner.invoke(app, ["inspect", str(bad)])
    assert result.exit_code == 2
    assert "does not look like an EHC plan" in result.output
    assert len(result.output.strip().splitlines()) == 1
    missing = runner.invoke(app, ["inspect", str(tmp_path / "nope.docx")])
    assert missing.exit_code == 2 and "no such file" in missing.output
