"""Abbreviations with more than one meaning in a line about work, trade, health, study, sport
or media, decided by the words around them: ``giá CP`` of gas «xê pê»; ``17 HS … trễ hạn`` an
office's files «hồ sơ»; ``vé CAT 1`` a ticket class; ``chụp CT`` «xê tê»; ``mã HCM`` a ticker
in a line about shares; ``ống DN100`` a pipe's size; ``HD: 01/2009`` on a label «hạn dùng».
One theme of ``ambiguous``, which runs the themes in turn.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.context import (
    Rule,
    about_pupils,
    counted_after,
    line_has,
    q_meaning,
    said_in_line,
)
from broadcaster.speech.textnorm.labels import EXPIRY, ON_A_LABEL
from broadcaster.speech.textnorm.years import Q_QUARTER, YEAR_BRANCHES, YEAR_STEMS

# Words of a line about an office's files: «17 HS giải quyết trễ hạn» (elsewhere «HS» is
# the table's «học sinh»): one in the line, one near the letters, no school word near them.
_FILES = re.compile(
    r"(?i)\b(?:trễ hạn|quá hạn|đúng hạn|trước hạn|TTHC|thủ tục hành chính|dịch vụ công"
    r"|một cửa(?! hàng))\b"
)
_NEAR_FILES = re.compile(r"(?i)\b(?:giải quyết|tiếp nhận|trễ hạn|quá hạn|đúng hạn|trước hạn)\b")


def _files(m: re.Match[str]) -> bool:
    """«HS» an office's files: «đã giải quyết 17 HS … trễ hạn», not «15 HS nộp học phí quá
    hạn» (pupils)."""
    near = m.string[max(0, m.start() - 30) : m.end() + 30]
    return (
        _FILES.search(m.string) is not None
        and _NEAR_FILES.search(near) is not None
        and not about_pupils(m.string, m.start(), m.end())
    )


_PIPES = re.compile(r"(?i)\b(?:đường kính|ống|van|đồng hồ nước|mặt bích|HDPE|uPVC|PPR)\b")


def _a_pipe(m: re.Match[str]) -> bool:
    """«ống DN100», «Đường ống cấp nước DN 200», «đường kính DN ≤ 25 mm»: a pipe's nominal
    size, named in the 30 characters before; «Các DN trên 200 lao động phải lắp đồng hồ
    nước» (firms) is not."""
    return m.string[m.end() : m.end() + 1].isdigit() or bool(
        _PIPES.search(m.string, max(0, m.start() - 30), m.start())
    )


# A line about a show's tickets: «vé», «hạng ghế», «khán giả»
_TICKETS = re.compile(r"(?i)\bvé\b|\bhạng\b|\bkhán giả\b|\bconcert\b|\bđêm nhạc\b")
_CLASS_NUMBER = re.compile(r"\s?\d{1,2}[A-Z]?")


def _ticket_class(m: re.Match[str]) -> str:
    """«vé CAT 1», «hạng CAT 2», «CAT 5-CAT 1»: a ticket class; not the province's police
    counting («CAT 2 lần phát cảnh báo … vé máy bay»)."""
    number = _CLASS_NUMBER.match(m.string, m.end())
    if number is None or not line_has(_TICKETS, m.string) or counted_after(m.string, number.end()):
        return m.group(0)
    return "cát"


_GAS = re.compile(r"(?i)\b(?:gas|ga|LPG|propan|butan|Aramco)\b")
# What makes a line one about shares (for a ticker after «mã»)
_SHARES = re.compile(r"(?i)chứng khoán|cổ phiếu|cổ đông|\bHOSE\b|\bHNX\b|\bUPCoM\b")


def _q_number(m: re.Match[str]) -> str:
    """«Q3» alone: a quarter or a district by its line (``q_meaning``); else left to be
    spelled. A quarter with its year («Q3/2024») and a span («Q1-Q3») have their own rules."""
    meaning = q_meaning(m.string, m.start(), int(m.group(1)))
    return f"{meaning} {m.group(1)}" if meaning else m.group(0)


# A line that gives a lunar date: «âm lịch», «ÂL», a year by its stem and branch («Nhâm Dần»)
_LUNAR = re.compile(rf"(?i:âm lịch)|\bÂL\b|\b(?:{YEAR_STEMS})\s+(?:{YEAR_BRANCHES})\b")


RULES: tuple[Rule, ...] = (
    # «quy hoạch phân khu TL 1/2.000»: a map's scale, not «tỉnh lộ»
    (
        "TL",
        re.compile(
            r"\bTL\s*:?\s*(?=1\s*[/:]\s*(?!(?:19|20)\d\d(?!\d))(?:\d{1,3}\.\d{3}|\d{3,6})(?![\d/]))"
        ),
        "tỷ lệ ",
    ),
    # «46.334 đồng/CP», «52.000 đồng/cp»: a price per share; «3,6 triệu cp» shares counted
    # (after a bare number, in a line about shares; elsewhere the table's «Chính phủ», «cổ
    # phần»)
    (
        "CP|cp",
        re.compile(r"(?:(?<=đồng/)|(?<=đ/)|(?<=VND/)|(?<=VNĐ/))(?:CP|cp)\b(?![\w\-&])"),
        "cổ phiếu",
    ),
    (
        "cp",
        re.compile(r"(?:(?<=triệu )|(?<=nghìn )|(?<=ngàn )|(?<=tỷ ))cp\b(?![\w\-/&])"),
        "cổ phiếu",
    ),
    (
        "cp",
        re.compile(r"(?<=\d )cp\b(?![\w\-/&])"),
        said_in_line(_SHARES, "cổ phiếu"),
    ),
    # «Q3» alone: a quarter in a line about results, a district in a line about the city
    (
        "Q1|Q2|Q3|Q4|Q5|Q6|Q7|Q8|Q9",
        re.compile(rf"(?<![\w\-.,/&])(?!{Q_QUARTER})Q([1-9]|1[0-2])(?![\w\-&]|[.,/]\d)"),
        _q_number,
    ),
    # «giá CP tháng 1» of gas: Saudi Aramco's contract price, its letters (not «Chính phủ»,
    # nor a share's price «giá CP giảm sâu», left to the table and its doubt)
    (
        "CP",
        re.compile(r"(?<=[Gg]iá )CP\b(?![\w\-/])"),
        lambda m: "xê pê" if _GAS.search(m.string) else m.group(0),
    ),
    # «khối 10: 347 hs»: pupils counted; an office's files «tiếp nhận 45 hs, giải quyết …»
    (
        "hs",
        re.compile(r"(?<=\d )hs\b(?![\w/\-])"),
        lambda m: "hồ sơ" if _files(m) else "học sinh",
    ),
    # «VD: Tên dự án»: an example (elsewhere a drug registration's letters «VD-24891-16»)
    ("VD|Vd|vd", re.compile(r"\b(?:VD|Vd|vd)(?=\s*:\s*(?!VD)\S)"), "ví dụ"),
    (
        "PL",
        re.compile(r"\bPL\s*[.:]?\s*(?=25\d\d\b)"),
        "Phật lịch ",
    ),  # «Phật đản PL.2563», «PL: 2560»
    # the year of the common era after the Buddhist one: «PL.2568 – DL.2024»
    ("DL", re.compile(r"(?<=25\d\d)\s*[–-]\s*DL\s*[.:]?\s*(?=(?:19|20)\d\d\b)"), ", dương lịch "),
    # «vé CAT 1», «CAT 5 - CAT 1»: a concert's ticket class, not the province's police
    (
        "CAT|Cat",
        re.compile(r"(?<![\w/&.])(?:CAT|Cat)(?=\s?\d{1,2}[A-Z]?\b(?!\s*/))"),
        _ticket_class,
    ),
    # «vi phạm GT», «an toàn GT»: traffic
    (
        "GT",
        re.compile(r"(?i:(?<=vi phạm )|(?<=an toàn )|(?<=tai nạn )|(?<=luật ))GT\b"),
        "giao thông",
    ),
    # «các CA công cộng»: certificate authorities of digital signatures, not the police
    ("CA", re.compile(r"\bCA(?=\s+(?:công cộng|chuyên dùng)\b)"), "xê a"),
    # «tia cực tím (UV)», «chỉ số UV»: ultraviolet, not «ủy viên»
    ("UV", re.compile(r"(?i:(?<=cực tím )|(?<=cực tím \()|(?<=chỉ số )|(?<=tia ))UV\b"), "u vê"),
    # «HBsAg, HCV, HIV», «viêm gan C (HCV)»: the hepatitis C virus, not a gold medal
    (
        "HCV",
        re.compile(
            r"(?i:(?<=HBsAg, )|(?<=HBsAg và )|(?<=viêm gan )|(?<=virus )|(?<=vi rút ))HCV\b"
            r"|\bHCV(?=\s*(?:,|và)\s*HIV\b)|(?<=viêm gan C \()HCV\b"
        ),
        "hát xê vê",
    ),
    # «vụ ĐX», «vụ HT», «lúa TĐ»: the winter-spring, summer-autumn and autumn-winter crops, not
    # «đường xã»
    ("ĐX", re.compile(r"(?i:(?<=\bvụ ))ĐX\b"), "Đông Xuân"),
    ("HT", re.compile(r"(?i:(?<=\bvụ ))HT\b"), "Hè Thu"),
    ("TĐ", re.compile(r"(?i:(?<=\bvụ )|(?<=\blúa ))TĐ\b"), "Thu Đông"),
    # «hợp đồng BT», «dự án BOT, BT»: build-transfer, not the table's «Bí thư»
    (
        "BT",
        re.compile(r"(?i:(?<=hợp đồng )|(?<=hình thức ))BT\b|(?<=BOT, )BT\b|(?<=BOT và )BT\b"),
        "bê tê",
    ),
    # «phong trào KHKT của dòng họ»: in a line about study, «khuyến học khuyến tài», not the
    # table's «khoa học kỹ thuật»
    (
        "KHKT",
        re.compile(r"\bKHKT\b(?=.*(?i:khuyến học|hiếu học|dòng họ))"),
        "khuyến học khuyến tài",
    ),
    (
        "KHKT",
        re.compile(r"((?i:khuyến học|hiếu học|dòng họ).*?)\bKHKT\b"),
        r"\1khuyến học khuyến tài",
    ),
    # «máy CNC», «kỹ thuật CNC»: a machine tool's letters, not the table's «công nghệ cao»
    (
        "CNC",
        re.compile(
            r"(?i:(?<=máy )|(?<=kỹ thuật )|(?<=gia công )|(?<=phay )|(?<=tiện )|(?<=vận hành )"
            r"|(?<=tạo hình )|(?<=cắt )|(?<=khắc ))"
            r"CNC\b"
        ),
        "xê en xê",
    ),
    # «chụp CT», «CT Scanner»: the scan's letters, not the table's «chỉ thị»
    ("CT", re.compile(r"(?:(?i:(?<=chụp )|(?<=phim ))CT\b|\bCT(?= Scan| liều))"), "xê tê"),
    # «mắc BNN», «phòng chống BNN»: an occupational disease, not the ministry
    (
        "BNN",
        re.compile(r"(?i:(?<=mắc )|(?<=bị )|(?<=phòng chống )|(?<=phòng ngừa ))BNN\b"),
        "bệnh nghề nghiệp",
    ),
    # «QS WUR 2024», «bảng xếp hạng QS», «Quacquarelli Symonds (QS)»: the ranking's letters,
    # not the table's «quân sự»
    (
        "QS",
        re.compile(
            r"(?:(?i:(?<=xếp hạng ))|(?<=Symonds \())QS\b"
            r"|\bQS(?= (?:WUR|World|Asia|Rankings|Stars)\b)"
        ),
        "quy ét",
    ),
    # «kênh chuẩn HD», «độ phân giải Full HD»: high definition, not the table's «hướng dẫn»
    (
        "HD",
        re.compile(r"(?i:(?<=chuẩn )|(?<=kênh )|(?<=full )|(?<=phân giải ))HD\b(?![\w\-/])"),
        "hát đê",
    ),
    # «mã HCM», «Mã chứng khoán VHC»: a listed company's ticker, by its letters, in a line
    # about shares (the table's «HCM» is the city; «mã PIN», «mã OTP» are no tickers)
    (
        "mã|Mã",
        re.compile(
            r"(?i:(?<=\bmã )|(?<=\bmã chứng khoán )|(?<=\bmã cổ phiếu ))"
            r"(?!PIN\b|OTP\b)[A-Z]{3}\b(?![\w\-/&])"
        ),
        lambda m: spell(m.group(0), latin=True) if _SHARES.search(m.string) else m.group(0),
    ),
    # «từ No.11 lên No.9» on a chart, «NO. 5»: a number, «số» (once after «số No.12»)
    ("No.|NO.", re.compile(r"\b(?:số\s+)?(?:No|NO)\.\s?(?=\d)"), "số "),
    # «TH1: Nếu …», «- TH2:», «…; TH2: …», «TH 1:»: a numbered case opening a line or a
    # sentence (the table's «TH» is a school)
    (
        "TH",
        re.compile(r"(?m)(?:^|(?<=^[-+•*] )|(?<=[.;] ))TH\s?(?=\d{1,2}\s*:)"),
        "trường hợp ",
    ),
    # «Khoa học TN», «Khoa học tự nhiên»: natural sciences, a school subject
    ("TN", re.compile(r"(?i:(?<=khoa học ))TN\b(?![\w\-/&])"), "tự nhiên"),
    # «Sở VH-TT», «Trung tâm VH-TT»: culture and sport today (not the old «thông tin»)
    ("VH-TT", re.compile(r"(?i:(?<=sở )|(?<=trung tâm ))VH-TT\b(?![\w\-&])"), "văn hóa thể thao"),
    # «điểm TB cần đạt từ 6,5»: an average mark, not a notice
    ("TB", re.compile(r"(?i:(?<=\bđiểm ))TB\b(?![\-/&])"), "trung bình"),
    # «1 ml/10 kg TT»: the body weight a veterinary dose is measured by, not a circular
    ("TT", re.compile(r"(?<=\bkg )TT\b(?![\-&]|\.\w)"), "thể trọng"),
    # «hoạt động CM trước ngày 01/01/1945»: the revolution; «biển số Lào UN-1259»: a plate's
    # letters, not the United Nations
    (
        "CM",
        re.compile(r"(?<=hoạt động )CM(?= (?:trước|từ|tiền|thời|trong kháng chiến)\b)"),
        "cách mạng",
    ),
    # «(Dl. 14 và 16-11-2022)», «DL 14/11/2022»: the solar calendar's date in a line that gives
    # the lunar one too; «du lịch» elsewhere («Sở VHTT&DL ngày 14/11/2022», «khách DL 2 - 3 ngày»)
    (
        "DL|Dl",
        re.compile(
            r"(?<![&\-–,/])\b(?:DL|Dl)\b\.?\s*(?=(?:ngày\s+)?\d{1,2}\s*(?:[/.\-–]|và|,)\s*\d)"
        ),
        said_in_line(_LUNAR, "dương lịch "),
    ),
    # «HD: 01/2009», «HD 06/12/2014», «HD: 120212» on a label: an expiry date, «hạn dùng» (not
    # «Theo HD 12/2024», a guidance, nor «Ký HD 01/2024», a contract, the table's readings)
    (
        "HD",
        re.compile(r"\bHD(?=\s*:?\s*\d{1,2}\s*[/.\-]\s*\d{1,4}\b|\s*:?\s*\d{6,8}\b)"),
        lambda m: EXPIRY if ON_A_LABEL.search(m.string) else m.group(0),
    ),
    # «giải quyết 8,96 ngàn HS … trễ hạn»: an office's files
    (
        "HS",
        re.compile(r"(?<![\w\-/&.])HS\b(?![\w\-/&]|\.\w|\s+(?:giỏi|khá|tiên tiến|nghèo)\b)"),
        lambda m: "hồ sơ" if _files(m) else m.group(0),
    ),
    # «đường kính DN ≤ 25 mm», «ống DN100»: a pipe's nominal size by its letters, not
    # «doanh nghiệp»
    (
        "DN",
        re.compile(
            r"\bDN(?=\s+(?:không quá|trên|dưới|từ|bằng|lớn hơn|nhỏ hơn)\s+\d"  # signs read
            r"|\s?\d{2,4}(?:\s?mm)?\b(?![.,]\d))"
        ),
        lambda m: "đê en " if _a_pipe(m) else m.group(0),
    ),
    # «Điểm TBC ≥ 5.00», «TBC các môn»: a school's average mark, not «Tổ bầu cử»
    (
        "TBC",
        re.compile(
            r"(?<=Điểm )TBC\b(?!\s+(?:số|\d))"  # not a polling place «điểm TBC số 2»
            r"|\bTBC(?= (?:các môn|cả năm|môn|năm học|học kỳ|HK\w*)\b)"
        ),
        "trung bình chung",
    ),
)
