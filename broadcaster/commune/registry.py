"""Sites, zones and clusters: add, list and find them (the commune's names).

A site's token is printed once by ``site add`` and only its sha256 is stored; a site
daemon and the file fetches of store-and-forward present it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from broadcaster.audit import record_change
from broadcaster.commune.targeting import IMPLICIT, ZoneScope
from broadcaster.errors import ConflictError, InputError, NotFoundError
from broadcaster.models import Cluster, Site, Zone
from broadcaster.station import App

OUTPUT_KINDS = ("device", "device:", "file:", "icecast://")
NAME_MAX = 120


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _name(name: str, what: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InputError(f"{what} cần có tên.")
    if len(clean) > NAME_MAX:
        raise InputError(f"Tên {what.lower()} dài quá {NAME_MAX} ký tự: «{clean[:40]}…».")
    return clean


def check_output(spec: str) -> str:
    """A zone's output as the daemon's ``--output`` takes it (one spec, no list)."""
    clean = spec.strip()
    if clean == "device" or (
        clean.startswith(OUTPUT_KINDS[1:]) and len(clean) > len(clean.split(":", 1)[0]) + 1
    ):
        return clean
    raise InputError(
        f"Đầu ra «{spec}» không hợp lệ. Dùng «device», «device:TÊN_CARD», "
        "«file:ĐƯỜNG_DẪN.wav» hoặc «icecast://source:MẬT_KHẨU@MÁY:8000/TÊN»."
    )


# -- sites ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewSite:
    site: Site
    token: str


def add_site(app: App, name: str) -> NewSite:
    name = _name(name, "Điểm phát")
    token = secrets.token_urlsafe(24)
    with app.db.transaction() as session:
        if _by_name(session, Site, name) is not None:
            raise ConflictError(f"Đã có điểm phát «{name}».")
        site = Site(name=name, token_hash=hash_token(token), created_at=app.now())
        session.add(site)
        session.flush()
        record_change(session, app, "site", site.id, "added", name)
        session.expunge(site)
    return NewSite(site, token)


def list_sites(app: App) -> list[Site]:
    with app.db.transaction() as session:
        return list(session.scalars(select(Site).order_by(Site.id)))


def find_site(session: Session, name: str) -> Site:
    site = _by_name(session, Site, name)
    if site is None:
        names = ", ".join(f"«{s.name}»" for s in session.scalars(select(Site))) or "chưa có"
        raise NotFoundError(
            f"Không có điểm phát «{name}». Các điểm phát hiện có: {names}. Thêm bằng "
            "«broadcaster site add TÊN»."
        )
    return site


def site_by_token(app: App, token: str) -> Site | None:
    """The site (not revoked) whose token this is, else None."""
    digest = hash_token(token)
    with app.db.transaction() as session:
        for site in session.scalars(select(Site).where(Site.revoked_at.is_(None))):
            if hmac.compare_digest(site.token_hash, digest):
                return site
    return None


def revoke_site(app: App, name: str) -> None:
    with app.db.transaction() as session:
        site = find_site(session, name)
        site.revoked_at = app.now()
        record_change(session, app, "site", site.id, "revoked", site.name)


# -- zones ---------------------------------------------------------------------------------
def add_zone(
    app: App, name: str, output: str, site: str | None = None, monitor: str = "none"
) -> Zone:
    name = _name(name, "Vùng phát")
    output = check_output(output)
    with app.db.transaction() as session:
        if _by_name(session, Zone, name) is not None:
            raise ConflictError(f"Đã có vùng phát «{name}».")
        site_id = find_site(session, site).id if site else None
        taken = session.scalar(select(Zone).where(Zone.output == output, _of_site(site_id)))
        if taken is not None and output != "device":
            raise ConflictError(
                f"Đầu ra «{output}» đã cấp cho vùng «{taken.name}» của cùng điểm phát; mỗi vùng "
                "cần một đầu ra riêng."
            )
        zone = Zone(
            name=name,
            site_id=site_id,
            output=output,
            monitor=monitor.strip() or "none",
            created_at=app.now(),
        )
        session.add(zone)
        session.flush()
        record_change(session, app, "zone", zone.id, "added", f"{name} → {output}")
        session.expunge(zone)
    return zone


def edit_zone(app: App, name: str, output: str | None = None, monitor: str | None = None) -> Zone:
    """Change a zone's output or its air-check monitor (the rest of it stays)."""
    if output is None and monitor is None:
        raise InputError(
            "Không có gì để sửa: hãy cho biết đầu ra mới hoặc nguồn kiểm tra mới của vùng."
        )
    with app.db.transaction() as session:
        zone = find_zones(session, [name])[0]
        changes = []
        if output is not None:
            output = check_output(output)
            taken = session.scalar(
                select(Zone).where(
                    Zone.output == output, _of_site(zone.site_id), Zone.id != zone.id
                )
            )
            if taken is not None and output != "device":
                raise ConflictError(
                    f"Đầu ra «{output}» đã cấp cho vùng «{taken.name}» của cùng điểm phát; "
                    "mỗi vùng cần một đầu ra riêng."
                )
            zone.output = output
            changes.append(f"đầu ra {output}")
        if monitor is not None:
            zone.monitor = monitor.strip() or "none"
            changes.append(f"kiểm tra {zone.monitor}")
        record_change(session, app, "zone", zone.id, "edited", f"{zone.name}: {', '.join(changes)}")
        session.flush()
        session.expunge(zone)
    return zone


