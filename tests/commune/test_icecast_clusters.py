"""IP clusters' «last seen» from a real icecast2: a mount with a listener is seen now."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from icecast_server import IcecastServer, Listener
from sqlalchemy import select

from broadcaster.commune.registry import add_cluster, add_site, add_zone
from broadcaster.models import Cluster
from broadcaster.playout.icecast_stats import listeners_by_mount, see_clusters, server_of
from broadcaster.station import App


def test_listeners_are_read_per_mount_from_the_status_document() -> None:
    one = {"icestats": {"source": {"listenurl": "http://h:8000/thon-3", "listeners": 2}}}
    assert listeners_by_mount(one) == {"/thon-3": 2}
    many = {
        "icestats": {
            "source": [
                {"listenurl": "http://h:8000/a", "listeners": 0},
                {"listenurl": "http://h:8000/b", "listeners": "1"},
            ]
        }
    }
    assert listeners_by_mount(many) == {"/a": 0, "/b": 1}
    assert listeners_by_mount({"icestats": {}}) == {}


def test_a_cluster_address_names_its_server_and_mount() -> None:
    assert server_of("http://10.0.0.1:8000/khu-dong") == ("http://10.0.0.1:8000", "/khu-dong")
    assert server_of("khu-dong") is None


@pytest.fixture
def icecast() -> Iterator[IcecastServer]:
    server = IcecastServer()
    server.start()
    yield server
    server.close()


def test_a_cluster_listening_now_is_seen_and_a_silent_one_is_not(
    sqlite_app: App, icecast: IcecastServer, tmp_path: Path
) -> None:
    app = sqlite_app
    add_site(app, "A")
    zone = add_zone(app, "Loa IP", icecast.source_url("khu-dong"), "A")
    add_cluster(app, "Chợ Đông", "Loa IP", icecast.url("khu-dong"))
    add_cluster(app, "Xóm Bãi", "Loa IP", icecast.url("xom-bai"))
    source = icecast.play("khu-dong", 440)
    listener = Listener(icecast.url("khu-dong"), tmp_path / "ip.wav")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not see_clusters(app, [zone.id]):
            time.sleep(0.3)
    finally:
        listener.proc.terminate()
        listener.proc.wait(10)
        source.terminate()
        source.wait(10)
    with app.db.transaction() as session:
        seen = {c.name: c.last_seen for c in session.scalars(select(Cluster))}
    assert seen["Chợ Đông"] == app.now()
    assert seen["Xóm Bãi"] is None
