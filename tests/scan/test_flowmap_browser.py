"""The data-flow map renders offline in a real headless Chromium, with no request but the file itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phigate.scan import Scanner
from phigate.scan.flowmap import build, to_html
from tests.scan.conftest import FIXTURES

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `sudo bash scripts/ensure-chromium.sh` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu"], offline=True,
        )  # fmt: skip
        try:
            yield context
        finally:
            context.close()


def test_map_renders_offline(browser: Any, tmp_path: Path) -> None:
    result = Scanner().scan(FIXTURES)
    path = tmp_path / "flow.html"
    path.write_text(to_html(result, build(result)), encoding="utf-8")
    url = path.as_uri()
    requests: list[str] = []
    errors: list[str] = []
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url, wait_until="load")
    try:
        assert requests == [url] and errors == []
        svg = page.locator("svg.flowmap")
        assert svg.is_visible() and svg.bounding_box()["height"] > 100
        assert page.locator("svg.flowmap g.node.ai").count() >= 5
        assert page.locator("svg.flowmap path.edge").count() >= 10
        assert page.locator("#flows tbody tr").count() == len(result.flows)
        assert "openrouter.ai" in (page.locator("svg.flowmap").text_content() or "")
    finally:
        page.close()
