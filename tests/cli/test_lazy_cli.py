"""The CLI imports only what a command needs (behaviour checked through sys.modules).

No wall-clock bound here: bench/bench_cli.py prints the times.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from broadcaster.cli import COMMANDS, cli
from broadcaster.database import cheap_head_revision, head_revision

HEAVY = ("sqlalchemy", "alembic", "numpy", "pydub", "apscheduler", "matplotlib", "docx")

PROBE = """
import sys
from broadcaster.cli import main
sys.argv = ["broadcaster", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("MODULES " + " ".join(sorted(sys.modules)), file=sys.stderr)
"""


def loaded_modules(*args: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BROADCASTER_")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("MODULES ")]
    assert line, done.stdout + done.stderr
    return set(line[-1].split()[1:])


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_help_imports_no_database_audio_or_command_module() -> None:
    modules = loaded_modules("--help")
    assert not _top(modules) & set(HEAVY), sorted(_top(modules) & set(HEAVY))
    commands = {module for module, _attr, _help in COMMANDS.values()}
    assert not modules & commands


def test_a_simple_write_skips_migrations_audio_and_the_daemon(tmp_path: Path) -> None:
    home = str(tmp_path / "station")
    loaded_modules("--home", home, "init")
    modules = loaded_modules(
        "--home", home, "slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30"
    )
    assert "sqlalchemy" in modules  # it did write
    assert not _top(modules) & {"alembic", "numpy", "pydub", "apscheduler", "matplotlib"}
    assert "broadcaster.playout.daemon" not in modules
    assert "broadcaster.cli.report" not in modules


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_registry_help_is_the_commands_own(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.name == name
    assert COMMANDS[name][2] == command.get_short_help_str(limit=1000)


def test_help_lists_every_registered_command() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"\n  {name} " in result.output


def test_schema_head_is_read_from_the_migration_files_as_alembic_reads_it() -> None:
    assert cheap_head_revision() == head_revision()
