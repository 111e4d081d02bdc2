"""The bundled fictional plans are complete: every manifest row has its file, realistic length
and sound facts, and the panel labels grade every plan on every criterion.

These are the files `make report` audits and the labels the evaluation compares against, so a
missing file or a gap in the labels would silently weaken both.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from audit.privacy.nhs_number import is_valid_nhs_number

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AS_OF = date(2026, 11, 1)  # the "as of" date the labels were graded against
CRITERIA = ("holistic", "outcomes_specific", "child_voice", "pfa", "review_currency",
            "provision_specific", "golden_thread", "readability")
MANIFEST_COLUMNS = ["file", "format", "template_style", "child_name", "date_of_birth", "year_group",
                    "year_group_stated", "issued", "last_review", "last_amended", "next_review",
                    "nhs_number", "upn", "sections_present", "primary_need", "words"]
MIN_WORDS = 2500


def manifest() -> list[dict[str, str]]:
    with (SAMPLES / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def labels() -> list[dict[str, str]]:
    with (SAMPLES / "labels.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def document_text(path: Path) -> str:
    """The text a reader of the file sees: Word paragraphs and (nested) table cells, PDF page
    text, JSON string values, or the file itself."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        texts = [p.text for p in doc.paragraphs]

        def walk(tables: Any) -> None:
            for table in tables:
                for row in table.rows:
                    for cell in row.cells:
                        texts.extend(p.text for p in cell.paragraphs)
                        walk(cell.tables)

        walk(doc.tables)
        return "\n".join(texts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if path.suffix == ".json":
        strings: list[str] = []

        def collect(value: Any) -> None:
            if isinstance(value, str):
                strings.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    collect(item)
            elif isinstance(value, list):
                for item in value:
                    collect(item)

        collect(json.loads(path.read_text(encoding="utf-8")))
        return "\n".join(strings)
    return path.read_text(encoding="utf-8")


def year_group_on(dob: date, as_of: date) -> int:
    start = as_of.year if as_of >= date(as_of.year, 9, 1) else as_of.year - 1
    cutoff = date(start, 8, 31)
    age = cutoff.year - dob.year - ((cutoff.month, cutoff.day) < (dob.month, dob.day))
    return age - 4


ROWS = manifest()


def test_manifest_has_the_agreed_columns_and_enough_plans() -> None:
    with (SAMPLES / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == MANIFEST_COLUMNS
    assert len(ROWS) >= 16
    formats = [row["format"] for row in ROWS]
    assert formats.count("docx") >= 6
    assert formats.count("pdf") >= 3
    assert formats.count("txt") >= 2 and formats.count("md") >= 2 and formats.count("json") >= 2


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_plan_file_exists_and_is_realistic_length(row: dict[str, str]) -> None:
    path = SAMPLES / row["file"]
    assert path.is_file(), f"{row['file']} listed in manifest.csv but missing"
    assert path.suffix == "." + row["format"]
    assert int(row["words"]) >= MIN_WORDS
    # Count again, independently of the build script, by whitespace.
    assert len(document_text(path).split()) >= MIN_WORDS


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_manifest_facts_are_in_the_document(row: dict[str, str]) -> None:
    text = document_text(SAMPLES / row["file"])
    flat = re.sub(r"\s+", " ", text)
    assert row["child_name"] in flat
    if row["nhs_number"]:
        assert is_valid_nhs_number(row["nhs_number"])
        assert row["nhs_number"] in re.sub(r"(?<=\d) (?=\d)", "", flat)
    if row["upn"]:
        assert row["upn"] in flat
    assert year_group_on(date.fromisoformat(row["date_of_birth"]), AS_OF) == int(row["year_group"])
    for column in ("issued", "last_review", "last_amended", "next_review"):
        if row[column]:
            date.fromisoformat(row[column])
    assert row["year_group_stated"] in {"yes", "no"}


def test_sample_set_spans_the_ages_the_tool_must_handle() -> None:
    years = {int(row["year_group"]) for row in ROWS}
    assert -1 in years and 0 in years and 6 in years and 9 in years and 11 in years
    assert any(12 <= y <= 13 for y in years)  # post-16 college
    assert any(16 <= y <= 20 for y in years)  # post-19, age 20-24


def test_labels_grade_every_plan_on_every_criterion() -> None:
    rows = labels()
    plans = {row["file"] for row in ROWS}
    graded = {(row["plan"], row["criterion"]) for row in rows}
    assert len(graded) == len(rows), "a plan x criterion pair is labelled twice"
    assert graded == {(plan, criterion) for plan in plans for criterion in CRITERIA}
    assert {row["grade"] for row in rows} <= {"1", "2", "3", "4", "NA"}


def test_labels_use_every_grade_and_na_only_for_pfa_below_year_9() -> None:
    year_of = {row["file"]: int(row["year_group"]) for row in ROWS}
    by_criterion: dict[str, set[str]] = {c: set() for c in CRITERIA}
    for row in labels():
        by_criterion[row["criterion"]].add(row["grade"])
        if row["criterion"] == "pfa":
            assert (row["grade"] == "NA") == (year_of[row["plan"]] < 9), row["plan"]
        else:
            assert row["grade"] != "NA", row
    for criterion, grades in by_criterion.items():
        assert {"1", "2", "3", "4"} <= grades, f"{criterion} lacks a grade: {sorted(grades)}"


def test_json_samples_follow_the_published_schema() -> None:
    schema_path = Path(__file__).resolve().parents[2] / "audit" / "schemas" / "plan.schema.json"
    if not schema_path.is_file():
        pytest.skip("plan.schema.json not written yet")
    import jsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for row in ROWS:
        if row["format"] == "json":
            document = json.loads((SAMPLES / row["file"]).read_text(encoding="utf-8"))
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            assert not errors, f"{row['file']}: {errors[0].message}"
