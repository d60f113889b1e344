"""Live voice and «Nghe đài» on the real path, printed (not asserted).

A real ``broadcaster run`` plays into this run's own PulseAudio null sink (recorded from
its monitor with wall-clock times) and a real ``broadcaster web`` serves a real Chromium
whose fake microphone plays a beep every two seconds. Prints:
- live voice latency, mouth to loudspeaker: the moment the page's microphone worklet hands
  a beep over, to the moment the beep is heard in the null sink (median, p95, max);
- «Nghe đài» delay: the beep in the null sink to the beep in a listening page's <audio>
  (measured with an AnalyserNode on it), median and p95;
- how long a dropped connection (the speaker's page closed) takes to end the live voice.

Run: .venv/bin/python bench/bench_live.py   (about two minutes)
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pulse_monitor import RATE, MonitorRecorder, ensure_null_sink, pulse_env  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
MIC_RATE = 48000
BEEP_EVERY = 2.0
BEEP_SECONDS = 0.25
SPEAK_SECONDS = 40.0
PASSWORD = "mat-khau-bench"

HEARD_JS = """() => {
  const a = document.getElementById('listen-audio');
  const ctx = new AudioContext();
  const an = ctx.createAnalyser();
  ctx.createMediaElementSource(a).connect(an);
  an.connect(ctx.destination);
  const buf = new Float32Array(an.fftSize);
  window.heard = [];
  let loud = false;
  setInterval(() => {
    an.getFloatTimeDomainData(buf);
    let p = 0;
    for (const v of buf) { p = Math.max(p, Math.abs(v)); }
    if (p > 0.1 && !loud) { window.heard.push(Date.now()); loud = true; }
    if (p < 0.02) { loud = false; }
  }, 5);
}"""
SPOKEN_JS = """() => {
  window.spoken = [];
  let last = 0;
  window.onLiveLoud = (t) => { if (t - last > 500) { window.spoken.push(t); } last = t; };
}"""


def beeps(path: Path, seconds: float) -> Path:
    t = np.arange(int(seconds * MIC_RATE)) / MIC_RATE
    on = (t % BEEP_EVERY) < BEEP_SECONDS
    samples = (0.6 * np.sin(2 * np.pi * 1000 * t) * on * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(MIC_RATE)
        wav.writeframes(samples.tobytes())
    return path


def peak_hz(samples: np.ndarray, frame: int) -> float:
    part = samples[frame : frame + RATE // 10]
    if len(part) < 16:
        return 0.0
    spectrum = np.abs(np.fft.rfft(part * np.hanning(len(part))))
    return float(np.argmax(spectrum) * RATE / len(part))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def match(earlier: list[float], later: list[float], within: float = 1.5) -> list[float]:
    """For each moment in ``earlier``, the delay to the first of ``later`` after it (beeps
    are 2 s apart: a later match would be the next beep, so none is counted)."""
    delays = []
    for t in earlier:
        after = [u - t for u in later if 0 <= u - t <= within]
        if after:
            delays.append(min(after))
    return delays


def show(name: str, delays: list[float], total: int) -> None:
    if not delays:
        print(f"{name}: nothing matched")
        return
    ms = [d * 1000 for d in delays]
    print(
        f"{name}: median {statistics.median(ms):.0f} ms, p95 {percentile(ms, 95):.0f} ms, "
        f"max {max(ms):.0f} ms ({len(ms)} of {total} beeps matched)"
    )


def main() -> None:
    from playwright.sync_api import sync_playwright

    ensure_null_sink()
    pulse_env()
    work = Path(tempfile.mkdtemp(prefix="bench-live-"))
    home = work / "station"
    port = free_port()
    env = {
        **os.environ,
        "BROADCASTER_WEB_PORT": str(port),
        "BROADCASTER_HEARTBEAT_SECONDS": "1",
        "BROADCASTER_OUTPUT_DEVICE": "pulse",
    }

    def cli(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "broadcaster", "--home", str(home), *args],
            env=env,
            check=True,
            capture_output=True,
        )

    cli("init", "--name", "Đài đo thử")
    toml = home / "broadcaster.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'quiet_hours = "21:30-05:00"', 'quiet_hours = ""'
    )
    toml.write_text(text, encoding="utf-8")
    cli("user", "add", "hung", "--role", "duyet", "--password", PASSWORD)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "broadcaster", "--home", str(home), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for args in (["run"], ["web"])
    ]
    url = f"http://127.0.0.1:{port}"
    tone = beeps(work / "beeps.wav", 60.0)
    recorder = MonitorRecorder()
    try:
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        time.sleep(3)  # the daemon's first heartbeat
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM,
                args=[
                    "--no-sandbox",
                    "--autoplay-policy=no-user-gesture-required",
                    "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream",
                    f"--use-file-for-fake-audio-capture={tone}",
                ],
            )
            context = browser.new_context()
            context.grant_permissions(["microphone"], origin=url)
            context.set_default_timeout(60_000)
            listener = context.new_page()
            listener.goto(url + "/dang-nhap")
            listener.fill("input[name=name]", "hung")
            listener.fill("input[name=password]", PASSWORD)
            listener.click("button.primary")
            listener.click("header .listen-toggle")
            listener.wait_for_function("document.getElementById('listen-audio').currentTime > 1")
            listener.evaluate(HEARD_JS)

            speaker = context.new_page()
            speaker.goto(url + "/phat-truc-tiep")
            speaker.evaluate(SPOKEN_JS)
            pressed = time.time()
            speaker.click("#live-start")
            speaker.wait_for_function("window.liveState === 'on-air'")
            on_air = time.time()
            time.sleep(SPEAK_SECONDS)
            spoken = [t / 1000 for t in speaker.evaluate("window.spoken") if t / 1000 > on_air + 1]
            dropped = time.time()
            speaker.close()
            time.sleep(6)
            heard = [t / 1000 for t in listener.evaluate("window.heard")]
            browser.close()
    finally:
        recording = recorder.stop()
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=20)

    loud = [
        recording.wall_of(f).timestamp() for f in recording.onsets(threshold=0.05, min_silence=0.8)
    ]
    print(f"press to on air (page says «ĐANG PHÁT»): {(on_air - pressed) * 1000:.0f} ms")
    show("live voice, microphone to loudspeaker", match(spoken, loud), len(spoken))
    aired = [t for t in loud if on_air < t < dropped]
    show("«Nghe đài», loudspeaker to listening page", match(aired, heard), len(aired))
    # The dropped airing ends with the closing chime (784 Hz, where the beeps are 1 kHz).
    chime = [
        recording.wall_of(f).timestamp()
        for f in recording.onsets(threshold=0.05, min_silence=0.3)
        if recording.wall_of(f).timestamp() > dropped and 700 < peak_hz(recording.samples, f) < 900
    ]
    if chime:
        print(f"dropped connection to the closing chime: {(chime[0] - dropped) * 1000:.0f} ms")
    else:
        print("no closing chime found after the drop")
    print(f"recorded {len(recording.samples) / RATE:.0f} s of the null sink")


if __name__ == "__main__":
    main()
