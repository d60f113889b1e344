"""Recurring time slots: add, list, remove, and load a whole table from ``schedules/*.toml``."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from broadcaster.audit import record_change
from broadcaster.catalogue.dates import (
    ALL_WEEKDAYS,
    format_date,
    format_weekdays,
    parse_date,
    parse_time,
    parse_weekdays,
    weekdays_to_mask,
)
from broadcaster.catalogue.levels import check_slot_quiet
from broadcaster.catalogue.limits import check_slot_name, name_key
from broadcaster.commune.registry import find_zones
from broadcaster.commune.targeting import slot_in_zone, zones_meet
from broadcaster.errors import AmbiguousSlotError, ConflictError, InputError, NotFoundError
from broadcaster.models import Booking, Slot, SlotZone, Zone
from broadcaster.station import App
from broadcaster.textfiles import MB, decode_text, read_limited, toml_error_message


@dataclass(frozen=True)
class SlotSpec:
    """A slot as the operator describes it, before it is stored."""

    name: str
    start: time
    end: time
    weekdays: str = "1111111"
    valid_from: date | None = None
    valid_to: date | None = None

    def describe(self) -> str:
        return f"«{self.name}» {self.start:%H:%M}–{self.end:%H:%M} {format_weekdays(self.weekdays)}"


def spec_of(slot: Slot) -> SlotSpec:
    return SlotSpec(
        slot.name, slot.start_time, slot.end_time, slot.weekdays, slot.valid_from, slot.valid_to
    )


def validate_spec(spec: SlotSpec) -> SlotSpec:
    name = spec.name.strip()
    if not name:
        raise InputError("Buổi phát cần có tên, ví dụ «Buổi sáng».")
    name = check_slot_name(name)
    if spec.end <= spec.start:
        raise InputError(
            f"Buổi «{name}»: giờ kết thúc {spec.end:%H:%M} phải sau giờ bắt đầu "
            f"{spec.start:%H:%M} (buổi phát không được kéo qua nửa đêm)."
        )
    if "1" not in spec.weekdays:
        raise InputError(f"Buổi «{name}» chưa có ngày phát nào trong tuần.")
    if spec.valid_from and spec.valid_to and spec.valid_to < spec.valid_from:
        raise InputError(
            f"Buổi «{name}»: ngày kết thúc {format_date(spec.valid_to)} ở trước ngày bắt đầu "
            f"{format_date(spec.valid_from)}."
        )
    return SlotSpec(name, spec.start, spec.end, spec.weekdays, spec.valid_from, spec.valid_to)


def overlaps(a: SlotSpec, b: SlotSpec) -> bool:
    """Two slots clash when they share a weekday, a date and a moment of the day."""
    shared_day = any(x == "1" == y for x, y in zip(a.weekdays, b.weekdays, strict=True))
    dates_meet = (a.valid_to is None or b.valid_from is None or b.valid_from <= a.valid_to) and (
        b.valid_to is None or a.valid_from is None or a.valid_from <= b.valid_to
    )
    return shared_day and dates_meet and a.start < b.end and b.start < a.end


def find_overlap(candidate: SlotSpec, others: list[SlotSpec]) -> SlotSpec | None:
    for other in others:
        if name_key(other.name) != name_key(candidate.name) and overlaps(candidate, other):
            return other
    return None


def _overlap_error(a: SlotSpec, b: SlotSpec) -> ConflictError:
    return ConflictError(
        f"Buổi {a.describe()} trùng giờ với buổi {b.describe()}. Hãy đổi giờ, đổi ngày "
        "trong tuần, hoặc bỏ buổi cũ trước."
    )


def active_slots(session: Session) -> list[Slot]:
    return list(
        session.scalars(select(Slot).where(Slot.removed_at.is_(None)).order_by(Slot.start_time))
    )


def find_slot(session: Session, name_or_id: str | int, zone: str | None = None) -> Slot:
    """The one active slot of that name (or number), in ``zone`` when given.

    With zones the same name may run in several of them: a name that matches more than
    one slot is refused with the zones to choose from, never taken as the first one.
    """
    slots = active_slots(session)
    if isinstance(name_or_id, int):  # the console names a slot by its number only
        by_id = next((s for s in slots if s.id == name_or_id), None)
        if by_id is None:
            raise NotFoundError(f"Không có buổi phát số {name_or_id}.")
        return by_id
    key = name_or_id.strip()
    named = [s for s in slots if name_key(s.name) == name_key(key)]
    if not named and key.isdigit():
        named = [s for s in slots if s.id == int(key)]
    if not named:
        names = ", ".join(f"«{s.name}»" for s in slots) or "chưa có buổi nào"
        raise NotFoundError(
            f"Không có buổi phát «{name_or_id}». Các buổi hiện có: {names}. Hãy chọn một "
            "buổi trong số đó, hoặc thêm buổi mới trước."
        )
    by_slot = slot_zones(session)
    if zone is not None:
        chosen = find_zones(session, [zone])[0]
        named = [s for s in named if slot_in_zone(by_slot.get(s.id, frozenset()), chosen.id)]
        if not named:
            raise NotFoundError(
                f"Buổi «{key}» không chạy ở vùng phát «{chosen.name}». Hãy chọn vùng khác."
            )
    if len(named) == 1:
        return named[0]
    zones = zone_names(session)
    places = [
        (slot, ", ".join(zones[z] for z in sorted(by_slot.get(slot.id, frozenset()))) or "mọi vùng")
        for slot in named
    ]
    listed = "; ".join(
        f"số {s.id} {s.start_time:%H:%M}–{s.end_time:%H:%M} ở vùng {where}" for s, where in places
    )
    raise AmbiguousSlotError(
        f"Có {len(named)} buổi tên «{named[0].name}» ({listed}). Hãy chọn vùng phát của buổi "
        "cần đổi, hoặc dùng số của buổi.",
        sorted({zones[z] for s in named for z in by_slot.get(s.id, frozenset())}),
    )


def zone_names(session: Session) -> dict[int, str]:
    return {z.id: z.name for z in session.scalars(select(Zone))}


def slot_zone_names(app: App) -> dict[int, str]:
    """«Zone, zone» of each slot that runs in chosen zones (the others run everywhere)."""
    with app.db.transaction() as session:
        names = zone_names(session)
        return {
            slot_id: ", ".join(sorted(names[z] for z in zones))
            for slot_id, zones in slot_zones(session).items()
        }


def _new_slot(spec: SlotSpec, app: App) -> Slot:
    return Slot(
        name=spec.name,
        start_time=spec.start,
        end_time=spec.end,
        weekdays=spec.weekdays,
        valid_from=spec.valid_from,
        valid_to=spec.valid_to,
        created_at=app.now(),
    )


def slot_zones(session: Session) -> dict[int, frozenset[int]]:
    """Each slot's zones (a slot missing from the map runs in every zone)."""
    found: dict[int, set[int]] = {}
    for slot_id, zone_id in session.execute(select(SlotZone.slot_id, SlotZone.zone_id)):
        found.setdefault(slot_id, set()).add(zone_id)
    return {k: frozenset(v) for k, v in found.items()}


