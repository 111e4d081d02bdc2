"""Batch auditing: which files, in what order, on which scheduler, and what a bad file does."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from audit.batch import BatchSettings, Job, collect_jobs, run_batch
from audit.boilerplate import BoilerplateSettings, normalise
from audit.rubric import load_rubric

AS_OF = date(2026, 11, 1)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
COPIED = "I like trains and I want to be a train driver when I am older because my grandad was one."


def plan_text(name: str, extra: str = "", reviewed: str = "12/05/2026") -> str:
    return f"""EDUCATION, HEALTH AND CARE PLAN
Name: {name} Testperson
Date of birth: 14/03/2016
Date plan issued: 01/06/2025
Date of last annual review: {reviewed}

Section A: Views, interests and aspirations
{COPIED} {extra}
I enjoy swimming with my dad on Saturdays and I find reading hard when the room is noisy.

Section B: Special educational needs
{name} has difficulties with reading fluency and phonological awareness, and finds noisy rooms hard.

Section C: Health needs
{name} has no identified health needs related to their special educational needs.

Section D: Social care needs
No social care needs have been identified.

Section E: Outcomes
By July 2027 {name} will read 40 words per minute aloud from a book at their level, with one prompt.

Section F: Special educational provision
Phonics teaching 1:1 with a trained teaching assistant, 3 x 20 minutes weekly.

