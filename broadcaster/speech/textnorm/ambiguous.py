"""Abbreviations with more than one meaning, decided by the words around them before the
table reads them: ``SN 1985`` is «sinh năm» before a year but ``SN 12`` is «số nhà»; ``TT``
before a place name is «thị trấn», elsewhere «thông tư»; ``CT UBND`` is «Chủ tịch», ``CT`` alone
«chỉ thị»; ``ĐT 0912…`` is «điện thoại», ``ĐT 605`` a provincial road («đường tỉnh»); ``Q. Chủ
tịch`` is «quyền», ``Q.1`` «quận»; ``BS`` before a licence plate is «biển số», elsewhere «bác
sĩ». Those the words around leave undecided are shown to the operator as doubts
(``manymeanings``). Run before the number rules (the plate rule first of all), which turn
the digits into words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from broadcaster.speech.textnorm.codes import LETTERS, spell
from broadcaster.speech.textnorm.context import (
    about_pupils,
    clause_around,
    counted_after,
    directly_before,
)
from broadcaster.speech.textnorm.initials import read_person_initials
from broadcaster.speech.textnorm.labels import ON_A_LABEL

_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^\W\d_]+"
_NAME_START = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][a-zà-ỹđ]"  # a name's first letters, «Ng», «Ch»
# Offices a «CT» (chairman) heads: «CT UBND», «CT.UBND xã», «CT Hội».
OFFICE_ABBREVIATIONS = ("UBND", "HĐND", "UBMTTQ", "MTTQ")
_OFFICE = (
    rf"(?:{'|'.join(OFFICE_ABBREVIATIONS)}|Ủy ban|Hội|Hội đồng|xã|huyện|tỉnh|phường|thị trấn|nước)"
)

_WATER = r"(?:đường th(?:ủy|uỷ)|phà|ca nô|tàu|thuyền|sông|bến)"
# Words of a line about workers' work and pay
_AT_WORK = re.compile(
    r"(?i)\b(?:tăng ca|làm thêm giờ|nợ lương|trả lương|tiền lương|đơn hàng|tạm nghỉ|nghỉ việc"
    r"|khu công nghiệp|KCN|người lao động)\b"
)
_WEEKDAY_BEFORE = re.compile(r"(?i)(?:thứ\s*\d|\bT\d)\s*(?:,|và|-)\s*$")


def _workers(m: re.Match[str]) -> bool:
    """«CN» workers in a line about work and pay, not Sunday after a weekday («thứ 7, CN»)."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    return bool(_AT_WORK.search(m.string)) and not _WEEKDAY_BEFORE.search(before)


# Words of a line about an office's files: «17 HS giải quyết trễ hạn» (elsewhere «HS» is
# the table's «học sinh»): one in the line, one near the letters, no school word near them.
_FILES = re.compile(
    r"(?i)\b(?:trễ hạn|quá hạn|đúng hạn|trước hạn|TTHC|thủ tục hành chính|dịch vụ công"
    r"|một cửa(?! hàng))\b"
)
_NEAR_FILES = re.compile(r"(?i)\b(?:giải quyết|tiếp nhận|trễ hạn|quá hạn|đúng hạn|trước hạn)\b")


_PIPES = re.compile(r"(?i)\b(?:đường kính|ống|van|đồng hồ nước|mặt bích|HDPE|uPVC|PPR)\b")


def _a_pipe(m: re.Match[str]) -> bool:
    """«ống DN100», «Đường ống cấp nước DN 200», «đường kính DN ≤ 25 mm»: a pipe's nominal
    size, named in the 30 characters before; «Các DN trên 200 lao động phải lắp đồng hồ
    nước» (firms) is not."""
    return m.string[m.end() : m.end() + 1].isdigit() or bool(
        _PIPES.search(m.string, max(0, m.start() - 30), m.start())
    )


_SIGNED_PAPER = re.compile(r"(?i)\b(?:quyết định|chỉ thị|công điện)\b")


def _signed(m: re.Match[str]) -> bool:
    """A decision, a directive or a dispatch named in the 60 characters before."""
    paper = _SIGNED_PAPER.search(m.string, max(0, m.start() - 60), m.start())
    if paper is None:
        return False
    around = m.string[paper.end() : m.end() + 40].lower()
    return "thanh tra" not in around  # «Quyết định thanh tra của TTCP»: the inspectorate's


