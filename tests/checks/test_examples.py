"""Every criterion of the bundled rubrics, run over its passing and failing examples
(rubrics/examples/<criterion>.yaml for inspection, rubrics/examples/health-advice/<criterion>.yaml
for the health-advice rubric; the format is in rubrics/examples/README.md).

A meta-test fails when a criterion has no example file, or no passing or no failing example.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml
from pydantic import BaseModel, ConfigDict

from audit.model import AdviceEntry, PlanFacts
from audit.pipeline import grade_criterion, prepare
from audit.rubric import Rubric, bundled_dir, load_rubric

RUBRIC_DIR = bundled_dir()
EXAMPLES_DIR = RUBRIC_DIR / "examples"
# Each bundled rubric and the folder of its examples (criterion ids collide between rubrics).
EXAMPLE_DIRS: dict[str, Path] = {"inspection": EXAMPLES_DIR, "health-advice": EXAMPLES_DIR / "health-advice"}
DEFAULT_AS_OF = date(2026, 11, 1)


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    expect: Literal["pass", "fail", "na"]
    rule: str | None = None
    as_of: date = DEFAULT_AS_OF
    facts: dict[str, Any] = {}
    sections: dict[str, str] = {}
    outcomes: list[Any] | None = None
    provision: list[Any] | None = None
    advice: list[dict[str, Any]] | None = None
    cover: str = ""
    missing: list[str] | None = None


class ExampleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    criterion: str
    examples: list[Example]


def criterion_ids(rubric_id: str = "inspection") -> list[str]:
    document = yaml.safe_load((RUBRIC_DIR / f"{rubric_id}.yaml").read_text(encoding="utf-8"))
    return [c["id"] for c in document["criteria"]]


def rubric_criteria() -> list[tuple[str, str]]:
    return [(rubric_id, criterion) for rubric_id in EXAMPLE_DIRS for criterion in criterion_ids(rubric_id)]


def example_file(criterion: str, rubric_id: str = "inspection") -> ExampleFile | None:
    path = EXAMPLE_DIRS[rubric_id] / f"{criterion}.yaml"
    if not path.is_file():
        return None
    return ExampleFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def all_examples() -> list[Any]:
    cases = []
    for rubric_id, criterion in rubric_criteria():
        try:
            found = example_file(criterion, rubric_id)
        except Exception:  # noqa: BLE001 - a malformed file is reported by the meta-test
            continue
        prefix = "" if rubric_id == "inspection" else f"{rubric_id}/"
        for example in found.examples if found else ():
            cases.append(pytest.param(rubric_id, criterion, example, id=f"{prefix}{criterion}: {example.name}"))
    return cases


def _builders():
    """make_plan and make_advice from tests/checks/plans.py, the builders the check tests share."""
    spec = importlib.util.spec_from_file_location("example_plans", Path(__file__).with_name("plans.py"))
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.make_plan, module.make_advice


@lru_cache(maxsize=None)
def rubric_for(criterion: str, tmp: str, rubric_id: str = "inspection") -> Rubric:
    """The bundled rubric narrowed to one criterion (by `extends:` and `remove_criteria:`),
    so each criterion's examples run as soon as its own check exists."""
    others = [c for c in criterion_ids(rubric_id) if c != criterion]
    path = Path(tmp) / f"only-{rubric_id}-{criterion}.yaml"
    path.write_text(yaml.safe_dump({"extends": str(RUBRIC_DIR / f"{rubric_id}.yaml"), "id": f"only-{criterion}",
                                    "version": "0", "remove_criteria": others}))
    return load_rubric(path)


@pytest.mark.parametrize("rubric_id, criterion", rubric_criteria())
def test_every_criterion_has_passing_and_failing_examples(rubric_id: str, criterion: str) -> None:
    found = example_file(criterion, rubric_id)
    folder = "rubrics/examples/" + ("" if rubric_id == "inspection" else f"{rubric_id}/")
    assert found is not None, f"no examples: write {folder}{criterion}.yaml (see rubrics/examples/README.md)"
    assert found.criterion == criterion, f"{criterion}.yaml says criterion {found.criterion!r}"
    expects = {e.expect for e in found.examples}
    assert "pass" in expects, f"{criterion} has no passing example"
    assert "fail" in expects, f"{criterion} has no failing example"
    names = [e.name for e in found.examples]
    assert len(names) == len(set(names)), f"{criterion} has two examples with the same name"


@pytest.mark.parametrize("rubric_id, criterion, example", all_examples())
def test_example(rubric_id: str, criterion: str, example: Example, tmp_path_factory: pytest.TempPathFactory) -> None:
    rubric = rubric_for(criterion, str(tmp_path_factory.getbasetemp()), rubric_id)
    make_plan, make_advice = _builders()
    if rubric.document_kind == "health_advice":
        # Health advice is read by the real advice ingest from its parts' text.
        plan = make_advice(example.sections, facts=example.facts, as_of=example.as_of, source=f"{criterion}-example.txt")
    else:
        plan = make_plan(
            sections=example.sections,
            facts=PlanFacts(**example.facts),
            outcomes=example.outcomes,
            provision=example.provision,
            advice=[AdviceEntry(**a) for a in example.advice] if example.advice else None,
            missing=tuple(example.missing) if example.missing is not None else None,
            cover=example.cover,
            source=f"{criterion}-example.txt",
        )
    plan, known = prepare(plan, example.as_of)
    result, _ = grade_criterion(plan, rubric.criterion(criterion), rubric, example.as_of, known)
    rules = sorted({f.rule for f in result.findings})
    shown = f"grade {result.grade} ({result.summary}); rules fired: {rules}"

    if example.expect == "na":
        assert result.grade is None, f"expected N/A, got {shown}"
    elif example.expect == "fail":
        if example.rule:
            assert example.rule in rules, f"expected rule {example.rule} to fire; {shown}"
        else:
            assert result.grade is not None and result.grade <= 2, f"expected grade 2 or below; {shown}"
    else:
        assert result.grade is not None, f"expected the criterion to apply; {shown}"
        if example.rule:
            assert example.rule not in rules, f"rule {example.rule} should not fire; {shown}"
        else:
            assert result.grade >= 3, f"expected grade 3 or above; {shown}"
