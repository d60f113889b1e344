"""The operator's command line. Commands parse, call one service function, and print.

Domain errors (and operating-system errors such as a full disk or a read-only folder)
become click errors here, in ``BroadcasterGroup.invoke``, and nowhere else; anything
unexpected is written with its traceback to ``broadcaster-errors.log`` in the station
home and shown as one Vietnamese line.

Starting fast: every top-level command is listed in ``COMMANDS`` with its module and its
one-line help, and its module is imported only when that command runs. ``broadcaster
--help`` imports no command module at all, and ``broadcaster slot add`` never imports
the report, the daemon or the audio stack. To add a command, write it in its own module
under ``broadcaster/cli/`` and add one line to ``COMMANDS`` (tests/cli/test_lazy_cli.py
checks the line's help matches the command and that ``--help`` stays light).
"""

from __future__ import annotations

import errno
import logging
import sys
from dataclasses import dataclass, field
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from broadcaster import __version__
from broadcaster.catalogue.dates import parse_date, parse_time, parse_weekdays, weekdays_to_mask
from broadcaster.cli import vi
from broadcaster.clock import Clock, SystemClock
from broadcaster.crashlog import crash_message, write_crash
from broadcaster.errors import BroadcasterError, os_error_message
from broadcaster.settings import Settings, load_settings

if TYPE_CHECKING:
    from broadcaster.station import App

# name -> (module, attribute, the one-line help «broadcaster --help» shows).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "aircheck": (
        "broadcaster.cli.aircheck",
        "aircheck_group",
        "Bằng chứng phát sóng: đối chiếu nhật ký với bản ghi từ loa, nghe lại.",
    ),
    "book": (
        "broadcaster.cli.schedule",
        "book_group",
        'Đặt lịch phát: book SỐ_TIN --slot "Buổi sáng" --from 1/12/2026 --to 7/12/2026.',
    ),
    "demo": (
        "broadcaster.cli.station",
        "demo_cmd",
        "Đài mẫu: đặt một buổi phát thử «Lời chào» vài phút nữa để nghe đài chạy.",
    ),
    "inbox": (
        "broadcaster.cli.inbox",
        "inbox_group",
        "Bản tin nhận từ hệ thống thông tin nguồn (tệp JSON; xem README).",
    ),
    "cluster": (
        "broadcaster.cli.commune",
        "cluster_group",
        "Cụm loa: loa IP hoặc nhóm loa dây/FM của một vùng phát.",
    ),
    "init": (
        "broadcaster.cli.station",
        "init_cmd",
        "Tạo thư mục đài (thiết lập và cơ sở dữ liệu).",
    ),
    "log": (
        "broadcaster.cli.report",
        "log_cmd",
        "Nhật ký phát sóng: từng lượt phát của một ngày (mặc định hôm nay), một tháng, hoặc "
        "từ một ngày đến nay.",
    ),
    "plan": (
        "broadcaster.cli.schedule",
        "plan_cmd",
        "Chương trình phát của một ngày: từng buổi, thứ tự tin, thời lượng và cảnh báo.",
    ),
    "play-now": (
        "broadcaster.cli.playout",
        "play_now_cmd",
        "Phát ngay một tin (ngắt tin đang phát, sau đó buổi phát tiếp tục).",
    ),
    "preview": (
        "broadcaster.cli.speech",
        "preview_cmd",
        "Nghe thử một tin bài (phát ra loa, hoặc ghi ra tệp với --out).",
    ),
    "render": (
        "broadcaster.cli.speech",
        "render_cmd",
        "Tạo âm thanh (giọng đọc, chuẩn hoá độ lớn) cho các tin bài.",
    ),
    "report": (
        "broadcaster.cli.report",
        "report_cmd",
        "Báo cáo thời lượng phát sóng tháng (CSV, Excel, Word kèm biểu đồ).",
    ),
    "run": (
        "broadcaster.cli.playout",
        "run_cmd",
        "Chạy phần mềm phát tự động (để chạy liên tục; dừng bằng Ctrl+C).",
    ),
    "segment": (
        "broadcaster.cli.catalogue",
        "segment_group",
        "Tin bài: thêm, xem, sửa, duyệt, ngừng phát.",
    ),
    "settings": (
        "broadcaster.cli.settings",
        "settings_group",
        "Thiết lập của đài: xem tất cả, xem một, đặt giá trị (ghi vào broadcaster.toml).",
    ),
    "site": (
        "broadcaster.cli.commune",
        "site_group",
        "Điểm phát: mỗi máy tính nối với bộ khuếch đại hoặc máy phát FM.",
    ),
    "slot": (
        "broadcaster.cli.schedule",
        "slot_group",
        "Buổi phát trong ngày (khung giờ lặp lại hằng tuần).",
    ),
    "zone": (
        "broadcaster.cli.commune",
        "zone_group",
        "Vùng phát: nhóm loa nghe chung một chương trình.",
    ),
    "status": (
        "broadcaster.cli.playout",
        "status_cmd",
        "Phần mềm phát có đang chạy không, đang phát gì, sắp phát gì.",
    ),
    "text": (
        "broadcaster.cli.text",
        "text_group",
        "Kiểm tra cách đọc kịch bản và bảng chữ viết tắt.",
    ),
    "tts": (
        "broadcaster.cli.speech",
        "tts_group",
        "Bộ đọc tiếng Việt (gtts, piper, espeak-ng).",
    ),
    "user": (
        "broadcaster.cli.users",
        "user_group",
        "Người dùng bảng điều khiển web: thêm, xem, đổi mật khẩu, khoá.",
    ),
}

