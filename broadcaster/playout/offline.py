"""Store and forward: a site's copy of its zones' programme for the next ``offline_days``.

``programme.json`` in the site's station home holds, for each zone, every slot occurrence
of the coming days with its airable entries in airing order and the sha256 of each
entry's audio. The site daemon writes it while the central database answers and airs
from it (with the audio store, ``audio_store``) when the database is unreachable.
The file has a typed shape and a format version; it is replaced atomically.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from broadcaster.catalogue.planning import Entry, plan_zones_days
from broadcaster.commune.targeting import ZoneScope
from broadcaster.models import Segment
from broadcaster.playout.programme import Occurrence
from broadcaster.station import App

log = logging.getLogger(__name__)
FORMAT = "broadcaster-site-programme/1"
COPY_NAME = "programme.json"


@dataclass(frozen=True)
class Planned:
    """One slot occurrence of one zone with what airs in it."""

    zone_id: int | None
    occ: Occurrence
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class SiteCopy:
    made_at: datetime
    until: datetime
    planned: tuple[Planned, ...]
    audio: dict[int, str]  # segment id -> sha256 of the audio that airs
    zones: tuple[ZoneScope, ...] = ()  # the site's zones, for a start without the database

    def held_days(self, now: datetime) -> float:
        """How many days ahead of ``now`` the copy covers."""
        return max(0.0, (self.until - now).total_seconds() / 86400)

    def occurrences(
        self, zone_id: int | None, since: datetime, until: datetime
    ) -> list[Occurrence]:
        return sorted(
            (p.occ for p in self.planned if p.zone_id == zone_id and since <= p.occ.start < until),
            key=lambda o: o.start,
        )

    def entries(self, zone_id: int | None, occ: Occurrence) -> list[Entry] | None:
        for p in self.planned:
            if p.zone_id == zone_id and p.occ.key == occ.key:
                return list(p.entries)
        return None


def prepare(app: App, zones: list[ZoneScope], days: int) -> SiteCopy:
    """The site's programme for today and the next ``days`` days (from the database)."""
    now = app.now()
    today = app.today()
    planned: list[Planned] = []
    for day in plan_zones_days(app, [today + timedelta(days=n) for n in range(days + 1)], zones):
        for scope, plan in day:
            for slot in plan.slots:
                if slot.end <= now:
                    continue
                entries = tuple(p.entry for p in slot.entries if p.entry.airable)
                occ = Occurrence(slot.slot_id, slot.name, slot.start, slot.end)
                planned.append(Planned(scope.zone_id, occ, entries))
    ids = sorted({e.segment_id for p in planned for e in p.entries})
    audio: dict[int, str] = {}
    if ids:
        with app.db.transaction() as session:
            for sid, digest in session.execute(
                select(Segment.id, Segment.audio_hash).where(Segment.id.in_(ids))
            ):
                if digest:
                    audio[sid] = digest
    until = datetime.combine(today + timedelta(days=days + 1), datetime.min.time(), app.settings.tz)
    return SiteCopy(now, until, tuple(planned), audio, tuple(zones))


# -- the file --------------------------------------------------------------------------
def _entry_data(entry: Entry) -> dict[str, Any]:
    data = dataclasses.asdict(entry)
    data["warnings"] = list(entry.warnings)
    data["until"] = entry.until.isoformat() if entry.until else None
    return data


def _entry_from(data: dict[str, Any]) -> Entry:
    until = datetime.fromisoformat(data["until"]) if data.get("until") else None
    return Entry(**{**data, "warnings": tuple(data.get("warnings", ())), "until": until})


def to_json(copy: SiteCopy) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "made_at": copy.made_at.isoformat(),
            "until": copy.until.isoformat(),
            "audio": {str(k): v for k, v in copy.audio.items()},
            "zones": [dataclasses.asdict(z) for z in copy.zones],
            "planned": [
                {
                    "zone_id": p.zone_id,
                    "slot_id": p.occ.slot_id,
                    "name": p.occ.name,
                    "start": p.occ.start.isoformat(),
                    "end": p.occ.end.isoformat(),
                    "entries": [_entry_data(e) for e in p.entries],
                }
                for p in copy.planned
            ],
        },
        ensure_ascii=False,
    )


def from_json(text: str) -> SiteCopy:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} file")
    planned = tuple(
        Planned(
            p["zone_id"],
            Occurrence(
                p["slot_id"],
                p["name"],
                datetime.fromisoformat(p["start"]),
                datetime.fromisoformat(p["end"]),
            ),
            tuple(_entry_from(e) for e in p["entries"]),
        )
        for p in data["planned"]
    )
    return SiteCopy(
        datetime.fromisoformat(data["made_at"]),
        datetime.fromisoformat(data["until"]),
        planned,
        {int(k): v for k, v in data["audio"].items()},
        tuple(ZoneScope(**z) for z in data.get("zones", [])),
    )


def save(home: Path, copy: SiteCopy) -> None:
    path = home / COPY_NAME
    tmp = path.with_suffix(".json.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(to_json(copy))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load(home: Path) -> SiteCopy | None:
    try:
        return from_json((home / COPY_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("the site's programme copy is unreadable: %s", exc)
        return None
