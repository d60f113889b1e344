"""The small grammar of number contexts: which words before or after a number decide its reading.

Every number rule asks the same two questions — what words precede it, what word follows
it — so the word lists and the look-around helpers live here, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# A rule decided by the words around it: what a line must hold for it to match («KS»,
# «VD|Vd|vd»: one of these), the pattern, and its reading.
Rule = tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]]

# A name's word («Hòa», «UBND») and a name's first letters («Ng», «Ch»).
NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^\W\d_]+"
NAME_START = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][a-zà-ỹđ]"


@lru_cache(maxsize=8)
def line_has(cue: re.Pattern[str], text: str) -> bool:
    """Whether a line holds a cue, asked once per line and cue however many matches ask (each
    asking anew was quadratic on a long line)."""
    return cue.search(text) is not None


def said_in_line(cue: re.Pattern[str], said: str) -> Callable[[re.Match[str]], str]:
    """A rule's callback: ``said`` where the line holds ``cue``, else the match as written
    («NMN» «nhà máy nước» only in a line about water supply)."""
    return lambda m: said if line_has(cue, m.string) else m.group(0)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(p.split()) for p in text.split(","))


# A written integer or decimal: 2.096 (dots group thousands), 92,83 (comma decimal), 09.
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

# Nouns that are counted: «7/9 xã», «12/15 thôn», «4/5 tiêu chí» are fractions, not dates.
COUNT_NOUNS = _phrases(
    """
    xã, phường, thị trấn, thôn, tổ, tổ dân phố, ấp, bản, làng, xóm, khu, khu phố, khóm, buôn,
    sóc, huyện, quận, tỉnh, hộ, hộ dân, người, nhân khẩu, cử tri, đơn vị, trường, lớp, em, kỳ,
    cháu, học sinh, tiêu chí, chỉ tiêu, hồ sơ, thủ tục, cơ sở, trạm, điểm, câu, phiếu, ca,
    trường hợp, con, cây, chiếc, căn, ngôi, công trình, dự án, doanh nghiệp, hợp tác xã,
    đồng chí, đảng viên, hội viên, đoàn viên, bệnh nhân, mẫu, lần, lượt hộ, đợt, tuyến, ổ dịch,
    mô hình, gia đình, đội, nhóm, chi bộ, chi hội, chi đoàn, tổ hội, tập thể, cá nhân, ha, héc ta,
    tấn, tạ, kg, km, mét, cơ quan,
    phòng, ban, ngành, xe, tàu, thuyền, ngôi nhà, nhà, số, tổng, dân số, diện tích, sản lượng,
    kế hoạch, dự toán, mục tiêu, bia, phát, sân bay, bệnh viện, cảng, địa phương, quốc gia,
    thành viên, công ty, nhà máy, vùng, cơn, đại biểu, nghiệp đoàn, di tích, bị cáo, bị can,
    đối tượng, vụ án, vụ việc, vụ
    """
)

# Two words that start like a counted noun but are not one: «5-7/10 tổ chức …».
NOT_COUNTED = _phrases(
    "tổ chức, nhà nước, ban hành, ban chỉ đạo, xe máy, điểm danh, lớp học,"
    # «vụ» counts cases («5/5 vụ tố cáo»), not a crop season («20/10 vụ mùa»)
    " vụ mùa, vụ lúa, vụ đông, vụ xuân, vụ hè, vụ thu, vụ chiêm, vụ trồng, vụ sản, vụ gieo,"
    " vụ ép, vụ nuôi, vụ cá, vụ tết, vụ rau, vụ ngô, vụ mía, vụ cà, vụ điều, vụ vải"
)
# What a dose is counted in, in a line about medicine («5mg/ngày (1-8 viên)»): only there,
# since «Từ 1/7 gói cước mới», «Từ 1/6 ống hút nhựa» open a clause with a date
DOSE_NOUNS = frozenset(("viên", "giọt", "ống", "lọ", "vỉ", "gói", "liều"))
_MEDICINE = re.compile(r"(?i)\d\s?(?:mg|ml|mcg)\b|\b(?:uống|liều|thuốc|nhỏ)\b")


def dose_after(text: str, pos: int) -> bool:
    """A dose's count noun follows, in a line about medicine: «(1-8 viên)», «1-2 giọt»."""
    return word_after(text, pos) in DOSE_NOUNS and line_has(_MEDICINE, text)


