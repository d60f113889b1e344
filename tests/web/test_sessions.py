"""Sessions and the sign-in throttle against a real ``broadcaster web`` (uvicorn) process:
a restart signs nobody out and forgets no failure; parallel guesses reach the password
check no more often than sequential ones; a password change ends the other sessions."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from web_client import PASSWORD, Browser, csrf_of
from web_process import WebProcess

from broadcaster.models import SignInAttempt
from broadcaster.settings import load_settings
from broadcaster.signin import FREE_TRIES, wait_after
from broadcaster.station import App, open_station
from broadcaster.users import add_user

Person = Callable[[str | None], Browser]


@pytest.fixture
def console(tmp_path: Path, db_url: str) -> Iterator[WebProcess]:
    web = WebProcess(tmp_path / "station", db_url)
    done = web.cli("init", "--name", "Đài xã Cẩm Nhượng")
    assert done.returncode == 0, done.stderr
    added = web.cli("user", "add", "lan", "--role", "bien-tap", "--password", PASSWORD)
    assert added.returncode == 0, added.stderr
    yield web
    web.stop()


def _open(web: WebProcess) -> App:
    return open_station(load_settings(web.home, {"db_url": web.db[1] if web.db else None}, env={}))


def _sign_in(client: httpx.Client, name: str, password: str) -> httpx.Response:
    csrf = csrf_of(client.get("/dang-nhap").text)
    return client.post("/dang-nhap", data={"csrf": csrf, "name": name, "password": password})


def test_a_console_restart_keeps_people_signed_in_and_remembers_failures(
    console: WebProcess,
) -> None:
    console.start()
    with httpx.Client(base_url=console.url, follow_redirects=True) as lan:
        page = _sign_in(lan, "lan", PASSWORD)
        assert page.status_code == 200 and "Tổng quan" in page.text
        with httpx.Client(base_url=console.url, follow_redirects=True) as guesser:
            for _ in range(FREE_TRIES):
                assert _sign_in(guesser, "admin", "doan-bua").status_code == 400
            last_failure = time.monotonic()
            console.stop()
            console.start()
            again = lan.get("/")
            assert again.status_code == 200 and 'action="/dang-xuat"' in again.text
            assert "server" not in again.headers  # uvicorn does not announce itself
            assert again.headers["x-frame-options"] == "DENY"
            assert "frame-ancestors 'none'" in again.headers["content-security-policy"]
            refused = _sign_in(guesser, "admin", "doan-bua")
            waited = time.monotonic() - last_failure
    assert refused.status_code == 400
    app = _open(console)
    try:
        with app.db.transaction() as session:
            row = session.get(SignInAttempt, "u:admin")
            counted = row.failures if row else 0
    finally:
        app.close()
    if "Đăng nhập sai nhiều lần. Hãy chờ" in refused.text:
        assert counted == FREE_TRIES  # refused after the restart: the failures were kept
    else:  # the restart took longer than the wait: the fourth try counts on top of three
        assert waited >= wait_after(FREE_TRIES) and counted == FREE_TRIES + 1


def test_parallel_guesses_reach_the_password_check_no_more_than_sequential_ones(
    console: WebProcess,
) -> None:
    console.start()
    guesses = 40
    clients = [httpx.Client(base_url=console.url, timeout=60) for _ in range(guesses)]
    tokens = [csrf_of(c.get("/dang-nhap").text) for c in clients]
    ready = threading.Barrier(guesses)
    statuses: list[int] = []
    times: list[float] = []

    def guess(n: int) -> None:
        ready.wait()
        times.append(time.monotonic())
        response = clients[n].post(
            "/dang-nhap", data={"csrf": tokens[n], "name": "admin", "password": f"sai-{n}"}
        )
        statuses.append(response.status_code)
        times.append(time.monotonic())

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for client in clients:
        client.close()
    assert statuses == [400] * guesses
    # Sequentially, in the time the burst took, at most this many guesses could be tried.
    elapsed, allowed, waited = max(times) - min(times), FREE_TRIES, 0.0
    while waited + wait_after(allowed) <= elapsed:
        waited += wait_after(allowed)
        allowed += 1
    app = _open(console)
    try:
        with app.db.transaction() as session:
            reached = session.get(SignInAttempt, "u:admin")
            assert reached is not None
            assert FREE_TRIES <= reached.failures <= allowed
    finally:
        app.close()


def test_changing_ones_password_ends_the_other_sessions(browser: Person, station: App) -> None:
    phone, laptop = browser("lan"), browser("lan")
    assert laptop.get("/").url.path == "/"
    phone.get("/doi-mat-khau")
    changed = phone.post(
        "/doi-mat-khau",
        {"current": PASSWORD, "new": "mat-khau-moi-9", "repeat": "mat-khau-moi-9"},
    )
    assert "Đã đổi mật khẩu." in changed.text
    assert phone.get("/").url.path == "/"
    assert laptop.get("/").url.path == "/dang-nhap"


def test_a_reset_by_the_admin_ends_the_users_sessions(browser: Person, station: App) -> None:
    lan = browser("lan")
    admin = browser("admin2")
    admin.get("/quan-tri")
    admin.post("/quan-tri/nguoi-dung/lan/dat-lai-mat-khau")
    assert lan.get("/").url.path == "/dang-nhap"
    add_user(station, "thu", "bien-tap", PASSWORD)


def test_a_flood_of_cookieless_visitors_keeps_memory_bounded(
    station: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from broadcaster.web import sessions

    monkeypatch.setattr(sessions, "MAX_IN_MEMORY", 8)
    store = sessions.SessionStore(station, 3600)
    lan = add_user(station, "thu", "bien-tap", PASSWORD)
    signed = store.new(lan.id)
    for _ in range(50):
        store.new()
    assert len(store._live) <= 8
    assert store.get(signed.token) is not None
    assert store.get("x" * 500) is None and store.get("ơ") is None
