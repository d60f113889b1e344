"""Finding known audio in an air-check recording: pure functions on sample arrays.

Method (chosen by measurement, ``bench/bench_aircheck.py``): both signals become a
sequence of 10 ms frames of log energy in 24 mel bands; the *time derivative* of that
(how each band rises and falls, the cue landmark fingerprints rely on) is compared by
normalized cross-correlation over every lag in the search window (one FFT per band).
Derivatives ignore a steady noise floor, a level change and the colour a low-bitrate
Opus encoder gives; the peak lag is refined to a fraction of a frame by a parabola.
At the best lag, each second of the known audio is compared with what the recording
holds there: the seconds that match are the seconds heard, and where the matching stops
is where the sound dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RATE = 16000
HOP = 160  # 10 ms
WINDOW = 512
BANDS = 24
BLOCK_FRAMES = 100  # one second
FLOOR_PERCENTILE = 30
# Thresholds measured on espeak-ng speech, with white noise at 10 dB SNR and through
# 16 kbit/s Opus (bench/bench_aircheck.py): a true match scores 0.5-0.9, unrelated
# speech below 0.15 over its whole length; a true second matches above 0.35, an
# unrelated one stays below 0.3.
MATCH_SCORE = 0.3
BLOCK_SCORE = 0.3
# A known second with less energy than this (relative to the loudest) is a pause:
# it takes the verdict of the sound around it.
PAUSE_DB = -35.0
# A known second whose bands move less than this share of the median second (mostly a
# gap between sentences) cannot be recognized on its own: it is judged like a pause.
QUIET_ACTIVITY = 0.4
# Heard in full when at most this much (or 2 %) is missing.
FULL_TOLERANCE = 1.0

HEARD = "verified"
PARTLY = "partly-heard"
NOT_HEARD = "not-heard"


@dataclass(frozen=True)
class Match:
    outcome: str  # HEARD, PARTLY or NOT_HEARD
    offset: float  # seconds from the recording's first sample to the known audio's start
    heard_seconds: float
    score: float  # peak normalized correlation, 0-1
    dropped_at: float | None  # seconds into the known audio where it stopped being heard
    duration: float


def _mel_matrix(rate: int = RATE, n_fft: int = WINDOW, bands: int = BANDS) -> np.ndarray:
    def mel(f: np.ndarray) -> np.ndarray:
        return 2595.0 * np.log10(1.0 + f / 700.0)

    top = min(7000.0, rate / 2 - 200)
    edges_mel = np.linspace(mel(np.array(100.0)), mel(np.array(top)), bands + 2)
    edges = 700.0 * (10 ** (edges_mel / 2595.0) - 1.0)
    freqs = np.fft.rfftfreq(n_fft, 1.0 / rate)
    matrix = np.zeros((freqs.size, bands))
    for b in range(bands):
        lo, mid, hi = edges[b], edges[b + 1], edges[b + 2]
        up = (freqs - lo) / (mid - lo)
        down = (hi - freqs) / (hi - mid)
        matrix[:, b] = np.clip(np.minimum(up, down), 0.0, None)
    return matrix


_MEL = _mel_matrix()


def band_energies(samples: np.ndarray) -> np.ndarray:
    """Log10 mel band energies per 10 ms frame, shape (frames, BANDS)."""
    x = np.asarray(samples, dtype=np.float32)
    frames = max(0, (x.size - WINDOW) // HOP + 1)
    if frames == 0:
        return np.zeros((0, BANDS), dtype=np.float32)
    strided = np.lib.stride_tricks.as_strided(
        x, shape=(frames, WINDOW), strides=(x.strides[0] * HOP, x.strides[0])
    )
    spectrum = np.abs(np.fft.rfft(strided * np.hanning(WINDOW).astype(np.float32), axis=1)) ** 2
    linear = spectrum @ _MEL
    # A floor per band (its quiet level, at least 40 dB under the loudest band energy)
    # keeps noise and codec flutter in quiet parts from dominating the derivative.
    floor = np.maximum(np.percentile(linear, FLOOR_PERCENTILE, axis=0), linear.max() * 1e-4)
    return np.log10(linear + floor + 1e-9).astype(np.float32)


def features(energies: np.ndarray) -> np.ndarray:
    """How each band rises and falls: the time derivative of log energy (first row 0)."""
    if energies.shape[0] == 0:
        return energies
    diff = np.diff(energies, axis=0, prepend=energies[:1])
    return np.clip(diff, -3.0, 3.0)


def correlate(ref: np.ndarray, rec: np.ndarray) -> np.ndarray:
    """Normalized cross-correlation of ``ref`` at each lag inside ``rec`` (rec longer)."""
    n, m = ref.shape[0], rec.shape[0]
    lags = m - n + 1
    if n == 0 or lags <= 0:
        return np.zeros(0)
    size = 1 << int(np.ceil(np.log2(n + m)))
    num = np.zeros(lags)
    spec_rec = np.fft.rfft(rec, size, axis=0)
    spec_ref = np.fft.rfft(ref[::-1], size, axis=0)
    full = np.fft.irfft(spec_rec * spec_ref, size, axis=0).sum(axis=1)
    num = full[n - 1 : n - 1 + lags]
    energy = np.concatenate([[0.0], np.cumsum(np.square(rec, dtype=np.float64).sum(axis=1))])
    window = energy[n : n + lags] - energy[:lags]
    ref_norm = float(np.sqrt(np.square(ref, dtype=np.float64).sum()))
    denom = np.sqrt(np.clip(window, 1e-12, None)) * ref_norm
    return np.where(window > 1e-6, num / denom, 0.0)


def _refine(scores: np.ndarray, peak: int) -> float:
    if 0 < peak < scores.size - 1:
        a, b, c = scores[peak - 1], scores[peak], scores[peak + 1]
        bend = a - 2 * b + c
        if bend < 0:
            return peak + 0.5 * (a - c) / bend
    return float(peak)


# A dropout on the way to the loudspeakers (a sound card that ran dry on a loaded PC)
# delays what follows it: each second of the known audio may be found up to STEP_FRAMES
# later than the one before, and at most MAX_DRIFT_FRAMES after the airing's start; the
# audio never comes earlier than it was due.
STEP_FRAMES = 100  # 1 s
MAX_DRIFT_FRAMES = 500  # 5 s


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = np.sqrt((a * a).sum()), np.sqrt((b * b).sum())
    return float((a * b).sum() / (na * nb)) if na > 1e-6 and nb > 1e-6 else 0.0


def block_scores(ref: np.ndarray, rec: np.ndarray, lag: int) -> np.ndarray:
    """Per second of the known audio: its best correlation with the recording at ``lag``
    plus the delay that dropouts before it added (never less than the second before's)."""
    n = ref.shape[0]
    tail = n + MAX_DRIFT_FRAMES
    part = rec[lag : lag + tail]
    if part.shape[0] < tail:
        part = np.vstack([part, np.zeros((tail - part.shape[0], ref.shape[1]), ref.dtype)])
    part = part.astype(np.float64)
    blocks = int(np.ceil(n / BLOCK_FRAMES))
    out = np.zeros(blocks)
    drift = 0
    for i in range(blocks):
        a = ref[i * BLOCK_FRAMES : (i + 1) * BLOCK_FRAMES].astype(np.float64)
        size = a.shape[0]
        best, best_shift = 0.0, drift
        for shift in range(drift, min(drift + STEP_FRAMES, MAX_DRIFT_FRAMES) + 1):
            start = i * BLOCK_FRAMES + shift
            score = _cosine(a, part[start : start + size])
            if score > best:
                best, best_shift = score, shift
            if shift == drift and score >= BLOCK_SCORE:
                break  # on time: no need to look later
        out[i] = best
        if best >= BLOCK_SCORE:
            drift = best_shift
    return out


def block_loudness(energies: np.ndarray) -> np.ndarray:
    """Per second: total band energy in dB relative to the loudest second."""
    blocks = int(np.ceil(energies.shape[0] / BLOCK_FRAMES))
    linear = np.power(10.0, energies.astype(np.float64)).sum(axis=1)
    per = np.array(
        [linear[i * BLOCK_FRAMES : (i + 1) * BLOCK_FRAMES].mean() for i in range(blocks)]
    )
    top = per.max() if per.size else 0.0
    return 10 * np.log10(np.clip(per, 1e-12, None) / max(top, 1e-12))


def block_activity(ref: np.ndarray) -> np.ndarray:
    """Per second of the known audio: how much its bands move, relative to the median."""
    blocks = int(np.ceil(ref.shape[0] / BLOCK_FRAMES))
    norms = np.array(
        [
            float(np.sqrt(np.square(ref[i * BLOCK_FRAMES : (i + 1) * BLOCK_FRAMES]).sum()))
            for i in range(blocks)
        ]
    )
    middle = float(np.median(norms)) if norms.size else 0.0
    return norms / middle if middle > 0 else norms


def heard_mask(
    scores: np.ndarray, loudness: np.ndarray, activity: np.ndarray | None = None
) -> np.ndarray:
    """Which seconds were heard: sounding seconds by their score, pauses (quiet, or with
    too little movement to be recognized) by their sounding neighbours (the one before,
    else the one after)."""
    sounding = loudness > PAUSE_DB
    if activity is not None:
        sounding &= activity >= QUIET_ACTIVITY
    heard = scores >= BLOCK_SCORE
    out = heard.copy()
    last: bool | None = None
    for i in range(out.size):
        if sounding[i]:
            last = bool(heard[i])
        elif last is not None:
            out[i] = last
    nxt: bool | None = None
    for i in range(out.size - 1, -1, -1):
        if sounding[i]:
            nxt = bool(heard[i])
        elif not any(sounding[:i]) and nxt is not None:
            out[i] = nxt
    return out


def find(known: np.ndarray, recording: np.ndarray) -> Match:
    """Where ``known`` (RATE, mono) is in ``recording`` and how much of it was heard."""
    duration = known.size / RATE
    ref_energy = band_energies(known)
    ref = features(ref_energy)
    rec = features(band_energies(recording))
    scores = correlate(ref, rec)
    if scores.size == 0:
        return Match(NOT_HEARD, 0.0, 0.0, 0.0, 0.0, duration)
    peak = int(np.argmax(scores))
    score = float(scores[peak])
    offset = _refine(scores, peak) * HOP / RATE
    if score < MATCH_SCORE:
        return Match(NOT_HEARD, offset, 0.0, max(score, 0.0), 0.0, duration)
    blocks = block_scores(ref, rec, peak)
    mask = heard_mask(blocks, block_loudness(ref_energy), block_activity(ref))
    seconds = np.minimum(1.0, duration - np.arange(mask.size))
    heard = float(seconds[mask].sum())
    if heard <= 0:
        return Match(NOT_HEARD, offset, 0.0, score, 0.0, duration)
    missing = duration - heard
    if missing <= max(FULL_TOLERANCE, 0.02 * duration):
        return Match(HEARD, offset, heard, score, None, duration)
    last_heard = int(np.nonzero(mask)[0][-1])
    first_gap = int(np.nonzero(~mask)[0][0])
    dropped = float(first_gap if first_gap < last_heard else last_heard + 1)
    return Match(PARTLY, offset, heard, score, min(dropped, duration), duration)