def _files(m: re.Match[str]) -> bool:
    """«HS» an office's files: «đã giải quyết 17 HS … trễ hạn», not «15 HS nộp học phí quá
    hạn» (pupils)."""
    near = m.string[max(0, m.start() - 30) : m.end() + 30]
    return (
        _FILES.search(m.string) is not None
        and _NEAR_FILES.search(near) is not None
        and not about_pupils(m.string, m.start(), m.end())
    )


# A line about a show's tickets: «vé», «hạng ghế», «khán giả»
_TICKETS = re.compile(r"(?i)\bvé\b|\bhạng\b|\bkhán giả\b|\bconcert\b|\bđêm nhạc\b")


@lru_cache(maxsize=8)
def _line_has(cue: re.Pattern[str], text: str) -> bool:
    """Whether a line holds a cue, asked once per line and cue however many matches ask (each
    asking anew was quadratic on a long line)."""
    return cue.search(text) is not None


_CLASS_NUMBER = re.compile(r"\s?\d{1,2}[A-Z]?")


def _ticket_class(m: re.Match[str]) -> str:
    """«vé CAT 1», «hạng CAT 2», «CAT 5-CAT 1»: a ticket class; not the province's police
    counting («CAT 2 lần phát cảnh báo … vé máy bay»)."""
    number = _CLASS_NUMBER.match(m.string, m.end())
    if number is None or not _line_has(_TICKETS, m.string) or counted_after(m.string, number.end()):
        return m.group(0)
    return "cát"


# A line about a mobile network's service: «gói cước», «SIM», «nhà mạng», «roaming» (not «di
# động», which any notice's phone number has)
_NETWORK = re.compile(
    r"(?i)\b(?:gói cước|SIM|nhà mạng|roaming|chuyển vùng|MobiFone|Viettel|VinaPhone)\b"
)


_GAS = re.compile(r"(?i)\b(?:gas|ga|LPG|propan|butan|Aramco)\b")


# Words of a clause about a crime (not «điều tra» alone: a survey too)
_CRIME = re.compile(
    r"(?i)\b(?:(?:đình chỉ|kết luận|quyết định|hồ sơ) điều tra|điều tra viên|khởi tố|bị can|bị cáo"
    r"|tạm giam|vụ án|phạm tội|truy nã|tố giác|hình sự|xác minh|thụ lý|công an)\b"
)
_UNION = r"(?:[Cc]ông đoàn|CNVC|LĐLĐ|CĐCS|đoàn viên|người lao động|NLĐ|mái ấm)"

# Titles before a name; the dot after one is no sentence's end: «TS. Nguyễn Văn Hà»
_TITLES = r"(?:GS|PGS|TS|TSKH|ThS|Ths|BS|Bs|KS|LS|NSƯT|NSND|NGƯT|NGND)"

