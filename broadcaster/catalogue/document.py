"""An administrative document (thông báo, kế hoạch, quyết định, giấy mời, công văn) → the
script an announcer reads: rules over the document's structure, decided by pure functions.

An announcer skips the quốc hiệu and tiêu ngữ, the «Số: 123/TB-UBND» line, the place and
date, «Nơi nhận: …», the signature block (TM./KT./TL. …, CHỦ TỊCH, the name), page numbers
and footnotes; opens with who announces what («Ủy ban nhân dân xã … thông báo về …»);
reads a table row by row as sentences and list numbers as «thứ nhất, thứ hai…».

A document is a list of ``Block``\\s (paragraphs with their style, numbered or not, and
tables), read from a .docx (``docx_blocks``) or from text lines (``text_blocks``: .txt or
text taken out of a PDF). Text that is not an administrative document is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from broadcaster.speech.textnorm.numbers import read_int, roman_to_int
from broadcaster.speech.textnorm.syllables import is_syllable


@dataclass(frozen=True)
class Block:
    """A paragraph (``text``, its style, automatic numbering) or a table (``rows``)."""

    text: str = ""
    style: str = ""
    numbered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class DocumentScript:
    text: str
    kind: str = ""  # «thông báo», «kế hoạch» … ("" when not a document)
    issuer: str = ""
    subject: str = ""
    skipped: tuple[str, ...] = field(default_factory=tuple)
    is_document: bool = False


_I = "(?i)"
QUOC_HIEU = re.compile(_I + r"^\W*c[ộo]ng\s+h(?:òa|oà|oa)\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a")
TIEU_NGU = re.compile(
    _I + r"^\W*đ[ộo]c\s+l[ậa]p\s*[-–—,]\s*t[ựu]\s+do\s*[-–—,]\s*h[ạa]nh\s+ph[úu]c"
)
RULE = re.compile(r"^[\s\-–—_=*.~•]+$")
NUMBER_LINE = re.compile(_I + r"^\W*(?:[\wđ ]{0,25}\s)?s[ốo]\s*(?:hiệu)?\s*:\s*\S*\d")
PLACE_DATE = re.compile(
    _I + r"^[^,;:]{2,50},\s*ngày\s+\S{1,3}\s+tháng\s+\S{1,3}\s+năm\s+\d{4}\s*\.?$"
)
ABOUT = re.compile(_I + r"^\W*(?:v/v|về\s+việc)\s*[:.]?\s*(.*)$")
RECIPIENTS = re.compile(_I + r"^\W*nơi\s+nhận\s*:?")
SIGNATURE = re.compile(r"^\s*(?:TM|KT|TL|TUQ|Q|TM\s*/\s*KT)\s*\.\s*\S")
SIGNED = re.compile(
    _I + r"^\W*\((?:đã\s+ký|ký|ký,\s*ghi\s+rõ\s+họ\s+tên|ký\s+tên,\s*đóng\s+dấu)[^)]*\)\W*$"
)
POSITIONS = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|BÍ\s+THƯ|CHÁNH\s+VĂN\s+"
    r"PHÒNG|TRƯỞNG\s+TRẠM|TRƯỞNG\s+CÔNG\s+AN|CHỈ\s+HUY\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TRƯỞNG\s+THÔN|"
    r"CHỦ\s+NHIỆM|THỦ\s+TRƯỞNG)\b"
)
PAGE_NUMBER = re.compile(_I + r"^\W*(?:trang\s*)?\d{1,3}(?:\s*(?:/|trên)\s*\d{1,3})?\W*$")
FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]|\(\*+\))\s*\S")
SUPERSCRIPT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
KINDS = (
    "thông báo",
    "kế hoạch",
    "quyết định",
    "giấy mời",
    "thư mời",
    "công văn",
    "công điện",
    "báo cáo",
    "nghị quyết",
    "chỉ thị",
    "hướng dẫn",
    "tờ trình",
    "lời kêu gọi",
    "thông cáo",
)
_KIND = re.compile(_I + rf"^\W*({'|'.join(KINDS)})\b\s*:?\s*(.*)$")
_ORG = re.compile(
    _I + r"^\W*(?:ủy|uỷ|ubnd|hđnd|ub|hội|ban|công\s+an|trạm|trường|đảng|mặt\s+trận|đoàn|chi|"
    r"phòng|sở|bộ|điện\s+lực|công\s+ty|văn\s+phòng|trung\s+tâm|bệnh\s+viện|bảo\s+hiểm|"
    r"ủy\s+ban|thường\s+trực|bch|btc|ban\s+chỉ|cục|tổng|liên|hợp\s+tác)\b"
)
_UNIT = re.compile(
    _I
    + r"\b(xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|thôn|ấp|bản|tổ\s+dân\s+phố)\s+"
)
_BODY_START = re.compile(_I + r"^\W*(?:kính\s+gửi|căn\s+cứ|thực\s+hiện|theo|thi\s+hành|nhằm)\b")
_NUMBERED = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4})\s*[.)]\s+(?=\S)")
VERBS = {
    "thông báo": "thông báo",
    "thông cáo": "thông báo",
    "giấy mời": "trân trọng kính mời",
    "thư mời": "trân trọng kính mời",
    "công văn": "có công văn",
    "công điện": "có công điện",
    "lời kêu gọi": "kêu gọi",
}


def ordinal_word(n: int) -> str:
    """«thứ nhất», «thứ hai», «thứ tư», «thứ mười một» (list numbers as said)."""
    if n == 1:
        return "thứ nhất"
    if n == 4:
        return "thứ tư"
    return f"thứ {read_int(n)}"


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _acronym(word: str) -> bool:
    core = word.strip(".,;:()\"'«»")
    return len(core) >= 2 and core.isupper() and not is_syllable(core)


def reading_case(text: str, first_capital: bool = True) -> str:
    """A line in capitals as it is written in a sentence: «ỦY BAN NHÂN DÂN XÃ HÓA THƯỢNG» →
    «Ủy ban nhân dân xã Hóa Thượng»; acronyms (UBND, THCS) stay, place names after an
    administrative unit get capitals."""
    if not _is_caps(text):
        out = text
    else:
        out = " ".join(w if _acronym(w) else w.lower() for w in text.split())
        out = _UNIT.sub(lambda m: m.group(0).lower(), out)

        def place(m: re.Match[str]) -> str:
            words = m.group(2).split()
            return m.group(1) + " ".join(w[:1].upper() + w[1:] for w in words)

        out = re.sub(
            r"(?i)\b((?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|ấp|bản)\s+)"
            r"([^\W\d_]+(?:\s+(?!(?:xã|phường|huyện|tỉnh|năm|về|và|trên|tại|giai)\b)[^\W\d_]+)"
            r"{0,3})",
            place,
            out,
        )
    if first_capital and out:
        out = out[0].upper() + out[1:]
    return out


def _numbered(text: str, count: int) -> str:
    return f"{ordinal_word(count).capitalize()}, {text[:1].lower() + text[1:]}"


def _heading(text: str) -> str:
    """«1. MỤC ĐÍCH, YÊU CẦU» → «Thứ nhất, mục đích, yêu cầu.»; «II. …» → «Phần thứ hai, …»."""
    m = _NUMBERED.match(text)
    body = text[m.end() :] if m else text
    if _is_caps(body):
        body = reading_case(body)
    if body and body[-1] not in ".:;!?,":
        body += "."
    if m is None:
        return body
    token = m.group(1)
    if token.isdigit():
        return _numbered(body, int(token))
    value = roman_to_int(token)
    if value is None:
        return text
    return f"Phần {ordinal_word(value)}, {body[:1].lower() + body[1:]}"


def table_sentences(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    """A table read aloud: one sentence per row, each value said with its column's name.

    «STT | Thôn | Thời gian | Địa điểm» / «1 | Đông | 7 giờ | nhà văn hóa» →
    «Đông: thời gian 7 giờ, địa điểm nhà văn hóa.» (a «STT» column is not read)."""
    rows = tuple(tuple(" ".join(c.split()) for c in r) for r in rows if any(c.strip() for c in r))
    if not rows:
        return []
    if len(rows) == 1:
        return [", ".join(c for c in rows[0] if c) + "."]
    header = rows[0]
    keep = [i for i, h in enumerate(header) if not re.fullmatch(r"(?i)(?:s[ốo]\s*)?tt|stt|số", h)]
    sentences = []
    for row in rows[1:]:
        cells = [(header[i] if i < len(header) else "", row[i]) for i in keep if i < len(row)]
        cells = [(h, v) for h, v in cells if v]
        if not cells:
            continue
        lead = cells[0][1]
        rest = [f"{h[:1].lower() + h[1:]} {v}" if h else v for h, v in cells[1:]]
        sentence = f"{lead}: {', '.join(rest)}" if rest else lead
        sentences.append(sentence.rstrip(".;, ") + ".")
    return sentences


def _is_layout_row(text: str) -> bool:
    """A line that belongs to the frame of the document, not to what it says."""
    return bool(
        QUOC_HIEU.match(text)
        or TIEU_NGU.match(text)
        or RULE.match(text)
        or PLACE_DATE.match(text)
        or PAGE_NUMBER.match(text)
        or FOOTNOTE.match(text)
    )


def looks_like_document(blocks: list[Block]) -> bool:
    """A quốc hiệu, a tiêu ngữ, a «Số: …» line or «Nơi nhận» near the top or bottom."""
    texts = [b.text for b in blocks if b.text.strip()]
    head, tail = texts[:14], texts[-30:]
    return any(QUOC_HIEU.match(t) or TIEU_NGU.match(t) or NUMBER_LINE.match(t) for t in head) or (
        any(RECIPIENTS.match(t) for t in tail) and any(SIGNATURE.match(t) for t in tail)
    )


@dataclass
class _Reader:
    """The walk over the blocks: header, title and subject, body, end."""

    issuers: list[str] = field(default_factory=list)
    kind: str = ""
    subject: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    authority: str = ""  # «CHỦ TỊCH» of «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH»: who decides
    state: str = "header"  # header → title → body → end
    count: int = 0  # the automatic list number running in the body

    def skip(self, text: str) -> None:
        self.skipped.append(text)

    def take(self, block: Block) -> None:
        raw = " ".join(block.text.split())
        if FOOTNOTE.match(raw):
            self.skip(raw)
            return
        text = SUPERSCRIPT.sub("", raw)
        if block.rows:
            if self.state == "end":
                self.skip(" | ".join(" ".join(r) for r in block.rows))
                return
            self.state = "body"
            self.count = 0
            self.body += table_sentences(block.rows)
            return
        if not text:
            return
        if self.state == "end" or _is_layout_row(text):
            self.skip(text)
            return
        if RECIPIENTS.match(text) or SIGNATURE.match(text) or SIGNED.match(text):
            self.state = "end"
            self.skip(text)
            return
        if self.state in ("header", "title"):
            self._head(text)
            return
        if POSITIONS.match(text) and _is_caps(text) and len(text) < 60:
            self.state = "end"
            self.skip(text)
            return
        self._body(text, block)

    def _head(self, text: str) -> None:
        if NUMBER_LINE.match(text):
            self.skip(text)
            about = re.search(r"(?i)\b(?:v/v|về việc)\s*[:.]?\s*(.+)$", text)
            if about:
                self.subject.append("về việc " + about.group(1))
            return
        about = ABOUT.match(text)
        if about and (self.state == "title" or not self.kind):
            self.subject.append("về việc " + about.group(1))
            self.skip(text)
            return
        kind = _KIND.match(text)
        if kind and not self.kind and (_is_caps(kind.group(1)) or self.state == "header"):
            self.kind = kind.group(1).lower()
            rest = kind.group(2).strip()
            if rest:
                self.subject.append(rest)
            self.state = "title"
            self.skip(text)
            return
        if _is_caps(text) and len(text) < 160:
            if self.state == "header":
                starts = _ORG.match(text) is not None
                if starts or not self.issuers:
                    self.issuers.append(text)
                else:
                    self.issuers[-1] += " " + text
            elif _ORG.match(text) or POSITIONS.match(text):
                position = POSITIONS.match(text)  # «CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ»: who decides
                self.authority = position.group(0).lower() if position else ""
            else:
                self.subject.append(text)
            self.skip(text)
            return
        continued = self.subject and re.match(r"(?i)^(?:về|năm|giai đoạn)\b", text)
        first = not self.subject and not _BODY_START.match(text) and text[-1:] not in ".:;"
        if self.state == "title" and (continued or first) and len(text) < 240:
            self.subject.append(text)  # a subject in sentence case under the title
            self.skip(text)
            return
        self.state = "body"
        self._body(text, Block(text))

    def _body(self, text: str, block: Block) -> None:
        listed = re.match(r"(?i)^list\s*(?:number|paragraph)", block.style)
        if block.numbered or (listed and not _NUMBERED.match(text)):
            self.count += 1
            self.body.append(_numbered(text, self.count))
            return
        if re.match(r"(?i)^(?:quyết định|quyết nghị)\s*:$", text):
            self.body.append(reading_case(text))
            return
        if _NUMBERED.match(text) or (_is_caps(text) and len(text) < 160):
            self.count = 0  # a Word list runs on across paragraphs, not across headings
            self.body.append(_heading(text))
            return
        self.body.append(text)


def _opening(issuer: str, kind: str, subject: str, authority: str = "") -> str:
    """«Ủy ban nhân dân xã X thông báo về …» — who announces what."""
    who = reading_case(issuer) if issuer else ""
    if authority and who:
        who = f"{authority.capitalize()} {who[:1].lower() + who[1:]}"
    what = reading_case(" ".join(subject.split()), first_capital=False).strip(" .:;")
    words = what.split()
    for i, word in enumerate(words[:3]):  # «Về việc Triển khai» → «về việc triển khai»
        if word.lower() in ("về", "việc"):
            words[i] = word.lower()
            continue
        if word[:1].isupper() and not _acronym(word):
            words[i] = word[:1].lower() + word[1:]
        break
    what = " ".join(words)
    verb = VERBS.get(kind, f"ban hành {kind}" if kind else "thông báo")
    if kind in ("thông báo", "thông cáo", "công văn", "công điện", "") and what:
        if not re.match(r"(?i)^(?:về|v/v)\b", what):
            what = "về " + what
        what = re.sub(r"(?i)^v/v\b", "về việc", what)
    sentence = " ".join(p for p in (who, verb, what) if p)
    if not who:
        sentence = sentence[:1].upper() + sentence[1:]
    return sentence + ("." if what else ":")


def broadcast_script(blocks: list[Block]) -> DocumentScript:
    """The script an announcer reads; a text that is not a document comes back as it is."""
    if not looks_like_document(blocks):
        plain = "\n".join(
            b.text if not b.rows else "\n".join(", ".join(c for c in r if c) for r in b.rows)
            for b in blocks
        )
        return DocumentScript(plain)
    reader = _Reader()
    for block in blocks:
        reader.take(block)
    issuer = reader.issuers[-1] if reader.issuers else ""
    subject = " ".join(reader.subject)
    kind = reader.kind or ("công văn" if subject else "")
    lines = [_opening(issuer, kind, subject, reader.authority), *reader.body]
    return DocumentScript(
        "\n".join(line for line in lines if line.strip()),
        kind=kind,
        issuer=reading_case(issuer) if issuer else "",
        subject=subject,
        skipped=tuple(reader.skipped),
        is_document=True,
    )


# -- reading the blocks ------------------------------------------------------------------
_FRAME_CELL = re.compile(
    _I
    + r"(?:c[ộo]ng\s+h(?:òa|oà|oa)\s+x[ãa]\s+h[ộo]i|đ[ộo]c\s+l[ậa]p\s*[-–]|\bs[ốo]\s*:|nơi\s+nhận|"
    r"^\s*(?:tm|kt|tl)\s*\.)"
)


def text_blocks(text: str) -> list[Block]:
    """Lines of a .txt (or of text taken out of a PDF); tab- or «|»-separated runs of two
    or more lines are a table."""
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []
    for raw in text.split("\n"):
        line = raw.strip()
        cells = (
            [c.strip() for c in re.split(r"\t+|\s*\|\s*", line)]
            if ("\t" in line or "|" in line)
            else []
        )
        cells = [c for c in cells if c] if cells else []
        if len(cells) >= 2:
            rows.append(tuple(cells))
            continue
        if rows:
            blocks += [Block(rows=tuple(rows))] if len(rows) >= 2 else [Block(" ".join(rows[0]))]
            rows = []
        blocks.append(Block(line))
    if rows:
        blocks += [Block(rows=tuple(rows))] if len(rows) >= 2 else [Block(" ".join(rows[0]))]
    return blocks


_NEW_ELEMENT = re.compile(
    _I + r"^\W*(?:\d{1,2}\s*[.)]\s|[IVX]{1,4}\s*[.)]\s|[-+•–]\s|điều\s+\d|nơi\s+nhận|"
    r"kính\s+gửi|căn\s+cứ|(?:tm|kt|tl)\s*\.|s[ốo]\s*:|độc\s+lập)"
)


def pdf_lines(text: str) -> str:
    """Text out of a PDF has its paragraphs wrapped at the page width: join the pieces of
    each paragraph (a line that does not end a sentence, followed by one that goes on: a
    lower-case or digit start, or after a full-width line), and split a rule glued to
    the next words («------Số: 155/KH-UBND»). Capitals wrapped in a narrow header cell
    («CỘNG HÒA XÃ HỘI CHỦ NGHĨA» / «VIỆT NAM») are joined too."""
    raw = [re.sub(r"^([-_=*~]{3,})(?=\S)", r"\1\n", line.rstrip()) for line in text.split("\n")]
    lines = "\n".join(raw).split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    full = widths[int(len(widths) * 0.9)] * 0.8 if widths else 0
    out: list[str] = []
    for line in (ln.strip() for ln in lines):
        prev = out[-1] if out else ""
        joins = False
        frame = any(r.match(line) for r in (QUOC_HIEU, NUMBER_LINE, RECIPIENTS)) or any(
            r.match(prev) for r in (NUMBER_LINE, RECIPIENTS)
        )
        if line and prev and not frame and not RULE.match(prev) and not RULE.match(line):
            open_end = prev[-1] not in ".:;!?"
            new = _NEW_ELEMENT.match(line) is not None
            if _is_caps(prev) and _is_caps(line):
                joins = open_end and not new and not _KIND.match(line) and not _ORG.match(line)
            elif (not _is_caps(prev) and not _is_caps(line)) or line[:1].isdigit():
                goes_on = line[:1].islower() or line[:1].isdigit() or len(prev) >= full
                joins = open_end and not new and goes_on
        if joins:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _paragraph_text(p: object) -> str:
    """A paragraph's visible text, without superscript footnote marks."""
    out: list[str] = []
    for run in p.iter():  # type: ignore[attr-defined]
        tag = run.tag.rsplit("}", 1)[-1]
        if tag != "r":
            continue
        vert = [e for e in run.iter() if e.tag.endswith("}vertAlign")]
        if vert and any(v.get(v.tag.split("}")[0] + "}val") == "superscript" for v in vert):
            continue
        if any(e.tag.endswith("}footnoteReference") for e in run.iter()):
            continue
        out += [t.text or "" for t in run.iter() if t.tag.endswith("}t")]
        out += [" " for t in run.iter() if t.tag.endswith("}tab")]
    return "".join(out)


