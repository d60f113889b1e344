#!/usr/bin/env bash
# The station in one command: the playout daemon and the web console side by side.
# Ctrl+C (or SIGTERM) stops both. The console is a separate process, so an error in it
# never stops or delays playout. Usage: deploy/run-station.sh [STATION_HOME]
set -u
BIN=${BIN:-.venv/bin}
HOME_DIR=${1:-station}
"$BIN/broadcaster" --home "$HOME_DIR" web &
web=$!
stop_web() { kill "$web" 2>/dev/null; wait "$web" 2>/dev/null; }
trap stop_web EXIT
trap 'exit 130' INT TERM
"$BIN/broadcaster" --home "$HOME_DIR" run
