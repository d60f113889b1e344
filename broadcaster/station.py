"""The station context handed to every service, and ``init`` of a station home."""

from __future__ import annotations

import dataclasses
import os
import socket
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from broadcaster.clock import Clock, SystemClock
from broadcaster.database import Database, Timeouts, sqlite_file
from broadcaster.errors import StationError
from broadcaster.models import Site, Station
from broadcaster.settings import Settings, settings_template


@dataclass
class App:
    """What a service needs: settings, the database and the clock."""

    settings: Settings
    db: Database
    clock: Clock
    # Who is acting (a console user's name); "" for the command line and the daemon.
    actor: str = ""

    def acting_as(self, actor: str) -> App:
        """The same station seen by one person: their changes are recorded with their name."""
        return dataclasses.replace(self, actor=actor)

    def now(self) -> datetime:
        return self.clock.now()

    def local_now(self) -> datetime:
        return self.clock.now().astimezone(self.settings.tz)

    def today(self) -> date:
        return self.local_now().date()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.settings.tz)

    def close(self) -> None:
        self.db.dispose()


@dataclass(frozen=True)
class InitResult:
    home: Path
    created: bool
    database: str


def db_timeouts(settings: Settings) -> Timeouts:
    return Timeouts(connect=settings.db_connect_timeout, statement=settings.db_statement_timeout)


def open_station(settings: Settings, clock: Clock | None = None) -> App:
    """Open an initialised station; the database is migrated if it is behind."""
    if not settings.db_url and not settings.settings_path.exists():
        raise StationError(
            f"Chưa có đài ở thư mục «{settings.home}». Hãy chạy «broadcaster init» trước "
            "(hoặc chỉ đúng thư mục bằng --home / biến BROADCASTER_HOME)."
        )
    missing = sqlite_file(settings.database_url)
    if missing is not None and not missing.exists():
        # Never create an empty database in place of a lost one: only «init» creates.
        raise StationError(missing_database_message(missing))
    db = Database(settings.database_url, timeouts=db_timeouts(settings))
    return App(settings=settings, db=db, clock=clock or SystemClock())


def newest_backup(db_file: Path) -> Path | None:
    """The newest «broadcaster.db.bak-…» copy beside a database file, if any."""
    try:
        copies = [p for p in db_file.parent.glob(f"{db_file.name}.bak-*") if p.is_file()]
    except OSError:
        return None
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


def missing_database_message(db_file: Path) -> str:
    """What happened to a station's database file and how to bring it back."""
    head = (
        f"Không thấy tệp cơ sở dữ liệu «{db_file}» (đã bị xoá, đổi tên hoặc ổ đĩa chưa "
        "gắn). Lệnh không tạo cơ sở dữ liệu trống thay thế để khỏi mất nhật ký phát sóng."
    )
    backup = newest_backup(db_file)
    if backup is not None:
        how = (
            f" Để khôi phục bản sao gần nhất «{backup.name}»: dừng «broadcaster run» nếu "
            f"đang chạy, rồi chép nó thành «{db_file.name}» "
            f"(ví dụ: cp '{backup}' '{db_file}'), sau đó chạy lại lệnh."
        )
    else:
        how = (
            f" Không có bản sao .bak-… nào trong {db_file.parent}; hãy chép lại tệp từ bản "
            "sao lưu của đài về đúng chỗ đó."
        )
    return head + how + " Nếu thật sự muốn bắt đầu lại từ đầu, chạy «broadcaster init»."


def init_station(settings: Settings, clock: Clock | None = None) -> InitResult:
    """Create the station home, its settings file and database; safe to run again."""
    clock = clock or SystemClock()
    home = settings.home
    try:
        home.mkdir(parents=True, exist_ok=True)
        (home / "audio").mkdir(exist_ok=True)
        created = not settings.settings_path.exists()
        if created:
            tmp = settings.settings_path.with_suffix(".toml.tmp")
            tmp.write_text(
                settings_template(settings.station_name, settings.timezone), encoding="utf-8"
            )
            os.replace(tmp, settings.settings_path)
    except OSError as exc:
        raise StationError(
            f"Không tạo được thư mục đài «{home}»: {exc.strerror}. Hãy chọn thư mục khác "
            "bằng --home hoặc kiểm tra quyền ghi và dung lượng đĩa."
        ) from exc
    db = Database(settings.database_url, timeouts=db_timeouts(settings))
    try:
        with db.transaction() as session:
            station = session.get(Station, 1)
            if station is None:
                session.add(
                    Station(
                        id=1,
                        name=settings.station_name,
                        timezone=settings.timezone,
                        created_at=clock.now(),
                    )
                )
            else:
                station.name = settings.station_name
                station.timezone = settings.timezone
    finally:
        db.dispose()
    return InitResult(home=home, created=created, database=settings.database_url)


def record_heartbeat(app: App, site_id: int | None = None) -> None:
    """The daemon is alive: on the station row, or on its site's row (a commune's site)."""
    with app.db.transaction() as session:
        if site_id is not None:
            site = session.get(Site, site_id)
            if site is not None:
                site.heartbeat_at = app.now()
                site.daemon_pid = os.getpid()
                site.daemon_host = socket.gethostname()
            return
        station = session.get(Station, 1)
        if station is None:
            station = Station(
                id=1,
                name=app.settings.station_name,
                timezone=app.settings.timezone,
                created_at=app.now(),
            )
            session.add(station)
        station.heartbeat_at = app.now()
        station.daemon_pid = os.getpid()
        station.daemon_host = socket.gethostname()


def record_stopped(app: App, site_id: int | None = None) -> None:
    """Say that this process's daemon stopped cleanly, so nobody waits for it.

    The last heartbeat time stays: the next start catches up from it.
    """
    with app.db.transaction() as session:
        station = session.get(Site, site_id) if site_id is not None else session.get(Station, 1)
        if station is not None and station.daemon_pid == os.getpid():
            station.daemon_pid = None


def last_heartbeat(app: App, site_id: int | None = None) -> datetime | None:
    """When the station's (or the site's) daemon last proved it was alive."""
    with app.db.transaction() as session:
        row = session.get(Site, site_id) if site_id is not None else session.get(Station, 1)
        return row.heartbeat_at if row is not None else None
