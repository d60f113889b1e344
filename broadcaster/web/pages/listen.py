"""Nghe đài: the station's output as an MP3 stream the browser's <audio> plays.

The running daemon offers what goes out as PCM on 127.0.0.1
(:mod:`broadcaster.playout.outputs.listen`); each listener gets its own ffmpeg that
encodes it to MP3 as it comes, so the page is only a moment behind the loudspeakers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from collections.abc import AsyncIterator

from starlette.responses import Response, StreamingResponse

from broadcaster.playout.outputs.listen import read_listen_port
from broadcaster.web.core import Ctx, page

log = logging.getLogger(__name__)
CHUNK = 4096
NOT_RUNNING = (
    "Chưa nghe đài được: phần mềm phát (broadcaster run) không chạy hoặc đã tắt «Nghe đài» "
    "(listen_enabled). Hãy bật lại phần mềm phát rồi bấm «Nghe đài» lần nữa."
)


def _ffmpeg(rate: int) -> list[str]:
    return [
        shutil.which("ffmpeg") or "ffmpeg",
        "-nostdin",
        "-hide_banner",
        "-v",
        "error",
        # Raw PCM needs no probing; probing would hold back two seconds of audio.
        "-probesize",
        "32",
        "-analyzeduration",
        "0",
        "-f",
        "s16le",
        "-ar",
        str(rate),
        "-ac",
        "1",
        "-i",
        "pipe:0",
        "-c:a",
        "libmp3lame",
        "-b:a",
        "64k",
        "-write_xing",
        "0",
        "-flush_packets",
        "1",
        "-f",
        "mp3",
        "pipe:1",
    ]


async def _stream(port: int, rate: int) -> AsyncIterator[bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    proc = await asyncio.create_subprocess_exec(
        *_ffmpeg(rate),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdin is not None and proc.stdout is not None
    stdin = proc.stdin

    async def pump() -> None:
        with contextlib.suppress(OSError, ConnectionError):
            while data := await reader.read(CHUNK):
                stdin.write(data)
                await stdin.drain()
        stdin.close()

    feeding = asyncio.create_task(pump())
    try:
        while data := await proc.stdout.read(CHUNK):
            yield data
    finally:
        feeding.cancel()
        writer.close()
        if proc.returncode is None:
            proc.kill()
        with contextlib.suppress(Exception):
            await proc.wait()


@page()
def listen_stream(ctx: Ctx) -> Response:
    port = read_listen_port(ctx.app.settings.home)
    if port is None:
        return Response(NOT_RUNNING, status_code=503, media_type="text/plain; charset=utf-8")
    return StreamingResponse(
        _stream(port, ctx.app.settings.sample_rate),
        media_type="audio/mpeg",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
