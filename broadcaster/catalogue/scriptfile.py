"""Reading broadcast scripts from files: text in any encoding a station meets, and .docx.

The result is NFC-normalized text. Legacy TCVN3 (ABC) and VNI font encodings, which
show up as mojibake such as «Céng hoµ», are refused with instructions to convert.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from broadcaster.errors import ScriptFileError
from broadcaster.settings import Settings
from broadcaster.speech.textnorm.clean import clean_text
from broadcaster.textfiles import MB, check_docx, read_limited

# Latin-1 letters and signs that never occur in Vietnamese written in Unicode but are
# exactly what TCVN3/VNI bytes turn into when read as Windows code pages.
_LEGACY_MARKS = set("µ¶·¸¹¼½¾ÆÇËÎÏÑÖ×ØÜÞßäåæçëîïñöøûüþ¨©ª«¬®¡¢£¤¥¦§±²³´º»¿")
# One of them where it stands for a letter: «Th«ng», «b¸o»; not the quotation marks and powers
# of a real text («Nông thôn mới», «500 m²»), which open or close a word.
_OTHER_SIGNS = re.escape("".join(sorted(_LEGACY_MARKS - set("«»²³"))))
_LEGACY_SIGN = re.compile(rf"(?<=[^\W\d_])«|[»²³](?=[^\W\d_])|[{_OTHER_SIGNS}]")
_CONVERT_HINT = (
    "Hãy chuyển sang Unicode: mở Unikey, chọn «Công cụ… [CS+F6]», bảng mã nguồn "
    "TCVN3 (ABC) hoặc VNI Windows, bảng mã đích Unicode, bấm «Chuyển mã», rồi lưu tệp "
    "dạng UTF-8 (hoặc dán vào Word và lưu .docx)."
)


@dataclass(frozen=True)
class ScriptText:
    text: str
    source_name: str
    source_hash: str
    encoding: str
    # An administrative document turned into its broadcast script (``catalogue.document``):
    # the document as it was read, kept beside the segment.
    original: str = ""


def as_broadcast(script: ScriptText, docx_path: Path | None = None) -> ScriptText:
    """The script an announcer reads when the text is an administrative document (quốc
    hiệu, «Số: …», «Nơi nhận», signature are dropped; an opening says who announces what);
    any other text unchanged."""
    from broadcaster.catalogue.document import broadcast_script, docx_blocks, text_blocks

    blocks = docx_blocks(docx_path) if docx_path is not None else text_blocks(script.text)
    result = broadcast_script(blocks)
    if not result.is_document:
        return script
    text = validate_script(result.text, script.source_name or "văn bản")
    return dataclasses.replace(script, text=text, original=script.text)


def _vietnamese_only(c: str) -> bool:
    """A letter only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, ạ … ỹ): a TCVN3 or VNI text read
    through a Windows code page has none, it shows them as Latin-1 signs."""
    return c in "ăĂđĐĩĨũŨơƠưƯ" or "\u1ea0" <= c <= "\u1ef9"


def looks_legacy_encoded(text: str) -> bool:
    """True when the text looks like TCVN3/VNI bytes shown through a Windows code page:
    their signs among the letters, and fewer letters only Unicode Vietnamese has than signs
    (so «Nông thôn mới», «500 m²» in a real Vietnamese text are no sign of an old encoding)."""
    letters = sum(1 for c in text if c.isalpha())
    marks = len(_LEGACY_SIGN.findall(text))
    if marks < 2 or marks * 100 < letters * 0.5:
        return False
    return sum(map(_vietnamese_only, text)) < marks


_MIS_ENCODED = (
    "Tệp kịch bản bị lỗi bảng mã: nó tự nhận là {enc} nhưng có đoạn không đọc được (tệp "
    "bị cắt dở hoặc lưu sai). Hãy mở tệp bằng Notepad hoặc Word và «Lưu thành» văn bản "
    "«Unicode (UTF-8)», rồi thêm lại."
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode script bytes; return (text, encoding name). Refuse what cannot be right."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    if len(data) >= 4 and data.count(b"\x00") * 3 >= len(data):
        # UTF-16 without a byte order mark: ASCII letters leave a zero in every other byte.
        enc = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return _strict(data, enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258"), "windows-1258"
    except UnicodeDecodeError as exc:
        raise ScriptFileError(
            "Không đọc được bảng mã của tệp kịch bản. Hãy lưu lại tệp dạng "
            "«Unicode (UTF-8)» (trong Notepad: Lưu thành → Mã hoá: UTF-8)."
        ) from exc


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
        raise ScriptFileError(_MIS_ENCODED.format(enc=label)) from exc


def open_docx(path: Path, name: str = "") -> Any:
    """python-docx's document, its body without XML comments, processing instructions or
    entity references (a hand-made file may hold them; they are no text, and every reader
    after this one walks elements only). A file the XML parser refuses (an entity bomb) is
    a broken file like any other."""
    import docx  # python-docx; imported lazily, it is slow to load
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(str(path))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        etree.LxmlError,
    ) as exc:
        raise ScriptFileError(
            f"Tệp {name or path.name} không phải tệp Word .docx hợp lệ. Hãy mở bằng Word và "
            "«Lưu thành» định dạng .docx, hoặc lưu thành văn bản .txt (UTF-8)."
        ) from exc
    etree.strip_tags(
        document.element.body, etree.Comment, etree.ProcessingInstruction, etree.Entity
    )
    return document


def read_docx(path: Path, settings: Settings, name: str = "") -> str:
    """Paragraphs of a .docx in document order, tables included, one per line. The archive
    is checked first (``textfiles.check_docx``): a zip bomb is refused unopened."""
    check_docx(path, settings.docx_max_unpacked_mb * MB, settings.docx_max_entries, name)
    body = open_docx(path, name).element.body
    lines: list[str] = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append(", ".join(c for c in cells if c))
    return "\n".join(lines)


def read_pdf_text(path: Path) -> str:
    """The text of a PDF with its lines (poppler's pdftotext), for ``catalogue.document``."""
    import shutil
    import subprocess

    binary = shutil.which("pdftotext")
    if binary is None:
        raise ScriptFileError(
            "Máy chưa có pdftotext để đọc tệp PDF. Hãy chạy «make run» (hoặc «sudo apt-get "
            "install poppler-utils»), hoặc lưu văn bản thành .docx/.txt."
        )
    try:
        proc = subprocess.run(
            [binary, "-enc", "UTF-8", "-nopgbrk", str(path), "-"],
            capture_output=True,
            check=False,
            timeout=120,
        )
    except subprocess.TimeoutExpired as exc:
        raise ScriptFileError(
            f"Đọc tệp PDF «{path.name}» quá 2 phút mà chưa xong. Hãy lưu văn bản thành "
            ".docx hoặc .txt rồi thêm lại."
        ) from exc
    text = proc.stdout.decode("utf-8", errors="replace")
    if proc.returncode != 0 or not text.strip():
        raise ScriptFileError(
            f"Không lấy được chữ trong tệp PDF «{path.name}» (tệp hỏng, có mật khẩu hoặc là "
            "ảnh chụp). Hãy lưu văn bản gốc thành .docx hoặc .txt."
        )
    return text


def validate_script(text: str, source: str) -> str:
    cleaned = clean_text(text)
    if not cleaned:
        raise ScriptFileError(
            f"Kịch bản {source} trống. Hãy viết nội dung cần phát vào tệp rồi thêm lại."
        )
    refuse_legacy_encoding(cleaned, source)
    return cleaned


def refuse_legacy_encoding(text: str, source: str) -> None:
    """Text typed in an old encoding (TCVN3, VNI) is refused with how to convert it."""
    if looks_legacy_encoded(text):
        raise ScriptFileError(
            f"Kịch bản {source} có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI "
            f"(chữ bị lỗi như «Céng hoµ»). {_CONVERT_HINT}"
        )


def read_script_file(
    path: Path, settings: Settings | None = None, document: bool = True
) -> ScriptText:
    """Read a .txt or .docx script; raise :class:`ScriptFileError` with a fix when unusable.
    Only a regular file up to ``text_file_max_mb`` is read (``/dev/zero`` is refused).

    ``document``: an administrative document becomes its broadcast script (``as_broadcast``)."""
    if path.is_dir():
        raise ScriptFileError(
            f"«{path}» là một thư mục, không phải tệp kịch bản. Hãy chỉ đúng một tệp .txt "
            "hoặc .docx trong thư mục đó."
        )
    if not path.exists():
        raise ScriptFileError(
            f"Không tìm thấy tệp «{path}». Hãy kiểm tra lại đường dẫn và tên tệp."
        )
    settings = settings or Settings()
    try:
        data = read_limited(path, settings.text_file_max_mb * MB, "tệp kịch bản")
    except OSError as exc:
        raise ScriptFileError(f"Không đọc được tệp «{path}»: {exc.strerror}.") from exc
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ScriptFileError(
            f"Tệp {path.name} là định dạng Word cũ (.doc). Hãy mở bằng Word và «Lưu thành» "
            ".docx hoặc văn bản .txt (UTF-8)."
        )
    if suffix == ".docx":
        raw, encoding = read_docx(path, settings), "docx"
    elif suffix == ".pdf":
        from broadcaster.catalogue.document import pdf_lines

        raw, encoding = pdf_lines(read_pdf_text(path)), "pdf"
    else:
        raw, encoding = decode_bytes(data)
    text = validate_script(raw, path.name)
    script = ScriptText(
        text=text,
        source_name=path.name,
        source_hash=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
    )
    if not document:
        return script
    return as_broadcast(script, path if suffix == ".docx" else None)


def script_from_text(text: str) -> ScriptText:
    cleaned = validate_script(text, "nhập trực tiếp")
    return ScriptText(
        text=cleaned,
        source_name="",
        source_hash=hashlib.sha256(cleaned.encode("utf-8")).hexdigest(),
        encoding="utf-8",
    )
