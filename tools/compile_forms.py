"""Compile ui/*.ui into relate_desktop/gui/forms/ with pyside6-uic (``--check``: only compare)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
FORMS = ROOT / "relate_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        sys.exit("pyside6-uic not found: install the dev extras (pip install -e '.[dev]').")
    return found


def compile_form(source: Path) -> str:
    result = subprocess.run(
        [uic(), "--from-imports", "--no-autoconnection", str(source)],
        check=True, capture_output=True, text=True,
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
