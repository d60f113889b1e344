"""The console's memory that must outlive a restart: signed-in sessions and the sign-in throttle.

Both live in the database (migration 0015), so restarting ``broadcaster web`` neither signs
everyone out nor forgets who was guessing passwords.

*The throttle* counts an attempt **before** the password is checked, in one short
transaction per attempt: each key's counter is raised with a single ``UPDATE … RETURNING``
(rows locked in a fixed order), and the attempt is let through only if the counts before
it allow it — otherwise the transaction is rolled back and nothing is counted. Parallel
guesses therefore cannot all slip past one reading of the counter. Keys are the user name
and the address. The name's count applies only to an address that has failures of its
own, so guesses from one address never lock a name out for everyone: the owner, signing
in from a clean address, still gets in. After ``FREE_TRIES`` failures a key waits 2, 4,
8 … seconds (at most ``MAX_WAIT``) after its last try.

*Sessions*: the cookie holds a random token; the database keeps only its SHA-256, the CSRF
token, the user and the expiry (sliding, written at most every ``TOUCH_SECONDS``).
Changing, resetting a password or disabling a user ends that user's other sessions.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select, update
from sqlalchemy.orm import Session

from broadcaster.errors import AuthError
from broadcaster.models import SignInAttempt, WebSessionRow
from broadcaster.station import App

FREE_TRIES = 3
MAX_WAIT = 300.0
TOUCH_SECONDS = 300.0
KEY_CHARS = 100


def wait_after(failures: int, free: int = FREE_TRIES, cap: float = MAX_WAIT) -> float:
    """Seconds a key must wait after its last try, having ``failures`` failures (pure)."""
    if failures < free:
        return 0.0
    return min(cap, 2.0 ** (failures - free + 1))


def throttle_keys(name: str, address: str) -> tuple[str, str]:
    """The keys an attempt counts against: (user name, address), bounded in length."""
    return f"u:{name[:KEY_CHARS]}", f"a:{address[:KEY_CHARS]}"


class Throttled(AuthError):
    """Too many failed sign-ins: the person must wait ``wait`` seconds."""

    def __init__(self, wait: float) -> None:
        super().__init__(
            f"Đăng nhập sai nhiều lần. Hãy chờ {int(wait) + 1} giây rồi thử lại "
            "(hoặc nhờ người quản trị đặt lại mật khẩu)."
        )
        self.wait = wait


def _insert_missing(session: Session, key: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(
            pg_insert(SignInAttempt)
            .values(key=key, failures=0)
            .on_conflict_do_nothing(index_elements=["key"])
        )
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(
            sqlite_insert(SignInAttempt)
            .values(key=key, failures=0)
            .on_conflict_do_nothing(index_elements=["key"])
        )


def _count(session: Session, key: str, now: datetime) -> tuple[int, datetime | None]:
    """Raise the key's counter atomically; return its failures and last try *before* it."""
    row = session.execute(
        update(SignInAttempt)
        .where(SignInAttempt.key == key)
        .values(
            failures=SignInAttempt.failures + 1,
            prev_at=SignInAttempt.last_at,
            last_at=now,
        )
        .returning(SignInAttempt.failures, SignInAttempt.prev_at)
        .execution_options(synchronize_session=False)
    ).one()
    return int(row[0]) - 1, row[1]


class _Refuse(Exception):
    def __init__(self, wait: float) -> None:
        self.wait = wait


def begin_attempt(app: App, name: str, address: str) -> None:
    """Count a sign-in attempt before its password is checked, or raise :class:`Throttled`
    (nothing counted) when it must wait."""
    name_key, address_key = throttle_keys(name, address)
    now = app.now()
    try:
        with app.db.transaction() as session:
            before: dict[str, tuple[int, datetime | None]] = {}
            for key in sorted((name_key, address_key)):  # one lock order: no deadlock
                _insert_missing(session, key)
                before[key] = _count(session, key, now)
            address_fails = before[address_key][0]
            judged = [address_key, name_key] if address_fails > 0 else [address_key]
            wait = 0.0
            for key in judged:
                failures, last = before[key]
                if last is not None:
                    wait = max(wait, (last - now).total_seconds() + wait_after(failures))
            if wait > 0:
                raise _Refuse(wait)
    except _Refuse as refused:
        raise Throttled(refused.wait) from None


def attempt_succeeded(app: App, name: str, address: str) -> None:
    """The password was right: forget the name's failures and do not count this try
    against the address."""
    name_key, address_key = throttle_keys(name, address)
    with app.db.transaction() as session:
        session.execute(delete(SignInAttempt).where(SignInAttempt.key == name_key))
        session.execute(
            update(SignInAttempt)
            .where(SignInAttempt.key == address_key)
            .values(
                failures=case((SignInAttempt.failures > 0, SignInAttempt.failures - 1), else_=0)
            )
            .execution_options(synchronize_session=False)
        )


def forget_name(session: Session, name: str) -> None:
    """A new password was set for ``name``: its failures no longer count (caller's
    transaction)."""
    session.execute(delete(SignInAttempt).where(SignInAttempt.key == throttle_keys(name, "")[0]))


# --- sessions -------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class StoredSession:
    token: str
    csrf: str
    user_id: int | None
    expires_at: datetime


def create_session(app: App, user_id: int, lifetime: timedelta) -> StoredSession:
    """A new signed-in session (expired ones are cleared on the way)."""
    now = app.now()
    created = StoredSession(
        token=secrets.token_urlsafe(32),
        csrf=secrets.token_urlsafe(24),
        user_id=user_id,
        expires_at=now + lifetime,
    )
    with app.db.transaction() as session:
        session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now))
        session.add(
            WebSessionRow(
                token_hash=token_hash(created.token),
                csrf=created.csrf,
                user_id=user_id,
                created_at=now,
                expires_at=created.expires_at,
            )
        )
    return created


def load_session(app: App, token: str, lifetime: timedelta) -> StoredSession | None:
    """The live session for a cookie's token (its expiry slides forward), or None."""
    now = app.now()
    key = token_hash(token)
    with app.db.transaction() as session:
        row = session.get(WebSessionRow, key)
        if row is None:
            return None
        if row.expires_at <= now:
            session.delete(row)
            return None
        if (now + lifetime - row.expires_at).total_seconds() > TOUCH_SECONDS:
            row.expires_at = now + lifetime
        return StoredSession(token, row.csrf, row.user_id, row.expires_at)


def drop_session(app: App, token: str) -> None:
    with app.db.transaction() as session:
        session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash(token)))


def end_sessions(session: Session, user_id: int, keep_token: str | None = None) -> int:
    """End every session of a user (but ``keep_token``'s) inside the caller's transaction."""
    query = delete(WebSessionRow).where(WebSessionRow.user_id == user_id)
    if keep_token:
        query = query.where(WebSessionRow.token_hash != token_hash(keep_token))
    result = session.execute(query.execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def count_sessions(app: App, user_id: int) -> int:
    with app.db.transaction() as session:
        return len(
            list(
                session.scalars(
                    select(WebSessionRow.token_hash).where(WebSessionRow.user_id == user_id)
                )
            )
        )
