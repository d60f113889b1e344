"""The chart of airtime per day, stacked by category (PNG, matplotlib)."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

from broadcaster.report.numbers import MonthReport
from broadcaster.settings import Settings


def write_chart(report: MonthReport, settings: Settings, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = [
        date(report.year, report.month, d)
        for d in range(1, calendar.monthrange(report.year, report.month)[1] + 1)
    ]
    categories = list(report.by_category)
    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=120)
    bottom = [0.0] * len(days)
    for code in categories:
        minutes = [report.day_category_seconds.get(d, {}).get(code, 0.0) / 60 for d in days]
        if any(minutes):
            ax.bar(
                [d.day for d in days],
                minutes,
                bottom=bottom,
                label=settings.category_label(code),
                width=0.8,
            )
            bottom = [b + m for b, m in zip(bottom, minutes, strict=True)]
    ax.set_title(f"Thời lượng phát sóng theo ngày, {report.label}")
    ax.set_xlabel("Ngày trong tháng")
    ax.set_ylabel("Phút")
    ax.set_xticks([d.day for d in days])
    ax.tick_params(axis="x", labelsize=7)
    if not any(bottom):
        ax.text(
            0.5,
            0.5,
            "Không có lượt phát nào trong tháng",
            transform=ax.transAxes,
            ha="center",
            va="center",
        )
    else:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
