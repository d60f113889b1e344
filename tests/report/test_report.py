"""The monthly report against a log built by hand, and its files opened again."""

import csv
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import openpyxl
import pytest
from conftest import Cli
from report_fixture import at, build_log

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.clock import FakeClock
from broadcaster.errors import ReportError
from broadcaster.models import Airing
from broadcaster.report.files import write_report
from broadcaster.report.numbers import monthly_report
from broadcaster.settings import load_settings
from broadcaster.station import App, init_station, open_station


def test_numbers_come_from_actual_times(app: App) -> None:
    build_log(app)
    r = monthly_report(app, 2026, 11)
    assert (r.totals.airings, r.totals.items, r.totals.seconds) == (5, 3, 885.0)
    assert (r.spoken_seconds, r.recorded_seconds, r.relayed_seconds) == (285.0, 0.0, 600.0)
    assert (r.broadcast_days, r.slot_sessions) == (3, 4)
    assert {c: (t.airings, t.items, t.seconds) for c, t in r.by_category.items()} == {
        "tiep-song": (1, 1, 600.0),
        "cchc": (2, 1, 150.0),
        "y-te": (2, 1, 135.0),
        "thong-bao": (0, 0, 0.0),
    } or {c: (t.airings, t.items, t.seconds) for c, t in r.by_category.items()} == {
        "tiep-song": (1, 1, 600.0),
        "cchc": (2, 1, 150.0),
        "y-te": (2, 1, 135.0),
    }
    assert round(r.share(600.0), 1) == 67.8
    assert r.by_slot["Buổi sáng"].seconds == 285.0 and r.by_slot["Buổi chiều"].seconds == 600.0
    assert [d.day for d in r.by_day] == [2, 3, 4]
    assert sorted(p.outcome for p in r.problems) == ["failed", "interrupted", "missed", "preempted"]
    assert {p.outcome: p.error for p in r.problems}["missed"] == "Máy tính không chạy"
    assert [n.title for n in r.never_aired] == ["Chưa bao giờ phát"]
    assert (r.previous.airings, r.previous.seconds) == (2, 100.0)
    assert (r.first.day, r.last.day) == (1, 23)  # this month so far


def _aired(segment: int, start: datetime, seconds: float, duration: float | None = None) -> Airing:
    return Airing(
        segment_id=segment,
        scheduled_start=start,
        actual_start=start,
        actual_end=start + timedelta(seconds=seconds),
        duration=seconds if duration is None else duration,
        outcome="aired",
        created_at=start,
    )


def test_the_numbers_without_the_listing_are_the_same_numbers(app: App) -> None:
    """The console's totals skip the month's full listing; nothing else may change."""
    build_log(app)
    listed, numbers = monthly_report(app, 2026, 11), monthly_report(app, 2026, 11, listing=False)
    assert numbers.rows == [] and len(listed.rows) == listed.lines == numbers.lines
    assert not numbers.empty
    for name in (
        "totals",
        "spoken_seconds",
        "relayed_seconds",
        "broadcast_days",
        "slot_sessions",
        "by_category",
        "by_slot",
        "by_day",
        "by_zone",
        "day_category_seconds",
        "heard",
        "problems",
        "unheard",
        "previous",
    ):
        assert getattr(numbers, name) == getattr(listed, name), name
    assert sum(r.seconds for r in listed.rows) == listed.totals.seconds


def test_a_relay_counts_only_its_relayed_seconds_in_the_previous_month_too(app: App) -> None:
    """Airtime has one definition (in SQL): the month before counts it the same way."""
    built = build_log(app)
    start = at(20, 17, 0, month=10)
    with app.db.transaction() as session:  # 600 s on air, of which 200 s really relayed
        session.add(_aired(built.relay, start, 600, duration=200.0))
    october = monthly_report(app, 2026, 10)
    assert october.totals.seconds == october.relayed_seconds + 100.0 == 300.0
    previous = monthly_report(app, 2026, 11).previous
    assert (previous.airings, previous.seconds) == (october.totals.airings, 300.0)


def test_month_without_airings_is_a_valid_empty_report(app: App) -> None:
    r = monthly_report(app, 2026, 9)
    assert r.empty and r.totals.airings == 0 and r.last.day == 30


def test_future_month_is_refused(app: App) -> None:
    with pytest.raises(ReportError, match="Tháng 12/2026 chưa tới"):
        monthly_report(app, 2026, 12)


