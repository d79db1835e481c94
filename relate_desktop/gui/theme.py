"""Light and dark themes: a complete palette, the signal colours and the style sheet for each.

Fusion on every platform, so both themes look the same everywhere and dark works on Windows
too. "system" (the default) follows the desktop's colour scheme, also when it changes while
Relate runs. ``RELATE_THEME=dark`` overrides the Settings choice (tests, screenshots).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, fields

from PySide6.QtCore import QFile, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from relate_desktop.gui import colours, resources_rc  # noqa: F401 - registers :/styles
from relate_desktop.gui.focus_ring import FocusRings

log = logging.getLogger(__name__)

SYSTEM, LIGHT, DARK = "system", "light", "dark"
#: What Settings offers, in its order.
CHOICES = (SYSTEM, LIGHT, DARK)
#: Overrides the Settings choice: RELATE_THEME=dark relate-desktop
THEME_ENV = "RELATE_THEME"
STYLE_SHEET = ":/styles/relate.qss"


@dataclass(frozen=True)
class Theme:
    """Every colour of one theme. Text colours are chosen for at least 4.5:1 against the
    backgrounds they are drawn on (tests/gui/test_theme_contrast.py checks)."""

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    bright_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    placeholder_text: str
    link: str
    link_visited: str
    #: Greyed-out text of controls that cannot be used now (at least 3:1: readable, plainly off).
    disabled_text: str
    #: The edge of a tick box or radio button (at least 3:1 against the window).
    frame: str
    # Fusion's bevels and frames.
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    signals: colours.Signals

    @property
    def is_dark(self) -> bool:
        return QColor(self.window).lightnessF() < 0.5

    def palette(self) -> QPalette:
        """A palette with every role set in every group, so nothing of the platform's own
        (maybe light) palette shows through."""
        role = QPalette.ColorRole
        active = {
            role.Window: self.window, role.WindowText: self.window_text, role.Base: self.base,
            role.AlternateBase: self.alternate_base, role.Text: self.text, role.Button: self.button,
            role.ButtonText: self.button_text, role.BrightText: self.bright_text,
            role.Highlight: self.highlight, role.HighlightedText: self.highlighted_text,
            role.ToolTipBase: self.tooltip_base, role.ToolTipText: self.tooltip_text,
            role.PlaceholderText: self.placeholder_text, role.Link: self.link,
            role.LinkVisited: self.link_visited, role.Light: self.light, role.Midlight: self.midlight,
            role.Mid: self.mid, role.Dark: self.dark, role.Shadow: self.shadow, role.Accent: self.highlight,
        }
        disabled = dict(active)
        for greyed in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText,
                       role.HighlightedText, role.Link, role.LinkVisited):
            disabled[greyed] = self.disabled_text
        disabled[role.Highlight] = self.mid
        disabled[role.Accent] = self.mid
        palette = QPalette()
        group = QPalette.ColorGroup
        for colour_group, colours_of in ((group.Active, active), (group.Inactive, active),
                                         (group.Disabled, disabled)):
            for colour_role, colour in colours_of.items():
                palette.setColor(colour_group, colour_role, QColor(colour))
        return palette

    def tokens(self) -> dict[str, str]:
        """The style sheet's ``@names``: the palette's colours and the signal colours."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("name", "signals")}
        values["theme"] = self.name  # for pictures made for each theme: check-light.svg, check-dark.svg
        values.update({f.name: getattr(self.signals, f.name) for f in fields(self.signals)
                       if isinstance(getattr(self.signals, f.name), str)})
        return values

    def style_sheet(self, template: str | None = None) -> str:
        """relate.qss with its ``@names`` filled in from this theme."""
        source = read_style_sheet() if template is None else template
        values = self.tokens()
        return re.sub(r"@([a-z_]+)", lambda m: values[m.group(1)], source)


