import pytest

from broadcaster.catalogue.planning import Entry, fit_entries, order_entries
from broadcaster.catalogue.relays import check_relay_url, parse_relay_duration, relay_input
from broadcaster.errors import InputError


def entry(n: int, seconds: float, fill: bool = False, level: str = "thong-thuong") -> Entry:
    return Entry(
        n,
        n,
        f"t{n}",
        "khac",
        level,
        "relay" if fill else "script",
        seconds,
        False,
        True,
        fill=fill,
    )


@pytest.mark.parametrize(
    ("text", "seconds"), [("30:00", 1800.0), ("1:00:00", 3600.0), ("45", 2700.0), ("0:16", 16.0)]
)
def test_relay_durations_read_as_minutes_seconds_or_hours(text: str, seconds: float) -> None:
    assert parse_relay_duration(text) == seconds


@pytest.mark.parametrize("text", ["ba mươi phút", "10:75", "0:00", "7:00:00"])
def test_bad_relay_durations_are_explained(text: str) -> None:
    with pytest.raises(InputError, match="Thời lượng tiếp âm"):
        parse_relay_duration(text)


def test_relay_address_must_be_http_or_https() -> None:
    assert check_relay_url(" http://vov.vn:8000/vov1 ") == "http://vov.vn:8000/vov1"
    assert check_relay_url("https://x.vn/live/playlist.m3u8").endswith(".m3u8")
    with pytest.raises(InputError, match="bắt đầu bằng http:// hoặc https://"):
        check_relay_url("vov1")


def test_relay_needs_exactly_a_duration_or_until_slot_end() -> None:
    with pytest.raises(InputError, match="--until-slot-end"):
        relay_input("http://a/b", "30:00", True)
    with pytest.raises(InputError, match="--duration"):
        relay_input("http://a/b", None, False)
    assert relay_input("http://a/b", None, True).seconds is None


def test_relay_until_slot_end_goes_last_and_takes_what_is_left() -> None:
    ordered = order_entries([entry(1, 0, fill=True), entry(2, 100), entry(3, 50, level="khan-cap")])
    assert [e.booking_id for e in ordered] == [3, 2, 1]
    planned = fit_entries(ordered, 1800, gap=2.0)
    relay = planned[-1]
    assert relay.fits and relay.offset == 154.0 and relay.length == 1800 - 154.0


def test_relay_until_slot_end_does_not_fit_a_full_slot() -> None:
    planned = fit_entries([entry(1, 1795), entry(2, 0, fill=True)], 1800, gap=2.0)
    assert not planned[1].fits