# What makes a line one about shares (for a ticker after «mã»)
_SHARES = re.compile(r"(?i)chứng khoán|cổ phiếu|cổ đông|\bHOSE\b|\bHNX\b|\bUPCoM\b")
# Each rule: what a line must hold for the rule to match («KS», «VD|Vd|vd»: one of these; a
# substring test is far cheaper than a pass of the pattern), the pattern, and its reading.
RULES: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # «KS. Tuấn» (not «KS Mường Thanh», a hotel); «LS Trần Viết Hà»
    ("KS", re.compile(r"\bKS\.\s*(?=[A-ZĐ][^\W\d_]+)"), "kỹ sư "),
    ("LS", re.compile(r"\bLS(?:\.\s*|\s+)(?=[A-ZĐ][^\W\d_]+ [A-ZĐ])"), "luật sư "),  # not «LSEG»
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
    # «GS.VS Châu Văn Minh», «GS VS», «GS.TSKH.VS», «VS.GS»: an academician among the titles
    (
        "VS",
        re.compile(
            rf"\b(GS|TSKH)(?:[.,]\s?|\s)VS\b\.?\s*(?={_NAME_START})"
            rf"|\bVS\.(?=(?:GS|TSKH)\.?\s*{_NAME_START})"
        ),
        lambda m: f"{m.group(1)} viện sĩ " if m.group(1) else "viện sĩ ",
    ),
    (".", re.compile(rf"\b({_TITLES})\.\s*(?=[A-ZĐ][^\W\d_]+)"), r"\1 "),
    # «SN 1985», «(SN 1892,» after a name: born; not «tại SN 1950 đường …», a house
    (
        "SN|sn|Sn",
        re.compile(
            r"(?<!tại )\b(?:SN|sn|Sn)\s*[:,]?\s*(?=(?:19|20)\d\d\b(?!\s+(?:đường|phố|ngõ)))"
            r"|(?:(?<=\()|(?<=, ))SN\s*(?=18\d\d\b)"
        ),
        "sinh năm ",
    ),
    ("SN", re.compile(r"\bSN\s*:?\s*(?=\d)"), "số nhà "),
    # «85.000 TS», «1.200 TS»: candidates counted in hundreds or more («5 TS» are doctors)
    ("TS", re.compile(r"(?<=\d{3} )TS\b"), "thí sinh"),
    # «các TS sẽ bắt đầu làm bài thi», «TS dự thi», «TS trúng tuyển»: those who sit an exam
    (
        "TS",
        re.compile(
            r"\bTS\b(?=(?:\s+(?:sẽ|đã|được|bắt đầu|tiếp tục))*"
            r"\s+(?:làm bài|dự thi|thi(?! hành| công| đua)|trúng tuyển|nhập học|xét tuyển)\b)"
        ),
        "thí sinh",
    ),
    ("NS", re.compile(r"\bNS\s*:?\s*(?=(?:19|20)\d\d\b)"), "năm sinh "),
    # «TT Huế», «TT. Huế», «TT.Huế», «TT - Huế», «TT HUẾ»: the province, not a town
    ("TT", re.compile(r"(?<![.&\-])\bTT\s*[.\-–]?\s*(?=Huế\b|HUẾ\b)"), "Thừa Thiên "),
    # «Phó Chủ tịch TT UBND»: the standing member of a council, not a town
    (
        "TT",
        re.compile(r"(?<![.&\-])\bTT(?=\s+(?:UBND|HĐND|MTTQ|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy)\b)"),
        "thường trực",
    ),
    (
        "TT",
        re.compile(
            rf"(?<![.&\-])\bTT\.?\s+(?={_NAME})(?!Y\b|Văn\b|Chính\b|Phục\b|Dự\b|Khuyến\b|GD)"
        ),
        "thị trấn ",
    ),
    (
        "TT",
        re.compile(
            r"\bTT\.?\s*(?=(?:[Yy] tế|Văn hóa|Chính trị|Phục vụ|Dự báo|Khuyến nông|GDTX|GDNN))"
        ),
        "Trung tâm ",
    ),
    ("CT", re.compile(rf"\b(P?CT)(?:\.\s*|\s+)(?={_OFFICE})"), "CT_"),  # «CT UBND», «CT.UBND»
    # a telephone number of nine digits or more follows; «sà lan ĐT 07920» is a hull's code
    # «ĐT: 0912…», «ĐT (028)…»: a phone (not «GD&ĐT (Cục …)», «Bộ KH-ĐT (…)»)
    (
        "ĐT",
        re.compile(r"(?<![A-ZĐ][-&])\bĐT(?=\s*:?\s*(?:\+|\(|0\d(?:[\s.]?\d){7}))"),
        "điện thoại",
    ),
    ("ĐT", re.compile(r"(?<=đường )ĐT\s*\.?\s*(?=[1-9]\d{2}[A-Z]?\b)"), "tỉnh "),
    ("ĐT", re.compile(r"\bĐT\s*\.?\s*(?=[1-9]\d{2}[A-Z]?\b)"), "đường tỉnh "),  # «ĐT.826C»
    # a telecom company's business centre, else the table's «truyền thanh không dây»
    (
        "TTKD",
        re.compile(r"\bTTKD(?=\s*[-–]?\s*(?:VNPT|Viettel|MobiFone|Mobifone|Vinaphone)\b)"),
        "Trung tâm Kinh doanh",
    ),
    # «KH đăng ký gói», «Quý KH»: a customer who acts or is addressed, not a plan
    (
        "KH",
        re.compile(
            r"(?i:(?<=\bquý ))KH\b|\bKH(?=\s+(?:đăng ký|trả|sử dụng|có nhu cầu|vui lòng"
            r"|thanh toán|liên hệ|mua|nạp|gọi)\b)"
            # «đồng/tháng/SĐT/KH», «đồng/KH/tháng»: a fee per customer, in a chain of «per»
            r"|(?:(?<=đồng/)|(?<=tháng/)|(?<=năm/)|(?<=SĐT/)|(?<=TB/))KH(?![\w\-–&]|\.\w)"
        ),
        "khách hàng",
    ),
    (
        "PL",
        re.compile(r"\bPL\s*[.:]?\s*(?=25\d\d\b)"),
        "Phật lịch ",
    ),  # «Phật đản PL.2563», «PL: 2560»
    # the year of the common era after the Buddhist one: «PL.2568 – DL.2024»
    ("DL", re.compile(r"(?<=25\d\d)\s*[–-]\s*DL\s*[.:]?\s*(?=(?:19|20)\d\d\b)"), ", dương lịch "),
    # a town's order squad, not the table's «thông tin điện tử» of a web portal
    # «đội TTĐT», «xây dựng, TTĐT-VSMT»: the town's order (beside building and sanitation)
    (
        "TTĐT",
        re.compile(
            r"(?i:(?<=\bđội )|(?<=lực lượng )|(?<=quản lý )|(?<=tổ công tác ))TTĐT\b"
            r"|(?:(?<=xây dựng, )|(?<=xây dựng và ))TTĐT\b"
            r"|(?<![Cc]ổng )(?<![Tt]rang )\bTTĐT(?=\s*[-–&,]\s*(?:VSMT|XD|ATGT|xây dựng|vệ sinh)\b)"
        ),
        "trật tự đô thị",
    ),
    ("Q.", re.compile(r"\bQ\.\s*(?=(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Chánh))"), "quyền "),
    ("Q.", re.compile(r"\bQ\.\s*(?=\d)"), "quận "),
    (
        "Q.",
        re.compile(r"(?<=\w )Q\.(?=\s*[(,;:)]|\s+[a-zà-ỹđ]|\s*$)"),
        "Quy ",
    ),  # «anh Phan Công Q.»
    ("Q.", re.compile(rf"(?<![A-ZĐ]\.)\bQ\.\s*(?={_NAME})"), "quận "),
    # «P.trưởng ban», «P.Chủ tịch»: a deputy, before «P.» as «phường»
    (
        "P.",
        re.compile(r"\bP\.\s*(?=(?i:trưởng|giám đốc|chủ tịch|bí thư|hiệu trưởng|chánh)\b)"),
        "phó ",
    ),
    ("QL", re.compile(r"\bQL\s*\.\s*(?=\d{1,3}[A-Z]?\b)"), "Quốc lộ "),  # «QL.37», «QL.3B»
    # «Luật GTĐT nội địa»: inland waterways; «(P5, Q.11)»: a ward, then its district
    ("GTĐT", re.compile(r"\bGTĐT(?=\s+nội địa)"), "giao thông đường thủy"),
    (
        "P1|P2|P3|P4|P5|P6|P7|P8|P9",
        re.compile(r"\bP(?=\d{1,2},?\s*(?:Q\.?\s?\d|[Qq]uận\b))"),
        "phường ",
    ),
    # «(P. 103, nhà A1)», «P.1205 tầng 12»: a room in a building (not «P.103, nhà chờ», a sign)
    (
        "P.",
        re.compile(r"(?<![\w.])P\.\s*(?=\d{3,4}[A-Z]?\s*,?\s*(?:nhà [A-Z]\d*\b|tầng|dãy|tòa))"),
        lambda m: "" if directly_before(m.string, m.start()) == "phòng" else "phòng ",
    ),
    # «P.115», «W.207a»: a road sign's number (wards are numbered up to 2 digits)
    (
        "P.|W.|R.|I.|S.",
        re.compile(r"(?<![\w.])([PWRIS])\.(?=\d{3}[a-z]?\b)"),
        lambda m: f"{LETTERS[m.group(1)]} ",
    ),
    ("P.", re.compile(rf"(?<![A-ZĐ]\.)\bP\.\s*(?=\d\d?\b|{_NAME})"), "phường "),
    # «x. Vang» (not «khóa X. Như vậy», a term's numeral ending a sentence)
    (
        "X.|x.",
        re.compile(rf"(?<![A-ZĐ]\.)(?<![Kk]hóa )(?<![Kk]hoá )(?<!thứ )\b[Xx]\.\s*(?={_NAME})"),
        "xã ",
    ),
    ("H.", re.compile(r"\bH\.(?=[A-ZĐ] [A-ZĐ][a-zà-ỹđ])"), "huyện "),  # «H.A Lưới»
    ("CS", re.compile(r"\bCS(?=11[34]\b)"), "cảnh sát "),  # «CS113», the police line
    ("T.", re.compile(rf"\bT\.\s?[Pp]\.?\s*(?={_NAME})"), "thành phố "),  # «T.P Sông Công»
    (
        "CP",
        re.compile(r"\bCP(?=\s?\d{3,}\b)"),
        "xê pê",
    ),  # a feed's brand: «CP 994», not «Chính phủ»
    ("CT", re.compile(r"\bCT(?=\s+(?:CP|CPTM|TNHH|CPĐT)\b)"), "Công ty"),  # «CT CPTM BAC»
    # «2 Phó CT Nguyễn …», «Phó CT-UBND xã», «Phó CT/Thường trực» (not «ứng phó CT số 12»)
    ("CT", re.compile(r"(?<!ứng phó )(?<!đối phó )(?i:(?<=\bphó ))CT\b(?![&]|\.\w)"), "Chủ tịch"),
    # «vé CAT 1», «CAT 5 - CAT 1»: a concert's ticket class, not the province's police
    (
        "CAT|Cat",
        re.compile(r"(?<![\w/&.])(?:CAT|Cat)(?=\s?\d{1,2}[A-Z]?\b(?!\s*/))"),
        _ticket_class,
    ),
    # «BCH Quân sự tỉnh», «BCH Bộ đội Biên phòng»: a province's command (a commune's is the
    # table's «Ban Chỉ huy quân sự xã»), not a party's committee
    (
        "BCH",
        re.compile(r"\bBCH(?=\s+(?:(?:Quân sự|quân sự|QS)\s+tỉnh|Bộ đội|BĐBP)\b)"),
        "Bộ Chỉ huy",
    ),
    # «vi phạm GT», «an toàn GT»: traffic
    (
        "GT",
        re.compile(r"(?i:(?<=vi phạm )|(?<=an toàn )|(?<=tai nạn )|(?<=luật ))GT\b"),
        "giao thông",
    ),
    ("CS", re.compile(r"\bCS(?=[1-9]\b)"), "cơ sở "),  # «CS1: Khu 22 xã …», a branch
    ("H.", re.compile(rf"(?<![A-ZĐ]\.)\bH\.\s*(?={_NAME})"), "huyện "),
    # «KP 3», «KP. Xóm Rẫy»: a quarter by its number or its name
    ("KP|kp", re.compile(r"\b(?:KP|kp)\.?\s*(?=\d)|\bKP\.\s*(?=[A-ZĐ]\S*\s+[A-ZĐ])"), "khu phố "),
    ("BS", re.compile(r"\bBS\s*:?\s*(?=\d{2}\s?[A-Z]{1,2}\d?\s?[-.]?\s?\d)"), "biển số "),
    # «HSQ, BS»: soldiers after their non-commissioned officers, not doctors
    ("HSQ", re.compile(r"(?:(?<=HSQ, )|(?<=HSQ/)|(?<=HSQ và ))BS\b"), "binh sĩ"),
    # «ĐH Đảng bộ», «ĐH Đoàn», «ĐH XIII»: a congress, before a capital word makes it a university
    (
        "ĐH",
        re.compile(
            r"\bĐH(?=\s+(?:Đảng|Đoàn|Công đoàn|đại biểu|ĐB[A-ZĐ]*|MTTQ|Mặt trận|Hội|TDTT|thể dục"
            r"|Phụ nữ|Nông dân|Cựu chiến binh|[Cc]hi bộ|lần|[IVXL]+)\b)"  # «ĐH XIII»
        ),
        "Đại hội",
    ),
    # «các trường ĐH, CĐ», «ĐH Quốc gia», «ĐH Khoa học …»: a university and a college, not
    # «đường huyện»
    (
        "ĐH",
        re.compile(
            r"(?<=trường )ĐH\b|\bĐH(?=\s*(?:,|và|/)\s*CĐ\b|\s(?:Quốc gia|Y|Sư phạm))"
            r"|\bĐH(?=\s+[A-ZĐ][a-zà-ỹđ])"  # «ĐH Khoa học Tự nhiên»: a road has a number
        ),
        "đại học",
    ),
    (
        "CĐ",
        re.compile(r"(?<=trường )CĐ\b|(?<=đại học, )CĐ\b|(?<=đại học và )CĐ\b|(?<=học[/\-])CĐ\b"),
        "cao đẳng",
    ),
    # «25 sinh viên CĐ», «Hệ CĐ chính quy», «bậc CĐ», «trình độ CĐ», «tốt nghiệp CĐ», «bằng
    # CĐ»: a college's, whatever else the line says (not «liên hệ CĐ cơ sở», «quan hệ», «thế hệ»:
    # a union's, decided below)
    (
        "CĐ",
        re.compile(
            r"(?:(?<=\b[Ss]inh viên )|(?<=\b[Bb]ậc )|(?<=\b[Tt]rình độ )|(?<=\b[Tt]ốt nghiệp )"
            r"|(?<=\b[Bb]ằng )"
            r"|(?<=\b[Hh]ệ )(?<!(?i:liên) hệ )(?<!(?i:quan) hệ )(?<!(?i:thế) hệ ))CĐ\b(?![/\-])"
        ),
        "cao đẳng",
    ),
    # «các trường CĐ, ĐH»: a college, then a university
    ("ĐH", re.compile(r"(?<=CĐ, )ĐH\b|(?<=CĐ và )ĐH\b|(?<=CĐ/)ĐH\b"), "đại học"),
    ("CĐ", re.compile(r"\bCĐ(?=\s*(?:,|và|/)\s*(?:ĐH|đại học)\b)"), "cao đẳng"),
    # «tuyển sinh ĐH», «bước vào ĐH»: with no number after it, never a district road
    ("ĐH", re.compile(r"(?<![\w.\-/&])ĐH\b(?![\w\-/&]|\s*[.:]?\s*\d)"), "đại học"),
    ("ĐH", re.compile(r"(?<=cao đẳng, )ĐH\b|(?<=cao đẳng và )ĐH\b|(?<=cao đẳng/)ĐH\b"), "đại học"),
    # «CĐ» beside a trade union's words is «công đoàn» (elsewhere the table's «cao đẳng»)
    ("CĐ", re.compile(r"(?<![/\-])\bCĐ\b(?![/\-])"), "CĐ_"),
    # «Công ty TNHH DV TM»: a company's trade, not «thay mặt» of a signature block
    ("TM", re.compile(r"\b(TNHH|DV|XD|SX|CP) TM\b"), r"\1 thương mại"),
    ("TM", re.compile(r"\bTM(?= (?:DV|XD|SX|XNK)\b)"), "thương mại"),
    # «Công ty CP», «CTCP»: a joint-stock company, not the government of «NĐ-CP»
    ("CP", re.compile(r"(?i:(?<=\bcông ty )|(?<=\bcty ))CP\b"), "cổ phần"),
    # «các CA công cộng»: certificate authorities of digital signatures, not the police
    ("CA", re.compile(r"\bCA(?=\s+(?:công cộng|chuyên dùng)\b)"), "xê a"),
    # «tia cực tím (UV)», «chỉ số UV»: ultraviolet, not «ủy viên»
    ("UV", re.compile(r"(?i:(?<=cực tím )|(?<=cực tím \()|(?<=chỉ số )|(?<=tia ))UV\b"), "u vê"),
    # «Cục CSĐT» on a river or at a ferry is the waterway police
    ("CSĐT", re.compile(rf"\bCSĐT\b(?=.*\b{_WATER}\b)"), "cảnh sát đường thủy"),
    ("CSĐT", re.compile(rf"\b({_WATER}\b.*?)\bCSĐT\b"), r"\1cảnh sát đường thủy"),
    # «vụ ĐX», «vụ HT»: the winter-spring and summer-autumn crops, not «đường xã»
    ("ĐX", re.compile(r"(?i:(?<=\bvụ ))ĐX\b"), "Đông Xuân"),
    ("HT", re.compile(r"(?i:(?<=\bvụ ))HT\b"), "Hè Thu"),
    # «Tp Hồ Chí Minh», «Tp. Vinh»: a city, as «TP»
    ("Tp", re.compile(rf"\bTp\.?\s*(?={_NAME})"), "thành phố "),
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
    # «CAQ Ba Đình»: a district's police before its name, not the table's «cây ăn quả»
    ("CAQ", re.compile(r"\bCAQ(?= [A-ZĐ])"), "Công an quận"),
    # «mắc BNN», «phòng chống BNN»: an occupational disease, not the ministry
    (
        "BNN",
        re.compile(r"(?i:(?<=mắc )|(?<=bị )|(?<=phòng chống )|(?<=phòng ngừa ))BNN\b"),
        "bệnh nghề nghiệp",
    ),
    # «đoàn TTVN» at the Games: the national sports team, not a news site's letters
    ("TTVN", re.compile(r"(?i:(?<=đoàn ))TTVN\b"), "thể thao Việt Nam"),
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
    # «thanh niên CN», «nữ CN», «đoàn viên CN»: workers (CN alone may be Sunday or technology)
    (
        "CN",
        re.compile(r"(?i:(?<=thanh niên )|(?<=nữ )|(?<=đoàn viên ))CN\b(?![\w\-/&]|\.\w)"),
        "công nhân",
    ),
    # «Công ty TNHH 2 TV», «45 TV», «TV BTV Huyện ủy»: members, not the table's «ti vi»
    (
        "TV",
        re.compile(r"(?:(?<=\d )|(?<=\d))TV\b(?![\w\-/])|\bTV(?=\s+(?:BCH|BTV|Ban)\b)"),
        "thành viên",
    ),
    # «kênh chuẩn HD», «độ phân giải Full HD»: high definition, not the table's «hướng dẫn»
    (
        "HD",
        re.compile(r"(?i:(?<=chuẩn )|(?<=kênh )|(?<=full )|(?<=phân giải ))HD\b(?![\w\-/])"),
        "hát đê",
    ),
    # «ĐT Việt Nam», «ĐT U23», «ĐT nữ»: a national team, not «đào tạo» or a road
    ("ĐT", re.compile(r"\bĐT(?=\s+(?:Việt Nam|VN|U\d{2}|nữ|nam|quốc gia|Olympic)\b)"), "đội tuyển"),
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
    # «CQĐT ra quyết định đình chỉ điều tra»: the investigators, in a line about a crime
    # (elsewhere «chính quyền điện tử», as the table reads it)
    (
        "CQĐT",
        re.compile(r"(?<![\w\-/&.])CQĐT(?![\w\-/&])"),
        lambda m: (
            "cơ quan điều tra" if _CRIME.search(clause_around(m.string, m.start())) else m.group(0)
        ),
    ),
    # «(từ 350.000 - 450.000 đồng/m3 - NV)»: the writer's own note in a quote, signed
    ("NV", re.compile(r"(?:(?<=[-–—] )|(?<=[-–—]))NV(?=\s*[)\]])"), "người viết"),
    # «TB phát sinh 5 SMS», «chủ TB», «các TB trả trước»: a subscriber, by the words right beside
    # it (elsewhere the table's «thông báo»)
    (
        "TB",
        re.compile(
            r"(?:(?<=\b[Cc]hủ )|(?<=\bsố lượng ))TB(?![\w\-/&]|\.\w)"
            r"|(?<![\w\-/&.])TB"
            r"(?= (?:phát sinh|di động|trả trước|trả sau|[2345]G|bị khóa|bị khoá|bị chặn"
            r"|không chính chủ)\b)"
        ),
        "thuê bao",
    ),
    # «TB cần khởi động lại máy», «Nếu TB sử dụng máy nhiều SIM»: a subscriber who acts, in a
    # line about a network's service
    (
        "TB",
        re.compile(r"(?<![\w\-/&.])TB(?= (?:cần(?! được)|sử dụng|đăng ký|vui lòng|có thể|nên)\b)"),
        lambda m: "thuê bao" if _line_has(_NETWORK, m.string) else m.group(0),
    ),
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
    ("UN", re.compile(r"(?:(?<=Lào )|(?<=Lào: )|(?<=biển số ))UN\b"), "u en"),
    # «trúng tuyển NV1»: an applicant's first choice
    ("NV", re.compile(r"(?<![\w.\-/])NV(?=[1-9]\b(?![.\-/]))"), "nguyện vọng "),
    # «Ngân hàng CSXH»: the bank for social policies (elsewhere a social facility, a rehab's)
    ("CSXH", re.compile(r"(?i:(?<=ngân hàng ))CSXH\b"), "Chính sách xã hội"),
    # «Pharmaceutical Co., Ltd», «Co.,LTD», «Ltd.»: a foreign company, limited liability
    (
        "Ltd|LTD",
        re.compile(r"\b(Co\.?\s*,?\s*)?(?:Ltd|LTD)\b(?:\.(?=\s+[a-zđà-ỹ]))?"),
        lambda m: ("công ty " if m.group(1) else "") + "trách nhiệm hữu hạn",
    ),
    # «của CN», «cho CN tạm nghỉ», «CN may»: workers, in a line about their work and pay (CN
    # is also Sunday, a branch, industry, technology, a bachelor: only these shapes)
    (
        "CN",
        re.compile(
            r"(?:(?<=của )|(?<=cho )|(?<=tập thể ))CN(?![\w\-/&]|\.\w|\s+[A-ZĐ])"
            r"|(?<![\w\-/&.])CN(?= (?:tạm nghỉ|trở lại|làm việc|tăng ca|may|nghỉ việc|đình công)\b)"
        ),
        lambda m: "công nhân" if _workers(m) else m.group(0),
    ),
    # «HD: 01/2009», «HD 06/12/2014», «HD: 120212» on a label: an expiry date, «hạn dùng» (not
    # «Theo HD 12/2024», a guidance, nor «Ký HD 01/2024», a contract, the table's readings)
    (
        "HD",
        re.compile(r"\bHD(?=\s*:?\s*\d{1,2}\s*[/.\-]\s*\d{1,4}\b|\s*:?\s*\d{6,8}\b)"),
        lambda m: "hạn dùng" if ON_A_LABEL.search(m.string) else m.group(0),
    ),
    # «Quyết định số 04 năm 2022 của TTCP»: the Prime Minister signs a decision, a directive
    # (elsewhere the table's «Thanh tra Chính phủ», the government's inspectorate)
    (
        "TTCP",
        re.compile(r"(?<=của )TTCP\b"),
        lambda m: "Thủ tướng Chính phủ" if _signed(m) else m.group(0),
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
)

_NEEDS = tuple(tuple(needs.split("|")) for needs, _, _ in RULES)
# What some rule needs, in one pattern: a line holding none of these is left as it is (the
# titles stand for the rule that needs only a dot after one).
_AMBIGUOUS_HINT = re.compile(
    "|".join(sorted({re.escape(n) for needs in _NEEDS for n in needs if n != "."}, reverse=True))
    + f"|{_TITLES}"
)


def resolve_ambiguous(text: str) -> str:
    text = read_person_initials(text)  # before «P.» is read «phường»
    if not _AMBIGUOUS_HINT.search(text):
        return text
    for (_, pattern, reading), needs in zip(RULES, _NEEDS, strict=True):
        if not any(need in text for need in needs):
            continue
        if reading == "CT_":
            text = pattern.sub(
                lambda m: "Phó Chủ tịch " if m.group(1) == "PCT" else "Chủ tịch ", text
            )
        elif reading == "CĐ_":
            if re.search(_UNION, text):
                text = pattern.sub("công đoàn", text)
        else:
            text = pattern.sub(reading, text)
    return text
