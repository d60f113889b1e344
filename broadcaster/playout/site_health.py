"""Every site and cluster of a commune at a glance: for ``status`` and the console.

``judge_site`` is a pure function of what ``sites_overview`` read: a site is red when
it has been silent longer than ``site_silent_minutes`` or holds less than a day of
programme for offline airing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from broadcaster.catalogue.planning import SlotPlan
from broadcaster.commune.targeting import ZoneScope
from broadcaster.models import Airing, Cluster, Segment, Site, Zone
from broadcaster.playout.control import next_slots
from broadcaster.station import App

MIN_HELD_DAYS = 1.0


@dataclass(frozen=True)
class ZoneView:
    name: str
    output: str
    on_air: str  # the title airing now, "" for none
    next: SlotPlan | None
    clusters: list[tuple[str, datetime | None]]  # name, last seen (Icecast listeners)


@dataclass
class SiteView:
    name: str
    heartbeat_at: datetime | None
    running: bool
    held_days: float | None
    disk_free: int | None
    zones: list[ZoneView] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def red(self) -> bool:
        return bool(self.problems)


def judge_site(
    now: datetime,
    heartbeat_at: datetime | None,
    running: bool,
    held_until: datetime | None,
    silent_after: timedelta,
) -> tuple[float | None, list[str]]:
    """(days of programme held, the reasons the site is red)."""
    problems: list[str] = []
    if heartbeat_at is None:
        problems.append("chưa từng chạy")
    elif not running:
        problems.append("đã dừng phát tự động")
    elif now - heartbeat_at > silent_after:
        minutes = round((now - heartbeat_at).total_seconds() / 60)
        problems.append(f"mất tín hiệu {minutes} phút")
    held = None if held_until is None else max(0.0, (held_until - now).total_seconds() / 86400)
    if held is not None and held < MIN_HELD_DAYS:
        problems.append("giữ chưa đủ một ngày chương trình để phát khi mất mạng")
    return held, problems


def _health(raw: str) -> dict[str, object]:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def sites_overview(app: App, with_next: bool = True) -> list[SiteView]:
    """Each named site with its zones (what airs now and next) and their clusters."""
    now = app.now()
    silent = timedelta(minutes=app.settings.site_silent_minutes)
    with app.db.transaction() as session:
        sites = list(session.scalars(select(Site).where(Site.revoked_at.is_(None))))
        if not sites:  # a single-site station: nothing to show, nothing more to read
            return []
        zones = list(session.scalars(select(Zone).order_by(Zone.id)))
        clusters = list(session.scalars(select(Cluster).order_by(Cluster.id)))
        airing = {
            zone_id: segment_id
            for zone_id, segment_id in session.execute(
                select(Airing.zone_id, Airing.segment_id).where(Airing.outcome == "open")
            )
        }
        titles = _titles(session, [t for t in airing.values() if t is not None])
    scopes = [ZoneScope(z.id, z.site_id, z.name, z.output) for z in zones]
    coming = next_slots(app, scopes) if with_next else {}
    views: list[SiteView] = []
    for site in sites:
        data = _health(site.health)
        until = data.get("held_until")
        held_until = datetime.fromisoformat(until) if isinstance(until, str) else None
        held, problems = judge_site(
            now, site.heartbeat_at, site.daemon_pid is not None, held_until, silent
        )
        free = data.get("disk_free")
        view = SiteView(
            site.name,
            site.heartbeat_at,
            site.daemon_pid is not None,
            held,
            free if isinstance(free, int) else None,
            problems=problems,
        )
        for zone in (z for z in zones if z.site_id == site.id):
            segment = airing.get(zone.id)
            view.zones.append(
                ZoneView(
                    zone.name,
                    zone.output,
                    titles.get(segment, "") if segment is not None else "",
                    coming.get(zone.id),
                    [(c.name, c.last_seen) for c in clusters if c.zone_id == zone.id],
                )
            )
        views.append(view)
    return views


def _titles(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Segment.id, Segment.title).where(Segment.id.in_(ids)))
    return {segment_id: title for segment_id, title in rows}
