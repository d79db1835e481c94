"""`relate-desktop --self-check`: prove this build can create, migrate, store and read back a shop's work."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import phonenumbers
from sqlalchemy import Engine

from relate_desktop.db.engine import (
    current_revision,
    head_revision,
    open_database,
    session_factory,
    sqlite_url,
)
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import EscalationStatus, Priority, RemarkKind, Role
from relate_desktop.services import Services

#: A number Ofcom keeps for drama (020 7946 0xxx): never a real customer's.
SAMPLE_PHONE = "020 7946 0321"
#: Not only ASCII, so a build whose text handling is broken fails here and not at a till.
SAMPLE_REMARK = "Self-check: the tart was spoiled — « ça arrive », 谢谢, Łódź"


class SelfCheckFailed(Exception):
    """One step did not do what it must; the message says which, in one line."""


def _require(condition: bool, failure: str) -> None:
    if not condition:
        raise SelfCheckFailed(failure)


def check_phone_metadata() -> int:
    """Every region's phone-number metadata loads (PyInstaller cannot see these modules:
    they are imported by name at run time). Returns how many regions were checked."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        except ImportError as error:
            raise SelfCheckFailed(f"phone-number metadata for {region} is missing: {error}") from error
        _require(metadata is not None, f"phone-number metadata for {region} is missing")
    return len(phonenumbers.SUPPORTED_REGIONS)


def check_database(folder: Path) -> None:
    """In ``folder``: create the database, migrate it to the newest schema, write a customer,
    a remark and its escalation, then read them back through a fresh connection."""
    url, backups = sqlite_url(folder / "relate.db"), folder / "backups"
    engine = open_database(url, backups)
    try:
        _require(current_revision(engine) == head_revision(),
                 f"the migrations stopped at {current_revision(engine)}, not at {head_revision()}")
        services = Services.over(session_factory(engine))
        services.shop.initialise("Self-check shop", "GB")
        actor = Actor(services.staff.add("Self-check", Role.MANAGER), "self-check")
        customer_id = services.customers.create(
            actor, NewCustomer(display_name="Self Check", phones=(SAMPLE_PHONE,)))
        remark = services.remarks.log_remark(actor, customer_id, RemarkKind.COMPLAINT, SAMPLE_REMARK)
        escalation = services.escalations.escalate_remark(actor, remark.id, Priority.URGENT)
    finally:
        engine.dispose()

    # A second engine reads from the file, not from anything the first one kept.
    engine = open_database(url, backups)
    try:
        _read_back(engine, customer_id, remark.id, escalation.id)
    finally:
        engine.dispose()


def _read_back(engine: Engine, customer_id: int, remark_id: int, escalation_id: int) -> None:
    services = Services.over(session_factory(engine))
    remark = services.remarks.get(remark_id)
    _require(remark.text == SAMPLE_REMARK, f"the remark read back differs: {remark.text!r}")
    _require(remark.customer_id == customer_id, "the remark lost its customer")
    _require(remark.escalation_id == escalation_id, "the remark lost its escalation")
    queued = [e for e in services.escalations.queue() if e.id == escalation_id]
    _require(len(queued) == 1, "the escalation is not in the manager's queue")
    _require(queued[0].priority == Priority.URGENT and queued[0].status == EscalationStatus.OPEN,
             f"the escalation read back is {queued[0].priority}/{queued[0].status}")
    _require(queued[0].summary == SAMPLE_REMARK, "the escalation shows another text")
    found = [match.id for match in services.lookup.lookup_customers(SAMPLE_PHONE)]
    _require(found[:1] == [customer_id], f"looking up {SAMPLE_PHONE} found {found}")


def check_window_parts() -> None:
    """The window's modules, Qt libraries and plugins load and the icon renders, offscreen:
    no window is shown, and no screen is needed."""
    if not _qt_running():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication, QIcon

    import relate_desktop.app  # noqa: F401 - every window module, form and the compiled resources

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    _require(app is not None, "Qt could not start")
    pixmap = QIcon(":/icons/relate.svg").pixmap(64, 64)
    _require(not pixmap.isNull(), "the application icon does not render (Qt's SVG support is missing)")


def _qt_running() -> bool:
    if "PySide6.QtCore" not in sys.modules:
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


def run_self_check() -> int:
    """Exit code 0 and one line "self-check passed", or 1 and one line saying what failed."""
    try:
        check_phone_metadata()
        # ignore_cleanup_errors: on Windows a virus scanner may still hold the file a moment.
        with tempfile.TemporaryDirectory(prefix="relate-self-check-", ignore_cleanup_errors=True) as folder:
            check_database(Path(folder))
        check_window_parts()
    except Exception as error:  # any failure is the answer, not a traceback
        print(f"self-check failed: {' '.join(str(error).split()) or repr(error)}", file=sys.stderr)
        return 1
    print("self-check passed")
    return 0
