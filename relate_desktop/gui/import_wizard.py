"""File → Import customers…: pick a file, check how its columns are read, import with a progress
bar (batches on the database worker, so the counter keeps working), then read the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.config import locate
from relate_desktop.domain import phones
from relate_desktop.domain.errors import RelateError
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.till import till_text
from relate_desktop.integrations.importing import (
    FORMAT_NAMES,
    EmptyRow,
    Field,
    ImportedCustomer,
    ImportSource,
    ParsedRow,
    RowProblem,
    open_file,
)
from relate_desktop.services.importing import ImportReport, ImportRun

PREVIEW_ROWS = 10
#: The preview's columns: what Relate reads from each row (worded in ``_preview_headings``).
PREVIEW_COLUMNS = ("row", "name", "phones", "emails", "cards", "consent", "dates", "note",
                   "till", "flags")


class ImportWizard(QDialog):
    """Four steps on one dialog: the file, its columns and a preview, the import, the report."""

    imported = Signal(object)  # the ImportReport, once the import is over

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(1000, 640)
        self._context = context
        self.source: ImportSource | None = None
        self.run: ImportRun | None = None
        self.report: ImportReport | None = None
        self.report_path: Path | None = None
        self._cancelling = False

        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color:{colours.current().error_text}")
        self.message.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.message)
        self._file_page()
        self._mapping_page()
        self._running_page()
        self._report_page()

    # -- step 1: the file ------------------------------------------------------------------

    def _file_page(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()  # the wrapped intro stays out of it: its height would go stale on resizing
        intro = QLabel(self.tr(
            "Bring in the customer list the shop already has: a customer export from Shopify, "
            "Square or Lightspeed, a vCard file from a phone or address book, any CSV file, or "
            "Relate's own export. Importing the same file again updates, never doubles."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addLayout(form)
        outer.addStretch(1)
        row = QHBoxLayout()
        self.path_field = QLineEdit()
        self.path_field.setObjectName("importPath")
        self.path_field.setAccessibleName(self.tr("File to import"))
        self.path_field.setAccessibleDescription(self.tr(
            "Type or paste the path of the customer list; Enter reads it."))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the file"))
        choose.setAccessibleDescription(self.tr("Opens a window to pick the customer list."))
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.path_field)
        row.addWidget(choose)
        form.addRow(self.tr("File"), row)
        self.format_box = QComboBox()
        self.format_box.setObjectName("importFormat")
        formats = {"auto": self.tr("recognise it"), "generic": self.tr("any CSV file"),
                   "relate": self.tr("Relate's own export"), "shopify": "Shopify", "square": "Square",
                   "lightspeed": "Lightspeed", "vcard": "vCard"}
        for name in FORMAT_NAMES:
            self.format_box.addItem(formats.get(name, name), name)
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.setAccessibleDescription(self.tr(
            "Which program the file comes from; “recognise it” lets Relate tell from its columns."))
        form.addRow(self.tr("Format"), self.format_box)
        self.region_field = QLineEdit()
        self.region_field.setMaxLength(2)
        self.region_field.setPlaceholderText(self._context.shop.region)
        self.region_field.setAccessibleName(self.tr("Country for numbers without one"))
        self.region_field.setAccessibleDescription(self.tr(
            "Two letters, such as GB or IE: the country of phone numbers written without one. "
            "Empty: the shop's own."))
        form.addRow(self.tr("Country for numbers without one"), self.region_field)
        self.open_button = QPushButton(self.tr("Next"))
        self.open_button.setObjectName("importOpen")
        self.open_button.setDefault(True)
        self.open_button.setAccessibleName(self.tr("Next: read the file"))
        self.open_button.setAccessibleDescription(self.tr(
            "Reads the file and shows how its columns will be imported (Enter)."))
        self.open_button.setToolTip(self.tr("Read the file and show how it will be imported (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_path())
        self.path_field.returnPressed.connect(lambda: self.open_path())
        form.addRow(self.open_button)
        self.pages.addWidget(page)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the customer list"), str(Path.home()),
            self.tr("Customer lists (*.csv *.txt *.vcf *.vcard);;All files (*)"))
        if chosen:
            self.path_field.setText(chosen)
            self.open_path()

    def open_path(self, path: Path | None = None) -> None:
        """Read the file (on the worker: a big file takes a moment) and show how it will be read."""
        if path is not None:
            self.path_field.setText(str(path))
        text = self.path_field.text().strip()
        if not text:
            self._say(self.tr("Choose a file first."))
            return
        fmt = str(self.format_box.currentData())
        target = Path(text).expanduser()
        self.open_button.setEnabled(False)
        self._context.worker.submit(lambda: open_file(target, fmt), self._opened, self._open_failed)

    def _open_failed(self, error: RelateError) -> None:
        self.open_button.setEnabled(True)
        self._say(labels.error_text(error))

    def _opened(self, source: ImportSource) -> None:
        self.open_button.setEnabled(True)
        self._say("")
        self.source = source
        self._show_mapping()
        self.pages.setCurrentIndex(1)

    # -- step 2: columns and preview ---------------------------------------------------------

    def _mapping_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.detected = QLabel()
        self.detected.setObjectName("importDetected")
        self.detected.setWordWrap(True)
        layout.addWidget(self.detected)
        columns = QHBoxLayout()
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("importMapping")
        # Tab leaves the table; it still passes through each "Read as" box on the way.
        self.mapping_table.setTabKeyNavigation(False)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Read as")])
        self.mapping_table.setAccessibleName(self.tr("The file's columns"))
        self.mapping_table.setAccessibleDescription(self.tr(
            "Each column of the file and what Relate reads it as; change a row's choice to read "
            "the column differently."))
        # As wide as the headings and the "Read as" boxes need (a longer language's too), up to a
        # limit; a very long heading of the file is shortened in its cell, not the boxes.
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        columns.addWidget(self.mapping_table)
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview.setObjectName("importPreview")
        self.preview.setTabKeyNavigation(False)
        self.preview.setHorizontalHeaderLabels(self._preview_headings())
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setAccessibleDescription(self.tr(
            "The first rows of the file as they will be stored; the last column says what needs a look."))
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        columns.addWidget(self.preview, 1)
        layout.addLayout(columns, 1)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.setAccessibleName(self.tr("Back to the file"))
        back.setAccessibleDescription(self.tr("Returns to choosing the file and its format."))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.dry_run = QCheckBox(self.tr("Only check (save nothing)"))
        self.dry_run.setObjectName("importDryRun")
        self.dry_run.setAccessibleName(self.tr("Only check"))
        self.dry_run.setAccessibleDescription(self.tr(
            "When ticked, the import reads every row and reports, but saves nothing."))
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setObjectName("importStart")
        self.start_button.setAccessibleName(self.tr("Import the customers"))
        self.start_button.setAccessibleDescription(self.tr(
            "Starts the import; a progress bar follows and the counter keeps working."))
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_run)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _preview_headings(self) -> list[str]:
        words = {"row": self.tr("Row"), "name": self.tr("Name"), "phones": self.tr("Phones"),
                 "emails": self.tr("Emails"), "cards": self.tr("Cards"), "consent": self.tr("Consent"),
                 "dates": self.tr("Dates"), "note": self.tr("Note and tags"), "till": self.tr("Till"),
                 "flags": self.tr("Needs a look")}
        return [words[column] for column in PREVIEW_COLUMNS]

    def _source_words(self, source: ImportSource) -> str:
        """Where the data comes from, in words: "Shopify export customers.csv"."""
        if source.is_vcard:
            return self.tr("vCard file %1").replace("%1", source.name)
        if source.profile.name == "generic":
            return self.tr("CSV file %1").replace("%1", source.name)
        if source.profile.name == "relate":
            return self.tr("Relate export %1").replace("%1", source.name)
        return self.tr("%1 export %2", "a program's name, then the file's").replace(
            "%1", source.profile.label).replace("%2", source.name)

    def _field_words(self) -> dict[Field, str]:
        """What a column can be read as, in words, for the "Read as" choices."""
        return {
            Field.ID: self.tr("their number in the other program"), Field.NAME: self.tr("name"),
            Field.FIRST_NAME: self.tr("first name"), Field.LAST_NAME: self.tr("last name"),
            Field.NICKNAME: self.tr("nickname"), Field.EMAIL: self.tr("email"),
            Field.PHONE: self.tr("phone"), Field.CARD: self.tr("loyalty card"),
            Field.COUNTRY: self.tr("country"), Field.NOTE: self.tr("note"), Field.TAGS: self.tr("tags"),
            Field.BIRTHDAY: self.tr("birthday"), Field.ANNIVERSARY: self.tr("anniversary"),
            Field.LANGUAGE: self.tr("language"), Field.PRONUNCIATION: self.tr("how to say the name"),
            Field.LITTLE_THING: self.tr("a little thing"), Field.CONSENT_EMAIL: self.tr("consent: email"),
            Field.CONSENT_SMS: self.tr("consent: SMS"), Field.CONSENT_PHONE: self.tr("consent: phone calls"),
            Field.CONSENT_POST: self.tr("consent: post"), Field.EMAIL_OPT_OUT: self.tr("no email (opted out)"),
            Field.SPENT: self.tr("amount spent"), Field.VISITS: self.tr("number of visits"),
            Field.FIRST_VISIT: self.tr("first visit"), Field.LAST_VISIT: self.tr("last visit"),
            Field.IGNORE: self.tr("(not imported)"),
        }

    def _show_mapping(self) -> None:
        source = self.source
        assert source is not None
        where = {"utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8 with BOM"), "utf-16": "UTF-16",
                 "cp1252": self.tr("Windows code page 1252")}.get(source.encoding, source.encoding)
        separator = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}.get(
            source.delimiter, "")
        if separator:
            detected = self.tr("Recognised as: %1 (%2, %3). The first rows below are shown as they "
                               "will be stored.", "file, its encoding, its separator").replace(
                "%3", separator)
        else:
            detected = self.tr("Recognised as: %1 (%2). The first rows below are shown as they will "
                               "be stored.", "file, its encoding")
        self.detected.setText(detected.replace("%1", self._source_words(source)).replace("%2", where))
        self.mapping_table.setRowCount(0)
        editable = not source.is_vcard and source.profile.name != "relate"
        self.mapping_table.setVisible(editable)
        if editable:
            field_words = self._field_words()
            self.mapping_table.setRowCount(len(source.header))
            for row, (heading, field_) in enumerate(zip(source.header, source.fields, strict=True)):
                self.mapping_table.setItem(row, 0, QTableWidgetItem(heading))
                box = QComboBox()
                for choice in Field:
                    box.addItem(field_words.get(choice, choice.value), choice)
                box.setAccessibleName(self.tr("Read “%1” as").replace("%1", heading))
                box.setAccessibleDescription(self.tr(
                    "What Relate reads this column as; “(not imported)” leaves it out."))
                box.setCurrentIndex(list(Field).index(field_))
                box.currentIndexChanged.connect(lambda _i, r=row: self._remap(r))
                self.mapping_table.setCellWidget(row, 1, box)
        self._show_preview()

    def set_column(self, heading: str, field_: Field) -> None:
        """Read the column ``heading`` as ``field_`` (what choosing it in the table does)."""
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            if item is not None and item.text() == heading:
                box = self.mapping_table.cellWidget(row, 1)
                assert isinstance(box, QComboBox)
                box.setCurrentIndex(list(Field).index(field_))
                return
        raise KeyError(heading)

    def _remap(self, row: int) -> None:
        if self.source is None:
            return
        heading = self.source.header[row]
        box = self.mapping_table.cellWidget(row, 1)
        assert isinstance(box, QComboBox)
        self.source = self.source.with_mapping({heading: Field(box.currentData())})
        self._show_preview()

    def _show_preview(self) -> None:
        assert self.source is not None
        region = self._region()
        rows = [r for r in self.source.preview(PREVIEW_ROWS) if not isinstance(r, EmptyRow)]
        self.preview.setRowCount(len(rows))
        for index, parsed in enumerate(rows):
            for column, text in enumerate(_preview_cells(parsed, region)):
                self.preview.setItem(index, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        try:
            self.source.check()
        except RelateError as error:
            self.start_button.setEnabled(False)
            self._say(labels.error_text(error))
        else:
            self.start_button.setEnabled(True)
            self._say("")

    def _region(self) -> str:
        return self.region_field.text().strip().upper() or self._context.shop.region

    # -- step 3: importing -------------------------------------------------------------------

    def _running_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self.tr("Importing…"))
        self.status.setObjectName("importStatus")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.setAccessibleDescription(self.tr(
            "Stops after the batch being stored; what was stored stays, and importing the file "
            "again finishes it."))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def start(self) -> None:
        if self.source is None:
            return
        importing, actor = self._context.services.importing, self._context.actor
        try:
            self.run = importing.start(actor, self.source, region=self.region_field.text(),
                                       dry_run=self.dry_run.isChecked())
        except RelateError as error:
            self._say(labels.error_text(error))
            return
        self._cancelling = False
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.pages.setCurrentIndex(2)
        self._step()

    def _step(self) -> None:
        run = self.run
        assert run is not None
        if self._cancelling:
            run.cancel()
        self._context.worker.submit(run.step, self._stepped, self._step_failed)

    def _stepped(self, more: bool) -> None:
        run = self.run
        assert run is not None
        report = run.report
        self.progress.setValue(round(run.progress * 1000))
        number = QLocale().toString
        self.status.setText(self.tr("%1 rows read: %2 new, %3 updated, %4 to look at").replace(
            "%1", number(report.rows)).replace("%2", number(report.created)).replace(
            "%3", number(report.updated)).replace("%4", number(len(report.lines))))
        if more:
            self._step()
        else:
            self._finish(report)

    def _step_failed(self, error: RelateError) -> None:
        # The failed batch was rolled back whole; what came before it is saved.
        assert self.run is not None
        self.run.report.cancelled = True
        self.run.report.lines.append(self.tr("stopped: %1").replace("%1", labels.error_text(error)))
        self._finish(self.run.report)

    def cancel(self) -> None:
        """Stop after the batch being stored; that batch is saved whole or not at all."""
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after this batch…"))

    # -- step 4: the report ------------------------------------------------------------------

    def _report_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("importReport")
        self.report_text.setReadOnly(True)
        self.report_text.setAccessibleName(self.tr("Import report"))
        self.report_text.setAccessibleDescription(self.tr(
            "One line for each row that was not imported or had something left out; read only."))
        self.report_where = QLabel()
        self.report_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes the import window."))
        close.clicked.connect(self.accept)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(self.report_where)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)

    def _finish(self, report: ImportReport) -> None:
        self.report = report
        # Beside the shop's data, as the command line keeps them.
        locations = self._context.locations or locate(None, None)
        folder = locations.data_dir / "imports"
        assert self.source is not None
        self.report_path = report.save(folder, Path(self.source.name).stem)
        self.summary.setText(self._summary(report))
        self.report_text.setPlainText("\n".join(report.lines) or self.tr("Every row was imported."))
        self.report_where.setText(self.tr("Report saved as %1").replace("%1", str(self.report_path))
                                  if self.report_path else self.tr("The report could not be saved."))
        self.pages.setCurrentIndex(3)
        self.imported.emit(report)

    def _summary(self, report: ImportReport) -> str:
        """What the import did, in the person's language (the saved report keeps English)."""
        number = QLocale().toString
        if report.dry_run:
            done = self.tr("%n customer(s) would be created, %1 updated, %2 already up to date.", "",
                           report.created)
        else:
            done = self.tr("%n customer(s) created, %1 updated, %2 already up to date.", "", report.created)
        parts = [self.tr("%n row(s) read.", "", report.rows),
                 done.replace("%1", number(report.updated)).replace("%2", number(report.unchanged))]
        if report.rejected:
            parts.append(self.tr("%n row(s) not imported.", "", report.rejected))
        if report.flagged:
            parts.append(self.tr("%n row(s) imported with something left out.", "", report.flagged))
        if report.empty:
            parts.append(self.tr("%n empty row(s) skipped.", "", report.empty))
        if report.dry_run:
            parts.append(self.tr("Only a check: nothing was saved."))
        if report.cancelled:
            last = _where(report.last_stored)
            parts.append(self.tr("Cancelled: everything up to %1 is saved; run the same import again "
                                 "to finish it (nothing is doubled).").replace("%1", last) if last
                         else self.tr("Cancelled before anything was saved."))
        return " ".join(parts)

    def _say(self, text: str) -> None:
        self.message.setText(text)