def test_files_are_written_and_read_back(app: App, tmp_path: Path) -> None:
    build_log(app)
    report, paths = write_report(app, 2026, 11, "all", tmp_path / "bc", number="12")
    names = sorted(p.name for p in paths)
    assert names == [
        "bao-cao-2026-11.csv",
        "bao-cao-2026-11.docx",
        "bao-cao-2026-11.xlsx",
        "bieu-do-2026-11.png",
    ]
    assert sorted(p.name for p in (tmp_path / "bc").iterdir()) == names  # no temp left

    raw = (tmp_path / "bc" / "bao-cao-2026-11.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0][:3] == ["Ngày", "Buổi phát", "Giờ theo lịch"]
    assert len(lines) == 1 + len(report.rows) == 8
    assert [
        "02/11/2026",
        "Buổi chiều",
        "17:00:00",
        "17:00:00",
        "10:00",
        "Tiếp sóng thời sự",
        "Tiếp sóng",
        "đã phát",
        "",
        "tiếp âm",
    ] in lines

    book = openpyxl.load_workbook(tmp_path / "bc" / "bao-cao-2026-11.xlsx")
    assert book.sheetnames == ["Tổng hợp", "Theo chuyên mục", "Theo ngày", "Lượt phát", "Sự cố"]
    summary = {
        row[0].value: row[1] for row in book["Tổng hợp"].iter_rows(min_row=4) if row[0].value
    }
    assert summary["Số lượt phát"].value == 5
    relayed = summary["  trong đó: tiếp âm (tiếp sóng)"]
    assert round(relayed.value.total_seconds()) == 600
    total = summary["Tổng thời lượng phát sóng"]
    assert total.number_format == "[h]:mm:ss" and round(total.value.total_seconds()) == 885
    cats = list(book["Theo chuyên mục"].iter_rows(min_row=2, values_only=True))
    assert cats[0][0] == "Tiếp sóng" and cats[0][1] == 1 and round(cats[0][4], 3) == 0.678
    assert book["Lượt phát"].max_row == 8
    problems = [r[4] for r in book["Sự cố"].iter_rows(min_row=2, values_only=True) if r[4]]
    assert "bị lỡ" in problems and "lỗi" in problems

    document = docx.Document(str(tmp_path / "bc" / "bao-cao-2026-11.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells and "Độc lập - Tự do - Hạnh phúc" in cells
    assert "Số: 12/BC-ĐTT" in cells and "TRƯỞNG ĐÀI" in cells
    assert "Kết quả hoạt động phát sóng tháng 11 năm 2026" in text
    assert "5 lượt phát với 3 tin, bài; tổng thời lượng phát sóng 14:45" in text
    assert "ghi âm 0:00, tiếp âm (tiếp sóng) 10:00" in text
    assert "Chưa bao giờ phát" in text
    assert "Tiếp sóng" in cells and "67,8%" in cells
    assert len(document.inline_shapes) == 1  # the chart
    fonts = {r.font.name for p in document.paragraphs for r in p.runs if r.font.name}
    assert fonts == {"Times New Roman"}
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_docx_renders_to_pdf_and_an_image(app: App, tmp_path: Path) -> None:
    """LibreOffice lays the document out; pdftoppm turns page one into a picture."""
    build_log(app)
    _, paths = write_report(app, 2026, 11, "docx", tmp_path)
    document = next(p for p in paths if p.suffix == ".docx")
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "bao-cao-2026-11.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "TRƯỞNG ĐÀI" in text
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "LiberationSerif" in fonts or "TimesNewRoman" in fonts  # Times or its metric twin
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "trang")],
        check=True,
    )
    page = next(tmp_path.glob("trang*.png"))
    assert page.stat().st_size > 20_000


def test_unwritable_folder_fails_cleanly(app: App, tmp_path: Path) -> None:
    blocker = tmp_path / "tep"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ReportError, match="Không ghi được vào thư mục"):
        write_report(app, 2026, 11, "all", blocker / "bc")


