"""Administrative documents become the script an announcer reads: five real documents,
as .docx built here with python-docx and as text lines (a .txt or text out of a PDF)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from conftest import Cli
from docx.enum.text import WD_ALIGN_PARAGRAPH

from broadcaster.catalogue.document import (
    Block,
    broadcast_script,
    docx_blocks,
    ordinal_word,
    pdf_lines,
    table_sentences,
    text_blocks,
)
from broadcaster.settings import Settings
from catalogue.documents.real import ALL, Doc

QUOC_HIEU = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------")
OPENINGS = {
    "thông báo": "Ủy ban nhân dân phường Hương Xuân thông báo về việc ngừng cấp điện để cải "
    "tạo, sửa chữa lưới điện.",
    "kế hoạch": "Ủy ban nhân dân tỉnh Bắc Ninh ban hành kế hoạch triển khai chương trình hành "
    "động quốc gia về đăng ký và thống kê hộ tịch giai đoạn 2017 - 2024 trên địa bàn tỉnh "
    "Bắc Ninh.",
    "quyết định": "Chủ tịch ủy ban nhân dân tỉnh Phú Yên ban hành quyết định về việc công bố "
    "thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của ban dân tộc tỉnh Phú "
    "Yên.",
    "giấy mời": "Ủy ban nhân dân tỉnh Hải Dương trân trọng kính mời dự Lễ phát động “Tết "
    "trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018.",
    "công văn": "Uỷ ban nhân dân tỉnh An Giang có công văn về việc triển khai tháng hành động "
    "vệ sinh tiêu độc khử trùng phòng chống dịch cúm A (H5N1).",
}


def _add_text(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    """A footnote mark «¹» becomes a real superscript run, as Word writes it."""
    for i, part in enumerate(text.split("¹")):
        if i:
            paragraph.add_run("1").font.superscript = True
        paragraph.add_run(part)


def _cell(cell, lines: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def build_docx(doc: Doc, path: Path) -> Path:
    """The document as its office types it: a frame table on top, the centred title, the
    body (numbered paragraphs in «List Number», tables), recipients and signature side by
    side in a table at the end."""
    document = docx.Document()
    top = document.add_table(rows=1, cols=2)
    _cell(top.cell(0, 0), (*doc.issuer, "-------", *doc.number))
    _cell(top.cell(0, 1), (*QUOC_HIEU, doc.place_date))
    for line in doc.title:
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.add_run(line).bold = True
    for item in doc.body:
        if isinstance(item, str):
            _add_text(document.add_paragraph(), item)
        elif item[0] == "list":  # type: ignore[index]
            _add_text(document.add_paragraph(style="List Number"), item[1])  # type: ignore[index]
        else:
            rows = item[1]  # type: ignore[index]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    end = document.add_table(rows=1, cols=2)
    _cell(end.cell(0, 0), doc.recipients)
    _cell(end.cell(0, 1), doc.signature)
    document.save(str(path))
    return path


def text_lines(doc: Doc) -> str:
    """The same document as text taken out of a PDF: one line each, a page number and a
    footnote where the page broke."""
    lines = [*doc.issuer, *doc.number, *QUOC_HIEU, doc.place_date, *doc.title]
    count = 0
    for i, item in enumerate(doc.body):
        if isinstance(item, str):
            lines.append(item)
        elif item[0] == "list":  # type: ignore[index]
            count += 1
            lines.append(f"{count}. {item[1]}")  # type: ignore[index]
        else:
            lines += [" | ".join(row) for row in item[1]]  # type: ignore[index]
        if i == 1:
            lines += ["¹ Luật Hộ tịch số 60/2014/QH13.", "- 2 -"]
    return "\n".join([*lines, *doc.recipients, *doc.signature])


FRAME = ("CỘNG HÒA", "Độc lập", "Số:", "Nơi nhận", "Lưu: VT", "TM.", "KT.", "TL.", "(Đã ký)")


@pytest.mark.parametrize("kind", list(ALL))
def test_a_real_docx_opens_with_who_announces_what_and_skips_the_frame(
    kind: str, tmp_path: Path
) -> None:
    doc = ALL[kind]
    script = broadcast_script(docx_blocks(build_docx(doc, tmp_path / "van-ban.docx")))
    assert script.is_document and script.kind == kind
    lines = script.text.split("\n")
    assert lines[0] == OPENINGS[kind]
    for mark in (*FRAME, doc.signature[-1], doc.place_date, doc.number[0]):
        assert mark not in script.text, mark
    assert doc.signature[-1] in script.skipped


@pytest.mark.parametrize("kind", list(ALL))
def test_the_same_document_as_text_lines_reads_the_same_way(kind: str) -> None:
    doc = ALL[kind]
    script = broadcast_script(text_blocks(text_lines(doc)))
    assert script.text.split("\n")[0] == OPENINGS[kind]
    for mark in (*FRAME, "- 2 -", "¹", "Luật Hộ tịch số 60/2014/QH13", doc.signature[-1]):
        assert mark not in script.text, mark


def test_a_table_is_read_row_by_row_as_sentences(tmp_path: Path) -> None:
    script = broadcast_script(docx_blocks(build_docx(ALL["thông báo"], tmp_path / "tb.docx")))
    assert (
        "TDP Thanh Lương 4 (địa bàn TDP 9 cũ): thời gian từ 07h00 đến 17h00 ngày 14/5/2020."
        in script.text.split("\n")
    )
    assert "STT" not in script.text


def test_list_numbers_and_sections_are_said_as_ordinals(tmp_path: Path) -> None:
    script = broadcast_script(docx_blocks(build_docx(ALL["kế hoạch"], tmp_path / "kh.docx")))
    lines = script.text.split("\n")
    assert "Phần thứ nhất, mục tiêu." in lines
    assert "Thứ nhất, mục tiêu tổng quát" in lines
    assert "Thứ hai, mục tiêu cụ thể" in lines
    assert "Phần thứ hai, nhiệm vụ và giải pháp." in lines
    assert any(line.endswith("đúng quy định pháp luật.") for line in lines)  # no footnote «1»
    invitation = broadcast_script(text_blocks(text_lines(ALL["giấy mời"]))).text
    assert "Thứ hai, thời gian: từ 7h30 đến 9h00, Thứ ba, ngày 06/02/2018." in invitation


def test_a_decision_keeps_its_articles_and_says_quyet_dinh() -> None:
    text = broadcast_script(text_blocks(text_lines(ALL["quyết định"]))).text
    assert "Quyết định:" in text.split("\n")
    assert "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký." in text


def test_a_plain_script_is_left_as_it_is() -> None:
    text = "Trạm y tế xã thông báo lịch tiêm chủng.\n1. Thời gian: 7 giờ sáng thứ Hai."
    script = broadcast_script(text_blocks(text))
    assert not script.is_document and script.text == text


@pytest.mark.parametrize(
    ("n", "word"), [(1, "thứ nhất"), (2, "thứ hai"), (4, "thứ tư"), (11, "thứ mười một")]
)
def test_ordinal_words(n: int, word: str) -> None:
    assert ordinal_word(n) == word


def test_a_one_row_table_is_one_sentence() -> None:
    assert table_sentences((("Thời gian", "7 giờ"),)) == ["Thời gian, 7 giờ."]
    assert broadcast_script([Block("Xin chào")]).text == "Xin chào"


def test_segment_add_file_prints_the_script_uses_it_and_keeps_the_original(
    run: Cli, tmp_path: Path
) -> None:
    path = build_docx(ALL["thông báo"], tmp_path / "thong-bao-cat-dien.docx")
    result = run("segment", "add", "--file", str(path), "-c", "thong-bao")
    assert result.exit_code == 0, result.output
    assert "kịch bản phát thanh" in result.output
    assert f"  {OPENINGS['thông báo']}" in result.output
    shown = run("segment", "show", "1").output
    assert OPENINGS["thông báo"] in shown and "Nơi nhận" not in shown
    originals = list((run.home / "originals").glob("*.txt"))
    assert len(originals) == 1 and "CỘNG HÒA XÃ HỘI" in originals[0].read_text(encoding="utf-8")


def test_segment_add_file_as_is_reads_the_whole_document(run: Cli, tmp_path: Path) -> None:
    path = tmp_path / "cong-van.txt"
    path.write_text(text_lines(ALL["công văn"]), encoding="utf-8")
    result = run("segment", "add", "--file", str(path), "-c", "thong-bao", "--as-is")
    assert result.exit_code == 0 and "kịch bản phát thanh" not in result.output
    assert "Nơi nhận" in run("segment", "show", "1").output


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to make a PDF")
def test_a_pdf_of_the_document_reads_the_same_way(tmp_path: Path) -> None:
    from broadcaster.catalogue.scriptfile import read_script_file
    from broadcaster.catalogue.uploads import script_from_upload

    source = build_docx(ALL["kế hoạch"], tmp_path / "ke-hoach.docx")
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    script = read_script_file(tmp_path / "ke-hoach.pdf")
    assert script.text.split("\n")[0] == OPENINGS["kế hoạch"]
    assert "Nơi nhận" not in script.text and "CỘNG HÒA" in script.original
    data = (tmp_path / "ke-hoach.pdf").read_bytes()
    uploaded = script_from_upload("ke-hoach.pdf", data, Settings(upload_script_mb=5))
    assert uploaded.text == script.text and uploaded.source_name == "ke-hoach.pdf"


def test_pdf_lines_join_wrapped_paragraphs_and_split_glued_rules() -> None:
    wrapped = (
        "ỦY BAN NHÂN DÂN\nXÃ HÓA THƯỢNG\n------Số: 12/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\n"
        "VIỆT NAM\nHóa Thượng, ngày 5 tháng 11 năm\n2026\nTHÔNG BÁO\n"
        "Trạm y tế xã tổ chức tiêm phòng dại cho chó mèo ngày\n20/11/2026 tại nhà văn hóa các\n"
        "thôn.\n1. Thời gian: 7 giờ\nNơi nhận:\n- Lưu: VT."
    )
    assert pdf_lines(wrapped).split("\n") == [
        "ỦY BAN NHÂN DÂN XÃ HÓA THƯỢNG",
        "------",
        "Số: 12/TB-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hóa Thượng, ngày 5 tháng 11 năm 2026",
        "THÔNG BÁO",
        "Trạm y tế xã tổ chức tiêm phòng dại cho chó mèo ngày 20/11/2026 tại nhà văn hóa các thôn.",
        "1. Thời gian: 7 giờ",
        "Nơi nhận:",
        "- Lưu: VT.",
    ]
