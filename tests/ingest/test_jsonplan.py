"""JSON plan exports: validated against the published schema, read as section blocks."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from audit.errors import AuditInputError
from audit.ingest.jsonplan import read_json_plan
from audit.ingest.readers import read_document

FIXTURE = Path(__file__).parent.parent / "fixtures" / "ingest" / "plan.json"


def plan() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


def encode(value: dict) -> bytes:
    return json.dumps(value).encode("utf-8")


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(files("audit.schemas").joinpath("plan.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_structured_is_the_parsed_plan() -> None:
    document = read_document("plan.json", FIXTURE.read_bytes())
    assert document.format == "json"
    assert document.structured == plan()


def test_a_heading_per_section_in_statutory_order() -> None:
    blocks, _ = read_json_plan("plan.json", FIXTURE.read_bytes())
    headings = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert headings == [
        "Personal details",
        "Section A: Views, interests and aspirations",
        "Section B: Special educational needs",
        "Section C: Health needs",
        "Section D: Social care needs",
        "Section E: Outcomes",
        "Section F: Special educational provision",
        "Section G: Health provision",
        "Section H1: Social care provision (CSDPA 1970 s2)",
        "Section H2: Other social care provision",
        "Section I: Placement",
        "Section J: Personal budget",
        "Section K: Advice and information",
    ]


def test_tables_for_outcomes_provision_and_advice() -> None:
    blocks, _ = read_json_plan("plan.json", FIXTURE.read_bytes())
    rows = [b for b in blocks if b.kind == "table_row"]
    by_table: dict[int, list[tuple[str, ...]]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row.cells)
    outcomes = by_table[1]
    assert outcomes[0] == ("Area", "Outcome", "Steps", "By when")
    assert outcomes[1][3] == "July 2027"
    assert outcomes[1][2] == (
        "Greets a named peer with one prompt; Asks a peer one question at lunch"
    )
    provision = by_table[2]
    assert provision[1] == (
        "Communication and interaction", "Start conversations", "Social communication group",
        "Speech and language therapist", "HCPC registered", "1:4", "Once a week", "30 minutes",
    )
    health = [b for b in rows if b.table == 3][1]
    assert health.text == "Asthma care plan reviewed each year | School nurse | Yearly"
    advice = by_table[4]
    assert advice[1] == (
        "Educational psychology advice", "Dr A Patel", "Educational Psychologist", "2024-12-02"
    )


def test_views_and_cover_details_are_paragraphs() -> None:
    blocks, _ = read_json_plan("plan.json", FIXTURE.read_bytes())
    texts = [b.text for b in blocks]
    assert "Child's views" in texts
    assert "I like football and drawing animals. I don't like loud rooms." in texts
    assert "Date of birth: 2016-02-01" in texts
    assert "Year group: Year 5" in texts


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda p: p["sections"]["E"]["outcomes"][0].__setitem__("outcome", 7),
         "$.sections.E.outcomes[0].outcome"),
        (lambda p: p["plan"].__setitem__("issued", "2025-13-01"), "$.plan.issued"),
        (lambda p: p["sections"]["B"]["needs"][1].__setitem__("area", ""),
         "$.sections.B.needs[1].area"),
        (lambda p: p["sections"]["A"].__setitem__("child_veiws", "typo"), "$.sections.A"),
        (lambda p: p["child"].__setitem__("nhs_number", "12345"), "$.child.nhs_number"),
        (lambda p: p["sections"]["K"]["advice"][0].pop("title"), "$.sections.K.advice[0]"),
        (lambda p: p.pop("sections"), "$"),
    ],
)
def test_invalid_plan_names_the_json_path(change, path: str) -> None:
    broken = copy.deepcopy(plan())
    change(broken)
    with pytest.raises(AuditInputError) as caught:
        read_json_plan("plan.json", encode(broken))
    message = str(caught.value)
    assert message.startswith(f"plan.json: invalid plan at {path}:")
    assert "\n" not in message


def test_errors_never_echo_the_value() -> None:
    broken = plan()
    broken["child"]["nhs_number"] = "943 476 591X"
    broken["sections"]["E"]["outcomes"][0]["outcome"] = ["Sam will read 50 words"]
    with pytest.raises(AuditInputError) as caught:
        read_json_plan("plan.json", encode(broken))
    assert "591X" not in str(caught.value)
    assert "Sam will read" not in str(caught.value)
    broken["child"]["nhs_number"] = "943 476 5919"
    with pytest.raises(AuditInputError) as caught:
        read_json_plan("plan.json", encode(broken))
    assert str(caught.value) == (
        "plan.json: invalid plan at $.sections.E.outcomes[0].outcome: expected text, found a list"
    )


def test_extension_fields_are_allowed() -> None:
    extended = plan()
    extended["x-case-id"] = "CM-1234"
    extended["sections"]["F"]["provision"][0]["x-cost"] = 1200
    _, structured = read_json_plan("plan.json", encode(extended))
    assert structured["x-case-id"] == "CM-1234"


def test_broken_json_gives_line_and_column() -> None:
    with pytest.raises(AuditInputError, match=r"not valid JSON \(line 2 column"):
        read_json_plan("plan.json", b'{"schema_version": "1.0",\n "sections": }')


def test_local_area_labels_are_accepted() -> None:
    local = plan()
    local["sections"]["E"]["outcomes"][0]["area"] = "Independence and family life"
    _, structured = read_json_plan("plan.json", encode(local))
    assert structured["sections"]["E"]["outcomes"][0]["area"] == "Independence and family life"


def test_merged_h_section() -> None:
    merged = plan()
    merged["sections"].pop("H1")
    merged["sections"].pop("H2")
    merged["sections"]["H"] = {"text": "Short breaks one weekend a month."}
    blocks, _ = read_json_plan("plan.json", encode(merged))
    assert "Section H: Social care provision" in [b.text for b in blocks]
