"""The local self-check page: a caseworker uploads (or pastes) a draft plan, chooses the rubric
and the as-of date, and sees the grades, the plan's text with each finding highlighted in
place, a checklist of fixes, and downloads (JSON, Excel, and for a .docx the annotated copy).

Nothing is written to disk. An upload is read into memory (bounded), audited, and kept with its
audit in a small in-memory store under a random token so that the download links can rebuild
their files; entries expire after 30 minutes, the store holds at most a few plans, and a
restart forgets everything. The page loads no external assets and sends a strict CSP.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncGenerator, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.middleware.trustedhost import TrustedHostMiddleware

from audit import __version__
from audit.dates import parse_date
from audit.errors import AuditInputError, RubricError
from audit.model import BatchAudit, Plan, PlanAudit
from audit.pipeline import CheckFailed
from audit.rubric import DEFAULT_RUBRIC, DEFAULT_RUBRICS, Rubric, bundled_ids, load_rubric

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# Room for the form's other fields and the multipart framing around the file.
FORM_OVERHEAD_BYTES = 64 * 1024
RESULT_TTL_SECONDS = 30 * 60
MAX_RESULTS = 8
MAX_STORED_BYTES = 4 * MAX_UPLOAD_BYTES
PASTED_SOURCE = "pasted-text.txt"
LOCAL_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]", "::1")
AUTOMATIC = "auto"  # the rubric for the kind of document read, as `check` does without --rubric

SECURITY_HEADERS: dict[str, str] = {
    # Everything from this page's own origin; no inline scripts or styles, no frames, no plugins.
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # Pages and downloads hold a child's plan: no browser or proxy should keep a copy.
    "Cache-Control": "no-store",
}


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("audit.web").joinpath(name)))


# --- Keeping results in memory --------------------------------------------------------------


@dataclass
class StoredResult:
    """One audited upload: what the downloads are rebuilt from."""

    audit: PlanAudit  # as shown (redacted when the server runs with --redact)
    rubric: Rubric
    # The .docx bytes and the Plan read from them, kept only to build the annotated copy
    # (never in redacted mode, where that copy is not offered).
    plan: Plan | None
    upload: bytes | None
    filename: str
    stored_at: float

    @property
    def size(self) -> int:
        return len(self.upload or b"") + (len(self.plan.text) * 4 if self.plan else 0)


class ResultStore:
    """A small LRU of results in memory, keyed by unguessable tokens, expiring after a while."""

    def __init__(self, ttl: float = RESULT_TTL_SECONDS, max_entries: int = MAX_RESULTS,
                 max_bytes: int = MAX_STORED_BYTES, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.max_entries, self.max_bytes, self.clock = ttl, max_entries, max_bytes, clock
        self._entries: OrderedDict[str, StoredResult] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, result: StoredResult) -> str:
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._expire()
            self._entries[token] = result
            while len(self._entries) > self.max_entries or (
                    len(self._entries) > 1 and sum(r.size for r in self._entries.values()) > self.max_bytes):
                self._entries.popitem(last=False)
        return token

    def get(self, token: str) -> StoredResult | None:
        with self._lock:
            self._expire()
            result = self._entries.get(token)
            if result is not None:
                self._entries.move_to_end(token)
            return result

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._entries)

    def _expire(self) -> None:
        now = self.clock()
        for token in [t for t, r in self._entries.items() if now - r.stored_at > self.ttl]:
            del self._entries[token]


# --- Reading the form --------------------------------------------------------------------------


class UploadTooLarge(Exception):
    """The request body went over the limit."""


class InMemoryParser(MultiPartParser):
    """Starlette's multipart parser with the spill-to-disk threshold above the upload limit,
    so that an upload is never written to a temporary file."""

    spool_max_size = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES + 1


async def bounded(request: Request, limit: int) -> AsyncGenerator[bytes, None]:
    """The request body, stopping with UploadTooLarge as soon as it passes `limit` bytes."""
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise UploadTooLarge
        yield chunk


@dataclass
class Submission:
    filename: str
    data: bytes
    rubric: str
    as_of_text: str


def upload_name(raw: str) -> str:
    """The file's own name without any folder a browser sent (old Edge sends full paths)."""
    name = PureWindowsPath(raw).name if "\\" in raw else PurePath(raw).name
    return " ".join(name.split())[:200] or "upload"


