"""The report as a Vietnamese administrative document (.docx), ready to print and sign.

Laid out the way commune documents are (Nghị định 30/2020/NĐ-CP): issuing body and
national motto side by side, number and place-date line, title, body with the tables
and the chart, «Nơi nhận» and the station head's signature; Times New Roman on A4.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from broadcaster.catalogue.dates import format_date, format_duration
from broadcaster.labels import HEARD_LABELS, OUTCOME_LABELS
from broadcaster.report.numbers import MonthReport, period_text
from broadcaster.settings import Settings

FONT = "Times New Roman"
APPENDIX_LIMIT = 1000  # rows of the airing list printed; the full list is in CSV/XLSX


def _number(n: float) -> str:
    return f"{round(n):,}".replace(",", ".")


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _run(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = 13,
    underline: bool = False,
) -> None:
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # type: ignore[union-attr]


def _para(
    container: object,
    text: str = "",
    *,
    align: int | None = None,
    bold: bool = False,
    italic: bool = False,
    size: float = 13,
    indent: bool = False,
) -> Paragraph:
    paragraph: Paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    if align is not None:
        paragraph.alignment = align  # type: ignore[assignment]
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(3)
    if indent:
        fmt.first_line_indent = Cm(1)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        _run(paragraph, text, bold=bold, italic=italic, size=size)
    return paragraph


def _cell_text(
    table: Table, row: int, col: int, lines: list[tuple[str, dict[str, object]]]
) -> None:
    cell = table.cell(row, col)
    cell.paragraphs[0].text = ""
    for i, (text, style) in enumerate(lines):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        _run(paragraph, text, **style)  # type: ignore[arg-type]


def _widths(table: Table, widths: list[float]) -> None:
    """Fixed column widths that Word and LibreOffice both honour (grid and every cell)."""
    table.autofit = False
    for i, width in enumerate(widths):
        table.columns[i].width = Cm(width)
        for cell in table.columns[i].cells:
            cell.width = Cm(width)


def _grid(
    document: object, headers: list[str], rows: list[list[str]], widths: list[float]
) -> Table:
    table: Table = document.add_table(rows=1, cols=len(headers))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page
    repeat.set(qn("w:val"), "true")
    header_row.append(repeat)
    for i, header in enumerate(headers):
        cell = table.rows[0].cells[i]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(cell.paragraphs[0], header, bold=True, size=11)
    template = table.add_row()
    for cell in template.cells:
        _run(cell.paragraphs[0], "-", size=11)  # a placeholder text node to fill in
    _widths(table, widths)
    # Rows are copies of one formatted row (python-docx's add_row is quadratic in rows).
    tr = template._tr
    for values in rows:
        row = deepcopy(tr)
        for t, value in zip(row.iter(qn("w:t")), values, strict=True):
            t.text = value
        tr.addprevious(row)
    tr.getparent().remove(tr)
    return table


def heard_text(report: MonthReport) -> str:
    """How airtime was measured, and what the air-check recording showed of it."""
    method = (
        "Thời lượng được tính từ nhật ký phát sóng: thời điểm thực tế phần mềm đưa âm thanh "
        "ra loa đến khi kết thúc (không lấy theo lịch)."
    )
    checked = {k: v for k, v in report.heard.items() if k}
    if not checked:
        return method + (
            " Đài chưa ghi âm kiểm tra từ loa (monitor), nên các lượt phát chưa có "
            "bằng chứng nghe thấy trên loa."
        )
    counts = report.heard
    return method + (
        " Mỗi lượt phát được đối chiếu với bản ghi âm thu từ đường ra loa (ghi liên tục, so "
        "khớp âm thanh của tin với bản ghi quanh thời điểm phát): "
        f"{_number(counts.get('verified', 0))} lượt nghe thấy trọn vẹn trên loa, "
        f"{_number(counts.get('partly-heard', 0))} lượt chỉ nghe thấy một phần, "
        f"{_number(counts.get('not-heard', 0))} lượt không nghe thấy, "
        f"{_number(counts.get('no-evidence', 0) + counts.get(None, 0))} lượt không có bản ghi."
    )


def write_docx(
    report: MonthReport,
    settings: Settings,
    chart: Path | None,
    path: Path,
    number: str = "",
    place: str = "",
) -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)

    commune = report.commune or "…"
    body = settings.station_name.upper()
    head = document.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_text(
        head,
        0,
        0,
        [
            (f"UBND XÃ {commune.upper()}", {"size": 12}),
            (body.replace("ĐÀI", "ĐÀI", 1), {"bold": True, "size": 12}),
            ("________", {"size": 10}),
        ],
    )
    _cell_text(
        head,
        0,
        1,
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "size": 12}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True, "size": 13}),
            ("____________________", {"size": 10}),
        ],
    )
    _cell_text(head, 1, 0, [(f"Số: {number or '      '}/BC-ĐTT", {"size": 13})])
    d = report.made_on
    _cell_text(
        head,
        1,
        1,
        [
            (
                f"{place or commune}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}",
                {"italic": True, "size": 13},
            )
        ],
    )
    _widths(head, [6.0, 10.0])

    _para(document)
    _para(document, "BÁO CÁO", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14)
    _para(
        document,
        f"Kết quả hoạt động phát sóng tháng {report.month:02d} năm {report.year}",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        bold=True,
        size=14,
    )
    _para(document, "________", align=WD_ALIGN_PARAGRAPH.CENTER, size=10)

    t = report.totals
    _para(document, f"Thời gian báo cáo: {period_text(report)}.", indent=True)
    _para(document, "I. KẾT QUẢ CHUNG", bold=True)
    if report.empty:
        _para(
            document,
            "Trong tháng không có lượt phát nào được ghi trong nhật ký phát sóng.",
            indent=True,
        )
    _para(
        document,
        f"Trong tháng, {report.station} đã thực hiện {_number(t.airings)} lượt phát với "
        f"{_number(t.items)} tin, bài; tổng thời lượng phát sóng {format_duration(t.seconds)} "
        f"(giờ:phút:giây), trong đó tin, bài đọc {format_duration(report.spoken_seconds)}, "
        f"ghi âm {format_duration(report.recorded_seconds)}, tiếp âm (tiếp sóng) "
        f"{format_duration(report.relayed_seconds)}. Số ngày phát sóng: "
        f"{report.broadcast_days}; số buổi phát: {report.slot_sessions}.",
        indent=True,
    )
    prev = report.previous
    change = t.airings - prev.airings
    _para(
        document,
        f"So với tháng trước ({_number(prev.airings)} lượt phát, thời lượng "
        f"{format_duration(prev.seconds)}), số lượt phát {'tăng' if change >= 0 else 'giảm'} "
        f"{_number(abs(change))} lượt, thời lượng "
        f"{'tăng' if t.seconds >= prev.seconds else 'giảm'} "
        f"{format_duration(abs(t.seconds - prev.seconds))}.",
        indent=True,
    )

    _para(document, heard_text(report), indent=True)

    _para(document, "II. THEO CHUYÊN MỤC", bold=True)
    _grid(
        document,
        ["Chuyên mục", "Lượt phát", "Tin, bài", "Thời lượng", "Tỷ lệ"],
        [
            [
                settings.category_label(c),
                _number(v.airings),
                _number(v.items),
                format_duration(v.seconds),
                _percent(report.share(v.seconds)),
            ]
            for c, v in report.by_category.items()
        ],
        [5.5, 2.5, 2.2, 3, 2.5],
    )

    _para(document)
    _para(document, "III. THEO BUỔI PHÁT VÀ THEO NGÀY", bold=True)
    _grid(
        document,
        ["Buổi phát", "Lượt phát", "Tin, bài", "Thời lượng"],
        [
            [s, _number(v.airings), _number(v.items), format_duration(v.seconds)]
            for s, v in report.by_slot.items()
        ],
        [6, 3, 3, 3.5],
    )
    if report.by_zone:
        _para(document)
        _grid(
            document,
            ["Vùng phát", "Lượt phát", "Tin, bài", "Thời lượng"],
            [
                [z, _number(v.airings), _number(v.items), format_duration(v.seconds)]
                for z, v in report.by_zone.items()
            ]
            + [
                [
                    "Toàn xã",
                    _number(report.totals.airings),
                    _number(report.totals.items),
                    format_duration(report.totals.seconds),
                ]
            ],
            [6, 3, 3, 3.5],
        )
    if chart is not None and chart.exists():
        _para(document)
        document.add_picture(str(chart), width=Cm(16))
        _para(
            document,
            f"Biểu đồ: thời lượng phát sóng theo ngày, {report.label}",
            align=WD_ALIGN_PARAGRAPH.CENTER,
            italic=True,
            size=11,
        )

    _para(document, "IV. SỰ CỐ, TIN CHƯA PHÁT", bold=True)
    if not report.problems and not report.never_aired and not report.unheard:
        _para(document, "Trong tháng không có sự cố phát sóng.", indent=True)
    if report.problems:
        _grid(
            document,
            ["Ngày", "Buổi", "Tin, bài", "Kết quả", "Lý do"],
            [
                [
                    format_date(r.day),
                    r.slot,
                    r.title,
                    OUTCOME_LABELS.get(r.outcome, r.outcome),
                    r.error,
                ]
                for r in report.problems[:APPENDIX_LIMIT]
            ],
            [2.3, 2.5, 4, 2.5, 4.7],
        )
    if report.unheard:
        _para(
            document,
            "Lượt phát không nghe thấy (hoặc chỉ nghe thấy một phần) trên loa:",
            indent=True,
        )
        _grid(
            document,
            ["Ngày", "Buổi", "Tin, bài", "Trên loa", "Bằng chứng"],
            [
                [
                    format_date(r.day),
                    r.slot,
                    r.title,
                    HEARD_LABELS.get(r.heard or "", ""),
                    r.heard_detail,
                ]
                for r in report.unheard[:APPENDIX_LIMIT]
            ],
            [2.3, 2.5, 4, 2.5, 4.7],
        )
    for site, outages in report.site_outages.items():
        days = sorted({format_date(r.day) for r in outages})
        _para(
            document,
            f"- Điểm phát {site}: {len(outages)} lượt không phát được hoặc bị gián đoạn "
            f"(ngày {', '.join(days)}).",
            indent=True,
        )
    if report.never_aired:
        _para(document, "Tin, bài đã đặt lịch nhưng chưa được phát trong tháng:", indent=True)
        for item in report.never_aired:
            _para(
                document,
                f"- {item.title} (buổi {item.slot}, "
                f"{format_date(item.date_from)} – {format_date(item.date_to)}).",
                indent=True,
            )

    _para(document)
    _para(document, "V. DANH SÁCH LƯỢT PHÁT", bold=True)
    shown = report.rows[:APPENDIX_LIMIT]
    _grid(
        document,
        ["Ngày", "Buổi", "Lịch", "Thực tế", "Thời lượng", "Tin, bài", "Kết quả"],
        [
            [
                format_date(r.day),
                r.slot,
                f"{r.scheduled:%H:%M}",
                f"{r.start:%H:%M:%S}" if r.start else "",
                format_duration(r.seconds),
                r.title,
                OUTCOME_LABELS.get(r.outcome, r.outcome),
            ]
            for r in shown
        ],
        [2.2, 2.1, 1.4, 1.9, 1.8, 4.6, 2],
    )
    if len(report.rows) > len(shown):
        _para(
            document,
            f"(In {len(shown)} trên {_number(len(report.rows))} lượt phát; danh sách "
            "đầy đủ trong tệp Excel và CSV kèm theo.)",
            italic=True,
            size=11,
        )

    _para(document)
    sign = document.add_table(rows=1, cols=2)
    _cell_text(
        sign,
        0,
        0,
        [
            ("Nơi nhận:", {"bold": True, "italic": True, "size": 12}),
            ("- UBND xã;", {"size": 11}),
            (f"- {report.receiver or 'Sở Văn hóa, Thể thao và Du lịch'};", {"size": 11}),
            ("- Lưu: VT.", {"size": 11}),
        ],
    )
    for p in sign.cell(0, 0).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _cell_text(
        sign,
        0,
        1,
        [
            ("TRƯỞNG ĐÀI", {"bold": True, "size": 13}),
            ("", {}),
            ("", {}),
            ("", {}),
            (report.head or "", {"bold": True, "size": 13}),
        ],
    )
    _widths(sign, [8.0, 8.0])
    document.save(str(path))
