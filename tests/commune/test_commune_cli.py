"""Sites, zones and clusters from the command line; slots and bookings per zone; plan."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from conftest import Cli
from sqlalchemy import select

from broadcaster.catalogue.planning import plan_day
from broadcaster.commune.registry import site_by_token
from broadcaster.models import Site, Zone
from broadcaster.station import App


def ok(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return str(result.output)


def commune(run: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ok(run("site", "add", "Việt Hưng"))
    ok(run("zone", "add", "Thôn 1–6", "--site", "Việt Hưng", "--output", f"file:{tmp_path}/a.wav"))
    ok(run("zone", "add", "Chợ xã", "--output", f"file:{tmp_path}/b.wav"))


def test_site_add_prints_a_token_stored_only_as_its_hash(run: Cli, app: App) -> None:
    result = run("site", "add", "Đông Hồ")
    token = ok(result).strip().splitlines()[-1]
    assert len(token) >= 30
    with app.db.transaction() as session:
        site = session.scalar(select(Site))
        assert site is not None
        assert site.token_hash == hashlib.sha256(token.encode()).hexdigest()
    found = site_by_token(app, token)
    assert found is not None and found.name == "Đông Hồ"
    assert site_by_token(app, token + "x") is None


def test_a_revoked_site_token_is_refused(run: Cli, app: App) -> None:
    token = ok(run("site", "add", "A")).strip().splitlines()[-1]
    ok(run("site", "revoke", "A"))
    assert site_by_token(app, token) is None


def test_zone_add_and_list_show_site_output_and_monitor(run: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    out = ok(run("zone", "list"))
    assert "Thôn 1–6" in out and "Việt Hưng" in out and "none" in out
    assert "Chợ xã" in out and "(máy chính)" in out
    assert "Việt Hưng" in ok(run("site", "list"))


def test_zone_add_refuses_a_bad_output_and_an_unknown_site(run: Cli) -> None:
    bad = run("zone", "add", "X", "--output", "loa")
    assert bad.exit_code == 1 and "Đầu ra «loa» không hợp lệ" in bad.output
    unknown = run("zone", "add", "X", "--site", "Không có", "--output", "device")
    assert unknown.exit_code == 1 and "Không có điểm phát «Không có»" in unknown.output


def test_zone_names_are_unique_whatever_the_case(run: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    again = run("zone", "add", "CHỢ XÃ", "--output", "device")
    assert again.exit_code == 1 and "Đã có vùng phát" in again.output


def test_zone_monitor_is_stored(run: Cli, app: App) -> None:
    ok(run("zone", "add", "Z", "--output", "device", "--monitor", "device:mic"))
    with app.db.transaction() as session:
        zone = session.scalar(select(Zone))
        assert zone is not None and zone.monitor == "device:mic"


def test_zone_edit_sets_the_monitor_of_an_existing_zone_and_keeps_the_rest(
    run: Cli, app: App, tmp_path: Path
) -> None:
    commune(run, tmp_path)
    out = ok(run("zone", "edit", "thôn 1–6", "--monitor", "pulse:loa.monitor"))
    assert "Đã sửa vùng phát «Thôn 1–6»" in out and "pulse:loa.monitor" in out
    with app.db.transaction() as session:
        zone = session.scalar(select(Zone).where(Zone.name == "Thôn 1–6"))
        assert zone is not None
        assert (zone.monitor, zone.output) == ("pulse:loa.monitor", f"file:{tmp_path}/a.wav")


def test_zone_edit_refuses_nothing_to_change_an_unknown_zone_and_a_taken_output(
    run: Cli, tmp_path: Path
) -> None:
    commune(run, tmp_path)
    nothing = run("zone", "edit", "Chợ xã")
    assert nothing.exit_code == 1 and "Không có gì để sửa" in nothing.output
    unknown = run("zone", "edit", "Thôn 9", "--monitor", "none")
    assert unknown.exit_code == 1 and "Không có vùng phát «Thôn 9»" in unknown.output
    ok(run("zone", "add", "Thôn 7", "--site", "Việt Hưng", "--output", f"file:{tmp_path}/c.wav"))
    taken = run("zone", "edit", "Thôn 7", "--output", f"file:{tmp_path}/a.wav")
    assert taken.exit_code == 1 and "đã cấp cho vùng «Thôn 1–6»" in taken.output


def test_cluster_add_needs_a_known_zone_and_both_coordinates(run: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    out = ok(
        run(
            "cluster", "add", "Cụm loa IP khu Đông", "--zone", "Chợ xã",
            "--mount", "http://may-chu:8000/cho", "--lat", "21.02", "--lon", "105.85",
        )
    )  # fmt: skip
    assert "Cụm loa IP khu Đông" in out
    assert "http://may-chu:8000/cho" in ok(run("cluster", "list"))
    half = run("cluster", "add", "B", "--zone", "Chợ xã", "--lat", "21")
    assert half.exit_code == 1 and "kinh độ" in half.output
    nozone = run("cluster", "add", "C", "--zone", "Thôn 9")
    assert nozone.exit_code == 1 and "Không có vùng phát «Thôn 9»" in nozone.output


def test_same_slot_name_at_other_hours_in_other_zones(run: Cli, app: App, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    ok(run("slot", "add", "Buổi sáng", "--start", "05:30", "--end", "06:00", "--zone", "Thôn 1–6"))
    ok(run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30", "--zone", "Chợ xã"))
    clash = run("slot", "add", "Tin", "--start", "05:45", "--end", "06:15", "--zone", "Chợ xã")
    assert clash.exit_code == 1 and "trùng giờ" in clash.output
    everywhere = run("slot", "add", "Trưa", "--start", "05:50", "--end", "06:10")
    assert everywhere.exit_code == 1  # every zone: clashes with both


def _segment(run: Cli, text: str) -> str:
    out = ok(run("segment", "add", "--text", text, "-c", "thong-bao", "--title", text[:20]))
    sid = out.split("số ", 1)[1].split(":", 1)[0]
    ok(run("segment", "approve", sid, "--by", "Chủ tịch"))
    return sid


def test_a_zone_booking_is_planned_only_in_its_zone(run: Cli, app: App, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    ok(run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30"))
    local = _segment(run, "Thông báo lịch tiêm phòng cho thôn ba.")
    everyone = _segment(run, "Thông báo chung của ủy ban nhân dân xã.")
    day = app.today()
    ok(run("book", local, "--slot", "Buổi sáng", "--zone", "Thôn 1–6"))
    ok(run("book", everyone, "--slot", "Buổi sáng"))
    with app.db.transaction() as session:
        ids = {z.name: z.id for z in session.scalars(select(Zone))}
    titles = {
        name: [p.entry.segment_id for s in plan_day(app, day, zid).slots for p in s.entries]
        for name, zid in ids.items()
    }
    assert titles["Thôn 1–6"] == [int(local), int(everyone)]
    assert titles["Chợ xã"] == [int(everyone)]
    listed = ok(run("book", "list"))
    assert "Buổi sáng [Thôn 1–6]" in listed
    out = ok(run("plan", "--zone", "Chợ xã"))
    assert "[Vùng Chợ xã] Buổi sáng" in out and "Thông báo lịch tiêm" not in out
    both = ok(run("plan"))
    assert "[Vùng Thôn 1–6] Buổi sáng" in both and "[Vùng Chợ xã] Buổi sáng" in both


def test_booking_a_slot_absent_from_the_zone_is_refused(run: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    ok(run("slot", "add", "Sáng thôn", "--start", "06:00", "--end", "06:30", "--zone", "Thôn 1–6"))
    sid = _segment(run, "Tin thôn.")
    result = run("book", sid, "--slot", "Sáng thôn", "--zone", "Chợ xã")
    assert result.exit_code == 1 and "không chạy ở vùng phát đã chọn" in result.output


def test_a_station_without_zones_plans_as_before(run: Cli, app: App) -> None:
    ok(run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30"))
    out = ok(run("plan", "--date", date.today().strftime("%d/%m/%Y")))
    assert "Vùng" not in out and "Buổi sáng 06:00–06:30" in out


def _two_mornings(run: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    commune(run, tmp_path)
    ok(run("slot", "add", "Buổi sáng", "--start", "05:30", "--end", "06:00", "--zone", "Thôn 1–6"))
    ok(run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30", "--zone", "Chợ xã"))


def _mornings(app: App) -> dict[str, tuple[str, bool]]:
    """Each zone's «Buổi sáng»: (start, still active)."""
    from broadcaster.models import Slot, SlotZone

    with app.db.transaction() as session:
        rows = session.execute(
            select(Zone.name, Slot.start_time, Slot.removed_at)
            .join(SlotZone, SlotZone.slot_id == Slot.id)
            .join(Zone, Zone.id == SlotZone.zone_id)
            .where(Slot.name == "Buổi sáng")
        )
        return {z: (f"{t:%H:%M}", gone is None) for z, t, gone in rows}


