"""Light and dark themes: chosen in Settings or by RELATE_THEME, following the desktop by
default; a clear focus ring; icons drawn sharp in the theme's colours."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.config import THEME_KEY, LocalSettings
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Priority, PromiseKind, RemarkKind
from relate_desktop.gui import colours, icons, theme
from relate_desktop.gui.focus_ring import FocusRing
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.settings_dialog import SettingsDialog
from relate_desktop.gui.shop_insights import ShopInsightsWindow
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms

#: RELATE_THEME_SHOTS=/some/folder keeps the screenshots these tests take (for the README).
SHOTS_ENV = "RELATE_THEME_SHOTS"


@pytest.fixture
def app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The application, themed by the test; back to Qt's own look afterwards."""
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    yield qapp
    theme.remove(qapp)


def window_colour(app: QApplication) -> QColor:
    return app.palette().color(QPalette.ColorRole.Window)


def test_dark_gives_dark_windows_with_light_text_and_dark_signal_colours(app: QApplication) -> None:
    used = theme.apply(app, "dark")
    assert used is theme.DARK_THEME
    palette = app.palette()
    assert window_colour(app).lightnessF() < 0.2
    assert palette.color(QPalette.ColorRole.Base).lightnessF() < 0.2
    assert palette.color(QPalette.ColorRole.Text).lightnessF() > 0.8
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == theme.DARK_THEME.placeholder_text
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name() \
        == theme.DARK_THEME.disabled_text
    assert colours.current() is colours.DARK
    assert colours.DARK.late_background in app.styleSheet() and "@" not in app.styleSheet()

    theme.apply(app, "light")
    assert window_colour(app).lightnessF() > 0.8 and colours.current() is colours.LIGHT


