"""Finding known audio in a recording: real espeak-ng speech, noise at 10 dB SNR and the
recorder's own 16 kbit/s Opus between them."""

from __future__ import annotations

import numpy as np
import pytest
from aircheck_audio import SENTENCES, silence, speech, through_opus, with_noise

from broadcaster.aircheck.archive import RATE
from broadcaster.aircheck.verify import HEARD, NOT_HEARD, PARTLY, find


def on_air(known: np.ndarray, lead: float, seed: int, snr: float = 10.0) -> np.ndarray:
    """``known`` starting ``lead`` seconds into a noisy Opus recording."""
    clean = np.concatenate([silence(lead), known, silence(4.0)])
    return through_opus(with_noise(clean, snr, known, seed))


@pytest.mark.parametrize("index", range(3))
def test_the_same_speech_is_verified_with_its_start_to_a_few_milliseconds(index: int) -> None:
    known = speech(SENTENCES[index])
    lead = 3.0 + 1.37 * index
    match = find(known, on_air(known, lead, seed=index))
    assert match.outcome == HEARD
    assert abs(match.offset - lead) < 0.02
    assert match.heard_seconds == pytest.approx(known.size / RATE, abs=1.0)
    assert match.dropped_at is None


def test_other_speech_in_the_same_voice_is_not_heard() -> None:
    for i, known in enumerate(SENTENCES[:3]):
        for j, other in enumerate(SENTENCES):
            if i == j:
                continue
            match = find(speech(known), on_air(speech(other), 4.0, seed=10 * i + j))
            assert match.outcome == NOT_HEARD, (i, j, match.score)


def test_silence_and_noise_alone_are_not_heard() -> None:
    known = speech(SENTENCES[0])
    assert find(known, silence(12.0)).outcome == NOT_HEARD
    noise = with_noise(silence(12.0), 0.0, known, seed=3)
    assert find(known, through_opus(noise)).outcome == NOT_HEARD


def test_sound_cut_midway_is_partly_heard_with_where_it_dropped() -> None:
    known = speech(SENTENCES[1])
    cut = known.copy()
    drop = 3.2
    cut[int(drop * RATE) :] = 0.0
    match = find(known, on_air(cut, 5.0, seed=7))
    assert match.outcome == PARTLY
    assert match.heard_seconds == pytest.approx(drop, abs=1.0)
    assert match.dropped_at is not None and abs(match.dropped_at - drop) <= 1.0
    assert abs(match.offset - 5.0) < 0.02


def test_a_recording_shorter_than_the_audio_is_not_heard() -> None:
    known = speech(SENTENCES[2])
    assert find(known, known[: RATE // 2]).outcome == NOT_HEARD


@pytest.mark.parametrize("gaps", [(0.3,), (0.8,)])
def test_short_dropouts_that_delay_the_rest_are_still_heard_in_full(
    gaps: tuple[float, ...],
) -> None:
    # A sound card that ran dry on a loaded PC: silence inserted, everything after it later.
    known = speech(SENTENCES[1])
    parts, at = [], 0
    cuts = [int(known.size * (k + 1) / (len(gaps) + 1)) for k in range(len(gaps))]
    for cut, gap in zip(cuts, gaps, strict=True):
        parts += [known[at:cut], silence(gap)]
        at = cut
    parts.append(known[at:])
    match = find(known, on_air(np.concatenate(parts), 4.0, seed=11))
    assert match.outcome == HEARD, match
    assert abs(match.offset - 4.0) < 0.02


def test_other_speech_after_a_dropout_is_not_taken_for_the_rest() -> None:
    known = speech(SENTENCES[0])
    half = known.size // 2
    other = speech(SENTENCES[3])
    aired = np.concatenate([known[:half], silence(0.3), other[: known.size - half]])
    match = find(known, on_air(aired, 4.0, seed=12))
    assert match.outcome == PARTLY, match
