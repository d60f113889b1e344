"""Bulletins from a source system: ``inbox import`` and the daemon's watched ``inbox/``.

Each bulletin file is taken in within one transaction (segment, its approval when a
khẩn cấp may air by itself, its bookings); the file is moved only after the commit:
to ``inbox/done/`` when imported (or a duplicate of one already taken), to
``inbox/rejected/`` with a Vietnamese ``.txt`` beside it saying why.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from broadcaster.catalogue.bookings import BookingRequest, book_in
from broadcaster.catalogue.bulletin import Airing as Requested
from broadcaster.catalogue.bulletin import Bulletin, parse_bulletin
from broadcaster.catalogue.dates import format_date
from broadcaster.catalogue.levels import EMERGENCY, level_label
from broadcaster.catalogue.planning import slot_runs_on
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, announce_armed, build_segment
from broadcaster.catalogue.slots import active_slots
from broadcaster.errors import BroadcasterError, InputError, ScriptFileError
from broadcaster.models import Segment, SegmentEvent
from broadcaster.station import App
from broadcaster.textfiles import MB, read_limited

log = logging.getLogger(__name__)
AUTO_BY = "tự động (tin khẩn cấp từ {source})"


@dataclass(frozen=True)
class InboxResult:
    file: Path
    outcome: str  # imported | duplicate | rejected
    message: str
    bulletin_id: str = ""
    segment_id: int | None = None
    moved_to: Path | None = None


def _category(app: App, value: str) -> tuple[str, str]:
    """The station's category for a bulletin's (code or label); unknown ones go to «khac»."""
    for code, label in app.settings.categories.items():
        if value.strip().lower() in (code, label.lower()):
            return code, ""
    return "khac", f"Chuyên mục gốc: {value}."


def _audio(app: App, bulletin: Bulletin, folder: Path, tmp: Path) -> Path:
    """The bulletin's audio as a local file (a URL is downloaded into ``tmp``)."""
    if bulletin.audio.startswith(("http://", "https://")):
        suffix = Path(bulletin.audio.split("?", 1)[0]).suffix or ".mp3"
        target = tmp / f"audio{suffix}"
        try:
            with (
                urllib.request.urlopen(bulletin.audio, timeout=30) as response,
                target.open("wb") as out,
            ):
                shutil.copyfileobj(response, out)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InputError(f"Không tải được tệp âm thanh «{bulletin.audio}»: {exc}.") from exc
        return target
    path = Path(bulletin.audio)
    return path if path.is_absolute() else folder / path


def _segment(app: App, bulletin: Bulletin, folder: Path, tmp: Path) -> Segment:
    tz = app.settings.tz
    category, note = _category(app, bulletin.category)
    last_moment = bulletin.valid_to - timedelta(microseconds=1) if bulletin.valid_to else None
    recording = _audio(app, bulletin, folder, tmp) if bulletin.audio else None
    segment = build_segment(
        app,
        SegmentInput(
            title=bulletin.title,
            category=category,
            level=bulletin.level,
            script=None if recording else script_from_text(bulletin.text),
            recording=recording,
            valid_from=bulletin.valid_from.astimezone(tz).date() if bulletin.valid_from else None,
            valid_to=last_moment.astimezone(tz).date() if last_moment else None,
            notes=" ".join(n for n in (bulletin.notes, note) if n),
            repeat_every=bulletin.repeat_every,
            repeat_for=bulletin.repeat_for,
        ),
    )
    if recording is not None and bulletin.text:
        segment.script_text = bulletin.text  # kept for the record; the recording airs
    segment.bulletin_id = bulletin.id
    segment.bulletin_source = bulletin.source
    segment.source_name = f"{bulletin.source}: {bulletin.id}"
    if not bulletin.valid_to_is_date:
        segment.valid_until = bulletin.valid_to
    now = app.now()
    if bulletin.level == EMERGENCY and app.settings.auto_emergency:
        segment.status = "approved"
        segment.approved_by = AUTO_BY.format(source=bulletin.source)
        segment.approved_at = now
        segment.emergency_at = max(now, bulletin.valid_from or now)
    return segment


def _slot_at(session: Session, app: App, moment: datetime, name: str | None) -> str:
    local = moment.astimezone(app.settings.tz)
    for slot in active_slots(session):
        if name and slot.name.lower() != name.strip().lower():
            continue
        if slot_runs_on(slot, local.date()) and slot.start_time <= local.time() < slot.end_time:
            return slot.name
    raise InputError(
        f"Không có buổi phát nào lúc {local:%H:%M} ngày {format_date(local.date())} để phát "
        "bản tin. Hãy thêm buổi phát hoặc hẹn giờ khác."
    )


def _requests(session: Session, app: App, sid: int, wanted: Requested) -> list[BookingRequest]:
    if wanted.at is not None:
        day = wanted.at.astimezone(app.settings.tz).date()
        slot = _slot_at(session, app, wanted.at, wanted.slot)
        return [BookingRequest(sid, (slot,), day, day)]
    assert wanted.slot is not None
    if wanted.dates:
        return [
            BookingRequest(sid, (wanted.slot,), d, d, wanted.per_day, wanted.weekdays)
            for d in sorted(set(wanted.dates))
        ]
    assert wanted.date_from is not None and wanted.date_to is not None
    return [
        BookingRequest(
            sid, (wanted.slot,), wanted.date_from, wanted.date_to, wanted.per_day, wanted.weekdays
        )
    ]


