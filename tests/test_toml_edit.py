"""Editing broadcaster.toml: comments kept, values checked, replaced in one step."""

from __future__ import annotations

import tomllib
from pathlib import Path

from broadcaster.toml_edit import set_table_values, update_settings_file

TEXT = """# Thiết lập của đài
station_name = "Đài xã A"

[tts]
# Thứ tự thử các bộ đọc
engines = ["gtts", "espeak-ng"]
piper_voice = ""

[tts.category.y-te]
espeak_speed = 130

[categories]
"y-te" = "Y tế"
"""


def test_values_are_replaced_in_their_table_and_comments_kept() -> None:
    new = set_table_values(TEXT, "tts", {"piper_voice": "voices/vi.onnx", "espeak_pitch": 45})  # type: ignore[dict-item]
    data = tomllib.loads(new)
    assert data["tts"]["piper_voice"] == "voices/vi.onnx" and data["tts"]["espeak_pitch"] == 45
    assert data["tts"]["category"]["y-te"]["espeak_speed"] == 130
    assert "# Thứ tự thử các bộ đọc" in new and new.count("piper_voice") == 1


def test_a_missing_table_is_added() -> None:
    new = set_table_values('station_name = "A"\n', "tts", {"engines": ["piper", "espeak-ng"]})
    assert tomllib.loads(new) == {"station_name": "A", "tts": {"engines": ["piper", "espeak-ng"]}}


def test_update_writes_atomically_and_leaves_no_scratch_file(tmp_path: Path) -> None:
    path = tmp_path / "broadcaster.toml"
    path.write_text(TEXT, encoding="utf-8")
    update_settings_file(path, "tts", {"piper_voice": 'voices/giọng "mới".onnx'})
    assert tomllib.loads(path.read_text(encoding="utf-8"))["tts"]["piper_voice"] == (
        'voices/giọng "mới".onnx'
    )
    assert [p.name for p in tmp_path.iterdir()] == ["broadcaster.toml"]


def test_a_new_sub_table_goes_after_its_parent_and_an_emptied_one_is_removed() -> None:
    from broadcaster.toml_edit import remove_table_key

    new = set_table_values(TEXT, "tts.category.nong-nghiep", {"piper_speed": 0.9})  # type: ignore[dict-item]
    assert new.index("[tts.category.nong-nghiep]") < new.index("[categories]")
    assert new.index("[tts.category.y-te]") < new.index("[tts.category.nong-nghiep]")
    data = tomllib.loads(new)
    assert data["tts"]["category"]["nong-nghiep"] == {"piper_speed": 0.9}
    gone = remove_table_key(new, "tts.category.nong-nghiep", "piper_speed")
    assert "nong-nghiep" not in gone and tomllib.loads(gone) == tomllib.loads(TEXT)
