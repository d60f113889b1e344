"""Listening to one segment before it airs: on the sound output, or into a file."""

from __future__ import annotations

from pathlib import Path

from broadcaster.errors import RenderError
from broadcaster.playout.outputs.registry import load_samples, open_output
from broadcaster.speech.loudness import transcode
from broadcaster.speech.render import Renderer, RenderResult
from broadcaster.station import App


def preview_segment(app: App, segment_id: int, out: Path | None) -> tuple[RenderResult, str]:
    """Render when needed, then play; returns the render and where the audio went."""
    result = Renderer(app).render_and_store(segment_id, upgrade=False)  # what would air
    if out is not None:
        tmp = out.with_name(f".{out.stem}.part{out.suffix}")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            transcode(result.path, tmp)
            tmp.replace(out)
        except OSError as exc:
            raise RenderError(f"Không ghi được tệp {out}: {exc.strerror}.") from exc
        except RenderError as exc:
            tmp.unlink(missing_ok=True)
            if "Đĩa đã đầy" in str(exc):
                raise
            raise RenderError(
                f"Tệp âm thanh của tin bài số {segment_id} bị hỏng, không nghe thử được. Hãy "
                f"chạy «broadcaster render {segment_id}» để tạo lại."
            ) from exc
        return result, f"tệp {out}"
    # A preview is for the operator's ears: the local speakers, never the IP loudspeakers.
    local = [o for o in app.settings.output if not o.startswith("icecast://")]
    output = open_output(local or ["device"], app.settings, app.clock)
    try:
        output.play(load_samples(result.path, app.settings.sample_rate))
    finally:
        output.close()
    return result, output.describe()
