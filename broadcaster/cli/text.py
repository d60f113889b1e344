"""``broadcaster text …``: check how a script will be read, manage abbreviations."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from broadcaster.cli import ID, BroadcasterGroup, CliError, CliState, pass_state
from broadcaster.cli.fmt import table
from broadcaster.speech.textnorm.abbreviations import load_table
from broadcaster.speech.textnorm.normalize import normalize_lines
from broadcaster.speech.textnorm.station_abbrev import add_abbreviation, remove_abbreviation


@click.group("text", cls=BroadcasterGroup)
def text_group() -> None:
    """Kiểm tra cách đọc kịch bản và bảng chữ viết tắt."""


@text_group.command("normalize")
@pass_state
def normalize_cmd(state: CliState) -> None:
    """Đọc văn bản từ đầu vào chuẩn, in mỗi dòng dạng sẽ được đọc (cùng số dòng)."""
    settings = state.settings()
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    from broadcaster.catalogue.scriptfile import decode_bytes, refuse_legacy_encoding

    text, _encoding = decode_bytes(data)
    refuse_legacy_encoding(text, "từ đầu vào chuẩn")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in normalize_lines(lines, settings.abbreviations_path, links=settings.read_links):
        click.echo(line)


@text_group.command("check")
@click.argument("file", required=False, type=click.Path(dir_okay=True), metavar="[TỆP]")
@click.option("--segment", "segment_id", type=ID, metavar="SỐ_TIN", help="Kiểm tra một tin bài.")
@pass_state
def check_cmd(state: CliState, file: str | None, segment_id: int | None) -> None:
    """Liệt kê chỗ máy chưa chắc cách đọc: chữ như trong bài, cách máy sẽ đọc, lý do.

    Đọc TỆP (.txt/.docx), tin bài --segment, hoặc đầu vào chuẩn khi không ghi gì.
    Không có chỗ nào đáng ngờ thì không in gì."""
    from broadcaster.speech.spoken import segment_spoken, spoken_for

    settings = state.settings()
    if segment_id is not None:
        if file:
            raise CliError("Hãy chọn một: TỆP hoặc --segment, không cả hai.")
        from broadcaster.catalogue.segments import show_segment

        segment = show_segment(state.app(), segment_id).segment
        result = segment_spoken(segment, settings)
    else:
        result = spoken_for(_read_input(file), settings)
    for doubt in result.doubts:
        click.echo(f"{doubt.span}\t{doubt.reading}\t{doubt.reason}")


def _read_input(file: str | None) -> str:
    from broadcaster.catalogue.scriptfile import decode_bytes, read_script_file, validate_script

    if file and file != "-":
        return read_script_file(Path(file)).text
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    text = decode_bytes(data)[0]
    # as a file is checked: text typed in an old encoding (TCVN3, VNI) is refused with its fix
    return validate_script(text, "từ đầu vào chuẩn") if text.strip() else text


@text_group.group("abbrev", cls=BroadcasterGroup)
def abbrev_group() -> None:
    """Bảng chữ viết tắt (có sẵn + riêng của đài trong viet-tat.tsv)."""


@abbrev_group.command("list")
@pass_state
def abbrev_list_cmd(state: CliState) -> None:
    """Liệt kê mọi chữ viết tắt và cách đọc."""
    entries = load_table(state.settings().abbreviations_path)
    click.echo(table(("Viết tắt", "Cách đọc"), sorted(entries.items())))


@abbrev_group.command("add")
@click.argument("abbreviation", metavar="VIẾT_TẮT")
@click.argument("reading", metavar="CÁCH_ĐỌC")
@pass_state
def abbrev_add_cmd(state: CliState, abbreviation: str, reading: str) -> None:
    """Thêm hoặc sửa một chữ viết tắt riêng của đài."""
    path = add_abbreviation(state.settings().abbreviations_path, abbreviation, reading)
    click.echo(f"Đã lưu «{abbreviation.strip()}» → «{reading.strip()}» vào {path}.")


@abbrev_group.command("remove")
@click.argument("abbreviation", metavar="VIẾT_TẮT")
@pass_state
def abbrev_remove_cmd(state: CliState, abbreviation: str) -> None:
    """Bỏ một chữ viết tắt riêng của đài."""
    remove_abbreviation(state.settings().abbreviations_path, abbreviation)
    click.echo(f"Đã bỏ «{abbreviation.strip()}» khỏi bảng riêng của đài.")
