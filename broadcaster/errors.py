"""Domain errors.

Every error the operator can meet is a subclass of :class:`BroadcasterError` whose
message is Vietnamese, says what went wrong and how to fix it. The CLI turns them
into click errors in one place (``broadcaster.cli.main``); the daemon logs them.
"""

from __future__ import annotations


class BroadcasterError(Exception):
    """Base class: ``str(error)`` is the operator-facing Vietnamese message."""

    exit_code = 1


class InputError(BroadcasterError):
    """The operator typed or supplied something invalid (bad date, empty script ...)."""


class ScriptFileError(InputError):
    """A script or audio file cannot be read or is not usable."""


class NotFoundError(BroadcasterError):
    """A segment, slot or booking that the operator named does not exist."""


class ConflictError(BroadcasterError):
    """The change clashes with what is already stored (overlap, duplicate name ...)."""


class StationError(BroadcasterError):
    """The station home or database is missing, unreadable or not migrated."""


class TTSError(BroadcasterError):
    """A speech engine cannot synthesize (missing tool, no network, bad voice)."""


class NoNetworkError(TTSError):
    """The online engine cannot reach its service."""


class RenderError(BroadcasterError):
    """Rendering audio failed (ffmpeg, disk full, corrupt recording)."""


class OutputError(BroadcasterError):
    """The sound output is missing, vanished or refused the audio."""


class ReportError(BroadcasterError):
    """A report cannot be built or written."""