def add_slot(app: App, spec: SlotSpec, zones: tuple[str, ...] = ()) -> Slot:
    """Add a slot, in every zone or in the named ones (the same name may run at another
    time in other zones; slots clash only when they share a zone)."""
    spec = validate_spec(spec)
    check_slot_quiet(spec.name, spec.start, spec.end, app.settings)
    with app.db.transaction() as session:
        mine = frozenset(z.id for z in find_zones(session, list(zones)))
        by_slot = slot_zones(session)
        existing = [
            s for s in active_slots(session) if zones_meet(mine, by_slot.get(s.id, frozenset()))
        ]
        if any(name_key(s.name) == name_key(spec.name) for s in existing):
            raise ConflictError(
                f"Đã có buổi phát tên «{spec.name}». Hãy chọn tên khác hoặc xoá buổi cũ trước."
            )
        clash = find_overlap(spec, [spec_of(s) for s in existing])
        if clash:
            raise _overlap_error(spec, clash)
        slot = _new_slot(spec, app)
        session.add(slot)
        session.flush()
        for zone_id in sorted(mine):
            session.add(SlotZone(slot_id=slot.id, zone_id=zone_id))
        record_change(session, app, "slot", slot.id, "created", spec.describe())
        return slot


def find_slots(session: Session, name_or_id: str, zone_ids: frozenset[int]) -> list[Slot]:
    """The slots of that name in the chosen zones (none chosen: every zone)."""
    key = name_or_id.strip()
    by_slot = slot_zones(session)
    named = [
        s
        for s in active_slots(session)
        if name_key(s.name) == name_key(key) or (key.isdigit() and s.id == int(key))
    ]
    if not named:
        find_slot(session, name_or_id)  # raises the message naming the slots there are
    found = [s for s in named if zones_meet(zone_ids, by_slot.get(s.id, frozenset()))]
    if not found:
        raise NotFoundError(
            f"Buổi «{named[0].name}» không chạy ở vùng phát đã chọn. Hãy chọn vùng khác, hoặc "
            "thêm buổi cho vùng đó («broadcaster slot add … --zone VÙNG»)."
        )
    return found


