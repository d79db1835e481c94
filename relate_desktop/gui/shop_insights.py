"""The manager's "What customers are saying": a period's remarks by kind and tag, escalations,
promises kept, follow-ups; what was said one click away; the digest as PDF or CSV."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.insights import KINDS, Period, ShopInsights, TagCount, TimeBucket
from relate_desktop.domain.records import Remark
from relate_desktop.domain.vocabulary import RemarkKind
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.digest import write_pdf
from relate_desktop.gui.forms.ui_shop_insights import Ui_ShopInsightsPanel
from relate_desktop.services.digest import digest_html, write_digest_csv

PERIODS = ("this week", "last week", "this month", "last month", "custom")
COUNT_COLUMNS = ("This period", "Period before", "Change")


def chosen_period(choice: str, today: date, first: date, last: date) -> Period:
    if choice == "this week":
        return Period.week_of(today)
    if choice == "last week":
        return Period.week_of(today - timedelta(days=7))
    if choice == "this month":
        return Period.month_of(today)
    if choice == "last month":
        return Period.month_of(today.replace(day=1) - timedelta(days=1))
    return Period(first, last)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _number(value: int) -> str:
    """A count in the locale's digits and grouping."""
    return QLocale().toString(value)


def _change(value: int) -> str:
    number = QLocale().toString(abs(value))
    return f"+{number}" if value > 0 else ("±0" if value == 0 else f"−{number}")