vi.install()
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class CliError(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class BroadcasterGroup(click.Group):
    """A group whose commands' errors print as «Lỗi: …» with a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BroadcasterError as exc:
            raise CliError(str(exc), exc.exit_code) from exc
        except KeyboardInterrupt as exc:
            raise CliError("Đã dừng theo yêu cầu.", 130) from exc
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # the reader went away («broadcaster plan | head»): click exits quietly
            raise CliError(os_error_message(exc), 1) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            if ctx.parent is not None:
                raise
            raise CliError(_unexpected(ctx, exc), 70) from exc


def _unexpected(ctx: click.Context, exc: Exception) -> str:
    """Last resort: keep the traceback in a file for a technician, tell the operator where."""
    state = ctx.find_object(CliState)
    home = Path(state.home or "station") if state is not None else None
    where = write_crash(home, f"broadcaster {' '.join(sys.argv[1:])}", exc)
    return crash_message(exc, where, "lệnh")


class LazyGroup(BroadcasterGroup):
    """The top-level group: commands from ``COMMANDS``, each module imported when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute, _help = COMMANDS[cmd_name]
            command = getattr(import_module(module), attribute)
            vi.localize(command)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from ``COMMANDS`` alone: ``--help`` imports no command."""
        rows = []
        for name in self.list_commands(ctx):
            if name in COMMANDS:
                rows.append((name, COMMANDS[name][2]))
            else:
                command = self.commands[name]
                if not command.hidden:
                    rows.append((name, command.get_short_help_str()))
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _ in rows)
            with formatter.section(vi.gettext("Commands")):
                formatter.write_dl(
                    [(n, click.utils.make_default_short_help(h, limit)) for n, h in rows]
                )


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
            from broadcaster.station import open_station

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


class RecordId(click.ParamType):
    """A segment, slot or booking number: a positive whole number that fits the database."""

    name = "số"
    LIMIT = 2**31 - 1  # an INTEGER column on PostgreSQL

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip()
            if not text.isdigit():
                self.fail(
                    f"«{value}» không phải số thứ tự. Hãy gõ một số nguyên dương như trong "
                    "danh sách (ví dụ 12).",
                    param,
                    ctx,
                )
            number = int(text)
        if not 1 <= number <= self.LIMIT:
            self.fail(
                f"Không có số thứ tự {value}. Hãy gõ một số nguyên dương như trong danh sách.",
                param,
                ctx,
            )
        return number


ID = RecordId()


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


@click.group("broadcaster", cls=LazyGroup, context_settings=CONTEXT)
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


vi.localize(cli)


def main() -> None:
    logging.basicConfig(
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    cli.main(prog_name="broadcaster")
