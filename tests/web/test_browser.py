"""The whole «Done when» flow through a real Chromium, a real console process and a real
playout daemon (``broadcaster run`` writing into a file output), with screenshots.

Screenshots land in the test's tmp folder under ``shots/``; with ``WEB_SHOTS=/some/dir``
they are copied there too, to be looked at.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEEDS
from web_client import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
SEED = "004_1a00560b0d6fd022.txt"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Station:
    """A station home with its console and daemon running as real processes."""

    def __init__(self, home: Path, port: int) -> None:
        self.home = home
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = {
            **os.environ,
            "BROADCASTER_TTS_ENGINES": "espeak-ng",
            "BROADCASTER_WEB_PORT": str(port),
            "BROADCASTER_HEARTBEAT_SECONDS": "1",
        }
        self.env.pop("BROADCASTER_HOME", None)
        self.env.pop("BROADCASTER_DB", None)
        self.procs: list[subprocess.Popen[str]] = []
        self.web_lines: list[str] = []

    def cli(self, *args: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "broadcaster", "--home", str(self.home), *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr + proc.stdout
        return proc.stdout

    def start(self, *args: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "broadcaster", "--home", str(self.home), *args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.procs.append(proc)
        return proc

    def start_web(self) -> tuple[str, str]:
        proc = self.start("web")
        assert proc.stderr is not None
        first: list[str] = []
        for line in proc.stderr:
            self.web_lines.append(line)
            found = re.search(r"tên «(\w+)», mật khẩu một lần «([\w-]+)»", line)
            if found:
                first = [found.group(1), found.group(2)]
            if "Đăng nhập bằng" in line or first:
                break
        rest = threading.Thread(target=lambda: self.web_lines.extend(proc.stderr or []))
        rest.daemon = True
        rest.start()
        self.wait_for_console()
        assert first, "".join(self.web_lines)
        return first[0], first[1]

    def wait_for_console(self) -> None:
        """Until the console answers on its port, or 300 tries later (a test then fails
        on the page it asks for, with what the console said)."""
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    running = Station(tmp_path / "station", free_port())
    running.cli("init", "--name", "Đài truyền thanh xã Cẩm Nhượng")
    running.cli("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:45")
    running.cli("slot", "add", "Buổi chiều", "--start", "17:00", "--end", "17:45")
    yield running
    running.stop()


def seed_last_month(home: Path, env: dict[str, str]) -> int:
    """Airings of last month, as the daemon would have logged them (for the report)."""
    from datetime import UTC, datetime, timedelta

    from broadcaster.catalogue.scriptfile import script_from_text
    from broadcaster.catalogue.segments import SegmentInput, add_segment
    from broadcaster.models import Airing
    from broadcaster.settings import load_settings
    from broadcaster.station import open_station

    app = open_station(load_settings(home, env=env))
    try:
        segment = add_segment(
            app,
            SegmentInput(
                title="Lịch tiêm chủng tháng trước",
                category="y-te",
                script=script_from_text("Trạm y tế xã thông báo lịch tiêm chủng."),
            ),
        )
        first = datetime.now(UTC).replace(day=1, hour=0, minute=0) - timedelta(days=20)
        with app.db.transaction() as session:
            for day in range(12):
                start = first + timedelta(days=day)
                session.add(
                    Airing(
                        segment_id=segment.id,
                        scheduled_start=start,
                        actual_start=start,
                        actual_end=start + timedelta(seconds=95 + day),
                        duration=95.0 + day,
                        outcome="aired",
                        created_at=start,
                    )
                )
        return 12
    finally:
        app.close()


def seed_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in (SEEDS / SEED).read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


class Shots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.count = 0
        self.copy_to = os.environ.get("WEB_SHOTS")

    def __call__(self, page, name: str) -> None:  # type: ignore[no-untyped-def]
        self.count += 1
        for label, size in (("may-tinh", DESKTOP), ("dien-thoai", PHONE)):
            page.set_viewport_size(size)
            target = self.folder / f"{self.count:02d}-{name}-{label}.png"
            page.screenshot(path=str(target), full_page=True)
            if size is PHONE:  # the menu leaves the phone's screen to the page, nothing overflows
                header = page.locator("header.top").bounding_box()
                assert header is not None and header["height"] < PHONE["height"] / 4, name
                width = page.evaluate("document.documentElement.scrollWidth")
                assert width <= PHONE["width"], (name, width)
            if self.copy_to:
                Path(self.copy_to).mkdir(parents=True, exist_ok=True)
                shutil.copy(target, Path(self.copy_to) / target.name)
        page.set_viewport_size(DESKTOP)


def sign_in(page, url: str, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url + "/dang-nhap")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button.primary")


def sign_out(page) -> None:  # type: ignore[no-untyped-def]
    page.click("text=Đăng xuất")
    page.wait_for_url(re.compile(r"/dang-nhap"))


def test_operator_and_leader_run_the_station_from_a_browser(
    station: Station, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = Shots(tmp_path / "shots")
    admin, once = station.start_web()
    station.cli(
        "user",
        "add",
        "hung",
        "--role",
        "duyet",
        "--password",
        PASSWORD,
        "--full-name",
        "Trần Văn Hùng",
    )
    out = tmp_path / "loa.wav"
    station.start("run", "--output", f"file:{out}")
    docx_file = seed_docx(tmp_path / "thong-bao-cchc.docx")
    seed_last_month(station.home, station.env)
    url = station.url

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=vi-VN",
            ],
        )
        context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="vi-VN")
        context.set_default_timeout(120_000)
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())

        # The first admin signs in with the one-time password and must change it.
        page.goto(url)
        expect(page).to_have_url(re.compile(r"/dang-nhap"))
        shots(page, "dang-nhap")
        sign_in(page, url, admin, once)
        expect(page).to_have_url(re.compile(r"/doi-mat-khau"))
        shots(page, "doi-mat-khau-lan-dau")
        page.fill("input[name=current]", once)
        page.fill("input[name=new]", "mat-khau-quan-tri")
        page.fill("input[name=repeat]", "mat-khau-quan-tri")
        page.click("button.primary")
        expect(page.locator("h1")).to_have_text("Tổng quan")

        # The admin adds the new operator.
        page.click("nav >> text=Quản trị")
        page.fill("form[action='/quan-tri/nguoi-dung'] input[name=name]", "lan")
        page.fill("input[name=full_name]", "Nguyễn Thị Lan")
        page.select_option("form[action='/quan-tri/nguoi-dung'] select[name=role]", "bien-tap")
        page.fill("form[action='/quan-tri/nguoi-dung'] input[name=password]", PASSWORD)
        page.click("text=Thêm người dùng >> nth=-1")
        expect(page.locator(".flash.ok")).to_contain_text("Đã thêm người dùng «lan»")
        shots(page, "quan-tri")
        sign_out(page)

        # A new operator signs in and adds a segment from a .docx script.
        sign_in(page, url, "lan", PASSWORD)
        expect(page.locator("h1")).to_have_text("Tổng quan")
        expect(page.locator("[data-daemon=alive]")).to_be_visible()
        shots(page, "tong-quan")
        page.click("nav >> text=Tin bài")
        shots(page, "tin-bai-danh-sach")
        page.click("text=+ Thêm tin bài")
        page.check("input[name=source][value=file]")
        page.set_input_files("input[name=script_file]", str(docx_file))
        page.select_option("select[name=category]", "cchc")
        page.fill("input[name=title]", "Tuyên truyền cải cách hành chính")
        shots(page, "them-tin-bai")
        page.click("button:has-text('Thêm tin bài')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã thêm tin bài số")
        segment_url = page.url

        # She reads the text as the machine will read it, then listens to it.
        spoken = page.locator("pre.spoken").inner_text()
        original = page.locator(".text-pair pre").first.inner_text()
        assert spoken.strip() and spoken != original
        page.click("button:has-text('Tạo âm thanh')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã tạo âm thanh")
        audio = page.locator("main audio")
        expect(audio).to_be_visible()
        seconds = page.evaluate(
            """() => new Promise((ok, bad) => {
                const a = document.querySelector("main audio");
                a.addEventListener('loadedmetadata', () => ok(a.duration));
                a.addEventListener('error', () => bad('audio error'));
                a.preload = 'auto'; a.load();
            })"""
        )
        assert seconds > 5
        shots(page, "tin-bai-nghe-thu")
        # An operator cannot approve: no button, and the server refuses the request.
        assert page.locator("button:has-text('Duyệt')").count() == 0
        sign_out(page)

        # A leader approves it.
        sign_in(page, url, "hung", PASSWORD)
        page.goto(segment_url)
        page.click("button:has-text('Duyệt')")
        # The seed keeps a scraping leftover («null HUYỆN THÁP MƯỜI»): a Latin word the
        # machine can only guess, so approving asks once more.
        expect(page.locator("h1")).to_contain_text("Duyệt tin bài số")
        expect(page.locator("main")).to_contain_text("«null» → máy đọc «null»")
        shots(page, "tin-bai-duyet-cho-chua-chac")
        page.click("button:has-text('Vẫn duyệt')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã duyệt tin bài")
        shots(page, "tin-bai-da-duyet")
        sign_out(page)

        # The operator books it for tomorrow morning and sees it in the day plan.
        sign_in(page, url, "lan", PASSWORD)
        page.goto(segment_url)
        page.click("text=Đặt lịch phát")
        page.check("input[name='slots[]'][value='Buổi sáng']")
        shots(page, "dat-lich")
        page.click("button:has-text('Đặt lịch')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã đặt tin")
        expect(page.locator("h1")).to_contain_text("Lịch phát")
        morning = page.locator("section.card", has_text="Buổi sáng")
        expect(morning).to_contain_text("Tuyên truyền cải cách hành chính")
        shots(page, "lich-ngay-mai")
        page.click("nav >> text=Lịch phát")
        shots(page, "lich-phat-tuan")
        sign_out(page)

        # A leader airs a typed emergency announcement through the running daemon.
        sign_in(page, url, "hung", PASSWORD)
        page.click("nav >> text=Phát ngay")
        page.fill("textarea[name=text]", "Khẩn cấp: nước sông Gianh đang lên nhanh, bà con chú ý.")
        page.check("input[name=confirm]")
        page.click("button:has-text('Phát ngay')")
        expect(page.locator("h2", has_text="Đã phát xong")).to_be_visible()
        shots(page, "phat-ngay")
        page.click("nav >> text=Nhật ký")
        row = page.locator("tr", has_text="Phát ngay: Khẩn cấp")
        expect(row).to_contain_text("đã phát")
        shots(page, "nhat-ky")
        sign_out(page)

        # The operator downloads last month's report.
        sign_in(page, url, "lan", PASSWORD)
        page.click("nav >> text=Báo cáo")
        expect(page.locator("section.card").first).to_contain_text("12 lượt phát")
        shots(page, "bao-cao")
        for label, kind in (("Word", "docx"), ("Excel", "xlsx"), ("CSV", "csv")):
            with page.expect_download() as info:
                page.click(f"a.button:has-text('{label}')")
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            assert saved.suffix == f".{kind}" and saved.stat().st_size > 0
            if kind != "csv":
                assert zipfile.is_zipfile(saved)
        page.click("nav >> text=Tổng quan")
        shots(page, "tong-quan-sau")
        browser.close()

    assert out.exists() and out.stat().st_size > 0
