"""What airs where: the pure zone rules."""

from __future__ import annotations

from broadcaster.commune.targeting import (
    booked_zones,
    booking_in_zone,
    slot_in_zone,
    target_zones,
    zones_meet,
)


def test_a_slot_without_zones_runs_in_every_zone() -> None:
    assert slot_in_zone(frozenset(), 3)
    assert slot_in_zone(frozenset(), None)


def test_a_slot_of_chosen_zones_runs_only_there() -> None:
    assert slot_in_zone({1, 2}, 2)
    assert not slot_in_zone({1, 2}, 3)


def test_the_implicit_zone_sees_every_slot() -> None:
    assert slot_in_zone({1}, None)


def test_a_booking_for_the_whole_commune_airs_where_its_slot_runs() -> None:
    assert booking_in_zone(frozenset(), frozenset(), 5)
    assert booking_in_zone(frozenset(), {5}, 5)
    assert not booking_in_zone(frozenset(), {4}, 5)


def test_a_zone_booking_airs_only_in_its_zones() -> None:
    assert booking_in_zone({1}, frozenset(), 1)
    assert not booking_in_zone({1}, frozenset(), 2)


def test_a_booking_stores_the_chosen_zones_its_slot_has() -> None:
    assert booked_zones(frozenset(), {1, 2}) == frozenset()
    assert booked_zones(frozenset({1, 3}), frozenset({1, 2})) == {1}
    assert booked_zones(frozenset({3}), frozenset()) == {3}


def test_zone_sets_meet_when_either_is_every_zone_or_they_share_one() -> None:
    assert zones_meet(frozenset(), {1})
    assert zones_meet({1, 2}, {2})
    assert not zones_meet({1}, {2})


def test_an_emergency_targets_every_zone_unless_some_are_chosen() -> None:
    assert target_zones([], [3, 1, 2]) == [1, 2, 3]
    assert target_zones([2], [1, 2, 3]) == [2]
    assert target_zones([], []) == [None]
