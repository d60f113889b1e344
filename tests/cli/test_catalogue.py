import math
import subprocess
from pathlib import Path

from conftest import SEEDS, Cli
from sqlalchemy import func, select

from broadcaster.models import Segment, SegmentEvent
from broadcaster.station import App


def count(app: App) -> int:
    with app.db.transaction() as session:
        return int(session.scalar(select(func.count(Segment.id))) or 0)


def add_seed(run: Cli, name: str = "000_35295bc7bd5032d9.txt", *extra: str) -> int:
    result = run("segment", "add", "--file", str(SEEDS / name), "--category", "cchc", *extra)
    assert result.exit_code == 0, result.output
    return int(result.output.split("số ", 1)[1].split(":", 1)[0])


def test_add_from_seed_file_prints_id(run: Cli, app: App) -> None:
    result = run(
        "segment",
        "add",
        "--file",
        str(SEEDS / "001_15ac8d522e6782ed.txt"),
        "-c",
        "cchc",
        "--title",
        "Tăng cường tuyên truyền CCHC",
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Đã thêm tin bài số 1: «Tăng cường tuyên truyền CCHC»")
    with app.db.transaction() as session:
        segment = session.get(Segment, 1)
        assert segment is not None
        assert "76/NQ-CP" in segment.script_text
        assert segment.source_name == "001_15ac8d522e6782ed.txt"
        assert len(segment.source_hash) == 64


def test_add_from_text_takes_title_from_first_line(run: Cli) -> None:
    result = run(
        "segment",
        "add",
        "--text",
        "Thông báo mất điện\nTừ 7h00 ngày 25/11.",
        "-c",
        "thong-bao",
        "--level",
        "ưu tiên",
        "--valid-to",
        "30/11/2026",
    )
    assert result.exit_code == 0, result.output
    assert "«Thông báo mất điện»" in result.output
    listing = run("segment", "list").output
    assert "Thông báo mất điện" in listing and "ưu tiên" in listing and "30/11/2026" in listing


def test_add_from_recording_stores_copy_and_duration(run: Cli, app: App, tmp_path: Path) -> None:
    wav = tmp_path / "tiep-song.wav"
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", "1", str(wav), "synth", "3", "sine", "440"], check=True
    )
    result = run("segment", "add", "--audio", str(wav), "-c", "tiep-song")
    assert result.exit_code == 0, result.output
    with app.db.transaction() as session:
        segment = session.get(Segment, 1)
        assert segment is not None and segment.kind == "recording"
        assert math.isclose(segment.audio_duration or 0, 3.0, abs_tol=0.05)
        assert Path(segment.recording_path).exists()
        assert Path(segment.recording_path).parent == app.settings.audio_dir / "recordings"


def test_add_refuses_corrupt_recording(run: Cli, app: App, tmp_path: Path) -> None:
    bad = tmp_path / "hong.mp3"
    bad.write_bytes(b"\x00" * 2048)
    result = run("segment", "add", "--audio", str(bad), "-c", "tiep-song")
    assert result.exit_code == 1
    assert "Tệp âm thanh «hong.mp3» bị hỏng hoặc không phải âm thanh" in result.output
    assert count(app) == 0


def test_add_refuses_empty_script_and_leaves_db_untouched(
    run: Cli, app: App, tmp_path: Path
) -> None:
    empty = tmp_path / "trong.txt"
    empty.write_text("\n \n", encoding="utf-8")
    result = run("segment", "add", "--file", str(empty), "-c", "cchc")
    assert result.exit_code == 1
    assert "Lỗi: Kịch bản trong.txt trống." in result.output
    assert count(app) == 0


def test_add_refuses_missing_file(run: Cli, app: App) -> None:
    result = run("segment", "add", "--file", "khong-co.txt", "-c", "cchc")
    assert result.exit_code == 1
    assert "Không tìm thấy tệp «khong-co.txt»" in result.output


def test_add_refuses_unknown_category_listing_known_ones(run: Cli, app: App) -> None:
    result = run("segment", "add", "--text", "Tin", "-c", "the-thao")
    assert result.exit_code == 1
    assert "Không có chuyên mục «the-thao». Hãy chọn một trong: cchc, thong-bao" in result.output
    assert count(app) == 0


def test_add_refuses_two_sources(run: Cli) -> None:
    result = run("segment", "add", "--text", "a", "--file", "b.txt", "-c", "cchc")
    assert result.exit_code == 1
    assert "Chỉ dùng một trong hai: --file hoặc --text." in result.output


def test_add_refuses_no_source(run: Cli) -> None:
    result = run("segment", "add", "-c", "cchc")
    assert result.exit_code == 1
    assert "Hãy chọn đúng một nguồn nội dung" in result.output


