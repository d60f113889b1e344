"""People who use the console: roles, what each role may do, passwords, sign-in throttling.

``may`` is the one place that decides who may do what; the console asks it for every
action on the server. Passwords are hashed with Argon2id (argon2-cffi).
"""

from __future__ import annotations

import re
import secrets
import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from broadcaster.audit import record_change
from broadcaster.errors import AuthError, ConflictError, InputError, NotFoundError
from broadcaster.models import User
from broadcaster.signin import end_sessions, forget_name
from broadcaster.station import App

ROLES = ("bien-tap", "duyet", "quan-tri")
ROLE_LABELS = {"bien-tap": "biên tập", "duyet": "duyệt (lãnh đạo)", "quan-tri": "quản trị"}
# The least role that may do each action; roles are ordered, each includes the ones before.
ACTIONS: dict[str, str] = {
    "view": "bien-tap",
    "segment.edit": "bien-tap",
    "segment.render": "bien-tap",
    "booking.edit": "bien-tap",
    "slot.edit": "bien-tap",
    "report.make": "bien-tap",
    "segment.approve": "duyet",
    "segment.retire": "duyet",
    "play.now": "duyet",
    "user.manage": "quan-tri",
    "station.manage": "quan-tri",
}
MIN_PASSWORD = 8
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def may(role: str, action: str) -> bool:
    """Whether a user with ``role`` may do ``action`` (unknown role or action: no)."""
    need = ACTIONS.get(action)
    if need is None or role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(need)


def check_role(role: str) -> str:
    value = role.strip().lower()
    if value not in ROLES:
        raise InputError(
            f"Vai trò «{role}» không có. Hãy chọn: bien-tap (biên tập), duyet (duyệt, lãnh đạo) "
            "hoặc quan-tri (quản trị)."
        )
    return value


def check_name(name: str) -> str:
    value = name.strip().lower()
    if not _NAME.match(value):
        raise InputError(
            f"Tên đăng nhập «{name}» không hợp lệ. Hãy dùng 2–32 chữ cái không dấu, chữ số, "
            "dấu chấm hoặc gạch ngang, ví dụ «lan.nguyen»."
        )
    return value


MAX_FULL_NAME = 100


