"""Abbreviations with more than one meaning that name a body — an office, a school, a firm, a
police or army unit, a team — decided by the words around them: ``ĐH Đảng bộ`` «Đại hội» but
``ĐH Quốc gia`` «đại học»; ``CĐ`` beside a trade union's words «công đoàn»; ``Công ty CP``
«cổ phần»; ``CSĐT`` on a river «cảnh sát đường thủy»; ``CQĐT`` in a line about a crime «cơ quan
điều tra»; ``ĐT futsal`` «đội tuyển»; ``VCK`` in a line about football «vòng chung kết» (the
feed's «65% VCK» spelled). One theme of ``ambiguous``, which runs the themes in turn.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import Rule, clause_around, line_has, said_in_line

# What a centre «TT» is named for («TT Y tế», «TT Kiểm soát bệnh tật», «TT GDQP&AN»): never a
# town's name (the town rule of ``ambiguous_places`` leaves these alone; «TT Văn Giang», «TT
# Phục Hòa» are towns).
CENTRE_OF = (
    r"(?:[Yy] tế|Văn [Hh](?:óa|oá)|Chính (?:trị|phủ)|Phục (?:vụ|hồi)|Dự (?:báo|trữ)"
    r"|Khuyến (?:nông|công)|GD\w*|Kiểm soát|Hành chính công)\b"
)
_WATER = re.compile(r"(?i)\b(?:đường th(?:ủy|uỷ)|phà|ca nô|tàu|thuyền|sông|bến)\b")
_INVESTIGATORS = re.compile(r"(?i)cảnh sát điều tra")
_NOT_AGENCY = r"(?<![Cc]ơ quan )(?<!CQ )(?<!CQ\.)"
_WATER_SUPPLY = re.compile(r"(?i)cấp nước|nước sạch|nước máy|nhà máy|trạm bơm")


def _waterway_police(m: re.Match[str]) -> str:
    """«CSĐT» in a line about boats or a river, unless the line names the investigators."""
    if line_has(_WATER, m.string) and not line_has(_INVESTIGATORS, m.string):
        return "cảnh sát đường thủy"
    return m.group(0)


# A line on enforcing a judgment («Luật Thi hành án dân sự», «kê biên»), and the words beside
# «THA» that make it one («Chi cục THA», «người phải THA», «THA dân sự»); a health word in the
# clause keeps the table's «tăng huyết áp» («sàng lọc THA», «bệnh nhân THA»)
_ENFORCEMENT = re.compile(
    r"(?i)\b(?:thi hành án|kê biên|chấp hành viên|bản án|THADS|người phải thi hành)\b"
)
_ENFORCING_THA = re.compile(
    r"(?:(?i:cục|cơ quan|người phải|quyết định|việc|công tác|cưỡng chế|kết quả) )THA\b"
    r"|\bTHA(?= (?:dân sự|hình sự|DS)\b)"
)
_HEALTH = re.compile(r"(?i)\b(?:bệnh|mắc|sàng lọc|huyết áp|ĐTĐ|tiểu đường|khám|điều trị|thuốc)\b")


def _enforcing(m: re.Match[str]) -> bool:
    if _HEALTH.search(clause_around(m.string, m.start())):
        return False
    near = m.string[max(0, m.start() - 15) : m.end() + 10]
    return _ENFORCING_THA.search(near) is not None or line_has(_ENFORCEMENT, m.string)


# A line about football, where «VCK» is the finals
_FOOTBALL = re.compile(
    r"(?i)\b(?:bóng đá|futsal|đội tuyển|cầu thủ|HLV|huấn luyện viên)\b|\bU\d{2}\b"
)


_SIGNED_PAPER = re.compile(r"(?i)\b(?:quyết định|chỉ thị|công điện)\b")


def _signed(m: re.Match[str]) -> bool:
    """A decision, a directive or a dispatch named in the 60 characters before."""
    paper = _SIGNED_PAPER.search(m.string, max(0, m.start() - 60), m.start())
    if paper is None:
        return False
    around = m.string[paper.end() : m.end() + 40].lower()
    return "thanh tra" not in around  # «Quyết định thanh tra của TTCP»: the inspectorate's


# Words of a clause about a crime (not «điều tra» alone: a survey too)
_CRIME = re.compile(
    r"(?i)\b(?:(?:đình chỉ|kết luận|quyết định|hồ sơ) điều tra|điều tra viên|khởi tố|bị can|bị cáo"
    r"|tạm giam|vụ án|phạm tội|truy nã|tố giác|hình sự|xác minh|thụ lý|công an)\b"
)

# «ĐBP Thu Lũm»: a border post before its name (Điện Biên Phủ after «năm», «tỉnh», «thành phố»,
# «TP.», «sân bay», «chiến thắng», «chiến dịch», «trận», «lịch sử», «chiến sĩ», or before «Năm»)
_NOT_A_POST_BEFORE = (
    r"(?<![\w\-/&.])(?<!(?i:năm) )(?<!(?i:tỉnh) )(?<!(?i:phố) )(?<!TP\. )(?<!TP )(?<!(?i:bay) )"
    r"(?<!(?i:thắng) )(?<!(?i:dịch) )(?<!(?i:trận) )(?<!(?i:sử) )(?<!(?i:sĩ) )"
)
BORDER_POST = re.compile(rf"{_NOT_A_POST_BEFORE}ĐBP(?= (?!Năm\b)[A-ZĐ][a-zà-ỹđ])")
_ANY_POST = re.compile(rf"{_NOT_A_POST_BEFORE}ĐBP(?![\w\-/&]|\.\w)")


RULES: tuple[Rule, ...] = (
    # «ĐBP Thu Lũm … được ĐBP nhận làm con nuôi»: a border post named, then the same post again
    # in its line (elsewhere Điện Biên Phủ, left to the doubts)
    (
        "ĐBP",
        _ANY_POST,
        said_in_line(BORDER_POST, "đồn biên phòng"),
    ),
    # «BBC đưa tin», «theo BBC», «đài BBC»: the British broadcaster by its letters (elsewhere,
    # and before a commune's or a province's name, the table's «Ban bầu cử», an election board)
    (
        "BBC",
        re.compile(
            r"(?i:(?<=theo )|(?<=đài )|(?<=hãng )|(?<=kênh )|(?<=trang ))BBC\b(?![\w\-&])"
            r"(?!\s+(?:xã|phường|huyện|tỉnh|thành phố|TP|thị trấn|khu vực|đơn vị)\b)"
            r"|\bBBC(?=\s+(?:đưa tin|cho biết|dẫn|News|Tiếng Việt|World|Sport|của Anh)\b)"
        ),
        "bê bê xê",
    ),
    (
        "TT",
        re.compile(rf"\bTT\.?\s*(?={CENTRE_OF})"),
        "Trung tâm ",
    ),
    # a telecom company's business centre, else the table's «truyền thanh không dây»
    (
        "TTKD",
        re.compile(r"\bTTKD(?=\s*[-–]?\s*(?:VNPT|Viettel|MobiFone|Mobifone|Vinaphone)\b)"),
        "Trung tâm Kinh doanh",
    ),
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
    (
        "CP",
        re.compile(r"\bCP(?=\s?\d{3,}\b)"),
        "xê pê",
    ),  # a feed's brand: «CP 994», not «Chính phủ»
    ("CT", re.compile(r"\bCT(?=\s+(?:CP|CPTM|TNHH|CPĐT)\b)"), "Công ty"),  # «CT CPTM BAC»
    # «BCH Quân sự tỉnh», «BCH Bộ đội Biên phòng»: a province's command (a commune's is the
    # table's «Ban Chỉ huy quân sự xã»), not a party's committee
    (
        "BCH",
        re.compile(r"\bBCH(?=\s+(?:(?:Quân sự|quân sự|QS)\s+tỉnh|Bộ đội|BĐBP)\b)"),
        "Bộ Chỉ huy",
    ),
    # «Trung đoàn BB888», «Sư đoàn BB 9», «Đại đội BB 2», «Tiểu đội BB 1»: infantry, «bộ binh»
    (
        "BB",
        re.compile(
            r"\b(?:(?:[Tt]rung|[Ss]ư|[Tt]iểu|[Ll]ữ) [Đđ]oàn|(?:[Đđ]ại|[Tt]rung|[Tt]iểu) [Đđ]ội)"
            r"\s+BB(?=\s?\d)"
        ),
        lambda m: m.group(0)[:-2] + "bộ binh ",  # not «Công đoàn BB», «Liên đoàn BB»
    ),
    # «BCH/PCTT-TKCN», «BCH PCTT», «BCH Quân sự huyện»: a command for disasters or a district's
    # or a commune's military command, not a party's committee («Thành phố Huế»: a province's)
    (
        "BCH",
        re.compile(
            r"\bBCH\s*[/-]?\s*(?=PCTT|PTDS|[Pp]hòng chống|[Pp]hòng thủ|(?:Quân sự|quân sự|QS)\b)"
        ),
        "Ban Chỉ huy ",
    ),
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
    # «Cục CSĐT» on a river or at a ferry is the waterway police; the investigators after
    # «Cơ quan», before «tội phạm», or in a line that names them (a case about a boat too)
    ("CSĐT", re.compile(rf"{_NOT_AGENCY}\bCSĐT\b(?! tội phạm)"), _waterway_police),
    # «NMN An Dương»: a water plant in a line about water supply (elsewhere the supplement)
    ("NMN", re.compile(r"\bNMN(?= [A-ZĐ])"), said_in_line(_WATER_SUPPLY, "nhà máy nước")),
    # «CAQ Ba Đình»: a district's police before its name, not the table's «cây ăn quả»
    ("CAQ", re.compile(r"\bCAQ(?= [A-ZĐ])"), "Công an quận"),
    # «đoàn TTVN» at the Games: the national sports team, not a news site's letters
    ("TTVN", re.compile(r"(?i:(?<=đoàn ))TTVN\b"), "thể thao Việt Nam"),
    # «ĐT Việt Nam», «ĐT U23», «ĐT nữ»: a national team, not «đào tạo» or a road
    (
        "ĐT",
        re.compile(r"\bĐT(?=\s+(?:Việt Nam|VN|U\d{2}|nữ|nam|quốc gia|Olympic|futsal)\b)"),
        "đội tuyển",
    ),
    # «VCK U21 QG»: a tournament's finals in a line about football (the feed's «65% VCK» is dry
    # matter, spelled); «QG» standing alone is «quốc gia» (not in a code: «CĐ-QG»)
    (
        "VCK",
        re.compile(r"(?<![\w\-/&])VCK(?![\w\-/&])"),
        said_in_line(_FOOTBALL, "vòng chung kết"),
    ),
    ("QG", re.compile(r"(?<![\w\-/&.])QG(?![\w\-/&])"), "quốc gia"),
    # «CQĐT ra quyết định đình chỉ điều tra»: the investigators, in a line about a crime
    # (elsewhere «chính quyền điện tử», as the table reads it)
    (
        "CQĐT",
        re.compile(r"(?<![\w\-/&.])CQĐT(?![\w\-/&])"),
        lambda m: (
            "cơ quan điều tra" if _CRIME.search(clause_around(m.string, m.start())) else m.group(0)
        ),
    ),
    # «cưỡng chế THA», «người phải THA», «Chi cục THA dân sự»: enforcing a judgment (elsewhere
    # the table's «tăng huyết áp», high blood pressure)
    (
        "THA",
        re.compile(r"(?<![\w\-/&])THA(?![\w\-/&])"),
        lambda m: "thi hành án" if _enforcing(m) else m.group(0),
    ),
    # «Ngân hàng CSXH»: the bank for social policies (elsewhere a social facility, a rehab's)
    ("CSXH", re.compile(r"(?i:(?<=ngân hàng ))CSXH\b"), "Chính sách xã hội"),
    # «Pharmaceutical Co., Ltd», «Co.,LTD», «Ltd.»: a foreign company, limited liability
    (
        "Ltd|LTD",
        re.compile(r"\b(Co\.?\s*,?\s*)?(?:Ltd|LTD)\b(?:\.(?=\s+[a-zđà-ỹ]))?"),
        lambda m: ("công ty " if m.group(1) else "") + "trách nhiệm hữu hạn",
    ),
    # «Quyết định số 04 năm 2022 của TTCP»: the Prime Minister signs a decision, a directive
    # (elsewhere the table's «Thanh tra Chính phủ», the government's inspectorate)
    (
        "TTCP",
        re.compile(r"(?<=của )TTCP\b"),
        lambda m: "Thủ tướng Chính phủ" if _signed(m) else m.group(0),
    ),
)
