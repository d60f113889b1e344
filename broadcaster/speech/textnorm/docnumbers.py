"""Document numbers of every shape, read as an announcer reads them on VOV.

``45/2019/NĐ-CP`` after «Nghị định số» → «bốn mươi lăm năm hai nghìn không trăm mười chín của
Chính phủ»: the number, the year as a year, then the issuer with «của». The type code
(``NĐ``) repeats the word already said before «số», so it is not read again; when the text
did not name the type, it is said («… nghị định của Chính phủ»). ``QH15`` → «Quốc hội khóa
mười lăm»; ``215/UBND-VP`` → «hai trăm mười lăm của Ủy ban nhân dân» (the drafting unit
after the issuer is a filing mark, not read); party documents ``57-NQ/TW`` likewise.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from broadcaster.speech.textnorm.codes import LETTERS, spell
from broadcaster.speech.textnorm.context import directly_before, words_before
from broadcaster.speech.textnorm.numbers import read_int

TYPES = {
    "NQ": "nghị quyết",
    "NQLT": "nghị quyết liên tịch",
    "NĐ": "nghị định",
    "QĐ": "quyết định",
    "KH": "kế hoạch",
    "CT": "chỉ thị",
    "TB": "thông báo",
    "CV": "công văn",
    "ĐA": "đề án",
    "TT": "thông tư",
    "TTLT": "thông tư liên tịch",
    "TTr": "tờ trình",
    "BC": "báo cáo",
    "HD": "hướng dẫn",
    "CĐ": "công điện",
    "QC": "quy chế",
    "QyĐ": "quy định",
    "KL": "kết luận",
    "CTr": "chương trình",
    "PA": "phương án",
    "GM": "giấy mời",
    "BB": "biên bản",
    "HĐ": "hợp đồng",
    "GP": "giấy phép",
    "PL": "pháp lệnh",
    "L": "luật",
}
JOINT = {"NQLT", "TTLT"}
# Issuers whose reading in a document number differs from the everyday abbreviation.
ISSUERS = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "BTC": "Bộ Tài chính",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "TU": "Tỉnh ủy",
    "HU": "Huyện ủy",
    "ĐU": "Đảng ủy",
    "VP": "Văn phòng",
    "BCĐ": "Ban Chỉ đạo",
    "BCT": "Bộ Công Thương",
}
_CODE = r"[A-ZĐ][A-Za-zĐđƯƠÂĂÊÔ&]*\d*"  # «TƯ»: Vietnamese capitals too
_TYPE_ALT = "|".join(sorted(TYPES, key=len, reverse=True))
STATE = re.compile(
    rf"(?<![\w/.])(\d{{1,6}}[a-z]?)(?:(?:/|-(?=(?:19|20)\d\d/))(\d{{4}}))?"  # «19-2017/NQ-CP»
    rf"(\s*/\s*|\s+)({_CODE}(?:\s?-\s?{_CODE})*)"  # «1460/QĐ - TCMT»
    r"(?:/((?:19|20)\d\d))?(?![\w\-/])"  # the year last: «57/NĐ-CP/2017»
)
PARTY = re.compile(rf"(?<![\w/.])(\d{{1,6}})-({_TYPE_ALT})/({_CODE})(?![\w\-/])")


def _two_issuers(part: str, expand: Callable[[str], str]) -> tuple[str, str] | None:
    """«BCĐTW» → («BCĐ», «TW»): an issuer written as two known ones run together."""
    for cut in range(2, len(part) - 1):
        head, tail = part[:cut], part[cut:]
        if all(p in ISSUERS or expand(p) != p for p in (head, tail)):
            return head, tail
    return None


def issuer_words(part: str, expand: Callable[[str], str]) -> str:
    m = re.fullmatch(r"(.*?[^\d])(\d+)", part)
    if m and m.group(1) in ("QH", "UBTVQH"):
        return f"{ISSUERS[m.group(1)]} khóa {read_int(int(m.group(2)))}"
    if part in ISSUERS:
        return ISSUERS[part]
    if expand(part) == part and (pair := _two_issuers(part, expand)):
        return " ".join(ISSUERS.get(p) or expand(p) for p in pair)
    return expand(part)


def _known(part: str, expand: Callable[[str], str]) -> bool:
    return (
        part in TYPES
        or part in ISSUERS
        or expand(part) != part
        or bool(re.fullmatch(r"(?:QH|UBTVQH)\d+", part))
        or _two_issuers(part, expand) is not None
    )


def _issuer_follows(text: str, end: int) -> bool:
    """The clause names the issuer itself: «1500/QĐ-TTg của Thủ tướng», «… ngày 7/3 của UBBC»."""
    clause = re.split(r"[,;:!?()]|\.(?!\d)|\b(?:và|hoặc)\b", text[end : end + 80], maxsplit=1)[0]
    return bool(re.search(r"(?i)\bcủa\b", clause))


def _number_words(number: str) -> str:
    """«168a» → «một trăm sáu mươi tám a», «30c» → «ba mươi xê» (the letter's name)."""
    digits, suffix = number.rstrip("abcdefghijklmnopqrstuvwxyz"), number.lstrip("0123456789")
    return read_int(int(digits)) + (f" {LETTERS[suffix.upper()]}" if suffix else "")


def _reading(
    text: str,
    start: int,
    end: int,
    number: str,
    year: str | None,
    parts: list[str],
    expand: Callable[[str], str],
) -> str:
    kind = TYPES.get(parts[0])
    issuers = parts[1:] if kind else parts[:1]
    if kind and parts[0] not in JOINT:
        issuers = issuers[:1]
    words = _number_words(number)
    if year:
        words += f" năm {read_int(int(year))}"
    before = words_before(text, start, 5)
    if parts[0] == "QĐ" and _PARTY_RULE.search(text[max(0, start - 20) : start]):
        kind = "quy định"  # «Quy định 01-QĐ/TW»: the Party's regulations are «QĐ» too
    # «Quyết định 22/2013/QĐ-TTg», «QĐ 22/2013/QĐ-TTg»: the kind is said already
    named = kind is None or kind in " ".join(before) or parts[0].lower() in before
    if kind and not named:
        if directly_before(text, start) == "số":
            words += f" {kind}"
        else:
            words = f"{kind} số {words}"
    if issuers and not _issuer_follows(text, end):
        words += " của " + " và ".join(issuer_words(p, expand) for p in issuers)
    return words


_PARTY_RULE = re.compile(r"(?i)\bquy định(?:\s+số)?\s*$")
_DOCUMENT_WORDS = frozenset(" ".join(TYPES.values()).split()) | {"văn", "bản", "số", "hiệu"}


# «mẫu số 13/TD», «Mẫu số 01/TK-TNCN», «biểu mẫu 02/ĐK»: a form's own code after its number,
# its short letters spelled and a longer abbreviation read («mẫu số 01/TK» is no account); a
# form named by a document kind is read as one («Mẫu số 02/QĐ-UBND»). Not «đại biểu 135/…».
_FORM_BEFORE = re.compile(
    r"(?i)\b(?:mẫu|(?<!đại )(?<!phát )(?<!tiêu )biểu|bảng kê|tờ khai)(?:\s+số)?\s*$"
)


def _form_code(part: str, expand: Callable[[str], str]) -> str:
    said = expand(part) if len(part) > 2 else part
    return spell(part) if said == part else said


def _numbered_document(text: str, start: int) -> bool:
    """«… số 354/TE-CSTE», «Thông báo 308/TB-…»: a document is being cited."""
    if re.search(r"(?i)\bsố\s*:\s*$", text[max(0, start - 10) : start]):
        return True  # «Số: 02/QĐ-…», a document's own number line
    if not text[:start].strip():
        return True  # the same line once its «Số:» was taken off
    return directly_before(text, start) in _DOCUMENT_WORDS


# «Số: 13/2015/QĐ-UBND»: a document's number line; the reading says «quyết định số …» itself.
NUMBER_LINE = re.compile(rf"(?i)^\s*số\s*:\s*(?=\d{{1,6}}[a-z]?(?:/\d{{4}})?/(?:{_TYPE_ALT})-)")
# «Hướng dẫn số: 05/HD-…» inside a sentence: the colon only.
NUMBER_COLON = re.compile(r"(?i)\b(số(?: hiệu)?)\s*:\s*(?=\d)")


# A European act's number, year first: «Chỉ thị 2001/83/EC», «Quy định 2023/1115/EU»
EU_ACT = re.compile(
    r"(?<![\w/])((?:19|20)?\d\d)/(\d{1,4})/\s?(?i:(EC|EU|EEC|CE))(?![\w/])"  # «98/34/EC»
)


_EU_HINT = re.compile(r"/\s?(?i:e|ce)")  # what EU_ACT needs, found fast


def _eu_act(m: re.Match[str]) -> str:
    letters = " ".join(LETTERS[c] for c in m.group(3).upper())
    return f"{read_int(int(m.group(1)))} trên {read_int(int(m.group(2)))} trên {letters}"


def read_doc_numbers(text: str, expand: Callable[[str], str]) -> str:
    if "/" in text and _EU_HINT.search(text):
        text = EU_ACT.sub(_eu_act, text)
    if ":" in text:
        text = NUMBER_COLON.sub(r"\1 ", NUMBER_LINE.sub("", text))

    def state(m: re.Match[str]) -> str:
        if m.group(5):  # «57/NĐ-CP/2017»: the year said where it is written, last
            said = state_at(m, m.group(2))
            return m.group(0) if said == m.group(0) else f"{said} năm {read_int(int(m.group(5)))}"
        return state_at(m, m.group(2))

    def state_at(m: re.Match[str], year: str | None) -> str:
        parts = [p.strip() for p in m.group(4).split("-")]
        glued_by_space = "/" not in m.group(3)
        if (
            not glued_by_space
            and year is None
            and parts[0] not in TYPES
            and _FORM_BEFORE.search(m.string, 0, m.start())
        ):
            code = " ".join(_form_code(p, expand) for p in parts)
            return f"{_number_words(m.group(1))} {code}"
        if glued_by_space and (len(parts) < 2 or parts[0] not in TYPES):
            return m.group(0)
        if not all(_known(p, expand) for p in parts[:2]):
            if glued_by_space or not _numbered_document(m.string, m.start()):
                return m.group(0)
            # «Công văn số 354/TE-CSTE»: an office's own filing code is not read aloud;
            # the number is, with the document type when the code starts with one.
            if parts[0] in TYPES:
                return _reading(m.string, m.start(), m.end(), m.group(1), year, parts[:1], expand)
            return _number_words(m.group(1)) + (f" năm {read_int(int(year))}" if year else "")
        return _reading(m.string, m.start(), m.end(), m.group(1), year, parts, expand)

    def party(m: re.Match[str]) -> str:
        return _reading(
            m.string, m.start(), m.end(), m.group(1), None, [m.group(2), m.group(3)], expand
        )

    text = PARTY.sub(party, text)
    return STATE.sub(state, text)
