"""«Nghe đài», «Phát trực tiếp» and «Ghi âm» in a real Chromium, against a real console
and a real daemon (``broadcaster run`` playing into this run's own PulseAudio null sink,
recorded from its monitor), with Chromium's fake microphone fed from a tone file.

The tone's frequency found in the recording between the logged start and end of the live
airing proves the voice went on air when the log says it did.
"""

from __future__ import annotations

import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from pulse_monitor import RATE as RATE_SINK
from pulse_monitor import MonitorRecorder, ensure_null_sink, pulse_env
from web_client import PASSWORD

from .test_browser import CHROMIUM, DESKTOP, Shots, Station, free_port, sign_in

TONE_HZ = 880.0
MIC_RATE = 48000
RATE = 24000  # the station's sample rate

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


def wait_js(page: Any, expression: str, timeout: float = 30.0) -> None:
    """Wait until the expression is true in the page. ``page.wait_for_function`` evaluates
    its predicate with ``eval``, which the console's Content-Security-Policy forbids;
    ``page.evaluate`` is not subject to it. The bound is Playwright's usual 30 s."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout:.0f} s: {expression}")
        time.sleep(0.1)


def write_tone(path: Path, seconds: float = 10.0) -> Path:
    t = np.arange(int(seconds * MIC_RATE)) / MIC_RATE
    samples = (0.5 * np.sin(2 * np.pi * TONE_HZ * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(MIC_RATE)
        wav.writeframes(samples.tobytes())
    return path


def tone_seconds(samples: np.ndarray, rate: int) -> float:
    """How many seconds of ``samples`` are dominated by the microphone's tone."""
    block = rate // 10
    found = 0
    for k in range(0, len(samples) - block, block):
        part = samples[k : k + block]
        if np.sqrt(np.mean(part**2)) < 0.02:
            continue
        spectrum = np.abs(np.fft.rfft(part * np.hanning(len(part))))
        peak = np.argmax(spectrum) * rate / len(part)
        if abs(peak - TONE_HZ) < 30:
            found += 1
    return found / 10


def decode_mp3(data: bytes) -> np.ndarray:
    proc = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "pipe:0", "-f", "f32le", "-ac", "1", "-ar", str(RATE), "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    return np.frombuffer(proc.stdout, dtype="<f4")


class StreamTap:
    """Reads «Nghe đài» as a browser would (with the signed-in cookie) in the background."""

    def __init__(self, url: str, cookies: dict[str, str]) -> None:
        self.data = bytearray()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(url, cookies), daemon=True)
        self.thread.start()

    def _run(self, url: str, cookies: dict[str, str]) -> None:
        with (
            httpx.Client(cookies=cookies, timeout=30) as client,
            client.stream("GET", url + "/nghe-dai/luong") as reply,
        ):
            assert reply.status_code == 200
            for chunk in reply.iter_bytes():
                self.data.extend(chunk)
                if self.stop.is_set():
                    return

    def close(self) -> bytes:
        self.stop.set()
        self.thread.join(timeout=10)
        return bytes(self.data)


Row = tuple[str, str, str, float | None, datetime | None, datetime | None]


def live_airings(home: Path, env: dict[str, str]) -> list[Row]:
    from sqlalchemy import select

    from broadcaster.models import Airing, Segment
    from broadcaster.settings import load_settings
    from broadcaster.station import open_station

    app = open_station(load_settings(home, env=env))
    try:
        with app.db.transaction() as session:
            rows = session.execute(
                select(
                    Segment.title,
                    Airing.outcome,
                    Airing.error,
                    Airing.duration,
                    Airing.actual_start,
                    Airing.actual_end,
                )
                .join(Segment, Airing.segment_id == Segment.id)
                .where(Segment.title.like("Phát trực tiếp%"))
                .order_by(Airing.id)
            )
            return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
    finally:
        app.close()


def wait_for(check, what: str, tries: int = 600):  # type: ignore[no-untyped-def]
    for _ in range(tries):
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    ensure_null_sink()
    pulse_env()  # the daemon's «device» is this run's own null sink
    running = Station(tmp_path / "station", free_port())
    running.env["BROADCASTER_OUTPUT_DEVICE"] = "pulse"
    running.cli("init", "--name", "Đài truyền thanh xã Cẩm Nhượng")
    toml = running.home / "broadcaster.toml"  # the test may run at night, station time
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('quiet_hours = "21:30-05:00"', 'quiet_hours = ""'),
        encoding="utf-8",
    )
    yield running
    running.stop()


