"""Throughput benchmark: audit N plans through the real CLI and compare with the floor.

The floor is the time just to read the same files' text and tokenise it once with spaCy,
with the same number of processes, measured in the same run. Both run as fresh processes,
so start-up and imports count on both sides. Run by hand; figures go in benchmarks/README.md:

    python benchmarks/throughput.py --sizes 1000 --jobs 1,2 --schedulers pool
    python benchmarks/throughput.py --sizes 1000,4000,8337 --jobs 2 --schedulers pool,dask
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not
CORPUS = ROOT / "benchmarks" / "corpus"
OUT = ROOT / "benchmarks" / "out"
AS_OF = "2026-11-01"
# Invented first names and surnames to vary the copies: each copy is a different child.
FIRST_NAMES = ("Amara", "Bilal", "Cerys", "Dominik", "Esme", "Farid", "Greta", "Hamish", "Ines", "Jonah",
               "Kezia", "Lorcan", "Mabli", "Nikhil", "Orla", "Pavel", "Quinn", "Rhiannon", "Soren", "Tamsin")
SURNAMES = ("Ashdown", "Birchall", "Coldharbour", "Dunmore", "Elmstead", "Fairweather", "Gorsebrook",
            "Hollingbury", "Ivybridge", "Juniper", "Kettlewell", "Longmire", "Marchmont", "Nettleford")


# --- The corpus ----------------------------------------------------------------------------


def _replace_everywhere(value: object, swaps: dict[str, str]) -> object:
    if isinstance(value, str):
        for old, new in swaps.items():
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_replace_everywhere(v, swaps) for v in value]
    if isinstance(value, dict):
        return {k: _replace_everywhere(v, swaps) for k, v in value.items()}
    return value


def varied_copy(source: dict, number: int) -> dict:
    """A copy of a sample plan for another invented child: names changed throughout."""
    plan = copy.deepcopy(source)
    full = plan["child"]["name"].split()
    first, surname = plan["child"].get("preferred_name", full[0]), full[-1]
    new_first = FIRST_NAMES[number % len(FIRST_NAMES)]
    new_surname = SURNAMES[(number // len(FIRST_NAMES)) % len(SURNAMES)]
    swaps = {surname: new_surname, full[0]: new_first}
    if first != full[0]:
        swaps[first] = new_first
    return _replace_everywhere(plan, swaps)  # type: ignore[return-value]


def _render(task: tuple[int, str, str]) -> str:
    number, source_path, target = task
    sys.path.insert(0, str(ROOT / "samples" / "build"))
    import build_samples  # noqa: PLC0415 - the samples' own renderers

    source = yaml.safe_load(Path(source_path).read_text(encoding="utf-8"))
    plan = varied_copy(source, number)
    path = Path(target)
    (build_samples.render_pdf if path.suffix == ".pdf" else build_samples.render_docx)(plan, path)
    return target


def build_corpus(size: int, jobs: int) -> list[Path]:
    """N varied copies of the samples, three in four as Word and one in four as PDF, cached."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    # The JSON samples are exports, not documents: the corpus is Word and PDF.
    sources = [p for p in sorted((ROOT / "samples" / "build" / "plans").glob("*.yaml"))
               if "child" in yaml.safe_load(p.read_text(encoding="utf-8"))]
    tasks, files = [], []
    for number in range(size):
        suffix = ".pdf" if number % 4 == 3 else ".docx"
        target = CORPUS / f"plan_{number:05d}{suffix}"
        files.append(target)
        if not target.exists():
            tasks.append((number, str(sources[number % len(sources)]), str(target)))
    if tasks:
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(_render, tasks, chunksize=16))
        print(f"built {len(tasks)} corpus files in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return files


def write_manifest(files: list[Path], size: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = OUT / f"manifest_{size}.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file"])
        writer.writerows([[str(f)] for f in files[:size]])
    return manifest


# --- The floor: read and tokenise, nothing else --------------------------------------------

_NLP = None