class ShopInsightsWindow(QWidget):
    open_card = Signal(int)

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_ShopInsightsPanel()
        self.ui.setupUi(self)
        self.setObjectName("shopInsights")
        self._context = context
        self.insights: ShopInsights | None = None
        self.shown_remarks: list[Remark] = []
        shown = (self.tr("This week"), self.tr("Last week"), self.tr("This month"), self.tr("Last month"),
                 self.tr("Custom"))
        for choice, words in zip(PERIODS, shown, strict=True):
            self.ui.periodCombo.addItem(words, choice)
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addDays(-13))
        self.ui.toDate.setDate(today)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.reload)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self.ui.fromDate.dateChanged.connect(lambda _d: self._debounce.start())
        self.ui.toDate.dateChanged.connect(lambda _d: self._debounce.start())
        self._table(self.ui.kindsTable, self.tr("Kind"))
        self._table(self.ui.tagsTable, self.tr("Tag"))
        self.ui.kindsTable.itemSelectionChanged.connect(self._kind_picked)
        self.ui.tagsTable.itemSelectionChanged.connect(self._tag_picked)
        self.ui.recentList.itemActivated.connect(self._open_item)
        self.ui.overdueList.itemActivated.connect(self._open_item)
        self.ui.exportPdfButton.clicked.connect(lambda: self.export_pdf())
        self.ui.exportCsvButton.clicked.connect(lambda: self.export_csv())
        self.ui.splitter.setSizes([700, 460])
        QShortcut(QKeySequence("Esc"), self).activated.connect(self.close)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setAccessibleName(self.tr("Remarks by kind over time"))
        self.chart_view.setAccessibleDescription(self.tr(
            "A bar for each day, week or month, split by kind of remark; click a part of a bar to "
            "read those remarks. The same figures are in the table below."))
        self.ui.chartLayout.addWidget(self.chart_view)
        self._period_changed()

    def _table(self, table: QTableWidget, first: str) -> None:
        table.setColumnCount(1 + len(COUNT_COLUMNS))
        table.setHorizontalHeaderLabels([first, self.tr("This period"), self.tr("Period before"),
                                         self.tr("Change")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()

    # -- the period ----------------------------------------------------------------------

    def period(self) -> Period:
        """The chosen period (InvalidInput for a custom one that makes no sense)."""
        return chosen_period(str(self.ui.periodCombo.currentData()), date.today(),
                             _day(self.ui.fromDate.date()), _day(self.ui.toDate.date()))

    def _period_changed(self) -> None:
        custom = self.ui.periodCombo.currentData() == "custom"
        for widget in (self.ui.fromDate, self.ui.toDate):
            widget.setEnabled(custom)
        self.reload()

    def reload(self) -> None:
        try:
            period = self.period()
        except RelateError as error:
            self._failed(error)
            return
        insights, actor = self._context.services.insights, self._context.actor
        self._say(self.tr("Counting…"))
        self._context.worker.submit(lambda: insights.what_customers_say(actor, period),
                                    self._show, self._failed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():  # another theme: redraw
            self.reload()

    # -- showing the figures -------------------------------------------------------------

    def _show(self, seen: ShopInsights) -> None:
        self.insights = seen
        self._say("")
        before = sum(k.previous for k in seen.kinds)
        self.ui.summary.setText(self.tr(
            "<b>%1 remarks</b> from %2 to %3 (%4 in the period before, %5 to %6).").replace(
            "%1", _number(seen.total)).replace("%2", labels.day(seen.period.first)).replace(
            "%3", labels.day(seen.period.last)).replace("%4", _number(before)).replace(
            "%5", labels.day(seen.previous.first)).replace("%6", labels.day(seen.previous.last)))
        self._fill(self.ui.kindsTable, [(labels.remark_kind(k.kind), k.kind, k.count, k.previous)
                                        for k in seen.kinds])
        self._fill(self.ui.tagsTable, [(t.tag, t.tag, t.count, t.previous) for t in seen.tags])
        self.ui.themes.setText(self.tr("Most said in complaints: %1<br>Most said in compliments: %2")
                               .replace("%1", self._tag_list(seen.complaint_tags))
                               .replace("%2", self._tag_list(seen.compliment_tags)))
        self._chart(seen.over_time)
        self._kept(seen)
        self.ui.recentHeading.setText(self.tr("Pick a kind, a tag or a bar to read what was said."))

    def _fill(self, table: QTableWidget, rows: list[tuple[str, object, int, int]]) -> None:
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(rows))
        for n, (name, key, count, previous) in enumerate(rows):
            first = QTableWidgetItem(name)
            first.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(n, 0, first)
            locale = QLocale()
            for column, value in enumerate(
                    (locale.toString(count), locale.toString(previous), _change(count - previous)), 1):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(n, column, item)
        table.blockSignals(False)

    def _tag_list(self, tags: tuple[TagCount, ...]) -> str:
        if not tags:
            return self.tr("no tags")
        return ", ".join(f"<b>{escape(t.tag)}</b> ({_number(t.count)})" for t in tags)

    def _chart(self, buckets: tuple[TimeBucket, ...]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # The theme's colours: the kinds' colours in colours.py (complaints warm, compliments
        # green, the rest calm) on the window's own background, labels in its text colour.
        dark = self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
        self.chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        self.chart.setBackgroundBrush(self.palette().brush(QPalette.ColorRole.Base))
        series = QStackedBarSeries()
        for kind in KINDS:
            bars = QBarSet(labels.remark_kind(kind))
            bars.setColor(QColor(colours.current().kinds[kind.value]))
            bars.append([float(b.count(kind)) for b in buckets])
            bars.clicked.connect(lambda _index, k=kind: self.show_remarks(kind=k))
            series.append(bars)
        self.chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([self._bucket_name(b) for b in buckets])
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        counts = QValueAxis()
        highest = max((sum(b.counts) for b in buckets), default=0)
        counts.setRange(0, max(highest, 1))
        counts.setLabelFormat("%d")
        counts.setTickCount(min(max(highest, 1), 5) + 1)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)

    def _bucket_name(self, bucket: TimeBucket) -> str:
        if bucket.first == bucket.last:
            return QLocale().toString(bucket.first.day)
        if bucket.first.day == 1 and (bucket.last + timedelta(days=1)).day == 1:
            return labels.month(bucket.first)
        return labels.day(bucket.first)

    def _kept(self, seen: ShopInsights) -> None:
        e, p, f = seen.escalations, seen.promises, seen.follow_ups
        median = (labels.age(e.median_minutes_to_resolve) if e.median_minutes_to_resolve is not None
                  else self.tr("none resolved"))
        outcomes = ", ".join(f"{labels.outcome(o.outcome)} {_number(o.count)}" for o in e.by_outcome if o.count)
        self.ui.escalationFigures.setText(self.tr(
            "<h3>Escalations</h3><p>%1 opened, %2 resolved · median time to resolve: %3 · "
            "<span style='color:%4'>%5 past their target time</span><br>By outcome: %6</p>").replace(
            "%1", _number(e.opened)).replace("%2", _number(e.resolved)).replace("%3", escape(median)).replace(
            "%4", colours.current().late_text if e.past_target else colours.current().quiet_text).replace(
            "%5", _number(e.past_target)).replace("%6", escape(outcomes or self.tr("none yet"))))
        share = (self.tr("%1%", "a share in per cent").replace(
                     "%1", QLocale().toString(round(p.share_on_time * 100))) if p.share_on_time is not None
                 else self.tr("no promise fell due yet"))
        self.ui.promiseFigures.setText(self.tr(
            "<h3>Promises kept on time: %1</h3><p>Of %2 due in the period: %3 kept on time, "
            "%4 kept late, %5 overdue, %6 not due yet.</p>").replace("%1", share).replace(
            "%2", _number(p.due)).replace("%3", _number(p.kept_on_time)).replace("%4", _number(p.kept_late)).replace(
            "%5", _number(p.overdue)).replace("%6", _number(p.not_yet_due)))
        self.ui.followUpFigures.setText(self.tr(
            "<h3>Follow-ups</h3><p>%1 scheduled: %2 satisfied, %3 not satisfied, %4 waiting.</p>")
            .replace("%1", _number(f.scheduled)).replace("%2", _number(f.satisfied))
            .replace("%3", _number(f.not_satisfied)).replace("%4", _number(f.open)))
        self.ui.overdueList.clear()
        today = date.today()
        for late in seen.overdue_promises:
            promise = late.promise
            assert promise.due_on is not None
            item = QListWidgetItem(self.tr("%1 — %2: %3, overdue since %4 (promised by %5)").replace(
                "%1", late.customer_name).replace("%2", labels.promise_kind(promise.kind)).replace(
                "%3", promise.what).replace("%4", labels.day(promise.due_on, today)).replace(
                "%5", promise.promised_by))
            item.setData(Qt.ItemDataRole.UserRole, promise.customer_id)
            item.setForeground(QBrush(QColor(colours.current().late_text)))
            item.setBackground(QBrush(QColor(colours.current().late_background)))
            self.ui.overdueList.addItem(item)
        self.ui.tabs.setTabText(1, self.tr("Escalations and promises (%1 overdue)").replace(
            "%1", _number(len(seen.overdue_promises))) if seen.overdue_promises
            else self.tr("Escalations and promises"))

    # -- what was said, one click away ----------------------------------------------------

    def _kind_picked(self) -> None:
        key = self._picked(self.ui.kindsTable, self.ui.tagsTable)
        if key is not None:
            self.show_remarks(kind=RemarkKind(str(key)))

    def _tag_picked(self) -> None:
        key = self._picked(self.ui.tagsTable, self.ui.kindsTable)
        if key is not None:
            self.show_remarks(tag=str(key))

    @staticmethod
    def _picked(table: QTableWidget, other: QTableWidget) -> object:
        # One choice at a time: picking the other table's row again then shows it again.
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_remarks(self, kind: RemarkKind | None = None, tag: str | None = None) -> None:
        if self.insights is None:
            return
        period, insights, actor = self.insights.period, self._context.services.insights, self._context.actor
        what = labels.remark_kind(kind) if kind is not None else f"#{tag}"
        self.ui.recentHeading.setText(self.tr("<b>%1</b>, newest first (Enter opens the card)").replace(
            "%1", escape(what)))
        self._context.worker.submit(
            lambda: insights.recent_remarks(actor, period, kind=kind, tag=tag), self._remarks, self._failed)

    def _remarks(self, remarks: list[Remark]) -> None:
        self.shown_remarks = remarks
        self.ui.recentList.clear()
        for remark in remarks:
            who = remark.customer_name or self.tr("a walk-in")
            about = self.tr(" — about %1").replace("%1", remark.about_staff) if remark.about_staff else ""
            item = QListWidgetItem(self.tr("“%1”\n%2 · %3 · heard by %4%5").replace("%1", remark.text).replace(
                "%2", labels.when(remark.created_at)).replace("%3", who).replace(
                "%4", remark.staff).replace("%5", about))
            item.setData(Qt.ItemDataRole.UserRole, remark.customer_id)
            self.ui.recentList.addItem(item)
        if not remarks:
            self.ui.recentList.addItem(self.tr("Nothing in this period."))

    def _open_item(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id is not None:
            self.open_card.emit(int(customer_id))

    # -- the digest ----------------------------------------------------------------------

    def _digest_path(self, suffix: str, path: Path | None) -> Path | None:
        if self.insights is None:
            self._say(self.tr("The figures are still being counted."), error=True)
            return None
        if path is not None:
            return path
        period = self.insights.period
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the digest"),
            str(Path.home() / f"relate-digest-{period.first}-{period.last}.{suffix}"),
            self.tr("PDF files (*.pdf)") if suffix == "pdf" else self.tr("CSV files (*.csv)"))
        return Path(chosen) if chosen else None

    def export_pdf(self, path: Path | None = None) -> None:
        target = self._digest_path("pdf", path)
        if target is None or self.insights is None:
            return
        shop = self._context.shop.name
        try:
            period = self.insights.period
            write_pdf(digest_html(self.insights, shop), target,
                      self.tr("What customers are saying — %1, %2 to %3").replace("%1", shop).replace(
                          "%2", labels.day(period.first)).replace("%3", labels.day(period.last)))
        except OSError as error:
            self._say(self.tr("Could not write %1: %2").replace("%1", str(target)).replace(
                "%2", error.strerror or str(error)), error=True)
            return
        self._say(self.tr("Digest saved to %1").replace("%1", str(target)))

    def export_csv(self, path: Path | None = None) -> None:
        target = self._digest_path("csv", path)
        if target is None or self.insights is None:
            return
        try:
            with target.open("w", encoding="utf-8", newline="") as out:
                write_digest_csv(self.insights, out)
        except OSError as error:
            self._say(self.tr("Could not write %1: %2").replace("%1", str(target)).replace(
                "%2", error.strerror or str(error)), error=True)
            return
        self._say(self.tr("Digest saved to %1").replace("%1", str(target)))

    def _failed(self, error: RelateError) -> None:
        self._say(labels.error_text(error), error=True)

    def _say(self, message: str, error: bool = False) -> None:
        self.ui.message.setText(message)
        self.ui.message.setStyleSheet(f"color:{colours.current().late_text}; font-weight:bold" if error else "")
