"""Each logged airing checked against the air-check recording; the verdict stored.

For an airing with known audio (a rendered script or a recording) the aired part of
that audio is looked for in the recording from a few seconds before its logged start
to a few seconds after its end (``verify.find``). A relay has no known audio: it is
verified as sound at the station's loudness, minute by minute, from the levels the
recorder stores per second.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import select

from broadcaster.aircheck import verify
from broadcaster.aircheck.archive import RATE, excerpt, read_status, seconds_levels
from broadcaster.models import Airing, Segment
from broadcaster.station import App

log = logging.getLogger(__name__)
SEARCH = timedelta(seconds=8)
SETTLE = timedelta(seconds=12)  # the recorder's index trails the sound by a few seconds
# The Opus file on disk trails the index (the encoder's and the muxer's buffers).
ENCODER_LAG = timedelta(seconds=6)
GIVE_UP = timedelta(minutes=10)  # verified even if the recording never caught up
AIRED = ("aired", "partial", "preempted", "interrupted")
ZONE = "station"
# A relay second counts as heard when it is no more than this far under the target.
RELAY_BELOW_TARGET_DB = 20.0
NO_EVIDENCE = "no-evidence"
PCM = ("-f", "f32le", "-")


@dataclass(frozen=True)
class Verdict:
    airing_id: int
    heard: str
    heard_start: datetime | None
    heard_seconds: float
    score: float | None
    detail: str


def zone_folder(app: App, zone: str = ZONE) -> Path:
    return app.settings.aircheck_dir / zone


def zone_key(zone_id: int | None) -> str:
    """The air-check's name for a zone (its folder, its alarms): the station's implicit
    zone is «station», a named zone «zone-ID»."""
    return ZONE if zone_id is None else f"zone-{zone_id}"


def monitors(app: App) -> dict[int | None, str]:
    """Each zone's monitor setting: the station's own for the implicit zone, each named
    zone's from its row ("none": its airings get no verdict)."""
    from broadcaster.models import Zone

    found: dict[int | None, str] = {None: app.settings.monitor}
    with app.db.transaction() as session:
        for zone_id, monitor in session.execute(select(Zone.id, Zone.monitor)):
            found[zone_id] = monitor or "none"
    return found


def unmonitored(spec: str) -> bool:
    return spec.strip() in ("", "none")


