"""``broadcaster segment …``: the station's news items, notices and recordings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import click

from broadcaster.catalogue.dates import format_date, format_duration
from broadcaster.catalogue.levels import format_minutes, level_label, parse_minutes
from broadcaster.catalogue.relays import relay_input
from broadcaster.catalogue.scriptfile import ScriptText, read_script_file, script_from_text
from broadcaster.catalogue.segments import (
    STATUS_LABELS,
    SegmentInput,
    add_segment,
    approve_segment,
    edit_segment,
    list_segments,
    retire_segment,
    show_segment,
)
from broadcaster.cli import ID, BroadcasterGroup, CliState, date_option, pass_state
from broadcaster.cli.fmt import table, when
from broadcaster.errors import InputError
from broadcaster.labels import EVENT_LABELS, OUTCOME_LABELS, fallback_message
from broadcaster.models import Segment
from broadcaster.settings import Settings

CLEAR_OPTIONS = {"valid-from": "valid_from", "valid-to": "valid_to", "repeat": "repeat"}


def _script(
    file: Path | None, text: str | None, settings: Settings, as_is: bool = False
) -> ScriptText | None:
    if file is not None and text is not None:
        raise InputError("Chỉ dùng một trong hai: --file hoặc --text.")
    if file is not None:
        return read_script_file(file, settings, document=not as_is)
    if text is not None:
        return script_from_text(text)
    return None


def _segment_input(
    settings: Settings,
    file: Path | None,
    text: str | None,
    audio: Path | None,
    title: str | None,
    level: str | None,
    priority: str | None,
    repeat_every: str | None,
    repeat_for: str | None,
    valid_from: date | None,
    valid_to: date | None,
    notes: str | None,
    category: str | None,
    as_is: bool = False,
) -> SegmentInput:
    """The options shared by «segment add» and «segment edit», as one service input."""
    if level is not None and priority is not None:
        raise InputError("Chỉ dùng --level (--priority là tên cũ của nó).")
    return SegmentInput(
        title=title,
        category=category,
        level=level if level is not None else priority,
        repeat_every=parse_minutes(repeat_every, "Nhắc lại mỗi") if repeat_every else None,
        repeat_for=parse_minutes(repeat_for, "Nhắc lại trong") if repeat_for else None,
        script=_script(file, text, settings, as_is),
        recording=audio,
        valid_from=valid_from,
        valid_to=valid_to,
        notes=notes,
    )


def _content_options(f):  # type: ignore[no-untyped-def]
    for option in reversed(
        [
            click.option(
                "--file",
                "file",
                type=click.Path(path_type=Path),
                metavar="TỆP",
                help="Kịch bản .txt (UTF-8, UTF-16, Windows-1258) hoặc .docx.",
            ),
            click.option(
                "--as-is",
                is_flag=True,
                help="Đọc nguyên văn tệp (mặc định: văn bản hành chính được chuyển thành kịch "
                "bản phát thanh, bỏ quốc hiệu, số văn bản, nơi nhận, chữ ký).",
            ),
            click.option("--text", "text", metavar="VĂN_BẢN", help="Nội dung gõ trực tiếp."),
            click.option(
                "--audio",
                "audio",
                type=click.Path(path_type=Path),
                metavar="TỆP",
                help="Tệp ghi âm có sẵn (.mp3, .wav …), ví dụ chương trình tiếp sóng.",
            ),
            click.option(
                "--title", metavar="TÊN", help="Tên tin bài (mặc định: dòng đầu kịch bản)."
            ),
            click.option(
                "--level",
                metavar="MỨC",
                help="Mức tin (Thông tư 39): thong-thuong (thông thường, mặc định), uu-tien "
                "(ưu tiên: phát đầu buổi) hoặc khan-cap (khẩn cấp: phát ngay, ngắt tin đang phát).",
            ),
            click.option("--priority", metavar="MỨC", hidden=True),
            click.option(
                "--repeat-every",
                metavar="PHÚT",
                help="Tin khẩn cấp: nhắc lại mỗi bao nhiêu phút, ví dụ 30.",
            ),
            click.option(
                "--repeat-for",
                metavar="THỜI_GIAN",
                help="Tin khẩn cấp: nhắc lại trong bao lâu, ví dụ 3h (không quá ngày hết hạn).",
            ),
            date_option("--valid-from", help="Phát từ ngày (ví dụ 22/2/2023)."),
            date_option("--valid-to", help="Phát đến hết ngày."),
            click.option("--notes", metavar="GHI_CHÚ", help="Ghi chú."),
        ]
    ):
        f = option(f)
    return f


@click.group("segment", cls=BroadcasterGroup)
def segment_group() -> None:
    """Tin bài: thêm, xem, sửa, duyệt, ngừng phát."""


@segment_group.command("add")
@_content_options
@click.option(
    "--category",
    "-c",
    metavar="CHUYÊN_MỤC",
    required=True,
    help="Chuyên mục: cchc, thong-bao, y-te, phong-chong-thien-tai, an-ninh, …",
)
@click.option(
    "--relay",
    metavar="ĐỊA_CHỈ",
    help="Tiếp âm một luồng phát thanh (http://…/mount, MP3/AAC/Opus hoặc .m3u8).",
)
@click.option("--duration", metavar="THỜI_LƯỢNG", help="Thời lượng tiếp âm, ví dụ 30:00.")
@click.option("--until-slot-end", is_flag=True, help="Tiếp âm đến hết buổi phát.")
@pass_state
def add_cmd(
    state: CliState,
    relay: str | None,
    duration: str | None,
    until_slot_end: bool,
    **options: Any,
) -> None:
    """Thêm tin bài từ tệp kịch bản, văn bản gõ trực tiếp, tệp ghi âm hoặc tiếp âm."""
    app = state.app()
    data = _segment_input(app.settings, **options)
    if relay is not None:
        data = replace(data, relay=relay_input(relay, duration, until_slot_end))
    elif duration is not None or until_slot_end:
        raise InputError("--duration và --until-slot-end chỉ dùng cùng --relay ĐỊA_CHỈ.")
    _show_script(data.script)
    segment = add_segment(app, data)
    click.echo(
        f"Đã thêm tin bài số {segment.id}: «{segment.title}» ({STATUS_LABELS[segment.status]}, "
        f"mức {level_label(segment.level)})."
    )
    if segment.emergency_at is not None:
        _say_emergency(app)
    elif segment.level == "khan-cap":
        click.echo(
            f"Tin khẩn cấp sẽ được phát ngay khi được duyệt («segment approve {segment.id}»)."
        )


def _show_script(script: ScriptText | None) -> None:
    """A document turned into a broadcast script: the operator sees what will be read."""
    if script is None or not script.original:
        return
    click.echo(
        f"«{script.source_name}» là văn bản hành chính; kịch bản phát thanh (đã bỏ quốc hiệu, "
        "số văn bản, nơi nhận, chữ ký; bản gốc được giữ lại; --as-is để đọc nguyên văn):"
    )
    for line in script.text.split("\n"):
        click.echo(f"  {line}")


def _say_emergency(app: Any) -> None:
    from broadcaster.playout.control import daemon_alive

    if daemon_alive(app)[0]:
        click.echo("Tin khẩn cấp sẽ được phát ngay (ngắt tin đang phát).")
    else:
        click.echo(
            "Chú ý: phần mềm phát không chạy. Tin khẩn cấp sẽ phát ngay khi chạy "
            "«broadcaster run», hoặc phát ngay từ máy này bằng «broadcaster play-now»."
        )


@segment_group.command("list")
@click.option("--category", "-c", metavar="CHUYÊN_MỤC", help="Chỉ chuyên mục này.")
@click.option("--status", metavar="TRẠNG_THÁI", help="draft (chờ duyệt), approved, retired.")
@date_option("--date", "on", help="Chỉ tin còn hiệu lực vào ngày này.")
@pass_state
def list_cmd(state: CliState, category: str | None, status: str | None, on: date | None) -> None:
    """Danh sách tin bài."""
    app = state.app()
    segments = list_segments(app, category, status, on)
    if not segments:
        click.echo("Chưa có tin bài nào phù hợp.")
        return
    rows = [
        (
            s.id,
            s.title[:50],
            s.category,
            level_label(s.level),
            STATUS_LABELS[s.status],
            _list_duration(s),
            format_date(s.valid_to) if s.valid_to else "",
        )
        for s in segments
    ]
    click.echo(
        table(("Số", "Tên", "Chuyên mục", "Mức", "Trạng thái", "Thời lượng", "Hết hạn"), rows)
    )


def _list_duration(s: Segment) -> str:
    if s.kind == "relay":
        if s.relay_until_slot_end:
            return "tiếp âm, hết buổi"
        return format_duration(s.relay_seconds or 0)
    if s.audio_duration and not (s.kind == "script" and s.audio_stale):
        return format_duration(s.audio_duration)
    return ""


@segment_group.command("show")
@click.argument("segment_id", type=ID, metavar="SỐ_TIN")
@pass_state
def show_cmd(state: CliState, segment_id: int) -> None:
    """Xem đầy đủ một tin bài: kịch bản, trạng thái, lịch sử, các lượt phát."""
    app = state.app()
    detail = show_segment(app, segment_id)
    s = detail.segment
    tz = app.settings.tz
    lines = [
        f"Tin bài số {s.id}: {s.title}",
        f"Chuyên mục: {app.settings.category_label(s.category)} ({s.category})",
        f"Mức tin: {level_label(s.level)}"
        + (
            f" — nhắc lại mỗi {format_minutes(s.repeat_every)}"
            + (f" trong {format_minutes(s.repeat_for)}" if s.repeat_for else "")
            if s.repeat_every
            else ""
        )
        + (f" — phát ngay từ {when(s.emergency_at, tz)}" if s.emergency_at else ""),
        f"Trạng thái: {STATUS_LABELS[s.status]}"
        + (f" — duyệt bởi {s.approved_by} lúc {when(s.approved_at, tz)}" if s.approved_by else ""),
        f"Hiệu lực: {format_date(s.valid_from) if s.valid_from else '…'} – "
        f"{format_date(s.valid_to) if s.valid_to else '…'}",
    ]
    if s.source_name:
        lines.append(f"Nguồn: {s.source_name}")
    if s.bulletin_id:
        lines.append(f"Bản tin nhận từ: {s.bulletin_source or '?'} (mã {s.bulletin_id})")
    if s.kind == "relay":
        span = "đến hết buổi" if s.relay_until_slot_end else format_duration(s.relay_seconds or 0)
        lines.append(f"Tiếp âm: {s.relay_url} ({span})")
    if s.kind == "recording":
        lines.append(f"Tệp ghi âm: {s.recording_path} ({format_duration(s.audio_duration or 0)})")
    elif s.audio_path and not s.audio_stale:
        lines.append(
            f"Âm thanh: {s.audio_path} ({format_duration(s.audio_duration or 0)}, {s.audio_engine})"
        )
        if detail.audio_fallback:
            lines.append(f"  ↻ {fallback_message(detail.audio_fallback)}")
    else:
        lines.append("Âm thanh: chưa tạo hoặc đã cũ (chạy «broadcaster render»).")
    if s.notes:
        lines.append(f"Ghi chú: {s.notes}")
    if s.kind == "script":
        lines += ["", "Kịch bản:", s.script_text]
    lines += ["", "Lịch sử:"]
    lines += [
        f"  {when(e.at, tz)}  {EVENT_LABELS.get(e.action, e.action)}"
        + (f": {e.detail}" if e.detail else "")
        for e in detail.events
    ]
    if detail.bookings:
        lines += ["", "Đặt lịch:"]
        lines += [
            f"  #{b.id} buổi «{b.slot.name}» {format_date(b.date_from)} – {format_date(b.date_to)}"
            + (f", {b.per_day} lần/ngày" if b.per_day > 1 else "")
            + (" (đã hủy)" if b.cancelled_at else "")
            for b in detail.bookings
        ]
    lines += ["", f"Các lượt phát: {len(detail.airings)}"]
    for a in detail.airings:
        slot_name = a.slot.name if a.slot else "phát ngay"
        lines.append(
            f"  {when(a.actual_start or a.scheduled_start, tz)}  {slot_name}"
            f"  {format_duration(a.duration or 0)}  {OUTCOME_LABELS.get(a.outcome, a.outcome)}"
            + (f"  (giọng {a.engine})" if a.engine else "")
        )
    click.echo("\n".join(lines))


@segment_group.command("edit")
@click.argument("segment_id", type=ID, metavar="SỐ_TIN")
@_content_options
@click.option("--category", "-c", metavar="CHUYÊN_MỤC", help="Đổi chuyên mục.")
@click.option("--relay", metavar="ĐỊA_CHỈ", help="Tin tiếp âm: đổi địa chỉ luồng.")
@click.option("--duration", metavar="THỜI_LƯỢNG", help="Tin tiếp âm: thời lượng, ví dụ 30:00.")
@click.option("--until-slot-end", is_flag=True, help="Tin tiếp âm: đến hết buổi phát.")
@click.option(
    "--clear",
    "clear",
    multiple=True,
    type=click.Choice(sorted(CLEAR_OPTIONS)),
    metavar="MỤC",
    help="Bỏ một mục: valid-from (ngày bắt đầu), valid-to (ngày hết hạn), repeat (nhắc lại).",
)
@pass_state
def edit_cmd(
    state: CliState,
    segment_id: int,
    relay: str | None,
    duration: str | None,
    until_slot_end: bool,
    clear: tuple[str, ...],
    **options: Any,
) -> None:
    """Sửa tin bài. Đổi nội dung, mức tin, thời hạn, nhắc lại hay tiếp âm thì tin phải
    được duyệt lại."""
    app = state.app()
    data = _segment_input(app.settings, **options)
    if relay is not None:
        data = replace(data, relay=relay_input(relay, duration, until_slot_end))
    elif duration is not None or until_slot_end:
        raise InputError("--duration và --until-slot-end chỉ dùng cùng --relay ĐỊA_CHỈ.")
    data = replace(data, clear=frozenset(CLEAR_OPTIONS[c] for c in clear))
    _show_script(data.script)
    segment = edit_segment(app, segment_id, data)
    click.echo(f"Đã sửa tin bài số {segment.id} ({STATUS_LABELS[segment.status]}).")


@segment_group.command("approve")
@click.argument("segment_id", type=ID, metavar="SỐ_TIN")
@click.option("--by", required=True, metavar="HỌ_TÊN", help="Người duyệt nội dung.")
@pass_state
def approve_cmd(state: CliState, segment_id: int, by: str) -> None:
    """Duyệt nội dung tin bài để được phát."""
    app = state.app()
    segment = approve_segment(app, segment_id, by)
    click.echo(f"Đã duyệt tin bài số {segment.id} (người duyệt: {segment.approved_by}).")
    _say_doubts(app, segment)
    if segment.emergency_at is not None:
        _say_emergency(app)


def _say_doubts(app: Any, segment: Segment) -> None:
    """The readings the machine is unsure of, so the approver knows what will air."""
    from broadcaster.speech.spoken import segment_spoken

    doubts = segment_spoken(segment, app.settings).doubts
    if doubts:
        spans = ", ".join(f"«{d.span}» → «{d.reading}»" for d in doubts[:5])
        more = f" và {len(doubts) - 5} chỗ khác" if len(doubts) > 5 else ""
        click.echo(
            f"Chú ý: máy chưa chắc cách đọc {len(doubts)} chỗ: {spans}{more}. Xem "
            f"«broadcaster text check --segment {segment.id}»; sửa bằng «text abbrev add»."
        )


@segment_group.command("retire")
@click.argument("segment_id", type=ID, metavar="SỐ_TIN")
@pass_state
def retire_cmd(state: CliState, segment_id: int) -> None:
    """Ngừng phát tin bài (giữ lại trong nhật ký, hủy các lịch chưa phát)."""
    segment, cancelled = retire_segment(state.app(), segment_id)
    click.echo(f"Đã ngừng phát tin bài số {segment.id}; hủy {cancelled} lượt đặt lịch.")
