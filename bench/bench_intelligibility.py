"""Intelligibility of the station's speech, measured by an offline Vietnamese recognizer.

Each text (the seed scripts and bench/bulletins_vi.txt) is rendered through the whole
pipeline (normalize, synthesize, join, loudness) with each engine that works here,
transcribed by viet-asr (``transcribe`` preset, 16 kHz mono WAV) and compared with the
normalized text: character error rate (CER, lower is better; natural human speech
≈ 0.03-0.05). ``--tune`` tries espeak-ng settings one at a time on the bulletins.

Run: .venv/bin/python bench/bench_intelligibility.py [--seeds DIR] [--piper-voice X.onnx]
     [--tune] [--bulletins-only]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path
from typing import Any

from broadcaster.catalogue.scriptfile import read_script_file, script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.errors import TTSError
from broadcaster.models import Segment
from broadcaster.settings import Settings, load_settings
from broadcaster.speech.engines.registry import build_engine
from broadcaster.speech.intelligibility import Recognizer, character_error_rate
from broadcaster.speech.render import Renderer
from broadcaster.speech.textnorm.normalize import normalize_text
from broadcaster.station import App, init_station, open_station

HERE = Path(__file__).parent
SEEDS = HERE.parent / "tests" / "data" / "seeds"
# espeak-ng settings tried by --tune, one change at a time from the defaults.
TRIALS: list[dict[str, Any]] = [
    {"espeak_speed": 120},
    {"espeak_speed": 140},
    {"espeak_speed": 150},
    {"espeak_pitch": 40},
    {"espeak_pitch": 60},
    {"espeak_word_gap": 1},
    {"espeak_voice": "vi"},
    {"espeak_voice": "vi+f3"},
    {"espeak_voice": "vi+m3"},
    {"espeak_voice": "vi-vn-x-south+f2"},
    {"sentence_pause_ms": 600, "paragraph_pause_ms": 1000},
]


def bulletins() -> list[tuple[str, str]]:
    text = (HERE / "bulletins_vi.txt").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    blocks = [b.strip() for b in body.split("\n---\n") if b.strip()]
    return [(f"bulletin-{i:02d}", b) for i, b in enumerate(blocks, start=1)]


def texts(seeds: Path, bulletins_only: bool) -> list[tuple[str, str]]:
    found = [] if bulletins_only else sorted(seeds.glob("*.txt"))
    return [(p.stem[:3], read_script_file(p).text) for p in found] + bulletins()


class Bench:
    def __init__(self, app: App, recognizer: Recognizer, work: Path) -> None:
        self.app, self.recognizer, self.work = app, recognizer, work
        self.base = app.settings
        self.ids: dict[str, int] = {}
        self.asr_seconds = self.audio_seconds = 0.0

    def segment(self, name: str, text: str) -> Segment:
        if name not in self.ids:
            seg = add_segment(
                self.app, SegmentInput(category="khac", script=script_from_text(text))
            )
            self.ids[name] = seg.id
        with self.app.db.transaction() as session:
            segment = session.get(Segment, self.ids[name])
            assert segment is not None
            session.expunge(segment)
            return segment

    def cer(self, settings: Settings, name: str, text: str) -> tuple[float, int]:
        """(CER, reference length) of one text rendered with these settings."""
        self.app.settings = settings
        result = Renderer(self.app).render(self.segment(name, text))
        started = time.perf_counter()
        heard = self.recognizer.transcribe(result.path, self.work)
        self.asr_seconds += time.perf_counter() - started
        self.audio_seconds += result.duration
        reference = normalize_text(text)
        return character_error_rate(reference, heard), len(reference)

    def run(self, settings: Settings, items: list[tuple[str, str]], show: bool) -> float:
        total = weight = 0.0
        for name, text in items:
            cer, chars = self.cer(settings, name, text)
            total += cer * chars
            weight += chars
            if show:
                print(f"    {name:<12} CER {cer:.3f}  ({chars} chars)")
        return total / max(1.0, weight)


def engines_here(settings: Settings) -> list[str]:
    usable = []
    for name in ("gtts", "piper", "espeak-ng"):
        if name == "piper" and not settings.piper_voice:
            continue
        try:
            build_engine(name, settings)
            usable.append(name)
        except TTSError as exc:
            print(f"{name}: not measured ({exc})")
    return usable


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--piper-voice", default="")
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--bulletins-only", action="store_true")
    args = parser.parse_args()
    items = texts(args.seeds, args.bulletins_only)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp) / "station", {"piper_voice": args.piper_voice}, env={})
        init_station(settings)
        app = open_station(settings)
        started = time.perf_counter()
        bench = Bench(app, Recognizer(), Path(tmp))
        print(f"recognizer loaded in {time.perf_counter() - started:.1f} s")
        print(f"{len(items)} texts; CER against the normalized text (lower is better)")
        for engine in engines_here(settings):
            print(f"  {engine}:")
            one = dataclasses.replace(settings, tts_engines=(engine,))
            print(f"  {engine}: mean CER {bench.run(one, items, show=True):.3f}")
        if args.tune:
            news = bulletins()
            espeak = dataclasses.replace(settings, tts_engines=("espeak-ng",))
            print(f"tuning espeak-ng on the {len(news)} bulletins:")
            print(f"  defaults: CER {bench.run(espeak, news, show=False):.3f}")
            for trial in TRIALS:
                cer = bench.run(dataclasses.replace(espeak, **trial), news, show=False)
                print(f"  {trial}: CER {cer:.3f}")
        print(
            f"recognizer speed: {bench.audio_seconds:.0f} s of audio in {bench.asr_seconds:.1f} s "
            f"= {bench.audio_seconds / max(bench.asr_seconds, 1e-9):.1f}x real time"
        )
        app.close()


if __name__ == "__main__":
    main()
