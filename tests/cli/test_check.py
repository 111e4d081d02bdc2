"""`ehcp-audit check FILE` and `ehcp-audit rubric validate|show`: what a user sees."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import audit.ingest as ingest
from audit.checks import REGISTRY
from audit.cli import app
from audit.errors import AuditInputError
from audit.model import Plan, PlanFacts, Section

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rubrics"
BASIC = str(FIXTURES / "basic.yaml")
runner = CliRunner()


@pytest.fixture(autouse=True)
def dummies() -> None:
    spec = importlib.util.spec_from_file_location("dummy_checks", FIXTURES / "dummy_checks.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.ensure_registered()


@pytest.fixture
def fake_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for ingest: section A is the whole file; 'missing.txt' cannot be read."""

    def read_plan(source: str, data: bytes | None = None, as_of: date | None = None, kind: str | None = None) -> Plan:
        path = Path(source)
        if not path.is_file():
            raise AuditInputError(source, "no such file")
        body = path.read_text().strip()
        return Plan(source=source, format="txt", sha256="0" * 64, text=body, kind=kind or "plan",
                    sections=(Section(letter="A", title="Section A", text=body, start=0, end=len(body)),),
                    missing_sections=("B", "E"), facts=PlanFacts(year_group=10, year_group_source="stated"))

    monkeypatch.setattr(ingest, "read_plan", read_plan, raising=False)


def test_check_json_is_the_whole_plan_audit(tmp_path: Path, fake_reader: None) -> None:
    plan = tmp_path / "p01.txt"
    plan.write_text("GRADE beta 3 and GRADE adult 1")
    result = runner.invoke(app, ["check", str(plan), "--rubric", BASIC, "--as-of", "1 November 2026", "--json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)
    assert audit["plan_id"] == "p01" and audit["as_of"] == "2026-11-01"
    assert audit["rubric_id"] == "basic" and audit["rubric_version"] == "1.0.0"
    assert [(c["id"], c["grade"]) for c in audit["criteria"]] == [("alpha", 4), ("beta", 3), ("adult", 1)]
    finding = audit["criteria"][1]["findings"][0]
    assert {"section", "quote", "message", "fix"} <= set(finding)
    assert audit["overall"]["grade"] == 2 and audit["overall"]["limited"] is True
    again = runner.invoke(app, ["check", str(plan), "--rubric", BASIC, "--as-of", "2026-11-01", "--json"])
    assert again.stdout == result.stdout  # deterministic


def test_check_terminal_report_shows_grades_in_words_and_worst_findings_first(tmp_path: Path, fake_reader: None) -> None:
    plan = tmp_path / "p01.txt"
    plan.write_text("GRADE beta 3 and GRADE adult 1")
    result = runner.invoke(app, ["check", str(plan), "--rubric", BASIC, "--as-of", "2026-11-01"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Overall:" in out and "Requires improvement" in out and "capped at 2" in out
    assert "Outstanding" in out and "Inadequate" in out
    assert out.index("[high] adult") < out.index("[medium] beta")  # the worst finding first
    assert "Fix: do better" in out and '"GRADE beta 3 and GRA"' in out


def test_check_na_criterion_shows_why(tmp_path: Path, fake_reader: None, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "p02.txt"
    plan.write_text("nothing to see")
    real = ingest.read_plan

    def younger(source: str, **kwargs: object) -> Plan:
        found = real(source, **kwargs)
        return found.model_copy(update={"facts": PlanFacts(year_group=7, year_group_source="stated")})

    monkeypatch.setattr(ingest, "read_plan", younger)
    result = runner.invoke(app, ["check", str(plan), "--rubric", BASIC, "--as-of", "2026-11-01"])
    assert "N/A" in result.stdout and "applies when year_group >= 9" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["check", "missing.txt", "--rubric", BASIC], "missing.txt: no such file"),
    (["check", "x.txt", "--rubric", "nowhere.yaml"], "nowhere.yaml: no such rubric file"),
    (["check", "x.txt", "--rubric", BASIC, "--as-of", "someday"], "--as-of: cannot read 'someday' as a date"),
])
def test_check_bad_input_is_one_line_and_exit_2(args: list[str], message: str, fake_reader: None) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_check_with_a_crashing_check_names_it_without_plan_text(tmp_path: Path, fake_reader: None) -> None:
    rubric = tmp_path / "crash.yaml"
    rubric.write_text(Path(BASIC).read_text().replace("check: dummy\n    params: {grade: 4}", "check: dummy_crash\n    params: {}"))
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "words.yaml").write_text((FIXTURES / "lexicons" / "words.yaml").read_text())
    plan = tmp_path / "p03.txt"
    plan.write_text("secret plan text")
    result = runner.invoke(app, ["check", str(plan), "--rubric", str(rubric)])
    assert result.exit_code == 70
    assert "internal error in check 'dummy_crash'" in result.output and "secret" not in result.output


def test_check_end_to_end_with_real_ingest_and_checks(tmp_path: Path) -> None:
    criteria = ["holistic", "outcomes_specific", "child_voice", "pfa", "review_currency", "provision_specific",
                "golden_thread", "readability"]
    if not hasattr(ingest, "read_plan") or not all(c in REGISTRY for c in criteria):
        pytest.skip("ingest or the real checks are not written yet")
    plan = tmp_path / "p04.txt"
    plan.write_text(
        "Name: Amy Test\nDate of birth: 3 March 2016\nDate issued: 1 May 2026\n\n"
        "Section A: Views, interests and aspirations\nI like trains. I want to be a driver.\n\n"
        "Section B: Special educational needs\nAmy has difficulty with reading.\n\n"
        "Section E: Outcomes\nBy July 2027 Amy will read 20 words independently.\n\n"
        "Section F: Special educational provision\nAccess to support as required.\n")
    result = runner.invoke(app, ["check", str(plan), "--as-of", "2026-11-01", "--json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)
    assert [c["id"] for c in audit["criteria"]] == criteria
    assert audit["overall"]["grade"] in (1, 2, 3, 4)
    assert all(c["title"] and c["label"] for c in audit["criteria"])
    again = runner.invoke(app, ["check", str(plan), "--as-of", "2026-11-01", "--json"])
    assert again.stdout == result.stdout


# --- rubric validate / show -----------------------------------------------------------------


def test_rubric_validate_ok_and_error(tmp_path: Path) -> None:
    ok = runner.invoke(app, ["rubric", "validate", BASIC])
    assert ok.exit_code == 0 and "ok:" in ok.stdout and "basic 1.0.0 with 3 criteria" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(BASIC).read_text().replace("weight: 2", "weight: -1"))
    result = runner.invoke(app, ["rubric", "validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}: $.criteria[1].weight: -1 is less than the minimum of 0" in result.output.replace("\n", "")


def test_rubric_show_lists_criteria_with_params(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rubric", "show", str(FIXTURES / "council.yaml")])
    assert result.exit_code == 0, result.output
    for text in ("beta", "gamma", "year_group >= 9", "threshold", "0.75", "extends:", "caps at 2"):
        assert text in result.stdout
    assert "Alpha" not in result.stdout  # removed by the council rubric
