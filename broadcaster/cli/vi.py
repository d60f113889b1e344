"""Vietnamese for click's own words (usage, help headings, usage errors).

click looks its messages up through ``gettext`` at call time, by module-level names
``_`` and ``ngettext``; we point those names at this table for the broadcaster CLI.
"""

from __future__ import annotations

import importlib

import click

MESSAGES = {
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Gõ «{command} {option}» để xem hướng dẫn.",
    "Missing argument": "Thiếu đối số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing command.": "Thiếu lệnh.",
    "Missing {param_type}": "Thiếu {param_type}",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "No such option: {name}": "Không có tùy chọn: {name}",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Aborted!": "Đã dừng.",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải số hợp lệ.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng cho phép {range}.",
    "{value!r} is not a valid boolean.": "{value!r} không phải có/không.",
    "{value!r} is not one of {choices}.": "{value!r} không thuộc các lựa chọn {choices}.",
    "{value!r} is not {choice}.": "{value!r} không phải {choice}.",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} không tồn tại.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} là thư mục.",
    "{name} {filename!r} is a file.": "{name} {filename!r} là tệp, không phải thư mục.",
    "{name} {filename!r} is not readable.": "Không đọc được {name} {filename!r}.",
    "{name} {filename!r} is not writable.": "Không ghi được vào {name} {filename!r}.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    "required": "bắt buộc",
    "default: {default}": "mặc định: {default}",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "Got unexpected extra argument ({args})": "Thừa đối số ({args})",
    "Got unexpected extra arguments ({args})": "Thừa các đối số ({args})",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Possible options: {possibilities})": "(Có thể là: {possibilities})",
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def localize(command: click.Command) -> None:
    """Vietnamese usage placeholders for a command and everything under it."""
    command.options_metavar = "[TÙY_CHỌN]"
    if isinstance(command, click.Group):
        command.subcommand_metavar = "LỆNH [ĐỐI_SỐ]..."
        for sub in command.commands.values():  # a lazy group's are localized as they load
            localize(sub)


def install() -> None:
    for name in ("core", "exceptions", "formatting", "types", "parser", "decorators", "termui"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
