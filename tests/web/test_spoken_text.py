"""One spoken text: the audio, «Máy sẽ đọc là», the length limit and the plan's estimate agree."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable

from web_client import Browser

from broadcaster.catalogue.limits import check_script_length
from broadcaster.catalogue.planning import estimate_speech_seconds, segment_duration
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, show_segment
from broadcaster.speech.render import Renderer
from broadcaster.speech.textnorm.station_abbrev import add_abbreviation
from broadcaster.station import App

Person = Callable[[str | None], Browser]
SCRIPT = "Hội QX xã họp tổng kết năm. Xem chi tiết tại dichvucong.gov.vn hoặc gọi 0912345678."


def _four_readings(station: App, browser: Person, sid: int) -> tuple[str, str, float, float]:
    segment = show_segment(station, sid).segment
    audio_text = Renderer(station).spoken_text(segment)
    page = browser("lan").get(f"/tin-bai/{sid}").text
    shown = re.search(r'<pre class="spoken"[^>]*>(.*?)</pre>', page, re.S)
    assert shown, "the page shows no «Máy sẽ đọc là»"
    preview = html.unescape(re.sub(r"<[^>]+>", "", shown.group(1)))
    limit_seconds = check_script_length(segment.script_text, station.settings)
    plan_seconds, estimated = segment_duration(segment, station.settings)
    assert estimated
    return audio_text, preview, limit_seconds, plan_seconds


def test_a_station_setting_moves_audio_preview_limit_and_estimate_together(
    browser: Person, station: App
) -> None:
    sid = add_segment(
        station,
        SegmentInput(title="Họp Hội", category="thong-bao", script=script_from_text(SCRIPT)),
    ).id
    before = _four_readings(station, browser, sid)
    audio, preview, limit, plan = before
    assert preview == audio
    assert "chấm gốp chấm vê en" in audio and "quy ích" in audio
    assert limit == plan == estimate_speech_seconds(audio, station.settings.speech_rate_spm)

    add_abbreviation(station.settings.abbreviations_path, "QX", "Nông dân")
    station.settings = dataclasses.replace(station.settings, read_links=False)
    after = _four_readings(station, browser, sid)
    audio2, preview2, limit2, plan2 = after
    assert preview2 == audio2
    assert "Nông dân" in audio2 and "quy ích" not in audio2
    assert "chấm gốp" not in audio2
    assert limit2 == plan2 == estimate_speech_seconds(audio2, station.settings.speech_rate_spm)
    assert limit2 != limit
