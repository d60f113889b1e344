"""The test client's own checks: a page's random CSRF token is never taken for a flag."""

from __future__ import annotations

from web_client import names_a_flag


def test_a_csrf_token_with_two_dashes_names_no_flag() -> None:
    page = '<form><input type="hidden" name="csrf" value="--abc-JJH--y2"><p>Đã lưu.</p></form>'
    assert not names_a_flag(page)


def test_a_flag_in_the_page_text_is_found() -> None:
    assert names_a_flag("<p>Chạy lại với --force để ghi đè.</p>")
    assert not names_a_flag("<p>Giờ phát 05:30 -- 06:00 đã đặt.</p>")
