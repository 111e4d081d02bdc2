"""Every bundled plan is read exactly as its manifest says: each section found, each fact right.

The manifests (samples/manifest.csv and those of the evaluation sets in eval/) were written
with the plans, from what each document states; they are the reading tests' ground truth.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from audit.ingest import read_plan

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 1)
MANIFESTS = [ROOT / "samples" / "manifest.csv", *sorted((ROOT / "eval").glob("*/manifest.csv"))]
DATE_FACTS = ("date_of_birth", "issued", "last_review", "last_amended", "next_review")


def manifest_rows() -> list[tuple[Path, dict[str, str]]]:
    rows = []
    for manifest in MANIFESTS:
        with manifest.open(newline="", encoding="utf-8") as handle:
            rows += [(manifest.parent / row["file"], row) for row in csv.DictReader(handle)]
    return rows


ROWS = manifest_rows()


@pytest.fixture(scope="module")
def plans() -> dict[Path, object]:
    return {path: read_plan(str(path), as_of=AS_OF) for path, _ in ROWS}


@pytest.mark.parametrize(("path", "row"), ROWS, ids=[p.name for p, _ in ROWS])
def test_every_section_is_found(path: Path, row: dict[str, str], plans) -> None:
    read = ";".join(s.letter for s in plans[path].sections)
    # A manifest's "H" is social care under one heading; where that heading has "H1 ..." and
    # "H2 ..." sub-headings the reader rightly gives both parts, which is no disagreement.
    assert read == row["sections_present"] or read.replace("H1;H2", "H") == row["sections_present"]


@pytest.mark.parametrize(("path", "row"), ROWS, ids=[p.name for p, _ in ROWS])
def test_every_fact_is_read_exactly(path: Path, row: dict[str, str], plans) -> None:
    facts = plans[path].facts
    read = {name: getattr(facts, name).isoformat() if getattr(facts, name) else "" for name in DATE_FACTS}
    expected = {name: row[name] for name in DATE_FACTS}
    assert read == expected
    assert facts.year_group == int(row["year_group"])
    # Manifests disagree about middle names the cover states ("Callum James Petrie" is "Callum
    # Petrie" in one set, "Poppy Rose Wrenfield" keeps hers in another): first and last must match.
    read_name, expected_name = (facts.child_name or "").split(), row["child_name"].split()
    assert (read_name[:1], read_name[-1:]) == (expected_name[:1], expected_name[-1:])
    assert (facts.nhs_number or "") == row["nhs_number"]
    assert (facts.upn or "") == row["upn"]
