"""Names people type: a full name is one short line without escape codes; slot names are
compared after Unicode composition (NFC), so look-alike duplicates are refused."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import Cli

from broadcaster.errors import InputError
from broadcaster.station import App
from broadcaster.users import add_user, list_users, update_user


@pytest.mark.parametrize(
    "full_name",
    ["Nguyễn\nThị Lan", "Lan\x1b[31m đỏ\x1b[0m", "Lan\u2028Hai", "A" * 101],
)
def test_a_full_name_with_line_breaks_escape_codes_or_too_long_is_refused(
    app: App, full_name: str
) -> None:
    with pytest.raises(InputError, match="Họ tên"):
        add_user(app, "lan", "bien-tap", "mat-khau-123", full_name)
    assert list_users(app) == []


def test_the_cli_refuses_an_escape_code_in_a_full_name(run: Cli) -> None:
    result = run(
        "user", "add", "lan", "--role", "bien-tap", "--password", "mat-khau-123",
        "--full-name", "Lan\x1b[2J",
    )  # fmt: skip
    assert result.exit_code == 1 and "ký tự điều khiển" in result.output
    assert "\x1b" not in result.output


def test_a_full_name_is_stored_composed_and_can_be_changed(app: App) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
    user = add_user(app, "lan", "bien-tap", "mat-khau-123", decomposed)
    assert user.full_name == "Nguyễn Thị Lan"
    with pytest.raises(InputError):
        update_user(app, "lan", None, "Lan\nHai")


def test_a_slot_name_in_decomposed_unicode_is_the_same_name(run: Cli) -> None:
    first = run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30")
    assert first.exit_code == 0, first.output
    twin = unicodedata.normalize("NFD", "Buổi sáng")
    assert twin != "Buổi sáng"
    second = run("slot", "add", twin, "--start", "17:00", "--end", "17:30")
    assert second.exit_code == 1, second.output
    assert "Traceback" not in second.output
    shown = run("slot", "list").output
    assert shown.count("Buổi sáng") == 1
    removed = run("slot", "remove", twin)
    assert removed.exit_code == 0, removed.output
