"""Many files -> BatchAudit: in this process, a local process pool, or a Dask cluster.

One unreadable or failing plan never stops a batch: it becomes an AuditError and the rest
complete. Results come back in input order whatever the scheduler, so grades and reports are
identical for any `--jobs` or `--scheduler`.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from audit import __version__
from audit.boilerplate import BoilerplateSettings, SentencePrint, recurring, sentence_prints, with_boilerplate_findings
from audit.dates import parse_date
from audit.errors import AuditInputError
from audit.model import AuditError, BatchAudit, Plan, PlanAudit
from audit.rubric import Rubric

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".json")
# A manifest's own bookkeeping columns; every other known column is a fact that overrides the document.
MANIFEST_PATH_COLUMNS = ("file", "path", "source")
MANIFEST_DATE_FACTS = ("date_of_birth", "issued", "last_review", "last_amended", "next_review")
MANIFEST_TEXT_FACTS = ("child_name", "primary_need")
PlansPerChunk = 4
# Seconds one file may take before it is recorded as an error: a plan takes a tenth of a second,
# a 300-page PDF a few seconds; a file that takes longer is pathological, not a plan.
DEFAULT_TIME_LIMIT = 10.0


class Job(BaseModel):
    """One file to audit, with facts known from a manifest that override what is read from it."""

    model_config = ConfigDict(frozen=True)

    source: str
    facts: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class JobResult:
    index: int
    audit: PlanAudit | None
    error: AuditError | None
    prints: tuple[SentencePrint, ...] = ()


# --- Which files ----------------------------------------------------------------------------


def _is_candidate(path: Path) -> bool:
    name = path.name
    # Word's lock files ("~$plan.docx") and hidden files are never plans.
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith(("~$", "."))


def _manifest_jobs(manifest: Path) -> Iterator[Job | AuditError]:
    try:
        with manifest.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield AuditError(source=str(manifest), reason=f"cannot read manifest: {type(exc).__name__}")
        return
    for number, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        ref = next((row[c] for c in MANIFEST_PATH_COLUMNS if row.get(c)), "")
        if not ref:
            yield AuditError(source=f"{manifest}:{number}", reason="manifest row names no file (column 'file')")
            continue
        path = Path(ref) if Path(ref).is_absolute() else manifest.parent / ref
        try:
            yield Job(source=str(path), facts=manifest_facts(row))
        except ValueError as exc:
            yield AuditError(source=f"{manifest}:{number}", reason=str(exc))


def manifest_facts(row: dict[str, str]) -> dict[str, Any]:
    """The PlanFacts a manifest row states; an unreadable value is an error naming the column."""
    facts: dict[str, Any] = {}
    for column in MANIFEST_DATE_FACTS:
        if row.get(column):
            value = parse_date(row[column])
            if value is None:
                raise ValueError(f"column {column!r}: cannot read {row[column]!r} as a date")
            facts[column] = value
    if row.get("review_dates"):
        reviews = [parse_date(part) for part in row["review_dates"].replace(",", ";").split(";") if part.strip()]
        if None in reviews:
            raise ValueError(f"column 'review_dates': cannot read {row['review_dates']!r} as dates")
        facts["review_dates"] = tuple(sorted(reviews))  # type: ignore[type-var]
    if row.get("year_group"):
        try:
            facts["year_group"] = int(row["year_group"])
        except ValueError:
            raise ValueError(f"column 'year_group': {row['year_group']!r} is not a whole number") from None
        facts["year_group_source"] = "manifest"
    for column in MANIFEST_TEXT_FACTS:
        if row.get(column):
            facts[column] = row[column]
    return facts


def collect_jobs(inputs: Sequence[str]) -> tuple[list[Job], list[AuditError]]:
    """Files, folders (recursively), globs and manifest CSVs -> jobs in a stable order."""
    jobs: list[Job] = []
    errors: list[AuditError] = []
    seen: set[str] = set()

    def add(item: Job | AuditError) -> None:
        if isinstance(item, AuditError):
            errors.append(item)
        elif item.source not in seen:
            seen.add(item.source)
            jobs.append(item)

    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and _is_candidate(p)):
                add(Job(source=str(found)))
        elif path.suffix.lower() == ".csv" and path.is_file():
            for item in _manifest_jobs(path):
                add(item)
        elif any(ch in raw for ch in "*?[") and not path.exists():
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            files = [m for m in matches if m.is_file() and _is_candidate(m)]
            if not files:
                add(AuditError(source=raw, reason="no plan files match this pattern"))
            for found in files:
                add(Job(source=str(found)))
        elif path.is_file():
            add(Job(source=str(path)))
        else:
            add(AuditError(source=raw, reason="no such file or folder"))
    return jobs, errors


# --- Auditing one job (runs in a worker) ----------------------------------------------------


@contextmanager
def time_limit(seconds: float | None, source: str) -> Iterator[None]:
    """Raise AuditInputError if the block runs past `seconds` (main thread of a process only)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise AuditInputError(source, f"took longer than {seconds:g} s to read and audit; skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class BatchSettings:
    """How a batch is audited. `rubric` grades the documents of its own document_kind (plans, as a
    rule); `advice_rubric` grades health advice. A kind with no rubric given gets its bundled
    default (inspection for plans, health-advice for advice), so a folder of plans and advice
    is audited each against its own rubric."""

    rubric: Rubric
    as_of: date
    focus: str | None = None
    kind: str | None = None
    time_limit: float | None = DEFAULT_TIME_LIMIT
    boilerplate: BoilerplateSettings = BoilerplateSettings()
    # Pseudonymise in the worker, where the whole plan (cover page included) is known.
    redact: bool = False
    redact_seed: str = ""
    advice_rubric: Rubric | None = None

    def rubric_for(self, kind: str) -> Rubric:
        """The rubric that grades a document of this kind."""
        for rubric in (self.rubric, self.advice_rubric):
            if rubric is not None and rubric.document_kind == kind:
                return rubric
        return default_rubric(kind)

    @property
    def read_kind(self) -> str | None:
        """What to read every file as: --kind, or health advice when only a health-advice rubric was given."""
        if self.kind is None and self.rubric.document_kind == "health_advice" and self.advice_rubric is None:
            return "health_advice"
        return self.kind


@lru_cache(maxsize=None)
def default_rubric(kind: str) -> Rubric:
    """The bundled rubric for a kind of document, loaded once per process."""
    from audit.rubric import DEFAULT_RUBRICS, load_rubric

    return load_rubric(DEFAULT_RUBRICS[kind])


def audit_job(index: int, job: Job, settings: BatchSettings) -> JobResult:
    """Read and audit one file; any failure becomes an AuditError, never an exception."""
    from audit.ingest import read_plan
    from audit.pipeline import apply_facts, audit_plan

    try:
        with time_limit(settings.time_limit, job.source):
            plan = read_plan(job.source, as_of=settings.as_of, kind=settings.read_kind)  # type: ignore[arg-type]
            if job.facts:
                plan = apply_facts(plan, job.facts)
            audit = audit_plan(plan, settings.rubric_for(plan.kind), settings.as_of, focus=settings.focus)
            prints = sentence_prints(plan, settings.boilerplate) if plan.kind == "plan" else ()
            if settings.redact:
                audit, prints = _redacted(plan, audit, prints, settings.redact_seed)
        return JobResult(index=index, audit=audit, error=None, prints=prints)
    except AuditInputError as exc:
        return JobResult(index=index, audit=None, error=AuditError(source=job.source, reason=exc.reason))
    except RecursionError:
        return JobResult(index=index, audit=None, error=AuditError(source=job.source, reason="document structure is nested too deeply to read"))
    except MemoryError:
        return JobResult(index=index, audit=None, error=AuditError(source=job.source, reason="ran out of memory reading this file"))
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not end the batch
        return JobResult(index=index, audit=None,
                         error=AuditError(source=job.source, reason=f"internal error ({type(exc).__name__}); please report it"))


def _redacted(plan: Plan, audit: PlanAudit, prints: tuple[SentencePrint, ...],
              seed: str) -> tuple[PlanAudit, tuple[SentencePrint, ...]]:
    """The audit and its sentence quotes pseudonymised, with a plan id that names no one."""
    from audit.privacy import Redactor

    redactor = Redactor(seed)
    redactor.learn_plan(plan)
    audit = redactor.redact_audit(audit, plan_id=redactor.plan_id_for(audit.sha256))
    return audit, tuple(p.model_copy(update={"quote": redactor.redact(p.quote)}) for p in prints)


def redacted_error(error: AuditError, seed: str = "") -> AuditError:
    """An error row whose file name may hold a child's name: named by a keyed hash instead."""
    from audit.privacy import Redactor

    redactor = Redactor(seed)
    name = "file-" + redactor.plan_id_for(hashlib.sha256(error.source.encode()).hexdigest()).removeprefix("plan-")
    return AuditError(source=name, reason=redactor.redact(error.reason))


def _audit_chunk(chunk: list[tuple[int, Job]], settings: BatchSettings | None = None) -> list[JobResult]:
    return [audit_job(index, job, settings or _WORKER_SETTINGS) for index, job in chunk]  # type: ignore[arg-type]


_WORKER_SETTINGS: BatchSettings | None = None


def _init_worker(settings: BatchSettings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    # Ctrl-C is the parent's to handle: a worker that also raised would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --- Schedulers -----------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def _chunks(jobs: Sequence[Job], size: int) -> list[list[tuple[int, Job]]]:
    indexed = list(enumerate(jobs))
    return [indexed[i:i + size] for i in range(0, len(indexed), size)]


def _run_inline(jobs: Sequence[Job], settings: BatchSettings, progress: Progress) -> Iterator[JobResult]:
    warm_up(settings)  # so that the first file's time limit measures the file, not start-up
    for index, job in enumerate(jobs):
        yield audit_job(index, job, settings)
        progress(index + 1, len(jobs))


def warm_up(settings: BatchSettings) -> None:
    """Load in this process what every plan needs: the spaCy pipeline, the syllable dictionary,
    the compiled lexicons. Worker processes forked afterwards share it instead of each loading it."""
    from audit.nlp import get_nlp
    from audit.textstats import flesch_reading_ease

    get_nlp()
    flesch_reading_ease("A short sentence to load the pronouncing dictionary.")
    for lexicon in settings.rubric.lexicons.values():
        lexicon.compile()


def _run_pool(jobs: Sequence[Job], settings: BatchSettings, workers: int, progress: Progress) -> Iterator[JobResult]:
    chunks = _chunks(jobs, PlansPerChunk)
    done = 0
    warm_up(settings)
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,))
    try:
        pending: dict[Future[list[JobResult]], list[tuple[int, Job]]] = {
            executor.submit(_audit_chunk, chunk): chunk for chunk in chunks
        }
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                chunk = pending.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    results = [JobResult(index=i, audit=None, error=AuditError(
                        source=job.source, reason="the worker process auditing this file stopped (out of memory?)"))
                        for i, job in chunk]
                yield from results
                done += len(chunk)
                progress(done, len(jobs))
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()
        raise
    executor.shutdown(wait=True)


