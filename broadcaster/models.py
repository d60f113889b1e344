"""SQLAlchemy 2 typed models: station, segment (+ its history), slot, booking, airing.

Datetimes are stored as UTC and always come back timezone-aware. Nothing an airing
refers to is ever deleted: segments are retired, slots removed (flagged), bookings
cancelled.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC everywhere."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012


SEGMENT_STATUSES = ("draft", "approved", "retired")
LEVELS = ("thong-thuong", "uu-tien", "khan-cap")  # Thông tư 39/2020/TT-BTTTT
SEGMENT_KINDS = ("script", "recording", "relay")
HEARD = ("verified", "partly-heard", "not-heard", "no-evidence")
ALARM_KINDS = ("dead-air", "wrong-air")
OUTCOMES = (
    "open",
    "aired",
    "partial",
    "failed",
    "missed",
    "preempted",
    "interrupted",
    "withdrawn",  # changed after its slot was prepared (unapproved, cancelled ...): kept off air
)
# Outcomes by what they mean, named once for the report, the overview and the exports:
# went out on air (whole or in part); a problem to show the operator; an outage (the
# station or site was down). ``withdrawn`` is none of them: it was kept off air on purpose.
WENT_OUT = ("aired", "partial", "preempted", "interrupted")
PROBLEM_OUTCOMES = ("missed", "failed", "interrupted", "preempted", "partial")
OUTAGE_OUTCOMES = ("missed", "interrupted")


class Station(Base):
    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime | None]
    daemon_pid: Mapped[int | None]
    daemon_host: Mapped[str | None] = mapped_column(String(200))


class Segment(Base):
    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(64), index=True)
    level: Mapped[str] = mapped_column(String(16), default="thong-thuong")
    kind: Mapped[str] = mapped_column(String(16), default="script")
    script_text: Mapped[str] = mapped_column(Text, default="")
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    recording_path: Mapped[str] = mapped_column(String(1000), default="")
    # A relay (tiếp âm) airs a radio stream: its URL and planned length, or the slot's rest.
    relay_url: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    relay_seconds: Mapped[float | None] = mapped_column(Float)
    relay_until_slot_end: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None]
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The segment's own readings («Đọc là…»): a JSON object, span as written → reading.
    readings: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # Khẩn cấp: aired at ``emergency_at``, then every ``repeat_every`` minutes for
    # ``repeat_for`` minutes, never after ``valid_until`` (or the end of ``valid_to``).
    repeat_every: Mapped[int | None] = mapped_column(Integer)
    repeat_for: Mapped[int | None] = mapped_column(Integer)
    emergency_at: Mapped[datetime | None]
    valid_until: Mapped[datetime | None]
    # A bulletin taken in from a source system (its id is unique across the station).
    bulletin_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    bulletin_source: Mapped[str | None] = mapped_column(String(300))
    # Rendering (filled by the speech pipeline).
    audio_path: Mapped[str | None] = mapped_column(String(1000))
    audio_key: Mapped[str | None] = mapped_column(String(64))
    audio_hash: Mapped[str | None] = mapped_column(String(64))
    audio_duration: Mapped[float | None] = mapped_column(Float)
    audio_engine: Mapped[str | None] = mapped_column(String(64))
    audio_stale: Mapped[bool] = mapped_column(Boolean, default=True)
    rendered_at: Mapped[datetime | None]

    events: Mapped[list[SegmentEvent]] = relationship(
        back_populates="segment", order_by="SegmentEvent.id"
    )


class SegmentEvent(Base):
    """The segment's history: created, edited, approved, retired, rendered ..."""

    __tablename__ = "segment_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id"), index=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    # Who made the change ("" = the command line or the daemon).
    actor: Mapped[str] = mapped_column(String(200), default="")

    segment: Mapped[Segment] = relationship(back_populates="events")


class Slot(Base):
    __tablename__ = "slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    weekdays: Mapped[str] = mapped_column(String(7), default="1111111")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]

    @property
    def active(self) -> bool:
        return self.removed_at is None


class Booking(Base):
    __tablename__ = "booking"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id"), index=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id"), index=True)
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    per_day: Mapped[int] = mapped_column(Integer, default=1)
    weekdays: Mapped[str] = mapped_column(String(7), default="1111111")
    created_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None]

    segment: Mapped[Segment] = relationship()
    slot: Mapped[Slot] = relationship()


