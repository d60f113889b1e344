"""Which IP loudspeakers (Icecast listeners) were connected during each airing.

The daemon asks Icecast's admin ``listclients`` for each icecast:// mount every few
seconds and keeps one session per listener (address, user agent, connected since, last
seen) in ``aircheck/ZONE/listeners.json`` (typed, versioned). An airing's evidence then
names the clusters connected throughout it and those connected only part of the time.
"""

from __future__ import annotations

import base64
import json
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from broadcaster.aircheck.archive import write_atomic

FORMAT = "broadcaster-listeners/1"
OWN_AGENT = "broadcaster-aircheck"  # the air-check recorder listening to its own mount
POLL_SECONDS = 2.0
SLACK = 3 * POLL_SECONDS  # a session seen this recently before/after a moment covers it


@dataclass(frozen=True)
class Session:
    mount: str
    id: str
    ip: str
    agent: str
    since: float  # epoch
    last_seen: float

    def label(self) -> str:
        return f"{self.ip} «{self.agent}»" if self.agent else self.ip


def mounts(outputs: tuple[str, ...]) -> list[tuple[str, str]]:
    """(server base URL, mount) for each icecast:// output."""
    found = []
    for spec in outputs:
        if spec.startswith("icecast://"):
            parts = urlsplit(spec)
            found.append(
                (f"http://{parts.hostname or '127.0.0.1'}:{parts.port or 8000}", parts.path)
            )
    return found


def parse_listclients(text: str, mount: str, now: float) -> list[Session]:
    """The listeners of a ``listclients`` XML answer, own recorder left out."""
    root = ET.fromstring(text)
    sessions = []
    for node in root.iter("listener"):
        agent = (node.findtext("UserAgent") or "").strip()
        if agent.startswith(OWN_AGENT):
            continue
        connected = float(node.findtext("Connected") or 0)
        sessions.append(
            Session(
                mount,
                node.get("id") or node.findtext("ID") or "",
                (node.findtext("IP") or "").strip(),
                agent,
                now - connected,
                now,
            )
        )
    return sessions


def merge(known: list[Session], seen: list[Session]) -> list[Session]:
    """The log updated with one poll: known sessions seen again move their last_seen."""
    by_key = {(s.mount, s.id): s for s in known}
    for s in seen:
        old = by_key.get((s.mount, s.id))
        by_key[(s.mount, s.id)] = replace(old, last_seen=s.last_seen) if old else s
    return sorted(by_key.values(), key=lambda s: (s.since, s.id))


def during(
    sessions: list[Session], start: float, end: float
) -> tuple[list[Session], list[Session]]:
    """Sessions connected throughout ``start``-``end``, and those connected only part of it."""
    throughout, partly = [], []
    for s in sessions:
        if s.since > end or s.last_seen + SLACK < start:
            continue
        if s.since <= start and s.last_seen + SLACK >= end:
            throughout.append(s)
        else:
            partly.append(s)
    return throughout, partly


def read_log(folder: Path) -> list[Session]:
    try:
        data = json.loads((folder / "listeners.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if data.get("format") != FORMAT:
        return []
    return [Session(**s) for s in data.get("sessions", [])]


def write_log(folder: Path, sessions: list[Session], keep_after: float) -> None:
    kept = [asdict(s) for s in sessions if s.last_seen >= keep_after]
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(
        folder / "listeners.json",
        json.dumps({"format": FORMAT, "sessions": kept}, ensure_ascii=False),
    )


def fetch(base: str, mount: str, password: str, timeout: float = 3.0) -> str:
    request = urllib.request.Request(f"{base}/admin/listclients?mount={quote(mount)}")
    token = base64.b64encode(f"admin:{password}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=timeout) as reply:
        return str(reply.read().decode("utf-8", errors="replace"))


def describe(sessions: list[Session], start: datetime, end: datetime, tz: object) -> str:
    """The evidence line: «Cụm loa IP nhận được suốt lượt phát: 1/2 (…)»."""
    throughout, partly = during(sessions, start.timestamp(), end.timestamp())
    total = len(throughout) + len(partly)
    if total == 0:
        return "Không có cụm loa IP nào kết nối trong lượt phát."
    text = f"Cụm loa IP nhận được suốt lượt phát: {len(throughout)}/{total}"
    if throughout:
        text += " (" + ", ".join(s.label() for s in throughout) + ")"
    text += "."
    if partly:
        parts = []
        for s in partly:
            gone = datetime.fromtimestamp(s.last_seen, UTC).astimezone(tz)  # type: ignore[arg-type]
            parts.append(f"{s.label()} (tới {gone:%H:%M:%S})")
        text += " Chỉ nhận một phần: " + ", ".join(parts) + "."
    return text
