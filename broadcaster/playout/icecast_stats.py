"""IP clusters' «last seen» from Icecast: the listeners connected to each cluster's mount.

Icecast publishes its mounts and their listener counts at ``/status-json.xsl`` (no
password needed); ``listeners_by_mount`` is a pure reading of that document and
``see_clusters`` stamps ``last_seen`` on every cluster whose mount has a listener now.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from broadcaster.models import Cluster
from broadcaster.station import App

log = logging.getLogger(__name__)
STATS_PATH = "/status-json.xsl"
TIMEOUT = 5.0


def listeners_by_mount(document: dict[str, Any]) -> dict[str, int]:
    """``{"/mount": listeners}`` from Icecast's status JSON (one source is not a list)."""
    sources = document.get("icestats", {}).get("source", [])
    if isinstance(sources, dict):
        sources = [sources]
    found: dict[str, int] = {}
    for source in sources if isinstance(sources, list) else []:
        url = str(source.get("listenurl", ""))
        try:
            found[urlsplit(url).path] = int(source.get("listeners", 0))
        except (TypeError, ValueError):
            continue
    return found


def server_of(mount_url: str) -> tuple[str, str] | None:
    """(server base URL, mount path) of a cluster's stream address."""
    parts = urlsplit(mount_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not parts.path:
        return None
    return f"{parts.scheme}://{parts.netloc}", parts.path


def read_stats(base: str) -> dict[str, int] | None:
    try:
        with urllib.request.urlopen(base + STATS_PATH, timeout=TIMEOUT) as reply:
            return listeners_by_mount(json.loads(reply.read()))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        log.warning("icecast stats of %s unreadable: %s", base, exc)
        return None


def see_clusters(app: App, zone_ids: Iterable[int]) -> int:
    """Stamp «last seen» on the clusters of these zones whose mount has listeners now."""
    wanted = list(zone_ids)
    with app.db.transaction() as session:
        clusters = [
            (c.id, c.mount)
            for c in session.scalars(select(Cluster).where(Cluster.zone_id.in_(wanted)))
            if c.mount
        ]
    servers: dict[str, dict[str, int] | None] = {}
    seen: list[int] = []
    for cluster_id, mount in clusters:
        where = server_of(mount)
        if where is None:
            continue
        base, path = where
        if base not in servers:
            servers[base] = read_stats(base)
        stats = servers[base]
        if stats and stats.get(path, 0) > 0:
            seen.append(cluster_id)
    if seen:
        now = app.now()
        with app.db.transaction() as session:
            for cluster in session.scalars(select(Cluster).where(Cluster.id.in_(seen))):
                cluster.last_seen = now
    return len(seen)