def _run_dask(jobs: Sequence[Job], settings: BatchSettings, scheduler: str, workers: int,
              progress: Progress) -> Iterator[JobResult]:
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        # Dask runs tasks in worker threads, where a per-file signal timer cannot fire.
        remote = BatchSettings(**{**settings.__dict__, "time_limit": None})
        shared = client.scatter(remote, broadcast=True)
        chunks = _chunks(jobs, PlansPerChunk)
        futures = client.map(_audit_chunk, chunks, settings=shared, pure=False)
        done = 0
        for future in as_completed(futures):
            results = future.result()
            yield from results
            done += len(results)
            progress(done, len(jobs))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _unique_plan_ids(results: list[JobResult]) -> list[JobResult]:
    """Plans are named by file stem; two files with one stem (in different folders) are told
    apart by their folder, so that findings and moderation rows never collide."""
    stems: dict[str, int] = {}
    for r in results:
        stems[r.audit.plan_id] = stems.get(r.audit.plan_id, 0) + 1  # type: ignore[union-attr]
    unique = []
    for r in results:
        audit = r.audit
        assert audit is not None
        if stems[audit.plan_id] > 1:
            parts = Path(audit.source).with_suffix("").parts
            audit = audit.model_copy(update={"plan_id": "/".join(parts[-2:]) if len(parts) > 1 else audit.source})
            r = JobResult(index=r.index, audit=audit, error=None, prints=r.prints)
        unique.append(r)
    return unique


