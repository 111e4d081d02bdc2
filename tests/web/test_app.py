"""The local self-check page through FastAPI's TestClient: the form, the result (grades, the
plan with every quote highlighted, the checklist), downloads rebuilt from memory, the same
one-line errors as the CLI, limits, security headers, escaping, redaction and nothing on disk."""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest
from fastapi.testclient import TestClient

from audit.ingest import read_plan
from audit.pipeline import audit_plan
from audit.report.json_report import audit_json
from audit.rubric import load_rubric
from audit.web.app import ResultStore, StoredResult, create_app

AS_OF = date(2026, 11, 1)
SAMPLE = Path(__file__).parents[2] / "samples" / "03_alfie_marchbank_year4.docx"
PLAN_TEXT = """Education, Health and Care Plan
Name: Amelia Testcase
Date of birth: 3 March 2016
Date issued: 1 May 2026

Section A: Views, interests and aspirations
I like trains <script>alert("x")</script> and I want to be a train driver when I grow up.

Section B: Special educational needs
Amelia finds reading hard. She has difficulty with spelling and with writing at length.

Section E: Outcomes
Amelia will make progress in reading.

Section F: Special educational provision
Access to support as required.
"""


class Page(HTMLParser):
    """The parts of a result page the tests read: marks (with their text), fixes, labels."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []  # {"fixes": [...], "text": str}
        self.open_marks: list[dict] = []
        self.fixes: dict[str, dict[str, str]] = {}
        self.labels: set[str] = set()
        self.controls: list[str] = []
        self.grades: dict[str, str] = {}
        self.links: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "mark" and "data-fixes" in a:
            mark = {"fixes": a["data-fixes"].split(), "text": ""}
            self.marks.append(mark)
            self.open_marks.append(mark)
        elif tag == "mark":
            self.open_marks.append({"fixes": [], "text": ""})
        if tag == "li" and "data-fix" in a:
            self.fixes[a["data-fix"]] = a
        if tag == "label" and "for" in a:
            self.labels.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append(a.get("id", ""))
        if tag == "td" and "data-grade" in a:
            self.current_grade = a["data-grade"]
        if tag == "tr" and "data-criterion" in a:
            self.current_row = a["data-criterion"]
        if tag == "td" and "data-grade" in a:
            self.grades[self.current_row] = a["data-grade"]
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag in ("script", "link", "img") and (a.get("src") or a.get("href")):
            self.sources.append(a.get("src") or a.get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()

    def handle_data(self, data: str) -> None:
        for mark in self.open_marks:
            mark["text"] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def expected():
    data = SAMPLE.read_bytes()
    plan = read_plan(SAMPLE.name, data=data, as_of=AS_OF)
    return plan, audit_plan(plan, load_rubric("inspection"), AS_OF)


@pytest.fixture(scope="module")
def sample_page(client: TestClient):
    response = client.post("/check", files={"plan": (SAMPLE.name, SAMPLE.read_bytes(), "application/octet-stream")},
                           data={"rubric": "inspection", "as_of": "2026-11-01"})
    return response


def upload(client: TestClient, name: str, data: bytes, **form: str):
    return client.post("/check", files={"plan": (name, data, "application/octet-stream")},
                       data={"rubric": "inspection", "as_of": "2026-11-01", **form})


def test_the_form_has_labelled_controls_and_security_headers(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = parse(response.text)
    assert {"plan", "text", "rubric", "as_of"} <= set(page.controls)
    assert set(page.controls) <= page.labels  # every control has a <label for>
    assert "#main" in page.links  # the skip link
    headers = response.headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
    assert all(s.startswith("/static/") for s in page.sources)  # no CDN, no external font
    assert "<script>" not in response.text and " style=" not in response.text  # nothing inline for CSP to block
    assert '<option value="auto" selected>' in response.text


def test_static_assets_are_served_locally(client: TestClient) -> None:
    for name in ("style.css", "app.js"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and "http://" not in response.text and "https://" not in response.text
        assert "@import" not in response.text and "fetch(" not in response.text
    assert client.get("/static/favicon.svg").status_code == 200


def test_a_docx_upload_shows_the_same_grades_as_check(sample_page, expected) -> None:
    _, audit = expected
    assert sample_page.status_code == 200
    page = parse(sample_page.text)
    assert page.grades == {r.id: str(r.grade) if r.grade is not None else "N/A" for r in audit.criteria}
    assert f"Overall: <strong>{audit.overall.grade} {audit.overall.label}</strong>" in sample_page.text
    for result in audit.criteria:
        assert result.title.replace("'", "&#39;") in sample_page.text


def test_every_finding_quote_is_highlighted_in_place(sample_page, expected) -> None:
    _, audit = expected
    page = parse(sample_page.text)
    findings = [f for r in audit.criteria for f in r.findings]
    assert len(page.fixes) == len(findings)
    for fix_id, fix in page.fixes.items():
        pieces = [m["text"] for m in page.marks if fix_id in m["fixes"]]
        assert pieces, f"finding {fix_id} ({fix['data-rule']}) is not highlighted"
    # The quotes highlighted are the quotes found, finding for finding.
    quotes = sorted(f.quote for f in findings if f.quote)
    highlighted = sorted("".join(m["text"] for m in page.marks if fid in m["fixes"]) for fid in page.fixes)
    assert quotes == highlighted


def test_the_checklist_is_ordered_by_impact(sample_page) -> None:
    page = parse(sample_page.text)
    rank = {"high": 0, "medium": 1, "low": 2}
    severities = [rank[fix["data-severity"]] for fix in page.fixes.values()]
    assert severities == sorted(severities)


def test_downloads_are_rebuilt_from_memory(client: TestClient, sample_page, expected) -> None:
    _, audit = expected
    links = [link for link in parse(sample_page.text).links if link.startswith("/results/")]
    assert len(links) == 3
    json_link, xlsx_link, docx_link = links
    body = client.get(json_link)
    assert body.status_code == 200 and "attachment" in body.headers["content-disposition"]
    assert json.loads(body.text)["criteria"] == json.loads(audit_json(audit))["criteria"]
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(xlsx_link).content), read_only=True)
    assert "Findings" in workbook.sheetnames and "Plans" in workbook.sheetnames
    annotated = docx.Document(io.BytesIO(client.get(docx_link).content))
    assert len(list(annotated.comments)) == sum(len(r.findings) for r in audit.criteria) + 1


def test_an_unknown_or_expired_result_says_so(client: TestClient) -> None:
    response = client.get("/results/not-a-token/plan-audit.json")
    assert response.status_code == 404 and "no longer available" in response.text


def test_pasted_text_is_audited_and_escaped(client: TestClient) -> None:
    response = client.post("/check", data={"text": PLAN_TEXT, "rubric": "inspection", "as_of": "2026-11-01"})
    assert response.status_code == 200, response.text[:500]
    assert "Results for pasted-text.txt" in response.text
    assert '<script>alert("x")</script>' not in response.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in response.text
    assert "-annotated.docx" not in response.text  # only a .docx upload gets an annotated copy


@pytest.mark.parametrize("name, data, message", [
    ("plan.doc", b"old word", "plan.doc: old Word 97-2003 format (save it as .docx); use .docx, .pdf, .txt, .md or .json"),
    ("plan.txt", b"", "plan.txt: empty file (0 bytes)"),
    ("plan.docx", b"PK\x03\x04 not really a zip", "plan.docx: "),
    ("short.txt", b"Just a few words here.", "short.txt: no readable text"),
])
def test_a_bad_file_shows_the_cli_s_one_line_error(client: TestClient, name: str, data: bytes, message: str) -> None:
    response = upload(client, name, data)
    assert response.status_code == 400
    errors = re.findall(r'<p class="error-line" id="error-line">([^<]*)</p>', response.text)
    assert len(errors) == 1 and errors[0].startswith(message.replace("'", "&#39;"))
    assert "\n" not in errors[0]
    assert 'role="alert"' in response.text


def test_the_same_error_text_as_the_cli(client: TestClient, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from audit.cli import app

    bad = tmp_path / "plan.doc"
    bad.write_bytes(b"old word")
    cli = CliRunner().invoke(app, ["check", str(bad)])
    cli_reason = cli.output.split(f"{bad}: ", 1)[1].strip()
    response = upload(client, "plan.doc", b"old word")
    assert f"plan.doc: {cli_reason}" in response.text.replace("&#39;", "'")


@pytest.mark.parametrize("form, message", [
    ({"rubric": "../../etc/passwd"}, "rubric: no bundled rubric"),
    ({"as_of": "someday"}, "as-of date: cannot read"),
])
def test_bad_options_are_refused(client: TestClient, form: dict[str, str], message: str) -> None:
    response = upload(client, "plan.txt", PLAN_TEXT.encode(), **form)
    assert response.status_code == 400 and message in response.text


def test_no_plan_at_all_is_refused(client: TestClient) -> None:
    response = client.post("/check", data={"rubric": "inspection", "as_of": "2026-11-01"})
    assert response.status_code == 400 and "choose a plan file to upload, or paste" in response.text


def test_an_upload_over_the_limit_is_413_with_a_clear_message() -> None:
    small = TestClient(create_app(max_upload_bytes=1024 * 1024), base_url="http://127.0.0.1")
    response = upload(small, "big.txt", b"word " * 300_000)
    assert response.status_code == 413
    assert "upload: file is over the 1 MB limit" in response.text


def test_nothing_is_written_to_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 3 MB upload (past Starlette's 1 MB spill threshold), its result and every download,
    with every way of making a temporary file blocked."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    buffer = io.BytesIO(SAMPLE.read_bytes())
    with zipfile.ZipFile(buffer, "a") as package:
        package.writestr(zipfile.ZipInfo("word/media/padding.bin"), bytes(range(256)) * 12_000)
    client = TestClient(create_app(), base_url="http://127.0.0.1")
    for name in ("TemporaryFile", "NamedTemporaryFile", "mkstemp", "mkdtemp", "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, refuse)
    response = upload(client, "padded.docx", buffer.getvalue())
    assert response.status_code == 200
    for link in [link for link in parse(response.text).links if link.startswith("/results/")]:
        assert client.get(link).status_code == 200


def test_redacted_mode_hides_names_on_the_page_and_in_downloads() -> None:
    client = TestClient(create_app(redact=True), base_url="http://127.0.0.1")
    response = upload(client, "amelia_testcase.txt", PLAN_TEXT.encode())
    assert response.status_code == 200
    assert "Amelia" not in response.text and "amelia" not in response.text
    assert "Redacted mode" in response.text
    links = [link for link in parse(response.text).links if link.startswith("/results/")]
    assert len(links) == 2  # no annotated copy: it would hold the whole plan
    assert "Amelia" not in client.get(links[0]).text


def test_the_result_store_expires_and_is_bounded(expected) -> None:
    plan, audit = expected
    now = [0.0]
    store = ResultStore(ttl=60, max_entries=2, clock=lambda: now[0])
    rubric = load_rubric("inspection")

    def result() -> StoredResult:
        return StoredResult(audit=audit, rubric=rubric, plan=plan, upload=None, filename="p.docx", stored_at=now[0])

    first = store.put(result())
    second = store.put(result())
    assert first != second and len(first) >= 32
    third = store.put(result())
    assert store.get(first) is None and store.get(second) is not None and store.get(third) is not None
    now[0] = 61
    assert store.get(second) is None and len(store) == 0


@pytest.mark.parametrize("args, host, warned", [
    ([], "127.0.0.1", False),
    (["--host", "0.0.0.0", "--port", "8123"], "0.0.0.0", True),
])
def test_serve_binds_localhost_by_default_and_warns_otherwise(monkeypatch: pytest.MonkeyPatch, args: list[str],
                                                              host: str, warned: bool) -> None:
    import uvicorn
    from typer.testing import CliRunner

    import audit.cli.serve as serve
    from audit.cli import app

    monkeypatch.setattr(serve, "check_can_listen", lambda host, port: None)
    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kwargs: calls.append({**kwargs, "app": application}))
    result = CliRunner().invoke(app, ["serve", *args], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == host and calls[0]["access_log"] is False
    assert ("WARNING" in result.stderr and "reachable from other computers" in result.stderr) is warned
    assert f"http://{host}:" in result.stderr


def test_automatic_rubric_follows_the_document(client: TestClient) -> None:
    page = client.get("/").text
    assert '<option value="auto" selected>Automatic' in page and '<option value="inspection">' in page
    auto = client.post("/check", data={"text": PLAN_TEXT, "rubric": "auto", "as_of": "2026-11-01"})
    assert auto.status_code == 200 and "Rubric inspection " in auto.text


def test_a_crashing_check_is_500_naming_the_check_without_plan_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.web.app as web
    from audit.pipeline import CheckFailed

    def crash(filename: str, data: bytes, choice: str, as_of: date) -> None:
        raise CheckFailed(filename, "readability", ZeroDivisionError("Amelia Testcase"))

    monkeypatch.setattr(web, "audit_upload", crash)
    response = upload(TestClient(create_app(), base_url="http://127.0.0.1"), "plan.txt", PLAN_TEXT.encode())
    assert response.status_code == 500
    assert "plan.txt: internal error in check &#39;readability&#39; (ZeroDivisionError)" in response.text
    assert "Amelia" not in response.text


def test_redacted_mode_hides_a_real_sample_s_names_in_the_highlighted_text() -> None:
    client = TestClient(create_app(redact=True), base_url="http://127.0.0.1")
    response = upload(client, SAMPLE.name, SAMPLE.read_bytes())
    assert response.status_code == 200
    page = parse(response.text)
    assert page.marks and len(page.fixes) > 10  # still highlighted and listed
    for name in ("Alfie", "Marchbank", "Kerry", "999 197 6914", "U999700319206", "WX5 9QT"):
        assert name.lower() not in response.text.lower()


def test_a_request_for_another_host_name_is_refused() -> None:
    """DNS rebinding: a page at evil.example resolving to 127.0.0.1 cannot use this one."""
    client = TestClient(create_app(), base_url="http://evil.example")
    assert client.get("/").status_code == 400
    assert TestClient(create_app(), base_url="http://localhost:8000").get("/").status_code == 200


def test_serve_on_a_port_in_use_is_one_line_and_exit_2() -> None:
    import socket

    from typer.testing import CliRunner

    from audit.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"--host 127.0.0.1 --port {port}: cannot listen" in result.stderr


def test_an_unexpected_error_is_500_without_a_traceback_or_plan_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.web.app as web

    def broken(filename: str, data: bytes, choice: str, as_of: date) -> None:
        raise ValueError("Amelia Testcase lives at 1 Secret Road")

    monkeypatch.setattr(web, "audit_upload", broken)
    response = upload(TestClient(create_app(), base_url="http://127.0.0.1"), "plan.txt", PLAN_TEXT.encode())
    assert response.status_code == 500 and "plan.txt: internal error (ValueError); please report it" in response.text
    assert "Amelia" not in response.text and "Traceback" not in response.text
