"""Every site and cluster's health: the pure judgement, ``status`` and the console page."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from conftest import Cli
from sqlalchemy import select
from starlette.testclient import TestClient
from web_client import PASSWORD, Browser

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.commune.registry import add_cluster, add_site, add_zone
from broadcaster.models import Airing, Site, Zone
from broadcaster.playout.site_health import judge_site, sites_overview
from broadcaster.station import App
from broadcaster.users import add_user
from broadcaster.web.app import create_app

NOW = datetime(2026, 11, 23, 8, 0).astimezone()
SILENT = timedelta(minutes=5)


def test_a_site_beating_and_holding_three_days_is_fine() -> None:
    held, problems = judge_site(
        NOW, NOW - timedelta(seconds=10), True, NOW + timedelta(days=3), SILENT
    )
    assert held == pytest.approx(3.0) and problems == []


def test_a_site_silent_beyond_the_threshold_is_red() -> None:
    _held, problems = judge_site(NOW, NOW - timedelta(minutes=12), True, None, SILENT)
    assert problems == ["mất tín hiệu 12 phút"]


def test_a_site_holding_less_than_a_day_is_red() -> None:
    _held, problems = judge_site(NOW, NOW, True, NOW + timedelta(hours=20), SILENT)
    assert problems == ["giữ chưa đủ một ngày chương trình để phát khi mất mạng"]


def test_a_site_that_never_ran_or_stopped_is_red() -> None:
    assert judge_site(NOW, None, False, None, SILENT)[1] == ["chưa từng chạy"]
    assert judge_site(NOW, NOW, False, None, SILENT)[1] == ["đã dừng phát tự động"]


@pytest.fixture
def commune(app: App, clock: FakeClock, tmp_path: Path) -> App:
    add_site(app, "Việt Hưng")
    add_site(app, "Đông Hồ")
    add_zone(app, "Thôn 1–6", f"file:{tmp_path}/a.wav", "Việt Hưng")
    add_zone(app, "Chợ xã", f"file:{tmp_path}/b.wav", "Đông Hồ")
    add_cluster(app, "Loa IP chợ", "Chợ xã", "http://may-chu:8000/cho")
    add_slot(app, SlotSpec("Buổi sáng", time(6, 0), time(6, 30)))
    now = app.now()
    with app.db.transaction() as session:
        for site in session.scalars(select(Site)):
            if site.name == "Việt Hưng":
                site.heartbeat_at, site.daemon_pid = now - timedelta(seconds=3), 4242
                site.health = json.dumps(
                    {
                        "held_until": (now + timedelta(days=3)).isoformat(),
                        "disk_free": 12_300_000_000,
                    }
                )
            else:
                site.heartbeat_at, site.daemon_pid = now - timedelta(minutes=30), 4343
    return app


def test_the_overview_names_each_zone_next_slot_and_clusters(commune: App) -> None:
    segment = add_segment(
        commune,
        SegmentInput(title="Lịch tiêm phòng", category="y-te", script=script_from_text("Tin.")),
    )
    with commune.db.transaction() as session:
        zone = session.scalar(select(Zone).where(Zone.name == "Thôn 1–6"))
        assert zone is not None
        now = commune.now()
        session.add(
            Airing(
                segment_id=segment.id,
                scheduled_start=now,
                actual_start=now,
                actual_end=now,
                outcome="open",
                zone_id=zone.id,
                site_id=zone.site_id,
                created_at=now,
            )
        )
    views = {v.name: v for v in sites_overview(commune)}
    assert views["Việt Hưng"].zones[0].on_air == "Lịch tiêm phòng"
    assert not views["Việt Hưng"].red
    assert views["Đông Hồ"].problems == ["mất tín hiệu 30 phút"]
    zone = views["Đông Hồ"].zones[0]
    assert zone.name == "Chợ xã" and zone.clusters == [("Loa IP chợ", None)]
    assert zone.next is None  # nothing booked: no slot to air


def test_status_lists_sites_red_ones_said_so(commune: App, run: Cli) -> None:
    out = run("status").output
    assert "Điểm phát «Việt Hưng»: bình thường" in out and "giữ 3,0 ngày" in out
    assert "đĩa trống 12,3 GB" in out
    assert "Điểm phát «Đông Hồ»: !!! ĐỎ: mất tín hiệu 30 phút" in out
    assert "Cụm loa «Loa IP chợ»: nghe lần cuối chưa rõ" in out


@pytest.fixture
def person(commune: App) -> Iterator[Callable[[], Browser]]:
    add_user(commune, "lan", "bien-tap", PASSWORD, "Lan")
    client = TestClient(create_app(commune), follow_redirects=True)

    def make() -> Browser:
        who = Browser(client)
        assert who.sign_in("lan").status_code == 200
        return who

    yield make
    client.close()


def test_the_console_sites_page_shows_health_and_the_dashboard_links_it(
    person: Callable[[], Browser],
) -> None:
    who = person()
    page = who.get("/diem-phat")
    assert page.status_code == 200
    assert "Việt Hưng" in page.text and "Đông Hồ" in page.text
    assert "mất tín hiệu 30 phút" in page.text and "3,0 ngày" in page.text
    assert "Loa IP chợ" in page.text
    home = who.get("/")
    assert 'href="/diem-phat"' in home.text and "ĐỎ" in home.text


def test_the_console_day_plan_names_each_zone(person: Callable[[], Browser]) -> None:
    page = person().get("/lich-phat/ngay")
    assert page.status_code == 200
    assert "Vùng Thôn 1–6:" in page.text and "Vùng Chợ xã:" in page.text
