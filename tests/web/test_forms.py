"""Forms and uploads: the CLI's messages next to the field, values kept, nothing half-saved."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from web_client import Browser

from broadcaster.catalogue.segments import list_segments
from broadcaster.catalogue.slots import list_slots
from broadcaster.models import ChangeEvent, Segment
from broadcaster.station import App, record_heartbeat

Person = Callable[[str | None], Browser]


def _count(app: App) -> int:
    with app.db.transaction() as session:
        return int(session.scalar(select(func.count(Segment.id))) or 0)


def _add(person: Browser, files: dict[str, object] | None = None, **fields: str):  # type: ignore[no-untyped-def]
    person.get("/tin-bai/them")
    data = {"category": "thong-bao", "level": "thong-thuong", "source": "text", **fields}
    return person.client.post(
        "/tin-bai/them", data={"csrf": person.csrf, **data}, files=files or {}
    )


def test_html_in_a_script_is_shown_as_text(browser: Person) -> None:
    lan = browser("lan")
    page = _add(lan, text="<script>alert('x')</script> Họp dân lúc 8h ngày 25/11/2026.")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(" in page.text
    assert "<script>alert(" not in page.text


def test_a_bad_date_is_explained_next_to_its_field_and_the_values_are_kept(
    browser: Person, station: App
) -> None:
    lan = browser("lan")
    page = _add(lan, title="Thông báo tiêm phòng", text="Nội dung.", valid_from="32/13/2026")
    assert page.status_code == 400
    assert 'class="field-error"' in page.text and "Ngày «32/13/2026» không có thật" in page.text
    assert 'value="Thông báo tiêm phòng"' in page.text
    assert _count(station) == 0


def test_the_service_message_is_the_same_as_the_cli(browser: Person, station: App) -> None:
    lan = browser("lan")
    page = _add(lan, text="   ")
    assert "Kịch bản nhập trực tiếp trống" in page.text
    page = _add(lan, text="Nội dung", category="khong-co")
    assert "Không có chuyên mục «khong-co»" in page.text
    page = _add(lan, text="Nội dung", valid_from="2026-12-05", valid_to="2026-12-01")
    assert "Ngày hết hạn 01/12/2026 ở trước ngày bắt đầu 05/12/2026" in page.text
    assert _count(station) == 0


def test_a_legacy_encoded_script_is_refused_with_the_fix(browser: Person, station: App) -> None:
    lan = browser("lan")
    tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("cp1252")
    page = _add(lan, source="file", files={"script_file": ("tb.txt", tcvn3, "text/plain")})
    assert page.status_code == 400 and "bảng mã cũ TCVN3" in page.text
    assert _count(station) == 0


def test_a_file_is_judged_by_its_content_not_its_name(browser: Person, station: App) -> None:
    lan = browser("lan")
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"
    page = _add(lan, source="file", files={"script_file": ("tb.txt", pdf, "text/plain")})
    assert "Không lấy được chữ trong tệp PDF «tb.pdf»" in page.text
    page = _add(
        lan, source="audio", files={"audio_file": ("ghi-am.mp3", b"xin chao", "audio/mpeg")}
    )
    assert "không phải tệp âm thanh" in page.text
    assert _count(station) == 0


def test_a_script_over_the_limit_is_refused(browser: Person, station: App) -> None:
    lan = browser("lan")
    big = ("Thông báo. " * 250_000).encode()
    page = _add(lan, source="file", files={"script_file": ("dai.txt", big, "text/plain")})
    assert "quá lớn" in page.text and "giới hạn là 2 MB" in page.text
    assert _count(station) == 0


def test_a_typed_text_over_the_limit_gets_a_page_saying_so(browser: Person, station: App) -> None:
    lan = browser("lan")
    big = "Thông báo họp dân. " * 120_000  # over 2 MB as UTF-8
    as_form = _add(lan, text=big)
    as_multipart = _add(lan, text=big, files={"audio_file": ("", b"", "audio/mpeg")})
    for page in (as_form, as_multipart):
        assert page.status_code == 413
        assert "Văn bản gửi lên quá dài (giới hạn 2 MB) nên chưa được lưu" in page.text
    assert _count(station) == 0


def test_the_text_boxes_carry_the_limit_the_browser_checks(browser: Person) -> None:
    hung = browser("hung")
    for url in ("/tin-bai/them", "/phat-ngay"):
        assert 'data-max-bytes="2000000"' in hung.get(url).text


def test_a_docx_script_is_read(browser: Person, station: App) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Thông báo lịch tiếp công dân")
    document.add_paragraph("UBND xã tiếp công dân vào thứ Năm hằng tuần.")
    data = io.BytesIO()
    document.save(data)
    lan = browser("lan")
    page = _add(lan, source="file", files={"script_file": ("tb.docx", data.getvalue(), "x/y")})
    assert "Đã thêm tin bài số 1" in page.text
    assert "Ủy ban nhân dân xã tiếp công dân" in page.text  # normalized beside the original


def test_a_recording_upload_is_stored_and_served_for_listening(
    browser: Person, station: App, tmp_path: Path
) -> None:
    wav = tmp_path / "ghi-am.wav"
    subprocess.run(
        ["sox", "-n", "-r", "24000", "-c", "1", str(wav), "synth", "2", "sine", "440"], check=True
    )
    lan = browser("lan")
    page = _add(
        lan,
        source="audio",
        title="Tiếp sóng",
        files={"audio_file": ("a.bin", wav.read_bytes(), "x")},
    )
    assert "Đã thêm tin bài số 1" in page.text and "<audio" in page.text
    audio = lan.client.get("/tin-bai/1/am-thanh")
    assert audio.status_code == 200 and audio.content[:4] == b"RIFF"
    assert list_segments(station)[0].kind == "recording"


def test_booking_errors_match_the_cli_and_save_nothing(browser: Person, station: App) -> None:
    lan = browser("lan")
    _add(lan, text="Thông báo lịch họp.")
    lan.get("/lich-phat")
    lan.post(
        "/lich-phat/buoi",
        {
            "name": "Buổi sáng",
            "start": "06:00",
            "end": "06:30",
            "days[]": ["0", "1", "2", "3", "4", "5", "6"],
        },
    )
    page = lan.post(
        "/lich-phat/buoi",
        {"name": "Trùng", "start": "06:15", "end": "06:45", "days[]": ["0"]},
    )
    assert "trùng giờ với buổi" in page.text and 'value="Trùng"' in page.text
    assert [s.name for s in list_slots(station)] == ["Buổi sáng"]
    lan.get("/lich-phat/dat")
    page = lan.post(
        "/lich-phat/dat",
        {
            "segment": "1",
            "slots[]": ["Buổi sáng"],
            "date_from": "2026-11-30",
            "date_to": "2026-11-25",
            "per_day": "1",
            "days[]": ["0", "1", "2", "3", "4", "5", "6"],
        },
    )
    assert page.status_code == 400
    assert "Ngày kết thúc 25/11/2026 ở trước ngày bắt đầu 30/11/2026" in page.text
    page = lan.post(
        "/lich-phat/dat",
        {
            "segment": "1",
            "slots[]": ["Buổi sáng"],
            "date_from": "2026-11-24",
            "date_to": "2026-11-25",
            "per_day": "1",
            "days[]": ["0", "1", "2", "3", "4", "5", "6"],
        },
    )
    assert "Đã đặt tin 1 vào buổi «Buổi sáng»" in page.text
    assert "chưa được duyệt, sẽ không phát" in page.text  # the day plan warns
    with station.db.transaction() as session:
        actors = {(c.entity, c.actor) for c in session.scalars(select(ChangeEvent))}
    assert {("slot", "Lan"), ("booking", "Lan")} <= actors


def test_a_slot_table_file_is_loaded(browser: Person, station: App) -> None:
    table = Path(__file__).resolve().parents[2] / "schedules" / "xa-mau.toml"
    lan = browser("lan")
    lan.get("/lich-phat")
    page = lan.client.post(
        "/lich-phat/nap",
        data={"csrf": lan.csrf},
        files={"table": ("xa-mau.toml", table.read_bytes(), "application/toml")},
    )
    assert "Đã nạp xa-mau.toml" in page.text
    assert list_slots(station)


def test_play_now_explains_when_the_daemon_is_down(browser: Person, station: App) -> None:
    hung = browser("hung")
    page = hung.get("/phat-ngay")
    assert "KHÔNG được phát" in page.text
    page = hung.post("/phat-ngay", {"mode": "text", "text": "Khẩn cấp!", "confirm": "1"})
    assert page.status_code == 400 and "đang không chạy nên tin sẽ KHÔNG được phát" in page.text
    assert _count(station) == 0


def test_the_dashboard_says_in_red_that_the_daemon_is_down(browser: Person) -> None:
    page = browser("lan").get("/")
    assert 'class="status-big dead"' in page.text and "KHÔNG chạy" in page.text


def test_the_dashboard_says_the_daemon_runs_before_any_script_refreshes_it(
    browser: Person, station: App
) -> None:
    record_heartbeat(station)
    page = browser("lan").get("/")
    assert 'class="status-big alive"' in page.text and "Phần mềm phát đang chạy" in page.text
    assert "KHÔNG chạy" not in page.text


def test_report_downloads_stay_in_the_report_folder(browser: Person, station: App) -> None:
    lan = browser("lan")
    response = lan.client.get("/bao-cao/tai/2026-10/csv")
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith('bao-cao-2026-10.csv"')
    for bad in ("/bao-cao/tai/2026-10/..%2F..%2Fbroadcaster.toml", "/bao-cao/tai/..%2F..%2F/csv"):
        response = lan.client.get(bad)
        assert response.status_code in (303, 404) or "Lỗi" in response.text
        assert "station_name" not in response.text
    page = lan.get("/bao-cao?thang=2030-01")
    assert "chưa tới nên chưa có gì để báo cáo" in page.text


def test_an_admin_changes_the_station_settings_and_it_is_recorded(
    browser: Person, station: App
) -> None:
    admin = browser("admin2")
    page = admin.get("/quan-tri")
    assert 'href="/quan-tri/thiet-lap"' in page.text
    admin.get("/quan-tri/thiet-lap")
    page = admin.post(
        "/quan-tri/thiet-lap",
        {
            "form": "settings",
            "station_name": "Đài truyền thanh xã Việt Hưng",
            "commune": "Việt Hưng",
            "district": "",
            "station_head": "Nguyễn Văn A",
            "tts_engines": "espeak-ng, gtts",
            "require_approval__shown": "1",
            "require_approval": "1",
        },
    )
    assert "Đã lưu thiết lập của đài." in page.text
    assert "Đài truyền thanh xã Việt Hưng" in page.text
    text = station.settings.settings_path.read_text(encoding="utf-8")
    assert 'station_name = "Đài truyền thanh xã Việt Hưng"' in text
    assert 'engines = ["espeak-ng", "gtts"]' in text
    page = admin.post(
        "/quan-tri/thiet-lap",
        {"form": "settings", "station_name": "X", "tts_engines": "loa-keo"},
    )
    assert "chỉ chọn được: gtts, piper, espeak-ng" in page.text
    assert 'value="loa-keo"' in page.text


def test_a_level_and_repeats_are_chosen_in_the_form(browser: Person, station: App) -> None:
    lan = browser("lan")
    page = _add(lan, text="Bão số 5.", level="uu-tien", repeat_every="30")
    assert "Chỉ tin khẩn cấp mới được nhắc lại tự động" in page.text
    page = _add(lan, text="Bão số 5.", level="khan-cap", repeat_every="ba mươi")
    assert "Nhắc lại mỗi «ba mươi» không hợp lệ" in page.text
    assert 'class="field-error"' in page.text
    assert _count(station) == 0
    page = _add(lan, text="Bão số 5.", level="khan-cap", repeat_every="30", repeat_for="3h")
    assert "mức khẩn cấp" in page.text and "nhắc lại mỗi 30 phút trong 3 giờ" in page.text


def test_slots_of_the_same_name_show_their_zone_and_are_removed_one_by_one(
    browser: Person, station: App, tmp_path: Path
) -> None:
    from datetime import time

    from broadcaster.catalogue.slots import SlotSpec, add_slot
    from broadcaster.commune.registry import add_zone

    add_zone(station, "Thôn 1–6", f"file:{tmp_path}/a.wav")
    add_zone(station, "Chợ xã", f"file:{tmp_path}/b.wav")
    village = add_slot(station, SlotSpec("Buổi sáng", time(5, 30), time(6)), ("Thôn 1–6",))
    market = add_slot(station, SlotSpec("Buổi sáng", time(6), time(6, 30)), ("Chợ xã",))
    lan = browser("lan")
    page = lan.get("/lich-phat")
    assert "Vùng: Thôn 1–6" in page.text and "Vùng: Chợ xã" in page.text
    assert "Bỏ buổi «Buổi sáng» 06:00–06:30 của vùng Chợ xã?" in page.text
    page = lan.post(f"/lich-phat/buoi/{market.id}/bo", {"force": "1"})
    assert page.status_code == 200
    assert [(s.id, s.name) for s in list_slots(station)] == [(village.id, "Buổi sáng")]
