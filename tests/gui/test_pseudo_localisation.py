"""Longer translations, right-to-left languages and a large font: no text is cut off.

The pseudo translator (RELATE_PSEUDO=stretch) makes every string about 40 % longer and
accented, as German or Finnish would be; RELATE_PSEUDO=rtl mirrors the layout as Arabic or
Hebrew would. The main views are rendered that way at a normal window size and at the
smallest size the window allows, and every visible label, button, title and tab is measured
(tests/gui/clipping.py). A 200 % system font or QT_SCALE_FACTOR=2 cannot be switched on inside
a running process (Qt reads both once, at start), so the application font at twice its size
stands in for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Priority, PromiseKind, RemarkKind, Role
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.first_run import FirstRunDialog
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.pseudo import PSEUDO_ENV, install_pseudo, pseudo_text, remove_pseudo
from relate_desktop.gui.settings_dialog import SettingsDialog
from relate_desktop.gui.shift import Shift
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms
from tests import import_samples as samples
from tests.gui.clipping import assert_nothing_clipped, clipped_text

NORMAL = (1280, 800)
LARGE_FONT_WINDOW = (2560, 1600)


@pytest.fixture(params=["stretch", "rtl"])
def pseudo(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[str]:
    """The pseudo language (or the mirrored layout), installed before any window is built,
    as Relate does at start; taken away again afterwards."""
    app = qapp
    direction = app.layoutDirection()
    monkeypatch.setenv(PSEUDO_ENV, request.param)
    assert install_pseudo(app)
    yield str(request.param)
    remove_pseudo(app)
    app.setLayoutDirection(direction)


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """The application font at twice its size, for every widget built afterwards."""
    app = qapp
    font = app.font()
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(bigger)
    yield
    app.setFont(font)


def _check_at_sizes(qtbot: QtBot, window: QWidget, where: str, normal: tuple[int, int] = NORMAL) -> None:
    """No clipped text at a normal size (1280x800 for the big windows, their own size for
    dialogs), nor at the smallest size the window can be made."""
    for size in (normal, (1, 1)):  # resize() never goes below the window's minimum size
        window.resize(*size)
        QApplication.processEvents()
        layout = window.layout()
        if size == (1, 1) and layout is not None and layout.hasHeightForWidth():
            # Qt does not hold a window's minimum height to its wrapped text: the smallest a
            # person can make it and still read it is its narrowest, as high as the text needs.
            window.resize(window.width(), max(window.height(), layout.totalHeightForWidth(window.width())))
            QApplication.processEvents()
        assert_nothing_clipped(window, f"{where} at {window.width()}x{window.height()}")


def _busy_customer(services: Services, manager: Actor, staff: Actor) -> int:
    customer = services.customers.create(manager, NewCustomer(
        "Siobhán Ó Briain-Fitzgerald", phones=("07700 900123",), emails=("siobhan@example.com",),
        cards=("LC-00123",), little_things=("Receipt: always", "Large print", "No interest-bearing offers")))
    services.promises.record_promise(manager, customer, PromiseTerms(
        PromiseKind.CALLBACK, "Call back about the birthday cake order", None, date.today() - timedelta(days=1)))
    services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "The tart I bought yesterday was spoiled",
                                escalate=Priority.URGENT)
    services.remarks.log_remark(staff, customer, RemarkKind.COMPLIMENT, "Lovely service from Sam")
    return customer


def _open_card(qtbot: QtBot, window: MainWindow, customer: int) -> None:
    window.open_customer(customer, True)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == customer)
    qtbot.waitUntil(lambda: window.context.worker.idle)


# -- the translator itself -------------------------------------------------------------------


def test_pseudo_text_is_longer_and_keeps_what_must_not_change() -> None:
    assert pseudo_text("Save") == "[Šåvë~~]"
    stretched = pseudo_text("&Save %1 of %2 — %n remark(s)")
    assert stretched.startswith("[&S") and "%1" in stretched and "%2" in stretched and "%n" in stretched
    html = pseudo_text("<h2>%1</h2><p>Type a phone &amp; press Enter.</p>")
    assert html.startswith("<h2>[%1</h2><p>") and html.endswith(".]</p>") and "&amp;" in html
    assert pseudo_text("CSV (*.csv)").endswith("(*.csv)]")
    assert pseudo_text("Ctrl+Shift+W") == "Ctrl+Shift+W"
    long = "Type a phone number, the last digits, a name, an email or scan a card."
    assert len(pseudo_text(long)) >= 1.3 * len(long)
    assert pseudo_text(long) == pseudo_text(long)


def test_the_pseudo_switch_translates_and_mirrors(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    app = qapp
    monkeypatch.setenv(PSEUDO_ENV, "stretch,rtl")
    try:
        assert install_pseudo(app)
        assert QCoreApplication.translate("MainWindow", "Queue") == "[Ǫüëüë~~]"
        assert QCoreApplication.translate("MainWindow", "Queue · %n urgent", "", 3) == "[Ǫüëüë~~ · 3 üŕĝëñţ~~~]"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        remove_pseudo(app)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert QCoreApplication.translate("MainWindow", "Queue") == "Queue"
    monkeypatch.setenv(PSEUDO_ENV, "")
    assert not install_pseudo(app)


# -- the main views --------------------------------------------------------------------------


def test_main_window_with_a_card_open(
    qtbot: QtBot, pseudo: str, services: Services, manager: Actor, staff: Actor,
    make_window: Callable[[Actor], MainWindow],
) -> None:
    customer = _busy_customer(services, manager, staff)
    window = make_window(manager)
    _check_at_sizes(qtbot, window, "the counter window, nothing open")
    _open_card(qtbot, window, customer)
    window.show_toast(QCoreApplication.translate("CustomerCardView", "Promise recorded"), lambda: None)
    _check_at_sizes(qtbot, window, "the counter window with a card")
    window.resize(*NORMAL)
    QApplication.processEvents()
    window.grab().save(f"/tmp/pseudo-{pseudo}.png")
    if pseudo == "rtl":
        # Mirrored: the lookup box is on the right, the card on the left.
        assert window.ui.lookupField.mapTo(window, window.ui.lookupField.rect().center()).x() > window.width() / 2


def test_new_customer_panel(
    qtbot: QtBot, pseudo: str, services: Services, manager: Actor, window: MainWindow
) -> None:
    window.start_new_customer("07700 900555", "phone")
    qtbot.waitUntil(lambda: window.ui.rightStack.currentWidget() is window.ui.newCustomerPage)
    _check_at_sizes(qtbot, window, "the new-customer panel")


def test_manager_queue_with_an_escalation_selected(
    qtbot: QtBot, pseudo: str, services: Services, manager: Actor, staff: Actor, window: MainWindow
) -> None:
    _busy_customer(services, manager, staff)
    window.open_queue()
    queue = window.queue_window
    assert queue is not None
    qtbot.waitExposed(queue)
    qtbot.waitUntil(lambda: queue.current is not None)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.context.worker.idle)
    _check_at_sizes(qtbot, queue, "the manager's queue")


def test_sign_in_screen(
    qtbot: QtBot, pseudo: str, services: Services, worker: DatabaseWorker, data_dir: Path
) -> None:
    services.staff.add("Maria Manager-Lindqvist", Role.MANAGER, pin="1357")
    shift = Shift(services, worker, LocalSettings(data_dir / "settings.json"), DraftStore(data_dir / "d.json"))
    try:
        shift.show_sign_in()
        qtbot.waitUntil(lambda: shift.sign_in is not None)
        dialog = shift.sign_in
        assert dialog is not None
        qtbot.waitExposed(dialog)
        _check_at_sizes(qtbot, dialog, "the sign-in screen", dialog.sizeHint().toTuple())
    finally:
        shift.end()


def test_first_run_dialog(qtbot: QtBot, pseudo: str, services: Services, worker: DatabaseWorker) -> None:
    dialog = FirstRunDialog(services, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check_at_sizes(qtbot, dialog, "the first-run dialog", dialog.sizeHint().toTuple())
    dialog.ui.startEmpty.setChecked(True)
    _check_at_sizes(qtbot, dialog, "the first-run dialog, empty shop", dialog.sizeHint().toTuple())


def test_import_wizard_pages(
    qtbot: QtBot, pseudo: str, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "members.csv"
    path.write_text(samples.csv_text(
        ("Full Name", "Mobile", "E-mail", "Member No", "Newsletter"),
        [["Olu Adeyemi", "07700 900501", "olu@example.com", "M-77", "yes"],
         ["Pia Lund", "4.47911E+11", "pia@example.com", "M-78", ""]]), encoding="utf-8")
    wizard = window.menus.lists.import_customers()
    qtbot.waitExposed(wizard)
    _check_at_sizes(qtbot, wizard, "the import wizard: the file")
    wizard.open_path(path)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    _check_at_sizes(qtbot, wizard, "the import wizard: columns and preview")
    wizard.start()
    if wizard.pages.currentIndex() == 2:
        _check_at_sizes(qtbot, wizard, "the import wizard: importing")
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=10_000)
    _check_at_sizes(qtbot, wizard, "the import wizard: the report")


def test_settings_dialog(qtbot: QtBot, pseudo: str, window: MainWindow) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    _check_at_sizes(qtbot, dialog, "the settings dialog", dialog.sizeHint().toTuple())


# -- 200 % font -----------------------------------------------------------------------------


def test_main_window_and_card_with_a_font_twice_as_large(
    qtbot: QtBot, large_font: None, services: Services, manager: Actor, staff: Actor,
    make_window: Callable[[Actor], MainWindow],
) -> None:
    customer = _busy_customer(services, manager, staff)
    window = make_window(manager)
    _check_at_sizes(qtbot, window, "the counter window, 200 % font", LARGE_FONT_WINDOW)
    _open_card(qtbot, window, customer)
    _check_at_sizes(qtbot, window, "the card, 200 % font", LARGE_FONT_WINDOW)


def test_the_check_reports_a_label_that_is_too_narrow(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("A sentence far too long for the room it was given", host)
    label.setObjectName("tooNarrow")
    label.setFixedWidth(60)
    QVBoxLayout(host).addWidget(label)
    host.show()
    qtbot.waitExposed(host)
    [found] = clipped_text(host)
    assert "tooNarrow" in found.path and "has 60" in found.problem
    label.setProperty("elides", True)
    assert "no tooltip" in clipped_text(host)[0].problem
    label.setToolTip(label.text())
    assert clipped_text(host) == []
