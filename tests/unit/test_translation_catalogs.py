"""The Qt Linguist catalogs: one per shipped language, covering every message of the sources,
compiled, translated, placeholders and accelerators intact (tools/translations.py's checks)."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from relate_desktop.gui import language

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("relate_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
SHIPPED = list(tool.LANGUAGES)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each catalog as `make translations` would leave it (lupdate on copies)."""
    return dict(tool.fresh_catalogs(tmp_path_factory.mktemp("catalogs")))


def test_the_tool_and_the_app_ship_the_same_languages() -> None:
    assert [code for code in language.LANGUAGES if code != language.ENGLISH] == SHIPPED
    assert {"es", "fr", "de", "pl"} <= set(SHIPPED)
    assert language.CATALOGS == tool.TRANSLATIONS


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_has_a_catalog_and_its_compiled_file(code: str) -> None:
    assert tool.catalog_path(code).exists(), f"run `make translations` to create relate_{code}.ts"
    assert tool.catalog_path(code, ".qm").exists(), f"run `make translations` to compile relate_{code}.qm"
    assert QTranslator().load(f"relate_{code}", str(language.CATALOGS))
    # Qt's own words (Cancel, Yes) for the same language come with Qt.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load(f"qtbase_{code}", qt_folder)


@pytest.mark.parametrize("code", SHIPPED)
def test_the_catalog_holds_every_message_of_the_sources(code: str, fresh: dict[str, Any]) -> None:
    have = {message.key for message in tool.read_catalog(tool.catalog_path(code))}
    wanted = {message.key for message in fresh[code]}
    assert not wanted - have, f"relate_{code}.ts misses messages (run `make translations`): " + ", ".join(
        f"[{c}] {s!r}" for c, s, _, _ in sorted(wanted - have)[:10])
    assert not have - wanted, f"relate_{code}.ts keeps messages the sources no longer have: " + ", ".join(
        f"[{c}] {s!r}" for c, s, _, _ in sorted(have - wanted)[:10])
    assert len(have) > 100  # the whole application, not a sample


@pytest.mark.parametrize("code", SHIPPED)
def test_the_compiled_catalog_is_what_the_catalog_compiles_to(code: str, tmp_path: Path) -> None:
    assert tool.compiled_is_current(code, tmp_path), f"relate_{code}.qm is stale: run `make translations`"


@pytest.mark.parametrize("code", [*SHIPPED, tool.PLURALS_ONLY])
def test_every_message_is_translated(code: str) -> None:
    unfinished = [m for m in tool.read_catalog(tool.catalog_path(code)) if not m.finished]
    assert not unfinished, f"relate_{code}.ts: {len(unfinished)} message(s) not translated, e.g. " + (
        ", ".join(m.where() for m in unfinished[:5]))


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_their_placeholders_and_accelerators(code: str) -> None:
    problems = [problem for message in tool.read_catalog(tool.catalog_path(code))
                for problem in tool.translation_problems(message)]
    assert not problems, "\n".join(problems)


def _message(source: str, *translations: str, numerus: bool = False, state: str = "") -> Any:
    return tool.Message("Ctx", source, "", numerus, translations, state)


def test_the_check_finds_a_lost_placeholder_and_a_wrong_accelerator() -> None:
    """What the catalog checks above would say about a careless translation."""
    problems = tool.translation_problems
    assert problems(_message("Saved to %1", "Guardado en %1")) == []
    assert problems(_message("%1 of %2", "%2 de %1")) == []  # the order may change
    assert "lost %2" in problems(_message("Could not write %1: %2", "No se pudo escribir %1"))[0]
    assert "added %L1" in problems(_message("Saved to %1", "Guardado en %L1"))[0]  # .replace("%1") misses it
    assert problems(_message("&Help", "Ay&uda")) == []
    assert "accelerator" in problems(_message("&Help", "Ayuda"))[0]
    assert "accelerator" in problems(_message("Help", "&Ay&uda"))[0]
    assert problems(_message("Terms &amp; &&conditions", "Términos &amp; &&condiciones")) == []
    # every plural form says the number
    assert problems(_message("%n remark(s)", "%n uwaga", "%n uwagi", "%n uwag", numerus=True)) == []
    assert "lost %n" in problems(_message("%n remark(s)", "jedna uwaga", "%n uwagi", "%n uwag",
                                          numerus=True))[0]
    # an empty translation is unfinished, not a placeholder problem
    assert problems(_message("Saved to %1", "", state="unfinished")) == []


def test_a_message_is_finished_only_with_every_form_translated(tmp_path: Path) -> None:
    catalog = tmp_path / "relate_pl.ts"
    catalog.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context><name>Queue</name>
 <message><source>Queue</source><translation>Kolejka</translation></message>
 <message><source>Close</source><translation type="unfinished">Zamknij</translation></message>
 <message><source>Open</source><comment>a door</comment><translation></translation></message>
 <message numerus="yes"><source>%n urgent</source><translation>
  <numerusform>%n pilna</numerusform><numerusform>%n pilne</numerusform><numerusform></numerusform>
 </translation></message>
</context>
</TS>
""", encoding="utf-8")
    messages = {m.source: m for m in tool.read_catalog(catalog)}
    assert messages["Queue"].finished
    assert not messages["Close"].finished  # Linguist's "not yet reviewed" is not done
    assert not messages["Open"].finished and messages["Open"].comment == "a door"
    assert messages["%n urgent"].numerus and not messages["%n urgent"].finished


def test_the_built_program_carries_the_catalogs_where_it_looks() -> None:
    """packaging/relate.spec: Relate's .qm where language.CATALOGS points in the build
    (<_internal>/resources/translations) and Qt's qtbase_<code>.qm in Qt's translations
    folder, for every shipped language."""
    path = ROOT / "packaging" / "relate.spec"
    recorded: dict[str, Any] = {}

    def analysis(*args: Any, **kwargs: Any) -> Any:
        recorded.update(kwargs)
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=kwargs["datas"])

    names: dict[str, Any] = {"SPECPATH": str(path.parent), "__file__": str(path), "Analysis": analysis}
    names.update({name: lambda *a, **k: None for name in ("PYZ", "EXE", "COLLECT")})
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), names)
    datas = {(Path(source).name, dest) for source, dest in recorded["datas"]}
    catalogs = language.CATALOGS.relative_to(ROOT).as_posix()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)).resolve()
    import PySide6

    qt_dest = qt_folder.relative_to(Path(PySide6.__file__).resolve().parent.parent).as_posix()
    for code in SHIPPED:
        assert (f"relate_{code}.qm", catalogs) in datas
        assert (f"qtbase_{code}.qm", qt_dest) in datas


def test_english_has_its_plurals_so_one_row_is_not_one_row_s(qapp: Any, tmp_path: Path) -> None:
    messages = tool.read_catalog(tool.catalog_path(tool.PLURALS_ONLY))
    assert messages and all(m.numerus and m.finished for m in messages)
    assert tool.compiled_is_current(tool.PLURALS_ONLY, tmp_path)
    language.install(qapp, "en")
    try:
        said = [QCoreApplication.translate("ExportDialog", "Exported %n row(s) to %1", "", n) for n in (1, 2)]
    finally:
        language.uninstall(qapp)
    assert said == ["Exported 1 row to %1", "Exported 2 rows to %1"]
