"""The console's sites page in a real Chromium at phone (390 px) and laptop (1366 px)
width, served by a real ``broadcaster web`` process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from web_client import PASSWORD

from broadcaster.commune.registry import add_cluster, add_site, add_zone
from broadcaster.models import Site
from broadcaster.settings import load_settings
from broadcaster.station import init_station, open_station
from broadcaster.users import add_user

CHROMIUM = Path("/usr/bin/chromium")
SIZES = {"may-tinh": {"width": 1366, "height": 768}, "dien-thoai": {"width": 390, "height": 844}}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def commune_home(home: Path) -> None:
    settings = load_settings(home, env={})
    init_station(settings)
    app = open_station(settings)
    try:
        add_user(app, "lan", "bien-tap", PASSWORD, "Nguyễn Thị Lan")
        add_site(app, "Việt Hưng")
        add_site(app, "Đông Hồ")
        add_zone(app, "Thôn 1–6 (xã Việt Hưng cũ)", "file:/tmp/a.wav", "Việt Hưng")
        add_zone(app, "Chợ và trung tâm xã", "file:/tmp/b.wav", "Đông Hồ")
        add_cluster(app, "Cụm loa IP khu Đông", "Chợ và trung tâm xã", "http://may-chu:8000/d")
        now = datetime.now(UTC)
        with app.db.transaction() as session:
            for site in session.scalars(select(Site)):
                site.daemon_pid = 1
                if site.name == "Việt Hưng":
                    site.heartbeat_at = now
                    held = (now + timedelta(days=3)).isoformat()
                    site.health = json.dumps({"held_until": held, "disk_free": 40_000_000_000})
                else:
                    site.heartbeat_at = now - timedelta(hours=2)
    finally:
        app.close()


def test_the_sites_page_on_a_phone_and_a_laptop(tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    home = tmp_path / "station"
    commune_home(home)
    port = free_port()
    env = {**os.environ, "BROADCASTER_WEB_PORT": str(port)}
    env.pop("BROADCASTER_DB", None)
    web = subprocess.Popen(
        [sys.executable, "-m", "broadcaster", "--home", str(home), "web"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            page = browser.new_page(viewport=SIZES["may-tinh"], locale="vi-VN")
            page.goto(url + "/dang-nhap")
            page.fill("input[name=name]", "lan")
            page.fill("input[name=password]", PASSWORD)
            page.click("button.primary")
            expect(page.locator("#sites")).to_contain_text("Đông Hồ")
            page.click("text=Xem từng điểm phát, vùng và cụm loa")
            page.wait_for_url(url + "/diem-phat")
            red = page.locator("[data-site='Đông Hồ']")
            expect(red).to_contain_text("ĐỎ")
            expect(red).to_contain_text("mất tín hiệu")
            fine = page.locator("[data-site='Việt Hưng']")
            expect(fine).to_contain_text("bình thường")
            expect(fine).to_contain_text("3,0 ngày")
            expect(page.locator("body")).to_contain_text("Cụm loa IP khu Đông")
            for name, size in SIZES.items():
                page.set_viewport_size(size)
                page.screenshot(path=str(tmp_path / f"diem-phat-{name}.png"), full_page=True)
                width = page.evaluate("document.documentElement.scrollWidth")
                assert width <= size["width"], (name, width)
            browser.close()
    finally:
        web.terminate()
        web.wait(20)
