"""An uploaded administrative document: the console shows its broadcast script before saving."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from catalogue.documents.real import ALL
from catalogue.test_document import OPENINGS, build_docx
from web_client import Browser

from broadcaster.catalogue.segments import list_segments, original_path
from broadcaster.station import App

Person = Callable[[str | None], Browser]


def test_a_document_upload_shows_the_script_then_saves_what_the_operator_approved(
    browser: Person, station: App, tmp_path: Path
) -> None:
    lan = browser("lan")
    lan.get("/tin-bai/them")
    data = build_docx(ALL["giấy mời"], tmp_path / "giay-moi.docx").read_bytes()
    docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    page = lan.post(
        "/tin-bai/them",
        {"category": "thong-bao", "level": "thong-thuong", "source": "file"},
        files={"script_file": ("giay-moi.docx", data, docx_type)},
    ).text
    assert "là văn bản hành chính" in page and list_segments(station) == []
    box = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', page, re.S)
    assert box is not None
    script = html.unescape(box.group(1))
    assert script.split("\n")[0] == OPENINGS["giấy mời"] and "Nơi nhận" not in script
    digest = re.search(r'name="doc_hash" value="([0-9a-f]{64})"', page)
    assert digest is not None and original_path(station, digest.group(1)).exists()

    edited = script.replace("Kính mời các đại biểu", "Trân trọng kính mời các đại biểu")
    saved = lan.post(
        "/tin-bai/them",
        {
            "category": "thong-bao",
            "level": "thong-thuong",
            "source": "text",
            "text": edited,
            "doc_hash": digest.group(1),
            "doc_name": "giay-moi.docx",
        },
    ).text
    assert "Đã thêm tin bài số 1" in saved
    (segment,) = list_segments(station)
    assert segment.source_name == "giay-moi.docx" and segment.source_hash == digest.group(1)
    assert "Trân trọng kính mời các đại biểu" in segment.script_text
