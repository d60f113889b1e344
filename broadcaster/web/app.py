"""The console's routes: one Starlette application over one station."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from broadcaster.station import App
from broadcaster.web.core import HERE, WebState
from broadcaster.web.pages import (
    account,
    admin,
    dashboard,
    playnow,
    records,
    schedule,
    segments,
    sites,
)


def routes() -> list[Route | Mount]:
    get, post = ["GET"], ["POST"]
    return [
        Route("/dang-nhap", account.login_page, methods=get),
        Route("/dang-nhap", account.login_post, methods=post),
        Route("/dang-xuat", account.logout, methods=post),
        Route("/doi-mat-khau", account.password_page, methods=get),
        Route("/doi-mat-khau", account.password_post, methods=post),
        Route("/", dashboard.dashboard, methods=get),
        Route("/truc-tiep", dashboard.live, methods=get),
        Route("/tin-bai", segments.segment_list, methods=get),
        Route("/tin-bai/them", segments.segment_new, methods=get),
        Route("/tin-bai/them", segments.segment_create, methods=post),
        Route("/tin-bai/{segment_id:int}", segments.segment_show, methods=get),
        Route("/tin-bai/{segment_id:int}/am-thanh", segments.segment_audio, methods=get),
        Route("/tin-bai/{segment_id:int}/sua", segments.segment_edit, methods=get),
        Route("/tin-bai/{segment_id:int}/sua", segments.segment_update, methods=post),
        Route("/tin-bai/{segment_id:int}/tao-am-thanh", segments.segment_render, methods=post),
        Route("/tin-bai/{segment_id:int}/duyet", segments.segment_approve, methods=post),
        Route("/tin-bai/{segment_id:int}/ngung", segments.segment_retire, methods=post),
        Route("/lich-phat", schedule.schedule, methods=get),
        Route("/lich-phat/buoi", schedule.slot_add, methods=post),
        Route("/lich-phat/buoi/{slot_id:int}/sua", schedule.slot_edit, methods=get),
        Route("/lich-phat/buoi/{slot_id:int}/sua", schedule.slot_update, methods=post),
        Route("/lich-phat/buoi/{slot_id:int}/bo", schedule.slot_remove, methods=post),
        Route("/lich-phat/nap", schedule.schedule_load, methods=post),
        Route("/lich-phat/dat", schedule.book_page, methods=get),
        Route("/lich-phat/dat", schedule.book_post, methods=post),
        Route("/lich-phat/dat/{booking_id:int}/huy", schedule.booking_cancel, methods=post),
        Route("/lich-phat/ngay", schedule.day_plan, methods=get),
        Route("/phat-ngay", playnow.playnow_page, methods=get),
        Route("/phat-ngay", playnow.playnow_post, methods=post),
        Route("/nhat-ky", records.airing_log, methods=get),
        Route("/bao-cao", records.report_page, methods=get),
        Route("/bao-cao/tai/{month}/{fmt}", records.report_download, methods=get),
        Route("/quan-tri", admin.admin, methods=get),
        Route("/quan-tri/nguoi-dung", admin.user_add, methods=post),
        Route("/quan-tri/nguoi-dung/{name}/{action}", admin.user_action, methods=post),
        Route("/quan-tri/thiet-lap", admin.station_settings, methods=post),
        Route("/diem-phat", sites.sites_page, methods=get),
        Route("/diem-phat/am-thanh/{digest}", sites.site_audio, methods=get),
        Mount("/tep", StaticFiles(directory=HERE / "static"), name="static"),
    ]


def create_app(app: App, secure_cookie: bool = False) -> Starlette:
    """The console for one opened station (the caller keeps and closes ``app``)."""
    web = Starlette(routes=routes())
    web.state.web = WebState(app, secure_cookie=secure_cookie)
    return web
