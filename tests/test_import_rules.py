"""Imports go one way: interfaces → capabilities → station core.

Layers, lowest first: the core (top-level modules and migrations), ``speech``,
``catalogue``, ``aircheck`` (proof of airing: the daemon starts its recorder, the report
counts its verdicts), then ``playout`` and ``report`` (independent of each other), then the
interfaces ``cli`` and ``web`` (which never import each other), then ``__main__``. A module
may import its own package and anything in a lower layer, never a higher one or a sibling.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "broadcaster"

LAYERS: dict[str, int] = {
    "": 0,
    "speech": 1,
    "commune": 1,
    "catalogue": 2,
    "aircheck": 3,
    "playout": 4,
    "report": 4,
    "cli": 5,
    "web": 5,
    "__main__": 6,
}


def _part(module: str) -> str:
    """The layer key of a dotted module name inside the package ('' for the core)."""
    parts = module.split(".")
    if len(parts) < 2:
        return ""
    return parts[1] if parts[1] in LAYERS else ""


def _module_name(path: Path, package: Path) -> str:
    rel = path.relative_to(package.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, package: Path) -> set[str]:
    """Every ``broadcaster.*`` module the file imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    name = _module_name(path, package)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package_parts = name.split(".")
                if path.name != "__init__.py":
                    package_parts.pop()
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)
    return {m for m in found if m == package.name or m.startswith(package.name + ".")}


def violations(package: Path = PACKAGE) -> list[str]:
    """Each import that goes up or sideways, as «importer → imported»."""
    bad: list[str] = []
    for path in sorted(package.rglob("*.py")):
        importer = _module_name(path, package)
        own = _part(importer)
        for target in sorted(imported_modules(path, package)):
            theirs = _part(target)
            if theirs == own or target == package.name:
                continue
            if LAYERS[theirs] >= LAYERS[own]:
                bad.append(f"{importer} → {target}")
    return bad


def test_imports_go_from_interfaces_to_capabilities_to_core() -> None:
    assert violations() == []


def test_a_forbidden_import_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "broadcaster"
    for sub in ("", "speech", "catalogue", "playout", "report", "cli", "web"):
        (package / sub).mkdir(parents=True, exist_ok=True)
        (package / sub / "__init__.py").write_text("")
    (package / "models.py").write_text("from broadcaster.catalogue import segments\n")
    (package / "speech" / "render.py").write_text(
        "def f():\n    from broadcaster.playout.daemon import Daemon\n"
    )
    (package / "playout" / "daemon.py").write_text("from broadcaster.report.files import x\n")
    (package / "cli" / "main.py").write_text("import broadcaster.web.app\n")
    (package / "web" / "app.py").write_text("from broadcaster.catalogue.segments import x\n")
    assert violations(package) == [
        "broadcaster.cli.main → broadcaster.web.app",
        "broadcaster.models → broadcaster.catalogue",
        "broadcaster.models → broadcaster.catalogue.segments",
        "broadcaster.playout.daemon → broadcaster.report.files",
        "broadcaster.playout.daemon → broadcaster.report.files.x",
        "broadcaster.speech.render → broadcaster.playout.daemon",
        "broadcaster.speech.render → broadcaster.playout.daemon.Daemon",
    ]
