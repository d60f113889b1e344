"""Who changed what: slots, bookings, users and station settings (segments keep their own
history in ``segment_event``). Written in the same transaction as the change itself."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from broadcaster.models import ChangeEvent
from broadcaster.station import App

ENTITY_LABELS = {
    "slot": "buổi phát",
    "booking": "lượt đặt lịch",
    "user": "người dùng",
    "station": "thiết lập đài",
}
ACTION_LABELS = {
    "created": "tạo mới",
    "edited": "sửa",
    "removed": "bỏ",
    "cancelled": "hủy",
    "loaded": "nạp tệp lịch",
    "password": "đổi mật khẩu",
    "disabled": "khoá",
    "enabled": "mở khoá",
    "settings": "đổi thiết lập",
}


def record_change(
    session: Session, app: App, entity: str, entity_id: int | None, action: str, detail: str = ""
) -> None:
    session.add(
        ChangeEvent(
            at=app.now(),
            actor=app.actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            detail=detail,
        )
    )


def list_changes(app: App, entity: str | None = None, limit: int = 100) -> list[ChangeEvent]:
    query = select(ChangeEvent).order_by(ChangeEvent.id.desc()).limit(limit)
    if entity:
        query = query.where(ChangeEvent.entity == entity)
    with app.db.transaction() as session:
        return list(session.scalars(query))


def actor_label(actor: str) -> str:
    return actor or "dòng lệnh / máy"
