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
}

EVENT_LABELS = {
    "created": "tạo mới",
    "edited": "sửa",
    "approved": "duyệt",
    "retired": "ngừng phát",
    "rendered": "tạo âm thanh",
    "carried": "chuyển buổi",
}
