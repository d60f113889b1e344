from pathlib import Path

import pytest

from broadcaster.errors import InputError, StationError
from broadcaster.settings import load_settings, settings_template


def test_layers_defaults_file_env_flags(tmp_path: Path) -> None:
    (tmp_path / "broadcaster.toml").write_text(
        'station_name = "Đài xã A"\nsegment_gap = 3.0\n[tts]\nengines = ["espeak-ng"]\n',
        encoding="utf-8",
    )
    env = {"BROADCASTER_SEGMENT_GAP": "4.5", "BROADCASTER_REQUIRE_APPROVAL": "không"}
    s = load_settings(tmp_path, {"station_name": "Đài xã B"}, env=env)
    assert s.station_name == "Đài xã B"  # flag beats file
    assert s.segment_gap == 4.5  # env beats file
    assert s.require_approval is False
    assert s.tts_engines == ("espeak-ng",)  # from the file's [tts] table
    assert s.timezone == "Asia/Ho_Chi_Minh"  # default


def test_home_from_env_and_db_short_name(tmp_path: Path) -> None:
    s = load_settings(None, env={"BROADCASTER_HOME": str(tmp_path), "BROADCASTER_DB": "sqlite://"})
    assert s.home == tmp_path
    assert s.database_url == "sqlite://"


def test_template_is_valid_settings(tmp_path: Path) -> None:
    (tmp_path / "broadcaster.toml").write_text(
        settings_template("Đài xã", "Asia/Ho_Chi_Minh"), encoding="utf-8"
    )
    s = load_settings(tmp_path, env={})
    assert s.categories["cchc"] == "Cải cách hành chính"


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "broadcaster.toml").write_text("statoin_name = 'x'\n", encoding="utf-8")
    with pytest.raises(StationError, match="khoá không biết: statoin_name"):
        load_settings(tmp_path, env={})


def test_bad_value_names_its_source(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_settings(tmp_path, env={"BROADCASTER_SEGMENT_GAP": "hai"})
    assert "biến môi trường BROADCASTER_SEGMENT_GAP" in str(err.value)


def test_unknown_timezone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Múi giờ «Asia/Hanoi_x» không tồn tại"):
        load_settings(tmp_path, {"timezone": "Asia/Hanoi_x"}, env={})
