"""The operator's command line. Commands parse, call one service function, and print.

Domain errors become click errors here, in ``BroadcasterGroup.invoke``, and nowhere else.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import click

from broadcaster import __version__
from broadcaster.catalogue.dates import parse_date, parse_time, parse_weekdays, weekdays_to_mask
from broadcaster.cli import vi
from broadcaster.clock import Clock, SystemClock
from broadcaster.errors import BroadcasterError
from broadcaster.settings import Settings, load_settings
from broadcaster.station import App, open_station

vi.install()
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class CliError(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class BroadcasterGroup(click.Group):
    """A group whose commands' domain errors print as «Lỗi: …» with a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BroadcasterError as exc:
            raise CliError(str(exc), exc.exit_code) from exc
        except KeyboardInterrupt as exc:
            raise CliError("Đã dừng theo yêu cầu.", 130) from exc


class DefaultGroup(BroadcasterGroup):
    """``book SEGMENT --slot …`` runs the hidden ``add``; ``book list`` runs ``list``."""

    default = "add"

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = [self.default, *args]
        return super().resolve_command(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "TIN_BÀI --slot TÊN_BUỔI [TÙY CHỌN] | LỆNH …")


@dataclass
class CliState:
    """What the top-level options set; tests may pass one in with a fake clock."""

    home: str | None = None
    db: str | None = None
    clock: Clock = field(default_factory=SystemClock)
    _app: App | None = None

    def settings(self, **flags: Any) -> Settings:
        return load_settings(self.home, {"db_url": self.db, **flags})

    def app(self) -> App:
        if self._app is None:
            self._app = open_station(self.settings(), self.clock)
            click.get_current_context().call_on_close(self.close)
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
            self._app = None

    def today(self) -> date:
        try:
            tz = self.settings().tz
        except BroadcasterError:
            from zoneinfo import ZoneInfo

            tz = ZoneInfo("Asia/Ho_Chi_Minh")
        return self.clock.now().astimezone(tz).date()


pass_state = click.make_pass_decorator(CliState, ensure=True)


def _convert(parse: Any) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is None or value == ():
            return value
        try:
            return parse(ctx, value)
        except BroadcasterError as exc:
            raise click.BadParameter(str(exc), ctx, param) from exc

    return callback


def date_option(*names: str, **kw: Any) -> Any:
    def parse(ctx: click.Context, value: str) -> date:
        state = ctx.find_object(CliState) or CliState()
        return parse_date(value, today=state.today())

    return click.option(*names, metavar="NGÀY", callback=_convert(parse), **kw)


def time_option(*names: str, **kw: Any) -> Any:
    return click.option(
        *names, metavar="GIỜ:PHÚT", callback=_convert(lambda _c, v: parse_time(v)), **kw
    )


def weekdays_option(*names: str, **kw: Any) -> Any:
    return click.option(
        *names,
        metavar="NGÀY_TRONG_TUẦN",
        callback=_convert(lambda _c, v: weekdays_to_mask(parse_weekdays(v))),
        **kw,
    )


@click.group("broadcaster", cls=BroadcasterGroup, context_settings=CONTEXT)
@click.option(
    "--home",
    metavar="THƯ_MỤC",
    envvar="BROADCASTER_HOME",
    help="Thư mục của đài (mặc định ./station hoặc biến BROADCASTER_HOME).",
)
@click.option(
    "--db",
    metavar="URL",
    envvar="BROADCASTER_DB",
    help="Địa chỉ cơ sở dữ liệu SQLAlchemy (mặc định: tệp SQLite trong thư mục đài).",
)
@click.option("-v", "--verbose", count=True, help="Ghi nhật ký chi tiết hơn (-vv: rất chi tiết).")
@click.version_option(__version__, "-V", "--version", prog_name="broadcaster")
@click.pass_context
def cli(ctx: click.Context, home: str | None, db: str | None, verbose: int) -> None:
    """Phần mềm đài truyền thanh xã/phường: tin bài, lịch phát, đọc tiếng Việt,
    phát tự động và báo cáo thời lượng hằng tháng."""
    state = ctx.ensure_object(CliState)
    state.home = home or state.home
    state.db = db or state.db
    if verbose:
        logging.getLogger("broadcaster").setLevel(logging.DEBUG if verbose > 1 else logging.INFO)


def _register() -> None:
    from broadcaster.cli import (
        catalogue,
        inbox,
        playout,
        report,
        schedule,
        speech,
        station,
        text,
    )

    for module in (station, catalogue, schedule, text, speech, playout, report, inbox):
        module.register(cli)
    vi.localize(cli)


_register()


def main() -> None:
    logging.basicConfig(
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    cli.main(prog_name="broadcaster")