def _floor_one(path: str) -> int:
    global _NLP
    from audit.ingest.readers import read_document  # noqa: PLC0415

    if _NLP is None:
        import spacy  # noqa: PLC0415

        _NLP = spacy.blank("en")
    document = read_document(path)
    return len(_NLP("\n".join(block.text for block in document.blocks)))


def floor_main(manifest: str, jobs: int) -> None:
    """Entry point of the floor subprocess: prints the token count."""
    with open(manifest, newline="", encoding="utf-8") as handle:
        files = [row["file"] for row in csv.DictReader(handle)]
    if jobs <= 1:
        tokens = sum(_floor_one(f) for f in files)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            tokens = sum(pool.map(_floor_one, files, chunksize=4))
    print(tokens)


# --- Measuring a run ------------------------------------------------------------------------


def measure(command: list[str]) -> dict[str, float]:
    """Wall time of a command, and peak resident memory of its main process and of any worker."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak_main = peak_worker = 0
    while process.poll() is None:
        try:
            peak_main = max(peak_main, root.memory_info().rss)
            for child in root.children(recursive=True):
                try:
                    peak_worker = max(peak_worker, child.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    _, stderr = process.communicate()
    if process.returncode not in (0, 3):
        raise SystemExit(f"command failed ({process.returncode}): {' '.join(command)}\n{stderr[-2000:]}")
    return {"seconds": elapsed, "peak_main_mb": peak_main / 2**20, "peak_worker_mb": peak_worker / 2**20}


def run(sizes: list[int], jobs_list: list[int], schedulers: list[str]) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    files = build_corpus(max(sizes), max(jobs_list))
    cli = [sys.executable, "-m", "audit"]
    for size in sizes:
        manifest = write_manifest(files, size)
        for jobs in jobs_list:
            floor = measure([sys.executable, __file__, "floor", str(manifest), str(jobs)])
            for scheduler in schedulers:
                out = OUT / f"audit_{size}_{jobs}_{scheduler}.xlsx"
                command = cli + ["audit", str(manifest), "--out", str(out), "--force", "--as-of", AS_OF, "--jobs", str(jobs)]
                if scheduler == "dask":
                    command += ["--scheduler", "local"]
                audit = measure(command)
                row = {
                    "plans": size, "jobs": jobs, "scheduler": scheduler,
                    "audit_s": round(audit["seconds"], 1), "floor_s": round(floor["seconds"], 1),
                    "x_floor": round(audit["seconds"] / floor["seconds"], 2),
                    "plans_per_s": round(size / audit["seconds"], 1),
                    "ms_per_plan": round(1000 * audit["seconds"] / size, 1),
                    "peak_worker_mb": round(audit["peak_worker_mb"] or audit["peak_main_mb"]),
                    "peak_main_mb": round(audit["peak_main_mb"]),
                    "floor_peak_worker_mb": round(floor["peak_worker_mb"] or floor["peak_main_mb"]),
                }
                results.append(row)
                print(json.dumps(row), flush=True)
    return results


def print_table(results: list[dict[str, object]]) -> None:
    columns = ["plans", "jobs", "scheduler", "audit_s", "floor_s", "x_floor", "plans_per_s", "ms_per_plan",
               "peak_worker_mb", "peak_main_mb"]
    print("\n| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in results:
        print("| " + " | ".join(str(row[c]) for c in columns) + " |")
    by_jobs = {(r["plans"], r["scheduler"], r["jobs"]): r["plans_per_s"] for r in results}
    for (plans, scheduler, jobs), rate in sorted(by_jobs.items()):
        one = by_jobs.get((plans, scheduler, 1))
        if jobs == 2 and one:
            print(f"scaling {plans} plans, {scheduler}: 2 jobs give {rate / one:.2f}x the plans/s of 1 job")  # type: ignore[operator]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "floor":
        floor_main(sys.argv[2], int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="comma-separated batch sizes (default 1000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--schedulers", default="pool", help="pool and/or dask (default pool)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    schedulers = [s.strip() for s in args.schedulers.split(",")]
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB; python {sys.version.split()[0]}",
          file=sys.stderr)
    print_table(run(sizes, jobs, schedulers))


if __name__ == "__main__":
    main()
