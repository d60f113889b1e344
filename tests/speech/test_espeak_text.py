"""The SSML espeak-ng gets for the intelligibility ideas, and the real engine reading it."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from broadcaster.settings import load_settings
from broadcaster.speech.audiofile import probe_duration
from broadcaster.speech.engines.espeak import EspeakEngine
from broadcaster.speech.engines.espeak_text import Marks, to_ssml


def test_no_idea_chosen_means_no_ssml() -> None:
    assert not Marks().active


def test_a_break_follows_each_clause_mark() -> None:
    ssml = to_ssml("Thôn Đông, thôn Đoài: họp.", Marks(clause_pause_ms=300))
    assert ssml == (
        '<speak>Thôn Đông,<break time="300ms"/> thôn Đoài:<break time="300ms"/> họp.</speak>'
    )


def test_number_words_and_names_are_slowed_in_runs() -> None:
    ssml = to_ssml(
        "Ngày hai mươi lăm, ông Nguyễn Văn An đến.", Marks(slow_numbers=80, slow_names=90)
    )
    assert '<prosody rate="80%">hai mươi lăm</prosody>,' in ssml
    assert '<prosody rate="90%">Nguyễn Văn An</prosody> đến' in ssml
    assert ssml.startswith("<speak>Ngày ")  # a capital at a sentence start is no name


def test_markup_characters_in_the_text_are_escaped() -> None:
    assert to_ssml("A & B <c>", Marks(clause_pause_ms=100)) == "<speak>A &amp; B &lt;c&gt;</speak>"


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_espeak_reads_the_marks_and_slower_numbers_take_longer(tmp_path: Path) -> None:
    base = load_settings(tmp_path / "station", env={})
    text = "Ngày hai mươi lăm tháng mười một, họp tại nhà văn hóa thôn."
    plain, slow = tmp_path / "plain.wav", tmp_path / "slow.wav"
    EspeakEngine(base).synthesize(text, plain)
    marked = dataclasses.replace(base, espeak_slow_numbers=60, espeak_clause_pause_ms=400)
    engine = EspeakEngine(marked)
    engine.synthesize(text, slow)
    assert probe_duration(slow) > probe_duration(plain) + 0.3
    assert engine.voice != EspeakEngine(base).voice  # a different sound, a different cache key


def test_a_wider_pitch_range_wraps_the_whole_text() -> None:
    assert Marks(pitch_range=150).active
    assert to_ssml("Họp.", Marks(pitch_range=150)) == (
        '<speak><prosody range="150%">Họp.</prosody></speak>'
    )