def test_a_leader_listens_speaks_live_and_records_from_a_browser(
    station: Station, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = Shots(tmp_path / "shots")
    station.start_web()
    station.cli(
        "user", "add", "hung", "--role", "duyet", "--password", PASSWORD,
        "--full-name", "Trần Văn Hùng",
    )  # fmt: skip
    station.start("run")
    recorder = MonitorRecorder()
    tone = write_tone(tmp_path / "tone.wav")
    url = station.url

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--mute-audio",  # the page's own sound stays out of the null sink
                "--autoplay-policy=no-user-gesture-required",
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                f"--use-file-for-fake-audio-capture={tone}",
            ],
        )
        context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
        context.grant_permissions(["microphone"], origin=url)
        context.set_default_timeout(120_000)
        page = context.new_page()
        sign_in(page, url, "hung", PASSWORD)
        expect(page.locator("h1")).to_have_text("Tổng quan")
        expect(page.locator("[data-daemon=alive]")).to_be_visible()

        # «Nghe đài» from the header plays the station's stream in the page.
        page.click("header .listen-toggle")
        wait_js(page, "document.getElementById('listen-audio').currentTime > 1.5")
        expect(page.locator("header .listen-toggle")).to_have_text("■ Tắt nghe đài")
        shots(page, "nghe-dai")
        page.click("header .listen-toggle")
        expect(page.locator("header .listen-toggle")).to_have_text("▶ Nghe đài")
        cookies = {c["name"]: c["value"] for c in context.cookies()}
        tap = StreamTap(url, cookies)

        # «Phát trực tiếp»: the leader speaks, then stops; the slot would continue.
        page.click("a:has-text('Phát trực tiếp')")
        expect(page.locator("h1")).to_have_text("Phát trực tiếp")
        page.click("button:has-text('Phát trực tiếp')")
        wait_js(page, "window.liveState === 'on-air'")
        expect(page.locator("#live-status")).to_contain_text("ĐANG PHÁT")
        shots(page, "phat-truc-tiep")
        time.sleep(4)  # the leader speaks (the fake microphone's tone)
        page.click("button:has-text('Dừng phát')")
        wait_js(page, "window.liveState === 'ended'")
        expect(page.locator("#live-status")).to_contain_text("Bản ghi đã lưu thành tin bài số")
        listened = tap.close()
        shots(page, "phat-truc-tiep-xong")

        page.click("nav >> text=Nhật ký")
        row = page.locator("tr", has_text="Phát trực tiếp")
        expect(row.first).to_contain_text("Trần Văn Hùng")
        expect(row.first).to_contain_text("đã phát")
        shots(page, "nhat-ky-truc-tiep")

        # A dropped connection (the phone's browser closed) ends the airing cleanly.
        dropped = context.new_page()
        dropped.goto(url + "/phat-truc-tiep")
        dropped.click("button:has-text('Phát trực tiếp')")
        wait_js(dropped, "window.liveState === 'on-air'")
        time.sleep(1)
        dropped.close()

        # «Ghi âm»: record, listen back, save as a recording segment.
        page.goto(url + "/tin-bai/them")
        page.check("input[name=source][value=audio]")
        page.click("button:has-text('Ghi âm')")
        wait_js(page, "window.recState === 'recording'")
        time.sleep(2)
        page.click("button:has-text('Dừng ghi')")
        wait_js(page, "window.recState === 'recorded'")
        expect(page.locator("#rec-preview")).to_be_visible()
        seconds = page.evaluate(
            """() => new Promise((ok, bad) => {
                const a = document.getElementById('rec-preview');
                if (a.readyState >= 1) { ok(a.duration); return; }
                a.addEventListener('loadedmetadata', () => ok(a.duration));
                a.addEventListener('error', () => bad('audio error'));
                a.load();
            })"""
        )
        assert seconds > 1.0
        page.select_option("select[name=category]", "thong-bao")
        shots(page, "ghi-am")
        page.click("button:has-text('Thêm tin bài')")
        expect(page.locator(".flash.ok")).to_contain_text("Đã thêm tin bài số")
        expect(page.locator("main audio")).to_be_visible()
        browser.close()

    rows = wait_for(
        lambda: (r := live_airings(station.home, station.env)) and len(r) == 2 and r,
        "both live airings logged",
    )
    recording = recorder.stop()
    (title1, outcome1, error1, length1, start1, end1), second = rows
    assert title1.startswith("Phát trực tiếp") and title1.endswith("— Trần Văn Hùng")
    assert outcome1 == "aired" and not error1 and length1 is not None and length1 > 3
    assert second[1] == "partial" and "Mất kết nối" in second[2]
    station.stop()

    # The voice reached the loudspeakers between the logged start and end of the airing.
    assert start1 is not None and end1 is not None
    aired = recording.samples[recording.frame_at(start1) : recording.frame_at(end1)]
    assert tone_seconds(aired, RATE_SINK) >= 3.0
    before = recording.samples[: max(recording.frame_at(start1), 0)]
    assert tone_seconds(before, RATE_SINK) < 1.0  # nothing of it before the log says so
    assert tone_seconds(decode_mp3(listened), RATE) >= 2.0  # and «Nghe đài» carried it