def run_batch(jobs: Sequence[Job], settings: BatchSettings, workers: int = 1, scheduler: str | None = None,
              progress: Progress | None = None, input_errors: Sequence[AuditError] = ()) -> BatchAudit:
    """Audit every job; return the batch in input order, failures as errors."""
    started = time.perf_counter()
    report = progress or (lambda done, total: None)
    if scheduler:
        results = _run_dask(jobs, settings, scheduler, max(1, workers), report)
    elif workers <= 1 or len(jobs) <= 1:
        results = _run_inline(jobs, settings, report)
    else:
        results = _run_pool(jobs, settings, min(workers, len(jobs)), report)
    ordered = sorted(results, key=lambda r: r.index)

    audits = _unique_plan_ids([r for r in ordered if r.audit is not None])
    prints = [r.prints for r in audits]
    repeated = recurring(prints, len(audits), settings.boilerplate)
    final = tuple(with_boilerplate_findings(r.audit, r.prints, repeated, len(audits)) for r in audits)  # type: ignore[arg-type]
    errors = tuple(input_errors) + tuple(r.error for r in ordered if r.error is not None)
    if settings.redact:
        errors = tuple(redacted_error(e, settings.redact_seed) for e in errors)
    # One id on the batch: the plan rubric's (each PlanAudit carries the rubric that graded it);
    # a batch given only a health-advice rubric is stamped with that.
    stamp = settings.rubric if settings.rubric.document_kind == "plan" or settings.advice_rubric is None \
        else settings.rubric_for("plan")
    return BatchAudit(
        tool_version=__version__,
        rubric_id=stamp.id,
        rubric_version=stamp.version,
        rubric_title=stamp.title,
        as_of=settings.as_of,
        audits=final,
        errors=errors,
        elapsed_seconds=round(time.perf_counter() - started, 3),
    )


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
