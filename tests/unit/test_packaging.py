"""The packaging files: the PyInstaller spec as PyInstaller would read it, the icon, the desktop
entry, the AppStream metadata and the Inno Setup script (which cannot be compiled here)."""

from __future__ import annotations

import configparser
import re
import struct
import sys
import tomllib
import types
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIGRATIONS = ROOT / "relate_desktop" / "db" / "migrations"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


class _Recorded:
    """Stands in for PyInstaller's Analysis, PYZ, EXE and COLLECT: keeps what it was given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas = kwargs.get("datas", [])


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    path = PACKAGING / "relate.spec"
    names: dict[str, Any] = {"SPECPATH": str(PACKAGING), "__file__": str(path)}
    names.update({name: _Recorded for name in ("Analysis", "PYZ", "EXE", "COLLECT")})
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), names)
    return names


def test_the_build_is_named_and_versioned_from_pyproject(spec: dict[str, Any]) -> None:
    assert (spec["NAME"], spec["VERSION"]) == (PROJECT["name"], PROJECT["version"]) == (
        "relate-desktop", PROJECT["version"])
    assert spec["coll"].kwargs["name"] == "relate-desktop"  # dist/relate-desktop/
    program = spec["programs"][0]
    assert program.kwargs["name"] == "relate-desktop"
    assert program.kwargs["console"] is False  # no console window behind the GUI on Windows
    script = Path(spec["a"].args[0][0])
    assert script == ROOT / "relate_desktop" / "__main__.py"


def test_every_migration_file_travels_to_where_the_engine_looks(spec: dict[str, Any]) -> None:
    datas = {(Path(source), dest) for source, dest in spec["a"].kwargs["datas"]
             if MIGRATIONS in Path(source).parents}  # the translations travel too
    wanted = {p for p in MIGRATIONS.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert {MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako"} <= wanted
    assert len(list((MIGRATIONS / "versions").glob("0*.py"))) >= 1
    assert {source for source, _ in datas} == wanted
    for source, dest in datas:
        # engine.MIGRATIONS is Path(engine.__file__).with_name("migrations"), and a frozen
        # module's __file__ is <_internal>/relate_desktop/db/engine.pyc.
        assert dest == source.parent.relative_to(ROOT).as_posix()
        assert dest.startswith("relate_desktop/db/migrations")


def test_what_the_migrations_import_is_bundled(spec: dict[str, Any]) -> None:
    hidden = set(spec["a"].kwargs["hiddenimports"])
    assert {"alembic", "alembic.op", "alembic.context", "sqlalchemy", "relate_desktop.db.models"} <= hidden
    assert not any(name.endswith((".Base", ".Column")) for name in hidden)  # classes are not modules


def test_qt_modules_relate_does_not_use_are_left_out(spec: dict[str, Any]) -> None:
    excludes = set(spec["a"].kwargs["excludes"])
    for unused in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{unused}" in excludes
    for used in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork", "QtCharts"):
        assert f"PySide6.{used}" not in excludes
    assert "phonenumbers.geodata" in excludes and "phonenumbers.data" not in excludes


def test_the_windows_version_file_carries_the_version(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyInstaller's version-info module needs pefile only to write an .exe (Windows): a stub
    # lets it read the version file here exactly as a Windows build will.
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    path = tmp_path / "version-info.txt"
    path.write_text(spec["version_file_text"](), encoding="utf-8")
    resource = load_version_info_from_text_file(str(path))
    numbers = [int(n) for n in re.findall(r"\d+", PROJECT["version"])][:4]
    numbers += [0] * (4 - len(numbers))
    assert resource.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert resource.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    text = str(resource)
    assert f"StringStruct('ProductVersion', '{PROJECT['version']}')" in text
    assert "StringStruct('OriginalFilename', 'relate-desktop.exe')" in text
    assert len(resource.toRaw()) > 200  # it serialises into a resource block


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    data = (ROOT / "resources" / "icons" / "relate.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "relate-desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_relate_links() -> None:
    entry = _desktop_entry()
    assert "x-scheme-handler/relate" in entry["MimeType"].split(";")
    assert entry["MimeType"].endswith(";")
    assert entry["Exec"].split() == ["relate-desktop", "%u"]  # the link is handed over as %u
    assert (entry["Type"], entry["Icon"], entry["Terminal"]) == ("Application", "relate", "false")


def test_the_appstream_metadata_names_the_desktop_entry_and_the_screenshot() -> None:
    component = ElementTree.parse(PACKAGING / "linux" / "io.relate.Desktop.metainfo.xml").getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == "io.relate.Desktop"
    launchable = component.findtext("launchable")
    assert launchable is not None and (PACKAGING / launchable).is_file()
    images = [image.text or "" for image in component.iter("image")]
    assert "docs/screenshots/customer-card.png" in images
    assert all((ROOT / image).is_file() for image in images)
    assert component.findtext("provides/binary") == "relate-desktop"
    assert component.findtext("provides/mediatype") == "x-scheme-handler/relate"
    releases = [release.get("version") for release in component.iter("release")]
    assert PROJECT["version"] in releases


def _inno_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (PACKAGING / "windows" / "relate.iss").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            sections.setdefault(current, [])
        elif stripped and not stripped.startswith((";", "//")):
            sections.setdefault(current, []).append(stripped)
    return sections


def test_the_installer_is_per_machine_and_registers_relate_links() -> None:
    sections = _inno_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert (PACKAGING / "windows" / setup["SetupIconFile"].replace("\\", "/")).is_file()
    for field in ("VersionInfoVersion", "VersionInfoProductName", "VersionInfoCompany"):
        assert setup[field]
    registry = "\n".join(sections["Registry"])
    assert 'Subkey: "Software\\Classes\\relate"; ValueType: string; ValueName: "URL Protocol"' in registry
    assert 'Subkey: "Software\\Classes\\relate\\shell\\open\\command"' in registry
    assert '""{app}\\{#AppExeName}"" ""%1""' in registry  # the exe, and the link quoted
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in sections["Icons"])


def test_the_installer_names_the_built_program_and_the_apps_taskbar_identity() -> None:
    text = (PACKAGING / "windows" / "relate.iss").read_text(encoding="utf-8")
    assert '#define AppExeName "relate-desktop.exe"' in text
    assert '"..\\..\\dist\\relate-desktop"' in text
    app_source = (ROOT / "relate_desktop" / "app.py").read_text(encoding="utf-8")
    app_id = re.search(r'WINDOWS_APP_ID = "([^"]+)"', app_source)
    assert app_id is not None
    assert f'#define AppUserModelID "{app_id.group(1)}"' in text


def test_the_uninstaller_never_touches_the_shops_data() -> None:
    sections = _inno_sections()
    assert "UninstallDelete" not in sections
    everything = "\n".join(line for lines in sections.values() for line in lines)
    for data_folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "{userdocs}"):
        assert data_folder not in everything
    code = "\n".join(sections.get("Code", []))
    assert not re.search(r"\b(DelTree|DeleteFile|RemoveDir)\b", code)