LIGHT_THEME = Theme(
    name=LIGHT, window="#f2f2f2", window_text="#1f1f1f", base="#ffffff", alternate_base="#f5f5f5",
    text="#1f1f1f", button="#e8e8e8", button_text="#1f1f1f", bright_text="#ffffff",
    highlight="#1a5fb4", highlighted_text="#ffffff", tooltip_base="#fffbe6", tooltip_text="#1f1f1f",
    placeholder_text="#666666", link="#0b57d0", link_visited="#6a1b9a", disabled_text="#7a7a7a",
    frame="#767676",
    light="#ffffff", midlight="#f7f7f7", mid="#b8b8b8", dark="#9f9f9f", shadow="#767676",
    signals=colours.LIGHT,
)
DARK_THEME = Theme(
    name=DARK, window="#202124", window_text="#e8eaed", base="#2b2c30", alternate_base="#323337",
    text="#e8eaed", button="#3c3d41", button_text="#e8eaed", bright_text="#ffffff",
    highlight="#8ab4f8", highlighted_text="#202124", tooltip_base="#303134", tooltip_text="#e8eaed",
    placeholder_text="#9aa0a6", link="#8ab4f8", link_visited="#d7aefb", disabled_text="#8e9399",
    frame="#8e9399",
    light="#4a4c50", midlight="#3c4043", mid="#5f6368", dark="#141517", shadow="#000000",
    signals=colours.DARK,
)
THEMES = {LIGHT: LIGHT_THEME, DARK: DARK_THEME}


def read_style_sheet() -> str:
    style = QFile(STYLE_SHEET)
    if not style.open(QFile.OpenModeFlag.ReadOnly):
        log.warning("no style sheet at %s", STYLE_SHEET)
        return ""
    try:
        return bytes(style.readAll().data()).decode("utf-8")
    finally:
        style.close()


def choose(setting: object = SYSTEM) -> str:
    """RELATE_THEME, else the Settings choice (``setting``), else "system"."""
    override = os.environ.get(THEME_ENV, "").strip().lower()
    if override in CHOICES:
        return override
    if override:
        log.warning("%s=%s is not a theme (%s)", THEME_ENV, override, ", ".join(CHOICES))
    return setting if isinstance(setting, str) and setting in CHOICES else SYSTEM


def for_scheme(scheme: Qt.ColorScheme) -> Theme:
    """The theme for the desktop's colour scheme (light when the desktop does not say)."""
    return DARK_THEME if scheme == Qt.ColorScheme.Dark else LIGHT_THEME


class _Themes(QObject):
    """Kept on the application once a theme is applied: the choice, and following the
    desktop's colour scheme while the choice is "system"."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("relateThemes")
        self.app = app
        self.choice = SYSTEM
        self.theme = LIGHT_THEME
        self.before = app.palette(), app.styleSheet()
        self.rings = FocusRings(app)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.system_changed)

    def system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == SYSTEM:
            self.use(for_scheme(scheme))

    def use(self, theme: Theme) -> None:
        self.theme = theme
        colours.use(theme.signals)
        self.app.setPalette(theme.palette())
        self.app.setStyleSheet(theme.style_sheet())
        self.rings.refresh()

    def remove(self) -> None:
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self.system_changed)
        self.rings.remove()
        palette, sheet = self.before
        colours.use(colours.LIGHT)
        self.app.setStyleSheet(sheet)
        self.app.setPalette(palette)
        self.setParent(None)
        self.deleteLater()


def _themes(app: QApplication) -> _Themes | None:
    found = app.findChild(_Themes, "relateThemes", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _Themes) else None


def apply(app: QApplication, choice: object = SYSTEM) -> Theme:
    """Use ``choice`` ("system", "light" or "dark"; RELATE_THEME wins) from now on, in every
    window at once. Returns the theme in use."""
    choice = choose(choice)
    themes = _themes(app)
    if themes is None:
        app.setStyle("Fusion")  # before the style sheet, which wraps it (style().name() is "" then)
        themes = _Themes(app)
    themes.choice = choice
    hints = QGuiApplication.styleHints()
    if choice == SYSTEM:
        hints.unsetColorScheme()
        theme = for_scheme(hints.colorScheme())
    else:
        theme = THEMES[choice]
        # The platform's own parts (the title bar on Windows) in the same scheme.
        hints.setColorScheme(Qt.ColorScheme.Dark if theme.is_dark else Qt.ColorScheme.Light)
    themes.use(theme)
    return theme


def current(app: QApplication) -> Theme | None:
    """The theme in use, None before ``apply``."""
    themes = _themes(app)
    return themes.theme if themes is not None else None


def remove(app: QApplication) -> None:
    """Back to the palette and style sheet from before the first ``apply`` (tests)."""
    themes = _themes(app)
    if themes is not None:
        themes.remove()
        QGuiApplication.styleHints().unsetColorScheme()