async def read_submission(request: Request, max_upload: int) -> Submission:
    """The uploaded (or pasted) plan and the options; UploadTooLarge or ValueError if unusable."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_upload + FORM_OVERHEAD_BYTES:
        raise UploadTooLarge
    content_type = request.headers.get("content-type", "")
    body = bounded(request, max_upload + FORM_OVERHEAD_BYTES)
    parser: MultiPartParser | FormParser
    if content_type.startswith("multipart/form-data"):
        parser = InMemoryParser(request.headers, body, max_files=1, max_fields=8, max_part_size=max_upload)
        parser.spool_max_size = max_upload + FORM_OVERHEAD_BYTES + 1
    elif content_type.startswith("application/x-www-form-urlencoded"):
        parser = FormParser(request.headers, body)  # pasted text only; parsed in memory
    else:
        raise ValueError("the form must be sent as multipart/form-data")
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise ValueError(f"the form could not be read ({exc.message})") from None
    try:
        upload = form.get("plan")
        text = form.get("text")
        rubric = str(form.get("rubric") or AUTOMATIC)
        as_of_text = str(form.get("as_of") or "")
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            if len(data) > max_upload:
                raise UploadTooLarge
            return Submission(upload_name(upload.filename), data, rubric, as_of_text)
        if isinstance(text, str) and text.strip():
            data = text.encode("utf-8")
            if len(data) > max_upload:
                raise UploadTooLarge
            return Submission(PASTED_SOURCE, data, rubric, as_of_text)
        raise ValueError("choose a plan file to upload, or paste the plan's text")
    finally:
        await form.close()


# --- Auditing ------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def bundled_rubric(rubric_id: str) -> Rubric:
    """A bundled rubric, loaded once per process (only bundled ids: never a path from a form)."""
    return load_rubric(rubric_id)


# One audit at a time: the page serves one caseworker, and the shared spaCy pipeline and
# lexicon matchers are not promised to be thread-safe.
_AUDIT_LOCK = threading.Lock()


def audit_upload(filename: str, data: bytes, choice: str, as_of: date) -> tuple[Plan, PlanAudit, Rubric]:
    """Read and audit an upload as `ehcp-audit check` does: the rubric chosen, or with
    `AUTOMATIC` the bundled rubric for the kind of document read (plan or health advice)."""
    from audit.ingest import read_plan
    from audit.pipeline import audit_plan

    with _AUDIT_LOCK:
        if choice == AUTOMATIC:
            plan = read_plan(filename, data=data, as_of=as_of)
            rubric = bundled_rubric(DEFAULT_RUBRICS.get(plan.kind, DEFAULT_RUBRIC))
        else:
            rubric = bundled_rubric(choice)
            kind = getattr(rubric, "document_kind", "plan")
            plan = read_plan(filename, data=data, as_of=as_of, kind="health_advice" if kind == "health_advice" else None)
            if plan.kind != kind:
                what = "health advice" if plan.kind == "health_advice" else "an EHC plan"
                raise RubricError(choice, f"grades {kind.replace('_', ' ')} documents, but this document reads as {what}; "
                                          "choose Automatic or the matching rubric")
        return plan, audit_plan(plan, rubric, as_of), rubric


def rubric_choices() -> list[tuple[str, str]]:
    """(value, what the list shows): Automatic first, then each bundled rubric by its title."""
    choices = [(AUTOMATIC, "Automatic: inspection for an EHC plan, health-advice for health advice")]
    for rubric_id in bundled_ids():
        try:
            title = bundled_rubric(rubric_id).title
        except RubricError:
            title = ""
        choices.append((rubric_id, f"{title} ({rubric_id})" if title else rubric_id))
    return choices


def one_plan_batch(audit: PlanAudit, rubric: Rubric) -> BatchAudit:
    return BatchAudit(tool_version=__version__, rubric_id=rubric.id, rubric_version=rubric.version,
                      rubric_title=rubric.title, as_of=audit.as_of, audits=(audit,))


def download_stem(audit: PlanAudit) -> str:
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in audit.plan_id).strip("-.")
    return safe or "plan"


# --- The application ---------------------------------------------------------------------------


def create_app(redact: bool = False, max_upload_bytes: int = MAX_UPLOAD_BYTES,
               store: ResultStore | None = None, allowed_hosts: Sequence[str] = LOCAL_HOSTS) -> FastAPI:
    """The page as an ASGI app. `redact` pseudonymises everything shown and downloaded.

    Only requests naming one of `allowed_hosts` in their Host header are answered: a web page
    elsewhere cannot reach this one through a domain that resolves to 127.0.0.1 (DNS rebinding).
    """
    app = FastAPI(title="ehcp-audit self-check", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    # Autoescaping always on: plan text and file names are untrusted.
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_package_dir("templates"))),
                                     autoescape=True, undefined=jinja2.ChainableUndefined)
    templates = Jinja2Templates(env=environment)
    app.mount("/static", StaticFiles(directory=str(_package_dir("static"))), name="static")
    results = store or ResultStore()
    app.state.results = results

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def form_context(**extra: Any) -> dict[str, Any]:
        return {"rubrics": rubric_choices(), "chosen_rubric": AUTOMATIC,
                "as_of": date.today().isoformat(), "max_mb": max_upload_bytes // (1024 * 1024),
                "redact": redact, "error": None, **extra}

    def form_page(request: Request, status: int = 200, **extra: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, "index.html", form_context(**extra), status_code=status)

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> HTMLResponse:
        return form_page(request)

    @app.post("/check", response_class=HTMLResponse)
    async def check(request: Request) -> HTMLResponse:
        try:
            submission = await read_submission(request, max_upload_bytes)
        except UploadTooLarge:
            message = f"upload: file is over the {max_upload_bytes // (1024 * 1024)} MB limit"
            return form_page(request, 413, error=message)
        except ValueError as exc:
            return form_page(request, 400, error=str(exc))
        keep = {"chosen_rubric": submission.rubric, "as_of": submission.as_of_text}
        if submission.rubric != AUTOMATIC and submission.rubric not in bundled_ids():
            return form_page(request, 400, error=f"rubric: no bundled rubric {submission.rubric!r}", **keep)
        as_of = parse_date(submission.as_of_text) if submission.as_of_text else date.today()
        if as_of is None:
            return form_page(request, 400, error=f"as-of date: cannot read {submission.as_of_text!r} as a date "
                                                 "(try 2026-09-01 or 1 September 2026)", **keep)
        try:
            plan, audit, rubric = await run_in_threadpool(audit_upload, submission.filename, submission.data,
                                                          submission.rubric, as_of)
        except CheckFailed as exc:
            # A bug in a check, not in the file: said as such, without plan text.
            return form_page(request, 500, error=str(exc), **keep)
        except (AuditInputError, RubricError) as exc:
            # The same one line as the CLI prints.
            return form_page(request, 400, error=str(exc), **keep)
        except Exception as exc:  # noqa: BLE001 - as the CLI's last line of defence: no traceback, no plan text
            return form_page(request, 500, error=f"{submission.filename}: internal error ({type(exc).__name__}); "
                                                 "please report it", **keep)
        shown, redact_text = audit, None
        if redact:
            shown, redact_text = redacted_view(plan, audit)
        from audit.web.view import page_view

        view = page_view(audit, plan, shown=shown, redact_text=redact_text)
        # Macro-enabled .docm files are audited but not annotated (python-docx opens only .docx).
        is_docx = plan.format == "docx" and submission.filename.lower().endswith(".docx")
        annotate = is_docx and not redact
        token = results.put(StoredResult(audit=shown, rubric=rubric, plan=plan if annotate else None,
                                         upload=submission.data if annotate else None,
                                         filename=submission.filename, stored_at=results.clock()))
        return templates.TemplateResponse(request, "result.html", {
            "view": view, "token": token, "stem": download_stem(shown), "annotate": annotate,
            "redact": redact, "ttl_minutes": RESULT_TTL_SECONDS // 60,
            "source": shown.source if redact else submission.filename,
        })

    def expired(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "expired.html", {"ttl_minutes": RESULT_TTL_SECONDS // 60},
                                          status_code=404)

    @app.get("/results/{token}/{name}")
    async def download(request: Request, token: str, name: str) -> Response:
        result = results.get(token)
        if result is None:
            return expired(request)
        try:
            return await build_download(result, name) or expired(request)
        except AuditInputError as exc:
            return form_page(request, 400, error=str(exc))
        except Exception as exc:  # noqa: BLE001 - no traceback, no plan text
            return form_page(request, 500, error=f"{name}: internal error ({type(exc).__name__}); please report it")

    return app


def attachment(body: bytes, filename: str, media_type: str) -> Response:
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


async def build_download(result: StoredResult, name: str) -> Response | None:
    """The file a download link names, made now from the result in memory; None if unknown."""
    stem = download_stem(result.audit)
    if name == f"{stem}-audit.json":
        from audit.report.json_report import audit_json

        return attachment(audit_json(result.audit).encode("utf-8"), name, "application/json")
    if name == f"{stem}-audit.xlsx":
        from audit.report.excel import workbook_bytes

        body = await run_in_threadpool(workbook_bytes, one_plan_batch(result.audit, result.rubric), result.rubric)
        return attachment(body, name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    if name == f"{stem}-annotated.docx" and result.upload is not None:
        from audit.report.annotate import annotate_docx

        body = await run_in_threadpool(annotate_docx, result.upload, result.audit, result.plan, result.filename)
        return attachment(body, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return None


def redacted_view(plan: Plan, audit: PlanAudit) -> tuple[PlanAudit, Callable[[str], str]]:
    """The audit pseudonymised, and the function that pseudonymises the plan text shown."""
    import os

    from audit.privacy import Redactor

    redactor = Redactor(seed=os.environ.get("EHCP_AUDIT_REDACT_SEED", ""))
    redactor.learn_plan(plan)
    shown = redactor.redact_audit(audit, plan_id=redactor.plan_id_for(audit.sha256))
    return shown, redactor.redact
