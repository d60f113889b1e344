"""The pieces of relay and Icecast playout that need no server: fast checks at the edges."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import numpy as np
import pytest
from conftest import TZ

from broadcaster.clock import FakeClock
from broadcaster.errors import OutputError
from broadcaster.playout.outputs.icecast import IcecastSink, parse_icecast_url
from broadcaster.playout.outputs.icecast_local import LocalIcecast, icecast_config, local_server
from broadcaster.playout.outputs.multi import TeeOutput
from broadcaster.playout.outputs.registry import open_output
from broadcaster.playout.relay import RelayConfig, RelaySource
from broadcaster.playout.stream import ProgrammeStream
from broadcaster.settings import load_settings
from broadcaster.station import App

T0 = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)


def source(seconds: float, fallback: np.ndarray | None = None) -> RelaySource:
    cfg = RelayConfig("http://127.0.0.1:9/x", 100, fade_frames=10)
    return RelaySource(cfg, seconds, FakeClock(T0), fallback)


def test_a_relay_that_never_opened_is_all_fallback_and_logged_failed() -> None:
    relay = source(2.0, fallback=np.full(30, 0.5, dtype=np.float32))
    got = np.concatenate([relay.read(64), relay.read(64), relay.read(500)])
    assert len(got) == 200  # exactly the planned length, never more
    assert np.all(got[:190] == 0.5)
    assert got[-1] < 0.1  # faded out at its end
    result = relay.result()
    assert (result.outcome, result.relayed_seconds) == ("failed", 0.0)
    assert "Không tiếp âm được http://127.0.0.1:9/x" in result.error


def test_relay_frames_come_from_the_stream_first_then_the_fallback() -> None:
    relay = source(3.0)
    relay._put(np.full(120, 0.25, dtype=np.float32))
    relay._note("luồng bị ngắt giữa chừng")
    got = np.concatenate([relay.read(100) for _ in range(3)])
    assert np.all(got[:120] == 0.25) and np.all(got[120:] == 0.0)
    result = relay.result()
    assert result.outcome == "partial" and result.relayed_seconds == pytest.approx(1.2)
    assert "luồng bị ngắt giữa chừng" in result.error


def test_programme_stream_reads_arrays_and_sources_in_order() -> None:
    relay = source(1.0)
    relay._put(np.full(100, 0.5, dtype=np.float32))
    stream = ProgrammeStream([np.ones(50, dtype=np.float32), relay, np.zeros(25, np.float32)])
    assert len(stream) == 175
    blocks = [stream[k : k + 40] for k in range(0, 175, 40)]
    again = stream[160:200]  # the same block asked twice reads the source once
    assert again is blocks[-1]
    joined = np.concatenate(blocks)
    assert np.all(joined[:50] == 1.0) and joined[60] == 0.5 and np.all(joined[150:] == 0.0)


def test_icecast_addresses_are_checked() -> None:
    assert parse_icecast_url("icecast://source:pw@127.0.0.1:8000/xa")[1] == "icecast:/xa"
    with pytest.raises(OutputError, match="thiếu mật khẩu"):
        parse_icecast_url("icecast://127.0.0.1:8000/xa")
    with pytest.raises(OutputError, match="không hợp lệ"):
        parse_icecast_url("icecast://source:pw@127.0.0.1:8000/")


def test_outputs_are_a_list_in_settings_and_env(tmp_path: Path) -> None:
    (tmp_path / "broadcaster.toml").write_text(
        'output = ["device", "icecast://source:pw@127.0.0.1:8000/xa"]\n'
        '[icecast]\nformat = "opus"\nbitrate = 48\n',
        encoding="utf-8",
    )
    s = load_settings(tmp_path, env={})
    assert s.output == ("device", "icecast://source:pw@127.0.0.1:8000/xa")
    assert (s.icecast_format, s.icecast_bitrate) == ("opus", 48)
    env = load_settings(tmp_path, env={"BROADCASTER_OUTPUT": "file:/tmp/a.wav"})
    assert env.output == ("file:/tmp/a.wav",)
    assert local_server(s.output) == LocalIcecast(8000, "pw")


def test_only_one_local_output_and_known_formats(tmp_path: Path) -> None:
    s = load_settings(tmp_path, env={})
    with pytest.raises(OutputError, match="Chỉ dùng được một đầu ra tại chỗ"):
        open_output(["file:/tmp/a.wav", "file:/tmp/b.wav"], s, FakeClock(T0))
    with pytest.raises(OutputError, match="Không hiểu đầu ra «loa»"):
        open_output("loa", s, FakeClock(T0))
    with pytest.raises(OutputError, match="«flac» không có"):
        IcecastSink("icecast://source:pw@127.0.0.1:8000/xa", 24000, FakeClock(T0), "flac")


def test_the_log_names_the_outputs_and_an_icecast_gap(tmp_path: Path) -> None:
    clock = FakeClock(T0)
    s = load_settings(tmp_path, env={})
    out = open_output(
        [f"file:{tmp_path / 'a.wav'}", "icecast://source:pw@127.0.0.1:9/xa"], s, clock
    )
    assert isinstance(out, TeeOutput)
    try:
        sink = out.sinks[0]
        sink._down_since = None
        sink.gaps = [(T0 + timedelta(seconds=10), T0 + timedelta(seconds=22))]
        end = T0 + timedelta(seconds=60)
        assert out.carried(T0, T0 + timedelta(seconds=5)) == "file, icecast:/xa"
        assert out.carried(T0, end) == "file, icecast:/xa (gap 12.0 s)"
        assert out.carried(T0 + timedelta(seconds=11), T0 + timedelta(seconds=20)) == "file"
    finally:
        out.close()


def test_icecast_config_binds_loopback() -> None:
    xml = icecast_config(LocalIcecast(8123, "mật<khẩu>"), Path("/tmp/x"))
    assert "<bind-address>127.0.0.1</bind-address>" in xml and "<port>8123</port>" in xml
    assert "mật&lt;khẩu&gt;" in xml


def test_the_decoders_start_up_silence_is_skipped_so_the_relay_starts_audible() -> None:
    relay = source(2.0)
    relay._put(np.concatenate([np.zeros(20, np.float32), np.full(100, 0.3, np.float32)]))
    assert relay.read(10)[0] == pytest.approx(0.3)
    assert relay.relayed == 10


def test_a_relay_until_the_slot_ends_fills_the_rest_of_the_slot(
    sqlite_app: App, clock: FakeClock, tmp_path: Path
) -> None:
    from broadcaster.catalogue.planning import Entry
    from broadcaster.catalogue.relays import RelayInput
    from broadcaster.catalogue.segments import SegmentInput, add_segment
    from broadcaster.catalogue.slots import SlotSpec, add_slot
    from broadcaster.models import Airing
    from broadcaster.playout.airer import Airer, Item, Programme
    from broadcaster.playout.airlog import AiringRef
    from broadcaster.playout.outputs.file import FileOutput
    from broadcaster.playout.programme import Occurrence

    app = sqlite_app
    slot = add_slot(app, SlotSpec("Sáng", time(6), time(6, 1)))
    six = datetime(2026, 11, 23, 6, 0, tzinfo=TZ)
    occ = Occurrence(slot.id, slot.name, six, six + timedelta(minutes=1))
    seg = add_segment(
        app,
        SegmentInput(category="tiep-song", relay=RelayInput("http://127.0.0.1:9/x", None, True)),
    )
    entry = Entry(0, seg.id, "t", "tiep-song", "normal", "relay", 0.0, False, True, fill=True)
    relay = RelaySource(RelayConfig("http://127.0.0.1:9/x", 100, open_ahead=0), 0.0, clock, None)
    item = Item(entry, AiringRef(seg.id, slot.id, None, six), None, source=relay)
    airer = Airer(app, FileOutput(str(tmp_path / "a.wav"), 100, clock, realtime=False))
    airer.air(Programme(occ, [item], start_at=six))
    airer.writer.flush()
    with app.db.transaction() as session:
        (row,) = session.query(Airing).all()
        assert row.outcome == "failed" and row.duration == 0.0
        assert row.actual_start is not None and row.actual_end is not None
        assert (row.actual_end - row.actual_start).total_seconds() == pytest.approx(60.0)
        assert row.outputs == "file"
