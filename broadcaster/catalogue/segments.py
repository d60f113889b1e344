"""Segments: add from a script, typed text or a recording; list, show, edit, approve, retire."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from broadcaster.catalogue.dates import format_date
from broadcaster.catalogue.doctitle import script_title
from broadcaster.catalogue.levels import EMERGENCY, check_repeat, parse_level
from broadcaster.catalogue.limits import check_script_length, check_title
from broadcaster.catalogue.relays import RelayInput
from broadcaster.catalogue.scriptfile import ScriptText
from broadcaster.errors import ConflictError, InputError, NotFoundError, ScriptFileError
from broadcaster.models import Airing, Booking, Segment, SegmentEvent
from broadcaster.speech.audiofile import AUDIO_SUFFIXES, file_sha256, probe_duration
from broadcaster.speech.spoken import parse_readings
from broadcaster.station import App
from broadcaster.wake import EMERGENCIES, announce

STATUS_LABELS = {"draft": "chờ duyệt", "approved": "đã duyệt", "retired": "đã ngừng"}


@dataclass(frozen=True)
class SegmentInput:
    """What the operator gave for a new segment (or the fields to change on edit)."""

    title: str | None = None
    category: str | None = None
    level: str | None = None
    script: ScriptText | None = None
    recording: Path | None = None
    relay: RelayInput | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    notes: str | None = None
    repeat_every: int | None = None  # minutes (khẩn cấp only)
    repeat_for: int | None = None  # minutes
    # On edit: the optional facts to remove (see CLEARABLE), since None means "unchanged".
    clear: frozenset[str] = frozenset()


# What an edit may remove on purpose, with the label the history shows.
CLEARABLE = {
    "valid_from": "bỏ ngày bắt đầu",
    "valid_to": "bỏ ngày hết hạn",
    "repeat": "bỏ nhắc lại",
}


@dataclass(frozen=True)
class SegmentDetail:
    segment: Segment
    events: list[SegmentEvent]
    bookings: list[Booking]
    airings: list[Airing]
    # The fallback engine that made the current audio ("" when it is the first choice).
    audio_fallback: str = ""


def check_category(app: App, category: str) -> str:
    code = category.strip().lower()
    if code not in app.settings.categories:
        known = ", ".join(app.settings.categories)
        raise InputError(
            f"Không có chuyên mục «{category}». Hãy chọn một trong: {known} "
            "(thêm chuyên mục mới trong mục [categories] của broadcaster.toml)."
        )
    return code


def check_validity(valid_from: date | None, valid_to: date | None) -> None:
    if valid_from and valid_to and valid_to < valid_from:
        raise InputError(
            f"Ngày hết hạn {format_date(valid_to)} ở trước ngày bắt đầu "
            f"{format_date(valid_from)}. Hãy đổi lại cho đúng thứ tự."
        )


def _title_from(script: ScriptText | None, recording: Path | None) -> str:
    if script is not None:
        return script_title(script)
    if recording is not None:
        return recording.stem
    return ""


def _store_recording(app: App, source: Path) -> tuple[str, str, float]:
    """Copy a recording into the station home (named by content) and return its facts."""
    if source.is_dir():
        raise ScriptFileError(
            f"«{source}» là một thư mục, không phải tệp ghi âm. Hãy chỉ đúng một tệp âm thanh."
        )
    if not source.is_file():
        raise ScriptFileError(f"Không tìm thấy tệp «{source}». Hãy kiểm tra lại đường dẫn.")
    if source.suffix.lower() not in AUDIO_SUFFIXES:
        raise ScriptFileError(
            f"Tệp «{source.name}» không phải tệp âm thanh. Hãy dùng tệp "
            f"{', '.join(AUDIO_SUFFIXES)}."
        )
    duration = probe_duration(source)
    digest = file_sha256(source)
    target_dir = app.settings.audio_dir / "recordings"
    target = target_dir / f"{digest[:16]}{source.suffix.lower()}"
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            tmp = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
    except OSError as exc:
        raise ScriptFileError(
            f"Không chép được tệp ghi âm vào {target_dir}: {exc.strerror}. Hãy kiểm tra "
            "dung lượng đĩa và quyền ghi."
        ) from exc
    return str(target), digest, duration


def _event(session: Session, segment: Segment, app: App, action: str, detail: str = "") -> None:
    session.add(
        SegmentEvent(segment=segment, at=app.now(), action=action, detail=detail, actor=app.actor)
    )


def validity_end(segment: Segment, tz: object) -> datetime | None:
    """The exact end of a segment's validity: ``valid_until``, else the end of ``valid_to``."""
    ends = [segment.valid_until] if segment.valid_until else []
    if segment.valid_to is not None:
        ends.append(datetime.combine(segment.valid_to + timedelta(days=1), time(0), tz))  # type: ignore[arg-type]
    return min(ends) if ends else None


