"""In the console an editor cannot escalate an approved bulletin: the same rule as the CLI
(``catalogue.approval``); emptied validity or repeat fields are cleared by the service;
messages on the page never name command-line flags."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from web_client import Browser, names_a_flag

from broadcaster.catalogue.dates import parse_date
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.models import Segment
from broadcaster.station import App

Person = Callable[[str | None], Browser]


def _approved_emergency(app: App) -> int:
    today = app.today()
    segment = add_segment(
        app,
        SegmentInput(
            title="Cảnh báo lũ",
            category="phong-chong-thien-tai",
            level="khan-cap",
            script=script_from_text("Cảnh báo lũ quét ven suối."),
            valid_to=parse_date("30/11/2026", today),
            repeat_every=60,
            repeat_for=180,
        ),
    )
    approve_segment(app, segment.id, "Chủ tịch xã")
    return segment.id


def _segment(app: App, sid: int) -> Segment:
    with app.db.transaction() as session:
        found = session.scalars(select(Segment).where(Segment.id == sid)).one()
        session.expunge(found)
        return found


def _edit(person: Browser, sid: int, **changes: str):  # type: ignore[no-untyped-def]
    form = person.get(f"/tin-bai/{sid}/sua")
    assert form.status_code == 200
    data = {
        "title": "Cảnh báo lũ",
        "category": "phong-chong-thien-tai",
        "level": "khan-cap",
        "repeat_every": "60",
        "repeat_for": "180",
        "valid_from": "",
        "valid_to": "2026-11-30",
        "notes": "",
        "source": "text",
        "text": "Cảnh báo lũ quét ven suối.",
        **changes,
    }
    return person.post(f"/tin-bai/{sid}/sua", data)


def test_an_editor_who_escalates_the_repeats_is_refused_and_nothing_changes(
    browser: Person, station: App
) -> None:
    sid = _approved_emergency(station)
    page = _edit(browser("lan"), sid, repeat_every="1", repeat_for="168h", valid_to="2026-12-31")
    assert page.status_code == 400
    assert "quá dày" in page.text
    assert not names_a_flag(page.text.split("<main", 1)[-1].split("</main")[0])
    segment = _segment(station, sid)
    assert (segment.status, segment.repeat_every, segment.valid_to.isoformat()) == (  # type: ignore[union-attr]
        "approved",
        60,
        "2026-11-30",
    )


def test_an_editor_who_changes_the_rhythm_sends_it_back_for_approval(
    browser: Person, station: App
) -> None:
    sid = _approved_emergency(station)
    page = _edit(browser("lan"), sid, repeat_every="30")
    assert page.status_code == 200
    assert "chờ duyệt" in page.text
    segment = _segment(station, sid)
    assert (segment.status, segment.repeat_every, segment.emergency_at) == ("draft", 30, None)


def test_emptying_validity_and_repeats_in_the_form_clears_them(
    browser: Person, station: App
) -> None:
    sid = _approved_emergency(station)
    page = _edit(browser("lan"), sid, repeat_every="", repeat_for="", valid_to="")
    assert page.status_code == 200, page.text
    segment = _segment(station, sid)
    assert (segment.valid_to, segment.repeat_every, segment.repeat_for) == (None, None, None)
    assert segment.status == "draft"


def test_no_change_is_explained_without_command_line_flags(browser: Person, station: App) -> None:
    sid = _approved_emergency(station)
    page = _edit(browser("lan"), sid)
    assert page.status_code == 400
    assert "Chưa có gì để sửa" in page.text
    assert "--title" not in page.text and not names_a_flag(page.text.split("Chưa có gì")[1][:200])
