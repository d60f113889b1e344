"""A test client that signs in and keeps the page's CSRF token, like a person's browser."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

PASSWORD = "mat-khau-123"
USERS = {"lan": "bien-tap", "hung": "duyet", "admin2": "quan-tri"}


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


# The page's own CSRF token: random URL-safe letters, which may hold «--» by chance.
_CSRF_FIELD = re.compile(r'name="csrf" value="[^"]*"')
_FLAG = re.compile(r"(?<![\w-])--[a-z]")


def names_a_flag(html: str) -> bool:
    """Whether a page names a command-line flag («--force») to a person on the web (the CSRF
    tokens set aside: «…JJH--y2» is no flag)."""
    return _FLAG.search(_CSRF_FIELD.sub("", html)) is not None


class Browser:
    """A test client that remembers the page's CSRF token, like a person's browser."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def get(self, url: str, **kw: object):  # type: ignore[no-untyped-def]
        response = self.client.get(url, **kw)  # type: ignore[arg-type]
        if 'name="csrf"' in response.text:
            self.csrf = csrf_of(response.text)
        return response

    def post(self, url: str, data: dict[str, object] | None = None, **kw: object):  # type: ignore[no-untyped-def]
        body = {"csrf": self.csrf, **(data or {})}
        response = self.client.post(url, data=body, **kw)  # type: ignore[arg-type]
        if 'name="csrf"' in response.text:
            self.csrf = csrf_of(response.text)
        return response

    def sign_in(self, name: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
        self.get("/dang-nhap")
        return self.post("/dang-nhap", {"name": name, "password": password})