def test_failure_midway_leaves_no_file(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("broadcaster.report.files.write_docx", disk_full)
    with pytest.raises(ReportError, match="Không có tệp nào bị ghi dở"):
        write_report(app, 2026, 11, "all", tmp_path / "bc")
    assert not (tmp_path / "bc").exists()  # nor the folder it would have made


def test_cli_report_and_log(run: Cli, app: App, tmp_path: Path) -> None:
    build_log(app)
    result = run("report", "--month", "2026-11", "--format", "xlsx", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Báo cáo tháng 11/2026: 5 lượt phát, 3 tin bài, thời lượng 14:45." in result.output
    assert f"Đã ghi: {tmp_path / 'bao-cao-2026-11.xlsx'}" in result.output
    day = run("log", "--date", "2/11/2026")
    assert "Tiếp sóng thời sự" in day.output and "Cộng: 3 dòng, thời lượng 13:30." in day.output
    month = run("log", "--month", "11/2026")
    assert "bị ngắt để phát tin khẩn" in month.output and "Cộng: 7 dòng" in month.output


def test_cli_report_errors(run: Cli, tmp_path: Path) -> None:
    future = run("report", "--month", "2026-12")
    assert future.exit_code == 1 and "Tháng 12/2026 chưa tới" in future.output
    bad = run("report", "--month", "tháng mười")
    assert bad.exit_code == 2 and "Không hiểu tháng «tháng mười»" in bad.output
    fmt = run("report", "--month", "2026-11", "--format", "pdf", "--out", str(tmp_path))
    assert fmt.exit_code == 1 and "Định dạng «pdf» không có" in fmt.output
    empty = run("report", "--month", "2026-09", "--out", str(tmp_path / "t9"))
    assert empty.exit_code == 0 and "Trong tháng không có lượt phát nào" in empty.output
    today = run("log")  # no option: today
    assert today.exit_code == 0 and "Không có lượt phát nào" in today.output
    both = run("log", "--month", "2026-11", "--date", "1/11/2026")
    assert both.exit_code == 1 and "Chỉ chọn một trong" in both.output
    assert "Không có lượt phát nào" in run("log", "--date", "1/1/2026").output


def test_report_counts_what_the_loudspeakers_got_and_lists_the_unheard(
    app: App, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from broadcaster.models import Airing

    build_log(app)
    with app.db.transaction() as session:
        went = session.scalars(
            select(Airing).where(Airing.outcome == "aired").order_by(Airing.id)
        ).all()
        went[0].heard = "verified"
        went[1].heard = "not-heard"
        went[1].heard_detail = "Nguồn giám sát không nghe thấy tin này: lúc đó trên loa là im lặng."
    report = monthly_report(app, 2026, 11)
    assert report.heard.get("verified") == 1 and report.heard.get("not-heard") == 1
    assert [r.heard for r in report.unheard] == ["not-heard"]
    write_report(app, 2026, 11, "docx", tmp_path / "bc")
    document = docx.Document(str(tmp_path / "bc" / "bao-cao-2026-11.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Thời lượng được tính từ nhật ký phát sóng" in text
    assert "1 lượt nghe thấy trọn vẹn trên loa" in text and "1 lượt không nghe thấy" in text
    assert "trên loa là im lặng" in cells and "✗ không nghe thấy" in cells


def test_an_item_withdrawn_after_its_slot_was_prepared_is_no_problem_and_no_outage(
    app: App,
) -> None:
    """It is listed with its reason, not counted against the station or a site."""
    built = build_log(app)
    before = monthly_report(app, 2026, 11)
    start = at(5, 6, 0)
    with app.db.transaction() as session:
        session.add(
            Airing(
                segment_id=built.cchc,
                scheduled_start=start,
                duration=0.0,
                outcome="withdrawn",
                error="Không phát: tin không còn được duyệt",
                created_at=start,
            )
        )
    after = monthly_report(app, 2026, 11)
    assert after.lines == before.lines + 1
    assert after.problems == before.problems and after.site_outages == before.site_outages
    assert after.totals == before.totals
    assert [r.outcome for r in after.rows].count("withdrawn") == 1


@pytest.mark.parametrize("zone", ["Europe/Berlin", "Asia/Ho_Chi_Minh"])
def test_an_airing_just_after_midnight_counts_on_the_station_s_day(
    zone: str, db_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    """By the local calendar day, whether the offset changes inside the month (summer time)
    or not (the database then gives the day itself), on SQLite and PostgreSQL."""
    settings = load_settings(tmp_path / "st", {"db_url": db_url, "timezone": zone}, env={})
    init_station(settings, clock)
    berlin = open_station(settings, clock)
    sid = add_segment(berlin, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    tz = ZoneInfo(zone)
    # 00:30 local on 1 and 30 October: UTC is still the evening before.
    with berlin.db.transaction() as session:
        for day in (1, 30):
            session.add(_aired(sid, datetime(2026, 10, day, 0, 30, tzinfo=tz), 60))
    report = monthly_report(berlin, 2026, 10)
    assert [d.day for d in report.by_day] == [1, 30]
    assert report.totals.seconds == 120.0
    berlin.close()
