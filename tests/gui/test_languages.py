"""Relate in Spanish, French, German and Polish: its own words from the catalogs, Qt's own
buttons, dates and numbers in the language's way, and the choice in Settings.

The expected words are read from resources/translations/relate_<code>.ts, never written
here; a word the window shows that its catalog lacks fails the test.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from relate_desktop.config import LANGUAGE_KEY, LocalSettings
from relate_desktop.domain.records import Actor
from relate_desktop.gui import language
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [code for code in language.LANGUAGES if code != language.ENGLISH]
#: Qt's own data (CLDR), not Relate's catalogs: Monday 16 November 2026 in the long format.
LONG_DATE_WORD = {"es": "noviembre", "fr": "novembre", "de": "Montag", "pl": "listopada"}


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a language as Relate does at start; English and the old locale come back after
    the test, so every other test stays in English."""
    english = QLocale()
    yield lambda code: language.install(qapp, code)
    language.install(qapp, language.ENGLISH)  # as every GUI test starts (tests/gui/conftest.py)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale() == english


def catalog_translations(code: str, source: str) -> set[str]:
    """Every translation the catalog gives ``source`` (in any context); "" when one is missing."""
    found = set()
    tree = ElementTree.parse(language.CATALOGS / f"relate_{code}.ts")
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == source and message.get("numerus") != "yes":
            translation = message.find("translation")
            done = translation is not None and not translation.get("type") and bool(translation.text)
            found.add(translation.text if done and translation is not None and translation.text else "")
    assert found, f"{source!r} is not in relate_{code}.ts: run `make translations`"
    return found


def ui_text(form: str, widget: str, prop: str) -> str:
    """A string as written in a Qt Designer file (the English the window shows untranslated)."""
    root = ElementTree.parse(ROOT / "ui" / f"{form}.ui").getroot()
    for element in root.iter("widget"):
        if element.get("name") == widget:
            for item in element.findall("property"):
                if item.get("name") == prop:
                    return item.findtext("string") or ""
    raise AssertionError(f"{widget}.{prop} not in ui/{form}.ui")


def shown_words(window: MainWindow) -> dict[str, str]:
    """What a person reads first: the menu titles and the lookup box's hint."""
    words = {f"menu {i}": action.text() for i, action in enumerate(window.menuBar().actions())}
    words["lookup hint"] = window.ui.lookupField.placeholderText()
    return words


@pytest.mark.parametrize("code", SHIPPED)
def test_the_main_window_speaks_the_language_of_its_catalog(
    code: str, speak: Callable[[str], str], make_window: Callable[[Actor], MainWindow], manager: Actor
) -> None:
    english_window = make_window(manager)
    english = shown_words(english_window)
    english_window.close()
    assert english["lookup hint"] == ui_text("main_window", "lookupField", "placeholderText")

    assert speak(code) == code
    translated = shown_words(make_window(manager))

    assert translated.keys() == english.keys()
    for what, source in english.items():
        expected = catalog_translations(code, source)
        assert "" not in expected, f"relate_{code}.ts does not translate {source!r}"
        assert translated[what] in expected, f"{what}: {translated[what]!r}, the catalog says {expected}"
    assert translated != english  # at least some words are not English


@pytest.mark.parametrize("code", SHIPPED)
def test_qt_s_own_buttons_are_in_the_language(code: str, speak: Callable[[str], str], qtbot: QtBot) -> None:
    qt_catalog = QTranslator()
    assert qt_catalog.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    cancel, yes = (qt_catalog.translate("QPlatformTheme", text) for text in ("Cancel", "&Yes"))
    assert cancel not in ("", "Cancel") and yes not in ("", "&Yes")

    speak(code)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes


@pytest.mark.parametrize("code", SHIPPED)
def test_dates_and_numbers_follow_the_language(code: str, speak: Callable[[str], str]) -> None:
    english_date = QLocale().toString(QDate(2026, 11, 16), QLocale.FormatType.LongFormat)
    speak(code)
    shown = QLocale().toString(QDate(2026, 11, 16), QLocale.FormatType.LongFormat)
    assert LONG_DATE_WORD[code] in shown and shown != english_date
    assert QLocale().toString(12.5, "f", 2) == "12,50"  # a decimal comma in all four
    assert QLocale().language() == QLocale(code).language()


