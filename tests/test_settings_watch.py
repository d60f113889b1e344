"""A long-running process notices broadcaster.toml changes and takes the live ones."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from broadcaster.settings import Settings, load_settings, settings_template
from broadcaster.settings_spec import LIVE, RESTART
from broadcaster.settings_watch import SettingsWatch, plan_reload


def _home(tmp_path: Path) -> Path:
    (tmp_path / "broadcaster.toml").write_text(
        settings_template("Đài", "Asia/Ho_Chi_Minh"), encoding="utf-8"
    )
    return tmp_path


def _edit(home: Path, old: str, new: str) -> None:
    path = home / "broadcaster.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, new), encoding="utf-8")
    st = path.stat()  # a later stamp even on a coarse-clock file system
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_live_changes_apply_and_the_others_wait() -> None:
    running = Settings()
    fresh = Settings(quiet_hours="", tts_engines=("espeak-ng",), output=("file:x.wav",))
    reload = plan_reload(running, fresh, (LIVE,))
    assert reload.applied == ("tts_engines", "quiet_hours")
    assert reload.waiting == ("output",)
    assert reload.settings.quiet_hours == "" and reload.settings.output == ("device",)
    assert "waiting for a restart: output" in reload.describe()
    assert plan_reload(running, fresh, (LIVE, RESTART)).settings.output == ("file:x.wav",)


def test_the_watch_reloads_only_when_the_file_changes(tmp_path: Path) -> None:
    home = _home(tmp_path)
    settings = load_settings(home, env={})
    watch = SettingsWatch(settings, loader=lambda: load_settings(home, env={}))
    assert watch.check(settings) is None
    _edit(home, 'quiet_hours = "21:30-05:00"', 'quiet_hours = "22:00-04:00"')
    reload = watch.check(settings)
    assert reload is not None and reload.settings.quiet_hours == "22:00-04:00"
    assert watch.check(reload.settings) is None  # seen once


def test_a_broken_file_keeps_the_running_settings(tmp_path: Path) -> None:
    home = _home(tmp_path)
    settings = load_settings(home, env={})
    watch = SettingsWatch(settings, loader=lambda: load_settings(home, env={}))
    _edit(home, 'quiet_hours = "21:30-05:00"', 'quiet_hours = "tối"')
    assert watch.check(settings) is None
    _edit(home, 'quiet_hours = "tối"', "quiet_hours = [")
    assert watch.check(settings) is None


def test_what_waits_for_a_restart_is_told_from_the_daemon_record(tmp_path: Path) -> None:
    from dataclasses import replace

    from broadcaster.settings_watch import RUNNING_FILE, waiting_for_restart, write_running

    started = load_settings(_home(tmp_path), env={})
    write_running(started, 4242)
    changed = replace(started, output=("file:x.wav",), quiet_hours="")
    assert waiting_for_restart(changed, 4242) == ("output",)  # quiet hours apply live
    assert waiting_for_restart(started, 4242) == ()
    assert waiting_for_restart(changed, 999) == ()  # another daemon (this one restarted)
    assert waiting_for_restart(changed, None) == ()  # none runs
    (tmp_path / RUNNING_FILE).write_text("{", encoding="utf-8")
    assert waiting_for_restart(changed, 4242) == ()


def test_a_value_the_daemon_took_from_its_environment_is_no_change_waiting(
    tmp_path: Path,
) -> None:
    from broadcaster.settings_watch import waiting_for_restart, write_running

    home = _home(tmp_path)
    # «make run» on a machine with no sound card: the daemon plays to PulseAudio by its env
    daemon = load_settings(home, env={"BROADCASTER_OUTPUT_DEVICE": "pulse"})
    write_running(daemon, 4242)
    shell = load_settings(home, env={})  # «broadcaster status» from another terminal
    assert daemon.output_device != shell.output_device
    assert waiting_for_restart(shell, 4242) == ()
    # a change of the file is still told
    changed = dataclasses.replace(shell, output=("file:x.wav",))
    assert waiting_for_restart(changed, 4242) == ("output",)


def test_a_process_never_swaps_its_zone_or_database_while_running() -> None:
    fresh = Settings(timezone="Asia/Bangkok", db_url="sqlite://", quiet_hours="")
    reload = plan_reload(Settings(), fresh, (LIVE, RESTART))
    assert reload.applied == ("quiet_hours",)
    assert set(reload.waiting) == {"timezone", "db_url"}