def test_removing_a_slot_name_several_zones_share_asks_which_zone(
    run: Cli, app: App, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _two_mornings(run, tmp_path)
    refused = run("slot", "remove", "Buổi sáng")
    assert refused.exit_code == 1
    assert "Có 2 buổi tên «Buổi sáng»" in refused.output
    assert "05:30–06:00 ở vùng Thôn 1–6" in refused.output
    assert "06:00–06:30 ở vùng Chợ xã" in refused.output
    assert '--zone "Chợ xã"' in refused.output and '--zone "Thôn 1–6"' in refused.output
    assert "Traceback" not in refused.output
    assert _mornings(app) == {"Thôn 1–6": ("05:30", True), "Chợ xã": ("06:00", True)}
    out = ok(run("slot", "remove", "Buổi sáng", "--zone", "Chợ xã"))
    assert "Đã bỏ buổi «Buổi sáng»" in out
    assert _mornings(app) == {"Thôn 1–6": ("05:30", True), "Chợ xã": ("06:00", False)}
    # One left: the name alone is enough again.
    ok(run("slot", "remove", "Buổi sáng"))
    assert _mornings(app)["Thôn 1–6"] == ("05:30", False)


def test_editing_a_shared_slot_name_acts_only_on_the_chosen_zone(
    run: Cli, app: App, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _two_mornings(run, tmp_path)
    refused = run("slot", "edit", "Buổi sáng", "--start", "05:15")
    assert refused.exit_code == 1 and "Hãy chọn vùng phát" in refused.output
    assert _mornings(app) == {"Thôn 1–6": ("05:30", True), "Chợ xã": ("06:00", True)}
    # Thôn 1–6's slot moves to the market's hours: zones that share no loudspeaker
    # never clash.
    out = ok(run("slot", "edit", "buổi sáng", "--zone", "Thôn 1–6", "--start", "06:00",
                 "--end", "06:30"))  # fmt: skip
    assert "Đã sửa buổi «Buổi sáng» 06:00–06:30" in out
    assert _mornings(app) == {"Thôn 1–6": ("06:00", True), "Chợ xã": ("06:00", True)}
    elsewhere = run("slot", "edit", "Buổi sáng", "--zone", "Thôn 9", "--start", "06:05")
    assert elsewhere.exit_code == 1 and "Không có vùng phát «Thôn 9»" in elsewhere.output
    nothing = run("slot", "edit", "Buổi sáng", "--zone", "Chợ xã")
    assert nothing.exit_code == 1 and "Chưa có gì để sửa" in nothing.output


def test_a_zone_without_that_slot_is_named_in_the_refusal(
    run: Cli, app: App, tmp_path: Path
) -> None:
    commune(run, tmp_path)
    ok(run("slot", "add", "Sáng thôn", "--start", "06:00", "--end", "06:30", "--zone", "Thôn 1–6"))
    result = run("slot", "remove", "Sáng thôn", "--zone", "Chợ xã")
    assert result.exit_code == 1
    assert "Buổi «Sáng thôn» không chạy ở vùng phát «Chợ xã»" in result.output


def test_the_service_refuses_an_ambiguous_name_with_the_zones_to_choose(
    run: Cli, app: App, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from broadcaster.catalogue.slots import get_slot, remove_slot
    from broadcaster.errors import AmbiguousSlotError

    _two_mornings(run, tmp_path)
    with pytest.raises(AmbiguousSlotError) as refused:
        remove_slot(app, "Buổi sáng")
    assert refused.value.zones == ["Chợ xã", "Thôn 1–6"]
    assert "--zone" not in str(refused.value)  # the service never names a CLI flag
    chosen = get_slot(app, "Buổi sáng", "Thôn 1–6")
    assert f"{chosen.start_time:%H:%M}" == "05:30"
    assert get_slot(app, chosen.id).id == chosen.id  # by number: never ambiguous


def test_a_slot_table_is_refused_when_zones_share_a_slot_name(
    run: Cli, app: App, tmp_path: Path
) -> None:
    _two_mornings(run, tmp_path)
    table = tmp_path / "lich.toml"
    table.write_text(
        '[[slot]]\nname = "Buổi sáng"\nstart = "07:00"\nend = "07:30"\n', encoding="utf-8"
    )
    result = run("slot", "load", str(table))
    assert result.exit_code == 1 and "nhiều buổi cùng tên «Buổi sáng»" in result.output
    assert _mornings(app) == {"Thôn 1–6": ("05:30", True), "Chợ xã": ("06:00", True)}
