"""The segment form proposes a document's title as soon as the file is chosen."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable

import docx
from web_client import Browser

from broadcaster.catalogue.segments import list_segments
from broadcaster.station import App

Person = Callable[[str | None], Browser]
NOTICE = (
    "ỦY BAN NHÂN DÂN\nXÃ CẨM NHƯỢNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 45/TB-UBND\nCẩm Nhượng, ngày 12 tháng 11 năm 2026\n"
    "THÔNG BÁO\nLịch tiêm chủng mở rộng tháng 12\nTrạm Y tế xã thông báo…\n"
)


def _docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_chosen_docx_proposes_the_line_after_thong_bao(browser: Person) -> None:
    lan = browser("lan")
    lan.get("/tin-bai/them")
    reply = lan.client.post(
        "/tin-bai/tieu-de",
        data={"csrf": lan.csrf},
        files={"script_file": ("thong-bao.docx", _docx(NOTICE), "application/octet-stream")},
    )
    assert reply.json() == {"title": "Lịch tiêm chủng mở rộng tháng 12", "error": ""}


def test_a_bad_file_gets_a_vietnamese_reason_not_a_title(browser: Person) -> None:
    lan = browser("lan")
    lan.get("/tin-bai/them")
    reply = lan.client.post(
        "/tin-bai/tieu-de",
        data={"csrf": lan.csrf},
        files={"script_file": ("x.pdf", b"%PDF-1.4 ...", "application/pdf")},
    )
    assert reply.status_code == 200 and reply.json()["title"] == ""
    assert "PDF" in reply.json()["error"]


def test_a_txt_saved_without_a_title_is_named_like_an_officer_would(
    browser: Person, station: App
) -> None:
    lan = browser("lan")
    lan.get("/tin-bai/them")
    preview = lan.client.post(
        "/tin-bai/them",
        data={"csrf": lan.csrf, "category": "y-te", "level": "thong-thuong", "source": "file"},
        files={"script_file": ("tb.txt", NOTICE.encode(), "text/plain")},
    ).text
    # The document's broadcast script is shown first, with the title an officer would give.
    assert list_segments(station) == []
    assert 'value="Lịch tiêm chủng mở rộng tháng 12"' in preview
    form = dict(re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', preview))
    text = re.search(r'<textarea[^>]*name="text"[^>]*>(.*?)</textarea>', preview, re.S)
    assert text is not None
    lan.client.post(
        "/tin-bai/them",
        data={
            "csrf": lan.csrf,
            "category": "y-te",
            "level": "thong-thuong",
            "source": "text",
            "title": html.unescape(form["title"]),
            "text": html.unescape(text.group(1)),
            "doc_name": form.get("doc_name", ""),
            "doc_hash": form.get("doc_hash", ""),
        },
    )
    assert [s.title for s in list_segments(station)] == ["Lịch tiêm chủng mở rộng tháng 12"]
