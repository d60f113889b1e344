"""Proof of airing: verification speed, false and true verification, start error, storage
and CPU, printed (not asserted).

Speech is real espeak-ng Vietnamese (the sentences of bench/bulletins_vi.txt), recorded
through the recorder's own path (FileWriter → 16 kbit/s Opus file → decode), with white
noise mixed in at 10 dB SNR for the match trials.

Run: .venv/bin/python bench/bench_aircheck.py [TRIALS]   (default 200 of each kind)
"""

from __future__ import annotations

import random
import re
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from aircheck_audio import silence, speech, through_opus, with_noise

from broadcaster.aircheck.archive import RATE, excerpt
from broadcaster.aircheck.recorder import FileWriter
from broadcaster.aircheck.verify import HEARD, NOT_HEARD, find

TRIALS = int(sys.argv[1]) if len(sys.argv) > 1 else 200  # 0: only speed, storage, CPU
SNR_DB = 10.0
BULLETINS = Path(__file__).with_name("bulletins_vi.txt")


def sentences() -> list[str]:
    text = " ".join(
        line
        for line in BULLETINS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and line.strip() != "---"
    )
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 8]


def record(folder: Path, audio: np.ndarray, start: float) -> float:
    """Feed ``audio`` through the recorder's writer; returns the CPU seconds it took."""
    before = cpu_seconds()
    writer = FileWriter(folder, "station", "bench", start)
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    for at in range(0, pcm.size, 1600):
        part = pcm[at : at + 1600]
        writer.write(part.tobytes(), start + (at + part.size) / RATE + 0.01)
    writer.close()
    return cpu_seconds() - before


def trial(known: np.ndarray, played: np.ndarray, lead: float, seed: int):  # type: ignore[no-untyped-def]
    clean = np.concatenate([silence(lead), played, silence(3.0)])
    return find(known, through_opus(with_noise(clean, SNR_DB, played, seed)))


def main() -> None:
    rng = random.Random(16)
    texts = sentences()
    print(f"{len(texts)} sentences from {BULLETINS.name}, espeak-ng vi+f2; {TRIALS} trials each")
    audio = [speech(t) for t in texts]

    if TRIALS:
        trials(rng, audio)
    resources(audio)


def trials(rng: random.Random, audio: list[np.ndarray]) -> None:
    # True airings at 10 dB SNR: verified share and start error.
    errors, verified = [], 0
    for n in range(TRIALS):
        known = audio[n % len(audio)]
        lead = rng.uniform(2.0, 14.0)
        match = trial(known, known, lead, seed=n)
        verified += match.outcome == HEARD
        errors.append(abs(match.offset - lead) * 1000)
    p95 = float(np.percentile(errors, 95))
    print(
        f"true airings verified at {SNR_DB:.0f} dB SNR: {verified}/{TRIALS} "
        f"({100 * verified / TRIALS:.1f} %)"
    )
    print(
        f"measured start error: median {np.median(errors):.1f} ms, p95 {p95:.1f} ms, "
        f"max {max(errors):.1f} ms"
    )

    # Wrong audio: another sentence in the same voice where the booked one should be.
    false, scores = 0, []
    for n in range(TRIALS):
        i, j = rng.sample(range(len(audio)), 2)
        match = trial(audio[i], audio[j], rng.uniform(2.0, 14.0), seed=10_000 + n)
        false += match.outcome != NOT_HEARD
        scores.append(match.score)
    print(
        f"false verification on other speech: {false}/{TRIALS} "
        f"(highest score {max(scores):.3f}; threshold 0.30)"
    )


def resources(audio: list[np.ndarray]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Ten minutes of programme (speech with gaps, then silence), recorded for real.
        programme = np.concatenate([np.concatenate([a, silence(1.0)]) for a in audio] * 4)[
            : RATE * 600
        ]
        seconds = programme.size / RATE
        start = datetime(2026, 12, 2, 8, 0, tzinfo=UTC).timestamp()
        cpu = record(folder, programme, start)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(
            f"recording CPU: {cpu:.2f} s for {seconds:.0f} s of audio "
            f"= {100 * cpu / seconds:.2f} % of one core"
        )
        print(
            f"storage: {size / seconds * 86400 / 1e6:.1f} MB per zone per day "
            f"({size * 8 / seconds / 1000:.1f} kbit/s incl. index)"
        )
        # Verification speed: a 5-minute item found in its window of the recorded file,
        # timed in CPU seconds (ffmpeg's decoding included): the machine may be shared.
        known = programme[RATE * 60 : RATE * 360]
        at = datetime.fromtimestamp(start + 60, UTC)
        runs = []
        for _ in range(5):  # the first run pays one-time costs (FFT plans, page faults)
            t, c = time.perf_counter(), cpu_seconds()
            heard = excerpt(folder, at - timedelta(seconds=8), at + timedelta(seconds=308))
            match = find(known, heard.samples)
            runs.append((cpu_seconds() - c, time.perf_counter() - t))
        used = float(np.median([r[0] for r in runs]))
        elapsed = float(np.median([r[1] for r in runs]))
        print(
            f"verification of a 300 s item (median of 5; first run {runs[0][0]:.2f} s CPU): "
            f"{used:.2f} s CPU = {300 / used:.0f}x real time ({elapsed:.2f} s wall; "
            f"{match.outcome}, {match.heard_seconds:.0f} s heard, "
            f"start error {abs(match.offset - 8) * 1000:.1f} ms)"
        )
        print(
            f"daemon CPU per zone (recording + verifying every second of a day): "
            f"{100 * (cpu / seconds + used / 300):.2f} % of one core"
        )


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main()
