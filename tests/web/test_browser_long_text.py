"""A text too long to send is stopped in a real Chromium before it leaves the page: the
operator is told so beside the box, and the typed text is still there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_client import PASSWORD

from web.test_browser import CHROMIUM, PHONE, Station, free_port, sign_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    running = Station(tmp_path / "station", free_port())
    running.env["BROADCASTER_UPLOAD_SCRIPT_MB"] = "1"
    running.cli("init", "--name", "Đài truyền thanh xã Cẩm Nhượng")
    running.cli("user", "add", "lan", "--role", "bien-tap", "--password", PASSWORD)
    running.start("web")
    running.wait_for_console()
    yield running
    running.stop()


def test_a_text_over_the_limit_stays_in_its_box_with_a_message(station: Station) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        context = browser.new_context(viewport=PHONE, locale="vi-VN")
        context.set_default_timeout(120_000)
        page = context.new_page()
        sign_in(page, station.url, "lan", PASSWORD)
        page.goto(station.url + "/tin-bai/them")
        page.fill("input[name=title]", "Thông báo rất dài")
        # 400,000 Vietnamese letters are 1.2 MB as UTF-8: over the station's 1 MB.
        page.eval_on_selector("textarea[name=text]", "box => box.value = 'ễ'.repeat(400000)")
        page.get_by_role("button", name="Thêm tin bài").click()
        expect(page.locator(".too-long")).to_contain_text("Văn bản quá dài để gửi (giới hạn 1 MB)")
        assert page.url.endswith("/tin-bai/them")
        kept = page.eval_on_selector("textarea[name=text]", "box => box.value.length")
        assert kept == 400_000

        # Cut to fit, the same form goes through.
        page.eval_on_selector("textarea[name=text]", "box => box.value = 'Họp dân lúc 8 giờ.'")
        page.get_by_role("button", name="Thêm tin bài").click()
        expect(page.locator("body")).to_contain_text("Đã thêm tin bài số 1")
        browser.close()
