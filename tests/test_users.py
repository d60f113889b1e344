"""Roles, passwords and the sign-in slowdown (the core of the console's access rules)."""

from __future__ import annotations

import pytest

from broadcaster.errors import AuthError, ConflictError, InputError
from broadcaster.station import App
from broadcaster.users import (
    ACTIONS,
    add_user,
    authenticate,
    disable_user,
    ensure_first_admin,
    may,
    set_password,
)


def test_each_role_includes_the_ones_below_it() -> None:
    assert may("bien-tap", "segment.edit") and may("bien-tap", "booking.edit")
    assert not may("bien-tap", "segment.approve") and not may("bien-tap", "play.now")
    assert may("duyet", "segment.approve") and may("duyet", "play.now")
    assert not may("duyet", "user.manage")
    assert all(may("quan-tri", action) for action in ACTIONS)


def test_unknown_roles_and_actions_may_nothing() -> None:
    assert not may("khach", "view")
    assert not may("quan-tri", "xoa-nhat-ky")


def test_passwords_are_hashed_and_checked(app: App) -> None:
    user = add_user(app, "Lan", "bien-tap", "mat-khau-123", "Nguyễn Thị Lan")
    assert user.name == "lan" and "mat-khau-123" not in user.password_hash
    assert user.password_hash.startswith("$argon2id$")
    assert authenticate(app, "LAN", "mat-khau-123").id == user.id
    with pytest.raises(AuthError, match="Tên đăng nhập hoặc mật khẩu không đúng"):
        authenticate(app, "lan", "sai")
    with pytest.raises(AuthError, match="Tên đăng nhập hoặc mật khẩu không đúng"):
        authenticate(app, "khong-co", "sai")


def test_bad_names_roles_and_short_passwords_are_refused(app: App) -> None:
    with pytest.raises(InputError, match="Tên đăng nhập «Lan Anh» không hợp lệ"):
        add_user(app, "Lan Anh", "bien-tap", "mat-khau-123")
    with pytest.raises(InputError, match="Vai trò «admin» không có"):
        add_user(app, "lan", "admin", "mat-khau-123")
    with pytest.raises(InputError, match="ít nhất 8 ký tự"):
        add_user(app, "lan", "bien-tap", "ngan")
    add_user(app, "lan", "bien-tap", "mat-khau-123")
    with pytest.raises(ConflictError, match="Đã có người dùng «lan»"):
        add_user(app, "lan", "duyet", "mat-khau-123")


def test_the_first_admin_is_made_once_and_must_change_the_password(app: App) -> None:
    first = ensure_first_admin(app)
    assert first is not None
    name, password = first
    assert authenticate(app, name, password).must_change
    assert ensure_first_admin(app) is None


def test_the_last_admin_cannot_be_disabled(app: App) -> None:
    add_user(app, "admin", "quan-tri", "mat-khau-123")
    with pytest.raises(ConflictError, match="người quản trị cuối cùng"):
        disable_user(app, "admin")
    add_user(app, "lan", "bien-tap", "mat-khau-123")
    disable_user(app, "lan")
    with pytest.raises(AuthError, match="đã bị khoá"):
        authenticate(app, "lan", "mat-khau-123")
    set_password(app, "lan", "mat-khau-moi")
    disable_user(app, "lan", enable=True)
    assert authenticate(app, "lan", "mat-khau-moi").name == "lan"
