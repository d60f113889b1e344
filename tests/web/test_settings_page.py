"""«Thiết lập đài»: the form generated from the settings declaration."""

from __future__ import annotations

import html
import tomllib
from collections.abc import Callable

from web_client import Browser

from broadcaster.settings import DECLARED
from broadcaster.station import App

Person = Callable[[str | None], Browser]


def _save(admin: Browser, **values: str) -> str:
    admin.get("/quan-tri/thiet-lap")
    response = admin.post("/quan-tri/thiet-lap", {"form": "settings", **values})
    return html.unescape(response.text)


def test_every_declared_setting_is_shown_with_its_help_and_default(
    browser: Person, station: App
) -> None:
    page = html.unescape(browser("admin2").get("/quan-tri/thiet-lap").text)
    for item in DECLARED.values():
        assert item.spec.label in page, item.name
        assert item.spec.help in page, item.name
    assert 'name="quiet_hours" value="21:30-05:00"' in page
    assert "Mặc định: <code>21:30-05:00</code>" in page
    assert 'name="timezone"' not in page  # changed only in the file: shown, not editable
    assert "Chỉ sửa trong tệp broadcaster.toml" in page


def test_only_an_admin_opens_or_posts_the_settings(browser: Person, station: App) -> None:
    for name in ("lan", "hung"):
        person = browser(name)
        assert person.get("/quan-tri/thiet-lap").status_code == 403
        person.get("/")
        refused = person.post("/quan-tri/thiet-lap", {"form": "settings", "quiet_hours": ""})
        assert refused.status_code == 403
    assert station.settings.quiet_hours == "21:30-05:00"


def test_a_live_change_is_saved_said_and_recorded(browser: Person, station: App) -> None:
    before = station.settings.settings_path.read_text(encoding="utf-8")
    page = _save(
        browser("admin2"), quiet_hours="22:00-05:30", segment_gap="3,5", station_head="A; B"
    )
    assert "Đã lưu thiết lập của đài." in page
    assert "«Giờ yên tĩnh» (quiet_hours) = 22:00-05:30: có hiệu lực ngay" in page
    assert "cần khởi động lại phần mềm phát" not in page.split("</main>")[0].split("<form")[0]
    text = station.settings.settings_path.read_text(encoding="utf-8")
    assert tomllib.loads(text)["quiet_hours"] == "22:00-05:30"
    assert tomllib.loads(text)["segment_gap"] == 3.5
    assert tomllib.loads(text)["station_head"] == "A; B"
    kept = [ln for ln in before.splitlines() if ln.startswith("#")]
    assert all(ln in text for ln in kept)  # the operator's comments stay
    page = html.unescape(browser("admin2").get("/quan-tri").text)
    assert "Admin2: thiết lập đài, đổi thiết lập: station_head" in page
    assert 'segment_gap = 3.5, quiet_hours = "22:00-05:30"' in page


def test_a_change_that_waits_for_a_restart_says_so(browser: Person, station: App) -> None:
    page = _save(browser("admin2"), output="file:/tmp/phat.wav, device")
    assert "chỉ có hiệu lực sau khi khởi động lại phần mềm phát (broadcaster run)" in page
    assert tomllib.loads(station.settings.settings_path.read_text())["output"] == [
        "file:/tmp/phat.wav",
        "device",
    ]


