"""Phát trực tiếp: a leader's voice from the browser's microphone onto the loudspeakers.

The page's script captures the microphone (getUserMedia + an AudioWorklet) and sends
16-bit PCM over a WebSocket; this module appends it to the live feed the running daemon
airs (:mod:`broadcaster.playout.live_session`). A closed socket without «stop» is a
dropped connection: the feed is ended at once and the log says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from broadcaster.errors import BroadcasterError
from broadcaster.models import User
from broadcaster.playout.control import DAEMON_DOWN, daemon_alive
from broadcaster.playout.live_feed import END_DROP, END_STOP
from broadcaster.playout.live_session import LiveStart, begin_live, end_live, on_air
from broadcaster.users import may
from broadcaster.web.core import Ctx, WebState, _active_user, page
from broadcaster.web.sessions import COOKIE

log = logging.getLogger(__name__)
START_TIMEOUT = 15.0


@page("play.now")
def live_page(ctx: Ctx) -> Response:
    alive, beat = daemon_alive(ctx.app)
    return ctx.render(
        "live_voice.html", title="Phát trực tiếp", alive=alive, beat=beat, daemon_down=DAEMON_DOWN
    )


def same_origin(websocket: WebSocket) -> bool:
    """A WebSocket carries the cookie from any page: only the console's own pages may open it."""
    origin = websocket.headers.get("origin", "")
    return bool(origin) and urlsplit(origin).netloc == websocket.headers.get("host", "")


async def socket_user(websocket: WebSocket) -> User | None:
    web: WebState = websocket.app.state.web
    session = await run_in_threadpool(web.sessions.get, websocket.cookies.get(COOKIE))
    if session is None:
        return None
    user = await run_in_threadpool(_active_user, web.app, session)
    if user is None or user.must_change or not may(user.role, "play.now"):
        return None
    return user


async def _send(websocket: WebSocket, **message: Any) -> None:
    if websocket.application_state == WebSocketState.CONNECTED:
        with contextlib.suppress(RuntimeError, WebSocketDisconnect, OSError):
            await websocket.send_text(json.dumps(message, ensure_ascii=False))


async def _watch(websocket: WebSocket, web: WebState, start: LiveStart) -> None:
    """Tell the speaker when the loudspeakers carry their voice."""
    while not await run_in_threadpool(on_air, web.app, start):
        await asyncio.sleep(0.1)
    await _send(websocket, state="on-air")


async def live_socket(websocket: WebSocket) -> None:
    web: WebState = websocket.app.state.web
    user = await socket_user(websocket) if same_origin(websocket) else None
    await websocket.accept()
    if user is None:
        await _send(
            websocket,
            state="error",
            message="Chỉ lãnh đạo duyệt đã đăng nhập mới được phát trực tiếp. Hãy đăng nhập lại.",
        )
        await websocket.close(code=1008)
        return
    app = web.app.acting_as(user.label)
    try:
        first = await asyncio.wait_for(websocket.receive_text(), START_TIMEOUT)
        asked = json.loads(first).get("start", {})
        urgent = asked.get("urgent") is True
        start = await run_in_threadpool(begin_live, app, user.label, asked.get("rate"), urgent)
    except BroadcasterError as exc:
        await _send(websocket, state="error", message=str(exc))
        await websocket.close(code=1011)
        return
    except (WebSocketDisconnect, TimeoutError, ValueError, AttributeError, KeyError):
        with contextlib.suppress(RuntimeError):
            await websocket.close(code=1002)
        return
    await _send(websocket, state="waiting", title=start.title, segment=start.segment_id)
    watcher = asyncio.create_task(_watch(websocket, web, start))
    reason = END_DROP
    try:
        with start.feed.pcm_path.open("ab") as feed:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                if message.get("bytes"):
                    feed.write(message["bytes"])
                    feed.flush()
                elif message.get("text") and "stop" in message["text"]:
                    reason = END_STOP
                    break
    except (WebSocketDisconnect, RuntimeError, OSError) as exc:
        log.warning("live airing %s: connection lost (%s)", start.segment_id, exc)
    finally:
        watcher.cancel()
        start.feed.end(reason)  # at once: the daemon ends the airing within a block or two
    if reason == END_DROP:
        log.warning("live airing %s: the speaker's connection dropped", start.segment_id)
    ended = await run_in_threadpool(end_live, app, start, reason)
    airing = ended.airing
    await _send(
        websocket,
        state="ended",
        segment=ended.segment_id,
        outcome=airing.outcome if airing else "",
        seconds=round(airing.duration or 0.0, 1) if airing else 0.0,
        kept=ended.kept,
    )
    with contextlib.suppress(RuntimeError, WebSocketDisconnect):
        await websocket.close()