def test_english_keeps_the_pc_s_own_english(speak: Callable[[str], str]) -> None:
    """Choosing English on an English PC keeps its country's dates (a UK shop: day first)."""
    system = QLocale.system()
    speak("en")
    if system.language() == QLocale.Language.English:
        assert QLocale().territory() == system.territory()
    else:
        assert QLocale().language() == QLocale.Language.English
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_relate_language_overrides_the_setting_and_the_pc(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication, speak: Callable[[str], str]
) -> None:
    settings = LocalSettings(tmp_path / "settings.json")
    settings.set(LANGUAGE_KEY, "fr")
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    assert language.choose(settings.get(LANGUAGE_KEY)) == "fr"
    assert language.install_chosen(qapp, settings) == "fr"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"

    monkeypatch.setenv(language.LANGUAGE_ENV, "de_DE")
    assert language.choose("fr") == "de"
    assert language.install_chosen(qapp, settings) == "de"  # replaces French, not added to it
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German

    monkeypatch.setenv(language.LANGUAGE_ENV, "klingon")  # not shipped: the setting is not it either
    assert language.choose("fr") == language.system_language()


class _PC(QLocale):
    """Stands in for QLocale in relate_desktop.gui.language: a PC set up in another language."""

    preferred = "it_IT"

    @staticmethod
    def system() -> QLocale:
        return QLocale(_PC.preferred)


def test_system_means_the_pc_s_language_or_english_when_relate_lacks_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(language, "QLocale", _PC)
    for pc, expected in (("pl_PL", "pl"), ("de_CH", "de"), ("fr_CA", "fr"), ("it_IT", "en"), ("ja_JP", "en")):
        monkeypatch.setattr(_PC, "preferred", pc)
        assert language.choose(language.SYSTEM) == expected, pc
        assert language.choose(None) == expected  # nothing chosen yet
        assert language.choose("tlh") == expected  # a language no longer shipped
    assert language.choose("es") == "es"


def test_the_language_is_chosen_in_settings_each_in_its_own_name(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices[1:] == ["English", "Español", "Français", "Deutsch", "Polski"]
    assert language.LANGUAGES[language.system_language()] in choices[0]  # "Same as this PC (English)"
    assert dialog.language.currentData() == language.SYSTEM
    assert not dialog.language_note.isVisibleTo(dialog)

    dialog.language.setCurrentIndex(dialog.language.findData("pl" if language.system_language() != "pl" else "de"))
    assert dialog.language_note.isVisibleTo(dialog)
    assert "after a restart" in dialog.language_note.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))[LANGUAGE_KEY]
    assert saved == ("pl" if language.system_language() != "pl" else "de")

    window.open_settings()  # opened again: the choice is there, and no restart is pending
    again = window.settings_dialog
    assert isinstance(again, SettingsDialog)
    assert again.language.currentData() == saved
    assert not again.language_note.isVisibleTo(again)
    again.reject()


def test_every_setting_has_an_accessible_name_and_description(qtbot: QtBot, window: MainWindow) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    controls = [dialog.language, dialog.host, dialog.port, dialog.database, dialog.user,
                dialog.password, dialog.test_button, dialog.folder, dialog.browse, dialog.kept]
    for control in controls:
        assert control.accessibleName().strip(), control
        assert len(control.accessibleDescription().split()) >= 4, control.accessibleName()
    assert len({control.accessibleName() for control in controls}) == len(controls)
    dialog.reject()


@pytest.mark.parametrize("code", SHIPPED)
def test_the_settings_dialog_is_in_the_language(
    code: str, speak: Callable[[str], str], make_window: Callable[[Actor], MainWindow], manager: Actor
) -> None:
    """The dialog's Save and Cancel are Qt's words, its own words are the catalog's."""
    speak(code)
    window = make_window(manager)
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() != "Cancel"
    expected = catalog_translations(code, "Relate will use the new language after a restart.")
    assert "" not in expected, f"relate_{code}.ts does not translate the settings dialog"
    assert dialog.language_note.text() in expected
    assert dialog.windowTitle() in catalog_translations(code, "Settings")


def test_a_date_the_window_shows_is_written_the_language_s_way(speak: Callable[[str], str]) -> None:
    """labels.day (the card, the lists) in Polish: the month's name in the genitive."""
    from relate_desktop.gui import labels

    speak("pl")
    assert "lis" in labels.day(date(2025, 11, 16), today=date(2026, 1, 1))
