"""espeak-ng ideas in its data (third round): a voice variant file, the Vietnamese tones.

Builds the station's espeak-ng data folder from espeak-ng's sources as «make espeak-vi-extra»
does (today's defaults), then changes it for one idea: a variant file written into
``espeak-ng-data/voices/!v/`` (f2's own file with some lines changed, read by espeak-ng as
«vi+NAME», nothing compiled) and/or the phoneme data compiled again from ``phsource`` with
the Vietnamese tones (``ph_vietnam``, phonemes 1-7) changed. Then renders the bulletins
through the whole pipeline and prints the CER. Each run is its own process with its own
station: the render cache's label does not see a changed phoneme table.

espeak-ng 1.51's ``phsource`` compiles to phoneme data byte-identical to Debian's, so an
idea changes only what it edits.

Run: .venv/bin/python bench/bench_espeak_data.py IDEA[+IDEA…] --espeak-source DIR [--seeds]
     [--set NAME=VALUE …] [--horn]  (DIR: espeak-ng's sources holding dictsource/vi_* and
     phsource; «none» as IDEA: the baseline; --horn: espeak-ng's output band-passed to
     300-5000 Hz, about what a horn loudspeaker gives, before the pipeline;
     --system-dictionary: the folder as a station without espeak-ng's sources builds it)
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_espeak_patches import filter_output
from bench_intelligibility import SEEDS, Bench, texts

from broadcaster.settings import load_settings
from broadcaster.speech.engines.espeak_dict import build_data_dir, espeak_binary
from broadcaster.speech.intelligibility import Recognizer
from broadcaster.station import init_station, open_station


@dataclasses.dataclass(frozen=True)
class Idea:
    # f2's lines replaced (key: the line's first word, "formant N" for a formant; None drops)
    variant: dict[str, str | None] | None = None
    # Vietnamese tone phonemes changed: number -> (Tone(...) line, length % or None)
    tones: dict[str, tuple[str, int | None]] = dataclasses.field(default_factory=dict)
    # phsource/envelope files replaced: name -> content
    envelopes: dict[str, str] = dataclasses.field(default_factory=dict)
    settings: dict[str, Any] = dataclasses.field(default_factory=dict)
    shipped_config: bool = False  # the data folder with broadcaster/data/espeak_config


IDEAS: dict[str, Idea] = {
    "none": Idea(),  # the baseline
    # What the station ships: the kept curve as espeak-ng-data/config (under vi+f2 itself).
    "station-config": Idea(shipped_config=True),
    # Other variants under it (close to f2 in the first round).
    "station-config-f3": Idea(shipped_config=True, settings={"espeak_voice": "vi+f3"}),
    "station-config-f5": Idea(shipped_config=True, settings={"espeak_voice": "vi+f5"}),
    "f2-file": Idea(variant={}),  # f2's file copied unchanged: must give today's figure
    # The Klatt synthesizer with f2's pitch, formants and breath.
    "f2-klatt": Idea(variant={"klatt": "klatt 1"}),
    # No echo: f2 adds a 140 ms echo at 10 %, which smears the next sound (a loudspeaker
    # in the open adds its own).
    "f2-no-echo": Idea(variant={"echo": "echo 0 0"}),
    # A steady voice: no creak (roughness 0), no breath noise, no pitch wobble (default flutter 2).
    "f2-steady": Idea(variant={"roughness": "roughness 0", "breath": None, "flutter": "flutter 0"}),
    # F2 and F3 (what tells vowels apart) at full strength and narrower, not at 70 %.
    "f2-strong-f2f3": Idea(
        variant={"formant 2": "formant 2 110 100 110", "formant 3": "formant 3 110 100 110"}
    ),
    # Consonant noise louder still (f2: 125 125).
    "f2-consonants-160": Idea(variant={"consonants": "consonants 160 160"}),
    # Stressed and clause-final syllables longer (f2 adds 10 and 40 ms-units: 240, 280);
    # function words and the speed stay as they are.
    "f2-long-syllables": Idea(variant={"stressAdd": "stressAdd 0 0 -10 -10 0 0 40 60"}),
    # The Vietnamese voice's own spectrum (its «tone» line; a variant resets it).
    "f2-vi-spectrum": Idea(variant={"tone": "tone 100 225 800 100 2000 50 5400 75 8000 200"}),
    # Tones (espeak-ng's: ngang 27-25, huyền 20-8, sắc 20-50, hỏi 10-31 dip-rise,
    # ngã 34-60 broken, nặng 34-10, ngang at a clause end 30-28; 0-100 of the pitch range).
    # Rising tones ending higher: sắc 20-75, ngã 34-85.
    "tones-high-rise": Idea(
        tones={
            "3": ("Tone(20, 75, envelope/p_rise, NULL)", None),
            "5": ("Tone(34, 85, envelope/p_214, envelope/vi_5amp)", None),
        }
    ),
    # nặng short and low: 75 % of the vowel, falling to 0.
    "tones-nang-short": Idea(tones={"6": ("Tone(34, 0, envelope/p_512, envelope/vi_6amp)", 75)}),
    # hỏi and ngã longer (the contour tones need time to be heard): 115 %.
    "tones-contour-long": Idea(
        tones={
            "4": ("Tone(10, 31, envelope/p_fallrise, NULL)", 115),
            "5": ("Tone(34, 60, envelope/p_214, envelope/vi_5amp)", 115),
        }
    ),
    # ngang a mid-high level, further from huyền's low fall: 38-36 (clause end 40-32).
    "tones-level-higher": Idea(
        tones={
            "1": ("Tone(38, 36, envelope/p_level, NULL)", None),
            "7": ("Tone(40, 32, envelope/p_fall, NULL)", None),
        }
    ),
    # Which part of the Vietnamese voice's spectrum helps: its lift toward 8 kHz alone (on
    # espeak-ng's default curve), or its cut of 0.8-5 kHz alone.
    "f2-lift-8k": Idea(variant={"tone": "tone 600 170 1200 135 2000 110 5400 110 8000 200"}),
    "f2-cut-2k": Idea(variant={"tone": "tone 100 225 800 100 2000 50"}),
    # The cut (what helped) milder and stronger.
    "f2-cut-2k-milder": Idea(variant={"tone": "tone 100 200 800 120 2000 80"}),
    "f2-cut-2k-stronger": Idea(variant={"tone": "tone 100 225 800 85 2000 35"}),
    "f2-cut-2k-70-20": Idea(variant={"tone": "tone 100 225 800 70 2000 20"}),
    "f2-cut-2k-55-10": Idea(variant={"tone": "tone 100 225 800 55 2000 10"}),
    "f2-cut-2k-40-5": Idea(variant={"tone": "tone 100 225 800 40 2000 5"}),
    # The kept curve's corners moved up (more of F2 kept) and down.
    "f2-cut-up": Idea(variant={"tone": "tone 300 225 1000 55 2500 10"}),
    "f2-cut-down": Idea(variant={"tone": "tone 100 225 600 55 1500 10"}),
    "f2-cut-further-up": Idea(variant={"tone": "tone 500 225 1300 55 3000 10"}),
    "f2-cut-up-700": Idea(variant={"tone": "tone 700 225 1600 55 3500 10"}),
    # Voiced sounds weaker as a whole (espeak-ng's «voicing», 100 = its own): consonants
    # stand out more; with "station-config" the variant has no tone line, the config applies.
    "f2-voicing-80": Idea(variant={"voicing": "voicing 80"}),
    # Function words espeak-ng reads unstressed as loud as the others (Vietnamese: amplitude
    # 16 for them, 22 for stressed syllables); their length stays.
    "f2-equal-amps": Idea(variant={"stressAmp": "stressAmp 22 22 22 22 22 22 22 22"}),
    # More of what helped against none: f2's echo at 20 %, f2's breath noise doubled.
    "f2-echo-20": Idea(variant={"echo": "echo 140 20"}),
    "f2-breathy": Idea(variant={"breath": "breath 0 4 6 6 6 6 6 4"}),
    # espeak-ng's «clarity» 5: squarer formant peaks.
    "f2-clarity-5": Idea(variant={"clarity": "clarity 5"}),
    # ngã with a clear glottal break: its amplitude dips to 10 %, not 60 %, mid-vowel.
    "tones-nga-break": Idea(
        tones={"5": ("Tone(34, 60, envelope/p_214, envelope/vi_5amp)", None)},
        envelopes={"vi_5amp": "ENVELOPE\n0\t60  1\n35\t60\n42\t10\n50\t10\n60\t60  1\n100\t55\n"},
    ),
}


def variant_text(base: str, changes: dict[str, str | None]) -> str:
    """``base`` (a variant file) with the lines keyed in ``changes`` replaced or added."""
    lines, seen = [], set()
    for line in base.splitlines():
        words = line.split()
        key = " ".join(words[:2]) if words[:1] == ["formant"] else (words[0] if words else "")
        if key in changes:
            seen.add(key)
            if changes[key] is not None:
                lines.append(str(changes[key]))
        else:
            lines.append(line)
    lines += [str(v) for k, v in changes.items() if k not in seen and v is not None]
    return "\n".join(lines) + "\n"


def tones_text(source: str, tones: dict[str, tuple[str, int | None]]) -> str:
    """ph_vietnam with the named tone phonemes' Tone line (and length) replaced."""
    for number, (tone, length) in tones.items():
        block = re.compile(rf"(phoneme {number}\b[^\n]*\n)(.*?)(endphoneme)", re.S)
        found = block.search(source)
        assert found, number
        body = re.sub(r"^\s*Tone\(.*$", f"  {tone}", found[2], count=1, flags=re.M)
        if length is not None:
            body = f"  length {length}\n{body}"
        source = source[: found.start(2)] + body + source[found.end(2) :]
    return source


