"""Screenshots for the README, taken from the real app over the sample shop (offscreen).

Run: .venv/bin/python tools/take_screenshots.py  (writes docs/screenshots/*.png: English in
the light theme, the card in German, and the card and queue in the dark theme; each in a
process of its own, as a language and a theme are chosen once at start)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from relate_desktop.config import LocalSettings
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.gui import language, theme
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.first_run import SAMPLE_REGION, SAMPLE_SHOP_NAME
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.demo import fill_sample_shop

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


#: (file name suffix, language, theme) of each set of pictures.
SETS = (("", "en", "light"), ("-de", "de", "light"), ("-dark", "en", "dark"))
#: What the customer just said, typed into the remark box in each picture's language.
SAID = {"en": "Your produce prices are the best in town",
        "de": "Ihr Obst und Gemüse hat die besten Preise der Stadt"}


def main(argv: list[str]) -> int:
    if not argv:
        for suffix, code, look in SETS:
            subprocess.run([sys.executable, __file__, f"--suffix={suffix}", "--language", code,
                            "--theme", look], check=True)
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--suffix", default="")
    parser.add_argument("--language", default="en")
    parser.add_argument("--theme", default="light")
    options = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    language.install(app, options.language)
    theme.apply(app, options.theme)
    folder = Path(tempfile.mkdtemp(prefix="relate-shots-"))
    engine = open_database(sqlite_url(folder / "relate.db"), folder / "backups")
    services = Services.over(session_factory(engine))
    services.shop.initialise(SAMPLE_SHOP_NAME, SAMPLE_REGION, demo=True)
    manager = Actor(services.staff.add("Maria Manager", Role.MANAGER), "counter-1")
    fill_sample_shop(services, manager)
    # The richest card makes the clearest picture: little things, promises, things to pass on.
    best = max(
        (services.customers.card(m.id) for m in services.lookup.lookup_customers("a", limit=400)),
        key=lambda c: (bool(c.tell_them), bool(c.open_promises), bool(c.open_escalations),
                       len(c.little_things), len(c.timeline)),
    )
    worker = DatabaseWorker()
    context = WorkContext(services, worker, manager, services.shop.settings(),
                          DraftStore(folder / "drafts.json"), LocalSettings(folder / "settings.json"))
    window = MainWindow(context)
    window.resize(1280, 820)
    window.show()
    window.ui.lookupField.setText(best.phones[0].raw if best.phones else best.display_name)
    OUT.mkdir(parents=True, exist_ok=True)

    def open_card() -> None:
        window.open_customer(best.id, True)
        window.card.remarks.ui.remarkEditor.setPlainText(SAID.get(options.language, SAID["en"]))

    def shoot_card() -> None:
        window.grab().save(str(OUT / f"customer-card{options.suffix}.png"))
        window.open_queue()
        assert window.queue_window is not None
        window.queue_window.resize(1280, 720)

    def shoot_queue() -> None:
        assert window.queue_window is not None
        window.queue_window.grab().save(str(OUT / f"manager-queue{options.suffix}.png"))
        app.quit()

    QTimer.singleShot(800, open_card)
    QTimer.singleShot(2000, shoot_card)
    QTimer.singleShot(3500, shoot_queue)
    app.exec()
    worker.stop()
    engine.dispose()
    print(f"wrote customer-card{options.suffix}.png and manager-queue{options.suffix}.png in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
