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


def test_aircheck_settings_default_and_from_the_file(tmp_path: Path) -> None:
    s = load_settings(tmp_path, env={})
    assert (s.monitor, s.aircheck_days, s.silence_alarm_seconds) == ("none", 31, 10)
    (tmp_path / "broadcaster.toml").write_text(
        'monitor = "pulse:station.monitor"\naircheck_days = 7\nalarm_command = "sms.sh"\n',
        encoding="utf-8",
    )
    s = load_settings(tmp_path, env={"BROADCASTER_SILENCE_ALARM_SECONDS": "20"})
    assert (s.monitor, s.aircheck_days, s.silence_alarm_seconds) == ("pulse:station.monitor", 7, 20)
    assert s.alarm_command == "sms.sh"
    assert s.aircheck_dir == tmp_path / "aircheck"


@pytest.mark.parametrize("spec", ["loa", "pulse:", "device:  ", "http://x"])
def test_a_bad_monitor_is_refused_in_vietnamese(tmp_path: Path, spec: str) -> None:
    with pytest.raises(InputError, match="Nguồn giám sát"):
        load_settings(tmp_path, {"monitor": spec}, env={})
