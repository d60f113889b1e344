"""«Đọc là…» in a real Chromium against a real console process: a doubtful reading is
marked in «Máy sẽ đọc là», one click opens the fix, the preview follows, and approving a
segment that still has doubts asks first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_client import PASSWORD

from web.test_browser import CHROMIUM, DESKTOP, Shots, Station, free_port, sign_in, sign_out

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    running = Station(tmp_path / "station", free_port())
    running.cli("init", "--name", "Đài truyền thanh xã Cẩm Nhượng")
    for name, role, full in (("lan", "bien-tap", "Nguyễn Thị Lan"), ("hung", "duyet", "Trần Hùng")):
        running.cli(
            "user", "add", name, "--role", role, "--password", PASSWORD, "--full-name", full
        )
    running.cli(
        "segment",
        "add",
        "--text",
        "Tổ KPX số 5 họp tại nhà văn hóa.",
        "-c",
        "thong-bao",
        "--title",
        "Họp tổ dân phố",
    )
    running.cli(
        "segment",
        "add",
        "--text",
        "Chỉ số 6.1 Hội Phụ nữ xã ra quân.",
        "-c",
        "thong-bao",
        "--title",
        "Hội Phụ nữ ra quân",
    )
    running.start("web")
    running.wait_for_console()
    yield running
    running.stop()


def test_a_doubt_is_fixed_in_one_click_and_approval_asks_while_one_is_left(
    station: Station, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = Shots(tmp_path / "shots")
    url = station.url
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--lang=vi-VN"]
        )
        context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
        context.set_default_timeout(120_000)
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())

        # The operator sees the unknown abbreviation marked and fixes it for the station.
        sign_in(page, url, "lan", PASSWORD)
        page.goto(url + "/tin-bai/1")
        doubt = page.locator("pre.spoken a.doubt")
        expect(doubt).to_have_text("ca pê ích")
        expect(page.locator(".doubt-note")).to_contain_text("Máy chưa chắc 1 chỗ")
        shots(page, "may-doc-cho-chua-chac")
        doubt.click()
        expect(page.locator("h1")).to_have_text("Đọc là…")
        expect(page.locator("input[name=reading]")).to_have_value("ca pê ích")
        shots(page, "doc-la")
        page.fill("input[name=reading]", "tổ dân phố")
        page.click("button:has-text('Lưu cho cả đài')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã lưu cho cả đài")
        expect(page).to_have_url(re.compile(r"/tin-bai/1"))
        expect(page.locator("pre.spoken")).to_contain_text("tổ dân phố số năm")
        expect(page.locator("pre.spoken a.doubt")).to_have_count(0)
        sign_out(page)

        # The leader approves a segment that still has a doubt: the console asks first;
        # he fixes it for this segment only, then approves with no second question.
        sign_in(page, url, "hung", PASSWORD)
        page.goto(url + "/tin-bai/2")
        expect(page.locator("pre.spoken a.doubt")).to_have_text("sáu phẩy một")
        page.click("button:has-text('Duyệt')")
        expect(page.locator("h1")).to_have_text("Duyệt tin bài số 2?")
        expect(page.locator(".doubt-list")).to_contain_text("«6.1»")
        shots(page, "duyet-con-cho-chua-chac")
        page.click(".doubt-list >> text=Đọc là…")
        page.fill("input[name=reading]", "mùng sáu tháng một")
        assert page.locator("button:has-text('Lưu cho cả đài')").count() == 0
        page.click("button:has-text('Chỉ cho tin này')")
        expect(page.locator(".flash.ok")).to_contain_text("đọc là «mùng sáu tháng một»")
        expect(page.locator("pre.spoken")).to_contain_text("Chỉ số mùng sáu tháng một Hội Phụ nữ")
        page.click("button:has-text('Duyệt')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã duyệt tin bài số 2")
        browser.close()
    assert "tổ dân phố" in (station.home / "viet-tat.tsv").read_text(encoding="utf-8")
