"""The title a document would get, asked by the segment form as soon as a file is chosen,
so the operator sees it and can change it before saving."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from broadcaster.catalogue.doctitle import script_title
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.uploads import script_from_upload
from broadcaster.errors import BroadcasterError
from broadcaster.web.core import Ctx, page


@page("segment.edit")
def suggest_title(ctx: Ctx) -> Response:
    try:
        upload = ctx.files.get("script_file")
        if upload is not None:
            data = upload.file.read()
            name = upload.filename or "kich-ban.txt"
            script = script_from_upload(name, data, ctx.app.settings)
        else:
            script = script_from_text(ctx.form.get("text", ""))
    except BroadcasterError as exc:
        return JSONResponse({"title": "", "error": str(exc)})
    return JSONResponse({"title": script_title(script), "error": ""})
