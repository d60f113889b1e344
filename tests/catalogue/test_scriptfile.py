import unicodedata
from pathlib import Path

import docx
import pytest
from conftest import SEEDS
from docx_files import hand_edited_docx

from broadcaster.catalogue.scriptfile import looks_legacy_encoded, read_script_file
from broadcaster.errors import ScriptFileError

TEXT = "Thông báo của UBND xã về cải cách hành chính.\nNgày 22/2/2023."
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base vowels precomposed, tones combining."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258"])
def test_reads_every_station_encoding_as_nfc(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "tin.txt"
    data = to_cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding)
    path.write_bytes(data)
    script = read_script_file(path)
    assert script.text == TEXT
    assert unicodedata.is_normalized("NFC", script.text)


def test_nfd_text_is_stored_nfc(tmp_path: Path) -> None:
    path = tmp_path / "word.txt"
    path.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    assert read_script_file(path).text == TEXT


def test_reads_docx_paragraphs_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ("Tiêu đề", "Đoạn một.", "Đoạn hai."):
        document.add_paragraph(line)
    path = tmp_path / "tin.docx"
    document.save(str(path))
    assert read_script_file(path).text == "Tiêu đề\nĐoạn một.\nĐoạn hai."


def test_refuses_empty_script(tmp_path: Path) -> None:
    path = tmp_path / "trong.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(ScriptFileError) as err:
        read_script_file(path)
    assert str(err.value) == (
        "Kịch bản trong.txt trống. Hãy viết nội dung cần phát vào tệp rồi thêm lại."
    )


def test_refuses_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScriptFileError, match="Không tìm thấy tệp"):
        read_script_file(tmp_path / "khong-co.txt")


def test_refuses_tcvn3_mojibake_with_conversion_hint(tmp_path: Path) -> None:
    path = tmp_path / "cu.txt"
    path.write_bytes("Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("cp1252"))
    with pytest.raises(ScriptFileError) as err:
        read_script_file(path)
    assert "bảng mã cũ TCVN3 (ABC) hoặc VNI" in str(err.value)
    assert "Unikey" in str(err.value)


def test_refuses_vni_mojibake() -> None:
    assert looks_legacy_encoded("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")


def test_real_vietnamese_is_not_taken_for_legacy() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        assert not looks_legacy_encoded(seed.read_text(encoding="utf-8")), seed.name


def test_guillemets_and_superscripts_in_real_vietnamese_are_no_old_encoding() -> None:
    for text in (
        "Chương trình «Nông thôn mới» được triển khai tại xã.",
        "Diện tích 500 m² và bể chứa 20 m³.",
        "«50%»",
    ):
        assert not looks_legacy_encoded(text), text
    assert looks_legacy_encoded("Th«ng b¸o vÒ viÖc tæ chøc")  # TCVN3: «ô» shown as «


def test_no_real_bulletin_of_the_corpus_is_taken_for_an_old_encoding() -> None:
    from bulletin_corpus import load_corpus

    taken = [p.id for p in load_corpus() if looks_legacy_encoded(p.text)]
    assert taken == []  # 28 were, with «…» quotes and m² counted as signs of TCVN3


def test_refuses_old_word_format(tmp_path: Path) -> None:
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ScriptFileError, match=r"định dạng Word cũ \(.doc\)"):
        read_script_file(path)


def test_refuses_broken_docx(tmp_path: Path) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ScriptFileError, match=r"không phải tệp Word \.docx hợp lệ"):
        read_script_file(path)


def test_a_docx_with_comments_or_processing_instructions_in_its_xml_is_read(
    tmp_path: Path,
) -> None:
    path = hand_edited_docx(
        tmp_path,
        ("Đoạn một.", "Đoạn hai."),
        lambda xml: xml.replace("<w:t>", "<!-- sửa tay --><?pi x?><w:t>", 1),
    )
    assert read_script_file(path).text == "Đoạn một.\nĐoạn hai."


def test_a_docx_whose_xml_declares_an_entity_bomb_is_refused_plainly(tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )

    def bomb(xml: str) -> str:
        head, body = xml.split("?>", 1)
        return f"{head}?><!DOCTYPE w:document [{entities}]>{body.replace('Đoạn một.', '&i;')}"

    with pytest.raises(ScriptFileError, match=r"không phải tệp Word \.docx hợp lệ"):
        read_script_file(hand_edited_docx(tmp_path, ("Đoạn một.", "Đoạn hai."), bomb))
