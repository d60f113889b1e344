"""Station settings changed from the console: only the named lines change."""

from __future__ import annotations

import tomllib

import pytest

from broadcaster.errors import InputError
from broadcaster.settings import settings_template
from broadcaster.settings_file import change_station_settings, set_keys
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
    assert new.commune == "Việt Hưng"
    with pytest.raises(InputError, match="Thứ tự bộ đọc"):
        change_station_settings(actor, {"tts_engines": ["loa"]})
    with pytest.raises(InputError, match="Chưa có gì thay đổi"):
        change_station_settings(app, {"commune": app.settings.commune})
