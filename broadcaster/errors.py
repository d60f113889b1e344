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


class AmbiguousSlotError(ConflictError):
    """A slot name that several zones use, named without saying which zone's slot."""

    def __init__(self, message: str, zones: list[str]) -> None:
        super().__init__(message)
        self.zones = zones  # the zone names to choose from


class QuietHoursError(ConflictError):
    """«Play now» of a non-khẩn-cấp item inside quiet hours, not (yet) confirmed."""

    def __init__(self, message: str, quiet: str) -> None:
        super().__init__(message)
        self.quiet = quiet  # «21:30–05:00», for the confirmation that names it


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


class AuthError(BroadcasterError):
    """Signing in failed: unknown user, wrong password, disabled account, too many tries."""


class PermissionDenied(BroadcasterError):
    """The signed-in user's role does not allow the action."""


def os_error_message(exc: OSError) -> str:
    """A Vietnamese message for an operating-system error: what happened and what to do."""
    import errno

    where = f" «{exc.filename}»" if exc.filename else ""
    messages = {
        errno.ENOSPC: f"Đĩa đầy, không ghi được{where}. Hãy xoá bớt tệp cũ (ví dụ âm thanh "
        "trong audio/cache, báo cáo cũ) rồi chạy lại; chưa có gì bị ghi dở.",
        errno.EDQUOT: f"Hết hạn mức dung lượng đĩa, không ghi được{where}. Hãy xoá bớt tệp "
        "cũ rồi chạy lại.",
        errno.EROFS: f"Ổ đĩa chỉ đọc, không ghi được{where}. Hãy gắn lại ổ đĩa cho phép ghi "
        "hoặc chỉ --home vào thư mục khác.",
        errno.EACCES: f"Không có quyền{where}. Hãy chạy lệnh bằng đúng người dùng của đài "
        "hoặc sửa quyền thư mục (chmod/chown).",
        errno.EPERM: f"Không được phép thao tác{where}. Hãy chạy lệnh bằng đúng người dùng "
        "của đài hoặc sửa quyền thư mục.",
        errno.ENOENT: f"Không tìm thấy{where}. Hãy kiểm tra lại đường dẫn.",
        errno.ENOTDIR: f"Đường dẫn{where} có một phần là tệp chứ không phải thư mục. Hãy "
        "kiểm tra lại --home và các đường dẫn đã gõ.",
        errno.EISDIR: f"{where.strip() or 'Đường dẫn'} là thư mục, không phải tệp. Hãy chỉ "
        "đúng tệp.",
        errno.EIO: f"Lỗi đọc/ghi ổ đĩa{where}. Hãy kiểm tra ổ đĩa (có thể bị hỏng hoặc bị rút).",
        errno.ENAMETOOLONG: f"Tên tệp hoặc đường dẫn quá dài{where}. Hãy đặt tên ngắn hơn.",
        errno.EMFILE: "Máy đang mở quá nhiều tệp. Hãy chạy lại lệnh sau ít phút.",
    }
    return messages.get(
        exc.errno or 0,
        f"Hệ điều hành báo lỗi{where} (mã lỗi {exc.errno}). Hãy kiểm tra ổ đĩa, quyền ghi "
        "và đường dẫn rồi chạy lại.",
    )