def test_a_wrong_value_is_refused_next_to_its_field_and_nothing_is_written(
    browser: Person, station: App
) -> None:
    before = station.settings.settings_path.read_text(encoding="utf-8")
    admin = browser("admin2")
    for field, value, said in (
        ("quiet_hours", "tối", "Giờ yên tĩnh «tối» không hợp lệ"),
        ("espeak_speed", "nhanh", "phải là số nguyên"),
        ("espeak_pitch", "150", "không được lớn hơn 99"),
        ("icecast_format", "wma", "chỉ chọn được: mp3, opus"),
        ("output", "loa", "Đầu ra «loa» không hợp lệ"),
        ("station_name", "  ", "Không được để trống"),
    ):
        admin.get("/quan-tri/thiet-lap")
        response = admin.post("/quan-tri/thiet-lap", {"form": "settings", field: value})
        assert response.status_code == 400, field
        page = html.unescape(response.text)
        assert said in page, (field, page[page.find("field-error") - 200 :][:600])
        assert 'class="field-error"' in page
        assert f'name="{field}"' in page
    assert station.settings.settings_path.read_text(encoding="utf-8") == before


def test_unticking_a_box_turns_the_setting_off(browser: Person, station: App) -> None:
    page = _save(browser("admin2"), require_approval__shown="1")
    assert "«Tin phải được duyệt trước khi phát» (require_approval) = false" in page
    text = station.settings.settings_path.read_text(encoding="utf-8")
    assert tomllib.loads(text)["require_approval"] is False


def test_saving_nothing_new_says_so(browser: Person, station: App) -> None:
    page = _save(browser("admin2"), quiet_hours="21:30-05:00")
    assert "Chưa có gì thay đổi trong thiết lập." in page


def test_a_category_gets_its_own_voice_and_loses_it_again(browser: Person, station: App) -> None:
    admin = browser("admin2")
    admin.get("/quan-tri/thiet-lap")
    choice = {"form": "voice", "category": "y-te", "key": "espeak_speed", "value": "120"}
    page = html.unescape(admin.post("/quan-tri/thiet-lap/giong", choice).text)
    assert "Đã lưu giọng riêng của chuyên mục." in page
    assert "<strong>Y tế</strong>: espeak_speed = 120" in page
    data = tomllib.loads(station.settings.settings_path.read_text(encoding="utf-8"))
    assert data["tts"]["category"]["y-te"] == {"espeak_speed": 120}
    assert station.settings.for_category("y-te").espeak_speed == 120
    wrong = admin.post("/quan-tri/thiet-lap/giong", {**choice, "value": "5"})
    assert wrong.status_code == 400 and "không được nhỏ hơn 80" in html.unescape(wrong.text)
    page = html.unescape(admin.post("/quan-tri/thiet-lap/giong", {**choice, "value": ""}).text)
    assert "Chưa chuyên mục nào có giọng riêng." in page
    assert "category" not in tomllib.loads(station.settings.settings_path.read_text())["tts"]


def test_the_page_says_what_the_running_daemon_has_not_taken(browser: Person, station: App) -> None:
    import os

    from broadcaster.settings_watch import write_running
    from broadcaster.station import record_heartbeat

    record_heartbeat(station)  # a daemon runs (this process's pid) ...
    write_running(station.settings, os.getpid())  # ... with the settings it started with
    admin = browser("admin2")
    assert "vẫn dùng giá trị cũ" not in admin.get("/quan-tri/thiet-lap").text
    _save(admin, fade_ms="500", quiet_hours="22:00-05:00")
    page = html.unescape(admin.get("/quan-tri/thiet-lap").text)
    assert (
        "Phần mềm phát đang chạy vẫn dùng giá trị cũ của: «Thời gian giảm dần» (fade_ms)." in page
    )
    assert "(quiet_hours)" not in page.split("restart-pending")[1].split("</p>")[0]


def test_a_change_made_on_the_command_line_is_seen_by_the_console(
    browser: Person, station: App
) -> None:
    from broadcaster.settings_file import set_setting

    admin = browser("admin2")
    admin.get("/quan-tri/thiet-lap")
    set_setting(station, "quiet_hours", "23:00-04:00")  # as «settings set» does, another process
    page = html.unescape(admin.get("/quan-tri/thiet-lap").text)
    assert 'name="quiet_hours" value="23:00-04:00"' in page
    assert station.settings.quiet_hours == "23:00-04:00"  # the console's station took it