def edit_slot(app: App, slot_id: int, spec: SlotSpec) -> Slot:
    """Change a slot's name, hours, days or dates; the same checks as adding one."""
    spec = validate_spec(spec)
    check_slot_quiet(spec.name, spec.start, spec.end, app.settings)
    with app.db.transaction() as session:
        existing = active_slots(session)
        slot = next((s for s in existing if s.id == slot_id), None)
        if slot is None:
            raise NotFoundError(f"Không có buổi phát số {slot_id}.")
        by_slot = slot_zones(session)
        mine = by_slot.get(slot_id, frozenset())
        # Like adding: names and hours clash only with slots that share a zone with it.
        others = [
            s
            for s in existing
            if s.id != slot_id and zones_meet(mine, by_slot.get(s.id, frozenset()))
        ]
        if any(name_key(s.name) == name_key(spec.name) for s in others):
            raise ConflictError(
                f"Đã có buổi phát tên «{spec.name}». Hãy chọn tên khác hoặc xoá buổi cũ trước."
            )
        clash = find_overlap(spec, [spec_of(s) for s in others])
        if clash:
            raise _overlap_error(spec, clash)
        before = spec_of(slot).describe()
        slot.name, slot.start_time, slot.end_time = spec.name, spec.start, spec.end
        slot.weekdays = spec.weekdays
        slot.valid_from, slot.valid_to = spec.valid_from, spec.valid_to
        record_change(session, app, "slot", slot.id, "edited", f"{before} → {spec.describe()}")
        return slot


def list_slots(app: App) -> list[Slot]:
    with app.db.transaction() as session:
        return active_slots(session)


def _open_bookings(session: Session, slot: Slot, today: date) -> int:
    return int(
        session.scalar(
            select(func.count(Booking.id)).where(
                Booking.slot_id == slot.id,
                Booking.cancelled_at.is_(None),
                Booking.date_to >= today,
            )
        )
        or 0
    )


def get_slot(app: App, name_or_id: str | int, zone: str | None = None) -> Slot:
    """One slot by name or number (``find_slot``), for an edit that starts from it."""
    with app.db.transaction() as session:
        return find_slot(session, name_or_id, zone)


def remove_slot(
    app: App, name: str | int, force: bool = False, zone: str | None = None
) -> tuple[Slot, int]:
    """Remove (flag) a slot; with ``force`` its open bookings are cancelled too. A name
    several zones use needs ``zone`` (or the slot's number)."""
    with app.db.transaction() as session:
        slot = find_slot(session, name, zone)
        pending = _open_bookings(session, slot, app.today())
        if pending and not force:
            raise ConflictError(
                f"Buổi «{slot.name}» còn {pending} lượt đặt lịch chưa phát. Hãy hủy các lượt "
                "đó trước, hoặc chọn bỏ buổi kèm hủy các lượt đặt lịch cùng lúc."
            )
        if pending:
            for booking in session.scalars(
                select(Booking).where(
                    Booking.slot_id == slot.id,
                    Booking.cancelled_at.is_(None),
                    Booking.date_to >= app.today(),
                )
            ):
                booking.cancelled_at = app.now()
        slot.removed_at = app.now()
        record_change(
            session, app, "slot", slot.id, "removed", f"«{slot.name}», hủy {pending} lượt đặt"
        )
        return slot, pending


