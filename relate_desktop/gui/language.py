"""The language Relate speaks: the languages shipped, which one to use, and loading it.

Relate's own words come from resources/translations/relate_<code>.qm (compiled from the .ts
catalogs by ``make translations``); Qt's own words — the Cancel and Yes buttons of message
boxes and button boxes, the context menu of a text box — from Qt's qtbase_<code>.qm. Both are
loaded when Relate starts, before any window is built: a change in Settings is used from the
next start. ``RELATE_LANGUAGE=es`` overrides the choice (tests, screenshots).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from relate_desktop.config import LANGUAGE_KEY, LocalSettings

log = logging.getLogger(__name__)

#: Every language Relate ships, each named in its own language (as the Settings list shows
#: them, so anyone can find theirs whatever language the screen is in). English is the
#: language of the sources and has no catalog.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pl": "Polski",
}
ENGLISH = "en"
#: The Settings value meaning "the language of this PC" (the default).
SYSTEM = "system"
#: Overrides the Settings choice: RELATE_LANGUAGE=de relate-desktop
LANGUAGE_ENV = "RELATE_LANGUAGE"

#: Relate's compiled catalogs. From source: <repository>/resources/translations; in the
#: built program this module is <_internal>/relate_desktop/gui/language.pyc, and
#: packaging/relate.spec puts the .qm files in <_internal>/resources/translations.
CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "translations"

# The translators in use: QCoreApplication.installTranslator does not keep them alive.
_installed: list[QTranslator] = []
_locale_before: QLocale | None = None


def _shipped(name: str) -> str | None:
    """The shipped language code for a locale or language name: "de-CH", "pl_PL", "fr" …"""
    code = name.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The first of this PC's preferred languages that Relate ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = _shipped(name)
        if code is not None:
            return code
    return ENGLISH


def choose(setting: object = SYSTEM) -> str:
    """The language to start in: RELATE_LANGUAGE, else the Settings choice (``setting``, the
    value stored under LANGUAGE_KEY), else — for "system", nothing chosen or a language no
    longer shipped — the PC's own language when Relate has it, else English."""
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    if override:
        code = _shipped(override)
        if code is not None:
            return code
        if override != SYSTEM:
            log.warning("%s=%s is not a language Relate ships (%s)", LANGUAGE_ENV, override,
                        ", ".join(LANGUAGES))
        return system_language()
    if isinstance(setting, str) and setting in LANGUAGES:
        return setting
    return system_language()


def qt_catalog_folders() -> list[Path]:
    """Where Qt's own qtbase_<code>.qm are: Qt's translations folder (in the built program
    PyInstaller's PySide6 hook puts them in <_internal>/PySide6/Qt/translations and PySide6
    points Qt there), with the wheel's folders as a fallback."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               package / "Qt" / "translations", package / "translations"]
    return [folder for folder in dict.fromkeys(folders) if folder.is_dir()]


def _load(app: QCoreApplication, name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            log.info("translation %s.qm from %s", name, folder)
            return translator
        translator.deleteLater()
    log.warning("no translation %s.qm in %s", name, ", ".join(map(str, folders)) or "(no folder)")
    return None


def install(app: QCoreApplication, code: str) -> str:
    """Speak ``code`` from now on: dates, times and numbers in its locale (QLocale()), Relate's
    catalog and Qt's own. Replaces a language installed before; returns the code used (English
    for a code Relate does not ship). Call before building windows: they translate as they
    are built."""
    global _locale_before
    uninstall(app)
    if code not in LANGUAGES:
        log.warning("language %r is not shipped; using English", code)
        code = ENGLISH
    _locale_before = QLocale()
    system = QLocale.system()
    # The PC's own locale when it speaks this language, so an English shop in the UK keeps
    # its day/month dates and a Swiss German one its own number format; else the language's
    # main country (es -> Spain, pl -> Poland).
    same = system.language() == QLocale(code).language()
    QLocale.setDefault(system if same else QLocale(code))
    # English has a catalog too, of its plural forms only ("1 row" / "2 rows").
    _load(app, f"relate_{code}", [CATALOGS])
    if code != ENGLISH:
        _load(app, f"qtbase_{code}", qt_catalog_folders())
    _pseudo(app)
    return code


def _pseudo(app: QCoreApplication) -> None:
    """RELATE_PSEUDO=stretch|rtl (relate_desktop/gui/pseudo.py): installed last, so it wins
    over the catalogs."""
    from relate_desktop.gui.pseudo import install_pseudo, remove_pseudo

    remove_pseudo(app)
    install_pseudo(app)


def uninstall(app: QCoreApplication) -> None:
    """Back to English and to the locale from before ``install`` (tests)."""
    global _locale_before
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None


def install_chosen(app: QCoreApplication, settings: LocalSettings) -> str:
    """At start: the language chosen in this PC's settings (or RELATE_LANGUAGE, or the PC's)."""
    code = install(app, choose(settings.get(LANGUAGE_KEY, SYSTEM)))
    log.info("language: %s", code)
    return code
