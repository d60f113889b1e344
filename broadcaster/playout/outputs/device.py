"""The sound card, through PortAudio (sounddevice): blocking writes, short fade on stop."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from broadcaster.clock import Clock
from broadcaster.errors import OutputError
from broadcaster.playout.outputs.base import BLOCK, PlayReport, Progress, fade_out, wait_until

MIN_LEAD = 0.25  # seconds of silence before any audio
OPEN_AHEAD = timedelta(seconds=0.6)  # open the stream this long before a planned start
# Seconds of audio handed to PortAudio per write. PortAudio feeds the sound server from C
# with Python's lock released, so a write this long keeps the stream fed even when a
# loaded machine (or another thread) keeps Python from running for a while; writes of one
# 21 ms block each needed Python every 21 ms and ran dry under load (an underrun stretches
# what is heard, so the sound came later than the log said). It is also the granularity
# at which a stop (play-now, khẩn cấp) is noticed.
WRITE_SECONDS = 0.2


class DeviceOutput:
    def __init__(
        self,
        device: str | None,
        sample_rate: int,
        clock: Clock,
        fade_ms: int = 300,
        latency_correction_ms: int = 0,
    ) -> None:
        try:
            import sounddevice as sd
        except OSError as exc:  # the PortAudio library itself is missing
            raise OutputError(
                "Thiếu thư viện âm thanh PortAudio. Hãy chạy «make run» hoặc «sudo apt-get "
                "install libportaudio2»."
            ) from exc
        self.sd = sd
        self.device = device
        self.sample_rate = sample_rate
        self.clock = clock
        self.fade_frames = int(sample_rate * fade_ms / 1000)
        # Sound servers (PulseAudio, PipeWire) play what leaves PortAudio's buffer at once,
        # whatever latency PortAudio reports, so a frame is taken as heard when it leaves
        # that buffer; a card that plays later is calibrated with
        # output_latency_correction_ms.
        self.latency = timedelta(milliseconds=latency_correction_ms)
        self.name = self._check()

    def _check(self) -> str:
        """Name the device that will be used, or explain that there is none."""
        try:
            self.sd._terminate()  # re-scan: a device may have come or gone since start
            self.sd._initialize()
            info = self.sd.query_devices(self.device, "output")
            self.sd.check_output_settings(
                self.device, channels=1, dtype="float32", samplerate=self.sample_rate
            )
        except (ValueError, self.sd.PortAudioError) as exc:
            name = f"«{self.device}»" if self.device else "mặc định"
            raise OutputError(
                f"Không tìm thấy thiết bị phát âm thanh {name}. Hãy cắm loa/bộ khuếch đại, kiểm "
                "tra «aplay -l», hoặc đặt output_device trong broadcaster.toml."
            ) from exc
        return str(info["name"])

    def describe(self) -> str:
        return f"thiết bị âm thanh «{self.name}»"

    def play(
        self,
        samples: np.ndarray,
        *,
        at: datetime | None = None,
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PlayReport:
        samples = samples.astype(np.float32, copy=False)
        written = 0
        # Sleep, stream closed, until shortly before the start: a long lead-in written
        # through Python would only give other threads time to starve the sound card.
        if at is not None and not wait_until(self.clock, at - OPEN_AHEAD, stop):
            return PlayReport(self.clock.now(), 0, self.sample_rate, False)
        try:
            with self.sd.OutputStream(
                samplerate=self.sample_rate,
                channels=1,
                dtype="float32",
                device=self.device,
                blocksize=BLOCK,
            ) as stream:
                # The stream's buffer, empty at open: what it holds later is read off
                # write_available, so the frame heard at a given clock reading is known
                # whether or not this process was starved in between.
                capacity = stream.write_available
                latency = self.latency
                # Feed silence up to the start frame (at least MIN_LEAD, which absorbs the
                # sound server's stream start-up): the stream never runs dry meanwhile.
                wanted = 0.0 if at is None else (at - self.clock.now() - latency).total_seconds()
                lead = int(max(wanted, MIN_LEAD) * self.sample_rate)
                fed = 0
                chunk = max(BLOCK, int(WRITE_SECONDS * self.sample_rate))
                silence = np.zeros(chunk, dtype=np.float32)
                while fed < lead:
                    if stop is not None and stop.is_set():
                        return PlayReport(self.clock.now(), 0, self.sample_rate, False)
                    n = min(chunk, lead - fed)
                    stream.write(silence[:n].reshape(-1, 1))
                    fed += n
                # Where the stream's timeline stands (when its frame 0 was heard); None
                # while only readings of a buffer found empty were had.
                origin = self._origin(stream, capacity, fed)
                started = self._start(origin, fed, lead)
                while written < len(samples):
                    if stop is not None and stop.is_set():
                        tail = fade_out(samples[written : written + self.fade_frames])
                        stream.write(tail.reshape(-1, 1))
                        written += len(tail)
                        return PlayReport(started, written, self.sample_rate, False)
                    block = samples[written : written + chunk]
                    underflowed = stream.write(block.reshape(-1, 1))
                    written += len(block)
                    # A stream that ran dry (this process starved on a loaded machine)
                    # played silence before this block: the block and what follows are
                    # heard that much later, so the timeline slides rather than claim
                    # frames went out on time. Frames before the gap keep their times.
                    later = self._origin(stream, capacity, fed + written)
                    if later is not None and (
                        origin is None or slid(origin, later, bool(underflowed))
                    ):
                        origin = later
                    started = self._start(origin, fed + written, lead)
                    if progress is not None:
                        progress(started, written)
        except self.sd.PortAudioError as exc:
            raise OutputError(
                f"Thiết bị âm thanh «{self.name}» bị lỗi hoặc bị rút ra khi đang phát: {exc}",
            ) from exc
        return PlayReport(started, written, self.sample_rate, True)

    def _origin(self, stream: Any, capacity: int, written: int) -> datetime | None:
        """When frame 0 of the stream was heard, from the clock and the stream's fill.

        The two are read back to back, with the fill read on both sides of the clock; if
        the process was descheduled in between (the fill moved), they are read again. A
        buffer found empty says only that everything written was heard by now (a gap may
        follow it), so it places nothing: None.
        """
        for _ in range(3):
            before = stream.write_available
            now = self.clock.now()
            after = stream.write_available
            if after - before <= BLOCK:
                break
        return heard_origin(now, written, capacity - after, self.sample_rate)

    def _start(self, origin: datetime | None, written: int, lead: int) -> datetime:
        """When the first sample after the ``lead`` frames of silence was heard."""
        if origin is None:  # starved throughout: at the latest, everything is heard by now
            origin = self.clock.now() - timedelta(seconds=written / self.sample_rate)
        return origin + timedelta(seconds=lead / self.sample_rate) + self.latency

    def close(self) -> None:
        return None


def heard_origin(now: datetime, written: int, held: int, rate: int) -> datetime | None:
    """When frame 0 was heard, given that at ``now`` the stream held ``held`` of ``written``.

    The frame being heard at ``now`` is the first one still held: ``written - held``. An
    empty buffer places nothing (its last frame may have been heard long before ``now``).
    """
    if held <= 0:
        return None
    return now - timedelta(seconds=(written - held) / rate)


# Below this the difference between two readings of the origin is the granularity of the
# stream's fill (one period), not a gap in the sound.
JITTER = timedelta(milliseconds=40)


def slid(origin: datetime, later: datetime, underflowed: bool) -> bool:
    """Whether the stream's timeline moved: it ran dry (PortAudio says so, or the origin
    read after a write is later than the one in use by more than a period's jitter)."""
    return later > origin and (underflowed or later - origin > JITTER)
