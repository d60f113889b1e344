"""A site's audio files, by content: ``store/<sha256>`` in its station home.

Files come from the central console (``GET /diem-phat/am-thanh/<sha256>`` with the
site's token, when ``site_central_url`` is set) or else straight from the segment's file
(the site runs on the central machine, or shares its disk). Every file is checked against its
sha256 before it is kept; a missing or damaged one is fetched again.
"""

from __future__ import annotations

import logging
import os
import shutil
import urllib.error
import urllib.request
from pathlib import Path

from broadcaster.speech.audiofile import file_sha256
from broadcaster.speech.render import audio_intact

log = logging.getLogger(__name__)
STORE_DIR = "store"
FETCH_TIMEOUT = 30.0


class AudioStore:
    def __init__(self, home: Path, central_url: str = "", token: str = "") -> None:
        self.root = home / STORE_DIR
        self.central_url = central_url.rstrip("/")
        self.token = token

    def path(self, digest: str) -> Path:
        return self.root / digest

    def has(self, digest: str, strict: bool = False) -> bool:
        return audio_intact(self.path(digest), digest, strict=strict)

    def ensure(self, digest: str, local: str | None = None) -> bool:
        """The file is in the store and intact (fetched now if it was not)."""
        if self.has(digest):
            return True
        if self.central_url:
            return self._fetch(digest)
        return bool(local) and self._copy(Path(str(local)), digest)

    def _keep(self, source: Path, digest: str) -> bool:
        """Move a downloaded/copied file into place only if its bytes are the right ones."""
        if file_sha256(source) != digest:
            log.error("audio %s: the received file does not match its sha256", digest[:12])
            source.unlink(missing_ok=True)
            return False
        os.replace(source, self.path(digest))
        return True

    def _tmp(self, digest: str) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        return self.root / f".{digest}.part"

    def _copy(self, source: Path, digest: str) -> bool:
        try:
            tmp = self._tmp(digest)
            shutil.copyfile(source, tmp)
        except OSError:
            return False
        return self._keep(tmp, digest)

    def _fetch(self, digest: str) -> bool:
        request = urllib.request.Request(
            f"{self.central_url}/diem-phat/am-thanh/{digest}",
            headers={"Authorization": f"Bearer {self.token}"},
        )
        tmp = self._tmp(digest)
        try:
            with (
                urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response,
                tmp.open("wb") as fh,
            ):
                shutil.copyfileobj(response, fh)
        except (urllib.error.URLError, OSError) as exc:
            log.warning("audio %s: fetching from the central station failed: %s", digest[:12], exc)
            tmp.unlink(missing_ok=True)
            return False
        return self._keep(tmp, digest)
