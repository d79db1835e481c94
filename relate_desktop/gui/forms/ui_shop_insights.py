# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shop_insights.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ShopInsightsPanel(object):
    def setupUi(self, ShopInsightsPanel):
        if not ShopInsightsPanel.objectName():
            ShopInsightsPanel.setObjectName(u"ShopInsightsPanel")
        ShopInsightsPanel.resize(1180, 760)
        self.outer = QVBoxLayout(ShopInsightsPanel)
        self.outer.setObjectName(u"outer")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(ShopInsightsPanel)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ShopInsightsPanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodRow.addWidget(self.periodCombo)

        self.fromLabel = QLabel(ShopInsightsPanel)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ShopInsightsPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDate)

        self.toLabel = QLabel(ShopInsightsPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(ShopInsightsPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)

        self.exportPdfButton = QPushButton(ShopInsightsPanel)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.periodRow.addWidget(self.exportPdfButton)

        self.exportCsvButton = QPushButton(ShopInsightsPanel)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.periodRow.addWidget(self.exportCsvButton)


        self.outer.addLayout(self.periodRow)

        self.summary = QLabel(ShopInsightsPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.tabs = QTabWidget(ShopInsightsPanel)
        self.tabs.setObjectName(u"tabs")
        self.saidTab = QWidget()
        self.saidTab.setObjectName(u"saidTab")
        self.saidLayout = QVBoxLayout(self.saidTab)
        self.saidLayout.setObjectName(u"saidLayout")
        self.splitter = QSplitter(self.saidTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.figuresPane = QWidget(self.splitter)
        self.figuresPane.setObjectName(u"figuresPane")
        self.figuresLayout = QVBoxLayout(self.figuresPane)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)
        self.chartHost = QWidget(self.figuresPane)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.figuresLayout.addWidget(self.chartHost)

        self.kindsHeading = QLabel(self.figuresPane)
        self.kindsHeading.setObjectName(u"kindsHeading")

        self.figuresLayout.addWidget(self.kindsHeading)

        self.kindsTable = QTableWidget(self.figuresPane)
        self.kindsTable.setObjectName(u"kindsTable")
        self.kindsTable.setTabKeyNavigation(False)
        self.kindsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.kindsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.kindsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.figuresLayout.addWidget(self.kindsTable)

        self.tagsHeading = QLabel(self.figuresPane)
        self.tagsHeading.setObjectName(u"tagsHeading")

        self.figuresLayout.addWidget(self.tagsHeading)

        self.tagsTable = QTableWidget(self.figuresPane)
        self.tagsTable.setObjectName(u"tagsTable")
        self.tagsTable.setTabKeyNavigation(False)
        self.tagsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tagsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tagsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.figuresLayout.addWidget(self.tagsTable)

        self.themes = QLabel(self.figuresPane)
        self.themes.setObjectName(u"themes")
        self.themes.setWordWrap(True)

        self.figuresLayout.addWidget(self.themes)

        self.figuresLayout.setStretch(0, 3)
        self.figuresLayout.setStretch(2, 2)
        self.figuresLayout.setStretch(4, 2)
        self.splitter.addWidget(self.figuresPane)
        self.recentPane = QWidget(self.splitter)
        self.recentPane.setObjectName(u"recentPane")
        self.recentLayout = QVBoxLayout(self.recentPane)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentLayout.setContentsMargins(0, 0, 0, 0)
        self.recentHeading = QLabel(self.recentPane)
        self.recentHeading.setObjectName(u"recentHeading")
        self.recentHeading.setWordWrap(True)

        self.recentLayout.addWidget(self.recentHeading)

        self.recentList = QListWidget(self.recentPane)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setWordWrap(True)

        self.recentLayout.addWidget(self.recentList)

        self.splitter.addWidget(self.recentPane)

        self.saidLayout.addWidget(self.splitter)

        self.tabs.addTab(self.saidTab, "")
        self.keptTab = QWidget()
        self.keptTab.setObjectName(u"keptTab")
        self.keptLayout = QVBoxLayout(self.keptTab)
        self.keptLayout.setObjectName(u"keptLayout")
        self.escalationFigures = QLabel(self.keptTab)
        self.escalationFigures.setObjectName(u"escalationFigures")
        self.escalationFigures.setWordWrap(True)

        self.keptLayout.addWidget(self.escalationFigures)

        self.promiseFigures = QLabel(self.keptTab)
        self.promiseFigures.setObjectName(u"promiseFigures")
        self.promiseFigures.setWordWrap(True)

        self.keptLayout.addWidget(self.promiseFigures)

        self.followUpFigures = QLabel(self.keptTab)
        self.followUpFigures.setObjectName(u"followUpFigures")
        self.followUpFigures.setWordWrap(True)

        self.keptLayout.addWidget(self.followUpFigures)

        self.overdueHeading = QLabel(self.keptTab)
        self.overdueHeading.setObjectName(u"overdueHeading")

        self.keptLayout.addWidget(self.overdueHeading)

        self.overdueList = QListWidget(self.keptTab)
        self.overdueList.setObjectName(u"overdueList")

        self.keptLayout.addWidget(self.overdueList)

        self.keptLayout.setStretch(4, 1)
        self.tabs.addTab(self.keptTab, "")

        self.outer.addWidget(self.tabs)

        self.message = QLabel(ShopInsightsPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.kindsHeading.setBuddy(self.kindsTable)
        self.tagsHeading.setBuddy(self.tagsTable)
        self.overdueHeading.setBuddy(self.overdueList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ShopInsightsPanel)
    # setupUi

    def retranslateUi(self, ShopInsightsPanel):
#if QT_CONFIG(accessibility)
        ShopInsightsPanel.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"A period's remarks by kind and tag, escalations, promises kept and follow-ups; Esc closes the window.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        ShopInsightsPanel.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"What customers are saying", None))
#endif // QT_CONFIG(accessibility)
        ShopInsightsPanel.setWindowTitle(QCoreApplication.translate("ShopInsightsPanel", u"Relate \u2014 What customers are saying", None))
        self.periodLabel.setText(QCoreApplication.translate("ShopInsightsPanel", u"&Period", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("ShopInsightsPanel", u"The period to count (Alt+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"This week, last week, this month, last month or days you choose (Alt+P).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ShopInsightsPanel", u"&from", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("ShopInsightsPanel", u"The first day of a custom period (Alt+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"The first day of a custom period (Alt+F).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ShopInsightsPanel", u"t&o", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("ShopInsightsPanel", u"The last day of a custom period (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"The last day of a custom period (Alt+O).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Last day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportPdfButton.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"Saves a one-page digest of this period as a PDF for the weekly meeting (Alt+D).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportPdfButton.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Digest as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.exportPdfButton.setText(QCoreApplication.translate("ShopInsightsPanel", u"Digest as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("ShopInsightsPanel", u"A one-page digest of this period for the weekly meeting (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.exportCsvButton.setToolTip(QCoreApplication.translate("ShopInsightsPanel", u"This period's figures as a CSV file for a spreadsheet (Alt+C)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportCsvButton.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"Saves this period's figures as a CSV file for a spreadsheet (Alt+C).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportCsvButton.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Digest as CSV", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsvButton.setText(QCoreApplication.translate("ShopInsightsPanel", u"Digest as &CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"What customers said, and how escalations and promises were handled; Ctrl+Tab changes tab.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Figures", None))
#endif // QT_CONFIG(accessibility)
        self.kindsHeading.setText(QCoreApplication.translate("ShopInsightsPanel", u"By &kind \u2014 pick one to read what was said", None))
#if QT_CONFIG(accessibility)
        self.kindsTable.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"How many remarks of each kind, against the period before; pick a kind to read what was said (Alt+K).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindsTable.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Remarks by kind", None))
#endif // QT_CONFIG(accessibility)
        self.tagsHeading.setText(QCoreApplication.translate("ShopInsightsPanel", u"By &tag, against the period before", None))
#if QT_CONFIG(accessibility)
        self.tagsTable.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"How many remarks with each tag, against the period before; pick a tag to read what was said (Alt+T).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tagsTable.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Remarks by tag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themes.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Most frequent tags in complaints and compliments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"The remarks picked, newest first; Enter opens the customer's card.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"What was said", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.saidTab), QCoreApplication.translate("ShopInsightsPanel", u"What they said", None))
#if QT_CONFIG(accessibility)
        self.escalationFigures.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Escalations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseFigures.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Promises kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpFigures.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.overdueHeading.setText(QCoreApplication.translate("ShopInsightsPanel", u"&Overdue promises (Enter opens the customer's card)", None))
#if QT_CONFIG(accessibility)
        self.overdueList.setAccessibleDescription(QCoreApplication.translate("ShopInsightsPanel", u"Promises past their due day, each saying since when it is overdue; Enter opens the customer's card (Alt+O).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overdueList.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Overdue promises", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.keptTab), QCoreApplication.translate("ShopInsightsPanel", u"Escalations and promises", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ShopInsightsPanel", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

