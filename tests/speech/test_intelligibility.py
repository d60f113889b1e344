"""A rendered seed segment is understood as Vietnamese speech of the right text.

The real pipeline (normalizer, espeak-ng, loudness) renders one short sentence from a
seed; the offline recognizer of viet-asr transcribes it. The threshold sits between
what espeak-ng gets and what silence, noise or the wrong text get (all four measured).
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from conftest import SEEDS

from broadcaster.catalogue.scriptfile import read_script_file, script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.models import Segment
from broadcaster.speech.intelligibility import (
    ASR_RATE,
    Recognizer,
    character_error_rate,
    edit_distance,
    plain_words,
    write_asr_wav,
)
from broadcaster.speech.render import Renderer
from broadcaster.speech.textnorm.normalize import normalize_text
from broadcaster.station import App

# espeak-ng reads this sentence at CER ≈ 0.36-0.43 (pitch range 100-150); silence and
# noise give 1.0, an unrelated sentence ≈ 0.80-0.86.
THRESHOLD = 0.6
WRONG = "Hội nông dân xã tổ chức tập huấn kỹ thuật nuôi cá lồng cho các hộ ven sông vào tuần sau."


def seed_sentence() -> str:
    """The first sentence of the first seed (administrative reform)."""
    text = read_script_file(sorted(SEEDS.glob("*.txt"))[0]).text
    return re.split(r"(?<=[.!?])\s+", text.strip())[0]


@pytest.fixture(scope="module")
def recognizer() -> Recognizer:
    return Recognizer()


@pytest.fixture
def rendered(sqlite_app: App) -> tuple[Path, str]:
    """(audio, spoken text) of the seed sentence rendered by the real pipeline."""
    sqlite_app.settings = replace(sqlite_app.settings, tts_engines=("espeak-ng",))
    script = script_from_text(seed_sentence())
    seg = add_segment(sqlite_app, SegmentInput(category="cchc", script=script))
    with sqlite_app.db.transaction() as session:
        segment = session.get(Segment, seg.id)
        assert segment is not None
        session.expunge(segment)
    result = Renderer(sqlite_app).render(segment)
    return result.path, normalize_text(seed_sentence())


def test_cer_compares_plain_words() -> None:
    assert plain_words("Xin CHÀO, bà con!\n") == "xin chào bà con"
    assert character_error_rate("Xin chào.", "xin chào") == 0.0
    assert character_error_rate("xin chào", "") == 1.0
    assert edit_distance("kitten", "sitting") == 3


def test_a_rendered_seed_sentence_is_recognized_as_its_text(
    recognizer: Recognizer, rendered: tuple[Path, str], tmp_path: Path
) -> None:
    audio, spoken = rendered
    started = time.perf_counter()
    heard = recognizer.transcribe(audio, tmp_path)
    right, wrong = character_error_rate(spoken, heard), character_error_rate(WRONG, heard)
    print(f"ASR {time.perf_counter() - started:.1f} s; CER {right:.2f}, wrong text {wrong:.2f}")
    assert right < THRESHOLD
    assert wrong >= THRESHOLD


@pytest.mark.parametrize("kind", ["silence", "noise"])
def test_silence_and_noise_are_not_recognized_as_the_text(
    recognizer: Recognizer, rendered: tuple[Path, str], tmp_path: Path, kind: str
) -> None:
    _audio, spoken = rendered
    rng = np.random.default_rng(11)
    seconds = 6 * ASR_RATE
    samples = np.zeros(seconds) if kind == "silence" else 0.3 * rng.standard_normal(seconds)
    wav = write_asr_wav(samples.astype(np.float32), tmp_path / f"{kind}.wav")
    assert character_error_rate(spoken, recognizer.transcribe(wav, tmp_path)) >= THRESHOLD