def _where(where: str) -> str:
    """A row's place in the file as the person reads it: "row 7", "card 3"; the line the file
    has it on is for the saved report."""
    kind, _space, rest = where.partition(" ")
    number = rest.split(" (")[0]
    if not number.isdigit():
        return where
    if kind == "row":
        return QCoreApplication.translate("ImportWizard", "row %1").replace("%1", QLocale().toString(int(number)))
    if kind == "card":
        return QCoreApplication.translate("ImportWizard", "card %1").replace("%1", QLocale().toString(int(number)))
    return where


def _preview_cells(parsed: ParsedRow, region: str) -> list[str]:
    """One preview line: what will be stored, with numbers as Relate will read them."""
    if isinstance(parsed, RowProblem):
        return [_where(parsed.where), "", "", "", "", "", "", "", "",
                QCoreApplication.translate("ImportWizard", "not imported: %1").replace("%1", parsed.reason)]
    assert isinstance(parsed, ImportedCustomer)
    numbers = []
    for phone in parsed.phones:
        number = phones.normalise(phone.raw, phone.country or region)
        numbers.append(phones.display(number.e164, number.raw, region) if number.e164
                       else f"{number.raw} (?)")
    return [
        _where(parsed.where), parsed.display_name, ", ".join(numbers), ", ".join(parsed.emails),
        ", ".join(parsed.cards),
        ", ".join(f"{labels.contact_channel(channel)}: {labels.consent_state(state)}"
                  for channel, state in parsed.consents),
        ", ".join(f"{labels.important_date(d.kind)} "
                  f"{labels.calendar_day(d.date.month, d.date.day, d.date.year)}" for d in parsed.dates),
        " ".join(parsed.note.split())[:80] + (f" [{', '.join(parsed.tags)}]" if parsed.tags else ""),
        till_text(parsed.till), "; ".join(parsed.flags),
    ]
