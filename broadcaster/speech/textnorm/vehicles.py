"""Vehicles by their codes: aircraft, their flights and registrations, cars and their trims.

- a flight by its airline's letters: ``chuyến bay VN 593`` → «chuyến bay vê en năm chín ba»;
- an airliner's model and variant: ``Airbus A320`` → «Airbus a ba hai không», ``Boeing
  737-800`` → «Boeing bảy ba bảy, tám trăm» (no range), ``737 MAX`` → «bảy ba bảy mắc»;
- an aircraft's registration: ``VN-A672``, ``VN-B219`` → «vê en a sáu bảy hai» (not «Việt
  Nam»);
- a car's model after its maker: ``Mazda BT-50``, ``Kia K3`` → «Mazda bê tê năm mươi» (not
  the table's «Bí thư»), read before the layout turns its dash into a space;
- a car's engine and trim: ``1.5MT``, ``1.5G CVT``, ``1.8HEV`` → «một chấm năm em tê», in a
  line about cars;
- a boat's registration after a word for boats: ``phà biển số TB-1384`` → «tê bê một ba tám
  bốn» (not the table's «thông báo»), each of a list of them (``TB-1234 và TB-2345``).

The registrations and trims are read after the headline check (``read_vehicle_codes``), so a
line in capitals is still seen as one.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import LIST_JOIN, ROADS, spell
from broadcaster.speech.textnorm.numbers import read_digits, read_int, read_serial
from broadcaster.speech.textnorm.years import Q_QUARTER

# A flight by its airline's letters and number: «chuyến bay VN 593», «chuyến bay số VJ123»,
# «chuyến bay mang số hiệu VN426».
FLIGHT = re.compile(
    r"(?i:\bchuyến bay(?: mang)?(?: số(?: hiệu)?)?)\s+([A-Z]{2})\s?-?(\d{2,4})(?![\w.,\-])"
)
# An airliner by its maker's letter and model, each digit said, then its variant:
# «Airbus A320» «a ba hai không», «máy bay B737-800» «bê bảy ba bảy, tám trăm», «Boeing
# 737-800» «Boeing bảy ba bảy, tám trăm» (no range), «Boeing 787-9», «Boeing 737 Max» «…
# bảy ba bảy mắc», «777-300ER». Without a letter only a Boeing's «7x7» is a model («của
# Boeing 200 máy bay» is a count), or a «7x7» before «MAX» with no maker named.
AIRLINER = re.compile(
    r"(?i:\b(airbus|boeing|máy bay|tàu bay)\s+)(?:([AB])\s?(\d{3})|(?i:(?<=oeing\s))(7\d7))"
    r"(?:-(\d{1,4})(ER|LR)?)?(\s+(?i:MAX)\b)?(?![\w\-]|[.,]\d)"
)
BARE_MAX = re.compile(r"\b(7\d7)(?:-(\d{1,2}))?\s+(?i:MAX)\b(?![\w\-])")  # «dòng 737 MAX»

# An aircraft's registration: «VN-A672», «VN A672», «VN–B219» (an airliner, an ATR 72).
REGISTRATION = re.compile(r"(?<![\w\-])VN(?:\s?[-–]\s?|\s)([AB])(\d{3})(?![\w\-])")

# The makers whose models are read by their letters.
_CAR_MAKERS = (
    "Mazda",
    "Ford",
    "Toyota",
    "Honda",
    "Hyundai",
    "Kia",
    "Mitsubishi",
    "Isuzu",
    "Nissan",
    "VinFast",
    "Suzuki",
    "Peugeot",
    "BMW",
    "Mercedes",
    "Lexus",
    "Audi",
    "Chevrolet",
    "Subaru",
    "Volkswagen",
)
# A car's model after its maker, its letters joined to its number by a dash or typed against
# it: «Mazda BT-50», «Mazda CX-5», «Kia K3» (not «Toyota VN 6 tháng», «Honda Q2/2024»)
CAR_MODEL = re.compile(
    rf"\b({'|'.join(_CAR_MAKERS)})\s+(?!{Q_QUARTER})([A-Z]{{1,3}})(?:\s?[-–]\s?)?(?=\d{{1,3}}\b)"
)
# Words that make a line one about cars, for a trim that could be something else («Điều 2.1
# AT», «1.5G» gigabytes, «2.0V» volts; not «bản», which is also «văn bản»).
_ABOUT_CARS = re.compile(
    rf"(?i)\b(?:{'|'.join(_CAR_MAKERS)}|xe|ô tô|phiên bản|Vios|Camry|Corolla|Innova"
    r"|Fortuner|Hilux|Accent|City|Civic|Xpander|Ranger|Everest|Seltos)\b"
)
# A car's engine and trim: «1.5MT», «1.5AT», «1.8HV», «1.8HEV», «1.5G CVT», «1.5G-CVT», «2.0V»,
# «1.5 RS» → «một chấm năm em tê»: the engine's litres with «chấm», the trim's letters.
ENGINE_TRIM = re.compile(
    r"(?<![\w.,])(\d)\.(\d)\s?(MT|AT|CVT|HEV|HV|RS|[GEVQ])"
    r"(?:[\s\-/]?(CVT|MT|AT)\b)?(?![\w\-]|[.,]\d|\s?\d)"
)
_TRIM_HINT = re.compile(r"\d\.\d\s?[A-Z]")  # what ENGINE_TRIM needs, found fast


def _model(model: str, variant: str | None, suffix: str | None, max_: bool) -> str:
    said = read_digits(model)  # the model's digits, as a flight's
    if variant:
        said += f", {read_int(int(variant))}"
    if suffix:
        said += f" {spell(suffix, latin=True)}"
    return said + (" mắc" if max_ else "")


def _airliner(m: re.Match[str]) -> str:
    maker, letter, lettered, bare, variant, suffix, max_ = m.groups()
    head = f"{maker} {spell(letter)} " if letter else f"{maker} "
    return head + _model(lettered or bare, variant, suffix, bool(max_))


def _flight(m: re.Match[str]) -> str:
    head = m.group(0)[: m.start(1) - m.start(0)]
    return f"{head}{spell(m.group(1))} {read_digits(m.group(2))}"


def _registration(m: re.Match[str]) -> str:
    return f"vê en {spell(m.group(1))} {read_digits(m.group(2))}"


def _engine_trim(m: re.Match[str]) -> str:
    litres = f"{read_int(int(m.group(1)))} chấm {read_int(int(m.group(2)))}"
    gearbox = f" {spell(m.group(4), latin=True)}" if m.group(4) else ""
    return f"{litres} {spell(m.group(3), latin=True)}{gearbox}"


def read_aircraft(text: str) -> str:
    if "huyến bay" in text:  # «chuyến bay», «Chuyến bay»
        text = FLIGHT.sub(_flight, text)
    if "bus" in text or "oeing" in text or " bay" in text:
        text = AIRLINER.sub(_airliner, text)
    if "MAX" in text or "Max" in text:
        text = BARE_MAX.sub(lambda m: _model(m.group(1), m.group(2), None, True), text)
    return text


def read_car_models(text: str) -> str:
    if any(maker in text for maker in _CAR_MAKERS):
        text = CAR_MODEL.sub(lambda m: f"{m.group(1)} {spell(m.group(2), latin=True)} ", text)
    return text


_BOAT_HINT = re.compile(r"[A-ZĐ]{2}\s?[-–/]?\s?\d{2}")  # what BOAT_NUMBER needs, found fast


def _boat_registration(group: str) -> str:
    """A boat's registration: two letters, a serial (masked: «10xx»); ``group`` ``"("``
    captures the letters, the serial and the masks, ``"(?:"`` does not."""
    return (
        rf"{group}[A-ZĐ]{{2}})\s?[-–/]?\s?{group}\d{{3,8}}|\d{{2}}(?=[xX]{{2}}))"
        rf"{group}x{{2,3}}|X{{2,3}})?(?![\w\-/]|[.,]\d)"
    )


# A boat's registration, its province's two letters and a serial, after a word for boats or
# their numbers: «phà biển số TB-1384», «sà lan số hiệu BV 1098», «tàu chở TB 1986», «BKS BN -
# 0945», «tàu KH-10xx», «số kiểm soát VR/50377xx» (a masked serial). The letters are spelled,
# never the table's «thông báo», «bệnh viện», «bệnh nhân»; a serial of four digits or more (or
# opening with a zero) said digit by digit, a shorter one as a number («tàu KN-201»); each
# mask «ích». «số hiệu» numbers a document too («Tàu cá vi phạm Quyết định số hiệu QĐ 1234»):
# a boat's only right after a word for boats («sà lan số hiệu …»). A road's prefix is a road
# («Phương tiện QL 279 …»). A list of registrations is read whole: «biển số TB-1234 và TB-2345».
_BOATS = "tàu|phà|sà lan|xà lan|ghe|thuyền|ca nô|xuồng|phương tiện"
_BOAT_NUMBER_WORDS = "biển số|biển kiểm soát|bks|số đăng ký|số kiểm soát"
BOAT_NUMBER = re.compile(
    rf"(?i:\b(?:{_BOATS}|(số hiệu|số hiêu)|{_BOAT_NUMBER_WORDS})"
    r"(?i:\s+(?:cá|chở|hàng|khách|thủy|số|mang số))?\s+)"
    rf"{_boat_registration('(')}((?:{LIST_JOIN}{_boat_registration('(?:')})*)"
)
_NEXT_BOAT_NUMBER = re.compile(_boat_registration("("))  # «… và TB-2345»: the list's next ones
# a word for boats right before «số hiệu», perhaps with one word of its kind: «tàu cá số hiệu»
_BOAT_RIGHT_BEFORE = re.compile(rf"(?i)\b(?:{_BOATS})(?:\s+[^\W\d_]+)?\s+$")


def _boat_number(m: re.Match[str]) -> str:
    document_word, letters, serial, masks, more = m.groups()
    if letters in ROADS:
        return m.group(0)
    if document_word and not _BOAT_RIGHT_BEFORE.search(
        m.string[max(0, m.start() - 24) : m.start()]
    ):
        return m.group(0)
    said = m.string[m.start() : m.start(2)] + _boat_registration_words(letters, serial, masks)
    return said + _NEXT_BOAT_NUMBER.sub(_next_boat_number, more)


def _boat_registration_words(letters: str, serial: str, masks: str | None) -> str:
    said = read_digits(serial) if masks else read_serial(serial)  # «10xx»: each digit said
    return f"{spell(letters, latin=True)} {said}" + " ích" * len(masks or "")


def _next_boat_number(m: re.Match[str]) -> str:
    if m.group(1) in ROADS:
        return m.group(0)
    return _boat_registration_words(*m.groups())


def read_vehicle_codes(text: str) -> str:
    if _BOAT_HINT.search(text):
        text = BOAT_NUMBER.sub(_boat_number, text)
    if "VN" in text:
        text = REGISTRATION.sub(_registration, text)
    if _TRIM_HINT.search(text) and _ABOUT_CARS.search(text):
        text = ENGINE_TRIM.sub(_engine_trim, text)
    return text
