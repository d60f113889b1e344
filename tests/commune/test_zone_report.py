"""The monthly report of a merged commune: counts per zone and for the whole commune,
its receiver, and each site's outages."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import docx
from conftest import Cli
from report_fixture import at

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.commune.registry import add_site, add_zone
from broadcaster.models import Airing
from broadcaster.report.files import write_report
from broadcaster.report.numbers import monthly_report
from broadcaster.station import App


def _commune_log(app: App, tmp_path: Path) -> None:
    add_site(app, "A")
    add_site(app, "B")
    zones = [
        add_zone(app, f"Vùng {n}", f"file:{tmp_path}/{n}.wav", "A" if n < 3 else "B").id
        for n in range(1, 5)
    ]
    slot = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 30))).id
    seg = add_segment(
        app, SegmentInput(title="Lịch tiêm phòng", category="y-te", script=script_from_text("x"))
    ).id
    start = at(2, 6, 0)
    with app.db.transaction() as session:
        for zone in zones:  # one bulletin aired in four zones: 60 s each
            session.add(
                Airing(
                    segment_id=seg,
                    slot_id=slot,
                    scheduled_start=start,
                    actual_start=start,
                    actual_end=start + timedelta(seconds=60),
                    duration=60.0,
                    outcome="aired",
                    zone_id=zone,
                    site_id=1 if zone <= zones[1] else 2,
                    created_at=start,
                )
            )
        later = at(3, 6, 0)
        session.add(
            Airing(
                segment_id=seg,
                slot_id=slot,
                scheduled_start=later,
                duration=0.0,
                outcome="missed",
                error="Máy tính không chạy",
                zone_id=zones[3],
                site_id=2,
                created_at=later,
            )
        )


def test_a_bulletin_in_four_zones_is_one_item_four_airings(app: App, tmp_path: Path) -> None:
    _commune_log(app, tmp_path)
    report = monthly_report(app, 2026, 11)
    assert (report.totals.airings, report.totals.items, report.totals.seconds) == (4, 1, 240.0)
    assert {z: (t.airings, t.items, t.seconds) for z, t in report.by_zone.items()} == {
        "Vùng 1": (1, 1, 60.0),
        "Vùng 2": (1, 1, 60.0),
        "Vùng 3": (1, 1, 60.0),
        "Vùng 4": (1, 1, 60.0),
    }
    assert list(report.site_outages) == ["B"]
    assert report.receiver == "Sở Văn hóa, Thể thao và Du lịch"


def test_the_word_report_names_zones_receiver_and_outages(
    app: App, tmp_path: Path, run: Cli
) -> None:
    _commune_log(app, tmp_path)
    _report, paths = write_report(app, 2026, 11, "docx", tmp_path / "bc", number="7")
    text = "\n".join(p.text for p in docx.Document(str(paths[0])).paragraphs)
    cells = "\n".join(
        c.text for t in docx.Document(str(paths[0])).tables for row in t.rows for c in row.cells
    )
    assert "Sở Văn hóa, Thể thao và Du lịch" in cells
    assert "Vùng 4" in cells and "Toàn xã" in cells
    assert "Điểm phát B: 1 lượt không phát được" in text


def test_the_receiver_is_a_setting(app: App, tmp_path: Path) -> None:
    from dataclasses import replace

    _commune_log(app, tmp_path)
    other = replace(app, settings=replace(app.settings, report_receiver="Sở VHTTDL tỉnh Bắc Ninh"))
    assert monthly_report(other, 2026, 11).receiver == "Sở VHTTDL tỉnh Bắc Ninh"