def arm_emergency(segment: Segment, now: datetime, tz: object) -> None:
    """A khẩn cấp segment just became airable: it airs at once (or when its validity
    starts), and its repeats count from there."""
    if segment.level != EMERGENCY:
        return
    start = now
    if segment.valid_from is not None:
        start = max(start, datetime.combine(segment.valid_from, time(0), tz))  # type: ignore[arg-type]
    segment.emergency_at = start


def announce_armed(session: Session, app: App, segment: Segment) -> None:
    """A khẩn cấp segment armed in this transaction wakes the daemons when it commits."""
    if segment.level == EMERGENCY and segment.emergency_at is not None:
        announce(session, app.settings.home, EMERGENCIES)


def build_segment(app: App, data: SegmentInput) -> Segment:
    """A new (draft) segment from the operator's input, checked, not yet stored."""
    sources = [x for x in (data.script, data.recording, data.relay) if x is not None]
    if len(sources) != 1:
        raise InputError(
            "Hãy chọn đúng một nguồn nội dung: tệp kịch bản (.txt/.docx), văn bản gõ trực "
            "tiếp, tệp ghi âm hoặc địa chỉ tiếp âm một luồng phát thanh."
        )
    category = check_category(app, data.category or "")
    level = parse_level(data.level or "thong-thuong")
    check_validity(data.valid_from, data.valid_to)
    every, span = check_repeat(
        level, data.repeat_every, data.repeat_for, data.valid_to is not None, app.settings
    )
    title = (data.title or _title_from(data.script, data.recording)).strip()
    if not title and data.relay is not None:
        title = f"Tiếp âm {data.relay.url}"
    if not title:
        raise InputError("Tin bài cần có tên. Hãy ghi tên tin bài.")
    title = check_title(title, app.settings)
    if data.script is not None:
        check_script_length(data.script.text, app.settings)
    now = app.now()
    segment = Segment(
        title=title,
        category=category,
        level=level,
        repeat_every=every,
        repeat_for=span,
        status="draft",
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        notes=data.notes or "",
        created_at=now,
        updated_at=now,
        audio_stale=True,
    )
    if data.script is not None:
        segment.kind = "script"
        segment.script_text = data.script.text
        if data.script.original:
            keep_original(app, data.script)
        segment.source_name = data.script.source_name
        segment.source_hash = data.script.source_hash
    elif data.relay is not None:
        segment.kind = "relay"
        segment.relay_url = data.relay.url
        segment.relay_seconds = data.relay.seconds
        segment.relay_until_slot_end = data.relay.until_slot_end
        segment.source_name = data.relay.url
        segment.audio_stale = False
        segment.script_text = ""
    else:
        assert data.recording is not None
        path, digest, duration = _store_recording(app, data.recording)
        segment.kind = "recording"
        segment.recording_path = path
        segment.source_name = data.recording.name
        segment.source_hash = digest
        segment.audio_duration = duration
        segment.script_text = ""
    return segment


def original_path(app: App, source_hash: str) -> Path:
    """Where the document a script was made from is kept (by the file's hash)."""
    return app.settings.home / "originals" / f"{source_hash}.txt"


