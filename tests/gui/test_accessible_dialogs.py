"""The dialogs (import, export, first start, about, the crash window, erasing a customer) and
the shared vocabulary: every control has a name and a description a screen reader can say,
every word goes through translation, and dates, times, numbers and money follow the locale."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.config import locate
from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
)
from relate_desktop.gui import labels
from relate_desktop.gui.about import AboutDialog
from relate_desktop.gui.crash import CrashWindow
from relate_desktop.gui.customer_record import EraseCustomerDialog, dossier_html
from relate_desktop.gui.export_dialog import ExportDialog
from relate_desktop.gui.first_run import FirstRunDialog
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.pseudo import PseudoTranslator, pseudo_text
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms
from tests import import_samples as samples

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "relate_desktop" / "gui"
MY_FILES = ("import_wizard.py", "export_dialog.py", "first_run.py", "about.py", "crash.py",
            "customer_record.py", "labels.py")

INTERACTIVE = (QLineEdit, QTextEdit, QPlainTextEdit, QPushButton, QToolButton, QComboBox, QCheckBox,
               QRadioButton, QAbstractSpinBox, QAbstractItemView, QTabWidget, QSlider)


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under ``root`` a screen reader could not name or explain."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue  # a box's own line edit, a table's header: the box or table carries the name
        if not widget.accessibleName().strip() or not widget.accessibleDescription().strip():
            text = widget.text() if isinstance(widget, QPushButton | QLineEdit) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


@pytest.fixture
def empty_services(empty_db_url: str, data_dir: Path) -> Iterator[Services]:
    engine = open_database(empty_db_url, data_dir / "backups")
    yield Services.over(session_factory(engine))
    engine.dispose()


@pytest.fixture
def locale_restored() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


# --- every control is named and described -----------------------------------------------------


def test_the_import_wizard_names_every_control_on_every_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, locale_restored: None
) -> None:
    QLocale.setDefault(QLocale("en_GB"))  # a UK shop: day before month
    path = tmp_path / "members.csv"
    path.write_text(samples.csv_text(("Full Name", "Mobile", "Birthday", "Newsletter"),
                                     [["Olu Adeyemi", "07700 900501", "1990-05-03", "yes"]]),
                    encoding="utf-8")
    wizard = window.menus.lists.import_customers()
    assert unnamed(wizard) == []
    wizard.open_path(path)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    combos = [wizard.mapping_table.cellWidget(row, 1) for row in range(wizard.mapping_table.rowCount())]
    assert [c.accessibleName() for c in combos if isinstance(c, QComboBox)] == [
        "Read “Full Name” as", "Read “Mobile” as", "Read “Birthday” as", "Read “Newsletter” as"]
    assert unnamed(wizard) == []
    # What a column can be read as is said in words, not as the code's names.
    first = combos[0]
    assert isinstance(first, QComboBox)
    choices = [first.itemText(i) for i in range(first.count())]
    assert "first name" in choices and "first_name" not in choices
    # The preview shows the date in the locale's way and the consent in the card's words.
    assert wizard.preview.item(0, 5).text() == "Email: yes"
    assert wizard.preview.item(0, 6).text() == "Birthday 3 May 1990"
    for page in (2, 3):
        wizard.pages.setCurrentIndex(page)
        assert unnamed(wizard) == []
    wizard.close()


def test_the_export_about_and_crash_windows_name_every_control(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    export = ExportDialog(window.context, window)
    qtbot.addWidget(export)
    export.show()
    assert unnamed(export) == []
    about = AboutDialog(locate(data_dir=str(tmp_path / "shop"), db_url=None), window)
    qtbot.addWidget(about)
    about.show()
    assert unnamed(about) == []
    crash = CrashWindow("Traceback …", tmp_path / "relate.log")
    qtbot.addWidget(crash)
    crash.show()
    crash.show_button.click()  # the details too
    assert crash.details_view.isVisible()
    assert unnamed(crash) == []
    # The keys that work are in the tooltips.
    assert any("(Esc)" in b.toolTip() for b in about.findChildren(QPushButton))
    assert any("(Enter)" in b.toolTip() for b in export.findChildren(QPushButton))


def test_first_start_names_every_control(
    qtbot: QtBot, empty_services: Services, worker: DatabaseWorker
) -> None:
    dialog = FirstRunDialog(empty_services, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    assert "(Alt+S)" in dialog.ui.startSample.toolTip()


def test_the_erase_window_names_every_control(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Xavier Gone"))
    dialog = EraseCustomerDialog(window.context, customer, "Xavier Gone", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


# --- the history says in words what its colour marks --------------------------------------


def test_the_history_says_each_escalation_state_and_outcome_in_words(
    services: Services, manager: Actor
) -> None:
    customer = services.customers.create(manager, NewCustomer("Wanda Words"))
    remark = services.remarks.log_remark(manager, customer, RemarkKind.COMPLAINT, "Cold soup",
                                         escalate=Priority.URGENT)
    [entry] = services.customers.card(customer).timeline
    assert entry.open and labels.timeline_title(entry) == "Complaint (Counter) → New"

    assert remark.escalation_id is not None
    services.escalations.resolve(manager, remark.escalation_id, Outcome.REFUND, "Refund given",
                                 promise=PromiseTerms(PromiseKind.CALLBACK, "Ring on Friday"))
    promise = services.customers.card(customer).open_promises[0]
    services.promises.keep(manager, promise.id)
    services.customers.set_consent(manager, customer, ContactChannel.SMS, ConsentState.DENIED)
    titles = {e.what: labels.timeline_title(e) for e in services.customers.card(customer).timeline}
    assert titles == {
        "remark": "Complaint (Counter) → Resolved",
        "resolution": "Resolved: Refund",
        "promise": "Promised: Call back",
        "promise kept": "Promise kept: Call back",
        "consent": "Consent: SMS — no",
    }


# --- every word translatable, every date and number in the locale's way ----------------------


def _tr_calls_with_a_variable(source: str) -> list[str]:
    """tr()/translate() calls lupdate cannot read: a variable or an f-string as the text, or
    another object's tr() (lupdate would file it under that variable's name)."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, owner = node.func.attr, node.func.value
        if name == "tr":
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                bad.append(f"line {node.lineno}: {ast.unparse(owner)}.tr()")
            elif not (node.args and isinstance(node.args[0], ast.Constant)):
                bad.append(f"line {node.lineno}: self.tr({ast.unparse(node.args[0]) if node.args else ''})")
        elif (name == "translate" and isinstance(owner, ast.Name) and owner.id == "QCoreApplication"
              and not (len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2]))
              # An error's template: marked where it is raised (tests/unit/test_error_messages.py).
              and not (node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == "ERRORS_CONTEXT")):
            bad.append(f"line {node.lineno}: {ast.unparse(node)[:60]}")
    return bad


