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


def test_normalize_reads_or_drops_web_addresses_by_setting(run_sqlite: Cli, tmp_path: Path) -> None:
    line = "Xem tại dichvucong.gov.vn nhé\n"
    assert run_sqlite("text", "normalize", input=line).output == (
        "Xem tại dichvucong chấm gốp chấm vê en nhé\n"
    )
    home = tmp_path / "station"
    home.mkdir(exist_ok=True)
    (home / "broadcaster.toml").write_text("read_links = false\n", encoding="utf-8")
    assert run_sqlite("text", "normalize", input=line).output == "Xem tại nhé\n"
