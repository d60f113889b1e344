"""Whether a word has the shape of one Vietnamese syllable, and two words typed glued.

A word in capitals that is no syllable is an acronym to spell (``codes``); a syllable's vowel
cluster must be one Vietnamese has (``NEAC`` has «ea», none); a rhyme closed by a glide takes
no final consonant (``AIP``). Two syllables typed without their space are split
(``BỘTRƯỞNG`` → «bộ trưởng», ``chănbò`` → «chăn bò»).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Vietnamese syllable shape; an all-caps word that is not one is an acronym to spell.
SYLLABLE = re.compile(
    r"(?i)(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"([aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3})"
    r"(?:ng|nh|ch|[cmnpt])?"
)
# A word of open syllables only, each a consonant and one plain vowel: «PAGASA», «BUTINACA».
_OPEN = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])[aeiouy]"
OPEN_SYLLABLES = re.compile(rf"(?i)(?:{_OPEN}){{2,}}")
# The vowel clusters of Vietnamese, marks taken off («ươ» is «uo»): «NEAC» has none («ea»).
_NUCLEI = frozenset(
    (
        *("ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua"),
        *("ue", "ui", "uo", "uu", "uy", "ye", "oai", "oay", "uay", "uoi", "uou", "uya", "uye"),
        *("ieu", "yeu", "oao", "oeo", "uyu"),
    )
)


def without_marks(text: str) -> str:
    """Lower case, tone and vowel marks taken off, «đ» as «d»: «Hà Tĩnh» → «ha tinh»."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable (remembered: words recur).
    The Central Highlands' names close on «k» («Đắk», «Lắk»): with a marked vowel only, so
    «OK» is still spelled."""
    if word[-1:] in "kK" and not word.isascii():
        word = word[:-1] + "c"
    m = SYLLABLE.fullmatch(word)
    if m is None or _GLIDE_THEN_FINAL.search(word):
        return False
    if without_marks(word[:3]) in _SPELLED_TWICE:
        return False
    nucleus = without_marks(m.group(1))
    return len(nucleus) == 1 or nucleus in _NUCLEI


# «gi» before «i», «qu» before «u»: Vietnamese writes the vowel once («gì», never «gii»), so
# «GII» (an index) is letters, not a word.
_SPELLED_TWICE = frozenset(("gii", "quu"))


# A rhyme closed by a glide takes no final consonant («ai», «ao», «ôi» — «AIP» is no word);
# «uy» and «oo» do («huýt», «xoong»), and «uo» is «ươ» typed without its marks («HUONG»).
_GLIDE_THEN_FINAL = re.compile(r"(?i)(?:[aăâeêôơư][iouy]|o[iuy]|u[iu])(?:ng|nh|ch|[cmnpt])$")


# A capitals token with Vietnamese tone marks that is no syllable: two words typed without
# their space, «BỘTRƯỞNG».
GLUED_CAPS = re.compile(r"(?<![\w\-/.])([^\W\d_]{4,})(?![\w\-/])")
_ONSET = re.compile(r"(?i)ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx]")


@functools.lru_cache(maxsize=16384)
def split_glued(word: str) -> str | None:
    """Two Vietnamese words typed without their space, shown as a doubt: «BỘTRƯỞNG» → «bộ
    trưởng» (the split whose second syllable has the longest onset), «chănbò» → «chăn bò»,
    «NgọcDưỡng» → «Ngọc Dưỡng», «SaPa» → «Sa Pa» (split where a capital starts the second),
    «Thươngphối» → «Thương phối»."""
    if is_syllable(word):
        return None
    if word[:1].isupper() and word[1:].islower() and not word.isascii():
        split = split_glued(word.lower())  # «Thươngphối»: a capital, then two glued words
        return f"{split[0].upper()}{split[1:]}" if split else None
    if not word.isupper() and not word.islower():
        camel = re.fullmatch(r"([^\W\d_][^\W\d_A-ZĐ]*)([A-ZĐ\u00c0-\u1ef9][^\W\d_]*)", word)
        if camel and all(is_syllable(part) for part in camel.groups()):
            return f"{camel.group(1)} {camel.group(2)}"
        return None
    if word.isascii():
        return None
    splits = [
        (len(o.group(0)) if (o := _ONSET.match(word, i)) else 0, i)
        for i in range(1, len(word))
        if is_syllable(word[:i]) and is_syllable(word[i:])
    ]
    if not splits:
        return None
    _, at = max(splits)
    glued = f"{word[:at]} {word[at:]}"
    return glued.lower() if word.isupper() else glued


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def toneless_stop(word: str) -> bool:
    """«TOT», «ĐAT», «MÂT»: closed by p, t, c or ch with no tone — a Vietnamese syllable so
    closed takes a sắc or nặng tone, so these are letters typed, not a word."""
    low = without_marks(word)
    return low.endswith(("p", "t", "c", "ch")) and _TONES.isdisjoint(
        unicodedata.normalize("NFD", word)
    )


def _open_toneless(piece: str) -> bool:
    """«ki», «lô», «rê»: a syllable that ends on its vowel and carries no tone."""
    decomposed = unicodedata.normalize("NFD", piece)
    return without_marks(piece)[-1] in "aeiouy" and _TONES.isdisjoint(decomposed)


@functools.lru_cache(maxsize=4096)
def spelled_as_loanword(word: str) -> bool:
    """Whether ``word`` is a loanword written in Vietnamese syllables, joined: every syllable
    but the last open and without a tone («urê», «ôxy», «kilômét», «Lênin», «Atisô»). Words
    typed glued are not («dâyăngten», «Têngóicước», «trămkhông»)."""
    low = word.lower()
    return any(
        is_syllable(low[:i])
        and _open_toneless(low[:i])
        and (is_syllable(low[i:]) or spelled_as_loanword(low[i:]))
        for i in range(1, len(low))
    )


def open_syllables(word: str) -> str | None:
    """«PAGASA» → «pa ga sa»: six letters or more, each consonant before a vowel, written the
    Vietnamese way («CINEMA» → «xi ne ma», «KOBUTA» → «co bu ta»)."""
    if len(word) >= 6 and OPEN_SYLLABLES.fullmatch(word):
        said = " ".join(re.findall(rf"(?i){_OPEN}", word)).lower()
        return re.sub(r"\bk(?=[aou])", "c", re.sub(r"\bc(?=[eiy])", "x", said))
    return None


# A brand or a firm's name in capitals said as a word: «NAVETCO», «LYPHOXIM», «GLOBOCAN».
# Each syllable an onset of the Latin alphabet (one consonant or a common pair), one or two
# vowels and at most a simple closing consonant; letters that do not fall into such syllables
# («ASFVAC», «CSGT») stay letters to spell.
_LATIN_ONSET = r"(?:ch|ph|th|tr|sh|gh|gl|gr|bl|br|cl|cr|dr|fl|fr|pl|pr|st|sp|[bcdfghklmnpqrstvwxz])"
_LATIN_CODA = r"(?:ng|nh|ch|ck|[cklmnprstx])"
_SAID_SYLLABLE = rf"{_LATIN_ONSET}?[aeiouy]{{1,2}}{_LATIN_CODA}?"
SAID_AS_WORD = re.compile(rf"(?:{_SAID_SYLLABLE}){{2,7}}")


def said_as_word(word: str) -> bool:
    """Capitals of seven letters or more that fall into syllables a Latin name is said by.
    Shorter ones are mostly a body's initials, spelled or said the annotators' own way
    («VASEP», «APNIC», «SAIDI»)."""
    return len(word) >= 7 and word.isascii() and SAID_AS_WORD.fullmatch(word.lower()) is not None
