"""Plain-text tables and labels for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def when(moment: datetime | None, tz: object) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(tz)  # type: ignore[arg-type]
    return f"{local:%H:%M:%S} {local.day:02d}/{local.month:02d}/{local.year}"