class Airing(Base):
    """One segment aired (or not) in one slot: the station's legal record."""

    __tablename__ = "airing"
    __table_args__ = (Index("ix_airing_scheduled_start", "scheduled_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segment.id"), index=True)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("slot.id"), index=True)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id"))
    scheduled_start: Mapped[datetime]
    actual_start: Mapped[datetime | None]
    actual_end: Mapped[datetime | None]
    duration: Mapped[float | None] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(16), default="open", index=True)
    engine: Mapped[str | None] = mapped_column(String(64))
    audio_hash: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text, default="")
    # Which outputs carried it, e.g. "device, icecast:/xa (gap 12.0 s)".
    outputs: Mapped[str] = mapped_column(String(500), default="", server_default="")
    created_at: Mapped[datetime]
    # Written by the daemon: makes a replay of its local journal insert each row once.
    log_key: Mapped[str | None] = mapped_column(String(40), index=True, unique=True)
    # The zone (vùng phát) it aired in and the site (điểm phát) that aired it; None: the
    # station's single implicit zone / site (a station that never named one).
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))

    # Proof of airing (``aircheck``): what the monitor recording shows. ``heard`` is one of
    # HEARD (None until verified), ``heard_start`` the measured on-air start, ``heard_seconds``
    # how much of it was found, ``heard_score`` the match score (0-1) and ``heard_detail``
    # the evidence in Vietnamese (where it dropped, why there is no recording ...).
    heard: Mapped[str | None] = mapped_column(String(16), index=True)
    heard_start: Mapped[datetime | None]
    heard_seconds: Mapped[float | None] = mapped_column(Float)
    heard_score: Mapped[float | None] = mapped_column(Float)
    heard_detail: Mapped[str] = mapped_column(Text, default="", server_default="")

    segment: Mapped[Segment | None] = relationship()
    slot: Mapped[Slot | None] = relationship()
    zone: Mapped[Zone | None] = relationship()
    site: Mapped[Site | None] = relationship()


class Carryover(Base):
    """A booked airing that did not fit its slot, moved to a later slot occurrence."""

    __tablename__ = "carryover"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id"), index=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id"))
    from_slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id"))
    from_start: Mapped[datetime]
    to_slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id"), index=True)
    to_start: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime]
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id"))  # None: implicit zone


class PlayoutRequest(Base):
    """An operator's «play now», handed from the CLI to the running daemon."""

    __tablename__ = "playout_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id"))
    created_at: Mapped[datetime]
    taken_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    airing_id: Mapped[int | None] = mapped_column(ForeignKey("airing.id"))
    error: Mapped[str] = mapped_column(Text, default="")
    # For a khẩn cấp bulletin's airing (first or repeat): the moment it was due.
    due_at: Mapped[datetime | None]
    # The level it airs at when not the segment's own: «khan-cap» for an approver's
    # «Phát ngay» inside quiet hours (confirmed), with who sent it.
    level: Mapped[str | None] = mapped_column(String(16))
    requested_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The zone that airs it (one request per zone); None: the implicit zone.
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id"), index=True)


class AirAlarm(Base):
    """Dead air or wrong air heard on a monitor (``aircheck``): open until it ends."""

    __tablename__ = "air_alarm"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(16))  # ALARM_KINDS
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    airing_id: Mapped[int | None] = mapped_column(ForeignKey("airing.id"))
    detail: Mapped[str] = mapped_column(Text, default="")


class User(Base):
    """A person who signs in to the console; never deleted, only disabled."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(300))
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    disabled_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]

    @property
    def label(self) -> str:
        return self.full_name or self.name


class WebSessionRow(Base):
    """A console session: the hash of its cookie, its CSRF token, who signed in, until when."""

    __tablename__ = "web_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    csrf: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class SignInAttempt(Base):
    """Sign-in attempts counted per key (a user name, an address): the throttle's memory."""

    __tablename__ = "signin_attempt"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime | None]
    prev_at: Mapped[datetime | None]


class ChangeEvent(Base):
    """Who changed a slot, a booking, a user or the station settings, and when."""

    __tablename__ = "change_event"
    __table_args__ = (Index("ix_change_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")


class Site(Base):
    """A PC (điểm phát) that airs the zones wired to it; its token fetches audio files."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime | None]
    daemon_pid: Mapped[int | None]
    daemon_host: Mapped[str | None] = mapped_column(String(200))
    # What the site daemon last reported about itself (JSON: disk, days held, now/next).
    health: Mapped[str] = mapped_column(Text, default="", server_default="")


class Zone(Base):
    """A group of loudspeakers that hears one programme, fed by one output of one site."""

    __tablename__ = "zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    output: Mapped[str] = mapped_column(String(1000))
    monitor: Mapped[str] = mapped_column(String(1000), default="none", server_default="none")
    created_at: Mapped[datetime]

    site: Mapped[Site | None] = relationship()


class Cluster(Base):
    """A loudspeaker cluster (cụm loa): an IP receiver or a wired/FM group of a zone."""

    __tablename__ = "cluster"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"), index=True)
    mount: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime]
    last_seen: Mapped[datetime | None]

    zone: Mapped[Zone] = relationship()


class SlotZone(Base):
    """A slot that runs in chosen zones only (a slot with no row runs in every zone)."""

    __tablename__ = "slot_zone"

    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id"), primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"), primary_key=True)


class BookingZone(Base):
    """A booking for chosen zones (no row: «toàn xã», every zone that has the slot)."""

    __tablename__ = "booking_zone"

    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id"), primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"), primary_key=True)


def is_airable_status(segment: Segment, require_approval: bool) -> bool:
    if segment.status == "retired":
        return False
    return segment.status == "approved" or not require_approval
