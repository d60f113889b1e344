"""Who may do what, checked on the server: sign-in, roles, CSRF, sign-in slowdown."""

from __future__ import annotations

from collections.abc import Callable

from web_client import PASSWORD, Browser

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, show_segment
from broadcaster.station import App


def _segment(app: App) -> int:
    return add_segment(
        app,
        SegmentInput(category="thong-bao", script=script_from_text("Thông báo họp dân.")),
    ).id


def test_a_signed_out_request_is_sent_to_the_sign_in_page(
    browser: Callable[[str | None], Browser],
) -> None:
    person = browser(None)
    for path in ("/", "/tin-bai", "/lich-phat/ngay", "/bao-cao", "/quan-tri"):
        response = person.client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/dang-nhap?next=")
    page = person.get("/tin-bai?q=x")
    assert "Đăng nhập" in page.text


def test_an_operator_cannot_approve_even_by_sending_the_form(
    browser: Callable[[str | None], Browser], station: App
) -> None:
    sid = _segment(station)
    lan = browser("lan")
    assert "Duyệt" not in lan.get(f"/tin-bai/{sid}").text.split("Lịch sử")[0].split("</nav>")[1]
    response = lan.post(f"/tin-bai/{sid}/duyet")
    assert response.status_code == 403
    assert "Không có quyền" in response.text
    assert show_segment(station, sid).segment.status == "draft"


def test_a_leader_approves_and_the_history_says_who(
    browser: Callable[[str | None], Browser], station: App
) -> None:
    sid = _segment(station)
    hung = browser("hung")
    hung.get(f"/tin-bai/{sid}")
    page = hung.post(f"/tin-bai/{sid}/duyet")
    assert "Đã duyệt tin bài số" in page.text
    events = show_segment(station, sid).events
    assert events[-1].action == "approved" and events[-1].actor == "Hung"


def test_a_forged_form_without_the_csrf_token_is_refused(
    browser: Callable[[str | None], Browser], station: App
) -> None:
    sid = _segment(station)
    hung = browser("hung")
    response = hung.client.post(f"/tin-bai/{sid}/duyet", data={})
    assert response.status_code == 403
    assert "Biểu mẫu không hợp lệ" in response.text
    response = hung.client.post(f"/tin-bai/{sid}/duyet", data={"csrf": "doan-bua"})
    assert response.status_code == 403
    assert show_segment(station, sid).segment.status == "draft"


def test_the_session_cookie_is_http_only_and_same_site(
    browser: Callable[[str | None], Browser],
) -> None:
    person = browser(None)
    response = person.client.get("/dang-nhap")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_repeated_wrong_passwords_slow_the_next_try(
    browser: Callable[[str | None], Browser], station: App
) -> None:
    person = browser(None)
    for _ in range(3):
        page = person.sign_in("lan", "sai-mat-khau")
        assert "Tên đăng nhập hoặc mật khẩu không đúng" in page.text
    page = person.sign_in("lan", PASSWORD)
    assert "Đăng nhập sai nhiều lần. Hãy chờ" in page.text
    station.clock.advance(5)  # type: ignore[attr-defined]
    page = person.sign_in("lan", PASSWORD)
    assert "<h1>Tổng quan</h1>" in page.text


def test_an_admin_page_is_refused_to_a_leader(browser: Callable[[str | None], Browser]) -> None:
    hung = browser("hung")
    assert hung.get("/quan-tri").status_code == 403
    assert hung.post("/quan-tri/nguoi-dung", {"name": "x1", "role": "quan-tri"}).status_code == 403


def test_a_disabled_user_is_signed_out_at_once(
    browser: Callable[[str | None], Browser],
) -> None:
    lan = browser("lan")
    admin = browser("admin2")
    admin.get("/quan-tri")
    admin.post("/quan-tri/nguoi-dung/lan/khoa")
    assert lan.client.get("/", follow_redirects=False).status_code == 303
    page = lan.sign_in("lan")
    assert "Tài khoản này đã bị khoá" in page.text


def test_a_first_sign_in_with_a_one_time_password_must_change_it(
    browser: Callable[[str | None], Browser],
) -> None:
    admin = browser("admin2")
    admin.get("/quan-tri")
    page = admin.post("/quan-tri/nguoi-dung", {"name": "mai", "role": "bien-tap"})
    assert "Mật khẩu một lần" in page.text
    once = page.text.split('class="otp">mai: ')[1].split("<")[0]
    mai = browser(None)
    page = mai.sign_in("mai", once)
    assert "<h1>Đổi mật khẩu</h1>" in page.text
    assert "<h1>Đổi mật khẩu</h1>" in mai.get("/tin-bai").text
    page = mai.post("/doi-mat-khau", {"current": once, "new": "ngan", "repeat": "ngan"})
    assert "Mật khẩu cần ít nhất 8 ký tự." in page.text
    page = mai.post(
        "/doi-mat-khau", {"current": once, "new": "mat-khau-moi", "repeat": "mat-khau-moi"}
    )
    assert "Đã đổi mật khẩu." in page.text and "<h1>Tổng quan</h1>" in page.text
