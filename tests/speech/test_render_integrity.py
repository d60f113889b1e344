"""A damaged or missing rendered file is stale: found by its hash, rendered again."""

import hashlib
import os
from pathlib import Path

from conftest import Cli
from sqlalchemy import select

from broadcaster.models import Segment
from broadcaster.station import App


def setup_station(run: Cli, app: App) -> Path:
    (app.settings.home / "broadcaster.toml").write_text(
        '[tts]\nengines = ["espeak-ng"]\n', encoding="utf-8"
    )
    run("segment", "add", "--text", "Thông báo lịch tiêm phòng dại cho chó mèo.", "-c", "y-te")
    run("segment", "approve", "1", "--by", "A")
    assert run("render", "1").exit_code == 0
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.audio_path and segment.audio_hash
        return Path(segment.audio_path)


def damage(path: Path) -> None:
    """Random bytes of the same size, and the old modification time: only the hash can tell."""
    st = path.stat()
    path.write_bytes(os.urandom(st.st_size))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def stored_hash(app: App) -> str:
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.audio_hash
        return segment.audio_hash


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_render_stale_id_and_all_repair_a_damaged_file(run: Cli, app: App) -> None:
    path = setup_station(run, app)
    for args in (("render", "--stale"), ("render", "1"), ("render", "--all")):
        damage(path)
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert "Tin 1:" in result.output and "(espeak-ng)" in result.output, args
        assert "(có sẵn)" not in result.output
        assert sha(path) == stored_hash(app)
    assert "Không có tin bài nào cần tạo âm thanh." in run("render", "--stale").output


def test_render_stale_repairs_a_missing_file(run: Cli, app: App) -> None:
    path = setup_station(run, app)
    path.unlink()
    result = run("render", "--stale")
    assert result.exit_code == 0 and "(espeak-ng)" in result.output
    assert sha(path) == stored_hash(app)


def test_preview_of_a_damaged_file_renders_it_again(run: Cli, app: App, tmp_path: Path) -> None:
    path = setup_station(run, app)
    damage(path)
    out = tmp_path / "nghe.wav"
    result = run("preview", "1", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 10000 and sha(path) == stored_hash(app)


def test_preview_of_a_damaged_recording_says_so_in_vietnamese(
    run: Cli, app: App, tmp_path: Path
) -> None:
    good = tmp_path / "ghi-am.wav"
    import subprocess

    subprocess.run(
        ["sox", "-n", "-r", "24000", "-c", "1", str(good), "synth", "2", "sine", "440"],
        check=True,
    )
    added = run("segment", "add", "--audio", str(good), "-c", "tiep-song", "--title", "Ghi âm")
    assert added.exit_code == 0, added.output
    with app.db.transaction() as session:
        source = Path(session.scalars(select(Segment)).one().recording_path)
    source.write_bytes(os.urandom(source.stat().st_size))  # the kept recording is damaged
    result = run("preview", "1", "--out", str(tmp_path / "x.wav"))
    assert result.exit_code == 1
    assert "bị hỏng" in result.output and "ffmpeg" not in result.output
    assert "Traceback" not in result.output
