"""Server-side sessions kept in the console's memory: an unguessable cookie, a CSRF token.

A restart of the console signs everyone out, which is acceptable for a station PC.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

COOKIE = "dai_phien"


@dataclass
class WebSession:
    token: str
    csrf: str
    expires: float
    user_id: int | None = None
    flashes: list[tuple[str, str]] = field(default_factory=list)
    shown_password: str = ""


class SessionStore:
    def __init__(self, lifetime_seconds: float) -> None:
        self.lifetime = lifetime_seconds
        self._sessions: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def get(self, token: str | None, now: float) -> WebSession | None:
        if not token:
            return None
        with self._lock:
            found = self._sessions.get(token)
            if found is None:
                return None
            if found.expires < now:
                del self._sessions[token]
                return None
            found.expires = now + self.lifetime
            return found

    def new(self, now: float, user_id: int | None = None) -> WebSession:
        created = WebSession(
            token=secrets.token_urlsafe(32),
            csrf=secrets.token_urlsafe(24),
            expires=now + self.lifetime,
            user_id=user_id,
        )
        with self._lock:
            for key in [k for k, s in self._sessions.items() if s.expires < now]:
                del self._sessions[key]
            self._sessions[created.token] = created
        return created

    def drop(self, token: str) -> None:
        with self._lock:
            self._sessions.pop(token, None)

    def drop_user(self, user_id: int) -> None:
        with self._lock:
            for key in [k for k, s in self._sessions.items() if s.user_id == user_id]:
                del self._sessions[key]


def csrf_ok(session: WebSession | None, sent: str | None) -> bool:
    return bool(session and sent and secrets.compare_digest(session.csrf, sent))
