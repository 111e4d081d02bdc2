"""Agreement with a panel: the statistics (checked against values worked by hand with
sklearn's formula), the labels file, N/A handling, and `ehcp-audit evaluate`."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import audit.ingest as ingest
from audit.cli import app
from audit.errors import AuditInputError
from audit.evaluate import agreement, confusion_matrix, evaluate, plan_key, quadratic_weighted_kappa, read_labels
from audit.model import Plan, PlanFacts, Section
from audit.pipeline import audit_plan
from audit.rubric import load_rubric

FIXTURES = Path(__file__).parent / "fixtures" / "rubrics"
AS_OF = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def dummies() -> None:
    spec = importlib.util.spec_from_file_location("dummy_checks", FIXTURES / "dummy_checks.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.ensure_registered()


# --- Statistics -----------------------------------------------------------------------------


def test_kappa_matches_a_value_worked_by_hand() -> None:
    # panel 1,2,3,4 and tool 1,2,4,4; weights (i-j)^2/9. Observed weighted disagreement 1/9;
    # expected from the marginals (panel 1,1,1,1; tool 1,1,0,2): (1*14 + 1*6 + 0*6 + 2*14)/36 = 4/3.
    # kappa = 1 - (1/9)/(4/3) = 11/12, as sklearn's cohen_kappa_score(weights="quadratic") gives.
    assert quadratic_weighted_kappa([1, 2, 3, 4], [1, 2, 4, 4]) == pytest.approx(11 / 12)


@pytest.mark.parametrize("panel, tool, kappa", [
    ([1, 2, 3, 4, 2], [1, 2, 3, 4, 2], 1.0),
    ([1, 4], [4, 1], -1.0),
    ([3, 3, 3], [3, 3, 3], None),  # no disagreement was possible: undefined, as sklearn's nan
    ([], [], None),
])
def test_kappa_edge_cases(panel: list[int], tool: list[int], kappa: float | None) -> None:
    assert quadratic_weighted_kappa(panel, tool) == kappa


def test_kappa_is_symmetric_and_penalises_far_disagreement_more() -> None:
    panel = [1, 2, 3, 4, 3, 2]
    near = [2, 2, 3, 4, 3, 2]
    far = [4, 2, 3, 4, 3, 2]
    assert quadratic_weighted_kappa(panel, near) == pytest.approx(quadratic_weighted_kappa(near, panel))
    assert quadratic_weighted_kappa(panel, near) > quadratic_weighted_kappa(panel, far)


def test_na_counts_as_a_fifth_category_in_agreement_but_not_in_kappa() -> None:
    pairs = [(3, 3), (2, 3), (None, None), (None, 2), (4, 1)]
    result = agreement("pfa", pairs)
    assert result.n == 5 and result.exact == 0.4  # (3,3) and (N/A,N/A)
    assert result.within_one == 0.6  # plus (2,3); N/A against 2 is never within one
    assert result.n_graded == 3
    assert result.kappa == round(quadratic_weighted_kappa([3, 2, 4], [3, 3, 1]), 4)
    assert result.matrix[4] == [0, 1, 0, 0, 1]  # panel N/A: tool 2 once, N/A once
    assert result.matrix[3][0] == 1  # panel 4, tool 1


def test_confusion_matrix_rows_are_panel_columns_tool() -> None:
    matrix = confusion_matrix([(1, 2), (1, 2), (4, None)])
    assert matrix[0][1] == 2 and matrix[3][4] == 1 and sum(map(sum, matrix)) == 3


# --- Labels ---------------------------------------------------------------------------------


def test_read_labels(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("plan,criterion,grade\nsamples/p01.docx,pfa,NA\np01,alpha,3\np02,overall,2\np03,alpha,\n")
    assert read_labels(path) == {("p01", "pfa"): None, ("p01", "alpha"): 3, ("p02", "overall"): 2}


@pytest.mark.parametrize("content, reason", [
    ("plan,grade\np1,3\n", "needs the columns plan, criterion, grade"),
    ("plan,criterion,grade\np1,alpha,5\n", "line 2: grade '5' must be 1, 2, 3, 4 or NA"),
    ("plan,criterion,grade\np1,alpha,3\np1,alpha,2\n", "line 3: plan p1 criterion alpha is labelled twice"),
])
def test_bad_labels_files(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "labels.csv"
    path.write_text(content)
    with pytest.raises(AuditInputError, match=reason):
        read_labels(path)


def test_plan_key_is_the_file_stem() -> None:
    assert plan_key("samples/p01.docx") == plan_key("p01") == "p01"
    assert plan_key("plan.v2") == "plan.v2"


# --- Comparing audits with labels -----------------------------------------------------------


def fake_plan(source: str, text: str) -> Plan:
    body = text.strip()
    return Plan(source=source, format="txt", sha256="0" * 64, text=body,
                sections=(Section(letter="A", title="A", text=body, start=0, end=len(body)),),
                facts=PlanFacts(year_group=5, year_group_source="stated"))


def test_evaluate_pairs_each_label_with_the_tools_grade() -> None:
    rubric = load_rubric(FIXTURES / "basic.yaml")
    audits = [audit_plan(fake_plan("p1.txt", "GRADE beta 2"), rubric, AS_OF),
              audit_plan(fake_plan("p2.txt", "GRADE beta 3"), rubric, AS_OF)]
    labels = {("p1", "beta"): 2, ("p2", "beta"): 4, ("p1", "adult"): None, ("p1", "overall"): 3,
              ("p1", "zeta"): 1, ("p9", "beta"): 1}
    result = evaluate(audits, labels, rubric.id, rubric.version, rubric.criterion_ids)
    assert [c.criterion for c in result.criteria] == ["alpha", "beta", "adult"]
    beta = result.criteria[1]
    assert (beta.n, beta.exact, beta.within_one) == (2, 0.5, 1.0)
    assert result.criteria[2].exact == 1.0  # N/A agreed with N/A
    assert result.overall.n == 1 and result.overall.exact == 1.0  # p1 overall: (4*1 + 2*2) / 3 = 2.67 -> 3
    assert result.labelled_not_audited == ["p9"] and result.audited_not_labelled == []
    assert result.unknown_criteria == ["zeta"] and result.plans_compared == 2


def test_evaluate_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "read_plan", lambda source, data=None, as_of=None, kind=None:
                        fake_plan(source, Path(source).read_text()), raising=False)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "p1.txt").write_text("GRADE beta 2")
    (tmp_path / "plans" / "p2.txt").write_text("GRADE beta 4")
    labels = tmp_path / "labels.csv"
    labels.write_text("plan,criterion,grade\np1,beta,2\np2,beta,4\np1,overall,3\n")
    args = ["evaluate", "--labels", str(labels), "--rubric", str(FIXTURES / "basic.yaml"), "--as-of", "2026-11-01",
            str(tmp_path / "plans")]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["plans_compared"] == 2
    assert report["criteria"][1] == {"criterion": "beta", "n": 2, "exact": 1.0, "within_one": 1.0, "n_graded": 2,
                                     "kappa": 1.0, "matrix": [[0] * 5, [0, 1, 0, 0, 0], [0] * 5, [0, 0, 0, 1, 0], [0] * 5]}
    text = CliRunner().invoke(app, args)
    assert text.exit_code == 0 and "within one" in text.stdout and "beta" in text.stdout


def test_evaluate_command_with_a_bad_labels_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--labels", str(tmp_path / "none.csv"),
                                       "--rubric", str(FIXTURES / "basic.yaml"), str(tmp_path)])
    assert result.exit_code == 2
    assert "no such labels file" in result.output and len(result.output.strip().splitlines()) == 1


@given(st.lists(st.tuples(st.integers(1, 4), st.integers(1, 4)), min_size=1, max_size=30))
def test_kappa_properties(pairs: list[tuple[int, int]]) -> None:
    panel, tool = [p for p, _ in pairs], [t for _, t in pairs]
    kappa = quadratic_weighted_kappa(panel, tool)
    if kappa is None:
        return
    assert -1.0 - 1e-9 <= kappa <= 1.0 + 1e-9
    assert kappa == pytest.approx(quadratic_weighted_kappa(tool, panel))
    if panel == tool:
        assert kappa == pytest.approx(1.0)
