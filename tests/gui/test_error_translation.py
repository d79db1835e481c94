"""Messages from below the window in the staff's language: labels.error_text translates an
error's template (context "errors", marked with QT_TRANSLATE_NOOP in the services) and fills in
its values, and the windows show that rather than the English str(error)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import types
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, RelateError
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import RemarkKind, Role
from relate_desktop.gui import labels
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.shift import Shift
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services

ROOT = Path(__file__).resolve().parents[2]

SPANISH = {
    "There is already someone called %1.": "Ya hay alguien que se llama %1.",
    "Too many wrong PINs: try again in %1.": "Demasiados PIN erróneos: inténtalo de nuevo dentro de %1.",
    "%1 seconds": "%1 segundos",
    "That remark is too long (%1 characters at most).": "Esa nota es demasiado larga (%1 caracteres como máximo).",
    "That PIN is not right. Try again.": "Ese PIN no es correcto. Inténtalo de nuevo.",
    "No PIN is set for this person yet: a manager can set one.": "Esta persona aún no tiene PIN.",
}


def _load_tool() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("relate_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def spanish_catalog(tmp_path: Path) -> Iterator[None]:
    """A real catalog, made as `make translations` makes one: lupdate over the services that
    say these messages, a translator's answers filled in, lrelease; installed with a German
    locale for numbers (5.000); taken away again afterwards."""
    tool = _load_tool()
    ts_file, qm_file = tmp_path / "relate_es.ts", tmp_path / "relate_es.qm"
    sources = [ROOT / "relate_desktop" / "services" / name for name in ("staff.py", "remarks.py")]
    subprocess.run([tool.tool("pyside6-lupdate"), "-silent", *tool.LUPDATE_OPTIONS, *map(str, sources),
                    "-ts", str(ts_file)], check=True, cwd=ROOT)
    catalog = ElementTree.parse(ts_file)
    filled = set()
    for context in catalog.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if context.findtext("name") == "errors" and source in SPANISH and translation is not None:
                translation.text = SPANISH[source]
                translation.attrib.pop("type", None)
                filled.add(source)
    assert filled == set(SPANISH)  # lupdate found every one of them
    catalog.write(ts_file, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    QCoreApplication.installTranslator(translator)
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(locale)
    QCoreApplication.removeTranslator(translator)


def test_error_text_is_the_translated_message_with_its_values(
    spanish_catalog: None, services: Services, manager: Actor, staff: Actor
) -> None:
    with pytest.raises(InvalidInput) as taken:
        services.staff.add("Sam Counter", Role.STAFF, manager, pin="1234")
    assert labels.error_text(taken.value) == "Ya hay alguien que se llama Sam Counter."
    assert str(taken.value) == "There is already someone called Sam Counter."  # the log stays English

    with pytest.raises(InvalidInput) as long:
        services.remarks.log_remark(staff, None, RemarkKind.NOTE, "x" * 10_001)
    assert labels.error_text(long.value) == "Esa nota es demasiado larga (10.000 caracteres como máximo)."

    lou = services.staff.add("Lou Locked", Role.STAFF, manager, pin="2468")
    for _ in range(3):  # the third wrong PIN starts a wait of 30 seconds
        with pytest.raises(RelateError):
            services.staff.sign_in(lou.id, "0000", "till")
    with pytest.raises(NotAllowedNow) as locked:
        services.staff.sign_in(lou.id, "2468", "till")
    text = labels.error_text(locked.value)  # the duration is translated too
    assert text.startswith("Demasiados PIN erróneos: inténtalo de nuevo dentro de ") and text.endswith(" segundos.")

    # A message the catalog does not have yet stays English; a Python error says itself.
    with pytest.raises(RelateError) as unknown:
        services.staff.add("", Role.STAFF, manager)
    assert labels.error_text(unknown.value) == "A member of staff needs a name."
    assert labels.error_text(ValueError("a bug, for the log")) == "a bug, for the log"


@pytest.fixture
def shift(services: Services, worker: DatabaseWorker, data_dir: Path) -> Iterator[Shift]:
    manager = services.staff.add("Maria Manager", Role.MANAGER, pin="1357")
    services.staff.add("Old Timer", Role.STAFF, Actor(manager, "office"))  # from before PINs
    settings = LocalSettings(data_dir / "settings.json")
    settings.set("idle_lock_minutes", 0)
    the_shift = Shift(services, worker, settings, DraftStore(data_dir / "drafts.json"))
    yield the_shift
    the_shift.end()


def _sign_in(qtbot: QtBot, shift: Shift, name: str, pin: str) -> None:
    qtbot.waitUntil(lambda: shift.sign_in is not None)  # the staff list comes from the worker
    dialog = shift.sign_in
    assert dialog is not None
    qtbot.waitExposed(dialog)
    items = [dialog.ui.staffList.item(i) for i in range(dialog.ui.staffList.count())]
    dialog.ui.staffList.setCurrentItem(next(i for i in items if i.text().startswith(name)))
    dialog.ui.pinField.clear()
    dialog.ui.pinField.setFocus()
    qtbot.keyClicks(dialog.ui.pinField, pin)
    qtbot.keyClick(dialog.ui.pinField, Qt.Key.Key_Return)


def test_the_sign_in_says_why_in_the_staff_language_and_still_offers_a_first_pin(
    spanish_catalog: None, qtbot: QtBot, shift: Shift
) -> None:
    shift.show_sign_in()
    _sign_in(qtbot, shift, "Maria Manager", "0000")
    dialog = shift.sign_in
    assert dialog is not None
    qtbot.waitUntil(lambda: "Ese PIN no es correcto" in dialog.ui.message.text())
    assert "not right" not in dialog.ui.message.text()
    assert not dialog.ui.repeatField.isVisible()

    # Someone with no PIN yet chooses one, whatever language the refusal came in.
    _sign_in(qtbot, shift, "Old Timer", "8642")
    qtbot.waitUntil(dialog.ui.repeatField.isVisible)
    assert "PIN" in dialog.ui.message.text() and "⚠" not in dialog.ui.message.text()
