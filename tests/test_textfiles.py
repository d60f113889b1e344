"""Hostile files from anywhere are refused fast, in Vietnamese, before they are parsed:
devices and pipes, files over the size limit, zip bombs posing as .docx, broken UTF-16,
deeply nested JSON, and TOML with a syntax error."""

from __future__ import annotations

import dataclasses
import os
import zipfile
from pathlib import Path

import pytest
from conftest import Cli

from broadcaster.catalogue.inbox import import_path
from broadcaster.catalogue.scriptfile import read_docx, read_script_file
from broadcaster.catalogue.uploads import script_from_upload
from broadcaster.errors import ScriptFileError, StationError
from broadcaster.settings import Settings, load_settings
from broadcaster.station import App
from broadcaster.textfiles import check_docx, read_limited, toml_error_message


def zip_bomb(path: Path, megabytes: int = 60) -> Path:
    """A .docx-looking archive of about 60 kB that unpacks to ``megabytes`` MB of zeros."""
    block = b"\0" * 1_000_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            for _ in range(megabytes):
                part.write(block)
    return path


def many_parts(path: Path, parts: int) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(parts):
            archive.writestr(f"word/p{n}.xml", "x")
    return path


def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bom.docx")
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ScriptFileError, match="vượt giới hạn") as refused:
        read_docx(bomb, Settings())
    assert "60 MB" in str(refused.value)
    with pytest.raises(ScriptFileError, match="1001 phần"):
        check_docx(many_parts(tmp_path / "nhieu.docx", 1001), 50_000_000, 1000)


def test_a_zip_bomb_upload_is_refused_like_the_cli(tmp_path: Path) -> None:
    data = zip_bomb(tmp_path / "bom.docx").read_bytes()
    with pytest.raises(ScriptFileError, match="vượt giới hạn"):
        script_from_upload("thong-bao.docx", data, Settings())


def test_devices_are_refused_at_once(tmp_path: Path) -> None:
    with pytest.raises(ScriptFileError, match="không phải một tệp thông thường"):
        read_limited(Path("/dev/zero"), 1000, "tệp lịch")
    fifo = tmp_path / "ong"
    os.mkfifo(fifo)
    with pytest.raises(ScriptFileError, match="không phải một tệp thông thường"):
        read_script_file(fifo)  # would block forever if it were opened


def test_a_file_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "dai.txt"
    big.write_bytes(b"Thong bao " * 200_000)  # 2 MB
    with pytest.raises(ScriptFileError, match="quá lớn cho tệp kịch bản"):
        read_script_file(big, Settings(text_file_max_mb=1))
    assert read_script_file(big, Settings(text_file_max_mb=3)).text.startswith("Thong bao")


def test_broken_utf16_gets_the_mis_encoded_file_message(tmp_path: Path) -> None:
    broken = tmp_path / "hong.txt"
    broken.write_bytes(b"\xff\xfe" + "Thông báo họp".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(ScriptFileError, match=r"lỗi bảng mã.*UTF-16"):
        read_script_file(broken)


def test_the_cli_refuses_dev_zero_and_broken_utf16_with_exit_1(run: Cli, tmp_path: Path) -> None:
    loaded = run("slot", "load", "/dev/zero")
    assert loaded.exit_code == 1 and "không phải một tệp thông thường" in loaded.output
    added = run("segment", "add", "--file", "/dev/zero", "-c", "khac")
    assert added.exit_code == 1 and "không phải một tệp thông thường" in added.output
    broken = tmp_path / "hong.txt"
    broken.write_bytes(b"\xff\xfe" + "Thông báo".encode("utf-16-le") + b"\x00\xdc")
    result = run("segment", "add", "--file", str(broken), "-c", "khac")
    assert result.exit_code == 1, result.output
    assert "lỗi bảng mã" in result.output and "ngoài dự kiến" not in result.output


def test_an_oversized_or_deeply_nested_bulletin_is_rejected_with_the_reason(app: App) -> None:
    inbox = app.settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "sau.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    small = dataclasses.replace(app.settings, text_file_max_mb=1)
    app.settings = small
    (inbox / "lon.json").write_bytes(b" " * 1_500_000)
    results = {r.file.name: r for r in import_path(app, inbox)}
    assert results["sau.json"].outcome == "rejected"
    assert "lồng nhau quá sâu" in results["sau.json"].message
    assert results["lon.json"].outcome == "rejected"
    assert "quá lớn cho bản tin" in results["lon.json"].message


def test_a_broken_or_huge_settings_file_is_explained_in_vietnamese(tmp_path: Path) -> None:
    home = tmp_path / "station"
    home.mkdir()
    (home / "broadcaster.toml").write_text('station_name = "Đài"\nquiet_hours = gio toi\n')
    with pytest.raises(StationError) as broken:
        load_settings(home, env={})
    assert "lỗi cú pháp TOML: giá trị viết sai" in str(broken.value)
    assert "ở dòng 2" in str(broken.value) and "Invalid" not in str(broken.value)
    (home / "broadcaster.toml").write_bytes(b"# " + b"x" * 2_000_000)
    with pytest.raises(StationError, match="quá lớn cho tệp thiết lập"):
        load_settings(home, env={})


def test_toml_errors_name_the_line_in_vietnamese() -> None:
    import tomllib

    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads("[[slot]\nname=")
    assert toml_error_message(caught.value) == "thiếu «]]» đóng tên bảng [[…]] ở dòng 1, cột 7"


def test_a_nul_character_in_a_bulletin_is_rejected_not_a_crash(app: App) -> None:
    import json

    inbox = app.settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    bulletin = {
        "id": "X-1", "source": "Tỉnh", "level": "thong-thuong", "title": "Họp",
        "category": "thong-bao", "text": "Họp dân.", "notes": "a\u0000b",
    }  # fmt: skip
    (inbox / "nul.json").write_text(json.dumps(bulletin), encoding="utf-8")
    (result,) = import_path(app, inbox)
    assert result.outcome == "rejected" and "ký tự NUL" in result.message


def test_inbox_import_prints_only_vietnamese_lines(run: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "hong.json"
    bad.write_text('{"id": 1}', encoding="utf-8")
    result = run("inbox", "import", str(bad))
    assert result.exit_code == 1
    assert "bị từ chối" in result.output
    for english in ("WARNING", "bulletin file", "rejected:"):
        assert english not in result.output
