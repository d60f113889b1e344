"""Every setting is declared with Vietnamese help, and the README's reference is current."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from broadcaster.settings import DECLARED, Settings
from broadcaster.settings_doc import END, START, reference, with_reference
from broadcaster.settings_spec import APPLY_LABELS, FILE_ONLY

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_has_a_label_help_role_and_when_it_applies() -> None:
    assert set(DECLARED) == {f.name for f in dataclasses.fields(Settings)}
    for item in DECLARED.values():
        assert item.spec.label and item.spec.help.endswith("."), item.name
        assert item.spec.apply in APPLY_LABELS, item.name
        assert item.spec.role in (FILE_ONLY, "duyet", "quan-tri"), item.name
        if item.spec.choices and item.kind == "str":
            assert item.default in item.spec.choices, item.name


def test_the_readme_reference_matches_the_declaration() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    assert with_reference(text) == text, (
        "README.md's settings reference is behind the code: run «make settings-doc»"
    )
    for item in DECLARED.values():
        assert f"`{item.toml_place}`" in reference(), item.name


def test_regenerating_replaces_only_the_marked_part() -> None:
    text = f"# Đài\n\ntrước\n{START}\nBẢNG-CŨ-XYZ\n{END}\nsau\n"
    new = with_reference(text)
    assert new.startswith("# Đài\n\ntrước\n") and new.endswith(f"{END}\nsau\n")
    assert "BẢNG-CŨ-XYZ" not in new and "`quiet_hours`" in new
