"""The daemon's terminal log as an operator reads it: station-time clock, Vietnamese levels."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

LEVELS = {
    "DEBUG": "gỡ lỗi",
    "INFO": "tin",
    "WARNING": "CHÚ Ý",
    "ERROR": "LỖI",
    "CRITICAL": "LỖI NẶNG",
}


class StationLogFormatter(logging.Formatter):
    """«17:32:05 tin: Bắt đầu phát …» with the clock in the station's time zone."""

    def __init__(self, tz: ZoneInfo) -> None:
        super().__init__("%(asctime)s %(levelname)s: %(message)s")
        self.tz = tz

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created, self.tz).strftime("%H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        record.levelname = LEVELS.get(record.levelname, record.levelname)
        return super().format(record)


def use_station_clock(tz: ZoneInfo) -> None:
    for handler in logging.getLogger().handlers:
        handler.setFormatter(StationLogFormatter(tz))
