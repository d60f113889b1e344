#!/bin/bash
# Start a local Icecast2 for the station when its settings ask for it
# (icecast_local = true and an output icecast://source:PASSWORD@127.0.0.1:PORT/mount).
# Writes STATION/icecast/icecast.xml: bound to 127.0.0.1 only, logs in STATION/icecast/log,
# and, when run as root, <changeowner> nobody/nogroup (icecast2 refuses to run as root).
# Usage: deploy/local-icecast.sh [STATION_HOME]     (make run calls it)
# Stop it: kill "$(cat STATION/icecast/icecast.pid)"
set -euo pipefail
home="${1:-station}"
here="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$here/.venv/bin/python}"
exec "$python" -m broadcaster.playout.outputs.icecast_local --home "$home"
