import re
from pathlib import Path

from conftest import REPO, Cli
from sqlalchemy import func, select

from broadcaster.clock import FakeClock
from broadcaster.models import Booking, Slot
from broadcaster.station import App


def slots(app: App) -> list[str]:
    with app.db.transaction() as session:
        return [s.name for s in session.scalars(select(Slot).where(Slot.removed_at.is_(None)))]


def bookings(app: App) -> int:
    with app.db.transaction() as session:
        return int(session.scalar(select(func.count(Booking.id))) or 0)


def morning(run: Cli) -> None:
    result = run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30")
    assert result.exit_code == 0, result.output


def test_add_slot_prints_it(run: Cli) -> None:
    result = run(
        "slot", "add", "Buổi chiều", "--start", "17h", "--end", "17:45", "--days", "t2,t4,t6"
    )
    assert result.exit_code == 0
    assert result.output.strip() == "Đã thêm buổi «Buổi chiều» 17:00–17:45, T2,T4,T6."
    assert "Buổi chiều" in run("slot", "list").output


def test_add_slot_rejects_overlap(run: Cli, app: App) -> None:
    morning(run)
    result = run("slot", "add", "Tin sáng", "--start", "06:20", "--end", "06:40")
    assert result.exit_code == 1
    assert (
        "Lỗi: Buổi «Tin sáng» 06:20–06:40 T2-CN trùng giờ với buổi «Buổi sáng» 06:00–06:30 "
        "T2-CN. Hãy đổi giờ, đổi ngày trong tuần, hoặc bỏ buổi cũ trước."
    ) in result.output
    assert slots(app) == ["Buổi sáng"]


def test_add_slot_on_other_days_does_not_overlap(run: Cli) -> None:
    run("slot", "add", "A", "--start", "06:00", "--end", "06:30", "--days", "t2-t6")
    result = run("slot", "add", "B", "--start", "06:00", "--end", "06:30", "--days", "t7,cn")
    assert result.exit_code == 0


def test_add_slot_touching_end_to_start_is_fine(run: Cli) -> None:
    morning(run)
    assert run("slot", "add", "Sau", "--start", "06:30", "--end", "07:00").exit_code == 0


def test_add_slot_rejects_duplicate_name(run: Cli) -> None:
    morning(run)
    result = run("slot", "add", "buổi sáng", "--start", "09:00", "--end", "09:30")
    assert result.exit_code == 1
    assert "Đã có buổi phát tên «buổi sáng»" in result.output


def test_add_slot_rejects_end_before_start(run: Cli) -> None:
    result = run("slot", "add", "X", "--start", "07:00", "--end", "06:30")
    assert result.exit_code == 1
    assert "giờ kết thúc 06:30 phải sau giờ bắt đầu 07:00" in result.output


def test_add_slot_rejects_bad_time_and_days(run: Cli) -> None:
    bad_time = run("slot", "add", "X", "--start", "6 giờ sáng", "--end", "07:00")
    assert bad_time.exit_code == 2 and "Không hiểu giờ «6 giờ sáng»" in bad_time.output
    bad_days = run("slot", "add", "X", "--start", "06:00", "--end", "07:00", "--days", "t8")
    assert bad_days.exit_code == 2 and "Không hiểu ngày trong tuần «t8»" in bad_days.output


def test_remove_slot_with_bookings_needs_force(run: Cli, app: App) -> None:
    morning(run)
    run("segment", "add", "--text", "Tin", "-c", "khac")
    run("book", "1", "--slot", "Buổi sáng", "--from", "23/11/2026", "--to", "30/11/2026")
    refused = run("slot", "remove", "Buổi sáng")
    assert refused.exit_code == 1
    assert "còn 1 lượt đặt lịch chưa phát" in refused.output
    assert slots(app) == ["Buổi sáng"]
    forced = run("slot", "remove", "Buổi sáng", "--force")
    assert forced.exit_code == 0
    assert "Đã bỏ buổi «Buổi sáng»; đã hủy 1 lượt đặt lịch." in forced.output
    assert slots(app) == []
    assert "Chưa có lượt đặt lịch nào." in run("book", "list").output


def test_remove_unknown_slot(run: Cli) -> None:
    result = run("slot", "remove", "Buổi tối")
    assert result.exit_code == 1
    assert "Không có buổi phát «Buổi tối». Các buổi hiện có: chưa có buổi nào." in result.output


def test_load_schedule_reports_changes(run: Cli, app: App, tmp_path: Path) -> None:
    result = run("slot", "load", str(REPO / "schedules" / "xa-mau.toml"))
    assert result.exit_code == 0, result.output
    assert "thêm 3, đổi 0, bỏ 0, giữ nguyên 0" in result.output
    changed = tmp_path / "moi.toml"
    changed.write_text(
        '[[slot]]\nname = "Buổi sáng"\nstart = "05:30"\nend = "06:00"\ndays = "t2-cn"\n'
        '[[slot]]\nname = "Buổi chiều"\nstart = "17:00"\nend = "17:45"\ndays = "t2-cn"\n',
        encoding="utf-8",
    )
    again = run("slot", "load", str(changed))
    assert "Đổi: «Buổi sáng» 05:30–06:00 T2-CN" in again.output
    assert "Bỏ: Buổi trưa" in again.output
    assert "thêm 0, đổi 1, bỏ 1, giữ nguyên 1" in again.output
    assert sorted(slots(app)) == ["Buổi chiều", "Buổi sáng"]


