"""Google Translate's online voice through gTTS: the preferred Vietnamese voice.

Needs the network; rate limiting (HTTP 429) and network errors are retried with
backoff, and an unreachable service raises :class:`NoNetworkError` quickly.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from broadcaster.errors import NoNetworkError, TTSError
from broadcaster.settings import Settings

log = logging.getLogger(__name__)
HOST = "translate.google.com"
OFFLINE = (
    "Không có kết nối mạng nên không dùng được giọng đọc gTTS (Google). Hệ thống sẽ dùng "
    "bộ đọc ngoại tuyến; kiểm tra dây mạng hoặc Wi-Fi nếu muốn dùng giọng Google."
)


def can_reach(host: str = HOST, port: int = 443, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


class GTTSEngine:
    name: ClassVar[str] = "gtts"
    max_chars: ClassVar[int] = 500
    suffix: ClassVar[str] = "mp3"
    retries: ClassVar[int] = 4

    def __init__(
        self,
        settings: Settings,
        *,
        reachable: Callable[[], bool] = can_reach,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        try:
            import gtts  # noqa: F401
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise TTSError("Thiếu thư viện gtts. Hãy chạy lại «make run».") from exc
        if not reachable():
            raise NoNetworkError(OFFLINE)
        self.lang = settings.tts_language
        self.tld = "com"
        self.sleep = sleep

    @staticmethod
    def voice_for(settings: Settings) -> str:
        return f"google-{settings.tts_language}"

    @property
    def voice(self) -> str:
        return f"google-{self.lang}"

    def synthesize(self, text: str, out: Path) -> None:
        from gtts import gTTS, gTTSError

        delay = 1.0
        for attempt in range(1, self.retries + 1):
            try:
                gTTS(text, lang=self.lang, tld=self.tld).save(str(out))
                return
            except gTTSError as exc:
                status = getattr(getattr(exc, "rsp", None), "status_code", None)
                transient = status == 429 or status is None or status >= 500
                if not transient or attempt == self.retries:
                    if status is None:
                        raise NoNetworkError(OFFLINE) from exc
                    raise TTSError(f"Dịch vụ gTTS từ chối (mã {status}): {exc}") from exc
                log.warning("gTTS attempt %d failed (%s), retrying in %.0fs", attempt, exc, delay)
                self.sleep(delay)
                delay *= 2
