"""Each screen as a person sees it: what is shown, and each action's result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from web_client import Browser

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.dates import parse_time
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment, show_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot, list_slots
from broadcaster.models import Airing
from broadcaster.station import App

Person = Callable[[str | None], Browser]
SCREENS = ("/", "/tin-bai", "/lich-phat", "/lich-phat/ngay", "/nhat-ky", "/bao-cao")


def _station_with_a_booking(app: App) -> int:
    add_slot(app, SlotSpec("Buổi sáng", parse_time("06:00"), parse_time("06:30")))
    sid = add_segment(
        app,
        SegmentInput(
            title="Lịch tiêm phòng dại",
            category="y-te",
            script=script_from_text("Trạm y tế xã tiêm phòng dại cho chó mèo ngày 28/11/2026."),
        ),
    ).id
    tomorrow = app.today() + timedelta(days=1)
    book_segment(app, BookingRequest(sid, ("Buổi sáng",), tomorrow, tomorrow))
    return sid


def test_every_screen_opens_for_every_role_and_admin_only_for_admins(
    browser: Person, station: App
) -> None:
    _station_with_a_booking(station)
    for name in ("lan", "hung", "admin2"):
        person = browser(name)
        for path in SCREENS:
            page = person.get(path)
            assert page.status_code == 200, (name, path)
        assert (person.get("/quan-tri").status_code == 200) == (name == "admin2")
        assert (person.get("/phat-ngay").status_code == 200) == (name != "lan")


def test_the_segment_list_searches_and_filters(browser: Person, station: App) -> None:
    _station_with_a_booking(station)
    add_segment(
        station,
        SegmentInput(category="cchc", script=script_from_text("Dịch vụ công trực tuyến.")),
    )
    lan = browser("lan")
    page = lan.get("/tin-bai?q=ti%C3%AAm")
    assert "Lịch tiêm phòng dại" in page.text and "Dịch vụ công" not in page.text
    page = lan.get("/tin-bai?category=cchc")
    assert "Dịch vụ công" in page.text and "Lịch tiêm phòng dại" not in page.text
    page = lan.get("/tin-bai?status=khong-co")
    assert "Trạng thái «khong-co» không hợp lệ" in page.text


def test_editing_the_text_makes_an_approved_segment_a_draft_again(
    browser: Person, station: App
) -> None:
    sid = _station_with_a_booking(station)
    approve_segment(station, sid, "Lãnh đạo")
    lan = browser("lan")
    page = lan.get(f"/tin-bai/{sid}/sua")
    assert "Lịch tiêm phòng dại" in page.text
    page = lan.post(
        f"/tin-bai/{sid}/sua",
        {
            "title": "Lịch tiêm phòng dại",
            "category": "y-te",
            "level": "thong-thuong",
            "source": "text",
            "text": "Trạm y tế xã tiêm phòng dại ngày 29/11/2026.",
        },
    )
    assert "Đã sửa tin bài số 1 (chờ duyệt)" in page.text
    events = show_segment(station, sid).events
    assert events[-1].detail == "kịch bản, cần duyệt lại" and events[-1].actor == "Lan"


def test_a_leader_retires_a_segment_and_its_bookings_go(browser: Person, station: App) -> None:
    sid = _station_with_a_booking(station)
    hung = browser("hung")
    hung.get(f"/tin-bai/{sid}")
    page = hung.post(f"/tin-bai/{sid}/ngung")
    assert "Đã ngừng phát tin bài số 1; hủy 1 lượt đặt lịch." in page.text


def test_the_day_plan_shows_the_booking_and_it_can_be_cancelled(
    browser: Person, station: App
) -> None:
    _station_with_a_booking(station)
    tomorrow = (station.today() + timedelta(days=1)).isoformat()
    lan = browser("lan")
    page = lan.get(f"/lich-phat/ngay?ngay={tomorrow}")
    assert "Lịch tiêm phòng dại" in page.text and "chưa được duyệt, sẽ không phát" in page.text
    page = lan.post("/lich-phat/dat/1/huy", {"next": f"/lich-phat/ngay?ngay={tomorrow}"})
    assert "Đã hủy lượt đặt lịch số 1" in page.text
    assert "Chưa có tin nào" in page.text


def test_a_slot_is_edited_and_removed(browser: Person, station: App) -> None:
    _station_with_a_booking(station)
    slot_id = list_slots(station)[0].id
    lan = browser("lan")
    page = lan.get(f"/lich-phat/buoi/{slot_id}/sua")
    assert 'value="06:00"' in page.text
    page = lan.post(
        f"/lich-phat/buoi/{slot_id}/sua",
        {"name": "Buổi sáng sớm", "start": "05:30", "end": "06:15", "days[]": ["0", "2", "4"]},
    )
    assert "Đã sửa buổi «Buổi sáng sớm»." in page.text
    page = lan.post(
        f"/lich-phat/buoi/{slot_id}/sua",
        {"name": "X", "start": "07:00", "end": "06:00", "days[]": ["0"]},
    )
    assert "giờ kết thúc 06:00 phải sau giờ bắt đầu 07:00" in page.text
    page = lan.post(f"/lich-phat/buoi/{slot_id}/bo", {"force": "1"})
    assert "Đã bỏ buổi «Buổi sáng sớm»; đã hủy 1 lượt đặt lịch." in page.text
    assert list_slots(station) == []


def test_the_live_box_shows_what_is_on_air(browser: Person, station: App) -> None:
    sid = _station_with_a_booking(station)
    with station.db.transaction() as session:
        session.add(
            Airing(
                segment_id=sid,
                scheduled_start=station.now() - timedelta(seconds=20),
                actual_start=station.now() - timedelta(seconds=20),
                outcome="open",
                created_at=station.now(),
            )
        )
        session.add(
            Airing(
                segment_id=sid,
                scheduled_start=station.now() - timedelta(hours=1),
                outcome="missed",
                error="máy tắt",
                created_at=station.now(),
            )
        )
    lan = browser("lan")
    live = lan.get("/truc-tiep")
    assert "«Lịch tiêm phòng dại»" in live.text and "đã phát 0:20" in live.text
    page = lan.get("/")
    assert "bị lỡ" in page.text and "máy tắt" in page.text
    assert "chưa được duyệt, sẽ không phát" in page.text  # a warning that needs action


def test_an_admin_resets_a_password_and_changes_a_role(browser: Person, station: App) -> None:
    admin = browser("admin2")
    admin.get("/quan-tri")
    page = admin.post("/quan-tri/nguoi-dung/lan/dat-lai-mat-khau")
    assert "Đã đặt lại mật khẩu của «lan»." in page.text and 'class="otp">lan: ' in page.text
    page = admin.post("/quan-tri/nguoi-dung/lan/vai-tro", {"role": "duyet"})
    assert "«lan» giờ có vai trò duyệt (lãnh đạo)." in page.text
    assert "người dùng số" in page.text and "Admin2" in page.text  # the change log