def test_load_schedule_with_overlap_changes_nothing(run: Cli, app: App, tmp_path: Path) -> None:
    bad = tmp_path / "trung.toml"
    bad.write_text(
        '[[slot]]\nname = "A"\nstart = "06:00"\nend = "06:30"\n'
        '[[slot]]\nname = "B"\nstart = "06:15"\nend = "06:45"\n',
        encoding="utf-8",
    )
    result = run("slot", "load", str(bad))
    assert result.exit_code == 1
    assert "trùng giờ với buổi «B»" in result.output
    assert slots(app) == []


def test_load_schedule_errors(run: Cli, tmp_path: Path) -> None:
    missing = run("slot", "load", str(tmp_path / "khong.toml"))
    assert missing.exit_code == 1 and "Không tìm thấy tệp lịch" in missing.output
    broken = tmp_path / "hong.toml"
    broken.write_text("[[slot]\nname=", encoding="utf-8")
    assert "bị lỗi cú pháp TOML" in run("slot", "load", str(broken)).output
    empty = tmp_path / "rong.toml"
    empty.write_text("# trống\n", encoding="utf-8")
    assert "không có buổi phát nào" in run("slot", "load", str(empty)).output
    partial = tmp_path / "thieu.toml"
    partial.write_text('[[slot]]\nname = "A"\nstart = "06:00"\n', encoding="utf-8")
    assert "buổi thứ 1: thiếu end" in run("slot", "load", str(partial)).output


def test_book_and_plan(run: Cli) -> None:
    morning(run)
    run(
        "segment",
        "add",
        "--text",
        "Tin thường " + "chữ " * 100,
        "-c",
        "khac",
        "--title",
        "Tin thường",
    )
    run(
        "segment",
        "add",
        "--text",
        "Tin khẩn " + "chữ " * 50,
        "-c",
        "thong-bao",
        "--level",
        "uu-tien",
        "--title",
        "Tin khẩn",
    )
    run("segment", "approve", "1", "--by", "A")
    run("segment", "approve", "2", "--by", "A")
    first = run("book", "1", "--slot", "Buổi sáng", "--from", "23/11/2026", "--to", "29/11/2026")
    assert first.exit_code == 0, first.output
    assert (
        "Đã đặt lịch số 1: tin 1 «Tin thường» vào buổi «Buổi sáng» từ 23/11/2026 đến "
        "29/11/2026." in first.output
    )
    assert run("book", "2", "--slot", "Buổi sáng", "--from", "hôm nay").exit_code == 0
    plan = run("plan", "--date", "23/11/2026").output
    assert "Chương trình phát Thứ hai, ngày 23/11/2026" in plan
    lines = [line for line in plan.splitlines() if "[" in line]
    assert "Tin khẩn" in lines[0] and "ưu tiên" in lines[0] and "06:00:00" in lines[0]
    assert "Tin thường" in lines[1] and "thông thường" in lines[1]
    assert "Có " not in plan  # no warnings
    tomorrow = run("plan", "--date", "24/11/2026").output
    assert "Tin khẩn" not in tomorrow and "Tin thường" in tomorrow


def test_plan_warns_unapproved_expired_and_overflow(run: Cli) -> None:
    run("slot", "add", "Ngắn", "--start", "06:00", "--end", "06:01")
    run("segment", "add", "--text", "chữ " * 200, "-c", "khac", "--title", "Dài")
    run("segment", "add", "--text", "ngắn", "-c", "khac", "--title", "Chưa duyệt")
    run("segment", "approve", "1", "--by", "A")
    run("book", "1", "--slot", "Ngắn", "--from", "23/11/2026")
    run("book", "2", "--slot", "Ngắn", "--from", "23/11/2026")
    plan = run("plan", "--date", "23/11/2026").output
    assert "⚠ chưa được duyệt, sẽ không phát" in plan
    assert "⚠ không kịp phát trong buổi" in plan
    assert "⚠ Quá tải: cần" in plan
    assert "Có 3 cảnh báo." in plan


def test_plan_with_no_slots(run: Cli) -> None:
    assert "Không có buổi phát nào trong ngày này." in run("plan").output


