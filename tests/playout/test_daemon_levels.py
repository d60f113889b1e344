"""A khẩn cấp bulletin through a real running daemon and a real sound path (PulseAudio
null sink recorded from its monitor): it interrupts the slot on air at once."""

from __future__ import annotations

import json

from conftest import Cli
from pulse_monitor import MonitorRecorder

from broadcaster.playout.control import start_daemon
from broadcaster.settings import load_settings
from broadcaster.station import open_station

from . import test_daemon as base
from .test_daemon import LONG_TEXT, add_slot_ahead, book, prepared, wait_for

# The same station as the daemon tests: espeak-ng, the null sink, a midday time zone.
pulse, home, cli = base.pulse, base.home, base.cli


def test_a_khan_cap_dropped_in_the_inbox_interrupts_the_slot_on_air_and_airs_at_once(
    cli: Cli,
) -> None:
    toml = cli.home / "broadcaster.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "segment_gap = 1.0", "segment_gap = 1.0\ninbox_scan_seconds = 1"
        ),
        encoding="utf-8",
    )
    station = open_station(load_settings(cli.home, env={}))
    assert station.settings.inbox_scan_seconds == 1
    # Long enough to be still on air when the bulletin arrives, however slow the machine.
    long = prepared(cli, LONG_TEXT * 6)
    recorder = MonitorRecorder()
    daemon = start_daemon(station, None)
    daemon.start()  # ready: the slot is placed relative to this moment
    try:
        add_slot_ahead(cli, "Sáng", 10, length=900)
        book(cli, long, "Sáng")
        wait_for(cli.home, lambda r: r and r[0].outcome == "open" and (r[0].duration or 0) >= 2)
        inbox = cli.home / "inbox"
        inbox.mkdir(exist_ok=True)
        bulletin = {
            "id": "PCTT-KC-1",
            "source": "Ban chỉ huy phòng chống thiên tai huyện",
            "level": "khan-cap",
            "title": "Cảnh báo lũ quét",
            "category": "phong-chong-thien-tai",
            "text": "Khẩn cấp: nước lũ đang lên nhanh, bà con ven suối di chuyển lên vùng cao.",
        }
        # Written then renamed, as a source system should, so the scan never sees half a file.
        part = inbox / "kc.json.part"
        part.write_text(json.dumps(bulletin, ensure_ascii=False), encoding="utf-8")
        part.rename(inbox / "kc.json")
        found = wait_for(
            cli.home,
            lambda r: any(x.segment_id != long and x.outcome == "aired" for x in r),
            timeout=120,
        )
    finally:
        daemon.stop()
        station.close()
        recording = recorder.stop()
    slot_row = next(r for r in found if r.segment_id == long)
    urgent = next(r for r in found if r.segment_id != long)
    assert slot_row.outcome == "preempted"
    assert urgent.booking_id is None and urgent.actual_start is not None
    assert slot_row.actual_end is not None and urgent.actual_start >= slot_row.actual_end
    assert urgent.actual_end is not None
    assert recording.rms_dbfs(urgent.actual_start, urgent.actual_end) > -35
    assert (cli.home / "inbox" / "done" / "kc.json").exists()