def load_audio(path: str) -> np.ndarray | None:
    """A rendered file as float32 mono at the recorder's rate (None when unreadable)."""
    import subprocess

    proc = subprocess.run(
        ["ffmpeg", "-v", "error", "-nostdin", "-i", path, "-ac", "1", "-ar", str(RATE), *PCM],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0 or not proc.stdout:
        return None
    return np.frombuffer(proc.stdout, dtype="<f4").astype(np.float32)


def _clock(app: App, moment: datetime) -> str:
    local = app.local(moment)
    return f"{local:%H:%M:%S},{local.microsecond // 1000:03d}"


def _secs(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def no_recording(app: App, zone: str, monitor: str | None = None) -> str:
    status = read_status(zone_folder(app, zone))
    if unmonitored(app.settings.monitor if monitor is None else monitor):
        return "Đài chưa đặt nguồn giám sát (monitor = «none»), không có bản ghi để đối chiếu."
    if status is not None and status.state == "failed":
        return f"Không có bản ghi kiểm tra: nguồn giám sát {status.source} lỗi ({status.reason})."
    return "Không có bản ghi kiểm tra trong khoảng thời gian này (bộ ghi không chạy)."


def judge_relay(levels: list[float], target_db: float) -> tuple[float, list[int]]:
    """Seconds at the station's loudness, and the minutes (from 0) with less than half."""
    floor = target_db - RELAY_BELOW_TARGET_DB
    heard = [level >= floor for level in levels]
    quiet_minutes = [
        m // 60
        for m in range(0, len(heard), 60)
        if sum(heard[m : m + 60]) * 2 < len(heard[m : m + 60])
    ]
    return float(sum(heard)), quiet_minutes


def verify_airing(
    app: App,
    airing: Airing,
    segment: Segment | None,
    zone: str | None = None,
    monitor: str | None = None,
) -> Verdict:
    """Verify one airing against the recording of its zone's monitor."""
    assert airing.actual_start is not None
    zone = zone or zone_key(airing.zone_id)
    duration = airing.duration or 0.0
    start, end = airing.actual_start, airing.actual_start + timedelta(seconds=duration)
    folder = zone_folder(app, zone)
    if segment is not None and segment.kind == "relay":
        levels = [lv for _, lv in seconds_levels(folder, start, end)]
        if len(levels) < 0.5 * duration:
            why = no_recording(app, zone, monitor)
            return Verdict(airing.id, NO_EVIDENCE, None, 0.0, None, why)
        seconds, quiet = judge_relay(levels, app.settings.loudness_target)
        outcome = verify.HEARD if seconds >= duration - 60 and not quiet else verify.PARTLY
        if seconds < min(duration, 10):
            outcome = verify.NOT_HEARD
        detail = f"Tiếp âm: {_secs(seconds)} giây có tiếng đủ lớn trên {_secs(duration)} giây."
        if quiet:
            detail += " Các phút im hoặc quá nhỏ: " + ", ".join(str(m + 1) for m in quiet) + "."
        return Verdict(airing.id, outcome, start, seconds, None, detail)
    known = load_audio(segment.audio_path) if segment and segment.audio_path else None
    if known is None or known.size == 0:
        return Verdict(
            airing.id, NO_EVIDENCE, None, 0.0, None, "Không đọc được âm thanh gốc để đối chiếu."
        )
    known = known[: int(duration * RATE)] if duration else known
    heard = excerpt(folder, start - SEARCH, end + SEARCH)
    if heard.coverage < 0.5:
        return Verdict(airing.id, NO_EVIDENCE, None, 0.0, None, no_recording(app, zone, monitor))
    match = verify.find(known, heard.samples)
    measured = heard.start + timedelta(seconds=match.offset)
    score = round(match.score, 3)
    if match.outcome == verify.NOT_HEARD:
        rms = float(np.sqrt(np.mean(np.square(heard.samples[heard.covered], dtype=np.float64))))
        level = 20 * np.log10(max(rms, 1e-6))
        what = "im lặng" if level < -50 else f"một âm thanh khác ({level:.0f} dBFS)"
        detail = (
            f"Nguồn giám sát không nghe thấy tin này: lúc đó trên loa là {what} "
            f"(điểm khớp {_secs(score)})."
        )
        return Verdict(airing.id, verify.NOT_HEARD, None, 0.0, score, detail)
    shift = f"{(measured - airing.actual_start).total_seconds():+.3f}".replace(".", ",")
    detail = (
        f"Nghe thấy trên loa từ {_clock(app, measured)} (lệch {shift} s so với nhật ký), "
        f"{_secs(match.heard_seconds)}/{_secs(match.duration)} giây, điểm khớp {_secs(score)}."
    )
    if match.outcome == verify.PARTLY and match.dropped_at is not None:
        dropped = measured + timedelta(seconds=match.dropped_at)
        detail += f" Mất tiếng từ giây thứ {_secs(match.dropped_at)} (lúc {_clock(app, dropped)})."
    return Verdict(airing.id, match.outcome, measured, match.heard_seconds, score, detail)


def with_listeners(app: App, airing: Airing, verdict: Verdict) -> Verdict:
    """The verdict with the IP loudspeakers connected during the airing, when kept."""
    from broadcaster.aircheck.listeners import describe, read_log

    sessions = read_log(zone_folder(app, zone_key(airing.zone_id)))
    if not sessions or airing.actual_start is None:
        return verdict
    end = airing.actual_end or airing.actual_start + timedelta(seconds=airing.duration or 0)
    clusters = describe(sessions, airing.actual_start, end, app.settings.tz)
    return replace(verdict, detail=f"{verdict.detail} {clusters}".strip())


def store(app: App, verdict: Verdict) -> None:
    with app.db.transaction() as session:
        airing = session.get(Airing, verdict.airing_id)
        if airing is None:
            return
        airing.heard = verdict.heard
        airing.heard_start = verdict.heard_start
        airing.heard_seconds = round(verdict.heard_seconds, 2)
        airing.heard_score = verdict.score
        airing.heard_detail = verdict.detail


def recorded_until(folder: Path) -> datetime | None:
    """Until when the newest recorded file reaches (a stream listener lags by seconds)."""
    from broadcaster.aircheck.archive import indexes, read_chunk

    found = indexes(folder)
    chunk = read_chunk(found[-1][1]) if found else None
    return chunk.end if chunk is not None else None


def _verify_rows(app: App, query, wait_for_recording: bool = False) -> list[Verdict]:  # type: ignore[no-untyped-def]
    """Verify each airing against its own zone's recording; airings of a named zone with
    no monitor get no verdict at all (nothing listens there)."""
    spec = monitors(app)
    with app.db.transaction() as session:
        found = [(a.id, a.segment_id, a.zone_id, a.actual_end) for a in session.scalars(query)]
    rows: list[tuple[int, int | None]] = []
    late = app.now() - GIVE_UP
    for zone_id in sorted({z for _a, _s, z, _e in found}, key=lambda z: (z is not None, z or 0)):
        if zone_id is not None and unmonitored(spec.get(zone_id, "none")):
            continue
        folder = zone_folder(app, zone_key(zone_id))
        status = read_status(folder)
        until = recorded_until(folder)
        waiting = wait_for_recording and status is not None and status.state == "recording"
        for aid, sid, zid, end in found:
            if zid != zone_id:
                continue
            # Not before the recording holds the airing's end and the search margin (a
            # stream listener lags by seconds), unless it never catches up.
            if waiting and not (
                end is not None
                and (end < late or (until is not None and end + SEARCH + ENCODER_LAG <= until))
            ):
                continue
            rows.append((aid, sid))
    verdicts = []
    for airing_id, segment_id in sorted(rows):
        with app.db.transaction() as session:
            airing = session.get(Airing, airing_id)
            segment = session.get(Segment, segment_id) if segment_id else None
            if airing is None:
                continue
            session.expunge_all()
        zone = zone_key(airing.zone_id)
        verdict = verify_airing(app, airing, segment, zone, spec.get(airing.zone_id))
        verdict = with_listeners(app, airing, verdict)
        store(app, verdict)
        log.info("airing %s: %s (%s)", airing_id, verdict.heard, verdict.detail)
        verdicts.append(verdict)
    return verdicts


def aired_query():  # type: ignore[no-untyped-def]
    return (
        select(Airing)
        .where(Airing.outcome.in_(AIRED), Airing.actual_start.is_not(None))
        .order_by(Airing.actual_start)
    )


@dataclass(frozen=True)
class OneZone:
    """Only this zone's airings (``zone_id`` None: the implicit zone's)."""

    zone_id: int | None


def _in_zone(query, only: OneZone | None):  # type: ignore[no-untyped-def]
    """``query`` for one zone's airings (``only`` None: every zone)."""
    if only is None:
        return query
    zone_id = only.zone_id
    return query.where(Airing.zone_id.is_(None) if zone_id is None else Airing.zone_id == zone_id)


def verify_day(app: App, day: date, only: OneZone | None = None) -> list[Verdict]:
    """Verify again every airing of a station day (e.g. after the monitor was fixed)."""
    start = datetime.combine(day, time(0), app.settings.tz)
    end = start + timedelta(days=1)
    query = aired_query().where(Airing.actual_start >= start, Airing.actual_start < end)
    return _verify_rows(app, _in_zone(query, only))


def verify_pending(app: App, only: OneZone | None = None) -> list[Verdict]:
    """Airings that ended a little while ago and carry no verdict yet (the daemon's job:
    each zone's air-check verifies its own zone's airings)."""
    now = app.now()
    since = now - timedelta(days=app.settings.aircheck_days)
    query = aired_query().where(
        Airing.heard.is_(None), Airing.actual_start >= since, Airing.actual_end <= now - SETTLE
    )
    return _verify_rows(app, _in_zone(query, only), wait_for_recording=True)


def airing_excerpt(app: App, airing_id: int, before: float = 3.0) -> tuple[np.ndarray, datetime]:
    """What the monitor recorded for an airing: ``before`` seconds ahead through its end."""
    from broadcaster.errors import NotFoundError

    with app.db.transaction() as session:
        airing = session.get(Airing, airing_id)
        if airing is None or airing.actual_start is None:
            raise NotFoundError(f"Không có lượt phát số {airing_id} đã phát trong nhật ký.")
        start = airing.heard_start or airing.actual_start
        seconds = airing.duration or 0.0
        zone_id = airing.zone_id
    zone = zone_key(zone_id)
    begin = start - timedelta(seconds=before)
    heard = excerpt(zone_folder(app, zone), begin, start + timedelta(seconds=seconds + 1.0))
    if heard.coverage == 0:
        why = no_recording(app, zone, monitors(app).get(zone_id, "none"))
        raise NotFoundError(f"Không có bản ghi kiểm tra cho lượt phát số {airing_id}. {why}")
    return heard.samples, begin
