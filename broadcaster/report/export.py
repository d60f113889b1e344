"""The airing log as JSON records, for the report back to a source system.

``log --format json --since DATE`` prints :func:`airings_since`; each record names the
bulletin (when the segment came from one), the segment, the real start and duration,
the outcome, the zone and site it aired in and, when the station logs them, the outputs
that carried it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from broadcaster.catalogue.levels import level_label
from broadcaster.models import WENT_OUT, Airing, Segment, Site, Slot, Zone
from broadcaster.station import App

FORMAT = "broadcaster-airings/1"


def _iso(moment: datetime | None, app: App) -> str | None:
    return app.local(moment).isoformat(timespec="milliseconds") if moment else None


def airings_since(app: App, since: datetime, until: datetime | None = None) -> list[dict[str, Any]]:
    """Every airing row scheduled or started from ``since`` (to ``until``), oldest first."""
    query = (
        select(Airing, Segment, Slot, Zone.name, Site.name)
        .outerjoin(Segment, Airing.segment_id == Segment.id)
        .outerjoin(Slot, Airing.slot_id == Slot.id)
        .outerjoin(Zone, Airing.zone_id == Zone.id)
        .outerjoin(Site, Airing.site_id == Site.id)
        .where(Airing.scheduled_start >= since)
        .order_by(Airing.scheduled_start, Airing.id)
    )
    if until is not None:
        query = query.where(Airing.scheduled_start < until)
    records: list[dict[str, Any]] = []
    with app.db.transaction() as session:
        for airing, segment, slot, zone, site in session.execute(query):
            record: dict[str, Any] = {
                "airing_id": airing.id,
                "bulletin_id": segment.bulletin_id if segment else None,
                "bulletin_source": segment.bulletin_source if segment else None,
                "segment_id": airing.segment_id,
                "title": segment.title if segment else None,
                "level": segment.level if segment else None,
                "level_label": level_label(segment.level) if segment else None,
                "slot": slot.name if slot else None,
                "zone": zone,  # None: the station's single implicit zone / site
                "site": site,
                "scheduled_start": _iso(airing.scheduled_start, app),
                "actual_start": _iso(airing.actual_start, app),
                "duration": round(airing.duration or 0.0, 3),
                "outcome": airing.outcome,
                "error": airing.error or None,
                # Proof of airing: what the monitor recording showed (aircheck).
                "heard": airing.heard
                or ("no-evidence" if airing.outcome in WENT_OUT and airing.actual_start else None),
                "heard_start": _iso(airing.heard_start, app),
                "heard_seconds": airing.heard_seconds,
                "heard_detail": airing.heard_detail or None,
            }
            outputs = getattr(airing, "outputs", None)
            if outputs is not None:
                record["outputs"] = outputs
            records.append(record)
    return records
