"""Every console route walked with hostile input, on SQLite and PostgreSQL: huge, negative
and missing ids, NUL and control characters, very long and malformed values, a zip bomb.
No answer may be an HTTP 500 or the last-resort page; every page carries the security
headers; an unexpected error shows a Vietnamese page and goes to broadcaster-errors.log."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx_files import hand_edited_docx
from starlette.routing import Route
from starlette.testclient import TestClient
from web_client import PASSWORD, USERS, Browser

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.crashlog import CRASH_LOG
from broadcaster.station import App
from broadcaster.users import add_user
from broadcaster.web.app import SECURITY_HEADERS, create_app, routes

IDS = ["1", "0", "999999999", "9223372036854775808", "99999999999999999999999", "-1", "1%00"]
NAMES = ["khong-co", "%00", "a%00b", "x" * 500, "%1b%5B2J", "..%2F..%2Fetc"]
VALUES = [
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "9" * 40,
    "-1",
    "<script>alert(1)</script>",
    "Đ" * 20_000,
    "31/02/2026",
    "2026-13-45",
    "' OR 1=1 --",
]
FIELDS = [
    "title", "text", "name", "password", "full_name", "category", "level", "repeat_every",
    "repeat_for", "valid_from", "valid_to", "notes", "segment", "date", "date_from", "date_to",
    "per_day", "days[]", "slots[]", "start", "end", "role", "mode", "source", "status", "q",
    "ngay", "thang", "next", "confirm", "force", "current", "new", "repeat", "station_name",
    "commune", "district", "station_head", "engines", "form",
]  # fmt: skip
QUERIES = ["q", "category", "status", "date", "ngay", "thang", "tin", "next", "slot"]


@pytest.fixture
def station(app: App) -> App:
    for name, role in USERS.items():
        add_user(app, name, role, PASSWORD, name.title())
    segment = add_segment(
        app, SegmentInput(category="thong-bao", script=script_from_text("Thông báo họp dân."))
    )
    slot = add_slot(app, SlotSpec("Buổi sáng", *_times()))
    book_segment(
        app, BookingRequest(segment.id, (slot.name,), date(2026, 11, 24), date(2026, 11, 24))
    )
    return app


def _times():  # type: ignore[no-untyped-def]
    from datetime import time

    return time(6, 0), time(6, 45)


@pytest.fixture
def admin(station: App) -> Iterator[Browser]:
    client = TestClient(create_app(station), raise_server_exceptions=False)
    person = Browser(client)
    assert person.sign_in("admin2").status_code in (200, 303)
    yield person
    client.close()


def _paths(path: str) -> list[str]:
    """The route's path with each hostile value in place of its parameters."""
    params = re.findall(r"{(\w+)(?::\w+)?}", path)
    if not params:
        return [path]
    found = []
    for value in IDS + NAMES:
        filled = path
        for name in params:
            filled = re.sub(r"{" + name + r"(?::\w+)?}", value, filled)
        found.append(filled)
    found.append(re.sub(r"{\w+(?::\w+)?}", "1", path))
    return found


