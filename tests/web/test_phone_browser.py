"""Every screen at 360, 390 (phones) and 1366 px (an old laptop) in a real Chromium:
nothing wider than the screen, the header leaves the phone's screen to the page, the week
is a list of day cards on a phone, tables are stacked rows whose menus are not cut.
Screenshots are saved (``WEB_SHOTS=/dir`` copies them) to be looked at.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from web_client import PASSWORD

from .test_browser import CHROMIUM, Station, free_port, sign_in

WIDTHS = {"360": (360, 740), "390": (390, 844), "1366": (1366, 768)}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    running = Station(tmp_path / "station", free_port())
    yield running
    running.stop()


def test_every_screen_fits_phones_and_a_laptop(station: Station, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    station.cli("init", "--name", "Đài truyền thanh xã Cẩm Nhượng")
    station.cli("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:45")
    station.cli("slot", "add", "Buổi chiều", "--start", "17:00", "--end", "17:45")
    out = station.cli(
        "segment", "add", "--text", "Thông báo lịch tiêm chủng mở rộng tháng 12 tại trạm y tế xã.",
        "-c", "y-te", "--title", "Lịch tiêm chủng mở rộng tháng 12 tại trạm y tế xã",
    )  # fmt: skip
    number = re.search(r"\d+", out)
    assert number
    station.cli("segment", "approve", number.group(0), "--by", "Trần Văn Hùng")
    today = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    week_end = today + timedelta(days=6)
    station.cli(
        "book", number.group(0), "--slot", "Buổi sáng",
        "--from", f"{today:%d/%m/%Y}", "--to", f"{week_end:%d/%m/%Y}",
    )  # fmt: skip
    station.start_web()
    for name, role in (("hung", "duyet"), ("lan", "bien-tap"), ("quantri", "quan-tri")):
        station.cli("user", "add", name, "--role", role, "--password", PASSWORD)
    pages = [
        "/",
        "/tin-bai",
        "/tin-bai/them",
        f"/tin-bai/{number.group(0)}",
        "/lich-phat",
        "/lich-phat/ngay",
        "/lich-phat/dat",
        "/phat-ngay",
        "/phat-truc-tiep",
        "/nhat-ky",
        "/bao-cao",
        "/quan-tri",
        "/doi-mat-khau",
    ]
    shots = tmp_path / "shots"
    shots.mkdir()
    copy_to = os.environ.get("WEB_SHOTS")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.set_default_timeout(60_000)
        sign_in(page, station.url, "quantri", PASSWORD)
        page.wait_for_url(re.compile(r"/$"))
        for path in pages:
            page.goto(station.url + path)
            assert page.locator("h1").count() == 1, path
            for label, (width, height) in WIDTHS.items():
                page.set_viewport_size({"width": width, "height": height})
                name = (path.strip("/").replace("/", "-") or "tong-quan") + f"-{label}.png"
                page.screenshot(path=str(shots / name), full_page=True)
                if copy_to:
                    Path(copy_to).mkdir(parents=True, exist_ok=True)
                    shutil.copy(shots / name, Path(copy_to) / name)
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= width, (path, width, wide)
                if width < 700:
                    box = page.locator("header.top").bounding_box()
                    assert box is not None and box["height"] < height / 4, (path, width)
                    # No select shows a cut label («quản / duyệ / biên»).
                    cut = page.evaluate(
                        """() => [...document.querySelectorAll('main select')]
                            .filter(s => s.offsetParent && s.scrollWidth > s.clientWidth + 1)
                            .map(s => s.name)"""
                    )
                    assert not cut, (path, width, cut)
            page.set_viewport_size({"width": 1366, "height": 768})

        # The week: a table on a laptop, a list of day cards on a phone.
        page.goto(station.url + "/lich-phat")
        assert page.locator("table.week").is_visible()
        assert not page.locator(".week-cards").is_visible()
        page.set_viewport_size({"width": 390, "height": 844})
        assert not page.locator("table.week").is_visible()
        cards = page.locator(".day-card")
        assert cards.count() == 7
        assert "Lịch tiêm chủng" in page.locator(".week-cards").inner_text()
        # Tables are stacked rows, each cell labelled by its column.
        page.goto(station.url + "/quan-tri")
        cell = page.locator("table.stack td[data-label='Vai trò']").first
        assert cell.is_visible()
        browser.close()
