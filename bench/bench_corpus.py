"""The real-bulletin corpus score: passages read fully right, working part and held-out part.

The held-out quarter (chosen by a hash of each passage's text, see tests/bulletin_corpus.py)
is the figure for the README; the rules are never changed while looking at its failures.
Prints the two scores, each also split by batch (corpus file), the working part's score per
genre (a genre's count never points at a held-out miss), and with ``--show-working`` the
working-part failures (never the held-out ones). ``--working`` reads the working part only
(while changing rules: the held-out part is not even run). For each part it also counts the
misread spans the doubt report («Máy sẽ đọc là», ``text check``) shows before air.

Run: .venv/bin/python bench/bench_corpus.py [--show-working] [--working]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from bulletin_corpus import load_corpus, misses  # noqa: E402

from broadcaster.speech.textnorm.doubts import Doubt  # noqa: E402
from broadcaster.speech.textnorm.normalize import check_lines, make_checker  # noqa: E402


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def flagged(written: str, doubts: tuple[Doubt, ...]) -> bool:
    """Whether a misread span was shown to the operator: a doubt shares a word with it."""
    return any(_words(written) & _words(d.span) for d in doubts)


def main() -> None:
    check = make_checker()
    corpus = load_corpus()
    right: Counter[object] = Counter()
    total: Counter[object] = Counter()
    genre_right: Counter[str] = Counter()
    genre_total: Counter[str] = Counter()
    if "--working" in sys.argv:
        corpus = [p for p in corpus if not p.held_out]
    for passage in corpus:
        part = "held-out" if passage.held_out else "working"
        batch = passage.id.split("-")[0]
        result = check_lines(check, passage.text)  # line by line, as a segment is read
        spoken = result.text
        missed = misses(passage, spoken)
        total[part, "missed spans"] += len(missed)
        right[part, "missed spans"] += sum(flagged(s.written, result.doubts) for s in missed)
        total[part] += 1
        total[part, batch] += 1
        if part == "working":  # per genre the working part only: nothing points at held-out misses
            genre_total[passage.genre] += 1
            genre_right[passage.genre] += not missed
        if not missed:
            right[part] += 1
            right[part, batch] += 1
        elif part == "working" and "--show-working" in sys.argv:
            print(f"{passage.id}: {', '.join(s.written for s in missed)}\n  {spoken}")
    print(f"corpus: {len(corpus)} passages, {len({p.genre for p in corpus})} genres")
    for part in ("working", "held-out"):
        share = right[part] / total[part] if total[part] else 0.0
        print(f"{part:>9}: {right[part]}/{total[part]} passages fully right ({share:.1%})")
        for batch in sorted({p.id.split("-")[0] for p in corpus}):
            print(f"{'':>11}{batch}: {right[part, batch]}/{total[part, batch]}")
        shown, spans = right[part, "missed spans"], total[part, "missed spans"]
        print(f"{'':>11}misread spans shown as doubts before air: {shown}/{spans}")
    print("per genre (working part):")
    for genre in sorted(genre_total):
        print(f"  {genre}: {genre_right[genre]}/{genre_total[genre]}")


if __name__ == "__main__":
    main()