def test_add_refuses_end_before_start(run: Cli, app: App) -> None:
    result = run(
        "segment",
        "add",
        "--text",
        "Tin",
        "-c",
        "cchc",
        "--valid-from",
        "10/12/2026",
        "--valid-to",
        "1/12/2026",
    )
    assert result.exit_code == 1
    assert "Ngày hết hạn 01/12/2026 ở trước ngày bắt đầu 10/12/2026" in result.output
    assert count(app) == 0


def test_add_refuses_impossible_date(run: Cli) -> None:
    result = run("segment", "add", "--text", "Tin", "-c", "cchc", "--valid-to", "31/2/2026")
    assert result.exit_code == 2
    assert "Ngày «31/2/2026» không có thật" in result.output


def test_add_refuses_bad_level(run: Cli) -> None:
    result = run("segment", "add", "--text", "Tin", "-c", "cchc", "--level", "cao")
    assert result.exit_code == 1
    assert "Mức tin «cao» không hợp lệ" in result.output


def test_old_priority_option_still_works_as_level(run: Cli) -> None:
    result = run("segment", "add", "--text", "Tin", "-c", "cchc", "--priority", "urgent")
    assert result.exit_code == 0, result.output
    assert "mức ưu tiên" in result.output


def test_list_filters(run: Cli) -> None:
    add_seed(run)
    run("segment", "add", "--text", "Tiêm phòng", "-c", "y-te", "--valid-to", "1/12/2026")
    assert "Tiêm phòng" not in run("segment", "list", "-c", "cchc").output
    assert "Tiêm phòng" in run("segment", "list", "--status", "draft").output
    assert "Tiêm phòng" not in run("segment", "list", "--date", "2/12/2026").output
    assert "Chưa có tin bài nào phù hợp." in run("segment", "list", "--status", "retired").output


def test_list_refuses_unknown_status(run: Cli) -> None:
    result = run("segment", "list", "--status", "xong")
    assert result.exit_code == 1
    assert "Trạng thái «xong» không hợp lệ" in result.output


def test_show_prints_script_status_and_history(run: Cli) -> None:
    sid = add_seed(run)
    run("segment", "approve", str(sid), "--by", "Nguyễn Văn A")
    result = run("segment", "show", str(sid))
    assert result.exit_code == 0
    assert "Trạng thái: đã duyệt — duyệt bởi Nguyễn Văn A" in result.output
    assert "Ngày 22/2/2023 ủy ban nhân dân xã Việt Hưng" in result.output
    assert "tạo mới: 000_35295bc7bd5032d9.txt" in result.output
    assert "duyệt: Nguyễn Văn A" in result.output


def test_show_unknown_segment(run: Cli) -> None:
    result = run("segment", "show", "99")
    assert result.exit_code == 1
    assert "Lỗi: Không có tin bài số 99. Hãy xem lại số tin trong danh sách tin bài." in (
        result.output
    )


def test_edit_script_makes_audio_stale_and_needs_new_approval(run: Cli, app: App) -> None:
    sid = add_seed(run)
    run("segment", "approve", str(sid), "--by", "A")
    with app.db.transaction() as session:
        seg = session.get(Segment, sid)
        assert seg is not None
        seg.audio_stale = False
        seg.audio_duration = 12.0
    result = run("segment", "edit", str(sid), "--text", "Nội dung mới")
    assert result.exit_code == 0, result.output
    assert "chờ duyệt" in result.output
    with app.db.transaction() as session:
        seg = session.get(Segment, sid)
        assert seg is not None
        assert seg.audio_stale and seg.status == "draft" and seg.script_text == "Nội dung mới"
        actions = [e.action for e in session.scalars(select(SegmentEvent))]
        assert actions == ["created", "approved", "edited"]


def test_edit_title_keeps_approval(run: Cli) -> None:
    sid = add_seed(run)
    run("segment", "approve", str(sid), "--by", "A")
    result = run("segment", "edit", str(sid), "--title", "Tên mới")
    assert "(đã duyệt)" in result.output


def test_edit_nothing_is_refused(run: Cli) -> None:
    sid = add_seed(run)
    result = run("segment", "edit", str(sid))
    assert result.exit_code == 1
    assert "Chưa có gì để sửa." in result.output


def test_approve_twice_and_retire(run: Cli) -> None:
    sid = add_seed(run)
    assert run("segment", "approve", str(sid), "--by", "A").exit_code == 0
    again = run("segment", "approve", str(sid), "--by", "B")
    assert again.exit_code == 1 and "đã được A duyệt rồi" in again.output
    retired = run("segment", "retire", str(sid))
    assert retired.exit_code == 0 and "Đã ngừng phát tin bài số 1" in retired.output
    assert "đã ngừng phát từ trước" in run("segment", "retire", str(sid)).output
    edit = run("segment", "edit", str(sid), "--title", "x")
    assert edit.exit_code == 1 and "đã ngừng phát nên không sửa được" in edit.output
    assert "đã ngừng" in run("segment", "list").output
