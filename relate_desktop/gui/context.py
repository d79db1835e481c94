"""What a signed-in window needs, handed to each panel's constructor (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass

from relate_desktop.config import LocalSettings, Locations
from relate_desktop.domain.records import Actor, ShopSettings
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.outbox import Outbox


@dataclass
class WorkContext:
    services: Services
    worker: DatabaseWorker
    actor: Actor
    shop: ShopSettings
    drafts: DraftStore
    settings: LocalSettings
    #: The folders in use, for Help → About; None where nobody located them (tests).
    locations: Locations | None = None
    #: Where work waits while the shop server is away; None on this PC's own SQLite file.
    outbox: Outbox | None = None