def list_zones(app: App) -> list[tuple[Zone, str]]:
    """Every zone with its site's name ("" for the implicit site)."""
    with app.db.transaction() as session:
        rows = session.scalars(select(Zone).order_by(Zone.id)).all()
        return [(z, z.site.name if z.site else "") for z in rows]


def find_zones(session: Session, names: list[str]) -> list[Zone]:
    found: list[Zone] = []
    for name in names:
        zone = _by_name(session, Zone, name)
        if zone is None and name.strip().isdigit():
            zone = session.get(Zone, int(name))
        if zone is None:
            have = ", ".join(f"«{z.name}»" for z in session.scalars(select(Zone))) or "chưa có"
            raise NotFoundError(
                f"Không có vùng phát «{name}». Các vùng hiện có: {have}. Thêm bằng "
                "«broadcaster zone add TÊN --output ĐẦU_RA»."
            )
        if zone not in found:
            found.append(zone)
    return found


def zone_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Zone.id).order_by(Zone.id)))


def station_zones(app: App, names: tuple[str, ...] = ()) -> list[ZoneScope]:
    """The named zones, else every zone; a station with none has its implicit zone."""
    with app.db.transaction() as session:
        zones = (
            find_zones(session, list(names))
            if names
            else list(session.scalars(select(Zone).order_by(Zone.id)))
        )
        if not zones:
            return [IMPLICIT]
        return [ZoneScope(z.id, z.site_id, z.name, z.output) for z in zones]


def site_scopes(app: App, site: str | None, fallback_output: str) -> list[ZoneScope]:
    """The zones a daemon of this site airs (``None``: the implicit site).

    The implicit site of a station that never named a zone airs its one implicit zone
    into ``fallback_output``.
    """
    with app.db.transaction() as session:
        site_id = find_site(session, site).id if site else None
        zones = session.scalars(select(Zone).where(_of_site(site_id)).order_by(Zone.id)).all()
        if not zones:
            if site_id is None and not zone_ids(session):
                return [ZoneScope(output=fallback_output)]
            raise InputError(
                f"Điểm phát «{site or 'chính'}» chưa có vùng phát nào. Thêm bằng "
                f"«broadcaster zone add TÊN --site {site or 'TÊN_ĐIỂM'} --output ĐẦU_RA»."
            )
        return [ZoneScope(z.id, site_id, z.name, z.output) for z in zones]


# -- clusters ------------------------------------------------------------------------------
def add_cluster(
    app: App,
    name: str,
    zone: str,
    mount: str = "",
    lat: float | None = None,
    lon: float | None = None,
    note: str = "",
) -> Cluster:
    name = _name(name, "Cụm loa")
    if (lat is None) != (lon is None):
        raise InputError("Toạ độ cần đủ cả vĩ độ (--lat) và kinh độ (--lon).")
    if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"Toạ độ {lat}, {lon} không hợp lệ.")
    if mount and not mount.startswith(("http://", "https://", "/")):
        raise InputError(f"Địa chỉ luồng «{mount}» không hợp lệ; ví dụ http://MÁY_CHỦ:8000/thon-3.")
    with app.db.transaction() as session:
        if _by_name(session, Cluster, name) is not None:
            raise ConflictError(f"Đã có cụm loa «{name}».")
        (found,) = find_zones(session, [zone])
        cluster = Cluster(
            name=name,
            zone_id=found.id,
            mount=mount,
            lat=lat,
            lon=lon,
            note=note,
            created_at=app.now(),
        )
        session.add(cluster)
        session.flush()
        record_change(session, app, "cluster", cluster.id, "added", f"{name} ({found.name})")
        session.expunge(cluster)
    return cluster


def list_clusters(app: App) -> list[tuple[Cluster, str]]:
    with app.db.transaction() as session:
        rows = session.scalars(select(Cluster).order_by(Cluster.zone_id, Cluster.id)).all()
        return [(c, c.zone.name) for c in rows]


def _of_site(site_id: int | None) -> ColumnElement[bool]:
    return Zone.site_id.is_(None) if site_id is None else Zone.site_id == site_id


Named = TypeVar("Named", Site, Zone, Cluster)


def _by_name(session: Session, model: type[Named], name: str) -> Named | None:
    key = " ".join(name.split()).lower()
    # Compared in Python: SQLite's lower() leaves Vietnamese capitals (Ô, Đ …) as they are.
    rows: list[Named] = list(session.scalars(select(model)))
    return next((row for row in rows if row.name.lower() == key), None)


__all__ = ["IMPLICIT", "ZoneScope"]
