"""The station's espeak-ng data: dictionary and config, built and read by the real espeak-ng.

Most builds here compile a tiny rules file of our own, so the station's entries are what is
checked; the shipped espeak-ng sources (``broadcaster/data/espeak_ng_src``) are compiled for
real to show they give the system's own dictionary, and the station's on top of it.
"""

import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from broadcaster.errors import TTSError
from broadcaster.settings import Settings, load_settings
from broadcaster.speech.engines.espeak import data_digest
from broadcaster.speech.engines.espeak_dict import (
    CONFIG,
    SHIPPED,
    build_data_dir,
    espeak_phonemes,
    installed_version,
    main,
    shipped_sources,
    station_extra,
    system_data_dir,
    velar_c_entries,
    velar_c_syllables,
)
from broadcaster.speech.engines.registry import build_engine
from broadcaster.speech.loudness import decode_mono, rms_dbfs

TINY_RULES = ".group a\n        a          a:\n\n.group c\n        c          k\n"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "espeak-ng-1.51" / "dictsource"
    folder.mkdir(parents=True)
    (folder / "vi_rules").write_text(TINY_RULES, encoding="utf-8")
    (folder / "vi_list").write_text("// tiny\nb\tbe\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def plain(tmp_path: Path) -> Settings:
    return load_settings(tmp_path / "station", env={})


def said(data: Path, text: str) -> str:
    return espeak_phonemes([text], data)[0]


def test_the_c_syllables_are_the_velar_ones_with_the_stop_tones() -> None:
    words = velar_c_syllables()
    for word in ("các", "việc", "nước", "được", "thuộc", "quốc", "chức", "hoạch", "lúc"):
        assert word in words or word.endswith("ch")
    assert all(word.endswith("c") and not word.endswith("ch") for word in words)
    assert "cach" not in words and "cac" not in words  # only sắc and nặng end in a stop


def test_entries_keep_espeaks_reading_with_a_final_k() -> None:
    words = ["các", "việc", "dân", "học", "kali"]
    phonemes = ["k,a:3c_|", "v'iE6c_|", "z'@7n_|", "h'O#6k_|", "(en)k'A:7li1(vi)_|"]
    assert velar_c_entries(words, phonemes) == ["các\tk'a:3k\t$u", "việc\tv'iE6k"]


def test_the_version_is_read_from_espeaks_version_line() -> None:
    line = "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data\n"
    assert installed_version(line) == "1.51"


def test_sources_are_shipped_for_the_installed_espeak() -> None:
    version = installed_version()
    if not (SHIPPED / version).is_dir():
        pytest.skip(f"no sources shipped for espeak-ng {version}")
    assert (shipped_sources() / "vi_rules").is_file()


def test_no_shipped_sources_for_another_version_is_explained() -> None:
    with pytest.raises(TTSError, match=r"Chưa có mã nguồn từ điển cho espeak-ng 9\.99.*1\.51"):
        shipped_sources("9.99")


@pytest.fixture
def real_sources() -> Path:
    try:
        return shipped_sources()
    except TTSError as exc:
        pytest.skip(str(exc))


def test_shipped_sources_compile_to_the_systems_own_dictionary(
    real_sources: Path, tmp_path: Path
) -> None:
    out = build_data_dir(real_sources, tmp_path / "espeak-ng", "")
    built = (out / "espeak-ng-data" / "vi_dict").read_bytes()
    assert built == (system_data_dir() / "vi_dict").read_bytes()


def test_the_station_dictionary_differs_from_the_system_only_where_meant(
    real_sources: Path, tmp_path: Path
) -> None:
    out = tmp_path / "espeak-ng"
    assert main([str(out)]) == 0  # the shipped sources for the installed espeak-ng
    words = ["các", "việc", "cách", "thông", "báo", "nhân", "dân", "kali"]
    station, system = espeak_phonemes(words, out), espeak_phonemes(words)
    changed = {w for w, a, b in zip(words, station, system, strict=True) if a != b}
    assert changed == {"các", "việc", "kali"}  # velar -c, and a loanword read the Vietnamese way
    assert station[0].startswith("k,a:3k") and system[0].startswith("k,a:3c")


def test_station_extra_holds_the_word_list_and_the_c_syllables() -> None:
    extra = station_extra()
    assert extra.startswith("// broadcaster vi_extra, format 1")
    assert "virus\tvi rút\t$text" in extra
    assert "việc\tv'iE6k" in extra.splitlines()
    assert "các\tk'a:3k\t$u" in extra.splitlines()


def test_built_folder_reads_the_station_words(sources: Path, tmp_path: Path) -> None:
    out = build_data_dir(sources, tmp_path / "espeak-ng", "các\tk'a:3k\nvirus\tvi rút\t$text\n")
    assert (out / "espeak-ng-data" / "vi_dict").is_file()
    assert said(out, "các").startswith("k'a:3k")
    assert "(en)" not in said(out, "virus")
    assert "(en)" in espeak_phonemes(["virus"])[0]  # the system's: English inside Vietnamese


def test_the_shipped_dictionary_compiles_and_is_read(sources: Path, tmp_path: Path) -> None:
    out = build_data_dir(sources, tmp_path / "espeak-ng")  # station_extra(): every line valid
    assert said(out, "việc").startswith("v'iE6k")
    assert "(en)" not in said(out, "container")


def test_a_failed_build_keeps_the_folder_in_use(sources: Path, tmp_path: Path) -> None:
    out = build_data_dir(sources, tmp_path / "espeak-ng", "các\tk'a:3k\n")
    before = (out / "espeak-ng-data" / "vi_dict").read_bytes()
    with pytest.raises(TTSError, match="không biên dịch được"):
        build_data_dir(sources, out, "các\tk'a:3(k\n")
    assert (out / "espeak-ng-data" / "vi_dict").read_bytes() == before
    assert not (tmp_path / "espeak-ng.new").exists()


def test_missing_sources_are_explained(tmp_path: Path) -> None:
    with pytest.raises(TTSError, match="Không thấy vi_rules và vi_list"):
        build_data_dir(tmp_path, tmp_path / "espeak-ng", "")
    assert not (tmp_path / "espeak-ng").exists()


def test_engine_speaks_through_the_station_dictionary(
    sources: Path, plain: Settings, tmp_path: Path
) -> None:
    build_data_dir(sources, plain.home / "espeak-ng", "các\tk'a:3k\n")
    settings = replace(plain, espeak_data_dir="espeak-ng")
    engine = build_engine("espeak-ng", settings)
    out = tmp_path / "e.wav"
    engine.synthesize("các các", out)
    assert rms_dbfs(decode_mono(out, 16000)) > -40
    assert engine.voice.startswith("vi+f2@130 r150 a150 d")
    build_data_dir(sources, plain.home / "espeak-ng", "các\tk'a:3c\n")
    assert build_engine("espeak-ng", settings).voice != engine.voice  # a new dictionary: new audio


def test_engine_without_the_built_folder_is_explained(plain: Settings) -> None:
    with pytest.raises(TTSError, match="Không thấy từ điển espeak-ng của đài"):
        build_engine("espeak-ng", replace(plain, espeak_data_dir="espeak-ng"))


def test_amplitude_is_part_of_the_voice(plain: Settings, tmp_path: Path) -> None:
    loud = build_engine("espeak-ng", plain)
    assert loud.voice == "vi+f2@130 r150 a150"
    assert build_engine("espeak-ng", replace(plain, espeak_amplitude=100)).voice == "vi+f2@130 r150"
    soft = build_engine("espeak-ng", replace(plain, espeak_amplitude=50))
    loud.synthesize("Ủy ban nhân dân xã thông báo.", tmp_path / "loud.wav")
    soft.synthesize("Ủy ban nhân dân xã thông báo.", tmp_path / "soft.wav")
    louder = rms_dbfs(decode_mono(tmp_path / "loud.wav", 16000))
    assert louder > rms_dbfs(decode_mono(tmp_path / "soft.wav", 16000)) + 3


def test_the_shipped_config_is_one_tone_curve_espeak_can_read() -> None:
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "// broadcaster espeak-ng config, format 1"
    assert all(len(line.encode()) < 100 for line in lines)  # espeak-ng reads ~170-byte chunks
    settings = [line.split() for line in lines if line and not line.startswith("/")]
    assert [words[0] for words in settings] == ["tone"]
    points = [int(word) for word in settings[0][1:]]
    assert len(points) % 2 == 0 and len(points) <= 8  # up to four (Hz, level) pairs
    assert points[::2] == sorted(points[::2])


def test_without_sources_the_folder_keeps_the_systems_dictionary(tmp_path: Path) -> None:
    out = build_data_dir(None, tmp_path / "espeak-ng")
    data = out / "espeak-ng-data"
    assert (data / "vi_dict").read_bytes() == (system_data_dir() / "vi_dict").read_bytes()
    assert (data / "config").read_text(encoding="utf-8") == CONFIG.read_text(encoding="utf-8")
    assert said(out, "các") == espeak_phonemes(["các"])[0]


def test_the_command_builds_without_sources_for_another_espeak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from broadcaster.speech.engines import espeak_dict

    (tmp_path / "none").mkdir()
    monkeypatch.setattr(espeak_dict, "SHIPPED", tmp_path / "none")  # nothing for this espeak-ng
    out = tmp_path / "espeak-ng"
    assert main([str(out)]) == 0  # «make espeak-vi-extra» without deb-src
    assert (out / "espeak-ng-data" / "config").is_file()
    assert (out / "espeak-ng-data" / "vi_dict").read_bytes() == (
        system_data_dir() / "vi_dict"
    ).read_bytes()
    assert "Đã tạo dữ liệu espeak-ng của đài" in capsys.readouterr().out
    assert main([]) == 2


def band_share(path: Path, low: float, high: float) -> float:
    """The share of the signal's energy between ``low`` and ``high`` Hz."""
    power = np.abs(np.fft.rfft(decode_mono(path, 16000))) ** 2
    freqs = np.fft.rfftfreq((len(power) - 1) * 2, 1 / 16000)
    return float(power[(freqs >= low) & (freqs < high)].sum() / power.sum())


def test_engine_speaks_with_the_station_spectrum(plain: Settings, tmp_path: Path) -> None:
    build_data_dir(None, plain.home / "espeak-ng")
    station = build_engine("espeak-ng", replace(plain, espeak_data_dir="espeak-ng"))
    system = build_engine("espeak-ng", plain)
    text = "Ủy ban nhân dân xã thông báo lịch cắt điện ngày mai."
    station.synthesize(text, tmp_path / "station.wav")
    system.synthesize(text, tmp_path / "system.wav")
    assert rms_dbfs(decode_mono(tmp_path / "station.wav", 16000)) > -40
    # the config's curve lowers the voiced sounds' 1-4 kHz against their lows
    darker = band_share(tmp_path / "station.wav", 1000, 4000)
    assert darker < 0.8 * band_share(tmp_path / "system.wav", 1000, 4000)


def test_the_config_is_part_of_the_voice(plain: Settings) -> None:
    out = build_data_dir(None, plain.home / "espeak-ng", config="")
    settings = replace(plain, espeak_data_dir="espeak-ng")
    without = build_engine("espeak-ng", settings).voice
    assert not (out / "espeak-ng-data" / "config").exists()
    build_data_dir(None, out)
    shipped = build_engine("espeak-ng", settings).voice
    build_data_dir(None, out, config="tone 600 170 1200 135 2000 110\n")
    assert len({without, shipped, build_engine("espeak-ng", settings).voice}) == 3
    assert data_digest(plain.home / "nowhere") == "-"


def test_a_relative_folder_is_compiled_where_it_is_named_never_into_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «make run» names the station «station»: espeak-ng compiles in a scratch folder, where a
    # relative --path names nothing, and espeak-ng would then write the system's vi_dict.
    from broadcaster.speech.engines import espeak_dict

    paths: list[str] = []

    def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        paths.extend(arg.removeprefix("--path=") for arg in cmd if arg.startswith("--path="))
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(espeak_dict.subprocess, "run", run)
    espeak_dict.compile_vi(tmp_path, "", Path("station/espeak-ng.new"))
    assert paths == [str(tmp_path / "station" / "espeak-ng.new")]
