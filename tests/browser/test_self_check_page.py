"""The self-check page in a real browser (Debian's chromium through Playwright): upload a
sample, see the same grades as `ehcp-audit check --json` with every quote highlighted, use the
popover by mouse and keyboard, download the JSON and Excel reports, see a bad file's error,
reflow at 200% zoom, and never send a request anywhere but 127.0.0.1."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import openpyxl
import pytest

CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = Path(__file__).parents[2] / "samples" / "03_alfie_marchbank_year4.docx"
AS_OF = "2026-11-01"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                      "(make chromium installs it)"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    import uvicorn

    from audit.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the self-check server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"])
        yield launched
        launched.close()


@pytest.fixture
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def page(browser, requests_seen: list[str]) -> Iterator[object]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.on("request", lambda request: requests_seen.append(request.url))
    yield opened
    context.close()
    hosts = {urlsplit(url).hostname for url in requests_seen if not url.startswith(("data:", "blob:", "about:"))}
    assert hosts <= {"127.0.0.1"}, f"requests left this computer: {sorted(hosts)}"


@pytest.fixture(scope="module")
def cli_audit() -> dict:
    from typer.testing import CliRunner

    from audit.cli import app

    result = CliRunner().invoke(app, ["check", str(SAMPLE), "--as-of", AS_OF, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def check_sample(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_label("Upload a plan file").set_input_files(str(SAMPLE))
    page.get_by_label("Audit date (as of)").fill(AS_OF)
    page.get_by_role("button", name="Check the plan").click()
    page.wait_for_selector("#overall", timeout=120_000)


def test_grades_and_highlights_match_check_json(page, base_url: str, cli_audit: dict) -> None:
    check_sample(page, base_url)
    grades = page.eval_on_selector_all("tr[data-criterion]", """rows => rows.map(row => [
        row.dataset.criterion, row.querySelector('td[data-grade]').dataset.grade])""")
    assert grades == [[c["id"], str(c["grade"]) if c["grade"] is not None else "N/A"] for c in cli_audit["criteria"]]
    assert page.get_attribute("#overall", "data-grade") == str(cli_audit["overall"]["grade"])
    assert f"{cli_audit['overall']['grade']} {cli_audit['overall']['label']}" in page.inner_text("#overall")

    highlighted = page.eval_on_selector_all("li[data-fix]", """items => items.map(item => {
        const id = item.dataset.fix;
        const marks = [...document.querySelectorAll('mark[data-fixes]')]
            .filter(mark => mark.dataset.fixes.split(' ').includes(id));
        return [item.dataset.criterion, marks.map(mark => mark.textContent).join('')];
    })""")
    expected = sorted([c["id"], f["quote"]] for c in cli_audit["criteria"] for f in c["findings"])
    assert sorted(highlighted) == expected
    assert all(text for _, text in highlighted)  # every finding is highlighted somewhere


def test_popover_on_hover_and_focus_and_details_on_enter(page, base_url: str) -> None:
    check_sample(page, base_url)
    mark = page.locator("mark[data-fixes]").first
    first_fix = mark.get_attribute("data-fixes").split()[0]
    message = page.inner_text(f"#msg-{first_fix}")
    mark.hover()
    popover = page.locator("#popover")
    popover.wait_for(state="visible")
    assert popover.get_attribute("role") == "tooltip" and message in popover.inner_text()
    box = popover.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)  # onto the tooltip
    page.wait_for_timeout(600)
    assert popover.is_visible()  # hoverable: it stays while the pointer is on it
    page.mouse.move(0, 0)
    popover.wait_for(state="hidden")

    mark.focus()
    popover.wait_for(state="visible")
    assert message in popover.inner_text()
    page.keyboard.press("Enter")
    assert popover.get_attribute("role") == "dialog"
    assert "How to fix:" in popover.inner_text()
    page.keyboard.press("Escape")
    popover.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.tagName") == "MARK"


def test_downloads_json_and_excel(page, base_url: str, cli_audit: dict) -> None:
    check_sample(page, base_url)
    with page.expect_download() as json_download:
        page.click("#download-json")
    downloaded = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert [(c["id"], c["grade"]) for c in downloaded["criteria"]] == [(c["id"], c["grade"]) for c in cli_audit["criteria"]]
    # The same audit; only the source differs (the upload's name, not the path the CLI was given).
    assert {**downloaded, "source": None} == {**cli_audit, "source": None}
    assert downloaded["source"] == SAMPLE.name
    with page.expect_download() as xlsx_download:
        page.click("#download-xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes()), read_only=True)
    assert {"Cover", "Plans", "Findings"} <= set(workbook.sheetnames)
    assert page.locator("#download-docx").count() == 1


def test_a_bad_file_shows_the_error_in_the_page(page, base_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "notes.doc"
    bad.write_bytes(b"an old Word file")
    page.goto(base_url + "/")
    page.get_by_label("Upload a plan file").set_input_files(str(bad))
    with page.expect_response(lambda response: response.url.endswith("/check")) as answer:
        page.get_by_role("button", name="Check the plan").click()
    assert answer.value.status == 400
    error = page.locator("#error-line")
    assert error.inner_text() == "notes.doc: old Word 97-2003 format (save it as .docx); use .docx, .pdf, .txt, .md or .json"
    from playwright.sync_api import expect

    expect(page.locator("#error-summary")).to_be_focused()  # focus moves to the error


def test_keyboard_skip_link_and_reflow_at_200_percent(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    check_sample(page, base_url)
    # 200% zoom on a 1280-pixel screen: a 640-pixel layout viewport; nothing scrolls sideways.
    page.set_viewport_size({"width": 640, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    headings = page.eval_on_selector_all("h1, h2, h3", "hs => hs.map(h => Number(h.tagName[1]))")
    assert headings[0] == 1 and all(b - a <= 1 for a, b in zip(headings, headings[1:]))
