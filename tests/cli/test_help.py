"""Every command's help is in Vietnamese, and output cut short by a pipe is not an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from broadcaster.__main__ import web_cmd
from broadcaster.cli import cli

ENGLISH = ("[OPTIONS]", "Usage:", "Options:", "Commands:", "Show this message")


def _paths(group: click.Group, ctx: click.Context, prefix: list[str]) -> list[list[str]]:
    found = [prefix]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            found += _paths(command, ctx, [*prefix, name])
        elif command is not None:
            found.append([*prefix, name])
    return found


def test_every_help_page_including_the_console_is_in_vietnamese() -> None:
    cli.add_command(web_cmd)  # what broadcaster.__main__.main() does
    try:
        with click.Context(cli) as ctx:
            paths = _paths(cli, ctx, [])
        _all_in_vietnamese(paths)
    finally:
        cli.commands.pop("web", None)


def _all_in_vietnamese(paths: list[list[str]]) -> None:
    assert ["web"] in paths
    runner = CliRunner()
    for path in paths:
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Cách dùng: broadcaster" in result.output, path
        for word in ENGLISH:
            assert word not in result.output, (path, word)


@pytest.mark.parametrize("args", [["--help"], ["text", "normalize"]])
def test_a_reader_that_stops_early_gets_no_error_message(args: list[str], tmp_path: Path) -> None:
    """«broadcaster … | head»: the reader is gone before anything is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    proc = subprocess.run(
        [sys.executable, "-m", "broadcaster", "--home", str(tmp_path), *args],
        input="Ngày 5/7/2026, UBND xã thông báo.\n" * 50,
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    os.close(write_end)
    assert "Lỗi" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
