"""``broadcaster settings list|show|set``: every declared setting, checked, written kept."""

from __future__ import annotations

import tomllib
from pathlib import Path

from conftest import Cli

from broadcaster.settings import DECLARED


def _file(run: Cli) -> str:
    return (Path(run.home) / "broadcaster.toml").read_text(encoding="utf-8")


def test_list_shows_every_setting_with_value_default_and_help(run_sqlite: Cli) -> None:
    run_sqlite("init")
    out = run_sqlite("settings", "list").output
    for item in DECLARED.values():
        assert f"\n{item.name} = " in out, item.name
        assert item.spec.help in out, item.name
    assert "quiet_hours = 21:30-05:00\n" in out
    assert "Mặc định: 21:30-05:00." in out
    assert "== Giọng đọc ==" in out and "== Tiếp âm ==" in out


def test_show_names_source_place_role_and_when_it_applies(run_sqlite: Cli) -> None:
    run_sqlite("init")
    out = run_sqlite("settings", "show", "relay-fallback").output
    assert "relay_fallback: Khi mất luồng tiếp âm thì phát" in out
    assert "Giá trị: silence (mặc định)" in out
    assert "Trong broadcaster.toml: [relay] fallback" in out
    assert "biến môi trường: BROADCASTER_RELAY_FALLBACK" in out
    assert "Ai được đổi: người quản trị" in out
    out = run_sqlite("settings", "show", "output").output
    assert "cần khởi động lại phần mềm phát (broadcaster run)" in out
    wrong = run_sqlite("settings", "show", "quiet_hour")
    assert wrong.exit_code == 1 and "Có phải: quiet_hours?" in wrong.output


def test_set_checks_writes_keeps_comments_and_says_when_it_applies(run_sqlite: Cli) -> None:
    run_sqlite("init")
    comments = [ln for ln in _file(run_sqlite).splitlines() if ln.startswith("#")]
    done = run_sqlite("settings", "set", "quiet_hours", "22:00-05:30")
    assert done.exit_code == 0, done.output
    assert "«Giờ yên tĩnh» (quiet_hours) = 22:00-05:30: có hiệu lực ngay" in done.output
    done = run_sqlite("settings", "set", "tts_engines", "espeak-ng,gtts")
    assert done.exit_code == 0, done.output
    done = run_sqlite("settings", "set", "relay_retries", "5")
    assert done.exit_code == 0, done.output
    done = run_sqlite("settings", "set", "icecast_format", "opus")
    assert "CHƯA có hiệu lực với phần mềm đang chạy" in done.output
    text = _file(run_sqlite)
    data = tomllib.loads(text)
    assert data["quiet_hours"] == "22:00-05:30"
    assert data["tts"]["engines"] == ["espeak-ng", "gtts"]
    assert data["relay"]["retries"] == 5 and data["icecast"]["format"] == "opus"
    assert all(c in text for c in comments)
    assert "22:00-05:30 (tệp" in run_sqlite("settings", "show", "quiet_hours").output


def test_a_wrong_value_is_refused_and_the_file_is_left_alone(run_sqlite: Cli) -> None:
    run_sqlite("init")
    before = _file(run_sqlite)
    for args, said in (
        (("espeak_pitch", "200"), "không được lớn hơn 99"),
        (("quiet_hours", "tối"), "Giờ yên tĩnh «tối» không hợp lệ"),
        (("tts_engines", "gtts,loa"), "chỉ chọn được: gtts, piper, espeak-ng"),
        (("tts_engines", "gtts,gtts"), "Mỗi mục chỉ ghi một lần"),
        (("require_approval", "có lẽ"), "hãy ghi true/false"),
        (("categories", "x"), "không đặt được bằng một giá trị"),
        (("khong_co", "1"), "Không có thiết lập «khong_co»"),
    ):
        result = run_sqlite("settings", "set", *args)
        assert result.exit_code == 1 and said in result.output, (args, result.output)
        assert "Traceback" not in result.output
    assert _file(run_sqlite) == before


def test_a_category_voice_is_set_and_removed_by_name(run_sqlite: Cli) -> None:
    run_sqlite("init")
    done = run_sqlite("settings", "set", "tts_category.y-te.piper_speed", "0,9")
    assert done.exit_code == 0 and "y-te: piper_speed = 0.9" in done.output, done.output
    assert tomllib.loads(_file(run_sqlite))["tts"]["category"]["y-te"] == {"piper_speed": 0.9}
    wrong = run_sqlite("settings", "set", "tts_category.khong-co.piper_speed", "1")
    assert wrong.exit_code == 1 and "Không có chuyên mục «khong-co»" in wrong.output
    done = run_sqlite("settings", "set", "tts_category.y-te.piper_speed", "")
    assert done.exit_code == 0 and "category" not in tomllib.loads(_file(run_sqlite))["tts"]


def test_a_secret_setting_is_never_shown_back(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from broadcaster.cli import cli

    home = str(tmp_path / "st")
    runner = CliRunner()
    assert runner.invoke(cli, ["--home", home, "init"]).exit_code == 0
    token = "bi-mat-cua-diem-phat-123"
    done = runner.invoke(cli, ["--home", home, "settings", "set", "site_token", token])
    assert done.exit_code == 0, done.output
    for args in (["settings", "show", "site_token"], ["settings", "list"]):
        out = runner.invoke(cli, ["--home", home, *args]).output
        assert token not in out and "(đã đặt)" in out
    assert token not in done.output
