"""Fixtures for the console: a station with users, and a signed-in test client per role."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from starlette.testclient import TestClient
from web_client import PASSWORD, USERS, Browser

from broadcaster.clock import FakeClock
from broadcaster.station import App
from broadcaster.users import add_user
from broadcaster.web.app import create_app


@pytest.fixture
def station(sqlite_app: App) -> App:
    for name, role in USERS.items():
        add_user(sqlite_app, name, role, PASSWORD, name.title())
    return sqlite_app


@pytest.fixture
def browser(station: App) -> Iterator[Callable[[str | None], Browser]]:
    clients: list[TestClient] = []

    def make(name: str | None) -> Browser:
        client = TestClient(create_app(station), follow_redirects=True)
        clients.append(client)
        person = Browser(client)
        if name:
            response = person.sign_in(name)
            assert response.status_code == 200, response.text
        return person

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def fake_clock(clock: FakeClock) -> FakeClock:
    return clock
