# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_view.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AuditViewPanel(object):
    def setupUi(self, AuditViewPanel):
        if not AuditViewPanel.objectName():
            AuditViewPanel.setObjectName(u"AuditViewPanel")
        AuditViewPanel.resize(1100, 600)
        self.outer = QVBoxLayout(AuditViewPanel)
        self.outer.setObjectName(u"outer")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.staffLabel = QLabel(AuditViewPanel)
        self.staffLabel.setObjectName(u"staffLabel")

        self.filters.addWidget(self.staffLabel)

        self.staffFilter = QComboBox(AuditViewPanel)
        self.staffFilter.setObjectName(u"staffFilter")

        self.filters.addWidget(self.staffFilter)

        self.actionLabel = QLabel(AuditViewPanel)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filters.addWidget(self.actionLabel)

        self.actionFilter = QComboBox(AuditViewPanel)
        self.actionFilter.setObjectName(u"actionFilter")

        self.filters.addWidget(self.actionFilter)

        self.textFilter = QLineEdit(AuditViewPanel)
        self.textFilter.setObjectName(u"textFilter")

        self.filters.addWidget(self.textFilter)

        self.sinceLabel = QLabel(AuditViewPanel)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filters.addWidget(self.sinceLabel)

        self.sinceFilter = QDateEdit(AuditViewPanel)
        self.sinceFilter.setObjectName(u"sinceFilter")
        self.sinceFilter.setCalendarPopup(True)

        self.filters.addWidget(self.sinceFilter)


        self.outer.addLayout(self.filters)

        self.entries = QTableWidget(AuditViewPanel)
        self.entries.setObjectName(u"entries")
        self.entries.setTabKeyNavigation(False)
        self.entries.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entries.setAlternatingRowColors(True)

        self.outer.addWidget(self.entries)

        self.message = QLabel(AuditViewPanel)
        self.message.setObjectName(u"message")

        self.outer.addWidget(self.message)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staffFilter)
        self.actionLabel.setBuddy(self.actionFilter)
        self.sinceLabel.setBuddy(self.sinceFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditViewPanel)
    # setupUi

    def retranslateUi(self, AuditViewPanel):
#if QT_CONFIG(accessibility)
        AuditViewPanel.setAccessibleDescription(QCoreApplication.translate("AuditViewPanel", u"Who did what, when, on which PC and on what; filter by person, action, words and date.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        AuditViewPanel.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
        AuditViewPanel.setWindowTitle(QCoreApplication.translate("AuditViewPanel", u"Relate \u2014 Audit trail", None))
        self.staffLabel.setText(QCoreApplication.translate("AuditViewPanel", u"&Who", None))
#if QT_CONFIG(tooltip)
        self.staffFilter.setToolTip(QCoreApplication.translate("AuditViewPanel", u"Only what this person did (Alt+W)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.staffFilter.setAccessibleDescription(QCoreApplication.translate("AuditViewPanel", u"Shows only what this person did (Alt+W).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffFilter.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Filter by person", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AuditViewPanel", u"W&hat", None))
#if QT_CONFIG(tooltip)
        self.actionFilter.setToolTip(QCoreApplication.translate("AuditViewPanel", u"Only this kind of action (Alt+H)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actionFilter.setAccessibleDescription(QCoreApplication.translate("AuditViewPanel", u"Shows only this kind of action (Alt+H).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionFilter.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Filter by action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.textFilter.setToolTip(QCoreApplication.translate("AuditViewPanel", u"Only entries whose summary contains these words", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.textFilter.setAccessibleDescription(QCoreApplication.translate("AuditViewPanel", u"Type words to show only the entries whose summary contains them.", None))
#endif // QT_CONFIG(accessibility)
        self.textFilter.setPlaceholderText(QCoreApplication.translate("AuditViewPanel", u"words in the summary", None))
#if QT_CONFIG(accessibility)
        self.textFilter.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Filter by words", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("AuditViewPanel", u"&since", None))
#if QT_CONFIG(tooltip)
        self.sinceFilter.setToolTip(QCoreApplication.translate("AuditViewPanel", u"Only what happened on or after this day (Alt+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sinceFilter.setAccessibleDescription(QCoreApplication.translate("AuditViewPanel", u"Shows only what happened on or after this day (Alt+S).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sinceFilter.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Since", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entries.setAccessibleDescription(QCoreApplication.translate("AuditViewPanel", u"One row per change: when, who, on which PC, what was done, on what, and a short before and after.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entries.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Audit entries, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("AuditViewPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

