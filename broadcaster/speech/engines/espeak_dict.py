"""The station's own espeak-ng data folder: its Vietnamese dictionary and its voice spectrum.

espeak-ng reads Vietnamese through a compiled ``vi_dict`` made from three sources:
``vi_rules`` (spelling → phonemes), ``vi_list`` (exceptions) and ``vi_extra`` (a local word
list compiled last, so its entries win). Debian ships only the compiled ``vi_dict``; the
project ships espeak-ng's sources for the espeak-ng it is tested with
(``broadcaster/data/espeak_ng_src/VERSION``), and for another version ``make
espeak-vi-extra`` takes them from Debian's source package (``apt-get source``).
:func:`build_data_dir` copies the system's data folder, writes the station's ``config``
(espeak-ng's spectrum for voiced sounds, see ``data/espeak_config``), compiles ``vi_dict``
from those sources plus the station's ``vi_extra`` when there are sources, and swaps the
result in whole; the engine then reads it through ``espeak-ng --path`` (setting
``espeak_data_dir``).

Run: python -m broadcaster.speech.engines.espeak_dict [SOURCE_DIR] OUT_DIR
     (without SOURCE_DIR: the shipped sources for the installed espeak-ng, or when none
     is shipped for it, the system's dictionary; the station's config either way)
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from broadcaster.errors import TTSError

log = logging.getLogger(__name__)
VI_EXTRA = Path(__file__).parents[2] / "data" / "espeak_vi_extra"  # our word list
SHIPPED = Path(__file__).parents[2] / "data" / "espeak_ng_src"  # espeak-ng's, per version
CONFIG = Path(__file__).parents[2] / "data" / "espeak_config"  # our espeak-ng-data/config
REQUIRED = ("vi_rules", "vi_list")
OPTIONAL = ("vi_emoji",)
FORMAT_LINE = "// broadcaster vi_extra, format 1"

# Syllables ending in a written -c: espeak-ng's rules end them with its palatal [c] (the
# burst recorded for -ch), so «các» sounds near «cách»; in Vietnamese that -c is velar.
# The station's dictionary gives these syllables espeak-ng's own reading with a final [k].
ONSETS = (
    *("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng"),
    *("ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"),
)
# (letters before the toned vowel, the toned vowel) of each rhyme ending in -c
C_RHYMES = (
    *(("", "a"), ("", "ă"), ("", "â"), ("", "e"), ("", "ê"), ("", "o"), ("", "ô")),
    *(("", "u"), ("", "ư"), ("i", "ê"), ("u", "ô"), ("ư", "ơ"), ("o", "a"), ("o", "ă")),
    *(("u", "â"), ("o", "o")),
)
STOP_TONES = ("\u0301", "\u0323")  # sắc and nặng: the only tones a syllable ending in a stop takes


def espeak_binary() -> str:
    binary = shutil.which("espeak-ng")
    if binary is None:
        raise TTSError("Chưa cài espeak-ng. Hãy chạy «sudo apt-get install espeak-ng».")
    return binary


def _version_line() -> str:
    return subprocess.run(
        [espeak_binary(), "--version"], capture_output=True, text=True, check=False, timeout=10
    ).stdout


def installed_version(line: str | None = None) -> str:
    """The installed espeak-ng's version («eSpeak NG text-to-speech: 1.51  Data at: …»)."""
    head = (_version_line() if line is None else line).partition("Data at:")[0]
    return head.rpartition(":")[2].strip()


def shipped_sources(version: str | None = None) -> Path:
    """espeak-ng's own Vietnamese sources shipped for the installed version."""
    version = installed_version() if version is None else version
    folder = SHIPPED / version
    if not all((folder / name).is_file() for name in REQUIRED):
        shipped = ", ".join(sorted(p.name for p in SHIPPED.iterdir() if p.is_dir()))
        raise TTSError(
            f"Chưa có mã nguồn từ điển cho espeak-ng {version or '(không rõ phiên bản)'} "
            f"(có sẵn cho: {shipped}); cần mã nguồn espeak-ng, ví dụ «apt-get source espeak-ng»."
        )
    return folder


def system_data_dir() -> Path:
    """Where the installed espeak-ng keeps its data («Data at: …» in ``--version``)."""
    out = _version_line()
    _, found, rest = out.partition("Data at:")
    path = Path(rest.strip())
    if not found or not (path / "phontab").is_file():
        raise TTSError(f"Không tìm thấy thư mục dữ liệu của espeak-ng («{out.strip()}»).")
    return path


def find_sources(root: Path) -> Path:
    """The folder under ``root`` holding ``vi_rules`` and ``vi_list`` (an unpacked source)."""
    for folder in (root, root / "dictsource", *sorted(root.glob("*/dictsource"))):
        if all((folder / name).is_file() for name in REQUIRED):
            return folder
    raise TTSError(
        f"Không thấy vi_rules và vi_list của espeak-ng trong «{root}» "
        "(cần mã nguồn espeak-ng, ví dụ «apt-get source espeak-ng»)."
    )


def velar_c_syllables() -> list[str]:
    """Every syllable spelled onset + a rhyme ending in -c, with the sắc and nặng tones."""
    found = {
        unicodedata.normalize("NFC", f"{onset}{before}{vowel}{tone}c")
        for onset in ONSETS
        for before, vowel in C_RHYMES
        for tone in STOP_TONES
    }
    return sorted(found)