def docx_blocks(path: Path) -> list[Block]:
    """Paragraphs (style name, automatic numbering) and tables of a .docx, in order. A
    table that frames the document (quốc hiệu, «Số:», «Nơi nhận», signature) is read as
    its cells' paragraphs, column by column."""
    from broadcaster.catalogue.scriptfile import open_docx  # checked and read already

    document = open_docx(path)
    styles = {s.style_id: s.name for s in document.styles}
    blocks: list[Block] = []

    def paragraph(p: object) -> Block:
        style_el = [e for e in p.iter() if e.tag.endswith("}pStyle")]  # type: ignore[attr-defined]
        ns = p.tag.split("}")[0] + "}"  # type: ignore[attr-defined]
        style = styles.get(style_el[0].get(ns + "val"), "") if style_el else ""
        numbered = any(e.tag.endswith("}numPr") for e in p.iter())  # type: ignore[attr-defined]
        return Block(_paragraph_text(p), style=style or "", numbered=numbered)

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(paragraph(child))
        elif tag == "tbl":
            rows = [r for r in child.iterchildren() if r.tag.endswith("}tr")]
            grid = [[c for c in r.iterchildren() if c.tag.endswith("}tc")] for r in rows]
            texts = [
                ["\n".join(_paragraph_text(p) for p in c.iter() if p.tag.endswith("}p")) for c in r]
                for r in grid
            ]
            if any(_FRAME_CELL.search(t) for r in texts for t in r):
                width = max((len(r) for r in grid), default=0)
                for col in range(width):
                    for r in grid:
                        if col < len(r):
                            blocks += [paragraph(p) for p in r[col].iter() if p.tag.endswith("}p")]
            else:
                blocks.append(Block(rows=tuple(tuple(r) for r in texts)))
    return blocks
