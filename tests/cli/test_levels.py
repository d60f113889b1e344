"""The operator's view of levels, quiet hours, the inbox and the JSON export."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from conftest import TZ, Cli
from sqlalchemy import select

from broadcaster.models import Airing
from broadcaster.station import App


def test_khan_cap_with_repeats_is_added_shown_and_listed(run: Cli) -> None:
    added = run(
        "segment",
        "add",
        "--text",
        "Cảnh báo lũ quét ven suối.",
        "-c",
        "phong-chong-thien-tai",
        "--level",
        "khẩn cấp",
        "--repeat-every",
        "30",
        "--repeat-for",
        "3h",
    )
    assert added.exit_code == 0, added.output
    assert "mức khẩn cấp" in added.output
    assert "sẽ được phát ngay khi được duyệt" in added.output
    shown = run("segment", "show", "1").output
    assert "Mức tin: khẩn cấp — nhắc lại mỗi 30 phút trong 3 giờ" in shown
    assert "khẩn cấp" in run("segment", "list").output


def test_repeat_on_an_ordinary_bulletin_is_refused(run: Cli) -> None:
    result = run("segment", "add", "--text", "Tin", "-c", "khac", "--repeat-every", "30")
    assert result.exit_code == 1
    assert "Chỉ tin khẩn cấp mới được nhắc lại" in result.output


def test_slot_in_quiet_hours_is_refused_by_the_cli(run: Cli) -> None:
    result = run("slot", "add", "Tiếp âm", "--start", "03:15", "--end", "03:45")
    assert result.exit_code == 1
    assert "rơi vào giờ yên tĩnh 21:30–05:00" in result.output
    assert "Traceback" not in result.output


def test_status_shows_a_khan_cap_waiting_for_approval_first(run: Cli) -> None:
    run(
        "segment",
        "add",
        "--text",
        "Sơ tán dân",
        "-c",
        "phong-chong-thien-tai",
        "--level",
        "khan-cap",
    )
    status = run("status").output
    assert status.splitlines()[0].startswith("!!! TIN KHẨN CẤP CHỜ DUYỆT: số 1 «Sơ tán dân»")
    approved = run("segment", "approve", "1", "--by", "Chủ tịch xã")
    assert "phần mềm phát không chạy" in approved.output
    assert "CHỜ DUYỆT" not in run("status").output


def test_plan_and_status_show_each_items_level(run: Cli) -> None:
    run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30")
    for text, level in (("Tin thường", "thong-thuong"), ("Tin ưu tiên", "uu-tien")):
        run("segment", "add", "--text", text, "-c", "khac", "--level", level)
    for sid in ("1", "2"):
        run("segment", "approve", sid, "--by", "A")
        run("book", sid, "--slot", "Buổi sáng")
    plan = [line for line in run("plan").output.splitlines() if "[khac]" in line]
    assert "Tin ưu tiên" in plan[0] and "— ưu tiên" in plan[0]
    assert "Tin thường" in plan[1] and "— thông thường" in plan[1]
    status = run("status").output
    assert "- Tin ưu tiên (ưu tiên)" in status and "- Tin thường (thông thường)" in status


def bulletin(folder: Path, name: str, **fields: object) -> Path:
    data = {
        "id": "B-1",
        "source": "Sở TT&TT",
        "level": "thong-thuong",
        "title": "Thông báo nghỉ lễ",
        "category": "thong-bao",
        "text": "Nghỉ lễ theo quy định.",
    }
    data.update(fields)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_inbox_import_of_a_folder_says_what_happened_to_each_file(run: Cli, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    bulletin(usb, "1.json")
    bulletin(usb, "2.json")  # same id: a duplicate
    bulletin(usb, "3.json", id="B-3", level="tối khẩn")
    result = run("inbox", "import", str(usb))
    assert result.exit_code == 1
    assert "Đã nhận bản tin «B-1» từ Sở TT&TT: tin bài số 1" in result.output
    assert "Bản tin «B-1» đã nhận trước đây (tin bài số 1); bỏ qua tệp «2.json»" in result.output
    assert "Tệp «3.json» bị từ chối: Mức tin «tối khẩn» không hợp lệ" in result.output
    assert "Nhận 1, trùng (bỏ qua) 1, bị từ chối 1." in result.output
    inbox = run.home / "inbox"
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["1.json", "2.json"]
    assert sorted(p.name for p in (inbox / "rejected").iterdir()) == ["3.json", "3.txt"]
    again = run("inbox", "import")
    assert again.exit_code == 0 and "Không có tệp bản tin" in again.output


def test_log_json_exports_what_aired_with_the_bulletin_id(run: Cli, app: App) -> None:
    bulletin(run.home / "inbox", "b.json", id="STTTT-9")
    assert run("inbox", "import").exit_code == 0
    start = datetime(2026, 11, 23, 6, 0, 1, tzinfo=TZ)
    with app.db.transaction() as session:
        session.add(
            Airing(
                segment_id=1,
                scheduled_start=datetime(2026, 11, 23, 6, 0, tzinfo=TZ),
                actual_start=start,
                actual_end=datetime(2026, 11, 23, 6, 0, 31, 500000, tzinfo=TZ),
                duration=30.5,
                outcome="aired",
                created_at=start,
            )
        )
    result = run("log", "--format", "json", "--since", "23/11/2026")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["format"] == "broadcaster-airings/1"
    [record] = document["airings"]
    assert record["bulletin_id"] == "STTTT-9" and record["segment_id"] == 1
    assert record["actual_start"] == "2026-11-23T06:00:01.000+07:00"
    assert record["duration"] == 30.5 and record["outcome"] == "aired"
    assert record["level"] == "thong-thuong"
    with app.db.transaction() as session:
        assert session.scalars(select(Airing)).one().segment_id == 1
    later = json.loads(run("log", "--format", "json", "--since", "24/11/2026").output)
    assert later["airings"] == []


def test_log_takes_at_most_one_range_and_defaults_to_today(run: Cli) -> None:
    today = run("log", "--format", "json")
    assert today.exit_code == 0 and '"since": "2026-11-23T00:00:00+07:00"' in today.output
    both = run("log", "--format", "json", "--date", "1/11/2026", "--since", "1/11/2026")
    assert both.exit_code == 1 and "Chỉ chọn một trong" in both.output


def test_raising_an_approved_segment_to_khan_cap_needs_approval_again(run: Cli) -> None:
    run("segment", "add", "--text", "Tin", "-c", "khac")
    run("segment", "approve", "1", "--by", "A")
    result = run("segment", "edit", "1", "--level", "khan-cap")
    assert result.exit_code == 0, result.output
    assert "chờ duyệt" in result.output
    assert "!!! TIN KHẨN CẤP CHỜ DUYỆT: số 1" in run("status").output


def test_run_refuses_to_start_with_mistyped_quiet_hours(run: Cli) -> None:
    toml = run.home / "broadcaster.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('"21:30-05:00"', '"9 giờ tối"'), encoding="utf-8"
    )
    result = run("run", "--output", f"file:{run.home / 'x.wav'}")
    assert result.exit_code == 1
    assert "Giờ yên tĩnh «9 giờ tối» không hợp lệ" in result.output


def test_plan_lists_the_days_khan_cap_airings_and_repeats(run: Cli) -> None:
    run(
        "segment",
        "add",
        "--text",
        "Cảnh báo lũ",
        "-c",
        "phong-chong-thien-tai",
        "--level",
        "khan-cap",
        "--repeat-every",
        "1h",
        "--repeat-for",
        "2h",
    )
    run("segment", "approve", "1", "--by", "Chủ tịch xã")  # the clock reads 05:00
    plan = run("plan").output
    assert "Tin khẩn cấp (phát ngay, ngắt tin đang phát):" in plan
    for hour in ("05:00", "06:00", "07:00"):
        assert f"  {hour}  «Cảnh báo lũ» — khẩn cấp" in plan
    assert "08:00  «Cảnh báo lũ»" not in plan
    assert "Tin khẩn cấp (" not in run("plan", "--date", "24/11/2026").output