@pytest.mark.parametrize("name", MY_FILES)
def test_every_word_is_written_out_for_lupdate(name: str) -> None:
    assert _tr_calls_with_a_variable((GUI / name).read_text(encoding="utf-8")) == []


def test_lupdate_finds_the_shared_vocabulary(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    catalogue = tmp_path / "labels.ts"
    subprocess.run([str(lupdate), str(GUI / "labels.py"), "-ts", str(catalogue)], check=True,
                   capture_output=True)
    text = catalogue.read_text(encoding="utf-8")
    for source in ("Complaint", "Being handled", "Promise kept: %1", "Resolved: %1", "yesterday %1",
                   "%Ln days", "Consent: %1 — %2", "not asked"):
        assert f"<source>{source}</source>" in text


def test_the_vocabulary_is_translated_when_it_is_shown(qapp: QApplication) -> None:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        assert labels.remark_kind(RemarkKind.COMPLAINT) == pseudo_text("Complaint")
        assert labels.age(3 * 24 * 60) == pseudo_text("%Ln days").replace("%Ln", "3")
        html = dossier_html({"name": "Ann", "customer_id": 7, "remarks": []}, "Corner Shop")
        assert pseudo_text("What they told us") in html and "What they told us" not in html
    finally:
        qapp.removeTranslator(translator)
    assert labels.remark_kind(RemarkKind.COMPLAINT) == "Complaint"


def test_dates_times_numbers_and_money_follow_the_locale(locale_restored: None) -> None:
    today = date(2025, 9, 9)
    now = datetime(2025, 9, 9, 15, 30).astimezone()
    yesterday = now - timedelta(days=1)

    QLocale.setDefault(QLocale("en_GB"))
    assert labels.day(date(2025, 5, 3), today) == "3 May"
    assert labels.day(date(2023, 5, 3), today) == "3 May 2023"
    assert labels.when(yesterday, now) == "yesterday " + labels.clock(yesterday)
    assert labels.money(123450, "GBP") == "£1,234.50"

    QLocale.setDefault(QLocale("en_US"))
    assert labels.day(date(2025, 5, 3), today) == "May 3"
    assert labels.day(date(2023, 5, 3), today) == "May 3, 2023"
    assert labels.when(now, now) == "3:30\u202fPM"

    QLocale.setDefault(QLocale("de_DE"))
    assert labels.day(date(2023, 5, 3), today) == "3. Mai 2023"
    assert labels.calendar_day(5, 3) == "3. Mai"
    assert labels.money(123450, "EUR") == "€1.234,50"

    QLocale.setDefault(QLocale("ja_JP"))
    assert labels.day(date(2023, 5, 3), today) == "2023年5月3日"
    assert labels.month(date(2025, 5, 1)) == "5月"

    QLocale.setDefault(QLocale("ar_EG"))
    assert labels.age(5) == "٥ min"  # the locale's digits, the words still to be translated
    assert labels.when(now, now) == QLocale().toString(now.time().replace(second=0, microsecond=0),
                                                      QLocale.FormatType.ShortFormat)


def test_the_customers_record_is_worded_for_people(locale_restored: None) -> None:
    QLocale.setDefault(QLocale("en_GB"))  # a UK shop: day before month
    html = dossier_html({
        "name": "Ann", "customer_id": 7, "do_not_contact": False, "customer_since": "2024-05-03T10:00:00+00:00",
        "preferred_channel": "sms",
        "remarks": [{"remark_id": 1, "at": "2024-05-03T10:00:00+00:00", "kind": "complaint",
                     "channel": "counter", "text": "Cold soup", "withdrawn": False}],
        "promises": [{"kind": "callback", "what": "Ring", "amount_cents": 500, "currency": "GBP",
                      "status": "kept"}],
    }, "Corner Shop")
    for words in ("What Corner Shop holds about this customer (customer 7).", "Do not contact",
                  "<td>no</td>", "<td>SMS</td>", "<td>Complaint</td>", "<td>Counter</td>",
                  "<td>Call back</td>", "<td>£5.00</td>", "<td>kept</td>", "3 May 2024",
                  "What they told us (1)", "Promises (1)", "Phones (0)", "None."):
        assert words in html, words
    assert QCoreApplication.translate("CustomerRecord", "None.") == "None."