def keep_original(app: App, script: ScriptText) -> Path:
    path = original_path(app, script.source_hash)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(script.original, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ScriptFileError(
            f"Không lưu được bản gốc của văn bản ({path}): {exc.strerror}."
        ) from exc
    return path


def add_segment(app: App, data: SegmentInput) -> Segment:
    segment = build_segment(app, data)
    if not app.settings.require_approval:
        arm_emergency(segment, app.now(), app.settings.tz)
    with app.db.transaction() as session:
        session.add(segment)
        _event(session, segment, app, "created", segment.source_name or "")
        session.flush()
        announce_armed(session, app, segment)
    return segment


def _get(session: Session, segment_id: int) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(
            f"Không có tin bài số {segment_id}. Hãy xem lại số tin trong danh sách tin bài."
        )
    return segment


def list_segments(
    app: App,
    category: str | None = None,
    status: str | None = None,
    on: date | None = None,
    search: str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[Segment]:
    query = select(Segment).order_by(Segment.id.desc() if newest_first else Segment.id)
    if search and search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(Segment.title.ilike(pattern) | Segment.script_text.ilike(pattern))
    if limit is not None:
        query = query.limit(limit)
    if category:
        query = query.where(Segment.category == check_category(app, category))
    if status:
        codes = {v: k for k, v in STATUS_LABELS.items()}
        code = codes.get(status.strip().lower(), status.strip().lower())
        if code not in STATUS_LABELS:
            raise InputError(
                f"Trạng thái «{status}» không hợp lệ. Hãy chọn: draft (chờ duyệt), "
                "approved (đã duyệt), retired (đã ngừng)."
            )
        query = query.where(Segment.status == code)
    if on is not None:
        query = query.where(
            (Segment.valid_from.is_(None) | (Segment.valid_from <= on))
            & (Segment.valid_to.is_(None) | (Segment.valid_to >= on))
        )
    with app.db.transaction() as session:
        return list(session.scalars(query))


def show_segment(app: App, segment_id: int) -> SegmentDetail:
    with app.db.transaction() as session:
        segment = _get(session, segment_id)
        events = list(segment.events)
        bookings = list(
            session.scalars(
                select(Booking).where(Booking.segment_id == segment_id).order_by(Booking.id)
            )
        )
        for booking in bookings:
            _ = booking.slot.name
        airings = list(
            session.scalars(
                select(Airing)
                .where(Airing.segment_id == segment_id)
                .order_by(Airing.scheduled_start)
            )
        )
        for airing in airings:
            _ = airing.slot.name if airing.slot else None
        from broadcaster.catalogue.planning import fallback_engine

        fallback = fallback_engine(segment, app.settings)
        return SegmentDetail(segment, events, bookings, airings, fallback)


def edit_segment(app: App, segment_id: int, changes: SegmentInput) -> Segment:
    """Apply an edit; a change to what, when, how often or how urgently the segment airs
    sends an approved segment back for approval (``catalogue.approval``)."""
    from broadcaster.catalogue.approval import airing_facts, reapproval_reasons

    unknown = sorted(changes.clear - set(CLEARABLE))
    if unknown:
        raise InputError(
            f"Không bỏ được «{', '.join(unknown)}»; chỉ bỏ được ngày bắt đầu, ngày hết hạn "
            "hoặc nhắc lại."
        )
    if changes.title is not None:
        check_title(changes.title, app.settings)
    with app.db.transaction() as session:
        segment = _get(session, segment_id)
        if changes.script is not None:
            readings = parse_readings(segment.readings or "")
            check_script_length(changes.script.text, app.settings, readings)
        if segment.status == "retired":
            raise ConflictError(
                f"Tin bài số {segment_id} đã ngừng phát nên không sửa được. Hãy thêm tin bài "
                "mới thay cho nó."
            )
        before = airing_facts(segment)
        done = _apply_edit(app, segment, changes)
        if not done:
            raise InputError(
                "Chưa có gì để sửa. Hãy đổi ít nhất một mục (tên, chuyên mục, mức tin, nội "
                "dung, thời hạn, nhắc lại hoặc ghi chú)."
            )
        reasons = reapproval_reasons(before, airing_facts(segment))
        if "kịch bản" in reasons or "tệp ghi âm" in reasons or "chuyên mục" in reasons:
            segment.audio_stale = segment.kind != "relay"
        if reasons:
            segment.emergency_at = None
            if segment.status == "approved":
                # A leader decides what airs, when, how often and how urgently: approve again.
                segment.status = "draft"
                segment.approved_by = None
                segment.approved_at = None
                done.append("cần duyệt lại")
            if not app.settings.require_approval:
                arm_emergency(segment, app.now(), app.settings.tz)
        segment.updated_at = app.now()
        _event(session, segment, app, "edited", ", ".join(done))
        announce_armed(session, app, segment)
        return segment


def _apply_edit(app: App, segment: Segment, changes: SegmentInput) -> list[str]:
    """Change the segment's fields as asked; return what was done, in words."""
    done: list[str] = []
    if changes.title is not None:
        segment.title = check_title(changes.title, app.settings)
        done.append("tên")
    if changes.category is not None:
        segment.category = check_category(app, changes.category)
        done.append("chuyên mục")
    if changes.level is not None:
        level = parse_level(changes.level)
        if level != segment.level:
            segment.level = level
            done.append("mức tin")
    if changes.notes is not None:
        segment.notes = changes.notes
        done.append("ghi chú")
    for name in ("valid_from", "valid_to"):
        value = getattr(changes, name)
        if name in changes.clear:
            if value is not None:
                raise InputError(f"Không thể vừa đổi vừa bỏ {CLEARABLE[name][4:]}.")
            if getattr(segment, name) is not None:
                setattr(segment, name, None)
                if name == "valid_to":
                    segment.valid_until = None
                done.append(CLEARABLE[name])
        elif value is not None:
            setattr(segment, name, value)
            if name == "valid_to":
                segment.valid_until = None  # the new date replaces an imported exact hour
            done.append("ngày bắt đầu" if name == "valid_from" else "ngày hết hạn")
    check_validity(segment.valid_from, segment.valid_to)
    repeat_given = changes.repeat_every is not None or changes.repeat_for is not None
    if "repeat" in changes.clear:
        if repeat_given:
            raise InputError("Không thể vừa đổi vừa bỏ nhắc lại.")
        if segment.repeat_every is not None or segment.repeat_for is not None:
            segment.repeat_every = segment.repeat_for = None
            done.append(CLEARABLE["repeat"])
    elif repeat_given:
        segment.repeat_every, segment.repeat_for = check_repeat(
            segment.level,
            changes.repeat_every or segment.repeat_every,
            changes.repeat_for or segment.repeat_for,
            segment.valid_to is not None,
            app.settings,
        )
        done.append("nhắc lại")
    elif segment.repeat_every is not None:
        if segment.level != EMERGENCY:
            segment.repeat_every = segment.repeat_for = None  # lowered: the repeats end
        elif segment.repeat_for is None:
            # An older repeat that ran until the validity ended gets the limits' span.
            segment.repeat_every, segment.repeat_for = check_repeat(
                segment.level,
                segment.repeat_every,
                None,
                segment.valid_to is not None,
                app.settings,
            )
    if changes.script is not None:
        if segment.kind != "script":
            raise InputError(
                f"Tin bài số {segment.id} không phải kịch bản đọc nên không có kịch bản để "
                "sửa. Hãy thay nội dung bằng đúng loại của nó (tệp ghi âm hoặc địa chỉ tiếp âm)."
            )
        if changes.script.text != segment.script_text:
            segment.script_text = changes.script.text
            if changes.script.original:
                keep_original(app, changes.script)
            segment.source_name = changes.script.source_name or segment.source_name
            segment.source_hash = changes.script.source_hash
            done.append("kịch bản")
    if changes.recording is not None:
        if segment.kind != "recording":
            raise InputError(
                f"Tin bài số {segment.id} không phải bản ghi âm, không thay bằng tệp ghi âm "
                "được. Hãy sửa kịch bản hoặc địa chỉ tiếp âm của nó."
            )
        path, digest, duration = _store_recording(app, changes.recording)
        if digest != segment.source_hash:
            segment.recording_path, segment.source_hash = path, digest
            segment.audio_duration = duration
            segment.source_name = changes.recording.name
            done.append("tệp ghi âm")
    if changes.relay is not None:
        if segment.kind != "relay":
            raise InputError(
                f"Tin bài số {segment.id} không phải tiếp âm, không đổi địa chỉ tiếp âm được."
            )
        relay = changes.relay
        new = (relay.url, relay.seconds, relay.until_slot_end)
        if new != (segment.relay_url, segment.relay_seconds, segment.relay_until_slot_end):
            segment.relay_url, segment.relay_seconds, segment.relay_until_slot_end = new
            segment.source_name = relay.url
            done.append("tiếp âm")
    return done


def approve_segment(app: App, segment_id: int, by: str, arm: bool = True) -> Segment:
    """Approve for airing; a khẩn cấp segment is then armed to air at once (unless
    ``arm`` is False: a «play now» airs it itself)."""
    if not by.strip():
        raise InputError("Hãy ghi tên người duyệt.")
    with app.db.transaction() as session:
        segment = _get(session, segment_id)
        if segment.status == "retired":
            raise ConflictError(f"Tin bài số {segment_id} đã ngừng phát, không duyệt được nữa.")
        if segment.status == "approved":
            raise ConflictError(f"Tin bài số {segment_id} đã được {segment.approved_by} duyệt rồi.")
        segment.status = "approved"
        segment.approved_by = by.strip()
        segment.approved_at = app.now()
        segment.updated_at = app.now()
        if arm:
            arm_emergency(segment, app.now(), app.settings.tz)
        _event(session, segment, app, "approved", by.strip())
        announce_armed(session, app, segment)
        return segment


def retire_segment(app: App, segment_id: int) -> tuple[Segment, int]:
    """Stop a segment from airing; its future bookings are cancelled. Returns (segment, n)."""
    with app.db.transaction() as session:
        segment = _get(session, segment_id)
        if segment.status == "retired":
            raise ConflictError(f"Tin bài số {segment_id} đã ngừng phát từ trước.")
        segment.status = "retired"
        segment.updated_at = app.now()
        today = app.today()
        cancelled = 0
        for booking in session.scalars(
            select(Booking).where(
                Booking.segment_id == segment_id,
                Booking.cancelled_at.is_(None),
                Booking.date_to >= today,
            )
        ):
            booking.cancelled_at = app.now()
            cancelled += 1
        _event(session, segment, app, "retired", f"hủy {cancelled} lượt đặt lịch")
        return segment, cancelled
