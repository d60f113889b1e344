"""Speech engines behind one interface, found by name in a registry.

Each engine checks at construction that it can really work and raises a Vietnamese
:class:`~broadcaster.errors.TTSError` when it cannot; ``engine_order`` turns the settings
into the engines to try, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from broadcaster.errors import TTSError
from broadcaster.settings import Settings
from broadcaster.speech.engines.base import Engine
from broadcaster.speech.engines.espeak import EspeakEngine
from broadcaster.speech.engines.gtts_engine import GTTSEngine
from broadcaster.speech.engines.piper_engine import PiperEngine

REGISTRY: dict[str, Callable[[Settings], Engine]] = {
    GTTSEngine.name: GTTSEngine,
    PiperEngine.name: PiperEngine,
    EspeakEngine.name: EspeakEngine,
}


def build_engine(name: str, settings: Settings) -> Engine:
    factory = REGISTRY.get(name)
    if factory is None:
        raise TTSError(
            f"Không có bộ đọc «{name}». Các bộ đọc có: {', '.join(REGISTRY)}. Hãy sửa mục "
            "[tts] engines trong broadcaster.toml."
        )
    return factory(settings)


def voice_of(name: str, settings: Settings) -> str | None:
    """The voice an engine would use, without building it (for cache look-ups)."""
    factory = REGISTRY.get(name)
    return getattr(factory, "voice_for")(settings) if factory else None  # noqa: B009


@dataclass(frozen=True)
class EngineStatus:
    name: str
    usable: bool
    reason: str
    voice: str | None


def engine_status(settings: Settings) -> list[EngineStatus]:
    """Every known engine, whether it can work right now, and why not."""
    rows = []
    for name in REGISTRY:
        try:
            engine = build_engine(name, settings)
            rows.append(EngineStatus(name, True, "", engine.voice))
        except TTSError as exc:
            rows.append(EngineStatus(name, False, str(exc), voice_of(name, settings)))
    return rows


def engine_names(settings: Settings) -> list[str]:
    """The configured order, without piper when no voice file is set."""
    return [n for n in settings.tts_engines if n != PiperEngine.name or settings.piper_voice]


def is_fallback(engine: str | None, category: str, settings: Settings) -> bool:
    """Audio from an engine that is not the station's first choice for this category.

    It was made because a better engine could not work at the time (gTTS with no
    network); the daemon renders it again as soon as a better engine works.
    """
    names = engine_names(settings.for_category(category))
    return engine in names and names.index(engine) > 0


def better_engines(engine: str | None, category: str, settings: Settings) -> list[str]:
    names = engine_names(settings.for_category(category))
    return names[: names.index(engine)] if engine in names else []
