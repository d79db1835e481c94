"""The one direction of dependency (gui -> services -> db -> domain), read from the imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import relate_desktop

PACKAGE = Path(relate_desktop.__file__).parent

#: For each layer, the imports it must never make (a module or anything below it).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "gui": ("sqlalchemy", "relate_desktop.db"),
    "domain": (
        "PySide6", "shiboken6", "sqlalchemy", "alembic",
        "relate_desktop.db", "relate_desktop.services", "relate_desktop.gui",
    ),
    "db": ("PySide6", "shiboken6", "relate_desktop.services", "relate_desktop.gui"),
    "services": ("PySide6", "shiboken6", "relate_desktop.gui"),
    # Phones, exchanges, scanners, file formats: Qt's core and network at most, never windows.
    "integrations": ("PySide6.QtWidgets", "PySide6.QtGui", "relate_desktop.gui"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(source: str, module: str, is_package: bool) -> set[str]:
    """Every module an ``import`` or ``from ... import`` in ``source`` names, relative ones
    made absolute; ``from a import b`` counts as both ``a`` and ``a.b`` (b may be a module)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            found.add(origin)
            found.update(f"{origin}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def _imports_of_file(path: Path) -> set[str]:
    source = path.read_text(encoding="utf-8")
    return _imports(source, _module_name(path), path.name == "__init__.py")


def _violates(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


def _offences(layer: str) -> list[str]:
    offences = set()
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        module = _module_name(path)
        for name in _imports_of_file(path):
            if _violates(name, FORBIDDEN[layer]):
                offences.add(f"{module}: {name}")
    return sorted(offences)


def test_every_layer_exists() -> None:
    for layer in FORBIDDEN:
        assert (PACKAGE / layer).is_dir(), layer


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    offences = _offences(layer)
    assert not offences, (
        f"{layer}/ must not import {', '.join(FORBIDDEN[layer])}; found:\n  "
        + "\n  ".join(offences)
    )


def test_the_import_walk_sees_every_form_of_import() -> None:
    # A walk that missed one of these would let the layers rot without a failing test.
    source = (
        "import sqlalchemy.orm\n"
        "from ..db import models\n"
        "from . import chips\n"
        "from relate_desktop import db\n"
        "def later():\n"
        "    from PySide6.QtCore import Qt\n"
    )
    names = _imports(source, "relate_desktop.gui.widget", is_package=False)
    assert {
        "sqlalchemy.orm", "relate_desktop.db", "relate_desktop.db.models",
        "relate_desktop.gui.chips", "PySide6.QtCore",
    } <= names
    offending = {n for n in names if _violates(n, FORBIDDEN["gui"])}
    assert offending == {"sqlalchemy.orm", "relate_desktop.db", "relate_desktop.db.models"}
    assert not _violates("sqlalchemy_utils", ("sqlalchemy",))  # a prefix is not a package

    assert _module_name(PACKAGE / "domain" / "__init__.py") == "relate_desktop.domain"
    assert "relate_desktop.domain.vocabulary" in _imports_of_file(PACKAGE / "domain" / "records.py")
