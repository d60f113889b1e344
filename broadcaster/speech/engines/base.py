"""The engine interface: synthesize one chunk of normalized text into an audio file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Protocol


class Engine(Protocol):
    name: ClassVar[str]
    # Longest chunk of text the engine takes in one call.
    max_chars: ClassVar[int]
    # What the engine writes: "wav" or "mp3".
    suffix: ClassVar[str]

    @property
    def voice(self) -> str: ...

    def synthesize(self, text: str, out: Path) -> None:
        """Write speech for ``text`` to ``out``; raise ``TTSError`` on failure."""
        ...
