"""A hostile operator: over a hundred bad inputs across every command.

Each goes through the real click entry (in-process with exceptions NOT caught, so any
traceback fails the test; a few also through ``python -m broadcaster``) and must end with
a non-zero exit, a Vietnamese message, no traceback, the last-resort handler never
reached, and the station database byte-for-byte the same rows as before.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from conftest import TZ, Cli

from broadcaster.clock import FakeClock

LONG = "a" * 10000
BIG_TEXT = "Xin chào bà con nhân dân trong xã. " * 6000  # ~3 hours of speech
ENGLISH = ("Traceback", "Error:", "Usage:", "Invalid value", "No such", "Aborted", "Exception")

# Each case: the arguments (with {NAME} placeholders for the files made below).
CASES: list[tuple[str, ...]] = [
    # -- dates, months, times and weekdays
    ("plan", "--date", "31/12/9999"),
    ("plan", "--date", "1/1/0001"),
    ("plan", "--date", "32/1/2026"),
    ("plan", "--date", "29/2/2027"),
    ("plan", "--date", "abc"),
    ("plan", "--date", ""),
    ("plan", "--date", "2026-13-01"),
    ("plan", "--date", "1/1/26"),
    ("plan", "--date", "99999999999999999999/1/2026"),
    ("aircheck", "verify"),
    ("aircheck", "verify", "--date", "31/02/2026"),
    ("aircheck", "verify", "--date", "1/12/2026", "--pending"),
    ("aircheck", "play", "abc", "--out", "x.wav"),
    ("aircheck", "play", "1"),
    ("aircheck", "play", "1", "--out", "/khong-co-thu-muc/x.wav"),
    ("log", "--date", "31/12/9999"),
    ("log", "--date", "1/1/0001"),
    ("log", "--month", "9999-12"),
    ("log", "--month", "2026-13"),
    ("log", "--month", "0/2026"),
    ("log", "--month", "abc"),
    ("log", "--month", "2026-11", "--date", "1/11/2026"),
    ("report", "--month", "9999-12"),
    ("report", "--month", ""),
    ("report", "--month", "2026-11", "--number", "-5"),
    ("report", "--month", "2026-11", "--number", "0"),
    ("report", "--month", "2026-11", "--number", "abc"),
    ("report", "--month", "2026-11", "--number", "99999999999999999999"),
    ("report", "--month", "2026-11", "--format", "pdf"),
    ("report", "--month", "2026-11", "--out", "{TEXT}"),
    ("report",),
    # -- segment add
    ("segment", "add", "-c", "khac"),
    ("segment", "add", "--text", "Xin chào"),
    ("segment", "add", "-c", "khong-co", "--text", "Xin chào"),
    ("segment", "add", "-c", "khac", "--text", ""),
    ("segment", "add", "-c", "khac", "--text", "   \n\t  "),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--title", LONG),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--title", "Dòng một\nDòng hai"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--title", "Tin\x1b[2J xoá màn hình"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--title", "Tin\x00rỗng"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--title", "   "),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--title", "'; DROP TABLE segment;\n--"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--priority", "cao-nhat"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--valid-from", "1/1/1900"),
    (
        "segment",
        "add",
        "-c",
        "khac",
        "--text",
        "Xin chào",
        "--valid-from",
        "10/1/2026",
        "--valid-to",
        "1/1/2026",
    ),
    ("segment", "add", "-c", "khac", "--file", "{MISSING}"),
    ("segment", "add", "-c", "khac", "--file", "{FOLDER}"),
    ("segment", "add", "-c", "khac", "--file", "{EMPTY}"),
    ("segment", "add", "-c", "khac", "--file", "{BINARY}"),
    ("segment", "add", "-c", "khac", "--file", "{TCVN3}"),
    ("segment", "add", "-c", "khac", "--file", "{FAKE_DOCX}"),
    ("segment", "add", "-c", "khac", "--file", "{OLD_DOC}"),
    ("segment", "add", "-c", "khac", "--file", "{HUGE}"),
    ("segment", "add", "-c", "khac", "--file", "{BIG}"),
    ("segment", "add", "-c", "khac", "--file", "/dev/zero"),
    ("segment", "add", "-c", "khac", "--file", "{ZIP_BOMB}"),
    ("segment", "add", "-c", "khac", "--file", "{BROKEN_UTF16}"),
    ("slot", "load", "/dev/zero"),
    ("slot", "load", "{BROKEN_UTF16}"),
    ("inbox", "import", "/dev/zero"),
    (
        "segment",
        "add",
        "-c",
        "khac",
        "--text",
        "Bão",
        "--level",
        "khan-cap",
        "--repeat-every",
        "1",
        "--repeat-for",
        "168h",
    ),
    ("segment", "edit", "1", "--clear", "valid-to", "--valid-to", "1/12/2026"),
    (
        "user",
        "add",
        "lan",
        "--role",
        "bien-tap",
        "--password",
        "mat-khau-123",
        "--full-name",
        "Lan\x1b[2J",
    ),
    ("segment", "add", "-c", "khac", "--file", "{TEXT}", "--text", "Xin chào"),
    ("segment", "add", "-c", "khac", "--text", BIG_TEXT),
    ("segment", "add", "-c", "khac", "--audio", "{MISSING}"),
    ("segment", "add", "-c", "khac", "--audio", "{NOT_AUDIO}"),
    ("segment", "add", "-c", "khac", "--audio", "{TEXT}"),
    ("segment", "add", "-c", "khac", "--audio", "{FOLDER}"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--audio", "{NOT_AUDIO}"),
    ("segment", "add", "-c", "khac", "--text", "Xin chào", "--bogus"),
    ("segment", "add", "-c"),
    # -- other segment commands
    ("segment", "show", "999"),
    ("segment", "show", "abc"),
    ("segment", "show", "-1"),
    ("segment", "show", "0"),
    ("segment", "show", "99999999999999999999999"),
    ("segment", "show"),
    ("segment", "edit", "999", "--title", "Tên mới"),
    ("segment", "edit", "1"),
    ("segment", "edit", "1", "--title", "Một\nHai"),
    ("segment", "edit", "1", "--title", LONG),
    ("segment", "edit", "1", "--title", ""),
    ("segment", "edit", "1", "--valid-from", "1/1/3000"),
    ("segment", "edit", "1", "--audio", "{NOT_AUDIO}"),
    ("segment", "edit", "1", "--text", BIG_TEXT),
    ("segment", "edit", "1", "--category", "khong-co"),
    ("segment", "approve", "999", "--by", "Trưởng đài"),
    ("segment", "approve", "2", "--by", "   "),
    ("segment", "approve", "1", "--by", "Trưởng đài"),
    ("segment", "approve", "2"),
    ("segment", "retire", "999"),
    ("segment", "retire", "99999999999999999999"),
    ("segment", "list", "--status", "bogus"),
    ("segment", "list", "-c", "khong-co"),
    ("segment", "list", "--date", "1/1/1800"),
    ("segment", "frobnicate"),
    # -- slots
    ("slot", "add", "", "--start", "07:00", "--end", "07:30"),
    ("slot", "add", "Tối", "--start", "25:00", "--end", "26:00"),
    ("slot", "add", "Tối", "--start", "19:00", "--end", "18:00"),
    ("slot", "add", "Tối", "--start", "abc", "--end", "18:00"),
    ("slot", "add", "Tối", "--start", "19:00", "--end", "19:30", "--days", ""),
    ("slot", "add", "Tối", "--start", "19:00", "--end", "19:30", "--days", "t9"),
    ("slot", "add", "Tối", "--start", "19:00", "--end", "19:30", "--days", "cn-t2"),
    ("slot", "add", "Tối\nKhuya", "--start", "19:00", "--end", "19:30"),
    ("slot", "add", "T" * 200, "--start", "19:00", "--end", "19:30"),
    ("slot", "add", "Trùng giờ", "--start", "06:15", "--end", "06:45"),
    ("slot", "add", "Tối", "--start", "19:00", "--end", "19:30", "--from", "1/1/1900"),
    (
        "slot",
        "add",
        "Tối",
        "--start",
        "19:00",
        "--end",
        "19:30",
        "--from",
        "2/2/2026",
        "--to",
        "1/1/2026",
    ),
    ("slot", "add", "Tối", "--start", "19:00"),
    ("slot", "remove", "Không có"),
    ("slot", "remove", "Buổi sáng"),
    ("slot", "load", "{MISSING}"),
    ("slot", "load", "{BAD_TOML}"),
    ("slot", "load", "{FOLDER}"),
    ("slot", "load", "{BINARY}"),
    # -- bookings
    ("book", "999", "--slot", "Buổi sáng"),
    ("book", "1", "--slot", "Không có"),
    ("book", "1"),
    ("book", "1", "--slot", "Buổi sáng", "--from", "1/1/2000", "--to", "31/12/2099"),
    ("book", "1", "--slot", "Buổi sáng", "--from", "10/12/2026", "--to", "1/12/2026"),
    ("book", "1", "--slot", "Buổi sáng", "--per-day", "0"),
    ("book", "1", "--slot", "Buổi sáng", "--per-day", "1000000"),
    ("book", "1", "--slot", "Buổi sáng", "--per-day", "99999999999999999999999"),
    ("book", "1", "--slot", "Buổi sáng", "--days", ""),
    ("book", "1", "--slot", "Buổi sáng", "--from", "24/11/2026"),
    ("book", "abc", "--slot", "Buổi sáng"),
    ("book", "cancel", "999"),
    ("book", "cancel", "abc"),
    ("book", "list", "--date", "31/12/9999"),
    # -- audio, playout, text
    ("render",),
    ("render", "999"),
    ("render", "abc"),
    ("preview", "999"),
    ("preview", "1", "--out", "{FOLDER}"),
    ("play-now",),
    ("play-now", "1", "--text", "Thông báo"),
    ("text", "abbrev", "add", "", ""),
    ("text", "abbrev", "remove", "KHÔNG-CÓ-CHỮ-NÀY"),
    ("tts", "engines", "--bogus"),
    ("status", "--bogus"),
    # -- the station itself
    ("frobnicate",),
    ("--bogus", "segment", "list"),
    ("--home", "{TEXT}", "segment", "list"),
    ("--home", "{TEXT}", "init"),
    ("--db", "sqlite:///{TEXT}", "segment", "list"),
    ("--db", "sqlite:///{BINARY}", "slot", "list"),
    ("--db", "foo://nowhere/x", "segment", "list"),
    ("--db", "nonsense", "segment", "list"),
    ("--db", "sqlite:///{FOLDER}/missing/x.db", "segment", "list"),
    ("init", "--timezone", "Mars/Base"),
    ("init", "--example", "--example-dir", "{FOLDER}"),
]

# A few go through the installed entry point in a real process too.
SUBPROCESS_CASES = [
    ("plan", "--date", "31/12/9999"),
    ("log", "--month", "9999-12"),
    ("segment", "add", "-c", "khac", "--file", "{FOLDER}"),
    ("segment", "add", "-c", "khac", "--file", "{BINARY}"),
    ("segment", "show", "99999999999999999999999"),
    ("slot", "add", "Tối", "--start", "19:00", "--end", "19:30", "--days", ""),
    ("--home", "{TEXT}", "segment", "list"),
    ("--db", "sqlite:///{TEXT}", "segment", "list"),
    ("report", "--month", "2026-11", "--number", "-5"),
    ("frobnicate",),
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("hostile")
    made = {
        "MISSING": root / "khong-co.txt",
        "FOLDER": root / "thu-muc",
        "EMPTY": root / "rong.txt",
        "BINARY": root / "nhi-phan.txt",
        "TCVN3": root / "tcvn3.txt",
        "FAKE_DOCX": root / "gia.docx",
        "OLD_DOC": root / "cu.doc",
        "HUGE": root / "qua-lon.txt",
        "BIG": root / "dai.txt",
        "TEXT": root / "van-ban.txt",
        "NOT_AUDIO": root / "gia.mp3",
        "BAD_TOML": root / "lich.toml",
        "ZIP_BOMB": root / "bom.docx",
        "BROKEN_UTF16": root / "hong-utf16.txt",
    }
    made["FOLDER"].mkdir()
    made["EMPTY"].write_bytes(b"")
    made["BINARY"].write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    made["TCVN3"].write_bytes(
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc.".encode("cp1252")
    )
    made["FAKE_DOCX"].write_bytes(b"this is not a zip")
    made["OLD_DOC"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with made["HUGE"].open("wb") as fh:
        fh.truncate(64 * 1024 * 1024)
    made["BIG"].write_text(BIG_TEXT * 3, encoding="utf-8")
    made["TEXT"].write_text("Thông báo của xã.\n", encoding="utf-8")
    made["NOT_AUDIO"].write_text("không phải âm thanh", encoding="utf-8")
    made["BAD_TOML"].write_text("[[slot]\nname = ", encoding="utf-8")
    with (
        zipfile.ZipFile(made["ZIP_BOMB"], "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w") as part,
    ):
        for _ in range(60):
            part.write(b"\0" * 1_000_000)
    made["BROKEN_UTF16"].write_bytes(b"\xff\xfe" + "Thông báo".encode("utf-16-le") + b"\x00\xdc")
    return {k: str(v) for k, v in made.items()}


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    home = tmp_path_factory.mktemp("probe") / "station"
    clock = FakeClock(datetime(2026, 11, 23, 5, 0, tzinfo=TZ))
    run = Cli(home, "", clock)
    for args in (
        ("init",),
        ("segment", "add", "-c", "thong-bao", "--text", "Thông báo lịch tiêm chủng."),
        ("segment", "approve", "1", "--by", "Trưởng đài"),
        ("segment", "add", "-c", "khac", "--text", "Tin chờ duyệt."),
        ("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30"),
        ("book", "1", "--slot", "Buổi sáng", "--from", "23/11/2026", "--to", "30/11/2026"),
    ):
        result = run(*args)
        assert result.exit_code == 0, result.output
    yield run


def snapshot(home: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{home / 'broadcaster.db'}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def fill(args: tuple[str, ...], files: dict[str, str]) -> list[str]:
    out = []
    for arg in args:
        for name, path in files.items():
            arg = arg.replace("{" + name + "}", path)
        out.append(arg)
    return out


def check_refused(code: int, output: str, home: Path) -> None:
    assert code != 0, output
    assert "Lỗi" in output, output
    for word in ENGLISH:
        assert word not in output, output
    assert "lỗi ngoài dự kiến" not in output, output
    assert not (home / "broadcaster-errors.log").exists(), output


def test_there_are_over_a_hundred_cases() -> None:
    assert len(CASES) >= 100
    assert len(set(CASES)) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: " ".join(c)[:60])
def test_bad_input_is_refused_in_vietnamese_and_changes_nothing(
    station: Cli, files: dict[str, str], case: tuple[str, ...]
) -> None:
    before = snapshot(station.home)
    result = station(*fill(case, files))  # catch_exceptions=False: a traceback fails here
    check_refused(result.exit_code, result.output, station.home)
    assert snapshot(station.home) == before


@pytest.mark.parametrize("case", SUBPROCESS_CASES, ids=lambda c: " ".join(c)[:60])
def test_bad_input_through_the_real_entry_point(
    station: Cli, files: dict[str, str], case: tuple[str, ...]
) -> None:
    before = snapshot(station.home)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BROADCASTER_")}
    args = fill(case, files)
    home_args = [] if "--home" in args else ["--home", str(station.home)]
    done = subprocess.run(
        [sys.executable, "-m", "broadcaster", *home_args, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    check_refused(done.returncode, done.stdout + done.stderr, station.home)
    assert snapshot(station.home) == before


def test_binary_text_on_standard_input_is_refused(station: Cli) -> None:
    result = station("text", "normalize", input=bytes(range(128, 256)) * 8)
    check_refused(result.exit_code, result.output, station.home)


@pytest.mark.parametrize(
    "title",
    [
        "'; DROP TABLE segment; --",
        "Robert'); DELETE FROM airing; --",
        "<script>alert('x')</script>",
        "{{7*7}} ${HOME} $(rm -rf /) `id`",
        "%s %n %x %(name)s",
        "../../etc/passwd",
    ],
)
def test_injection_like_titles_are_stored_as_plain_text(station: Cli, title: str) -> None:
    result = station("segment", "add", "-c", "khac", "--text", "Nội dung.", "--title", title)
    assert result.exit_code == 0, result.output
    number = result.output.split("số ", 1)[1].split(":", 1)[0]
    shown = station("segment", "show", number)
    assert title in shown.output
    assert station("segment", "retire", number).exit_code == 0
    tables = {line for line in snapshot(station.home) if line.startswith("CREATE TABLE")}
    assert any('"segment"' in t or " segment " in t for t in tables)
