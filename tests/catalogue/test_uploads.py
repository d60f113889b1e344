"""Uploaded files are judged by their content."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadcaster.catalogue.uploads import audio_suffix, check_recording_upload, script_from_upload
from broadcaster.errors import ScriptFileError
from broadcaster.settings import Settings


def test_audio_is_recognised_by_its_first_bytes() -> None:
    assert audio_suffix(b"RIFF\x00\x00\x00\x00WAVEfmt ") == ".wav"
    assert audio_suffix(b"ID3\x04\x00") == ".mp3"
    assert audio_suffix(b"\x00\x00\x00\x20ftypM4A ") == ".m4a"
    assert audio_suffix(b"RIFF\x00\x00\x00\x00AVI LIST") is None
    assert audio_suffix(b"Thong bao") is None


def test_a_windows_1258_script_is_read() -> None:
    script = script_from_upload(
        "tb.txt", "Thông báo họp dân".encode("utf-16"), Settings(upload_script_mb=2)
    )
    assert script.text == "Thông báo họp dân" and script.source_name == "tb.txt"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word cũ"),
        (b"ID3\x04\x00\x00\x00", "là tệp âm thanh"),
        (b"MZ\x90\x00", "chương trình máy tính"),
        (b"   \n", "trống"),
        (b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f", "không phải văn bản"),
    ],
)
def test_what_is_not_a_script_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(ScriptFileError, match=message):
        script_from_upload("tb.txt", data, Settings(upload_script_mb=2))


def test_a_recording_that_is_not_audio_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "upload.bin"
    fake.write_bytes(b"%PDF-1.4")
    with pytest.raises(ScriptFileError, match="không phải tệp âm thanh"):
        check_recording_upload("bai-hat.mp3", fake, 50)
    fake.write_bytes(b"ID3" + b"\x00" * 2000)
    with pytest.raises(ScriptFileError, match="quá lớn"):
        check_recording_upload("bai-hat.mp3", fake, 0)
    assert check_recording_upload("bai-hat.wav", fake, 50).name == "bai-hat.mp3"
