"""A rubric says which kind of document it grades: `document_kind` (plan by default)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from audit.batch import BatchSettings
from audit.errors import RubricError
from audit.rubric import DEFAULT_RUBRICS, bundled_dir, bundled_ids, load_rubric


def test_bundled_rubrics_name_their_kind() -> None:
    assert {"inspection", "health-advice"} <= set(bundled_ids())
    assert load_rubric("inspection").document_kind == "plan"
    advice = load_rubric("health-advice")
    assert advice.document_kind == "health_advice"
    assert advice.criterion_ids == ["author_context", "needs_described", "outcomes", "provision_specific",
                                    "provision_placement", "transition", "readability"]
    assert advice.criterion("transition").applies_when == "year_group >= 9 or age >= 13"
    assert all(load_rubric(rubric_id).document_kind == kind for kind, rubric_id in DEFAULT_RUBRICS.items())


def test_an_extending_rubric_inherits_the_kind(tmp_path: Path) -> None:
    path = tmp_path / "council-advice.yaml"
    path.write_text(yaml.safe_dump({"extends": str(bundled_dir() / "health-advice.yaml"), "id": "council-advice",
                                    "version": "1", "remove_criteria": ["transition"]}))
    rubric = load_rubric(path)
    assert rubric.document_kind == "health_advice" and "transition" not in rubric.criterion_ids


def test_an_unknown_kind_is_a_rubric_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"extends": "inspection", "id": "bad", "version": "1", "document_kind": "letter"}))
    with pytest.raises(RubricError) as err:
        load_rubric(path)
    assert "document_kind" in str(err.value)


def test_a_batch_grades_each_kind_with_its_own_rubric() -> None:
    inspection, advice = load_rubric("inspection"), load_rubric("health-advice")
    both = BatchSettings(rubric=inspection, advice_rubric=advice, as_of=date(2026, 11, 1))
    assert both.rubric_for("plan") is inspection and both.rubric_for("health_advice") is advice
    only_advice = BatchSettings(rubric=advice, as_of=date(2026, 11, 1))
    assert only_advice.rubric_for("health_advice") is advice
    assert only_advice.rubric_for("plan").id == "inspection"  # the bundled default
