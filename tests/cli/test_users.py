"""``broadcaster user …``: add, list, passwd, disable — exit codes and messages."""

from __future__ import annotations

from conftest import Cli


def test_user_commands(run: Cli) -> None:
    result = run("user", "add", "lan", "--role", "bien-tap", "--password", "mat-khau-123")
    assert result.exit_code == 0 and "Đã thêm người dùng «lan» (biên tập)." in result.output
    result = run("user", "add", "hung", "--role", "duyet", input="mat-khau-456\nmat-khau-456\n")
    assert result.exit_code == 0, result.output
    result = run("user", "list")
    assert "lan" in result.output and "duyệt (lãnh đạo)" in result.output
    result = run("user", "passwd", "lan", "--password", "mat-khau-moi")
    assert result.exit_code == 0 and "Đã đổi mật khẩu của «lan»." in result.output
    result = run("user", "disable", "lan")
    assert result.exit_code == 0 and "Đã khoá «lan»." in result.output
    assert "đã khoá" in run("user", "list").output


def test_user_errors_are_vietnamese_with_a_non_zero_exit(run: Cli) -> None:
    result = run("user", "add", "lan", "--role", "sep", "--password", "mat-khau-123")
    assert result.exit_code == 1 and "Vai trò «sep» không có" in result.output
    result = run("user", "passwd", "khong-co", "--password", "mat-khau-123")
    assert result.exit_code == 1 and "Không có người dùng «khong-co»" in result.output
    result = run("user", "add", "lan", "--role", "bien-tap", "--password", "ngan")
    assert result.exit_code == 1 and "ít nhất 8 ký tự" in result.output
