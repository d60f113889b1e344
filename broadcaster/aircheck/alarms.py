"""Dead air and wrong air: judged from the recorder's levels per second and the log.

*Dead air*: the log says something airs, yet the monitor is silent for longer than
``silence_alarm_seconds``. *Wrong air*: sound that long while nothing should air (a
stuck relay, a mis-set timer). Each alarm is a row (``AirAlarm``) open until the
condition ends; a new one is logged, shown by ``status`` and the console, and handed to
``alarm_command``.
"""

from __future__ import annotations

import logging
import shlex
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select

from broadcaster.aircheck.archive import seconds_levels
from broadcaster.aircheck.evidence import OneZone
from broadcaster.models import AirAlarm, Airing
from broadcaster.station import App

log = logging.getLogger(__name__)
SILENT_DB = -50.0  # a second quieter than this is silence
SOUND_DB = -40.0  # a second louder than this is sound
MARGIN = 2.0  # seconds around each airing where sound or silence is not judged
CURRENT = 4.0  # a run ending this close to the newest level is still going on

KIND_LABELS = {"dead-air": "MẤT TIẾNG TRÊN LOA", "wrong-air": "LOA PHÁT NGOÀI LỊCH"}


@dataclass(frozen=True)
class Finding:
    kind: str  # "dead-air" or "wrong-air"
    start: float  # epoch
    end: float
    airing_id: int | None


def _runs(seconds: list[tuple[float, bool]]) -> list[tuple[float, float]]:
    """Consecutive seconds flagged True, as (first, last + 1) epochs."""
    runs: list[tuple[float, float]] = []
    begin: float | None = None
    prev = 0.0
    for moment, flag in seconds:
        if flag and begin is not None and moment - prev > 1.5:  # a hole in the recording
            runs.append((begin, prev + 1))
            begin = moment
        elif flag and begin is None:
            begin = moment
        elif not flag and begin is not None:
            runs.append((begin, prev + 1))
            begin = None
        prev = moment
    if begin is not None:
        runs.append((begin, prev + 1))
    return runs


def judge(
    levels: list[tuple[float, float]],
    spans: list[tuple[float, float, int]],
    limit: float,
) -> list[Finding]:
    """Dead and wrong air in ``levels`` (epoch, dBFS) given what the log says aired."""

    def airing_at(moment: float, margin: float) -> int | None:
        for start, end, airing_id in spans:
            if start - margin <= moment < end + margin:
                return airing_id
        return None

    findings: list[Finding] = []
    silent = [
        (
            t,
            lv < SILENT_DB
            and airing_at(t, -MARGIN) is not None
            and airing_at(t + 1, -MARGIN) is not None,
        )
        for t, lv in levels
    ]
    for start, end in _runs(silent):
        if end - start > limit:
            findings.append(Finding("dead-air", start, end, airing_at(start, 0)))
    loud = [(t, lv > SOUND_DB and airing_at(t, MARGIN) is None) for t, lv in levels]
    for start, end in _runs(loud):
        if end - start > limit:
            findings.append(Finding("wrong-air", start, end, None))
    return findings


def describe(app: App, finding: Finding) -> str:
    start = app.local(datetime.fromtimestamp(finding.start, UTC))
    seconds = int(finding.end - finding.start)
    if finding.kind == "dead-air":
        return (
            f"Mất tiếng trên loa từ {start:%H:%M:%S} ngày {start:%d/%m/%Y} ({seconds} giây) "
            "trong khi nhật ký ghi đang phát. Hãy kiểm tra âm ly, dây loa, máy phát."
        )
    return (
        f"Loa phát ra âm thanh ngoài lịch từ {start:%H:%M:%S} ngày {start:%d/%m/%Y} "
        f"({seconds} giây) khi không có tin nào được phát. Hãy kiểm tra rơ-le, hẹn giờ, "
        "nguồn tiếp âm."
    )


def run_hook(command: str, text: str) -> None:
    if not command.strip():
        return
    try:
        subprocess.Popen([*shlex.split(command), text], start_new_session=True)
    except OSError as exc:
        log.warning("alarm_command «%s» could not run: %s", command, exc)


def check(  # type: ignore[no-untyped-def]
    app: App, folder, zone: str = "station", only: OneZone | None = None, label: str = ""
) -> list[AirAlarm]:
    """Judge the recent levels, open new alarms (returned) and close finished ones; the
    log's airings are those of ``only``'s zone when given (what that monitor hears), and
    its alarms name the zone (``label``)."""
    limit = float(app.settings.silence_alarm_seconds)
    now = app.now()
    since = now - timedelta(seconds=limit + 60)
    levels = seconds_levels(folder, since, now)
    if not levels:
        return []
    newest = levels[-1][0]
    with app.db.transaction() as session:
        rows = session.scalars(
            select(Airing).where(
                Airing.actual_start.is_not(None),
                Airing.actual_start <= now,
                or_(Airing.actual_end.is_(None), Airing.actual_end >= since),
                *(
                    ()
                    if only is None
                    else (
                        Airing.zone_id.is_(None)
                        if only.zone_id is None
                        else Airing.zone_id == only.zone_id,
                    )
                ),
            )
        ).all()
        spans = [
            (
                r.actual_start.timestamp(),  # type: ignore[union-attr]
                (r.actual_end or now + timedelta(seconds=5)).timestamp(),
                r.id,
            )
            for r in rows
        ]
    current = {f.kind: f for f in judge(levels, spans, limit) if newest + 1 - f.end < CURRENT}
    opened: list[AirAlarm] = []
    with app.db.transaction() as session:
        open_rows = session.scalars(
            select(AirAlarm).where(AirAlarm.zone == zone, AirAlarm.ended_at.is_(None))
        ).all()
        open_kinds = {a.kind for a in open_rows}
        for alarm in open_rows:
            if alarm.kind not in current:
                alarm.ended_at = now
        for kind, finding in current.items():
            if kind in open_kinds:
                continue
            alarm = AirAlarm(
                zone=zone,
                kind=kind,
                started_at=datetime.fromtimestamp(finding.start, UTC),
                airing_id=finding.airing_id,
                detail=(f"Vùng «{label}»: " if label else "") + describe(app, finding),
            )
            session.add(alarm)
            opened.append(alarm)
        session.flush()
        session.expunge_all()
    for alarm in opened:
        log.error("ALARM %s: %s", alarm.kind, alarm.detail)
        run_hook(app.settings.alarm_command, f"{KIND_LABELS[alarm.kind]}: {alarm.detail}")
    return opened


def open_alarms(app: App, within: timedelta = timedelta(hours=24)) -> list[AirAlarm]:
    """Alarms still going on, and those that began within ``within`` (newest first)."""
    since = app.now() - within
    with app.db.transaction() as session:
        rows = session.scalars(
            select(AirAlarm)
            .where(or_(AirAlarm.ended_at.is_(None), AirAlarm.started_at >= since))
            .order_by(AirAlarm.started_at.desc())
        ).all()
        session.expunge_all()
        return list(rows)


def alarms_between(app: App, start: datetime, end: datetime) -> list[AirAlarm]:
    """Alarms that began between two instants, oldest first (the log's problems)."""
    with app.db.transaction() as session:
        rows = session.scalars(
            select(AirAlarm)
            .where(AirAlarm.started_at >= start, AirAlarm.started_at < end)
            .order_by(AirAlarm.started_at)
        ).all()
        session.expunge_all()
        return list(rows)