def check_full_name(text: str) -> str:
    """A person's full name: one line of at most ``MAX_FULL_NAME`` characters, composed
    Unicode, no control characters (newlines, terminal escape codes)."""
    value = unicodedata.normalize("NFC", text.strip())
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise InputError(
            "Họ tên chỉ được có một dòng chữ, không chứa xuống dòng hay ký tự điều khiển. "
            "Hãy gõ lại."
        )
    if len(value) > MAX_FULL_NAME:
        raise InputError(
            f"Họ tên dài {len(value)} ký tự, quá giới hạn {MAX_FULL_NAME}. Hãy gõ ngắn gọn hơn."
        )
    return value


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự.")
    return password


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def one_time_password() -> str:
    """Easy to read aloud and type: three groups of four lowercase letters and digits."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))


def _get(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name.strip().lower()))
    if user is None:
        raise NotFoundError(
            f"Không có người dùng «{name}». Hãy xem lại tên trong danh sách người dùng."
        )
    return user


def add_user(
    app: App,
    name: str,
    role: str,
    password: str,
    full_name: str = "",
    must_change: bool = False,
) -> User:
    login = check_name(name)
    role = check_role(role)
    full_name = check_full_name(full_name)
    check_password(password)
    with app.db.transaction() as session:
        if session.scalar(select(User).where(User.name == login)) is not None:
            raise ConflictError(f"Đã có người dùng «{login}». Hãy chọn tên khác.")
        user = User(
            name=login,
            full_name=full_name,
            role=role,
            password_hash=hash_password(password),
            must_change=must_change,
            created_at=app.now(),
        )
        session.add(user)
        session.flush()
        record_change(session, app, "user", user.id, "created", f"{login}, {ROLE_LABELS[role]}")
        return user


def list_users(app: App) -> list[User]:
    with app.db.transaction() as session:
        return list(session.scalars(select(User).order_by(User.name)))


def get_user(app: App, user_id: int) -> User | None:
    with app.db.transaction() as session:
        return session.get(User, user_id)


def set_password(app: App, name: str, password: str, must_change: bool = False) -> User:
    check_password(password)
    with app.db.transaction() as session:
        user = _get(session, name)
        user.password_hash = hash_password(password)
        user.must_change = must_change
        end_sessions(session, user.id)  # whoever knew the old password is signed out
        forget_name(session, user.name)  # and the guesses against the old one are void
        record_change(session, app, "user", user.id, "password", user.name)
        return user


def change_own_password(
    app: App, user_id: int, current: str, new: str, repeat: str, keep_token: str | None = None
) -> User:
    """Change one's own password; every other session of the user ends (``keep_token``'s,
    the one in use, stays)."""
    if new != repeat:
        raise InputError("Hai lần nhập mật khẩu mới không giống nhau. Hãy nhập lại.")
    check_password(new)
    with app.db.transaction() as session:
        user = session.get(User, user_id)
        if user is None or not verify_password(user.password_hash, current):
            raise AuthError("Mật khẩu hiện tại không đúng.")
        if new == current:
            raise InputError("Mật khẩu mới phải khác mật khẩu cũ.")
        user.password_hash = hash_password(new)
        user.must_change = False
        end_sessions(session, user.id, keep_token)
        record_change(session, app, "user", user.id, "password", user.name)
        return user


def update_user(app: App, name: str, role: str | None, full_name: str | None) -> User:
    with app.db.transaction() as session:
        user = _get(session, name)
        done = []
        if role is not None and check_role(role) != user.role:
            if user.role == "quan-tri" and _admins_left(session, user) == 0:
                raise ConflictError(
                    "Đây là người quản trị cuối cùng; hãy thêm người quản trị khác trước."
                )
            user.role = check_role(role)
            done.append(f"vai trò {ROLE_LABELS[user.role]}")
        if full_name is not None and check_full_name(full_name) != user.full_name:
            user.full_name = check_full_name(full_name)
            done.append("họ tên")
        if not done:
            raise InputError("Chưa có gì để sửa.")
        record_change(session, app, "user", user.id, "edited", f"{user.name}: {', '.join(done)}")
        return user


def _admins_left(session: Session, leaving: User) -> int:
    return int(
        session.scalar(
            select(func.count(User.id)).where(
                User.role == "quan-tri", User.disabled_at.is_(None), User.id != leaving.id
            )
        )
        or 0
    )


def disable_user(app: App, name: str, enable: bool = False) -> User:
    with app.db.transaction() as session:
        user = _get(session, name)
        if enable:
            if user.disabled_at is None:
                raise ConflictError(f"Người dùng «{user.name}» đang hoạt động.")
            user.disabled_at = None
            record_change(session, app, "user", user.id, "enabled", user.name)
            return user
        if user.disabled_at is not None:
            raise ConflictError(f"Người dùng «{user.name}» đã bị khoá từ trước.")
        if user.role == "quan-tri" and _admins_left(session, user) == 0:
            raise ConflictError(
                "Không khoá được người quản trị cuối cùng; hãy thêm người quản trị khác trước."
            )
        user.disabled_at = app.now()
        end_sessions(session, user.id)
        record_change(session, app, "user", user.id, "disabled", user.name)
        return user


def ensure_first_admin(app: App) -> tuple[str, str] | None:
    """When the station has no user, create «admin» with a one-time password; return both."""
    with app.db.transaction() as session:
        if session.scalar(select(func.count(User.id))):
            return None
    password = one_time_password()
    add_user(app, "admin", "quan-tri", password, "Quản trị đài", must_change=True)
    return "admin", password


WRONG_SIGN_IN = "Tên đăng nhập hoặc mật khẩu không đúng."


def plausible_name(name: str) -> bool:
    """Could this be a user name at all (short, printable)? Anything else is not looked up."""
    return 0 < len(name) <= 64 and name.isprintable()


def authenticate(app: App, name: str, password: str) -> User:
    """The user when name and password match an active account; else :class:`AuthError`."""
    wrong = AuthError(WRONG_SIGN_IN)
    with app.db.transaction() as session:
        user = session.scalar(select(User).where(User.name == name.strip().lower()))
        if user is None:
            verify_password(_DUMMY_HASH(), password)  # same time whether the name exists
            raise wrong
        if not verify_password(user.password_hash, password):
            raise wrong
        if user.disabled_at is not None:
            raise AuthError("Tài khoản này đã bị khoá. Hãy nhờ người quản trị mở lại.")
        user.last_login_at = app.now()
        return user


_dummy: list[str] = []


def _DUMMY_HASH() -> str:
    if not _dummy:
        _dummy.append(hash_password("không-dùng"))
    return _dummy[0]