def _existing(session: Session, bulletin_id: str) -> int | None:
    return session.scalar(select(Segment.id).where(Segment.bulletin_id == bulletin_id))


def _take_in(app: App, bulletin: Bulletin, folder: Path) -> tuple[str, int]:
    """(outcome, segment id): ``imported`` or ``duplicate``; raises when unusable."""
    with app.db.transaction() as session:
        found = _existing(session, bulletin.id)
    if found is not None:
        return "duplicate", found
    with tempfile.TemporaryDirectory(prefix="bulletin-") as tmp:
        segment = _segment(app, bulletin, folder, Path(tmp))
    try:
        with app.db.transaction() as session:
            session.add(segment)
            session.flush()
            detail = f"bản tin {bulletin.id} từ {bulletin.source}"
            session.add(
                SegmentEvent(segment=segment, at=app.now(), action="created", detail=detail)
            )
            if segment.status == "approved":
                session.add(
                    SegmentEvent(
                        segment=segment, at=app.now(), action="approved", detail=segment.approved_by
                    )
                )
            for wanted in bulletin.airings:
                for request in _requests(session, app, segment.id, wanted):
                    book_in(session, app, segment, request)
            announce_armed(session, app, segment)
            return "imported", segment.id
    except IntegrityError:
        # Another process (the daemon's scan, or a second import) took it in first.
        with app.db.transaction() as session:
            found = _existing(session, bulletin.id)
        if found is None:
            raise
        return "duplicate", found


def _move(file: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file.name
    n = 2
    while target.exists():
        target = folder / f"{file.stem}-{n}{file.suffix}"
        n += 1
    shutil.move(str(file), target)
    return target


def import_file(app: App, file: Path) -> InboxResult:
    """Take in one bulletin file and move it to ``done/`` or ``rejected/``."""
    inbox = app.settings.inbox_dir
    bulletin_id = ""
    try:
        raw = read_limited(file, app.settings.text_file_max_mb * MB, "bản tin")
    except FileNotFoundError as exc:
        raise InputError(f"Không tìm thấy tệp «{file}».") from exc
    except OSError as exc:
        raise InputError(f"Không đọc được tệp «{file}»: {exc.strerror}.") from exc
    except ScriptFileError as exc:  # too large, or not a regular file
        return _reject(inbox, file, exc, "")
    try:
        bulletin = parse_bulletin(raw, app.settings.tz)
        bulletin_id = bulletin.id
        outcome, sid = _take_in(app, bulletin, file.parent)
    except BroadcasterError as exc:
        return _reject(inbox, file, exc, bulletin_id)
    moved = _move(file, inbox / "done")
    if outcome == "duplicate":
        message = (
            f"Bản tin «{bulletin.id}» đã nhận trước đây (tin bài số {sid}); bỏ qua tệp "
            f"«{file.name}»."
        )
    else:
        message = (
            f"Đã nhận bản tin «{bulletin.id}» từ {bulletin.source}: tin bài số {sid} "
            f"«{bulletin.title}», mức {level_label(bulletin.level)}" + _status_note(app, bulletin)
        )
    log.info("Tệp bản tin «%s»: %s", file.name, OUTCOME_WORDS.get(outcome, outcome))
    return InboxResult(file, outcome, message, bulletin.id, sid, moved)


OUTCOME_WORDS = {"duplicate": "đã nhận từ trước, bỏ qua", "imported": "đã nhận"}


def _reject(inbox: Path, file: Path, exc: BroadcasterError, bulletin_id: str) -> InboxResult:
    moved = _move(file, inbox / "rejected")
    reason = f"Tệp «{file.name}» bị từ chối: {exc}"
    moved.with_suffix(".txt").write_text(
        reason + "\nSửa tệp rồi đặt lại vào thư mục inbox để nhận lại.\n", encoding="utf-8"
    )
    log.info("Tệp bản tin «%s» bị từ chối: %s", file.name, exc)  # the caller says it too
    return InboxResult(file, "rejected", reason, bulletin_id, None, moved)


def _status_note(app: App, bulletin: Bulletin) -> str:
    if bulletin.level == EMERGENCY:
        if app.settings.auto_emergency:
            return " — phát ngay."
        return " — TIN KHẨN CẤP CHỜ DUYỆT («broadcaster segment approve»)."
    return " — chờ duyệt." if app.settings.require_approval else "."


def bulletin_files(path: Path) -> list[Path]:
    """The ``*.json`` files a folder holds now (not its done/ or rejected/), oldest name first."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(f"Không tìm thấy tệp hoặc thư mục «{path}».")
    return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".json")


def import_path(app: App, path: Path) -> list[InboxResult]:
    return [import_file(app, f) for f in bulletin_files(path) if f.exists()]


def scan_inbox(app: App) -> list[InboxResult]:
    """The daemon's periodic look into ``inbox/`` (created if missing)."""
    inbox = app.settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    return import_path(app, inbox)