Section I: Placement
Greenfield Primary School (mainstream)
"""


def write_plans(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name.lower()}.txt"
        path.write_text(plan_text(name), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def rubric():
    return load_rubric("inspection")


def grades(batch) -> dict[str, tuple]:
    return {a.plan_id: (a.overall.grade, tuple(c.grade for c in a.criteria)) for a in batch.audits}


def test_folders_are_searched_recursively_in_a_stable_order(tmp_path: Path) -> None:
    write_plans(tmp_path / "b", ["Bea"])
    write_plans(tmp_path / "a" / "deeper", ["Al"])
    (tmp_path / "a" / "notes.csv").write_text("not a plan", encoding="utf-8")
    (tmp_path / "a" / "~$al.docx").write_bytes(b"word lock file")
    jobs, errors = collect_jobs([str(tmp_path)])
    assert [Path(j.source).name for j in jobs] == ["al.txt", "bea.txt"]
    assert errors == []


def test_globs_missing_paths_and_duplicates(tmp_path: Path) -> None:
    paths = write_plans(tmp_path, ["Cy", "Di"])
    jobs, errors = collect_jobs([str(tmp_path / "*.txt"), str(paths[0]), str(tmp_path / "nope.docx")])
    assert [Path(j.source).name for j in jobs] == ["cy.txt", "di.txt"]
    assert [e.reason for e in errors] == ["no such file or folder"]


def test_a_manifest_names_files_and_its_facts_override_the_document(tmp_path: Path, rubric) -> None:
    write_plans(tmp_path, ["Ed"])
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,year_group,last_review\ned.txt,10,01/02/2023\n", encoding="utf-8")
    jobs, errors = collect_jobs([str(manifest)])
    assert errors == []
    assert jobs[0].facts["year_group"] == 10
    batch = run_batch(jobs, BatchSettings(rubric=rubric, as_of=AS_OF))
    audit = batch.audits[0]
    assert audit.facts.year_group == 10
    assert audit.facts.last_review == date(2023, 2, 1)
    pfa = next(c for c in audit.criteria if c.id == "pfa")
    assert pfa.grade is not None  # Year 10 from the manifest: preparing for adulthood applies


def test_a_bad_manifest_value_is_an_error_row_naming_the_line(tmp_path: Path) -> None:
    write_plans(tmp_path, ["Flo"])
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,date_of_birth\nflo.txt,not a date\n", encoding="utf-8")
    jobs, errors = collect_jobs([str(manifest)])
    assert jobs == []
    assert errors[0].source.endswith("m.csv:2")
    assert "date_of_birth" in errors[0].reason


def test_one_bad_file_never_stops_a_batch(tmp_path: Path, rubric) -> None:
    write_plans(tmp_path, ["Gus", "Hal"])
    (tmp_path / "broken.docx").write_bytes(b"this is not a word document at all")
    (tmp_path / "empty.pdf").write_bytes(b"")
    jobs, _ = collect_jobs([str(tmp_path)])
    batch = run_batch(jobs, BatchSettings(rubric=rubric, as_of=AS_OF), workers=2)
    assert sorted(a.plan_id for a in batch.audits) == ["gus", "hal"]
    assert sorted(Path(e.source).name for e in batch.errors) == ["broken.docx", "empty.pdf"]
    assert all("\n" not in e.reason for e in batch.errors)


def test_grades_are_the_same_in_process_and_in_a_pool(tmp_path: Path, rubric) -> None:
    jobs = [Job(source=str(p)) for p in sorted(SAMPLES.glob("0[1-6]_*"))]
    settings = BatchSettings(rubric=rubric, as_of=AS_OF)
    inline = run_batch(jobs, settings, workers=1)
    pooled = run_batch(jobs, settings, workers=2)
    assert [a.plan_id for a in pooled.audits] == [a.plan_id for a in inline.audits]
    assert pooled.audits == inline.audits


@pytest.mark.slow
def test_a_dask_local_cluster_gives_the_same_audits_as_the_process_pool(rubric) -> None:
    pytest.importorskip("distributed")
    jobs = [Job(source=str(p)) for p in sorted(SAMPLES.glob("0[1-4]_*"))]
    settings = BatchSettings(rubric=rubric, as_of=AS_OF)
    pooled = run_batch(jobs, settings, workers=2)
    on_dask = run_batch(jobs, settings, workers=2, scheduler="local")
    assert on_dask.audits == pooled.audits


def test_sentences_copied_across_plans_are_findings_but_do_not_change_grades(tmp_path: Path, rubric) -> None:
    paths = write_plans(tmp_path, ["Ivy", "Jo", "Kit", "Lu"])
    settings = BatchSettings(rubric=rubric, as_of=AS_OF, boilerplate=BoilerplateSettings(min_plans=3))
    batch = run_batch([Job(source=str(p)) for p in paths], settings)
    alone = run_batch([Job(source=str(paths[0]))], settings)
    ivy = batch.audits[0]
    copied = [f for c in ivy.criteria for f in c.findings if f.rule.endswith("batch_boilerplate")]
    assert {f.criterion for f in copied} >= {"readability", "outcomes_specific"}
    assert any(COPIED.startswith(f.quote) or f.quote == COPIED for f in copied if f.section == "A")
    assert "4 of the 4 plans" in copied[0].message
    assert grades(alone)["ivy"] == grades(batch)["ivy"]
    assert not [f for c in alone.audits[0].criteria for f in c.findings if f.rule.endswith("batch_boilerplate")]


def test_copy_paste_is_recognised_through_names_pronouns_and_numbers() -> None:
    one = normalise("Sam will read 20 words with his teacher.", names=["Sam"])
    other = normalise("Priya will read 35 words with her teacher!", names=["Priya"])
    assert one == other


def test_two_files_with_one_name_in_different_folders_get_different_plan_ids(tmp_path: Path, rubric) -> None:
    first = write_plans(tmp_path / "north", ["Max"])[0]
    second = write_plans(tmp_path / "south", ["Max"])[0]
    batch = run_batch([Job(source=str(first)), Job(source=str(second))], BatchSettings(rubric=rubric, as_of=AS_OF))
    assert sorted(a.plan_id for a in batch.audits) == ["north/max", "south/max"]


def test_redaction_in_a_batch_names_no_child(tmp_path: Path, rubric) -> None:
    paths = write_plans(tmp_path, ["Nadia", "Omar", "Pip"])
    (tmp_path / "Nadia_Testperson_broken.docx").write_bytes(b"junk")
    batch = run_batch([Job(source=str(p)) for p in [*paths, tmp_path / "Nadia_Testperson_broken.docx"]],
                      BatchSettings(rubric=rubric, as_of=AS_OF, redact=True))
    dumped = batch.model_dump_json()
    for name in ("Nadia", "Omar", "Pip", "Testperson", "14/03/2016"):
        assert name not in dumped
    assert all(a.plan_id.startswith("plan-") for a in batch.audits)
    assert batch.errors[0].source.startswith("file-")


def test_the_sample_folder_is_audited_without_errors(rubric) -> None:
    jobs, errors = collect_jobs([str(SAMPLES)])
    assert errors == []
    plan_files = [j for j in jobs if "health-advice" not in j.source]
    assert len(plan_files) >= 14


def test_a_copy_of_a_sample_gets_the_same_grades(tmp_path: Path, rubric) -> None:
    original = SAMPLES / "06_jayden_fairclough_year11.txt"
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    settings = BatchSettings(rubric=rubric, as_of=AS_OF)
    assert grades(run_batch([Job(source=str(original))], settings)) == grades(run_batch([Job(source=str(copy))], settings))


def test_a_file_that_takes_too_long_is_an_error_and_the_batch_goes_on(tmp_path: Path, rubric,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import audit.ingest

    paths = write_plans(tmp_path, ["Quin", "Rae"])
    real = audit.ingest.read_plan

    def slow_for_quin(source, *args, **kwargs):
        if "quin" in source:
            time.sleep(5)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(audit.ingest, "read_plan", slow_for_quin)
    started = time.perf_counter()
    batch = run_batch([Job(source=str(p)) for p in paths], BatchSettings(rubric=rubric, as_of=AS_OF, time_limit=1))
    assert time.perf_counter() - started < 4.5
    assert [a.plan_id for a in batch.audits] == ["rae"]
    assert "took longer than 1 s" in batch.errors[0].reason
