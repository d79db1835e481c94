"""Compile ui/*.ui (pyside6-uic) and resources/relate.qrc (pyside6-rcc) into the package.

``--check`` only compares, for CI: a stale generated file fails the build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
FORMS = ROOT / "relate_desktop" / "gui" / "forms"
QRC = ROOT / "resources" / "relate.qrc"
RESOURCES_PY = ROOT / "relate_desktop" / "gui" / "resources_rc.py"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project (pip install -e '.[dev]').")
    return found


def compile_form(source: Path) -> str:
    result = subprocess.run(
        [tool("pyside6-uic"), "--from-imports", "--no-autoconnection", str(source)],
        check=True, capture_output=True, text=True,
    )
    return result.stdout


def compile_resources() -> str:
    # Format 1 carries no file times, so a fresh clone compiles to the same bytes.
    result = subprocess.run(
        [tool("pyside6-rcc"), "--format-version", "1", "--compress-algo", "zlib", str(QRC.name)],
        check=True, capture_output=True, text=True, cwd=QRC.parent,
    )
    return result.stdout


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    expected = set()
    for source in sorted(UI.glob("*.ui")):
        target = FORMS / f"ui_{source.stem}.py"
        expected.add(target.name)
        generated = compile_form(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if generated != current:
            stale.append(target.name)
            if not check:
                target.write_text(generated, encoding="utf-8")
    resources = compile_resources()
    current_resources = RESOURCES_PY.read_text(encoding="utf-8") if RESOURCES_PY.exists() else None
    if resources != current_resources:
        stale.append(RESOURCES_PY.name)
        if not check:
            RESOURCES_PY.write_text(resources, encoding="utf-8")
    orphans = [p.name for p in FORMS.glob("ui_*.py") if p.name not in expected]
    if check and (stale or orphans):
        print("Forms out of date with ui/ (run `make forms`): " + ", ".join(stale + orphans))
        return 1
    if not check:
        for name in orphans:
            (FORMS / name).unlink()
        print(f"{len(expected)} forms compiled, {len(stale)} changed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
