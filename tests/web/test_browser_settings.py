"""«Thiết lập đài» in a real Chromium at phone and laptop width, against real ``broadcaster
web`` and ``broadcaster run`` processes: a setting changed in the page changes what the
running daemon does (a booked slot falls into the new quiet hours and is refused)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from daemon_proc import FINAL, midday_zone, rows, tone, wait_ready, wait_rows

from broadcaster.settings import load_settings

from .test_browser import CHROMIUM, DESKTOP, PHONE, Shots, Station, free_port, sign_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


def _segment(station: Station, folder: Path) -> int:
    added = station.cli(
        "segment", "add", "--audio", str(tone(folder, 2)), "-c", "khac", "--title", "Tin trưa"
    )
    sid = int(added.split("số ", 1)[1].split(":", 1)[0])
    station.cli("segment", "approve", str(sid), "--by", "A")
    station.cli("render", str(sid))
    return sid


def test_a_setting_changed_in_the_page_changes_what_the_running_daemon_does(
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect, sync_playwright

    station = Station(tmp_path / "station", free_port())
    station.env.update(
        {
            "BROADCASTER_TIMEZONE": midday_zone(),  # test slots never cross midnight
            "BROADCASTER_RELOAD_SECONDS": "1",
        }
    )
    try:
        station.cli("init", "--name", "Đài truyền thanh xã Cẩm Nhượng")
        sid = _segment(station, tmp_path)
        admin, once = station.start_web()
        daemon = station.start("run", "--output", f"file:{tmp_path / 'loa.wav'}")
        wait_ready(station.home, daemon)  # type: ignore[arg-type]
        tz = load_settings(station.home, env=station.env).tz
        # The slot starts on the first whole minute at least 50 s after readiness.
        start = datetime.now(tz) + timedelta(seconds=50)
        start = (start + timedelta(minutes=1)).replace(second=0, microsecond=0)
        end = start + timedelta(seconds=30)
        station.cli(
            "slot", "add", "Trưa", "--start", f"{start:%H:%M:%S}", "--end", f"{end:%H:%M:%S}"
        )
        station.cli("book", str(sid), "--slot", "Trưa")
        quiet = f"{start:%H:%M}-{start + timedelta(minutes=3):%H:%M}"
        shots = Shots(tmp_path / "shots")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
            context.set_default_timeout(120_000)
            page = context.new_page()
            sign_in(page, station.url, admin, once)
            page.fill("input[name=current]", once)
            page.fill("input[name=new]", "mat-khau-quan-tri")
            page.fill("input[name=repeat]", "mat-khau-quan-tri")
            page.click("button.primary")
            page.click("nav >> text=Quản trị")
            page.click("text=Xem và sửa mọi thiết lập")
            expect(page.locator("h1")).to_have_text("Thiết lập đài")
            shots(page, "thiet-lap")
            field = page.locator("#thiet-lap-quiet_hours")
            expect(field).to_contain_text("Mặc định: 21:30-05:00")
            page.fill("input[name=quiet_hours]", quiet)
            page.click("button:has-text('Lưu thiết lập')")
            expect(page.locator(".flash.ok")).to_contain_text(
                f"«Giờ yên tĩnh» (quiet_hours) = {quiet}: có hiệu lực ngay"
            )
            shots(page, "thiet-lap-da-luu")
            # A wrong value: said beside the field, at phone width too.
            page.fill("input[name=espeak_pitch]", "150")
            page.click("button:has-text('Lưu thiết lập')")
            expect(page.locator("#thiet-lap-espeak_pitch .field-error")).to_contain_text(
                "không được lớn hơn 99"
            )
            shots(page, "thiet-lap-loi")
            page.goto(station.url + "/quan-tri/thiet-lap")
            page.fill("input[name=fade_ms]", "500")
            page.click("button:has-text('Lưu thiết lập')")
            expect(page.locator(".restart-pending")).to_contain_text(
                "vẫn dùng giá trị cũ của: «Thời gian giảm dần» (fade_ms). Giá trị mới chỉ có "
                "hiệu lực sau khi khởi động lại phần mềm phát"
            )
            expect(page.locator(".flash.warn")).to_have_count(1)  # said once, not twice
            page.set_viewport_size(PHONE)
            for box in page.locator(".setting input:not([type=hidden])").all()[:8]:
                bounds = box.bounding_box()
                assert bounds is not None and bounds["x"] + bounds["width"] <= PHONE["width"]
            shots(page, "thiet-lap-khoi-dong-lai")
            found = wait_rows(
                station.home,
                lambda r: any(x.segment_id == sid and x.outcome in FINAL for x in r),
                timeout=240,
            )
            row = next(r for r in found if r.segment_id == sid)
            assert row.outcome == "missed", (row.outcome, row.error)
            assert "giờ yên tĩnh " + quiet.replace("-", "–") in row.error

            # Inside the new quiet hours, «Phát ngay» of the same item asks, naming them.
            time.sleep(max(0.0, (start - datetime.now(tz)).total_seconds() + 1))
            page.goto(station.url + "/phat-ngay")
            said = quiet.replace("-", "–")
            expect(page.locator("main")).to_contain_text(f"Bây giờ là giờ yên tĩnh {said}")
            page.check("input[name=mode][value=segment]")
            page.select_option("select[name=segment]", str(sid))
            page.check("input[name=confirm]")
            page.click("button:has-text('Phát ngay')")
            expect(page.locator(".quiet-confirm")).to_contain_text(
                f"như tin KHẨN CẤP trong giờ yên tĩnh {said}"
            )
            shots(page, "phat-ngay-gio-yen-tinh")
            page.check("input[name=quiet_ok]")
            page.click("button:has-text('Phát như tin khẩn cấp')")
            expect(page.locator("h2", has_text="Đã phát xong")).to_be_visible()
            browser.close()
    finally:
        station.stop()
    assert [(r.segment_id, r.outcome) for r in rows(station.home)] == [
        (sid, "missed"),
        (sid, "aired"),
    ]
    names = {p.name for p in shots.folder.iterdir()}
    assert {"01-thiet-lap-dien-thoai.png", "01-thiet-lap-may-tinh.png"} <= names
