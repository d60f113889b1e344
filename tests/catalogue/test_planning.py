from broadcaster.catalogue.planning import (
    Entry,
    estimate_speech_seconds,
    fit_entries,
    order_entries,
)


def entry(
    booking: int,
    duration: float,
    level: str = "thong-thuong",
    per_day: int = 1,
    airable: bool = True,
) -> Entry:
    return Entry(
        booking_id=booking,
        segment_id=booking,
        title=f"tin {booking}",
        category="khac",
        level=level,
        kind="script",
        duration=duration,
        estimated=False,
        airable=airable,
        per_day=per_day,
    )


def test_order_puts_uu_tien_first_then_booking_order() -> None:
    ordered = order_entries([entry(1, 10), entry(2, 10, "uu-tien"), entry(3, 10)])
    assert [e.booking_id for e in ordered] == [2, 1, 3]


def test_order_puts_khan_cap_before_uu_tien_before_thong_thuong() -> None:
    ordered = order_entries(
        [entry(1, 10), entry(2, 10, "uu-tien"), entry(3, 10, "khan-cap"), entry(4, 10, "uu-tien")]
    )
    assert [e.booking_id for e in ordered] == [3, 2, 4, 1]


def test_order_puts_repeats_after_every_first_airing() -> None:
    ordered = order_entries([entry(1, 10, per_day=2), entry(2, 10)])
    assert [(e.booking_id, e.repeat) for e in ordered] == [(1, 1), (2, 1), (1, 2)]


def test_fit_places_back_to_back_with_gaps() -> None:
    planned = fit_entries([entry(1, 60), entry(2, 30)], capacity=100, gap=2)
    assert [(p.offset, p.fits) for p in planned] == [(0, True), (62, True)]


def test_fit_never_starts_what_cannot_finish_but_tries_shorter_ones() -> None:
    planned = fit_entries([entry(1, 60), entry(2, 50), entry(3, 20)], capacity=90, gap=2)
    assert [p.fits for p in planned] == [True, False, True]
    assert planned[2].offset == 62


def test_unairable_entries_are_listed_but_not_placed() -> None:
    planned = fit_entries([entry(1, 10, airable=False), entry(2, 10)], capacity=30, gap=2)
    assert [p.fits for p in planned] == [False, True]
    assert planned[1].offset == 0


def test_estimate_counts_syllables_at_the_station_rate() -> None:
    text = " ".join(["một"] * 150)
    assert estimate_speech_seconds(text, 150) == 60.0
