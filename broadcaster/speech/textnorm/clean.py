"""The one clean-up every text gets before it is stored or read aloud."""

from __future__ import annotations

import re
import unicodedata

# A combining mark NFC could not put on a letter.
_LOOSE_MARK = re.compile("[\u0300-\u036f]")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]")


# «ＵＢＮＤ», «１２/３»: letters, digits and signs typed full-width (an East Asian keyboard
# or a PDF) are the ASCII ones; the ideographic space is a space.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Any of the three above, found in one scan: most texts hold none.
_UNUSUAL = re.compile(f"[\u0300-\u036f{_CONTROL.pattern[1:-1]}\uff01-\uff5e\u3000]")


_SLANTED_SIGNS = str.maketrans({"≦": "≤", "⩽": "≤", "≧": "≥", "⩾": "≥"})
_QU_TONE = re.compile(r"([Qq])ú([aăâeêioôơy])")


# «(8-2-1968 _ 8-2-2024)»: an underscore typed for the dash between two whole dates (not in a
# file's or a link's name, «/files/01-02-2024_15-03-2024.pdf»)
_UNDERSCORE_SPAN = re.compile(
    r"(?<![^\s(])(\d{1,2}([-/.])\d{1,2}\2\d{4}) ?_ ?(?=\d{1,2}([-/.])\d{1,2}\3\d{4}(?!\w|\.\w))"
)


def _qu_tone(m: re.Match[str]) -> str:
    return m.group(1) + "u" + unicodedata.normalize("NFC", m.group(2) + "\u0301")


def clean_text(text: str) -> str:
    """NFC, unified line ends, no control characters, non-breaking spaces or full-width
    letters, trimmed lines."""
    text = unicodedata.normalize("NFC", text)
    if _UNUSUAL.search(text):
        # «t́nh» of a mis-encoded page: a mark on no vowel is unsaid
        text = _CONTROL.sub("", _LOOSE_MARK.sub("", text))
        if _FULL_WIDTH.search(text):
            text = text.translate(_TO_ASCII)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\u2010", "-").replace("\u2011", "-")  # «27‑30°C»: a non-breaking hyphen
    # «Ðộ che phủ»: the Icelandic eth typed for Đ; «Qúy»: the tone on «u» instead of the vowel
    text = text.replace("Ð", "Đ").replace("ð", "đ")
    # «quy định: „b, Đối với …»: the low quote of German typing opens a quote like «“»
    text = text.replace("„", "“")
    # «(≦5cm)», «⩽5cm»: the East Asian and the slanted «less than or equal» typed for «≤»
    if "≦" in text or "≧" in text or "⩽" in text or "⩾" in text:
        text = text.translate(_SLANTED_SIGNS)
    if "ú" in text:
        text = _QU_TONE.sub(_qu_tone, text)
    if "_" in text:
        text = _UNDERSCORE_SPAN.sub(r"\1 - ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").strip()
