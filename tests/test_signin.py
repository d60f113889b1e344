"""The sign-in throttle and console sessions kept in the database (``broadcaster.signin``),
on SQLite and PostgreSQL, with real threads racing for the same counter."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from conftest import Cli
from sqlalchemy import select

from broadcaster.clock import FakeClock
from broadcaster.errors import AuthError
from broadcaster.models import SignInAttempt
from broadcaster.signin import (
    FREE_TRIES,
    Throttled,
    attempt_succeeded,
    begin_attempt,
    count_sessions,
    create_session,
    drop_session,
    load_session,
    wait_after,
)
from broadcaster.station import App, open_station
from broadcaster.users import add_user, change_own_password, disable_user, set_password

LIFE = timedelta(hours=12)


def test_the_wait_doubles_after_the_free_tries_up_to_a_cap() -> None:
    assert [wait_after(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert wait_after(40) == 300


def _failures(app: App, key: str) -> int:
    with app.db.transaction() as session:
        row = session.get(SignInAttempt, key)
        return row.failures if row else 0


def test_attempts_are_counted_before_the_check_and_refused_while_waiting(
    app: App, clock: FakeClock
) -> None:
    for _ in range(FREE_TRIES):
        begin_attempt(app, "admin", "10.0.0.5")
    with pytest.raises(Throttled) as refused:
        begin_attempt(app, "admin", "10.0.0.5")
    assert "Hãy chờ 3 giây" in str(refused.value)
    assert _failures(app, "u:admin") == FREE_TRIES  # a refused try is not counted
    clock.advance(2)
    begin_attempt(app, "admin", "10.0.0.5")
    with pytest.raises(Throttled, match="chờ 5 giây"):
        begin_attempt(app, "admin", "10.0.0.5")


def test_guesses_from_one_address_do_not_lock_the_owner_out(app: App) -> None:
    for _ in range(FREE_TRIES):
        begin_attempt(app, "admin", "10.0.0.66")
    with pytest.raises(Throttled):
        begin_attempt(app, "admin", "10.0.0.66")
    begin_attempt(app, "admin", "192.168.1.20")  # the owner's phone: no failures of its own
    attempt_succeeded(app, "admin", "192.168.1.20")
    with pytest.raises(Throttled):
        begin_attempt(app, "admin", "10.0.0.66")  # the guesser still waits
    assert _failures(app, "a:192.168.1.20") == 0


def test_an_address_guessing_many_names_is_slowed_down(app: App) -> None:
    for name in ("admin", "lan", "hung"):
        begin_attempt(app, name, "10.0.0.66")
    with pytest.raises(Throttled):
        begin_attempt(app, "thu", "10.0.0.66")


def test_forty_parallel_guesses_reach_the_password_check_only_free_tries_times(
    app: App,
) -> None:
    passed: list[int] = []
    refused: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(40)

    def guess(n: int) -> None:
        try:
            start.wait()
            begin_attempt(app, "admin", "10.0.0.66")
            passed.append(n)
        except Throttled:
            refused.append(n)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(passed) == FREE_TRIES  # the clock does not move: no wait has elapsed
    assert len(refused) == 40 - FREE_TRIES
    assert _failures(app, "u:admin") == FREE_TRIES


def test_the_throttle_survives_a_restart(app: App, clock: FakeClock) -> None:
    for _ in range(FREE_TRIES):
        begin_attempt(app, "admin", "10.0.0.66")
    again = open_station(app.settings, clock)
    try:
        with pytest.raises(Throttled):
            begin_attempt(again, "admin", "10.0.0.66")
    finally:
        again.close()


def test_a_session_outlives_a_restart_and_slides_until_it_expires(
    app: App, clock: FakeClock
) -> None:
    user = add_user(app, "lan", "bien-tap", "mat-khau-123")
    made = create_session(app, user.id, LIFE)
    again = open_station(app.settings, clock)
    try:
        found = load_session(again, made.token, LIFE)
        assert found is not None and (found.user_id, found.csrf) == (user.id, made.csrf)
        clock.advance(11 * 3600)
        assert load_session(again, made.token, LIFE) is not None  # slides forward
        clock.advance(11 * 3600)
        assert load_session(again, made.token, LIFE) is not None
        clock.advance(13 * 3600)
        assert load_session(again, made.token, LIFE) is None
    finally:
        again.close()
    assert load_session(app, "not-a-token", LIFE) is None


def test_a_password_change_ends_every_other_session_of_that_user(app: App) -> None:
    lan = add_user(app, "lan", "bien-tap", "mat-khau-123")
    hung = add_user(app, "hung", "duyet", "mat-khau-123")
    phone, laptop = create_session(app, lan.id, LIFE), create_session(app, lan.id, LIFE)
    other = create_session(app, hung.id, LIFE)
    change_own_password(app, lan.id, "mat-khau-123", "mat-khau-456", "mat-khau-456", phone.token)
    assert load_session(app, phone.token, LIFE) is not None
    assert load_session(app, laptop.token, LIFE) is None
    assert load_session(app, other.token, LIFE) is not None
    for _ in range(FREE_TRIES):
        begin_attempt(app, "lan", "10.0.0.66")
    set_password(app, "lan", "mat-khau-789")  # an admin's reset, or «user passwd»
    assert count_sessions(app, lan.id) == 0
    assert _failures(app, "u:lan") == 0  # the guesses against the old password are void
    disable_user(app, "hung")
    assert load_session(app, other.token, LIFE) is None
    drop_session(app, "whatever")


def test_user_passwd_on_the_command_line_signs_the_user_out(run: Cli, app: App) -> None:
    lan = add_user(app, "lan", "bien-tap", "mat-khau-123")
    made = create_session(app, lan.id, LIFE)
    result = run("user", "passwd", "lan", "--password", "mat-khau-moi-1")
    assert result.exit_code == 0, result.output
    assert load_session(app, made.token, LIFE) is None
    with pytest.raises(AuthError):
        from broadcaster.users import authenticate

        authenticate(app, "lan", "mat-khau-123")
    with app.db.transaction() as session:
        assert list(session.scalars(select(SignInAttempt))) == []
