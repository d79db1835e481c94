"""A call pops the caller's card: at once when staff are not typing, in a banner when they are;
handed over by another start of relate-desktop (as MicroSIP runs it) to the running one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Channel, RemarkKind
from relate_desktop.gui.caller_pop import TYPING_PAUSE_KEY, CallRouter
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.shift import Shift
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.integrations.caller_sources import CallerIdSources
from relate_desktop.integrations.hand_over import data_folder, server_name
from relate_desktop.integrations.single_instance import InstanceServer
from relate_desktop.services import Services
from tests.gui.conftest import focused

pytestmark = pytest.mark.sqlite_only  # about the window and processes, not the database

REPO = Path(__file__).resolve().parents[2]
#: Generous: a loaded two-core machine starts Python slowly; the waits end as soon as they can.
SLOW_MS = 60_000


def _olu(services: Services, actor: Actor) -> int:
    return services.customers.create(actor, NewCustomer("Olu Adeyemi", phones=("07700 900123",)))


def test_an_idle_window_opens_the_callers_card_at_once(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    _olu(services, manager)
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop("447700900123", "test")  # international, without its "+"
    assert shown.args == ["card"]
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Olu Adeyemi")
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)
    assert not window.calls.banner.isVisible()
    assert window.card.remarks.channel() is Channel.PHONE  # what they say was heard on the phone


def test_while_staff_type_the_call_waits_in_a_banner_and_f9_opens_it(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    _olu(services, manager)
    window.context.settings.set(TYPING_PAUSE_KEY, 600)  # however slow this machine is today
    qtbot.keyClicks(window.ui.lookupField, "jo")
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop("07700 900123", "test")
    assert shown.args == ["banner"]
    assert window.calls.banner.isVisible()
    assert window.calls.banner_text.text() == "Incoming: Olu Adeyemi — F9 to open"
    qtbot.waitUntil(lambda: window.ui.lookupField.text() == "jo")  # nothing switched under them
    assert window.ui.rightStack.currentWidget() is window.ui.welcomePage
    assert focused() is window.ui.lookupField

    qtbot.keyClick(window.ui.lookupField, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Olu Adeyemi")
    assert not window.calls.banner.isVisible()


def test_after_the_typing_pause_a_call_opens_at_once(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    _olu(services, manager)
    qtbot.keyClicks(window.ui.lookupField, "jo")
    window.context.settings.set(TYPING_PAUSE_KEY, 0)  # as if the 3 seconds had passed
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop("07700900123", "test")
    assert shown.args == ["card"]


def test_an_unknown_number_opens_a_new_customer_with_it_and_f8_logs_the_call(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop("+447700900555", "test")
    assert shown.args == ["new customer"]
    form = window.new_customer.ui
    assert window.ui.rightStack.currentWidget() is window.ui.newCustomerPage
    assert (form.newPhone.text(), form.newName.text()) == ("+447700900555", "")
    assert focused() is form.newName
    qtbot.keyClicks(form.newName, "Ada Lovelace")
    qtbot.keyClick(form.newName, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Ada Lovelace")

    qtbot.keyClick(focused() or window, Qt.Key.Key_F8)
    [ada] = services.lookup.find_caller("+447700900555")
    qtbot.waitUntil(lambda: len(services.customers.card(ada.id).timeline) == 1)
    remark = services.remarks.get(services.customers.card(ada.id).timeline[0].ref)
    assert (remark.kind, remark.channel, remark.text) == (
        RemarkKind.NOTE, Channel.PHONE, "Phone call from +447700900555")
    qtbot.waitUntil(lambda: "Call logged" in window.ui.toastText.text())


@pytest.mark.parametrize("withheld", ["anonymous", "", "<unknown>"])
def test_a_withheld_number_says_so_and_opens_nothing(
    qtbot: QtBot, window: MainWindow, withheld: str
) -> None:
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop(withheld, "test")
    assert shown.args == ["banner"]
    assert window.calls.banner_text.text() == "Incoming call: number withheld"
    assert not window.calls.banner_open.isVisibleTo(window.calls.banner)
    assert window.ui.rightStack.currentWidget() is window.ui.welcomePage


def test_everyone_sharing_the_number_is_offered_and_none_opened(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    services.customers.create(manager, NewCustomer("Mary Jones", phones=("020 7946 0958",)))
    services.customers.create(manager, NewCustomer("Tom Jones", phones=("+44 20 7946 0958",)))
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop("442079460958", "test")
    assert shown.args == ["choice"]
    assert [m.display_name for m in window.lookup.model.matches] == ["Mary Jones", "Tom Jones"]
    assert "2 customers have this number" in window.ui.resultsHint.text()
    assert window.ui.rightStack.currentWidget() is window.ui.welcomePage
    qtbot.keyClick(window.ui.lookupField, Qt.Key.Key_Down)
    qtbot.keyClick(window.ui.lookupField, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Tom Jones")


def test_an_extension_calling_is_shown_but_creates_nobody(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.calls.shown) as shown:
        window.calls.pop("201", "test")
    assert shown.args == ["banner"]
    assert window.calls.banner_text.text() == "Incoming call from 201"
    assert window.ui.rightStack.currentWidget() is window.ui.welcomePage


# --- one Relate per user and data folder ---------------------------------------------------


@pytest.fixture
def running(services: Services, worker: DatabaseWorker, manager: Actor, data_dir: Path,
            qtbot: QtBot) -> Iterator[tuple[Shift, InstanceServer]]:
    """Relate as app.py wires it: the local server, the sources, a signed-in shift."""
    settings = LocalSettings(data_dir / "settings.json")
    settings.set("idle_lock_minutes", 0)
    shift = Shift(services, worker, settings, DraftStore(data_dir / "drafts.json"))
    instance = InstanceServer(server_name(data_folder()))
    assert instance.claim([]) is True
    sources = CallerIdSources(settings, services.lookup.find_caller)
    CallRouter(shift).listen_to(instance, sources)
    yield shift, instance
    sources.stop()
    instance.close()
    shift.end()


def test_pop_in_another_process_hands_the_caller_to_the_running_window(
    qtbot: QtBot, services: Services, manager: Actor, running: tuple[Shift, InstanceServer]
) -> None:
    shift, _instance = running
    _olu(services, manager)
    shift.start_as(manager)
    window = shift.window
    assert window is not None
    qtbot.waitExposed(window)

    # What MicroSIP's cmdCallRing does: the configured command, the caller's number appended.
    started = time.perf_counter()
    softphone = subprocess.Popen([sys.executable, "-m", "relate_desktop", "pop", "07700900123"],
                                 cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=dict(os.environ))
    qtbot.waitUntil(lambda: softphone.poll() is not None, timeout=SLOW_MS)
    handed_over_s = time.perf_counter() - started
    out, err = softphone.communicate()
    assert (softphone.returncode, out, err) == (0, b"", b"")
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Olu Adeyemi", timeout=SLOW_MS)
    print(f"pop handed over and exited in {handed_over_s * 1000:.0f} ms")  # shown with -s


def test_a_second_start_on_the_same_folder_hands_over_and_another_folder_stays_apart(
    qtbot: QtBot, services: Services, manager: Actor, running: tuple[Shift, InstanceServer],
    tmp_path: Path,
) -> None:
    shift, instance = running
    _olu(services, manager)
    shift.start_as(manager)
    window = shift.window
    assert window is not None

    second = InstanceServer(instance.name)
    assert second.claim(["relate://pop?number=%2B447700900123"]) is False  # it would exit now
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Olu Adeyemi", timeout=SLOW_MS)

    elsewhere = InstanceServer(server_name(tmp_path / "another-shop"))
    assert elsewhere.claim([]) is True  # its own server: the two never talk
    assert elsewhere.listening and elsewhere.name != instance.name
    elsewhere.close()


def test_a_call_while_the_pc_is_locked_shows_after_sign_in(
    qtbot: QtBot, services: Services, manager: Actor, running: tuple[Shift, InstanceServer]
) -> None:
    shift, instance = running
    _olu(services, manager)
    assert shift.window is None
    instance.arguments_received.emit(["pop", "07700900123"])  # as if handed over just now
    shift.start_as(manager)
    window = shift.window
    assert window is not None
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Olu Adeyemi", timeout=SLOW_MS)
