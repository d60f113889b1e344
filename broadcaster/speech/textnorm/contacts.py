"""How to reach someone by telephone (web and e-mail addresses: ``weblinks``).

Telephone and service numbers, read one digit at a time as an announcer gives them out.

Hotlines in any grouping (``0912 345 678``, ``0912.345.678``, ``(0239) 3.855.123``,
``+84 912 345 678``, ``1800 1567``, ``1900.9095``), the emergency and short service numbers
(``113``, ``114``, ``115``, ``111``, ``1022``) unless a counted noun shows they are a count
(«113 hộ») or an end of a range («từ 116-118 ngàn/kg»), any digit group after a telephone
word («gọi», «đường dây nóng», «SĐT»), and a bank account's number («số tài khoản 996817»).
A network's USSD code is keyed, so said key by key (``*101#`` → «sao một không một thăng»),
and so is the short number a text message is sent to (``Soạn DK RU3 gửi 9123``).
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import (
    ADMIN_UNITS,
    PHONE_CUES,
    clause_before,
    counted_after,
    directly_before,
    phone_cue_before,
    word_after,
)
from broadcaster.speech.textnorm.numbers import read_digits

# A count or a measure follows: «113 hộ», «115 ngày» are numbers, not phone numbers.
MEASURES = frozenset(
    [
        "ngày",
        "tháng",
        "năm",
        "tuần",
        "giờ",
        "phút",
        "nghìn",
        "triệu",
        "tỷ",
        "đồng",
        "km",
        "ha",
        "tấn",
        "độ",
    ]
)
SERVICE = ("111", "112", "113", "114", "115", "116", "1022", "1080", "1088", "18001567")
_G = r"[ .\-]?"
LONG = re.compile(
    r"(?<![\w.,])(?:"
    r"\+84[ .\-]?(?:\(0?\d{2,3}\)|\(?0?\)?\d{2,3})(?:[ .\-]?\d){6,8}"  # +84 912 345 678, +84 (24) …
    # abroad: «+82 10-3622-6618», «(+82) 10–3622–6618», «+94.11.2696050», «+86 13120363638»;
    # not an amount in thousands «+45.000.000 đồng», «+10 000 000 con»
    r"|(?:\(\+(?!84)[1-9]\d{0,2}\)|\+(?!84)[1-9]\d{0,2})(?![.\s]?\d{1,3}(?:[.\s]\d{3})+(?![.\s]?\d))"
    r"[ .\-–]?(?:\(?\d{1,4}\)?(?:[ .\-–]\d{2,8}){1,4}|\d{9,12})(?![ .\-–]?\d)"
    r"|\(0\d{2,3}\)[ .\-]?\d(?:[ .\-]?\d){5,7}"  # (0239) 3.855.123
    r"|0\d{2,3}(?:[ .\-]?\d){6,8}"  # 0912 345 678, 0239.3855.123
    r"|0\d[ .\-]\d{8}"  # 04.39985765: an old two-digit area code
    r"|[2-9]\.\d{7}(?!\s*(?:độ|vĩ|kinh|°))"  # 3.8556169: a local number, no area code
    r"|1[89]00(?:\s*[-–]\s*|[ .]?)\d{2,3}[ .\-]?\d{1,3}"  # 1800 1567, 1900.9095, 1800 – 6838
    r"|\(?0\d{2,3}\)?[ .\-]?11[1-6]"  # 028 115: an area code before a service number
    r")(?![\w]|[.,]\d)"
)
SHORT = re.compile(rf"(?<![\w.,/])({'|'.join(SERVICE)})(?![\w/%]|[.,]\d|\s%)")  # «tăng 114%»
# «113 - 114 - 115», «113-114-115»: the hotlines listed by dashes, each a call (unless they count
# something: «113-115 hộ», «từ 112 – 116 người» are ranges).
SERVICE_LIST = re.compile(
    rf"(?<![\w.,/])(?:{'|'.join(SERVICE)})(?:\s*[-–]\s*(?:{'|'.join(SERVICE)}))+(?![\w/%]|[.,]\d)"
)
# A service number joined to another number by a dash or «đến»: an end of a range («từ
# 116-118 ngàn/kg», «111 đến 115»), no call.
_JOINED_AFTER = re.compile(r"\s*(?:[-–—]|đến|tới)\s*\d")
_JOINED_BEFORE = re.compile(r"\d\s*(?:[-–—]|đến|tới)\s*$")
# «Hà Nội 113, TP.HCM 94, Đà Nẵng 18», «xã Tân Hòa 113, xã Tân Phú 94»: counts listed after
# names, one a service number by chance
_NAMED = (
    rf"(?:(?:{'|'.join(ADMIN_UNITS)}|thành phố)\s)?"
    r"[A-ZĐ][^\W\d_]*\.?(?:\s?[A-ZĐ][^\W\d_]*\.?){0,3}"
)
_NAMED_COUNT = re.compile(rf"({_NAMED})\s(\d+)(?![\w.,]\d)")
_LIST_COMMA = re.compile(r"\s*[,;]\s*")
# A bank account's number, given out digit by digit: «số tài khoản 996817», «vào tài khoản
# 123456», «STK: 0601 2345 678» (one grouped by dots, «4216.2010.02178», is read as a code:
# «chấm» between the groups); never an amount: «tài khoản 100 000 000 đồng» is a balance (the
# digits are taken whole, so no shorter run before «đồng» is taken instead).
ACCOUNT = re.compile(
    r"(?i)(?<!\w)((?:số )?tài khoản(?: số| ngân hàng| là)?|số TK|STK)(\s*:?\s*)"
    r"((?>\d{2,}(?:[ \-]\d{3,})*))(?![\w]|[.,]\d"
    r"|\s*(?:đồng\b(?!\s+(?:thời|bộ))|đ\b|nghìn|ngàn|triệu|tỷ|tỉ|USD|VNĐ))"
)
AFTER_CUE = re.compile(  # «đường dây nóng 19909995»: eight digits or more, ungrouped
    r"(?<![\w.,/])(\d{3,5}(?:[ .\-]\d{2,5}){0,3}|\d{8,11})(?![\w/]|[.,]\d)"
)


_PLACE_BEFORE = frozenset(  # and a unit's number: «Tiểu đoàn bộ binh 111», «Hải đội 112»
    (
        *("ngõ", "ngách", "hẻm", "kiệt", "nhà", "phố", "phòng", "tầng", "tổ", "km"),
        *("đoàn", "đội", "binh"),
        *("hạng", "top"),  # a rank: «tay vợt hạng 113»
    )
)
# «Hotline, cuối năm 2020, …»: a year or a period after a cue, never a call
_TIME_BEFORE = frozenset(("năm", "quý", "kỳ", "khóa", "khoá"))
_NOT_A_CALL_BEFORE = _PLACE_BEFORE | _TIME_BEFORE
# «Hotline giai đoạn 2021-2025», «năm học 2023 - 2024»: a span of years, never a call
_YEAR = r"(?:19|20)\d\d"
_YEAR_SPAN = re.compile(rf"{_YEAR}\s*[-–]\s*{_YEAR}")
_SPAN_AFTER = re.compile(rf"\s*[-–]\s*{_YEAR}(?!\d)")
_SPAN_BEFORE = re.compile(rf"{_YEAR}\s*[-–]\s*$")


def _years(m: re.Match[str]) -> bool:
    """The number is a span of years, or one end of one."""
    number = m.group(0)
    if _YEAR_SPAN.fullmatch(number):
        return True
    return bool(re.fullmatch(_YEAR, number)) and bool(
        _SPAN_AFTER.match(m.string, m.end())
        or _SPAN_BEFORE.search(m.string[max(0, m.start() - 8) : m.start()])
    )


HOSPITAL_NAME = re.compile(r"(?i)(?:nhân dân|bệnh viện)\s*$")
# «Nghị định số 116», «Điều 115»: a document's or an article's number, never a phone number
DOCUMENT_BEFORE = re.compile(
    r"(?i)\b(?:nghị định|quyết định|thông tư|nghị quyết|chỉ thị|công văn|kế hoạch|luật|điều"
    r"|khoản|tờ trình|thông báo|báo cáo)(?:\s+số)?\s*$"
)
# Words that may follow a service number without making it a count: «gọi 115 để …».
_AFTER_PHONE_WORDS = """
    để hoặc hay và của khi nếu ngay miễn trong tại ở cho thì là nhé đến tới với được sẽ
    hỗ trợ báo cấp cứu cứu nạn cứu hộ gọi kịp thời khẩn cấp miễn phí