@dataclass
class LoadReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def parse_schedule(text: str, source: str) -> list[SlotSpec]:
    """Read a station slot table (TOML with ``[[slot]]`` tables) into validated specs."""
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise InputError(
            f"Tệp lịch {source} bị lỗi cú pháp TOML: {toml_error_message(exc)}. Hãy sửa tệp "
            "(mỗi buổi là một mục [[slot]] với name, start, end và days)."
        ) from exc
    rows = data.get("slot")
    if not isinstance(rows, list) or not rows:
        raise InputError(
            f"Tệp lịch {source} không có buổi phát nào. Mỗi buổi là một mục [[slot]] với "
            "name, start, end và days."
        )
    specs: list[SlotSpec] = []
    for i, row in enumerate(rows, start=1):
        missing = [k for k in ("name", "start", "end") if k not in row]
        if missing:
            raise InputError(f"Tệp lịch {source}, buổi thứ {i}: thiếu {', '.join(missing)}.")
        days = parse_weekdays(str(row.get("days", ""))) if row.get("days") else ALL_WEEKDAYS
        spec = validate_spec(
            SlotSpec(
                name=str(row["name"]),
                start=parse_time(str(row["start"])),
                end=parse_time(str(row["end"])),
                weekdays=weekdays_to_mask(days),
                valid_from=parse_date(str(row["from"])) if row.get("from") else None,
                valid_to=parse_date(str(row["to"])) if row.get("to") else None,
            )
        )
        specs.append(spec)
    seen: set[str] = set()
    for i, spec in enumerate(specs):
        if name_key(spec.name) in seen:
            raise InputError(f"Tệp lịch {source} có hai buổi cùng tên «{spec.name}».")
        seen.add(name_key(spec.name))
        clash = find_overlap(spec, specs[i + 1 :])
        if clash:
            raise _overlap_error(spec, clash)
    return specs


def load_schedule(app: App, path: Path) -> LoadReport:
    """Make the station's slots equal to the file's, in one transaction; report the changes."""
    if path.is_dir():
        raise InputError(f"«{path}» là một thư mục. Hãy chỉ đúng tệp lịch .toml trong đó.")
    try:
        raw = read_limited(path, app.settings.text_file_max_mb * MB, "tệp lịch")
    except FileNotFoundError as exc:
        raise InputError(f"Không tìm thấy tệp lịch «{path}».") from exc
    except OSError as exc:
        raise InputError(f"Không đọc được tệp lịch «{path}»: {exc.strerror}.") from exc
    return apply_schedule(app, decode_text(raw, path, "tệp lịch"), path.name)


def apply_schedule(app: App, text: str, source: str) -> LoadReport:
    """Make the station's slots equal to a slot table's text (from a file or an upload)."""
    specs = parse_schedule(text, source)
    for spec in specs:
        check_slot_quiet(spec.name, spec.start, spec.end, app.settings)
    report = LoadReport()
    with app.db.transaction() as session:
        active = active_slots(session)
        keys = Counter(name_key(s.name) for s in active)
        shared = sorted({s.name for s in active if keys[name_key(s.name)] > 1})
        if shared:
            # A slot table names no zone: it cannot say which zone's slot it means.
            names = ", ".join(f"«{n}»" for n in shared)
            raise AmbiguousSlotError(
                f"Đài có nhiều buổi cùng tên {names} ở các vùng phát khác nhau; tệp lịch không "
                "ghi vùng nên không nạp được. Hãy sửa từng buổi của từng vùng («broadcaster "
                "slot edit»).",
                [],
            )
        current = {name_key(s.name): s for s in active}
        wanted = {name_key(s.name) for s in specs}
        for key, slot in current.items():
            if key in wanted:
                continue
            pending = _open_bookings(session, slot, app.today())
            if pending:
                raise ConflictError(
                    f"Tệp lịch bỏ buổi «{slot.name}» nhưng buổi này còn {pending} lượt đặt lịch. "
                    "Hãy hủy các lượt đó («broadcaster book cancel») hoặc giữ buổi trong tệp."
                )
            slot.removed_at = app.now()
            report.removed.append(slot.name)
        for spec in specs:
            existing = current.get(name_key(spec.name))
            if existing is None:
                session.add(_new_slot(spec, app))
                report.added.append(spec.describe())
            elif spec_of(existing) != spec:
                existing.start_time, existing.end_time = spec.start, spec.end
                existing.weekdays = spec.weekdays
                existing.valid_from, existing.valid_to = spec.valid_from, spec.valid_to
                report.changed.append(spec.describe())
            else:
                report.unchanged.append(spec.describe())
        record_change(
            session,
            app,
            "slot",
            None,
            "loaded",
            f"{source}: thêm {len(report.added)}, sửa {len(report.changed)}, "
            f"bỏ {len(report.removed)}",
        )
    return report