def compile_phonemes(phsource: Path, data_parent: Path) -> None:
    proc = subprocess.run(
        [espeak_binary(), f"--path={data_parent}", f"--compile-phonemes={phsource}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if proc.returncode != 0 or "Compiled phonemes: 0 errors" not in proc.stdout:
        raise SystemExit(f"phoneme compile failed: {proc.stdout}{proc.stderr}")


def apply(idea: Idea, name: str, source: Path, data_parent: Path) -> dict[str, Any]:
    """Change the data folder for ``idea``; returns the settings it needs."""
    data = data_parent / "espeak-ng-data"
    changes = dict(idea.settings)
    if idea.variant is not None:
        f2 = (data / "voices" / "!v" / "f2").read_text(encoding="utf-8")
        (data / "voices" / "!v" / name).write_text(variant_text(f2, idea.variant))
        changes["espeak_voice"] = f"vi+{name}"
    if idea.tones or idea.envelopes:
        with tempfile.TemporaryDirectory() as tmp:
            phsource = Path(tmp) / "phsource"
            shutil.copytree(source / "phsource", phsource)
            ph = phsource / "ph_vietnam"
            ph.write_text(tones_text(ph.read_text(encoding="utf-8"), idea.tones))
            for envelope, content in idea.envelopes.items():
                (phsource / "envelope" / envelope).write_text(content)
            compile_phonemes(phsource, data_parent)
    return changes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ideas", help="IDEA[+IDEA…]: applied together")
    parser.add_argument("--espeak-source", type=Path, required=True)
    parser.add_argument("--seeds", action="store_true", help="also the seed scripts")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE (an int)")
    parser.add_argument("--horn", action="store_true", help="heard through a horn: 300-5000 Hz")
    parser.add_argument(
        "--system-dictionary",
        action="store_true",
        help="the folder without the station's dictionary",
    )
    args = parser.parse_args()
    if args.horn:  # a commune horn loudspeaker gives little below 300 Hz or above 5 kHz
        filter_output("highpass=f=300,lowpass=f=5000")
    changes: dict[str, Any] = {n: int(v) for n, _, v in (s.partition("=") for s in args.set)}
    names = args.ideas.split("+")
    items = texts(SEEDS, bulletins_only=not args.seeds)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp) / "station", env={})
        settings = dataclasses.replace(
            settings, tts_engines=("espeak-ng",), espeak_data_dir="espeak-ng", **changes
        )
        init_station(settings)
        # the data folder as the second round left it (no config): the ideas' baseline
        shipped = any(IDEAS[n].shipped_config for n in names)
        data_parent = build_data_dir(
            None if args.system_dictionary else args.espeak_source,
            settings.home / "espeak-ng",
            config=None if shipped else "",
        )
        variant = [n for n in names if IDEAS[n].variant is not None]
        merged = Idea(
            variant={k: v for n in variant for k, v in (IDEAS[n].variant or {}).items()}
            if variant
            else None,
            tones={k: v for n in names for k, v in IDEAS[n].tones.items()},
            envelopes={k: v for n in names for k, v in IDEAS[n].envelopes.items()},
            settings={k: v for n in names for k, v in IDEAS[n].settings.items()},
        )
        label = "bc" + "".join(str(len(n)) for n in names)  # a variant file's name
        settings = dataclasses.replace(
            settings, **apply(merged, label, args.espeak_source, data_parent)
        )
        app = open_station(settings)
        bench = Bench(app, Recognizer(), Path(tmp))
        parts: dict[str, list[float]] = {}  # part -> [CER x characters, characters]
        for name, text in items:
            cer, chars = bench.cer(settings, name, text)
            for part in ("all", "bulletins" if name.startswith("bulletin") else "seeds"):
                parts.setdefault(part, [0.0, 0.0])
                parts[part][0] += cer * chars
                parts[part][1] += chars
        horn = "".join(f" {change}" for change in args.set) + (" (horn)" if args.horn else "")
        horn += " (system dictionary)" if args.system_dictionary else ""
        cer = parts["all"][0] / parts["all"][1]
        print(f"{len(items)} texts, espeak-ng defaults + {args.ideas}{horn}: CER {cer:.3f}")
        if args.seeds:
            for part in ("seeds", "bulletins"):
                print(f"  {part}: CER {parts[part][0] / parts[part][1]:.3f}")
        app.close()


if __name__ == "__main__":
    main()