# The administrative units a place is named by: «xã Tân Hòa», «thôn 3», «huyện/xã».
ADMIN_UNITS = (
    "xã", "phường", "thị trấn", "thôn", "xóm", "ấp", "bản", "tổ", "khu", "phố", "huyện",
    "quận", "tỉnh",
)  # fmt: skip
ADMIN_WORDS = frozenset(" ".join(ADMIN_UNITS).split())

# Words after which d/m is a day and a month.
DATE_CUES = _words(
    """
    ngày hôm từ đến tới dịp sáng trưa chiều tối đêm khuya rạng trước sau hạn vào kể nay tuần
    lúc tức
    """
)

# Words after which a/b is a fraction or a house number: «đạt 4/5», «số 27/4».
FRACTION_CUES = _words(
    """
    đạt được chiếm có gồm số nhà hẻm ngõ ngách kiệt tỷ tỉ lệ trong còn lớp bậc
    """
)

# Words before a proper fraction that make it a share: «gần 1/4», «giảm 1/3», «hơn 2/3».
PROPORTION_CUES = frozenset(
    ["gần", "hơn", "giảm", "tăng", "bằng", "khoảng", "chừng", "độ", "chiếm", "còn", "chỉ", "ngập"]
)

# Words before «N/YYYY» that make it a number in a year, not a month: a count, or a document
# cited by its number («đợt 3/2026», «Nghị quyết 12/2024»).
COUNTED_IN_YEAR = _words(
    """
    đợt lần kỳ kì số phiên khóa khoá đề án chương trình kế hoạch giải mùa vụ tập quyết định
    thông tư thị luật lệnh báo văn dẫn thứ
    """
)

# Street-like names that are often a date: «đường 2/9», «phố 19/5», «cầu 30/4», and schools
# named so: «Mầm non 19-5», «THCS 2-9».
STREET_CUES = _words(
    """
    đường phố cầu chợ quảng trường công viên trường bến
    non thcs thpt
    """
)

