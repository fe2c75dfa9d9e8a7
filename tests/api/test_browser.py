"""End to end in a real browser: the demo data through the real pipeline, served, filtered, read.

Runs headless Chromium (Debian's ``chromium`` package, installed by ``.ci/run``) through
Playwright; skips with a message when either is missing. A screenshot is saved to
``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.pipeline import extract_paths
from newsevents.records import Document
from newsevents.store.database import Store

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt"
SAMPLES = REPO / "newsevents" / "samples"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    missing = None
    if CHROMIUM is None:
        missing = "Chromium not installed (apt-get install chromium; .ci/run does this)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright not installed (it is in the dev extra)"
    if missing:
        if os.environ.get("NEWSEVENTS_REQUIRE_BROWSER"):
            pytest.fail(missing)
        pytest.skip(missing)
    import uvicorn

    from newsevents.api.app import create_app

    tmp = tmp_path_factory.mktemp("browser")
    hostile = tmp / "hostile.txt"
    hostile.write_text(
        "Protesters in Kyiv condemned Russia on Monday. <script>window.__pwned = true;</script> "
        "The rally was peaceful.\n",
        encoding="utf-8",
    )
    db = tmp / "demo.duckdb"
    with Store(db) as store:
        inputs = [(SEED, "2025-03-14"), (hostile, "2025-03-10")]
        inputs += [(sample, None) for sample in sorted(SAMPLES.glob("*.txt"))]
        for path, published in inputs:
            for doc in extract_paths([path], published=published):
                assert isinstance(doc, Document), doc
                store.write(doc)
    app = create_app(db)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not uv.started and time.time() < deadline:
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/"
    uv.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


def _browser(playwright):  # type: ignore[no-untyped-def]
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    )


def test_filter_open_document_and_see_evidence(server: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server)
        page.wait_for_selector("#events-table tbody tr")
        page.fill("input[name=country]", "POL")
        page.click("#apply")
        # the filtered page replaces the unfiltered one: wait until every row is a POL event
        page.wait_for_function(
            """() => { const rows = [...document.querySelectorAll('#events-table tbody tr')];
                 return rows.length > 0 && rows.every(r => r.innerText.includes('POL')); }"""
        )
        rows = page.locator("#events-table tbody tr")
        # the events list marks each event's trigger inside its sentence, as the document does
        trigger = rows.first.locator("td.sentence .hl-event")
        assert trigger.count() == 1
        sentence = rows.first.locator("td.sentence").inner_text()
        assert trigger.inner_text().strip() and trigger.inner_text() in sentence
        rows.first.click()
        page.wait_for_selector("#view-document.active")
        text = page.inner_text("#doc-text")
        assert "Duda" in text
        assert "Exit mobile version" not in text  # boilerplate stays out of the evidence
        assert page.locator("#doc-text .hl-event").count() >= 1
        assert page.locator("#doc-text .hl-actor").count() >= 3
        # hypotheticals and negations are visibly marked apart from asserted events
        assert page.locator("#doc-text .hl-event.not-asserted").count() >= 1
        assert page.locator("#doc-events tbody tr").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "ui-document.png"), full_page=True)
        browser.close()


def test_document_text_is_escaped(server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server)
        page.wait_for_selector("#events-table tbody tr")
        page.fill("input[name=text]", "Kyiv")
        page.click("#apply")
        page.wait_for_function(
            """() => { const rows = [...document.querySelectorAll('#events-table tbody tr')];
                 return rows.length > 0 && rows.every(r => r.innerText.includes('Kyiv')); }"""
        )
        page.locator("#events-table tbody tr").first.click()
        page.wait_for_selector("#view-document.active")
        assert "<script>window.__pwned = true;</script>" in page.inner_text("#doc-text")
        assert page.evaluate("window.__pwned === undefined")
        assert dialogs == []
        browser.close()


def test_timeline_network_and_map_render(server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server)
        page.click("nav button[data-view=timeline]")
        page.wait_for_selector("#timeline text")
        page.click("nav button[data-view=network]")
        page.wait_for_selector("#network g.node", timeout=10000)
        page.click("nav button[data-view=map]")
        page.wait_for_selector("#map path")
        page.screenshot(path=str(ARTIFACTS / "ui-map.png"))
        browser.close()


def test_publication_dated_events_are_marked_and_can_be_hidden(server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server)
        page.wait_for_selector("#events-table tbody tr")
        marked = page.locator("#events-table td.pub-dated")
        assert marked.count() >= 1 and "(publication date" in marked.first.inner_text()
        page.select_option("select[name=day_source]", "text")
        page.click("#apply")
        page.wait_for_function(
            """() => document.querySelectorAll('#events-table td.pub-dated').length === 0"""
        )
        browser.close()
