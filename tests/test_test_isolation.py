"""The test suite never touches a live station: its sound server and its database servers
are its own, and what a killed test run left behind is cleaned at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pulse_monitor
from pg_server import PREFIX, clean_leftovers

HERE = Path(__file__).resolve().parent


def _sinks(runtime: Path) -> str:
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(runtime), PULSE_SERVER=f"unix:{runtime}/native")
    out = subprocess.run(
        ["pactl", "list", "short", "sinks"], capture_output=True, text=True, env=env, check=False
    )
    return out.stdout


def test_the_tests_sound_server_is_private_and_stopping_it_spares_a_live_station(
    tmp_path: Path,
) -> None:
    # A stand-in for the live station's sound server, with the production sink name.
    live = tmp_path / "live"
    live.mkdir()
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(live), PULSE_SERVER=f"unix:{live}/native")
    subprocess.run(
        [
            "pulseaudio",
            "-D",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=station",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={live}/native",
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    try:
        pulse_monitor.ensure_null_sink()
        assert pulse_monitor.SINK != "station"
        assert str(os.getpid()) in pulse_monitor.SINK
        assert os.environ["PULSE_SERVER"] != f"unix:{live}/native"
        pulse_monitor.kill_sound_server()
        assert "\tstation\t" in _sinks(live)  # the live station still has its sink
    finally:
        pid = int((live / "pid").read_text().split()[0])
        os.kill(pid, signal.SIGTERM)  # started by this test
        pulse_monitor.ensure_null_sink()
    assert "\tstation\t" not in _sinks(Path(os.environ["PULSE_RUNTIME_PATH"]))


def test_a_killed_test_runs_postgresql_is_stopped_at_the_next_start() -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; sys.path.insert(0, sys.argv[1]);"
            "from pg_server import postgres_server\n"
            "with postgres_server() as url:\n print(url, flush=True); time.sleep(600)",
            str(HERE),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    url = child.stdout.readline()
    root = Path(url.split("host=", 1)[1].split("&", 1)[0])
    assert root.name.startswith(PREFIX) and root.parent == Path(tempfile.gettempdir())
    child.kill()  # kill -9: its cleanup never runs
    child.wait()
    postmaster = root / "data" / "postmaster.pid"
    assert postmaster.exists()
    server = int(postmaster.read_text().split()[0])
    clean_leftovers()
    assert not root.exists()
    for _ in range(600):  # the postmaster is gone (it may take a moment to exit)
        try:
            os.kill(server, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the leftover PostgreSQL is still running")