def velar_c_entries(words: Sequence[str], phonemes: Sequence[str]) -> list[str]:
    """vi_extra lines: espeak-ng's own reading of each word with a final [k] for its [c].

    A syllable ending in a stop carries the sắc or nặng tone, never the level tone that
    espeak-ng changes at a clause end, so the reading said alone holds in every position.
    A function word espeak-ng reads unstressed (no «'») stays unstressed.
    """
    lines = []
    for word, said in zip(words, phonemes, strict=True):
        reading = said.replace("_|", "").strip()
        if not reading.endswith("c") or " " in reading or "(" in reading:
            continue  # not a one-word Vietnamese reading ending in espeak-ng's [c]
        reading = reading[:-1] + "k"
        if "'" not in reading:  # a function word espeak-ng reads unstressed ($u)
            lines.append(f"{word}\t{reading.replace(',', chr(39))}\t$u")
        else:
            lines.append(f"{word}\t{reading}")
    return lines


def espeak_phonemes(words: Sequence[str], data_parent: Path | None = None) -> list[str]:
    """espeak-ng's phonemes for each word said alone (one call for all)."""
    path = (f"--path={data_parent}",) if data_parent is not None else ()
    proc = subprocess.run(
        [espeak_binary(), *path, "-v", "vi", "-q", "-x"],
        input="".join(f"{word}.\n" for word in words),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    lines = proc.stdout.splitlines()
    if proc.returncode != 0 or len(lines) != len(words):
        raise TTSError(f"espeak-ng không đọc được danh sách âm tiết: {proc.stderr.strip()}")
    return lines


def station_extra(
    phonemes: Callable[[Sequence[str]], list[str]] = espeak_phonemes,
) -> str:
    """The station's vi_extra: the shipped word list, then the -c syllables with [k]."""
    words = velar_c_syllables()
    generated = "\n".join(velar_c_entries(words, phonemes(words)))
    shipped = VI_EXTRA.read_text(encoding="utf-8")
    return f"{shipped.rstrip()}\n\n// -c syllables read with a velar [k]\n{generated}\n"


def compile_vi(sources: Path, extra: str, data_parent: Path) -> None:
    """Compile ``vi_dict`` into ``data_parent/espeak-ng-data`` from the sources plus ``extra``.

    espeak-ng runs in a scratch folder, so a relative ``--path`` would name nothing there,
    and espeak-ng would then write into the system's own data: the path is made absolute.
    """
    data_parent = data_parent.absolute()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in REQUIRED + OPTIONAL:
            if (sources / name).is_file():
                shutil.copyfile(sources / name, work / name)
        (work / "vi_extra").write_text(extra, encoding="utf-8")
        proc = subprocess.run(
            [espeak_binary(), f"--path={data_parent}", "--compile=vi"],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    report = proc.stdout + proc.stderr
    if proc.returncode != 0 or "error" in report.lower():
        raise TTSError(f"espeak-ng không biên dịch được từ điển tiếng Việt: {report.strip()}")


def build_data_dir(
    sources: Path | None, out: Path, extra: str | None = None, config: str | None = None
) -> Path:
    """A copy of the system's espeak-ng data with the station's ``config`` and ``vi_dict``.

    ``vi_dict`` is compiled from ``sources`` with ``extra`` (default: :func:`station_extra`);
    without sources the system's stays. ``config`` is the text of ``espeak-ng-data/config``
    (default: the shipped ``data/espeak_config``; "" writes none). ``out`` is replaced whole
    only once the new folder is complete and speaks; until then the station keeps reading
    the old one. Returns ``out``.
    """
    out = out.absolute()  # «station/espeak-ng» from «make run»: never relative to another cwd
    found = find_sources(sources.absolute()) if sources is not None else None
    text = CONFIG.read_text(encoding="utf-8") if config is None else config
    out.parent.mkdir(parents=True, exist_ok=True)
    new = out.with_name(out.name + ".new")
    shutil.rmtree(new, ignore_errors=True)
    try:
        shutil.copytree(system_data_dir(), new / "espeak-ng-data")
        if text:
            (new / "espeak-ng-data" / "config").write_text(text, encoding="utf-8")
        if found is not None:
            compile_vi(found, station_extra() if extra is None else extra, new)
        check = subprocess.run(
            [espeak_binary(), f"--path={new}", "-v", "vi", "-q", "-x", "xin chào"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        if check.returncode != 0 or not check.stdout.strip():
            raise TTSError(f"Dữ liệu espeak-ng mới không đọc được: {check.stderr.strip()}")
        old = out.with_name(out.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        new.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    log.info("the station's espeak-ng data built in %s", out)
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("Cách dùng: python -m broadcaster.speech.engines.espeak_dict [NGUỒN] THƯ_MỤC_RA")
        return 2
    try:
        if len(argv) == 2:
            sources: Path | None = Path(argv[0])
        else:
            try:
                sources = shipped_sources()
            except TTSError as exc:
                log.warning("%s", exc)
                sources = None  # the system's dictionary, the station's config
        out = build_data_dir(sources, Path(argv[-1]))
    except (TTSError, OSError) as exc:
        print(f"Không tạo được dữ liệu espeak-ng của đài: {exc}", file=sys.stderr)
        return 1
    print(f"Đã tạo dữ liệu espeak-ng của đài ở «{out}».")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
