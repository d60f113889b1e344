"""Rendering with real espeak-ng and ffmpeg: speech, loudness window, cache, fallback."""

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEEDS, Cli
from sqlalchemy import select

from broadcaster.catalogue.scriptfile import read_script_file, script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, edit_segment
from broadcaster.errors import RenderError, TTSError
from broadcaster.models import Segment, SegmentEvent
from broadcaster.playout.outputs.registry import load_samples
from broadcaster.settings import Settings
from broadcaster.speech.engines.registry import Engine, build_engine
from broadcaster.speech.loudness import measure, rms_dbfs
from broadcaster.speech.render import Renderer, split_chunks
from broadcaster.station import App

OFFLINE = ("gtts", "espeak-ng")


@pytest.fixture
def offline(sqlite_app: App) -> App:
    """The station with gtts first in line, forced offline, so it must fail over."""
    sqlite_app.settings = replace(sqlite_app.settings, tts_engines=OFFLINE)
    return sqlite_app


class Counting:
    """A real-engine factory that counts syntheses and forces gtts to be offline."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, name: str, settings: Settings) -> Engine:
        if name == "gtts":
            from broadcaster.speech.engines.gtts_engine import GTTSEngine

            return GTTSEngine(settings, reachable=lambda: False)
        engine = build_engine(name, settings)
        outer = self

        class Wrapped:
            max_chars = engine.max_chars
            suffix = engine.suffix
            voice = engine.voice

            def synthesize(self, text: str, out: Path) -> None:
                outer.calls += 1
                engine.synthesize(text, out)

        Wrapped.name = engine.name  # type: ignore[attr-defined]
        return Wrapped()  # type: ignore[return-value]


def add_text(app: App, text: str, category: str = "khac") -> int:
    return add_segment(app, SegmentInput(category=category, script=script_from_text(text))).id


def test_split_chunks_pauses_longer_after_paragraphs() -> None:
    chunks = split_chunks("Câu một. Câu hai!\nĐoạn hai.", 100, 300, 800)
    assert [(c.text, c.pause_ms) for c in chunks] == [
        ("Câu một.", 300),
        ("Câu hai!", 800),
        ("Đoạn hai.", 800),
    ]


def test_split_chunks_cuts_run_on_sentences() -> None:
    chunks = split_chunks(", ".join(["một hai ba"] * 30), 50, 300, 800)
    assert all(len(c.text) <= 50 for c in chunks)
    assert " ".join(c.text for c in chunks).replace(",", "").split() == (
        ", ".join(["một hai ba"] * 30).replace(",", "").split()
    )


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_each_seed_renders_to_speech_in_the_loudness_window(offline: App, seed: Path) -> None:
    sid = add_segment(offline, SegmentInput(category="cchc", script=read_script_file(seed))).id
    result = Renderer(offline, Counting()).render_and_store(sid)
    assert result.engine == "espeak-ng"
    assert result.failures and result.failures[0].startswith("gtts: Không có kết nối mạng")
    level = measure(result.path)
    assert abs(level.integrated - (-16.0)) <= 1.0, level
    assert level.true_peak <= -1.0, level
    samples = load_samples(result.path, 24000)
    assert rms_dbfs(samples) > -30
    assert abs(len(samples) / 24000 - result.duration) < 0.1
    with offline.db.transaction() as session:
        segment = session.get(Segment, sid)
        assert segment is not None
        assert segment.audio_engine == "espeak-ng" and not segment.audio_stale
        assert segment.audio_duration == pytest.approx(result.duration)
        assert segment.audio_hash and len(segment.audio_hash) == 64


def test_station_format_mp3_is_rendered_mono_in_the_loudness_window(offline: App) -> None:
    offline.settings = replace(offline.settings, audio_format="mp3")
    sid = add_text(offline, "Thông báo lịch tiếp dân của Ủy ban nhân dân xã. " * 3)
    result = Renderer(offline, Counting()).render_and_store(sid)
    assert result.path.suffix == ".mp3"
    probe = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "stream=codec_name,channels,sample_rate",
            "-of",
            "csv=p=0",
            str(result.path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == f"mp3,{offline.settings.sample_rate},1"
    level = measure(result.path)
    assert abs(level.integrated + 16) <= 1.0 and level.true_peak <= -1.0


def test_unchanged_script_is_never_synthesized_twice(offline: App) -> None:
    sid = add_text(offline, "Thông báo. Họp dân lúc 19h00.")
    counting = Counting()
    first = Renderer(offline, counting).render_and_store(sid)
    calls = counting.calls
    second = Renderer(offline, counting).render_and_store(sid)
    assert calls == 2 and counting.calls == calls
    assert second.cached and second.path == first.path


def test_same_text_in_two_segments_shares_the_audio(offline: App) -> None:
    a, b = add_text(offline, "Tin giống nhau."), add_text(offline, "Tin giống nhau.")
    counting = Counting()
    renderer = Renderer(offline, counting)
    assert renderer.render_and_store(a).path == renderer.render_and_store(b).path
    assert counting.calls == 1


def test_editing_a_script_makes_only_that_segment_stale(offline: App) -> None:
    a, b = add_text(offline, "Tin thứ nhất."), add_text(offline, "Tin thứ hai.")
    renderer = Renderer(offline, Counting())
    old_a = renderer.render_and_store(a)
    renderer.render_and_store(b)
    edit_segment(offline, a, SegmentInput(script=script_from_text("Tin thứ nhất, đã sửa.")))
    with offline.db.transaction() as session:
        stale = {s.id: s.audio_stale for s in session.scalars(select(Segment))}
    assert stale == {a: True, b: False}
    new_a = renderer.render_and_store(a)
    assert new_a.path != old_a.path and not new_a.cached


def test_recording_goes_through_the_loudness_step(offline: App, tmp_path: Path) -> None:
    wav = tmp_path / "quiet.wav"
    subprocess.run(
        ["sox", "-n", "-r", "44100", "-c", "2", str(wav), "synth", "4", "pinknoise", "vol", "0.05"],
        check=True,
    )
    sid = add_segment(offline, SegmentInput(category="tiep-song", recording=wav)).id
    result = Renderer(offline).render_and_store(sid)
    assert result.engine == "recording"
    level = measure(result.path)
    assert abs(level.integrated + 16) <= 1.0 and level.true_peak <= -1.0


def test_all_engines_failing_is_one_clear_error(offline: App) -> None:
    sid = add_text(offline, "Không đọc được.")

    def broken(name: str, settings: Settings) -> Engine:
        raise TTSError(f"{name} hỏng")

    with pytest.raises(RenderError) as err:
        Renderer(offline, broken).render_and_store(sid)
    assert str(err.value).startswith("Không bộ đọc nào đọc được tin bài số 1.")
    assert "gtts: gtts hỏng" in str(err.value) and "broadcaster tts engines" in str(err.value)
    with offline.db.transaction() as session:
        segment = session.get(Segment, sid)
        assert segment is not None and segment.audio_stale and segment.audio_path is None


def test_render_writes_history(offline: App) -> None:
    sid = add_text(offline, "Có lịch sử.")
    Renderer(offline, Counting()).render_and_store(sid)
    with offline.db.transaction() as session:
        events = list(session.scalars(select(SegmentEvent)))
    assert [e.action for e in events] == ["created", "rendered"]
    assert re.fullmatch(r"\S+, \d+,\d giây.*", events[1].detail)  # Vietnamese decimal comma


def test_jingles_and_station_id_wrap_the_speech(offline: App) -> None:
    home = offline.settings.home
    (home / "nhac").mkdir()
    for name in ("intro", "y-te-outro"):
        subprocess.run(
            [
                "sox",
                "-n",
                "-r",
                "24000",
                "-c",
                "1",
                str(home / "nhac" / f"{name}.wav"),
                "synth",
                "2",
                "sine",
                "660",
            ],
            check=True,
        )
    plain = add_text(offline, "Tin y tế.", "y-te")
    bare = Renderer(offline, Counting()).render_and_store(plain).duration
    offline.settings = replace(offline.settings, jingle_dir="nhac")
    wrapped = Renderer(offline, Counting()).render_and_store(plain)
    assert wrapped.duration == pytest.approx(bare + 4.8, abs=0.3)


def test_cli_render_and_plan_use_real_durations(run: Cli, app: App) -> None:
    (app.settings.home / "broadcaster.toml").write_text(
        '[tts]\nengines = ["espeak-ng"]\n', encoding="utf-8"
    )
    run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30")
    run("segment", "add", "--text", "Thông báo lịch tiêm phòng dại cho chó mèo.", "-c", "y-te")
    run("segment", "approve", "1", "--by", "A")
    run("book", "1", "--slot", "Buổi sáng")
    result = run("render", "--stale")
    assert result.exit_code == 0, result.output
    assert "Tin 1:" in result.output and "(espeak-ng)" in result.output
    again = run("render", "--stale")
    assert "Không có tin bài nào cần tạo âm thanh." in again.output
    cached = run("render", "1")
    assert "(có sẵn, espeak-ng)" in cached.output
    plan = run("plan").output
    assert "(~" not in plan.split("Buổi sáng", 1)[1].split("\n")[1]


def test_cli_render_errors(run: Cli) -> None:
    nothing = run("render")
    assert nothing.exit_code == 1 and "Hãy chọn tin cần tạo âm thanh" in nothing.output
    missing = run("render", "9")
    assert missing.exit_code == 1 and "Không có tin bài số 9." in missing.output


def test_cli_preview_to_file(run: Cli, app: App, tmp_path: Path) -> None:
    (app.settings.home / "broadcaster.toml").write_text(
        '[tts]\nengines = ["espeak-ng"]\n', encoding="utf-8"
    )
    run("segment", "add", "--text", "Nghe thử bản tin.", "-c", "khac")
    out = tmp_path / "nghe-thu.wav"
    result = run("preview", "1", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"ra tệp {out}" in result.output
    assert rms_dbfs(load_samples(out, 16000)) > -30
    mp3 = tmp_path / "nghe-thu.mp3"
    assert run("preview", "1", "--out", str(mp3)).exit_code == 0
    codec = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "stream=codec_name",
            "-of",
            "csv=p=0",
            str(mp3),
        ],
        capture_output=True,
        text=True,
    )
    assert codec.stdout.strip() == "mp3"
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_cli_tts_engines_lists_usability(run: Cli) -> None:
    result = run("tts", "engines")
    assert result.exit_code == 0
    assert "espeak-ng" in result.output and "có" in result.output
    assert "Chưa cấu hình giọng Piper" in result.output
