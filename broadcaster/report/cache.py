"""The month's report numbers, remembered while nothing they depend on has changed.

A console shows the same month again and again; the numbers of a busy month take a
second to count. A cheap stamp (rows and newest id of the month's log, newest segment
change, bookings) decides whether the remembered report is still the truth.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import func, select

from broadcaster.models import Airing, Booking, Segment
from broadcaster.report.numbers import MonthReport, month_bounds, monthly_report
from broadcaster.station import App

KEEP = 6
_lock = threading.Lock()
_reports: OrderedDict[tuple[Any, ...], MonthReport] = OrderedDict()


def _stamp(app: App, year: int, month: int) -> tuple[Any, ...]:
    start, end = month_bounds(year, month, app.settings.tz)
    with app.db.engine.connect() as conn:
        airings = conn.execute(
            select(func.count(Airing.id), func.max(Airing.id), func.max(Airing.actual_end)).where(
                Airing.scheduled_start >= start, Airing.scheduled_start < end
            )
        ).one()
        segments = conn.execute(select(func.max(Segment.updated_at))).scalar()
        bookings = conn.execute(
            select(func.count(Booking.id), func.count(Booking.cancelled_at))
        ).one()
    return (*airings, segments, *bookings)


def month_summary(app: App, year: int, month: int) -> MonthReport:
    """``monthly_report`` for a page of totals, remembered until the log, the segments or
    the bookings change. It holds no ``rows`` (little memory); the files are written from
    the full report."""
    key = (
        app.db.url,
        id(app.settings),
        year,
        month,
        app.today(),
        _stamp(app, year, month),
    )
    with _lock:
        found = _reports.get(key)
        if found is not None:
            _reports.move_to_end(key)
            return found
    report = monthly_report(app, year, month, listing=False)
    with _lock:
        _reports[key] = report
        while len(_reports) > KEEP:
            _reports.popitem(last=False)
    return report
