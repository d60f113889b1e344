"""How well a listener (a speech recognizer standing in for one) understands our audio.

``character_error_rate`` compares a transcript with the text that was meant, both
compared as plain words (lowercase, NFC, no punctuation). ``Recognizer`` wraps the
offline Vietnamese recognizer of ``viet-asr`` (installed with the ``test`` extra only:
it measures, it never runs on air).
"""

from __future__ import annotations

import re
import unicodedata
import wave
from pathlib import Path
from typing import Any

import numpy as np

ASR_RATE = 16000  # the recognizer's models are trained on 16 kHz mono
_NOT_WORD = re.compile(r"[^\w\s]|_", re.UNICODE)


def plain_words(text: str) -> str:
    """Lowercase, NFC, punctuation dropped, one space between words."""
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings, one numpy row at a time."""
    if not a or not b:
        return max(len(a), len(b))
    target = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    cols = np.arange(len(b) + 1)
    row = cols.copy()
    codes = np.frombuffer(a.encode("utf-32-le"), dtype=np.uint32)
    for i, code in enumerate(codes, start=1):
        cost = (target != code).astype(np.int64)
        best = np.minimum(row[1:] + 1, row[:-1] + cost)  # deletion, substitution
        new = np.concatenate(([i], best))
        # insertions: new[j] = min_k<=j new[k] + (j - k), a running minimum
        row = np.minimum.accumulate(new - cols) + cols
    return int(row[-1])


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edits to turn the transcript into the reference, per reference character."""
    ref, hyp = plain_words(reference), plain_words(hypothesis)
    return edit_distance(ref, hyp) / max(1, len(ref))


def write_asr_wav(samples: np.ndarray, out: Path) -> Path:
    """Float samples at 16 kHz written as the 16-bit mono WAV the recognizer reads."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(ASR_RATE)
        wav.writeframes(pcm.tobytes())
    return out


def speech_pieces(samples: np.ndarray, max_seconds: float = 8.0) -> list[np.ndarray]:
    """The audio cut at its pauses into pieces of at most ``max_seconds``.

    The recognizer is made for utterances: a long file is slower and worse than its
    sentences one by one. Cuts fall in the quietest 20 ms frame of each stretch.
    """
    frame = ASR_RATE // 50
    limit = int(max_seconds * ASR_RATE)
    if len(samples) <= limit:
        return [samples]
    frames = len(samples) // frame
    energy = np.sqrt(np.mean(samples[: frames * frame].reshape(frames, frame) ** 2, axis=1))
    pieces = []
    start = 0
    while len(samples) - start > limit:
        first, last = (start + limit // 3) // frame, (start + limit) // frame
        cut = (first + int(np.argmin(energy[first:last]))) * frame + frame // 2
        pieces.append(samples[start:cut])
        start = cut
    pieces.append(samples[start:])
    return pieces


class Recognizer:
    """viet-asr's offline ``transcribe`` preset (its model ships inside the wheel)."""

    def __init__(self) -> None:
        from vietasr import Pipeline

        self.pipeline: Any = Pipeline.preset("transcribe")

    def transcribe(self, audio: Path, work: Path) -> str:
        """Any audio file → 16 kHz mono WAV → the recognized text."""
        from broadcaster.speech.loudness import decode_mono

        words = []
        for piece in speech_pieces(decode_mono(audio, ASR_RATE)):
            wav = write_asr_wav(piece, work / f"{audio.stem}-16k.wav")
            words.append(str(self.pipeline.transcribe(str(wav)).text))
        return " ".join(words)
