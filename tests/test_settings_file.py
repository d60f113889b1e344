"""Station settings changed from the console: only the named lines change."""

from __future__ import annotations

import tomllib

import pytest

from broadcaster.errors import InputError, StationError
from broadcaster.settings import settings_template
from broadcaster.settings_file import change_station_settings, set_keys, set_setting
from broadcaster.station import App


def test_set_keys_changes_lines_and_keeps_comments() -> None:
    text = settings_template("Đài cũ", "Asia/Ho_Chi_Minh")
    new = set_keys(
        text,
        {
            "station_name": 'Đài "mới"',
            "station_head": "Nguyễn Văn A",
            "require_approval": False,
            "tts_engines": ["espeak-ng", "gtts"],
        },
    )
    data = tomllib.loads(new)
    assert data["station_name"] == 'Đài "mới"'
    assert data["station_head"] == "Nguyễn Văn A"
    assert data["require_approval"] is False
    assert data["tts"]["engines"] == ["espeak-ng", "gtts"]
    assert "# Thiết lập của đài." in new
    assert new.count("station_name") == 1


def test_a_missing_key_and_section_are_added() -> None:
    data = tomllib.loads(
        set_keys(
            'timezone = "Asia/Ho_Chi_Minh"\n', {"commune": "Việt Hưng", "tts_engines": ["gtts"]}
        )
    )
    assert data["commune"] == "Việt Hưng" and data["tts"]["engines"] == ["gtts"]


def test_the_change_is_recorded_and_bad_engines_refused(app: App) -> None:
    actor = app.acting_as("Quản trị")
    new = change_station_settings(actor, {"commune": "Việt Hưng"})
    assert new.settings.commune == "Việt Hưng" and new.names == ("commune",)
    with pytest.raises(InputError, match="Thứ tự bộ đọc"):
        change_station_settings(actor, {"tts_engines": ["loa"]})
    with pytest.raises(InputError, match="Chưa có gì thay đổi"):
        change_station_settings(app, {"commune": app.settings.commune})


def test_a_key_is_changed_where_the_operator_put_it() -> None:
    text = (
        '# đài\nrelay_retries = 2  # ghi ở trên cùng\n\n[tts]\nengines = ["gtts"]\n'
        'piper_voice = "giọng #1.onnx"   # giọng "tốt" nhất\n'
        "[tts.category.y-te]\nespeak_speed = 135\n\n[web]\nport = 8080\n"
    )
    changes = {"relay_retries": 5, "espeak_speed": 140, "web_port": 9000, "piper_voice": "b.onnx"}
    new = set_keys(text, changes)
    data = tomllib.loads(new)
    assert data["relay_retries"] == 5 and "relay" not in data
    assert data["tts"]["espeak_speed"] == 140  # the station-wide one, in [tts]
    assert data["tts"]["category"]["y-te"]["espeak_speed"] == 135  # the category's stays
    assert data["web"]["port"] == 9000
    assert "relay_retries = 5  # ghi ở trên cùng\n" in new and "# đài" in new  # comments stay
    assert 'piper_voice = "b.onnx"   # giọng "tốt" nhất\n' in new


def test_set_setting_checks_typed_text_and_says_what_waits(app: App) -> None:
    done = set_setting(app, "quiet-hours", "22:00-05:00")
    assert done.settings.quiet_hours == "22:00-05:00" and done.waiting == ()
    done = set_setting(app, "output", "device, file:/tmp/x.wav")
    assert done.settings.output == ("device", "file:/tmp/x.wav")
    assert done.waiting == ("output",)
    data = tomllib.loads(app.settings.settings_path.read_text(encoding="utf-8"))
    assert data["quiet_hours"] == "22:00-05:00" and data["output"] == ["device", "file:/tmp/x.wav"]
    with pytest.raises(InputError, match="Có phải: quiet_hours"):
        set_setting(app, "quiet_hour", "")
    with pytest.raises(InputError, match="không đặt được bằng một giá trị"):
        set_setting(app, "categories", "x")
    with pytest.raises(InputError, match="không được nhỏ hơn 0"):
        set_setting(app, "segment_gap", "-1")


def test_a_value_written_over_several_lines_is_left_for_a_person(app: App) -> None:
    path = app.settings.settings_path
    text = path.read_text(encoding="utf-8").replace(
        'engines = ["gtts", "piper", "espeak-ng"]', 'engines = [\n  "gtts",\n  "espeak-ng",\n]'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StationError, match="Hãy sửa tay: \\[tts\\] engines"):
        set_setting(app, "tts_engines", "espeak-ng")
    assert path.read_text(encoding="utf-8") == text