def _check(response, what: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code != 500, f"{what}: HTTP 500\n{response.text[:800]}"
    assert "Internal Server Error" not in response.text, what
    assert "Lỗi ngoài dự kiến" not in response.text, f"{what}\n{response.text[:800]}"
    if response.status_code < 300 or response.status_code >= 400:
        for header, value in SECURITY_HEADERS.items():
            assert response.headers.get(header) == value, f"{what}: no {header}"
    assert "server" not in response.headers or "uvicorn" not in response.headers["server"]


def test_every_route_survives_hostile_input_without_a_500(admin: Browser, station: App) -> None:
    client = admin.client
    walked = 0
    for route in routes():
        if not isinstance(route, Route):
            continue
        paths = _paths(route.path)
        plain = paths[-1]  # the parameters set to 1: hostile queries and form values
        for method in sorted(route.methods or {"GET"}):
            if method == "HEAD":
                continue
            if method == "GET":
                for path in paths[:-1]:
                    _check(client.get(path), f"GET {path}")
                    walked += 1
                for key in QUERIES:
                    for value in [*VALUES[:6], "Đ" * 1500, VALUES[7]]:
                        response = client.get(plain, params={key: value})
                        _check(response, f"GET {plain}?{key}={value[:20]!r}")
                        walked += 1
                continue
            if plain == "/dang-xuat":
                continue
            admin.get("/")
            for path in paths[:-1]:
                response = client.post(path, data={"csrf": admin.csrf, "name": "\x00"})
                _check(response, f"POST {path}")
                walked += 1
            for value in VALUES:
                data = {"csrf": admin.csrf, **{field: value for field in FIELDS}}
                response = client.post(plain, data=data)
                _check(response, f"POST {plain} all fields={value[:20]!r}")
                walked += 1
    assert walked > 500
    assert not (station.settings.home / CRASH_LOG).exists()


def test_huge_and_missing_ids_give_the_not_found_page(admin: Browser) -> None:
    for path in (
        "/tin-bai/9223372036854775808",
        "/tin-bai/99999999999999999999/sua",
        "/tin-bai/999999999",
        "/tin-bai/999999999/sua",
        "/tin-bai/999999999/am-thanh",
        "/lich-phat/buoi/999999999/sua",
    ):
        page = admin.client.get(path)
        assert page.status_code == 404, path
        assert "Không tìm thấy" in page.text and "<html" in page.text
    admin.get("/")
    for path in ("/tin-bai/999999999/duyet", "/tin-bai/99999999999999999/tao-am-thanh",
                 "/lich-phat/dat/999999999/huy"):  # fmt: skip
        page = admin.client.post(path, data={"csrf": admin.csrf})
        assert page.status_code in (303, 404), path
        assert page.status_code != 500


def test_an_impossible_day_in_the_address_is_said_not_replaced_by_today(admin: Browser) -> None:
    for path in ("/lich-phat/ngay?ngay=31/02/2025", "/lich-phat?tuan=2025-13-40"):
        page = admin.client.get(path)
        assert page.status_code == 400, path
        assert "<html" in page.text and "Lỗi ngoài dự kiến" not in page.text
        assert "ngày" in page.text.lower()


def test_nul_in_the_sign_in_name_and_the_search_is_refused_plainly(station: App) -> None:
    with TestClient(create_app(station), raise_server_exceptions=False) as client:
        person = Browser(client)
        person.get("/dang-nhap")
        page = person.post("/dang-nhap", {"name": "ad\x00min", "password": "x"})
        assert page.status_code == 400 and "ký tự điều khiển" in page.text
        person.sign_in("lan")
        found = client.get("/tin-bai", params={"q": "họp\x00"})
        assert found.status_code == 400 and "ký tự điều khiển" in found.text


def test_a_zip_bomb_docx_upload_gets_a_clear_page(admin: Browser, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            for _ in range(60):
                part.write(b"\0" * 1_000_000)
    admin.get("/tin-bai/them")
    page = admin.client.post(
        "/tin-bai/them",
        data={"csrf": admin.csrf, "category": "thong-bao", "level": "thong-thuong",
              "source": "file"},
        files={"script_file": ("thong-bao.docx", bomb.read_bytes())},
    )  # fmt: skip
    assert page.status_code == 400
    assert "vượt giới hạn" in page.text and "Lỗi ngoài dự kiến" not in page.text


def test_a_docx_with_a_comment_in_its_xml_is_read_on_both_upload_forms(
    admin: Browser, tmp_path: Path
) -> None:
    hand = hand_edited_docx(
        tmp_path,
        ("Thông báo lịch tiêm chủng tháng 12.",),
        lambda xml: xml.replace("<w:t>", "<!-- c --><w:t>", 1),
    )
    admin.get("/tin-bai/them")
    for url in ("/tin-bai/tieu-de", "/tin-bai/them"):
        page = admin.client.post(
            url,
            data={"csrf": admin.csrf, "category": "thong-bao", "level": "thong-thuong",
                  "source": "file"},
            files={"script_file": ("tiem-chung.docx", hand.read_bytes())},
        )  # fmt: skip
        assert page.status_code < 500, url
        assert "Lỗi ngoài dự kiến" not in page.text, url


def test_an_unexpected_error_shows_a_vietnamese_page_and_is_logged(
    admin: Browser, station: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from broadcaster.web.pages import dashboard

    def broken(*_args: object, **_kw: object) -> None:
        raise OSError(28, "No space left on device")

    def bug(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(dashboard, "overview", broken)
    page = admin.client.get("/")
    assert page.status_code == 503 and "Đĩa đầy" in page.text
    monkeypatch.setattr(dashboard, "overview", bug)
    page = admin.client.get("/")
    assert page.status_code == 500
    assert "Lỗi ngoài dự kiến" in page.text and "ZeroDivisionError" in page.text
    assert "Internal Server Error" not in page.text
    log = (station.settings.home / CRASH_LOG).read_text(encoding="utf-8")
    assert "web GET /" in log and "ZeroDivisionError: bug" in log
