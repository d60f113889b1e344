"""Building a relay segment's source from the station's settings and the segment row."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from broadcaster.errors import BroadcasterError, OutputError
from broadcaster.models import Segment
from broadcaster.playout.outputs.base import load_samples
from broadcaster.playout.programme import Occurrence
from broadcaster.playout.relay import RelayConfig, RelaySource
from broadcaster.station import App

log = logging.getLogger(__name__)


def fallback_samples(app: App, sample_rate: int) -> np.ndarray | None:
    """The configured relay fallback as samples (None: silence)."""
    s = app.settings
    choice = s.relay_fallback.strip()
    if choice in ("", "silence", "im-lang"):
        return None
    name = s.station_id_file if choice == "station-id" else choice
    if not name:
        log.warning("relay_fallback is station-id but station_id_file is empty: silence")
        return None
    path = Path(name)
    if not path.is_absolute():
        path = s.home / path
    try:
        return load_samples(path, sample_rate)
    except BroadcasterError as exc:
        log.warning("relay fallback %s unusable (%s): silence", path, exc)
        return None


def relay_source(
    app: App, segment_id: int, sample_rate: int, occ: Occurrence | None
) -> RelaySource:
    """The source of one relay airing (its length is the planned one)."""
    s = app.settings
    with app.db.transaction() as session:
        segment = session.get(Segment, segment_id)
        if segment is None or not segment.relay_url:
            raise OutputError(f"Tin số {segment_id} không phải tiếp âm (không có địa chỉ luồng).")
        url, seconds = segment.relay_url, segment.relay_seconds or 0.0
        if segment.relay_until_slot_end:
            if occ is None:
                raise OutputError(
                    f"Tiếp âm «{segment.title}» chạy «đến hết buổi» nên chỉ phát được trong "
                    "một buổi phát, không phát ngay được."
                )
            seconds = (occ.end - max(occ.start, app.now())).total_seconds()
    cfg = RelayConfig(
        url=url,
        sample_rate=sample_rate,
        loudness_target=s.loudness_target,
        true_peak=s.true_peak,
        open_ahead=s.relay_open_ahead_seconds,
        retries=s.relay_retries,
        retry_seconds=s.relay_retry_seconds,
        fade_frames=int(sample_rate * max(s.fade_ms, 1000) / 1000),
    )
    return RelaySource(cfg, seconds, app.clock, fallback_samples(app, sample_rate))
