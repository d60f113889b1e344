"""Vietnamese names of the stored codes, shared by the CLI and the reports."""

from __future__ import annotations

OUTCOME_LABELS = {
    "open": "đang phát",
    "aired": "đã phát",
    "partial": "phát dở",
    "failed": "lỗi",
    "missed": "bị lỡ",
    "preempted": "bị ngắt để phát tin khẩn",
    "interrupted": "bị gián đoạn",
    "withdrawn": "không phát (đã đổi sau khi chuẩn bị)",
}

# What the air-check recording showed of an airing (``aircheck``); None: not checked.
HEARD_LABELS = {
    "verified": "✓ đã nghe thấy trên loa",
    "partly-heard": "◐ chỉ nghe thấy một phần",
    "not-heard": "✗ không nghe thấy",
    "no-evidence": "? không có bản ghi",
}

EVENT_LABELS = {
    "created": "tạo mới",
    "edited": "sửa",
    "approved": "duyệt",
    "retired": "ngừng phát",
    "rendered": "tạo âm thanh",
    "carried": "chuyển buổi",
    "quiet-override": "phát ngay như tin khẩn cấp trong giờ yên tĩnh",
}


def fallback_message(engine: str) -> str:
    """What the operator reads next to audio made by a fallback engine."""
    return (
        f"đang dùng giọng dự phòng {engine} (bộ đọc tốt hơn không dùng được lúc tạo); "
        "sẽ tự tạo lại bằng bộ đọc tốt hơn trước lần phát tới khi nó dùng được"
    )
