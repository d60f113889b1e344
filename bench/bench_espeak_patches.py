"""espeak-ng ideas without a setting: the engine patched for one run, the CER printed.

The ideas that helped became settings (bench/bench_espeak_ideas.py); these did not, and
stay here so their figures can be measured again. Each run is its own process with its own
station: a patched engine keeps its voice label, so a shared render cache would answer with
the unpatched audio.

Run: .venv/bin/python bench/bench_espeak_patches.py PATCH [--set NAME=VALUE …]
     (PATCH: one of PATCHES; --set changes a setting first, e.g. espeak_amplitude=100 for
     the defaults these ideas were first measured from)
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_intelligibility import SEEDS, Bench, texts

import broadcaster.speech.engines.espeak as espeak
from broadcaster.settings import load_settings
from broadcaster.speech.engines.espeak_text import NUMBER_WORDS, Marks, to_ssml
from broadcaster.speech.intelligibility import Recognizer
from broadcaster.station import init_station, open_station


def filter_output(af: str) -> None:
    """espeak-ng's output through an ffmpeg filter before the pipeline joins it."""
    synthesize = espeak.EspeakEngine.synthesize

    def patched(self: espeak.EspeakEngine, text: str, out: Path) -> None:
        synthesize(self, text, out)
        tmp = out.with_name(out.stem + "-f.wav")
        cmd = ["ffmpeg", "-v", "error", "-y", "-i", str(out), "-af", af, str(tmp)]
        subprocess.run(cmd, check=True)
        tmp.replace(out)

    espeak.EspeakEngine.synthesize = patched  # type: ignore[method-assign]


def rewrite(before: Callable[[str], str] = str, after: Callable[[str], str] = str) -> None:
    """The SSML the engine sends: its text rewritten before, the SSML after."""

    def patched(text: str, marks: Marks) -> str:
        return after(to_ssml(before(text), marks))

    espeak.to_ssml = patched


def commas_to_stops(text: str, min_words: int = 16) -> str:
    """Long sentences cut at their commas into sentences."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(
        re.sub(r",\s+", ". ", s) if len(s.split()) >= min_words else s for s in sentences
    )


def emphasis_numbers(ssml: str) -> str:
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    run = rf"\b((?:(?:{words})\s+)*(?:{words}))\b"
    return re.sub(run, r"<emphasis>\1</emphasis>", ssml)


PATCHES: dict[str, Callable[[], None]] = {
    "band-120-7000": lambda: filter_output("highpass=f=120,lowpass=f=7000"),
    "presence-3k": lambda: filter_output("equalizer=f=3000:t=q:w=1:g=4"),
    "commas-to-stops": lambda: rewrite(before=commas_to_stops),
    "emphasis-numbers": lambda: rewrite(after=emphasis_numbers),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("patch", choices=sorted(PATCHES))
    parser.add_argument("--seeds", action="store_true", help="also the seed scripts")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE (an int)")
    args = parser.parse_args()
    changes: dict[str, Any] = {n: int(v) for n, _, v in (s.partition("=") for s in args.set)}
    PATCHES[args.patch]()
    items = texts(SEEDS, bulletins_only=not args.seeds)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp) / "station", env={})
        settings = dataclasses.replace(settings, tts_engines=("espeak-ng",), **changes)
        init_station(settings)
        app = open_station(settings)
        cer = Bench(app, Recognizer(), Path(tmp)).run(settings, items, show=False)
        print(f"{len(items)} texts, espeak-ng defaults + {args.patch}: CER {cer:.3f}")
        app.close()


if __name__ == "__main__":
    main()
