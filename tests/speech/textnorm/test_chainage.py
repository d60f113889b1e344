import pytest

from broadcaster.speech.textnorm.chainage import read_chainages


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Km12+300", "ki lô mét mười hai cộng ba trăm"),
        ("Km5+858 - Km5+905", "ki lô mét năm cộng tám trăm năm mươi tám đến ki lô mét năm"),
        ("từ Km thứ 11", "từ ki lô mét thứ 11"),
        ("từ 5 - Km7", "từ 5 - ki lô mét bảy"),  # no chainage before the dash: no span
    ],
)
def test_chainages_are_said_as_a_road_notice_says_them(text: str, spoken: str) -> None:
    assert read_chainages(text).startswith(spoken)
