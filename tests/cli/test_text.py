from pathlib import Path

from conftest import Cli


def test_normalize_reads_stdin_line_by_line(run_sqlite: Cli) -> None:
    result = run_sqlite("text", "normalize", input="Ngày 22/2/2023\n\nUBND xã đạt 92,83%\n")
    assert result.exit_code == 0
    assert result.output.split("\n") == [
        "Ngày hai mươi hai tháng hai năm hai nghìn không trăm hai mươi ba",
        "",
        "Ủy ban nhân dân xã đạt chín mươi hai phẩy tám mươi ba phần trăm",
        "",
    ]


def test_normalize_accepts_utf16_input(run_sqlite: Cli) -> None:
    result = run_sqlite("text", "normalize", input="UBND\n".encode("utf-16"))
    assert result.output == "Ủy ban nhân dân\n"


def test_normalize_refuses_an_old_encoding_as_check_does(run_sqlite: Cli) -> None:
    legacy = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n".encode("cp1252")
    result = run_sqlite("text", "normalize", input=legacy)
    assert result.exit_code == 1 and "bảng mã cũ TCVN3" in result.output
    assert result.output.startswith("Lỗi:")  # nothing normalized was printed first


def test_abbrev_add_list_remove(run_sqlite: Cli) -> None:
    added = run_sqlite("text", "abbrev", "add", "HTXNN", "hợp tác xã nông nghiệp")
    assert added.exit_code == 0 and "Đã lưu «HTXNN» → «hợp tác xã nông nghiệp»" in added.output
    assert "hợp tác xã nông nghiệp" in run_sqlite("text", "abbrev", "list").output
    spoken = run_sqlite("text", "normalize", input="HTXNN Mỹ An\n").output
    assert spoken == "hợp tác xã nông nghiệp Mỹ An\n"
    removed = run_sqlite("text", "abbrev", "remove", "HTXNN")
    assert removed.exit_code == 0
    missing = run_sqlite("text", "abbrev", "remove", "HTXNN")
    assert missing.exit_code == 1 and "không có trong bảng riêng của đài" in missing.output


def test_abbrev_add_refuses_spaces(run_sqlite: Cli) -> None:
    result = run_sqlite("text", "abbrev", "add", "HT X", "x")
    assert result.exit_code == 1 and "phải liền nhau" in result.output


def test_abbrev_add_refuses_what_would_break_or_be_lost_in_the_file(run_sqlite: Cli) -> None:
    for key, reading in (
        ("HTX", "hợp tác\nxã"),  # a line break would split the entry
        ("HTX", "hợp tác\u2028xã"),
        ("HTX", "hợp\ttác xã"),
        ("#XY", "đọc thử"),  # a comment line: saved, then never read
        (".", "chấm"),  # every full stop replaced
        ("(", "mở ngoặc"),
    ):
        result = run_sqlite("text", "abbrev", "add", key, reading)
        assert result.exit_code == 1 and "phải liền nhau" in result.output, (key, reading)
    # the station's file is still whole: the tools go on working
    assert run_sqlite("text", "abbrev", "add", "HTXNN", "hợp tác xã nông nghiệp").exit_code == 0
    assert run_sqlite("text", "abbrev", "list").exit_code == 0


def test_normalize_reads_or_drops_web_addresses_by_setting(run_sqlite: Cli, tmp_path: Path) -> None:
    line = "Xem tại dichvucong.gov.vn nhé\n"
    assert run_sqlite("text", "normalize", input=line).output == (
        "Xem tại dịch vụ công chấm gốp chấm vê en nhé\n"
    )
    home = tmp_path / "station"
    home.mkdir(exist_ok=True)
    (home / "broadcaster.toml").write_text("read_links = false\n", encoding="utf-8")
    assert run_sqlite("text", "normalize", input=line).output == "Xem tại nhé\n"


def test_check_lists_each_doubtful_span_with_its_reading_and_why(run_sqlite: Cli) -> None:
    result = run_sqlite("text", "check", input="Tổ KPX số 5 họp ngày 2/3.\nĐạt 2/3 kế hoạch.\n")
    assert result.exit_code == 0
    lines = [line.split("\t") for line in result.output.splitlines()]
    assert [(span, reading) for span, reading, _why in lines] == [
        ("KPX", "ca pê ích"),
        ("2/3", "hai trên ba"),
    ]
    assert "chữ viết tắt chưa có trong bảng" in lines[0][2]
    assert "phân số" in lines[1][2]


def test_check_prints_nothing_when_nothing_is_doubtful(run_sqlite: Cli, tmp_path: Path) -> None:
    script = tmp_path / "tin.txt"
    script.write_text("UBND xã thông báo lịch tiêm phòng ngày 20/11/2026.\n", encoding="utf-8")
    result = run_sqlite("text", "check", str(script))
    assert result.exit_code == 0 and result.output == ""


def test_check_a_segment_uses_the_station_abbreviations(run: Cli) -> None:
    added = run("segment", "add", "--text", "Hội QX xã họp.", "-c", "thong-bao", "--title", "Họp")
    assert added.exit_code == 0, added.output
    assert run("text", "check", "--segment", "1").output == (
        "QX\tquy ích\tchữ viết tắt chưa có trong bảng, máy đánh vần từng chữ cái\n"
    )
    run("text", "abbrev", "add", "QX", "Nông dân")
    assert run("text", "check", "--segment", "1").output == ""
    missing = run("text", "check", "--segment", "99")
    assert missing.exit_code != 0 and "99" in missing.output


def test_approving_a_segment_with_doubts_says_which(run: Cli) -> None:
    run("segment", "add", "--text", "Tổ KPX số 5 họp.", "-c", "thong-bao", "--title", "Họp")
    result = run("segment", "approve", "1", "--by", "Nguyễn Văn A")
    assert result.exit_code == 0
    assert "Chú ý: máy chưa chắc cách đọc 1 chỗ: «KPX» → «ca pê ích»" in result.output


def test_check_from_stdin_refuses_an_old_encoding_as_a_file_is_refused(run_sqlite: Cli) -> None:
    legacy = "Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("cp1252")
    result = run_sqlite("text", "check", input=legacy)
    assert result.exit_code == 1 and "bảng mã cũ TCVN3" in result.output
    assert run_sqlite("text", "check", input=b"").exit_code == 0
