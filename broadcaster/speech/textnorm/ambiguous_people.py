"""Abbreviations with more than one meaning that name a person or a role, decided by the
words around them: titles before a name (``KS. Tuấn`` «kỹ sư», ``GS.VS`` «giáo sư viện sĩ»),
a birth year (``SN 1985`` «sinh năm»), candidates (``85.000 TS`` «thí sinh»), the chairman of
an office (``CT UBND`` «Chủ tịch»), customers, subscribers, workers and members. One theme of
``ambiguous``, which runs the themes in turn.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import NAME_START, Rule, line_has, said_in_line

# Offices a «CT» (chairman) heads: «CT UBND», «CT.UBND xã», «CT Hội».
OFFICE_ABBREVIATIONS = ("UBND", "HĐND", "UBMTTQ", "MTTQ")
_OFFICE = (
    rf"(?:{'|'.join(OFFICE_ABBREVIATIONS)}|Ủy ban|Hội|Hội đồng|xã|huyện|tỉnh|phường|thị trấn|nước)"
)
# Titles before a name; the dot after one is no sentence's end: «TS. Nguyễn Văn Hà»
TITLES = r"(?:GS|PGS|TS|TSKH|ThS|Ths|BS|Bs|KS|LS|NSƯT|NSND|NGƯT|NGND)"

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


# A line about a mobile network's service: «gói cước», «SIM», «nhà mạng», «roaming» (not «di
# động», which any notice's phone number has)
_NETWORK = re.compile(
    r"(?i)\b(?:gói cước|SIM|nhà mạng|roaming|chuyển vùng|MobiFone|Viettel|VinaPhone)\b"
)

# A line about admissions: applicants, their choices, the exams
_ADMISSIONS = re.compile(
    r"(?i)\b(?:xét tuyển|tuyển sinh|thí sinh|thi sinh|nguyện vọng|trúng tuyển|điểm chuẩn)\b"
)

# A monk's or a nun's rank before a Dharma name: «HT. Thích Thiện Thống», «TT. Thích Thanh
# Phong», «ĐĐ. Thích Minh Tuệ», «NS. Thích Nữ …»; «HT.», «ĐĐ.» before another name in a line
# about the Sangha's own bodies («HT. Danh Lung, Ủy viên HĐTS»). «TT.» is a town, a centre or a
# circular everywhere else, «HT.» a system («HT. Camera»).
_MONASTIC_RANKS = {
    "HT": "Hòa thượng",
    "TT": "Thượng tọa",
    "ĐĐ": "Đại đức",
    "NT": "Ni trưởng",
    "NS": "Ni sư",
}
MONASTIC_RANK = re.compile(
    rf"\b({'|'.join(_MONASTIC_RANKS)})(?:\.\s*|\s+)(?=Thích\b)|\b(HT|ĐĐ)\.\s+(?={NAME_START})"
)
_SANGHA = re.compile(r"\b(?:HĐTS|GHPGVN|Giáo hội Phật giáo|Tăng ni|Tăng đoàn|Phật sự)\b")


def _monastic_rank(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{_MONASTIC_RANKS[m.group(1)]} "
    return f"{_MONASTIC_RANKS[m.group(2)]} " if line_has(_SANGHA, m.string) else m.group(0)


RULES: tuple[Rule, ...] = (
    # «KS. Tuấn» (not «KS Mường Thanh», a hotel); «LS Trần Viết Hà»
    ("KS", re.compile(r"\bKS\.\s*(?=[A-ZĐ][^\W\d_]+)"), "kỹ sư "),
    ("LS", re.compile(r"\bLS(?:\.\s*|\s+)(?=[A-ZĐ][^\W\d_]+ [A-ZĐ])"), "luật sư "),  # not «LSEG»
    # «GS.VS Châu Văn Minh», «GS VS», «GS.TSKH.VS», «VS.GS»: an academician among the titles
    (
        "VS",
        re.compile(
            rf"\b(GS|TSKH)(?:[.,]\s?|\s)VS\b\.?\s*(?={NAME_START})"
            rf"|\bVS\.(?=(?:GS|TSKH)\.?\s*{NAME_START})"
        ),
        lambda m: f"{m.group(1)} viện sĩ " if m.group(1) else "viện sĩ ",
    ),
    (".", re.compile(rf"\b({TITLES})\.\s*(?=[A-ZĐ][^\W\d_]+)"), r"\1 "),
    # «SN 1985», «(SN 1892,» after a name: born; not «tại SN 1950 đường …», a house
    (
        "SN|sn|Sn",
        re.compile(
            r"(?<!tại )\b(?:SN|sn|Sn)\s*[:,]?\s*(?=(?:19|20)\d\d\b(?!\s+(?:đường|phố|ngõ)))"
            r"|(?:(?<=\()|(?<=, ))SN\s*(?=18\d\d\b)"
        ),
        "sinh năm ",
    ),
    # «85.000 TS», «1.200 TS»: candidates counted in hundreds or more («5 TS» are doctors)
    ("TS", re.compile(r"(?<=\d{3} )TS\b"), "thí sinh"),
    # «các TS sẽ bắt đầu làm bài thi», «TS dự thi», «TS trúng tuyển», «các TS không đăng ký xét
    # tuyển», «TS có điểm thi»: those who sit an exam
    (
        "TS",
        re.compile(
            r"\bTS\b(?=(?:\s+(?:sẽ|đã|được|bắt đầu|tiếp tục|không|chưa))*"
            r"\s+(?:làm bài|dự thi|thi(?! hành| công| đua)|trúng tuyển|nhập học|xét tuyển"
            r"|đăng ký (?:xét tuyển|dự thi|nguyện vọng)|có điểm thi)\b)"
        ),
        "thí sinh",
    ),
    ("NS", re.compile(r"\bNS\s*:?\s*(?=(?:19|20)\d\d\b)"), "năm sinh "),
    ("HT|TT|ĐĐ|NT|NS", MONASTIC_RANK, _monastic_rank),
    # «Phó Chủ tịch TT UBND»: the standing member of a council, not a town
    (
        "TT",
        re.compile(r"(?<![.&\-])\bTT(?=\s+(?:UBND|HĐND|MTTQ|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy)\b)"),
        "thường trực",
    ),
    ("CT", re.compile(rf"\b(P?CT)(?:\.\s*|\s+)(?={_OFFICE})"), "CT_"),  # «CT UBND», «CT.UBND»
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
    # «2 Phó CT Nguyễn …», «Phó CT-UBND xã», «Phó CT/Thường trực» (not «ứng phó CT số 12»)
    ("CT", re.compile(r"(?<!ứng phó )(?<!đối phó )(?i:(?<=\bphó ))CT\b(?![&]|\.\w)"), "Chủ tịch"),
    # «HSQ, BS»: soldiers after their non-commissioned officers, not doctors
    ("HSQ", re.compile(r"(?:(?<=HSQ, )|(?<=HSQ/)|(?<=HSQ và ))BS\b"), "binh sĩ"),
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
        said_in_line(_NETWORK, "thuê bao"),
    ),
    # «trúng tuyển NV1»: an applicant's first choice
    ("NV", re.compile(r"(?<![\w.\-/])NV(?=[1-9]\b(?![.\-/]))"), "nguyện vọng "),
    # «chỉ đăng ký 1 - 3 NV», «đăng ký tối đa 5 NV»: choices registered, in a line about
    # admissions (not «xét tuyển 15 NV hợp đồng», «bố trí 2 NV y tế»: staff)
    (
        "NV",
        re.compile(
            r"((?:đăng ký|tối đa)(?: từ)? \d{1,2}(?: ?[-–] ?\d{1,2})? )NV\b(?![\w\-/&]|\.\w)"
        ),
        lambda m: f"{m.group(1)}nguyện vọng" if line_has(_ADMISSIONS, m.string) else m.group(0),
    ),
    # «Vụ GD ĐH», «GD MN»: education at a level (GD alone is left to the table, «GD TX» too)
    ("GD", re.compile(r"(?<![\w\-/&.])GD(?= (?:ĐH|MN|TH|THCS|THPT|QP)\b)"), "giáo dục"),
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
)