# Words that call for a telephone number read digit by digit.
PHONE_CUES = (
    "số điện thoại",
    "điện thoại",
    "đường dây nóng",
    "tổng đài",
    "hotline",
    "gọi",
    "gọi điện",
    "nhắn tin",
    "soạn tin",
    "đầu số",  # «thông qua đầu số 156»: a short service number
    "cú pháp",  # «soạn cú pháp TET gửi 1406»: an SMS short code
    "số máy",
    "liên hệ",
    "sđt",
    "đt",
    "đtdđ",
    "di động",
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


# After a number with three digits after a comma, the words that make the comma a thousands
# mark (a price in đồng, a count of views, of things never counted in fractions: «2,500
# trạm», «2,123 ca» — but not a rate, «2,105 con/phụ nữ», «12,345 ca/100.000 dân»): read so
# in ``units``, no doubt in ``leftovers``.
THOUSANDS_AFTER = (
    r"(?:đồng|đ|VNĐ|VND|vnđ|(?:lượt|người|hộ|trạm|chiếc|căn|suất|học sinh|thí sinh|bệnh nhân"
    r"|doanh nghiệp|lao động|du khách|khách|ca|trường hợp|con|trẻ|vụ|bị cáo|bị can|đối tượng)"
    r"\b(?!\s*/))"
)

# What after a number makes it a quantity, not a date: «2.5 ha», «1.5 triệu», «15.12 %».
MEASURED_AFTER = re.compile(
    r"\s*(?:%o|%|‰|°|(?:km|m|cm|mm)[²³]|(?:triệu|tỷ|tỉ|nghìn|ngàn|lần|km2|km|kg|ha|mm|cm|m|m2|m3"
    r"|tấn|tạ|lít|độ|mét|đồng|tuổi|lượng|USD|phần (?:trăm|nghìn|ngàn)"
    r"|năm(?! nay| sau| tới| trước| ngoái| học| qua| âm| mới| \d| [A-ZĐ]))\b)"
)

_SENTENCE_NEXT = re.compile(r"\s+[A-ZĐ]")


def sentence_follows(text: str, pos: int) -> bool:
    """Whether a new sentence starts after ``pos`` (a space, then a capital): a dot that
    closes an initial there also ends the sentence («chị P. Cũng …»)."""
    return _SENTENCE_NEXT.match(text, pos) is not None


def words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` words (lower case) before ``pos``, nearest last; digits and marks skipped."""
    return [w.lower() for w in _WORD.findall(text[max(0, pos - 60) : pos])][-n:]


def word_before(text: str, pos: int) -> str:
    found = words_before(text, pos, 1)
    return found[0] if found else ""


def directly_before(text: str, pos: int) -> str:
    """The word right before ``pos`` when only spaces separate them, else ``""``."""
    m = re.search(r"([^\W\d_]+)\s*$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


def has_dash(text: str) -> bool:
    """A hyphen, an en dash or an em dash: what every range and span rule needs."""
    return "-" in text or "–" in text or "—" in text


def after_bracket(text: str, pos: int) -> bool:
    """An opening bracket right before ``pos``: «(24 - 25.3)», «(3 và 4-7)»."""
    return re.search(r"\(\s*$", text[max(0, pos - 3) : pos]) is not None


def word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\W\d_]+)", text[pos : pos + 40])
    return m.group(1).lower() if m else ""


def two_words_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)", text[pos : pos + 60])
    return m.group(1).lower() if m else ""


# Wholes a proper fraction is a share of: «2/3 diện tích», «1/3 mặt cầu», «1/2 mái đê».
SHARE_NOUNS = _phrases(
    """
    số, tổng số, dân số, diện tích, sản lượng, khối lượng, lượng, trọng lượng, chiều dài,
    chiều rộng, quãng đường, đoạn, mặt cầu, mặt đường, mặt đê, mặt bằng, mặt nước, mái,
    lòng đường, lòng sông, thời gian, kinh phí, ngân sách, giá trị, giá, vốn, dung tích,
    công suất, quân số, tổng, suất, di sản, phần di sản, thời lượng, trong số, đường kính,
    bán kính, chiều cao, chiều sâu, khổ chữ, lãnh thổ, thân cây
    """
)
# Words of a line about pupils: «HS» there is «học sinh», never an office's files («15 HS nộp
# học phí quá hạn») nor a customs code («Phụ huynh tra cứu mã HS là 12345678»).
SCHOOL = re.compile(
    r"(?i)\b(?:học phí|bài tập|bài kiểm tra|trường học|nhà trường|lớp \d{1,2}|phụ huynh|học sinh"
    r"|giáo viên|kỳ thi|dự thi|xét tuyển|nhập học|tra cứu điểm|THCS|THPT|tiểu học|mầm non)\b"
)


def about_pupils(text: str, start: int, end: int) -> bool:
    """A school word within 40 characters of ``text[start:end]``."""
    return SCHOOL.search(text, max(0, start - 40), end + 40) is not None


# A vial, a dose, a tablet: a whole too («truyền 2/3 lọ»); see ``share_after``.
CONTAINERS = _phrases("lọ, chai, hộp, liều, bát, chén, cốc, thìa, viên thuốc, hạt")


# «ở 1/3 giữa thực quản», «vị trí 1/3 trên.»: the upper, middle or lower share of an organ or
# a bone named in the line (not «ngày 1/3 trên địa bàn», «1/3 giữa thân nhân và xã»)
_SEGMENT_AFTER = re.compile(r"\s*(?:giữa|dưới|trên)\b")
_ORGAN = re.compile(r"(?i)\b(?:thực quản|khí quản|dạ dày|xương|đùi|cẳng chân|cánh tay|niệu quản)\b")


# «1/5 đến 1/2 chiều cao»: the first of two shares of the whole named after the second, when
# the second is a share of a few parts (not a day of the month, «từ 1/5 đến 7/5 tổng số …»)
_SPAN_TO_SHARE = re.compile(r"\s*(?:đến|tới)\s*(?:trên\s+)?([1-4])/([2-5])(?![\d/])")


def share_after(text: str, pos: int, start: int | None = None) -> bool:
    """A whole that the number before is a share of follows: «… diện tích», «… mặt cầu»;
    a container too («2/3 lọ») unless «từ», «đến», «trước» or «sau» opens the clause right
    before the number at ``start`` («Từ 1/6 chai nhựa bị cấm»: a day)."""
    span = _SPAN_TO_SHARE.match(text, pos)
    if span is not None and int(span.group(1)) < int(span.group(2)):
        opens = start is not None and _opens_a_clause_in_time(text, start)
        return not opens and share_after(text, span.end())  # «từ trên 1/5 đến 1/2 chiều cao»
    after = two_words_after(text, pos)
    if not after:
        return False
    if _SEGMENT_AFTER.match(text, pos) and _ORGAN.search(text):
        return True
    if after in SHARE_NOUNS or after.split()[0] in SHARE_NOUNS:
        return True
    contained = after in CONTAINERS or after.split()[0] in CONTAINERS
    return contained and not (start is not None and _opens_a_clause_in_time(text, start))


def _opens_a_clause_in_time(text: str, start: int) -> bool:
    """«Từ 1/6 chai nhựa bị cấm»: «từ», «đến», «trước», «sau» opening the clause before
    ``start`` (not «uống từ 1/4 viên thuốc», a dose)."""
    m = re.search(r"(?:^|[,.;:]\s*)(?i:từ|đến|trước|sau)\s*$", text[max(0, start - 40) : start])
    return m is not None


def counted_after(text: str, pos: int) -> bool:
    """A counted noun follows: «… xã», «… tiêu chí»."""
    after = two_words_after(text, pos)
    return (
        bool(after)
        and (after in COUNT_NOUNS or after.split()[0] in COUNT_NOUNS)
        and (after not in NOT_COUNTED)
    )


_OFFICE_PAIR = re.compile(r"\b[A-ZĐ]{2,}-[A-ZĐ]{2,}\b")


_CLAUSE_MARK = re.compile(r"[.;!?]\s")
# The seconds' mark after a number: «57.9″», «42”», «15''» (also typed as two primes)
SECONDS_MARK = r"(?:\"|”|″|''|’’|′′)"


def clause_before(text: str, pos: int, reach: int | None = None) -> str:
    """The clause ``pos`` ends: from the last «. », «; », «! » or «? » before it (looking back
    ``reach`` characters at most)."""
    start = 0 if reach is None else max(0, pos - reach)
    marks = list(_CLAUSE_MARK.finditer(text, start, pos))
    return text[marks[-1].end() if marks else start : pos]


def clause_around(text: str, pos: int) -> str:
    """The whole clause holding ``pos``: ``clause_before`` and on to the next mark."""
    after = _CLAUSE_MARK.search(text, pos)
    return clause_before(text, pos) + text[pos : after.start() if after else len(text)]


def phone_cue_before(text: str, pos: int) -> bool:
    """«gọi», «đường dây nóng», «SĐT» … among the four words before ``pos``, in the same
    sentence; «cuộc gọi» (a call, counted), «gọi tắt», «gọi là» (a name) are no cue."""
    clause = clause_before(text, pos, 60)
    clause = _OFFICE_PAIR.sub(" ", clause)  # «Sở GD-ĐT, năm học 2013-2014»: no telephone
    before = f" {' '.join(words_before(clause, len(clause), 4))} "
    for named in (" cuộc gọi ", " gọi tắt ", " gọi là "):  # «(gọi tắt: Nghị định 168)»
        before = before.replace(named, " ")
    return any(f" {cue} " in before for cue in PHONE_CUES)


# A line about a firm's or an economy's results, where «Q3» is a quarter
_RESULTS = re.compile(
    r"(?i)lợi nhuận|doanh thu|doanh số|\bLNST\b|\bLNTT\b|\bKQKD\b|năm tài chính|cổ phiếu|cổ tức"
    r"|cùng kỳ|\bYoY\b|\bQoQ\b|\bGDP\b|tăng trưởng|\bEPS\b"
)
# A line about a city's districts, where «Q3» is «quận 3»
_CITY = re.compile(r"TP\.?\s?HCM|TPHCM|Sài Gòn|Hồ Chí Minh|(?i:\bquận\b|\bphường\b)")
_AT_A_PLACE = re.compile(r"(?i)(?:^|\s)(?:tại|ở)\s$")


def q_meaning(text: str, start: int, number: int) -> str | None:
    """What «Q» before a number at ``start`` names in its line: «quý», a quarter (1 to 4, in a
    line about results, not after «tại», «ở»); «quận», a district (in a line about the city,
    or at a place in a line with both); None — a car model («Audi Q5»), a form — its letter."""
    if "Audi" in text:
        return None
    results, city = line_has(_RESULTS, text), line_has(_CITY, text)
    at_a_place = _AT_A_PLACE.search(text[max(0, start - 5) : start]) is not None
    if 1 <= number <= 4 and results and not city and not at_a_place:
        return "quý"
    if city and (not results or at_a_place):
        return "quận"
    return None


# «80-60 phân», «45-40 phút»: lengths and times the measure list leaves out
_SPAN_OF = frozenset(("phân", "phút", "giờ", "giây", "tiếng", "ngày", "tuần", "tháng", "tuổi"))


def measured_after(text: str, end: int) -> bool:
    """A measure, a count or a length of time after a pair of numbers: a span, no score."""
    return (
        MEASURED_AFTER.match(text, end) is not None
        or counted_after(text, end)
        or word_after(text, end) in _SPAN_OF
    )