"""
_AFTER_PHONE = frozenset(_AFTER_PHONE_WORDS.split())


# A unit symbol follows: «112 MW», «115 kV», «113 km» are measures, not service numbers.
_UNIT_AFTER = re.compile(r"[ \t]?(?:[kMG]?W|[kM]V|kVA|km|kg|ha|mm|cm|m|tấn|tạ|lít)(?![\w/]|²|³)")


def _noun_after(text: str, pos: int) -> bool:
    """A lower-case word follows that could be what is counted («115 trẻ», «113 vụ»)."""
    m = re.match(r"[ \t]+([a-zà-ỹđ]+)", text[pos : pos + 30])
    return m is not None and m.group(1) not in _AFTER_PHONE


def _digits(m: re.Match[str]) -> str:
    raw = m.group(0)
    words = read_digits(raw)
    return ("cộng " + words) if raw.lstrip("(").startswith("+") else words


def _in_a_range(m: re.Match[str]) -> bool:
    """«từ 116-118 ngàn», «111 đến 115»: an end of a range, not a call."""
    return bool(
        _JOINED_AFTER.match(m.string, m.end())
        or _JOINED_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    )


def _named_counts(text: str) -> set[int]:
    """Where the numbers of lists of «Name N, Name N, …» (two items or more) start, when one
    of them is no service number and no telephone cue opens the list: the numbers count («Hà
    Nội 113, TP.HCM 94»), all alike; «Công an 113, Cứu hỏa 114» and «Gọi Viettel 198,
    MobiFone 9090, Cấp cứu 115» are calls."""
    runs: list[list[re.Match[str]]] = []
    for item in _NAMED_COUNT.finditer(text):
        last = runs[-1][-1] if runs else None
        if last and _LIST_COMMA.fullmatch(text, last.end(), item.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
    return {
        item.start(2)
        for run in runs
        if len(run) > 1
        and any(item.group(2) not in SERVICE or counted_after(text, item.end()) for item in run)
        and not phone_cue_before(text, run[0].start(2))
        for item in run
    }


def _service_list(m: re.Match[str]) -> str:
    """Hotlines listed by dashes, each said digit by digit with a pause between; a range when a
    count follows or «từ» opens it."""
    if counted_after(m.string, m.end()) or directly_before(m.string, m.start()) == "từ":
        return m.group(0)
    return ", ".join(read_digits(n) for n in re.findall(r"\d+", m.group(0)))


def _account(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(3))
    if len(digits) < 6:
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{read_digits(digits)}"


# «18001090 hoặc 9090», «1800 1090 hay 9090»: a short code offered instead of a hotline, a call
# too (not the start of a second number typed in groups, «hoặc 0987 654 321», nor an amount)
OR_SHORT_CODE = re.compile(
    r"(?<![\w.,])(0\d{9,10}|0\d{2,3}(?:[ .]\d{3,4}){2}|1[89]00[ .]?\d{4,6})(\s+(?:hoặc|hay)\s+)"
    r"(\d{3,5})(?![\w/]|[.,]\d|\s?\d)"
)


def _or_short_code(m: re.Match[str]) -> str:
    if counted_after(m.string, m.end()) or word_after(m.string, m.end()) in MEASURES:
        return m.group(0)  # «hoặc 2000 đồng», «hoặc 1234 thành viên»
    return m.group(1) + m.group(2) + read_digits(m.group(3))


# A USSD code: «*101#», «*091*191#OK» (the key «OK» after it)
USSD = re.compile(r"(?<![\w*#])\*\s?(\d{1,4}(?:\*\d{1,15})*)\s?#(?:(OK)(?!\w))?")
# The short numbers a text message goes to, in a sentence telling how to text: «Soạn DK gửi
# 9123», «gửi 9123, 999», «gửi tới 999 hoặc 1080» — each closing the instruction (not «gửi 5000
# USD», «gửi 250 suất quà»)
_SHORT_NUMBER = r"\d{3,5}(?![\w/%]|[.,]\d)"
SMS_NUMBERS = re.compile(
    rf"(?:(?<=\bgửi )|(?<=\bgởi ))((?:số |tới |đến )?)({_SHORT_NUMBER}(?:(?:,\s*|\s+hoặc\s+)"
    rf"{_SHORT_NUMBER})*)(?=\s*(?:[.,;:)]|$)|\s+(?:hoặc|để|và|miễn phí|\())"
)
_TEXTING = re.compile(r"(?i)\bsoạn\b|\bnhắn tin\b")


def _ussd(m: re.Match[str]) -> str:
    keys = " sao ".join(read_digits(group) for group in m.group(1).split("*"))
    return f"sao {keys} thăng" + (" ô kê" if m.group(2) else "")


def _sms_numbers(m: re.Match[str]) -> str:
    if not _TEXTING.search(clause_before(m.string, m.start())):
        return m.group(0)  # «đã gửi 3000 cho kẻ gian»: no message typed in the sentence
    return m.group(1) + re.sub(r"\d+", lambda d: read_digits(d.group(0)), m.group(2))


def read_phones(text: str) -> str:
    if "*" in text and "#" in text:
        text = USSD.sub(_ussd, text)
    if ("gửi " in text or "gởi " in text) and _TEXTING.search(text):
        text = SMS_NUMBERS.sub(_sms_numbers, text)
    if " hoặc " in text or " hay " in text:
        text = OR_SHORT_CODE.sub(_or_short_code, text)
    text = LONG.sub(_digits, text)
    if "khoản" in text or "tk" in text.lower():
        text = ACCOUNT.sub(_account, text)
    if "-" in text or "–" in text:
        text = SERVICE_LIST.sub(_service_list, text)

    def short(m: re.Match[str]) -> str:
        if counted_after(m.string, m.end()) or word_after(m.string, m.end()) in MEASURES:
            return m.group(0)
        if _in_a_range(m) or m.start() in named:
            return m.group(0)
        if _UNIT_AFTER.match(m.string, m.end()):
            return m.group(0)
        if directly_before(m.string, m.start()) in _NOT_A_CALL_BEFORE:
            return m.group(0)  # «ngõ 111», «phòng 115»: a place's number; «năm 2020»
        if HOSPITAL_NAME.search(m.string[max(0, m.start() - 20) : m.start()]):
            return m.group(0)  # «Bệnh viện Nhân dân 115»: a hospital's name, a number
        if DOCUMENT_BEFORE.search(m.string[max(0, m.start() - 24) : m.start()]):
            return m.group(0)
        if phone_cue_before(m.string, m.start()) or not _noun_after(m.string, m.end()):
            return _digits(m)
        return m.group(0)  # «115 trẻ trai»: a count of what follows

    named = _named_counts(text) if SHORT.search(text) else set()  # before the calls are read
    text = SHORT.sub(short, text)

    def cued(m: re.Match[str]) -> str:
        grouped = not m.group(0).isdigit()  # «3855 123»: only a telephone number is grouped
        if (
            phone_cue_before(m.string, m.start())
            and directly_before(m.string, m.start()) not in _NOT_A_CALL_BEFORE
            and not _years(m)
            and not counted_after(m.string, m.end())
            and (grouped or not _noun_after(m.string, m.end()))  # «gọi 968 nam công dân»
        ):
            return _digits(m)
        return m.group(0)

    low = text.lower()
    if not any(cue in low for cue in PHONE_CUES):  # what ``cued`` needs before a number
        return text
    return AFTER_CUE.sub(cued, text)