def test_book_errors_leave_nothing(run: Cli, app: App) -> None:
    morning(run)
    run(
        "segment",
        "add",
        "--text",
        "Tin",
        "-c",
        "khac",
        "--valid-from",
        "25/11/2026",
        "--valid-to",
        "30/11/2026",
    )
    cases = [
        (["book", "9", "--slot", "Buổi sáng"], "Không có tin bài số 9"),
        (
            ["book", "1", "--slot", "Buổi tối", "--from", "25/11/2026"],
            "Không có buổi phát «Buổi tối»",
        ),
        (
            ["book", "1", "--slot", "Buổi sáng", "--from", "24/11/2026", "--to", "26/11/2026"],
            "chỉ được phát từ 25/11/2026",
        ),
        (
            ["book", "1", "--slot", "Buổi sáng", "--from", "25/11/2026", "--to", "2/12/2026"],
            "hết hạn ngày 30/11/2026",
        ),
        (
            ["book", "1", "--slot", "Buổi sáng", "--from", "27/11/2026", "--to", "26/11/2026"],
            "Ngày kết thúc 26/11/2026 ở trước ngày bắt đầu 27/11/2026",
        ),
        (
            ["book", "1", "--slot", "Buổi sáng", "--from", "25/11/2026", "--per-day", "0"],
            "Số lần phát mỗi ngày phải từ 1 đến 10.",
        ),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code == 1, args
        assert message in result.output, (args, result.output)
    assert bookings(app) == 0


def test_book_duplicate_and_cancel(run: Cli, app: App) -> None:
    morning(run)
    run("segment", "add", "--text", "Tin", "-c", "khac")
    run("book", "1", "--slot", "Buổi sáng", "--from", "23/11/2026", "--to", "30/11/2026")
    dup = run("book", "1", "--slot", "Buổi sáng", "--from", "25/11/2026")
    assert dup.exit_code == 1
    assert "đã được đặt vào buổi «Buổi sáng» từ 23/11/2026 đến 30/11/2026" in dup.output
    assert "Buổi sáng" in run("book", "list", "--date", "24/11/2026").output
    cancelled = run("book", "cancel", "1")
    assert cancelled.exit_code == 0 and "Đã hủy lượt đặt lịch số 1" in cancelled.output
    assert "đã hủy từ trước" in run("book", "cancel", "1").output
    assert "Không có lượt đặt lịch số 7" in run("book", "cancel", "7").output
    assert "đã hủy" in run("book", "list", "--all").output
    assert bookings(app) == 1  # cancelled, never deleted


def test_book_retired_segment_is_refused(run: Cli) -> None:
    morning(run)
    run("segment", "add", "--text", "Tin", "-c", "khac")
    run("segment", "retire", "1")
    result = run("book", "1", "--slot", "Buổi sáng")
    assert result.exit_code == 1 and "đã ngừng phát, không đặt lịch được" in result.output


def test_book_on_days_the_slot_does_not_run(run: Cli) -> None:
    run("slot", "add", "Cuối tuần", "--start", "08:00", "--end", "08:30", "--days", "t7,cn")
    run("segment", "add", "--text", "Tin", "-c", "khac")
    result = run("book", "1", "--slot", "Cuối tuần", "--days", "t2-t6")
    assert result.exit_code == 1
    assert "Buổi «Cuối tuần» chỉ phát vào T7,CN, không trùng với ngày đã chọn (T2-T6)." in (
        result.output
    )


def test_per_day_repeats_in_plan(run: Cli) -> None:
    morning(run)
    run("segment", "add", "--text", "Tin ngắn", "-c", "khac", "--title", "Lặp")
    run("segment", "approve", "1", "--by", "A")
    run("book", "1", "--slot", "Buổi sáng", "--per-day", "2")
    plan = run("plan").output
    assert "lần 1" in plan and "lần 2" in plan


def test_status_and_plan_give_a_slot_the_same_length(run: Cli) -> None:
    run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30")
    for text in ("Tin thứ nhất về lịch tiêm phòng.", "Tin thứ hai về thu gom rác."):
        run("segment", "add", "--text", text, "-c", "khac")
    for sid in ("1", "2"):
        run("segment", "approve", sid, "--by", "A")
        run("book", sid, "--slot", "Buổi sáng")
    planned = re.search(r"Buổi sáng 06:00–06:30: ~?(\d+:\d\d) /", run("plan").output)
    status = re.search(r"Buổi sáng 06:00 .*: 2 tin, khoảng (\d+:\d\d)", run("status").output)
    assert planned and status, run("plan").output + run("status").output
    assert status.group(1) == planned.group(1)


def test_booking_a_slot_already_over_today_says_when_it_airs(run: Cli, clock: FakeClock) -> None:
    morning(run)
    clock.advance(3 * 3600)  # 08:00: «Buổi sáng» ended at 06:30
    assert run("segment", "add", "--text", "Tin đêm.", "-c", "khac").exit_code == 0
    assert run("segment", "approve", "1", "--by", "A").exit_code == 0
    today_only = run("book", "1", "--slot", "Buổi sáng")
    assert today_only.exit_code == 0, today_only.output
    assert "buổi «Buổi sáng» hôm nay đã kết thúc" in today_only.output
    assert "sẽ không được phát lần nào" in today_only.output
    plan = run("plan")
    assert "đặt lịch sau khi buổi này đã kết thúc" in plan.output, plan.output
    assert run("segment", "add", "--text", "Tin khác.", "-c", "khac").exit_code == 0
    assert run("segment", "approve", "2", "--by", "A").exit_code == 0
    week = run("book", "2", "--slot", "Buổi sáng", "--to", "29/11/2026")
    assert "không phát hôm nay; tin phát từ ngày mai" in week.output, week.output
