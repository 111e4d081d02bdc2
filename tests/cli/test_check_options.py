"""`ehcp-audit check` options: --only, --min-severity, --fail-under (exit 4), --redact and
--annotate, and the exit codes in --help."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
from datetime import date
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

import audit.ingest as ingest
from audit.cli import app
from audit.cli.app import EXIT_BAD_INPUT, EXIT_BELOW_THRESHOLD
from audit.errors import AuditInputError
from audit.model import Plan, PlanFacts, Section

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rubrics"
BASIC = str(FIXTURES / "basic.yaml")
SAMPLE = Path(__file__).parents[2] / "samples" / "03_alfie_marchbank_year4.docx"
runner = CliRunner()


@pytest.fixture(autouse=True)
def dummies() -> None:
    spec = importlib.util.spec_from_file_location("dummy_checks", FIXTURES / "dummy_checks.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.ensure_registered()


@pytest.fixture
def fake_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Section A is the whole file; the dummy checks grade from 'GRADE <criterion> <n>' lines.

    With the basic rubric, 'GRADE beta 3 GRADE adult 1' gives alpha 4, beta 3 (a medium
    finding), adult 1 (a high finding) and overall 2, capped.
    """

    def read_plan(source: str, data: bytes | None = None, as_of: date | None = None, kind: str | None = None) -> Plan:
        path = Path(source)
        if not path.is_file():
            raise AuditInputError(source, "no such file")
        body = path.read_text().strip()
        return Plan(source=source, format="txt", sha256="0" * 64, text=body, kind=kind or "plan",
                    sections=(Section(letter="A", title="Section A", text=body, start=0, end=len(body)),),
                    facts=PlanFacts(child_name="Amelia Testcase", year_group=10, year_group_source="stated"))

    monkeypatch.setattr(ingest, "read_plan", read_plan, raising=False)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "amelia_testcase.txt"
    path.write_text("Amelia Testcase GRADE beta 3 GRADE adult 1")
    return path


def check(*args: str) -> "object":
    return runner.invoke(app, ["check", *args, "--rubric", BASIC, "--as-of", "2026-11-01"])


def test_help_documents_the_options_and_exit_codes() -> None:
    result = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "250"})
    for text in ("--only", "--min-severity", "--fail-under", "--redact", "--annotate", "Exit codes", "4 a grade is below"):
        assert text in result.stdout


def test_only_shows_the_chosen_criteria(plan: Path, fake_reader: None) -> None:
    result = check(str(plan), "--only", "beta", "--only", "adult")
    assert result.exit_code == 0, result.output
    assert "Beta" in result.stdout and "Adulthood" in result.stdout and "Alpha" not in result.stdout
    as_json = json.loads(check(str(plan), "--only", "beta", "--json").stdout)
    assert [c["id"] for c in as_json["criteria"]] == ["beta"]
    assert as_json["overall"]["grade"] == 2  # a filter never re-grades the plan


def test_only_an_unknown_criterion_is_one_line_and_exit_2(plan: Path, fake_reader: None) -> None:
    result = check(str(plan), "--only", "gamma")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "--only: no criterion 'gamma' in rubric basic (known: alpha, beta, adult)" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_min_severity_hides_lesser_findings(plan: Path, fake_reader: None) -> None:
    result = check(str(plan), "--min-severity", "high")
    assert result.exit_code == 0
    assert "[high] adult" in result.stdout and "[medium]" not in result.stdout
    as_json = json.loads(check(str(plan), "--min-severity", "high", "--json").stdout)
    assert {c["id"]: len(c["findings"]) for c in as_json["criteria"]} == {"alpha": 0, "beta": 0, "adult": 1}


@pytest.mark.parametrize("args, code, named", [
    (["--fail-under", "2"], EXIT_BELOW_THRESHOLD, "adult (1 Inadequate)"),
    (["--fail-under", "3"], EXIT_BELOW_THRESHOLD, "overall (2 Requires improvement)"),
    (["--fail-under", "1"], 0, None),
    (["--fail-under", "4", "--only", "alpha"], 0, None),  # with --only, only those criteria count
    (["--fail-under", "4", "--only", "beta"], EXIT_BELOW_THRESHOLD, "beta (3 Good)"),
])
def test_fail_under_exits_4_naming_what_is_below(plan: Path, fake_reader: None, args: list[str], code: int,
                                                  named: str | None) -> None:
    result = check(str(plan), *args)
    assert result.exit_code == code, result.output
    assert "Overall:" in result.stdout  # the report is shown either way
    if named:
        assert named in result.stderr and "Amelia" not in result.stderr


def test_fail_under_must_be_a_grade(plan: Path, fake_reader: None) -> None:
    assert check(str(plan), "--fail-under", "5").exit_code == EXIT_BAD_INPUT


def test_redact_hides_the_child_s_name_and_the_file_name(plan: Path, fake_reader: None) -> None:
    plain = check(str(plan))
    assert "Amelia" in plain.stdout  # the quote holds the name
    for args in ([], ["--json"]):
        result = check(str(plan), "--redact", *args)
        assert result.exit_code == 0, result.output
        assert "Amelia" not in result.stdout and "Testcase" not in result.stdout and "amelia" not in result.stdout
        assert "Child A" in result.stdout


def test_annotate_needs_a_docx(plan: Path, tmp_path: Path, fake_reader: None) -> None:
    result = check(str(plan), "--annotate", str(tmp_path / "out.docx"))
    assert result.exit_code == EXIT_BAD_INPUT
    assert "--annotate works only on a Word .docx draft" in result.output
    assert not (tmp_path / "out.docx").exists()


def test_annotate_writes_a_commented_copy_and_leaves_the_draft_alone(tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(SAMPLE.read_bytes())
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    out = tmp_path / "annotated.docx"
    result = runner.invoke(app, ["check", str(draft), "--as-of", "2026-11-01", "--json", "--annotate", str(out)])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)
    findings = sum(len(c["findings"]) for c in audit["criteria"])
    comments = list(docx.Document(io.BytesIO(out.read_bytes())).comments)
    assert len(comments) == findings + 1
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    again = runner.invoke(app, ["check", str(draft), "--as-of", "2026-11-01", "--annotate", str(out)])
    assert again.exit_code == EXIT_BAD_INPUT and "already exists; use --force" in again.output
    same = runner.invoke(app, ["check", str(draft), "--annotate", str(draft), "--force"])
    assert same.exit_code == EXIT_BAD_INPUT and "must not replace the draft" in same.output
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