def test_relate_theme_overrides_the_setting(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert theme.apply(app, "light") is theme.DARK_THEME
    assert window_colour(app).lightnessF() < 0.2
    monkeypatch.setenv(theme.THEME_ENV, "light")
    assert theme.apply(app, "dark") is theme.LIGHT_THEME
    monkeypatch.setenv(theme.THEME_ENV, "purple")  # not a theme: the setting stands
    assert theme.apply(app, "dark") is theme.DARK_THEME
    monkeypatch.delenv(theme.THEME_ENV)
    assert theme.apply(app, "nonsense") is theme.LIGHT_THEME  # "system"; offscreen has no scheme


def test_system_follows_the_desktop_when_its_scheme_changes(app: QApplication) -> None:
    """The offscreen platform cannot change its colour scheme, so the test sends the signal
    the desktop would (Qt's styleHints().colorSchemeChanged)."""
    hints = QGuiApplication.styleHints()
    assert theme.apply(app, "system") is theme.for_scheme(hints.colorScheme())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(app).lightnessF() < 0.2 and theme.current(app) is theme.DARK_THEME
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour(app).lightnessF() > 0.8
    theme.apply(app, "light")  # a choice of its own: the desktop's scheme no longer matters
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(app).lightnessF() > 0.8


def test_settings_theme_row_applies_at_once_and_is_kept(
    app: QApplication, qtbot: QtBot, worker: DatabaseWorker, data_dir: Path
) -> None:
    theme.apply(app, "system")
    settings = LocalSettings(data_dir / "settings.json")
    dialog = SettingsDialog(settings, worker)
    qtbot.addWidget(dialog)
    choice = dialog.findChild(QComboBox, "themeChoice")
    assert choice is not None and choice.currentText() == "Follow the system"
    assert [choice.itemText(n) for n in range(choice.count())] == ["Follow the system", "Light", "Dark"]
    assert choice.accessibleName() == "Theme"
    choice.setCurrentIndex(choice.findText("Dark"))
    dialog.save()
    assert LocalSettings(data_dir / "settings.json").get(THEME_KEY) == "dark"
    assert window_colour(app).lightnessF() < 0.2

    again = SettingsDialog(settings, worker)
    qtbot.addWidget(again)
    again_choice = again.findChild(QComboBox, "themeChoice")
    assert again_choice is not None and again_choice.currentText() == "Dark"


def _ada(services: Services, staff: Actor) -> int:
    ada = services.customers.create(staff, NewCustomer(
        "Ada Lovelace", phones=("07700 900123",), little_things=("Receipt: always", "Large print")))
    services.remarks.log_remark(staff, ada, RemarkKind.COMPLAINT, "The lemon cake was dry on Saturday",
                                escalate=Priority.URGENT)
    services.remarks.log_remark(staff, ada, RemarkKind.COMPLIMENT, "Lovely service at the till")
    services.promises.record_promise(staff, ada, PromiseTerms(
        PromiseKind.CREDIT, "£5 off the next cake", due_on=date.today() - timedelta(days=2)))
    services.promises.record_promise(staff, ada, PromiseTerms(
        PromiseKind.CALLBACK, "Ring about the birthday order", due_on=date.today() + timedelta(days=2)))
    return ada


def _late_row(window: MainWindow) -> QWidget | None:
    rows = [w for w in window.card.ui.openMatters.findChildren(QWidget) if w.objectName() == "lateMatter"]
    return rows[0] if rows else None


def _light_share(image: QImage) -> float:
    """The share of the picture that is near-white (sampled every 4th pixel)."""
    light = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            light += QColor(image.pixel(x, y)).lightness() > 200
    return light / total


def _shot(window: QWidget, name: str, tmp_path: Path) -> QImage:
    image = window.grab().toImage()
    folder = Path(os.environ.get(SHOTS_ENV) or tmp_path)
    image.save(str(folder / f"theme-{name}.png"))
    return image


def test_an_open_card_in_the_dark_theme_has_no_light_patches_and_follows_a_switch(
    app: QApplication, qtbot: QtBot, services: Services, staff: Actor,
    make_window: Callable[[Actor], MainWindow], tmp_path: Path,
) -> None:
    theme.apply(app, "light")
    ada = _ada(services, staff)
    window = make_window(staff)
    window.open_customer(ada, False)
    qtbot.waitUntil(lambda: _late_row(window) is not None)
    row = _late_row(window)
    assert row is not None and colours.LIGHT.late_background in row.styleSheet()
    assert _light_share(_shot(window, "light", tmp_path)) > 0.5

    theme.apply(app, "dark")  # while the card is open: it is drawn again in the dark colours
    qtbot.waitUntil(lambda: (row := _late_row(window)) is not None
                    and colours.DARK.late_background in row.styleSheet())
    # The chips, the late row, lists and history went dark too: only text and icons stay light
    # (about 1% of the picture; the light chips and late row alone would be some 3%).
    assert _light_share(_shot(window, "dark", tmp_path)) < 0.03


def _ring_pixel(window: MainWindow, widget: QWidget) -> QColor:
    """The colour just left of ``widget``'s left edge, half-way down, where the ring is."""
    image = window.grab().toImage()
    at = widget.mapTo(window, QPoint(-1, widget.height() // 2))
    return QColor(image.pixel(at))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_focused_control_has_a_clear_ring_in_the_highlight_colour(
    name: str, app: QApplication, qtbot: QtBot, window: MainWindow
) -> None:
    used = theme.apply(app, name)
    controls: list[QWidget] = [
        window.findChild(QLineEdit, "lookupField"), window.findChild(QPushButton, "newCustomerButton"),
        window.walk_in.ui.remarkKind, window.today.ui.todayList]
    for control in controls:
        assert control is not None
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda c=control: QApplication.focusWidget() is c)
        rings = [r for r in window.findChildren(FocusRing) if r.isVisible()]
        assert len(rings) == 1 and rings[0].widget() is control, control.objectName()
        assert rings[0].geometry().contains(control.geometry())
        pixel = _ring_pixel(window, control)
        highlight = QColor(used.highlight)
        assert max(abs(pixel.red() - highlight.red()), abs(pixel.green() - highlight.green()),
                   abs(pixel.blue() - highlight.blue())) < 40, (control.objectName(), pixel.name())


def test_no_ring_once_the_theme_is_removed(app: QApplication, qtbot: QtBot, window: MainWindow) -> None:
    theme.apply(app, "light")
    window.ui.lookupField.setFocus()
    qtbot.waitUntil(lambda: any(r.isVisible() for r in window.findChildren(FocusRing)))
    theme.remove(app)
    window.ui.newCustomerButton.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.ui.newCustomerButton)
    assert not any(r.isVisible() and r.widget() is window.ui.newCustomerButton
                   for r in window.findChildren(FocusRing))


def test_icons_are_sharp_at_double_scale_and_drawn_in_the_theme_text_colour(app: QApplication) -> None:
    search = icons.icon("search")
    double = search.pixmap(QSize(16, 16), 2.0)
    assert double.size() == QSize(32, 32) and double.devicePixelRatio() == 2.0  # drawn at 32, not stretched

    def ink(pixmap_image: QImage) -> QColor:
        opaque = [QColor(pixmap_image.pixelColor(x, y)) for y in range(pixmap_image.height())
                  for x in range(pixmap_image.width()) if pixmap_image.pixelColor(x, y).alpha() == 255]
        assert opaque
        return opaque[0]

    theme.apply(app, "dark")
    assert ink(search.pixmap(QSize(32, 32)).toImage()).lightnessF() > 0.8
    theme.apply(app, "light")  # the same icon, painted again: now dark ink
    assert ink(search.pixmap(QSize(32, 32)).toImage()).lightnessF() < 0.2
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_buttons_with_icons_keep_their_words(window: MainWindow) -> None:
    """No meaning in an icon alone: the text, tooltip and accessible name stay."""
    for button in (window.ui.newCustomerButton, window.ui.queueButton):
        assert not button.icon().isNull()
        assert button.text() and button.toolTip() and button.accessibleName()


def test_the_shop_insights_window_redraws_its_chart_and_lists_in_the_new_theme(
    app: QApplication, qtbot: QtBot, services: Services, staff: Actor, manager: Actor,
    make_window: Callable[[Actor], MainWindow],
) -> None:
    theme.apply(app, "light")
    _ada(services, staff)
    window = make_window(manager)
    window.menus.insights()
    view = window.menus.open_windows["insights"]
    assert isinstance(view, ShopInsightsWindow)
    qtbot.waitUntil(lambda: view.ui.overdueList.count() == 1)

    def complaint_bar() -> str:
        series = [s for s in view.chart.series() if isinstance(s, QStackedBarSeries)]
        return series[0].barSets()[0].color().name() if series else ""

    assert complaint_bar() == colours.LIGHT.kinds["complaint"]
    theme.apply(app, "dark")
    qtbot.waitUntil(lambda: complaint_bar() == colours.DARK.kinds["complaint"])
    qtbot.waitUntil(lambda: view.ui.overdueList.count() == 1 and view.ui.overdueList.item(0)
                    .background().color().name() == colours.DARK.late_background)
    assert view.chart.backgroundBrush().color().name() == theme.DARK_THEME.base
