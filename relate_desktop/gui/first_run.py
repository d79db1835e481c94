"""First start with no data: who is working, which shop, and the sample shop or an empty one."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from relate_desktop.config import workstation_name
from relate_desktop.domain.errors import InvalidInput, RelateError
from relate_desktop.domain.pins import check_pin
from relate_desktop.domain.records import Actor, StaffMember
from relate_desktop.domain.vocabulary import Role
from relate_desktop.gui import labels
from relate_desktop.gui.forms.ui_first_run import Ui_FirstRunDialog
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services

#: The sample shop's name as the tools and tests create it; the dialog stores it translated.
SAMPLE_SHOP_NAME = "Sample shop (demo data)"
SAMPLE_REGION = "GB"  # the sample customers have UK phone numbers


def _country_names() -> dict[str, str]:
    """Region code -> the country's name, from the first of Qt's locales for that region. One
    pass over the ~700 locales: a pass per region kept the first start waiting 0.3 s."""
    names: dict[str, str] = {}
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                          QLocale.Country.AnyCountry):
        _, underscore, region = locale.name().rpartition("_")
        if underscore and region not in names:
            names[region] = QLocale.territoryToString(locale.territory())
    return names


class FirstRunDialog(QDialog):
    def __init__(self, services: Services, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.setObjectName("firstRun")
        self._services = services
        self._worker = worker
        self.manager: StaffMember | None = None
        countries = _country_names()
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=lambda code: countries.get(code, code))
        for region in regions:
            self.ui.region.addItem(f"{countries.get(region, region)} ({region})", region)
        home = QLocale.system().name().rpartition("_")[2] or SAMPLE_REGION
        self.ui.region.setCurrentIndex(max(self.ui.region.findData(home), self.ui.region.findData("GB")))
        start = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Start"))
        start.setAccessibleName(self.tr("Start"))
        start.setAccessibleDescription(self.tr("Creates the shop with you as its first manager (Enter)."))
        start.setToolTip(self.tr("Create the shop with you as its first manager (Enter)"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Closes Relate without creating anything (Esc)."))
        cancel.setToolTip(self.tr("Close Relate without creating anything (Esc)"))
        self.ui.buttons.accepted.connect(self._start)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.startSample.toggled.connect(self._sample_toggled)
        self.ui.staffName.setFocus()

    def _sample_toggled(self, sample: bool) -> None:
        for field in (self.ui.shopName, self.ui.region, self.ui.currency):
            field.setEnabled(not sample)

    def _start(self) -> None:
        name = self.ui.staffName.text().strip()
        pin = self.ui.pin.text()
        sample = self.ui.startSample.isChecked()
        shop_name = self.tr("Sample shop (demo data)") if sample else self.ui.shopName.text().strip()
        region = SAMPLE_REGION if sample else str(self.ui.region.currentData())
        if not name:
            self._say(self.tr("Type your name: you will be the shop's first manager."))
            self.ui.staffName.setFocus()
            return
        if not pin:
            self._say(self.tr("Choose a PIN (4–12 digits): you will type it to sign in."))
            self.ui.pin.setFocus()
            return
        try:
            check_pin(pin)
        except InvalidInput as error:
            self._say(labels.error_text(error))
            self.ui.pin.setFocus()
            return
        if pin != self.ui.pinAgain.text():
            self._say(self.tr("The two PINs differ. Type the same PIN twice."))
            self.ui.pinAgain.clear()
            self.ui.pinAgain.setFocus()
            return
        if not shop_name:
            self._say(self.tr("Type the shop's name."))
            self.ui.shopName.setFocus()
            return
        currency = "" if sample else self.ui.currency.text().strip()
        self.setEnabled(False)
        self._say(self.tr("Preparing the sample shop…") if sample else self.tr("Setting up…"))
        services = self._services

        def work() -> StaffMember:
            if not services.shop.is_initialised():
                services.shop.initialise(shop_name, region, currency, demo=sample)
            manager = services.staff.add(name, Role.MANAGER, pin=pin)
            if sample:
                from relate_desktop.services.demo import fill_sample_shop

                fill_sample_shop(services, Actor(manager, workstation_name()))
            return manager

        self._worker.submit(work, self._done, self._failed)

    def _done(self, manager: StaffMember) -> None:
        self.manager = manager
        self.accept()

    def _failed(self, error: RelateError) -> None:
        self.setEnabled(True)
        self._say(labels.error_text(error))

    def _say(self, text: str) -> None:
        self.ui.message.setText(text)
