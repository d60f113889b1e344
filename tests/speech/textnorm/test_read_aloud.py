"""Whole texts: the seeds and a bulletin set in five provincial styles read with nothing left over.

No digit, no symbol a synthesizer would read aloud, no known abbreviation or loan word as
written; and the readings an announcer would give for each kind of bulletin.
"""

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from broadcaster.speech.textnorm.abbreviations import builtin_table, is_loan_word
from broadcaster.speech.textnorm.normalize import normalize_text

BULLETINS = Path(__file__).parent / "bulletins"
TEXTS = sorted(SEEDS.glob("*.txt")) + sorted(BULLETINS.glob("*.txt"))
# Letters, spaces, sentence punctuation, and a hyphen inside a word («Cô-vít»).
SPEAKABLE = re.compile(r"(?:[^\W\d_]|[ \n.,;:!?]|(?<=\w)-(?=\w))*")


def leftovers(spoken: str) -> dict[str, list[str]]:
    table = builtin_table()
    words = set(re.findall(r"[\w&/.-]+", spoken)) | set(re.findall(r"\w+", spoken))
    known = {k for k in table if not k.endswith(".")}
    loans = {k.lower() for k in table if is_loan_word(k)}
    return {
        "digits": re.findall(r".{0,20}\d.{0,20}", spoken),
        "symbols": sorted({c for c in spoken if not SPEAKABLE.fullmatch(c) and c != "-"})
        + re.findall(r".{0,10}(?<!\w)-|-(?!\w).{0,10}", spoken),
        "abbreviations": sorted(w for w in words if w in known or w.lower() in loans),
    }


def test_the_bulletin_set_covers_five_kinds_of_bulletin() -> None:
    names = {p.stem for p in BULLETINS.glob("*.txt")}
    assert names == {"weather", "election", "fraud", "farming", "health"}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:12])
def test_nothing_is_left_that_would_be_read_as_written(path: Path) -> None:
    spoken = normalize_text(path.read_text(encoding="utf-8"))
    assert leftovers(spoken) == {"digits": [], "symbols": [], "abbreviations": []}


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("weather", "sáu đến bảy, ba mươi chín đến sáu mươi mốt ki lô mét một giờ"),
        ("weather", "lượng mưa phổ biến một trăm hai mươi đến hai trăm năm mươi mi li mét"),
        ("weather", "trên một trăm mi li mét trong ba giờ"),
        ("weather", "trên báo động hai không phẩy mười hai mét"),
        ("weather", "một nghìn hai trăm năm mươi mét khối một giây"),
        ("weather", "dưới tám độ xê; độ ẩm bốn mươi đến bốn mươi lăm phần trăm"),
        ("weather", "mười lăm giờ ngày mười hai tháng mười năm"),
        (
            "election",
            "số tám mươi tám năm hai nghìn không trăm hai mươi ba của Quốc hội khóa mười lăm",
        ),
        ("election", "từ ngày năm đến ngày bảy tháng hai năm hai nghìn không trăm hai mươi sáu"),
        ("election", "số hai mươi bảy trên bốn đường Hai tháng Chín"),
        ("election", "mười hai trên mười lăm thôn"),
        ("election", "số điện thoại: không hai ba chín ba tám năm năm một hai ba"),
        ("fraud", "pê a không năm"),
        ("fraud", "Quý một năm hai nghìn không trăm hai mươi lăm"),
        ("fraud", "sinh năm một nghìn chín trăm sáu mươi tám, trú tại tổ bảy bê"),
        ("fraud", "gọi ngay một một ba"),
        ("fraud", "công an a còng Hà Tĩnh chấm gốp chấm vê en"),
        ("farming", "một nghìn năm trăm đến ba nghìn con trên mét vuông"),
        ("farming", "từ ngày hai mươi đến ngày hai mươi lăm tháng tám"),
        ("farming", "phun hai lần mỗi ngày"),
        ("farming", "sáu phẩy hai tấn một héc ta"),
        ("farming", "bảy nghìn hai trăm đồng một ki lô gam"),
        ("farming", "bảy trên chín xã đạt bốn trên năm tiêu chí"),
        ("health", "từ ngày hai mươi sáu tháng tám đến ngày một tháng chín năm"),
        ("health", "một lần mỗi tuần"),
        ("health", "sáng thứ hai và thứ tư hằng tuần, từ bảy giờ ba mươi phút đến mười một giờ"),
        ("health", "gọi một một năm"),
        ("health", "một chín không không chín không chín năm"),
        ("health", "Cô-vít mười chín"),
    ],
)
def test_bulletins_read_as_an_announcer_would(name: str, reading: str) -> None:
    spoken = normalize_text((BULLETINS / f"{name}.txt").read_text(encoding="utf-8"))
    assert reading in spoken


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:12])
def test_decomposed_text_reads_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert normalize_text(unicodedata.normalize("NFD", text)) == normalize_text(text)


NUMBER_FORMS_LIST = (
    "{a}", "{a},{b}", "{a}-{b}", "{a} - {b}", "{a}/{b}", "{a}.{b}", "{a}/{b}/2024",
    "ngày {a}-{b}", "tháng {a}-{b}", "thứ {a}", "lần thứ {a}", "số {a}/{b}", "{a}:{b}",
    "{a}h{b}", "{a} giờ {b}'",
)  # fmt: skip
NUMBER_FORMS = st.sampled_from(NUMBER_FORMS_LIST)
OTHER_FORMS = st.sampled_from(
    ["0{a}{b}{a}{b}{a}{b}{a}", "{a}/NĐ-CP", "{a}/2024/QĐ-UBND", "{a}A", "PC{a}", "gọi {a}"]
)
UNITS = st.sampled_from(
    ["", "%", "mm", "km/h", "m3/s", "oC", "°C", "ha", "tấn/ha", "đồng/kg", "lần/ngày", "m2"]
)
WORDS = st.sampled_from(["", "xã", "thôn", "hộ", "ngày", "UBND", "tiêu chí", "(", ")", "."])


@given(
    form=NUMBER_FORMS | OTHER_FORMS,
    a=st.integers(0, 9999),
    b=st.integers(0, 99),
    unit=UNITS,
    before=WORDS,
    after=WORDS,
)
def test_no_number_form_leaves_a_digit_or_symbol(
    form: str, a: int, b: int, unit: str, before: str, after: str
) -> None:
    unit = unit if form in NUMBER_FORMS_LIST else ""
    text = f"Có {before} {form.format(a=a, b=b)}{unit} {after} nhé."
    spoken = normalize_text(text)
    assert leftovers(spoken) == {"digits": [], "symbols": [], "abbreviations": []}, spoken
