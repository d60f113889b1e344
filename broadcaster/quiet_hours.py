"""Giờ yên tĩnh: a daily span, possibly across midnight, when only khẩn cấp may sound.

In the core so that the settings declaration can check a typed value with the same rule
the catalogue and the daemon apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from broadcaster.errors import InputError


@dataclass(frozen=True)
class QuietHours:
    """A daily span, possibly across midnight (21:30–05:00), when only khẩn cấp sounds."""

    start: time
    end: time

    def describe(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    def _minutes(self) -> list[tuple[int, int]]:
        a = self.start.hour * 60 + self.start.minute
        b = self.end.hour * 60 + self.end.minute
        if a == b:
            return []
        return [(a, b)] if a < b else [(a, 24 * 60), (0, b)]

    def contains(self, moment: time) -> bool:
        m = moment.hour * 60 + moment.minute + moment.second / 60
        return any(a <= m < b for a, b in self._minutes())

    def overlaps(self, start: time, end: time) -> bool:
        """Does the same-day span ``[start, end)`` touch quiet hours?"""
        s = start.hour * 60 + start.minute + start.second / 60
        e = end.hour * 60 + end.minute + end.second / 60
        return any(s < b and a < e for a, b in self._minutes())


_SPAN = re.compile(r"^\s*(\d{1,2})[:hg](\d{2})?\s*[-–]\s*(\d{1,2})[:hg](\d{2})?\s*$")


def parse_quiet_hours(text: str) -> QuietHours | None:
    """«21:30-05:00» → QuietHours; an empty text (a deliberate setting) means none."""
    if not text.strip():
        return None
    match = _SPAN.match(text.lower())
    if match is None:
        raise InputError(
            f"Giờ yên tĩnh «{text}» không hợp lệ. Hãy ghi dạng «21:30-05:00», hoặc để trống "
            "nếu đài không có giờ yên tĩnh."
        )
    h1, m1, h2, m2 = (int(g or 0) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise InputError(f"Giờ yên tĩnh «{text}» có giờ hoặc phút không tồn tại.")
    return QuietHours(time(h1, m1), time(h2, m2))
