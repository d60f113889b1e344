"""«Máy sẽ đọc là» marks doubts; «Đọc là…» fixes one; approving with doubts asks first."""

from __future__ import annotations

from collections.abc import Callable

from web_client import Browser

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, show_segment
from broadcaster.speech.textnorm.abbreviations import load_table
from broadcaster.station import App

Person = Callable[[str | None], Browser]


def _segment(app: App, text: str) -> int:
    data = SegmentInput(title="Họp tổ", category="thong-bao", script=script_from_text(text))
    return add_segment(app, data).id


def test_the_preview_marks_each_doubt_with_a_link_to_read_it_otherwise(
    browser: Person, station: App
) -> None:
    sid = _segment(station, "Tổ KPX số 5 họp ngày 2/3 tại nhà văn hóa.")
    page = browser("lan").get(f"/tin-bai/{sid}").text
    assert "Máy chưa chắc 1 chỗ" in page
    assert f'href="/tin-bai/{sid}/doc-la?chu=KPX"' in page
    form = browser("lan").get(f"/tin-bai/{sid}/doc-la?chu=KPX").text
    assert "máy đang đọc là" in form and "ca pê ích" in form and "Lưu cho cả đài" in form


def test_a_station_fix_joins_the_abbreviation_list_and_the_preview_follows(
    browser: Person, station: App
) -> None:
    sid = _segment(station, "Tổ KPX số 5 họp.")
    lan = browser("lan")
    lan.get(f"/tin-bai/{sid}/doc-la?chu=KPX")
    page = lan.post(
        f"/tin-bai/{sid}/doc-la", {"span": "KPX", "reading": "tổ dân phố", "scope": "dai"}
    ).text
    assert "Đã lưu cho cả đài" in page and "Máy chưa chắc" not in page
    assert "tổ dân phố số năm" in page
    assert load_table(station.settings.abbreviations_path)["KPX"] == "tổ dân phố"


def test_a_segment_fix_stays_with_the_segment(browser: Person, station: App) -> None:
    sid = _segment(station, "Chỉ số 6.1 họp tổ.")
    other = _segment(station, "Chỉ số 6.1 trời rét.")
    lan = browser("lan")
    lan.get(f"/tin-bai/{sid}/doc-la?chu=6.1")
    page = lan.post(
        f"/tin-bai/{sid}/doc-la", {"span": "6.1", "reading": "mùng sáu tháng một", "scope": "tin"}
    ).text
    assert "mùng sáu tháng một họp tổ" in page and "Máy chưa chắc" not in page
    assert "Máy chưa chắc 1 chỗ" in lan.get(f"/tin-bai/{other}").text
    assert show_segment(station, sid).segment.audio_stale


def test_a_reading_with_digits_is_refused_with_a_message(browser: Person, station: App) -> None:
    sid = _segment(station, "Chỉ số 6.1 họp tổ.")
    lan = browser("lan")
    lan.get(f"/tin-bai/{sid}/doc-la?chu=6.1")
    response = lan.post(f"/tin-bai/{sid}/doc-la", {"span": "6.1", "reading": "6 tháng 1"})
    assert response.status_code == 400 and "còn chữ số" in response.text


def test_approving_with_doubts_asks_first(browser: Person, station: App) -> None:
    sid = _segment(station, "Tổ KPX số 5 họp.")
    hung = browser("hung")
    hung.get(f"/tin-bai/{sid}")
    asked = hung.post(f"/tin-bai/{sid}/duyet").text
    assert "Máy còn 1 chỗ chưa chắc" in asked and "Vẫn duyệt" in asked
    assert show_segment(station, sid).segment.status == "draft"
    done = hung.post(f"/tin-bai/{sid}/duyet", {"confirm_doubts": "1"}).text
    assert "Đã duyệt tin bài số" in done
    assert show_segment(station, sid).segment.status == "approved"


def test_approving_without_doubts_needs_no_second_question(browser: Person, station: App) -> None:
    sid = _segment(station, "Ủy ban nhân dân xã thông báo lịch họp.")
    hung = browser("hung")
    hung.get(f"/tin-bai/{sid}")
    assert "Đã duyệt tin bài số" in hung.post(f"/tin-bai/{sid}/duyet").text
