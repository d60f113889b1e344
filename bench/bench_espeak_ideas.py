"""espeak-ng intelligibility, one idea at a time: the CER change each idea brings.

Renders the bulletins (bench/bulletins_vi.txt) with espeak-ng through the whole pipeline,
transcribes them with the offline recognizer (viet-asr) and prints the CER of the station
defaults and of each idea alone, so only the ideas that help are kept.

Run: .venv/bin/python bench/bench_espeak_ideas.py [--ideas name,name] [--seeds]
     [--espeak-source DIR]  (espeak-ng's sources, e.g. from «apt-get source espeak-ng»:
     the "vi-extra" ideas build the station's data folder from them, with the station's
     config; --no-config: without it, as the first two rounds measured)
     [--set NAME=VALUE …]  (a setting changed first, e.g. espeak_amplitude=100 for the
     defaults the second round started from)
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_intelligibility import SEEDS, Bench, texts

from broadcaster.settings import load_settings
from broadcaster.speech.intelligibility import Recognizer
from broadcaster.station import init_station, open_station

IDEAS: dict[str, dict[str, Any]] = {
    "clause-pauses": {"espeak_clause_pause_ms": 250},
    "clause-pauses-400": {"espeak_clause_pause_ms": 400},
    "slow-numbers": {"espeak_slow_numbers": 80},
    "slow-names": {"espeak_slow_names": 80},
    "slow-numbers-names": {"espeak_slow_numbers": 80, "espeak_slow_names": 80},
    "pitch-range-100": {"espeak_pitch_range": 100},  # espeak-ng's own (the old default)
    "pitch-range-150": {"espeak_pitch_range": 150},
    "pitch-range-200": {"espeak_pitch_range": 200},
    "pitch-range-70": {"espeak_pitch_range": 70},
    "pitch-range-125": {"espeak_pitch_range": 125},
    "pitch-range-175": {"espeak_pitch_range": 175},
    "range-150-clause-pauses": {"espeak_pitch_range": 150, "espeak_clause_pause_ms": 250},
    "voice-central-f2": {"espeak_voice": "vi-vn-x-central+f2"},
    "voice-f3": {"espeak_voice": "vi+f3"},
    "voice-f5": {"espeak_voice": "vi+f5"},
    # Second round (from vi+f2 at 130 wpm, pitch range 150 %).
    "sentence-pauses-600": {"sentence_pause_ms": 600, "paragraph_pause_ms": 1000},
    "speed-115": {"espeak_speed": 115},
    "speed-120": {"espeak_speed": 120},
    "voice-vi": {"espeak_voice": "vi"},
    "sample-rate-22050": {"sample_rate": 22050},
    "sample-rate-16000": {"sample_rate": 16000},
    "amplitude-125": {"espeak_amplitude": 125},
    "amplitude-150": {"espeak_amplitude": 150},
    "amplitude-200": {"espeak_amplitude": 200},
    # The station's espeak-ng dictionary (vi_extra), built from --espeak-source.
    "vi-extra": {"espeak_data_dir": "espeak-ng"},
    "vi-extra-amplitude-125": {"espeak_data_dir": "espeak-ng", "espeak_amplitude": 125},
    "vi-extra-amplitude-150": {"espeak_data_dir": "espeak-ng", "espeak_amplitude": 150},
    "vi-extra-speed-125": {"espeak_data_dir": "espeak-ng", "espeak_speed": 125},
    "vi-extra-speed-140": {"espeak_data_dir": "espeak-ng", "espeak_speed": 140},
    "vi-extra-range-125": {"espeak_data_dir": "espeak-ng", "espeak_pitch_range": 125},
    "vi-extra-range-175": {"espeak_data_dir": "espeak-ng", "espeak_pitch_range": 175},
    # Third round (from today's defaults: the above "vi-extra-amplitude-150"): espeak-ng's
    # Klatt synthesizer variants instead of f2 (their pitch is the voice's own, a man's).
    **{
        f"vi-extra-{v}": {"espeak_data_dir": "espeak-ng", "espeak_voice": f"vi+{v}"}
        for v in ("klatt", "klatt2", "klatt3", "klatt4", "klatt5", "klatt6")
    },
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", default=",".join(IDEAS))
    parser.add_argument("--seeds", action="store_true", help="also the seed scripts")
    parser.add_argument("--defaults-cer", type=float, help="known CER of the defaults (skip)")
    parser.add_argument("--espeak-source", type=Path, help="espeak-ng sources (vi_rules, vi_list)")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE (an int)")
    parser.add_argument("--no-config", action="store_true", help="data folder without config")
    args = parser.parse_args()
    changes: dict[str, Any] = {n: int(v) for n, _, v in (s.partition("=") for s in args.set)}
    items = texts(SEEDS, bulletins_only=True) if not args.seeds else texts(SEEDS, False)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp) / "station", env={})
        settings = dataclasses.replace(settings, tts_engines=("espeak-ng",), **changes)
        init_station(settings)
        if args.espeak_source:
            from broadcaster.speech.engines.espeak_dict import build_data_dir

            config = "" if args.no_config else None
            build_data_dir(args.espeak_source, settings.home / "espeak-ng", config=config)
        app = open_station(settings)
        bench = Bench(app, Recognizer(), Path(tmp))
        started = time.perf_counter()
        base = args.defaults_cer
        if base is None:
            base = bench.run(settings, items, show=False)
        print(f"{len(items)} texts, espeak-ng {settings.espeak_voice}@{settings.espeak_speed}")
        print(f"  defaults: CER {base:.3f}  ({time.perf_counter() - started:.0f} s)", flush=True)
        for name in [n for n in args.ideas.split(",") if n]:
            trial = dataclasses.replace(settings, **IDEAS[name])
            cer = bench.run(trial, items, show=False)
            print(f"  {name:<20} CER {cer:.3f}  ({cer - base:+.3f})", flush=True)
        app.close()


if __name__ == "__main__":
    main()
