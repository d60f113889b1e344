"""Console sessions: an unguessable cookie, a CSRF token, kept in the database once signed in.

A signed-in session is a row of ``web_session`` (``broadcaster.signin``): a console restart
signs nobody out, and a password change or a disabled account ends it at once, even when
done from the command line. A visitor who has not signed in yet only has a session in this
process's memory (no database write for every sign-in page shown). Notices shown once
(flashes, a one-time password) stay in memory: a restart loses only those.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from broadcaster.signin import create_session, drop_session, load_session
from broadcaster.station import App

COOKIE = "dai_phien"
# A cookie value longer than this is not ours (tokens are 43 characters).
MAX_TOKEN = 100
# Sessions held in memory at most (visitors and notices); beyond, the oldest visitors go.
MAX_IN_MEMORY = 20_000


@dataclass
class WebSession:
    token: str
    csrf: str
    expires: datetime
    user_id: int | None = None
    flashes: list[tuple[str, str]] = field(default_factory=list)
    shown_password: str = ""


class SessionStore:
    def __init__(self, app: App, lifetime_seconds: float) -> None:
        self.app = app
        self.lifetime = timedelta(seconds=lifetime_seconds)
        self._live: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def get(self, token: str | None) -> WebSession | None:
        """The session for a cookie; a signed-in one is checked against the database."""
        if not token or len(token) > MAX_TOKEN or not token.isascii():
            return None
        now = self.app.now()
        with self._lock:
            found = self._live.get(token)
        if found is not None and found.user_id is None:
            if found.expires < now:
                self._forget(token)
                return None
            found.expires = now + self.lifetime
            return found
        stored = load_session(self.app, token, self.lifetime)
        if stored is None:
            self._forget(token)
            return None
        with self._lock:
            found = self._live.get(token)
            if found is None or found.user_id != stored.user_id:
                found = WebSession(token, stored.csrf, stored.expires_at, stored.user_id)
                self._live[token] = found
            found.expires = stored.expires_at
        return found

    def new(self, user_id: int | None = None) -> WebSession:
        """A fresh session: in memory for a visitor, in the database once signed in."""
        now = self.app.now()
        if user_id is None:
            created = WebSession(
                token=secrets.token_urlsafe(32),
                csrf=secrets.token_urlsafe(24),
                expires=now + self.lifetime,
            )
        else:
            stored = create_session(self.app, user_id, self.lifetime)
            created = WebSession(stored.token, stored.csrf, stored.expires_at, user_id)
        with self._lock:
            for key in [k for k, s in self._live.items() if s.expires < now]:
                del self._live[key]
            if len(self._live) >= MAX_IN_MEMORY:  # a flood of cookie-less requests
                visitors = [k for k, s in self._live.items() if s.user_id is None]
                for key in visitors[: len(visitors) // 2]:  # the oldest half
                    del self._live[key]
            self._live[created.token] = created
        return created

    def drop(self, session: WebSession) -> None:
        if session.user_id is not None:
            drop_session(self.app, session.token)
        self._forget(session.token)

    def _forget(self, token: str) -> None:
        with self._lock:
            self._live.pop(token, None)


def csrf_ok(session: WebSession | None, sent: str | None) -> bool:
    if not session or not sent:
        return False
    return secrets.compare_digest(session.csrf.encode(), sent.encode("utf-8", "replace"))
