from pathlib import Path

from conftest import REPO, Cli


def test_init_creates_home_settings_and_database(run_sqlite: Cli) -> None:
    result = run_sqlite("init", "--name", "Đài truyền thanh xã Việt Hưng")
    assert result.exit_code == 0, result.output
    assert "Đã tạo đài «Đài truyền thanh xã Việt Hưng»" in result.output
    assert (run_sqlite.home / "broadcaster.toml").exists()
    assert (run_sqlite.home / "broadcaster.db").exists()


def test_init_twice_is_harmless(run_sqlite: Cli) -> None:
    run_sqlite("init")
    (run_sqlite.home / "broadcaster.toml").write_text(
        (run_sqlite.home / "broadcaster.toml").read_text(encoding="utf-8")
        + "\n# ghi chú của đài\n",
        encoding="utf-8",
    )
    result = run_sqlite("init")
    assert result.exit_code == 0
    assert "đã có sẵn" in result.output
    assert "ghi chú của đài" in (run_sqlite.home / "broadcaster.toml").read_text(encoding="utf-8")


def test_commands_before_init_say_how_to_start(run_sqlite: Cli) -> None:
    result = run_sqlite("segment", "list")
    assert result.exit_code == 1
    assert "Chưa có đài ở thư mục" in result.output
    assert "Hãy chạy «broadcaster init» trước" in result.output


def test_init_example_loads_schedule_and_scripts_once(run_sqlite: Cli) -> None:
    result = run_sqlite("init", "--example", "--example-dir", str(REPO))
    assert result.exit_code == 0, result.output
    assert "Đã nạp đài mẫu: 5 tin bài" in result.output
    again = run_sqlite("init", "--example", "--example-dir", str(REPO))
    assert "Đài mẫu đã được nạp từ trước" in again.output
    plan = run_sqlite("plan", "--date", "23/11/2026")
    assert "Buổi sáng 06:00–06:30" in plan.output
    assert "Thông báo khẩn về bão số 9" in plan.output


def test_init_example_from_wrong_folder_is_refused(run_sqlite: Cli, tmp_path: Path) -> None:
    result = run_sqlite("init", "--example", "--example-dir", str(tmp_path))
    assert result.exit_code == 1
    assert "Không thấy đài mẫu" in result.output


def test_init_with_unknown_timezone_fails_cleanly(run_sqlite: Cli) -> None:
    result = run_sqlite("init", "--timezone", "Mars/Base")
    assert result.exit_code == 1
    assert "Múi giờ «Mars/Base» không tồn tại" in result.output
    assert not run_sqlite.home.exists()


def test_help_is_vietnamese(run_sqlite: Cli) -> None:
    result = run_sqlite("--help")
    assert result.exit_code == 0
    assert "Cách dùng: broadcaster [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]..." in result.output
    assert "Tùy chọn" in result.output and "Lệnh" in result.output
    for command in (["segment", "add"], ["slot", "load"], ["book"], ["plan"], ["init"]):
        help_text = run_sqlite(*command, "--help").output
        assert "Hiện hướng dẫn này rồi thoát." in help_text, command
        assert "Usage" not in help_text and "OPTIONS" not in help_text


def test_usage_errors_are_vietnamese(run_sqlite: Cli) -> None:
    result = run_sqlite("segment", "approve", "1")
    assert result.exit_code == 2
    assert "Lỗi: Thiếu tùy chọn '--by'." in result.output
