"""Tổng quan: on air now (live), daemon heartbeat, what comes next, problems, warnings."""

from __future__ import annotations

from starlette.responses import Response

from broadcaster.playout.control import daemon_running
from broadcaster.playout.overview import on_air, overview
from broadcaster.playout.site_health import sites_overview
from broadcaster.web.core import Ctx, page


@page()
def dashboard(ctx: Ctx) -> Response:
    info = overview(ctx.app)
    from datetime import timedelta

    from broadcaster.aircheck.alarms import KIND_LABELS, open_alarms

    alarms = [
        (KIND_LABELS[a.kind], a.kind, a.ended_at is None, a.detail)
        for a in open_alarms(ctx.app, within=timedelta(hours=1))
    ]
    # live.html is the same box /truc-tiep refreshes: it must be right before any script runs.
    return ctx.render(
        "dashboard.html",
        title="Tổng quan",
        info=info,
        now=ctx.app.now(),
        alive=info.alive,
        beat=info.heartbeat_at,
        on_air=info.on_air,
        alarms=alarms,
        sites=sites_overview(ctx.app, with_next=False),
    )


@page()
def live(ctx: Ctx) -> Response:
    alive, beat, _journal, _owner = daemon_running(ctx.app)  # as the dashboard and status
    return ctx.render("live.html", alive=alive, beat=beat, on_air=on_air(ctx.app))
