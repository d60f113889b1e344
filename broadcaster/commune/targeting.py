"""What airs where: pure rules of zones, slots and bookings (no database, no clock).

A zone id of ``None`` is the station's implicit zone (a station that never named one).
A slot with no zone rows runs in every zone; a booking with no zone rows airs in every
zone that has its slot («toàn xã»).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ZoneScope:
    """The zone a daemon (or a plan) is about; ``zone_id=None``: the implicit zone."""

    zone_id: int | None = None
    site_id: int | None = None
    name: str = ""
    output: str = ""

    @property
    def label(self) -> str:
        return self.name or "toàn đài"


IMPLICIT = ZoneScope()


def slot_in_zone(slot_zones: Collection[int], zone_id: int | None) -> bool:
    """A slot runs in a zone when it names none (every zone) or names that one."""
    return zone_id is None or not slot_zones or zone_id in slot_zones


def booking_in_zone(
    booking_zones: Collection[int], slot_zones: Collection[int], zone_id: int | None
) -> bool:
    """A booking airs in a zone that has its slot and that it targets (none: all)."""
    if not slot_in_zone(slot_zones, zone_id):
        return False
    return zone_id is None or not booking_zones or zone_id in booking_zones


def zones_meet(a: Collection[int], b: Collection[int]) -> bool:
    """Two zone sets share a zone (an empty set is every zone)."""
    return not a or not b or bool(set(a) & set(b))


def booked_zones(chosen: frozenset[int], slot_zones: frozenset[int]) -> frozenset[int]:
    """The zone rows a booking stores: the chosen zones the slot runs in; none: «toàn xã»."""
    if not chosen:
        return frozenset()
    return chosen if not slot_zones else chosen & slot_zones


def target_zones(chosen: Iterable[int], all_zones: Iterable[int]) -> list[int | None]:
    """The zones a khẩn cấp or play-now airs in: the chosen ones, else every zone.

    A station with no zone at all has only the implicit one (``[None]``).
    """
    every = sorted(set(all_zones))
    picked = sorted(set(chosen))
    if picked:
        return list(picked)
    return list(every) if every else [None]
