# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_queue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ManagerQueuePanel(object):
    def setupUi(self, ManagerQueuePanel):
        if not ManagerQueuePanel.objectName():
            ManagerQueuePanel.setObjectName(u"ManagerQueuePanel")
        ManagerQueuePanel.resize(1200, 700)
        self.outer = QVBoxLayout(ManagerQueuePanel)
        self.outer.setObjectName(u"outer")
        self.summaryLine = QLabel(ManagerQueuePanel)
        self.summaryLine.setObjectName(u"summaryLine")

        self.outer.addWidget(self.summaryLine)

        self.splitter = QSplitter(ManagerQueuePanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.queueTable = QTableView(self.splitter)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setTabKeyNavigation(False)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setWordWrap(False)
        self.splitter.addWidget(self.queueTable)
        self.detailsArea = QScrollArea(self.splitter)
        self.detailsArea.setObjectName(u"detailsArea")
        self.detailsArea.setFocusPolicy(Qt.NoFocus)
        self.detailsArea.setWidgetResizable(True)
        self.details = QWidget()
        self.details.setObjectName(u"details")
        self.detailsLayout = QVBoxLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.remarkText = QLabel(self.details)
        self.remarkText.setObjectName(u"remarkText")
        self.remarkText.setWordWrap(True)
        self.remarkText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.remarkText)

        self.customerShort = QLabel(self.details)
        self.customerShort.setObjectName(u"customerShort")
        self.customerShort.setWordWrap(True)

        self.detailsLayout.addWidget(self.customerShort)

        self.openCardButton = QPushButton(self.details)
        self.openCardButton.setObjectName(u"openCardButton")

        self.detailsLayout.addWidget(self.openCardButton)

        self.notesHeading = QLabel(self.details)
        self.notesHeading.setObjectName(u"notesHeading")

        self.detailsLayout.addWidget(self.notesHeading)

        self.notesList = QListWidget(self.details)
        self.notesList.setObjectName(u"notesList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.notesList.sizePolicy().hasHeightForWidth())
        self.notesList.setSizePolicy(sizePolicy)
        self.notesList.setMaximumSize(QSize(16777215, 90))

        self.detailsLayout.addWidget(self.notesList)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteField = QLineEdit(self.details)
        self.noteField.setObjectName(u"noteField")

        self.noteRow.addWidget(self.noteField)

        self.takeButton = QPushButton(self.details)
        self.takeButton.setObjectName(u"takeButton")

        self.noteRow.addWidget(self.takeButton)


        self.detailsLayout.addLayout(self.noteRow)

        self.resolveBox = QGroupBox(self.details)
        self.resolveBox.setObjectName(u"resolveBox")
        self.resolveLayout = QFormLayout(self.resolveBox)
        self.resolveLayout.setObjectName(u"resolveLayout")
        self.outcomeLabel = QLabel(self.resolveBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.resolveLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.resolveBox)
        self.outcomeCombo.setObjectName(u"outcomeCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.outcomeCombo.sizePolicy().hasHeightForWidth())
        self.outcomeCombo.setSizePolicy(sizePolicy1)

        self.resolveLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.resolutionNoteLabel = QLabel(self.resolveBox)
        self.resolutionNoteLabel.setObjectName(u"resolutionNoteLabel")

        self.resolveLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resolutionNoteLabel)

        self.resolutionNote = QLineEdit(self.resolveBox)
        self.resolutionNote.setObjectName(u"resolutionNote")

        self.resolveLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resolutionNote)

        self.promiseCheck = QCheckBox(self.resolveBox)
        self.promiseCheck.setObjectName(u"promiseCheck")

        self.resolveLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.promiseCheck)

        self.promiseWhatLabel = QLabel(self.resolveBox)
        self.promiseWhatLabel.setObjectName(u"promiseWhatLabel")

        self.resolveLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.promiseWhatLabel)

        self.promiseRow = QHBoxLayout()
        self.promiseRow.setObjectName(u"promiseRow")
        self.promiseKind = QComboBox(self.resolveBox)
        self.promiseKind.setObjectName(u"promiseKind")
        sizePolicy1.setHeightForWidth(self.promiseKind.sizePolicy().hasHeightForWidth())
        self.promiseKind.setSizePolicy(sizePolicy1)

        self.promiseRow.addWidget(self.promiseKind)

        self.promiseAmount = QDoubleSpinBox(self.resolveBox)
        self.promiseAmount.setObjectName(u"promiseAmount")
        self.promiseAmount.setMaximum(1000000.000000000000000)

        self.promiseRow.addWidget(self.promiseAmount)

        self.promiseDue = QDateEdit(self.resolveBox)
        self.promiseDue.setObjectName(u"promiseDue")
        self.promiseDue.setCalendarPopup(True)

        self.promiseRow.addWidget(self.promiseDue)


        self.resolveLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.promiseRow)

        self.promiseWhat = QLineEdit(self.resolveBox)
        self.promiseWhat.setObjectName(u"promiseWhat")

        self.resolveLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.promiseWhat)

        self.followUpCheck = QCheckBox(self.resolveBox)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.resolveLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followUpCheck)

        self.followUpDue = QDateEdit(self.resolveBox)
        self.followUpDue.setObjectName(u"followUpDue")
        self.followUpDue.setCalendarPopup(True)

        self.resolveLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.followUpDue)

        self.resolveButton = QPushButton(self.resolveBox)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.resolveButton)


        self.detailsLayout.addWidget(self.resolveBox)

        self.message = QLabel(self.details)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.detailsLayout.addWidget(self.message)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsArea.setWidget(self.details)
        self.splitter.addWidget(self.detailsArea)

        self.outer.addWidget(self.splitter)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.resolutionNoteLabel.setBuddy(self.resolutionNote)
        self.promiseWhatLabel.setBuddy(self.promiseWhat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManagerQueuePanel)
    # setupUi

    def retranslateUi(self, ManagerQueuePanel):
#if QT_CONFIG(accessibility)
        ManagerQueuePanel.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Open escalations on the left, the selected one and its actions on the right. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.", None))
#endif // QT_CONFIG(accessibility)
        ManagerQueuePanel.setWindowTitle(QCoreApplication.translate("ManagerQueuePanel", u"Relate \u2014 Manager queue", None))
#if QT_CONFIG(accessibility)
        ManagerQueuePanel.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Manager queue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLine.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"How many escalations are open, how many are urgent and how many are past their target time.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLine.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Queue summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queueTable.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Up and Down pick an escalation; its age says in words when it is overdue or due soon. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queueTable.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Open escalations, urgent and oldest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remarkText.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"What the customer said", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.customerShort.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"The customer in short", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openCardButton.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Shows this customer's card in the counter window.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openCardButton.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Open the customer's card", None))
#endif // QT_CONFIG(accessibility)
        self.openCardButton.setText(QCoreApplication.translate("ManagerQueuePanel", u"Open the customer's card", None))
        self.notesHeading.setText(QCoreApplication.translate("ManagerQueuePanel", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"The notes added to this escalation, with who wrote them and when.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.noteField.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"Add a note to this escalation (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noteField.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Type a note for this escalation and press Enter to add it.", None))
#endif // QT_CONFIG(accessibility)
        self.noteField.setPlaceholderText(QCoreApplication.translate("ManagerQueuePanel", u"Add a note, Enter", None))
#if QT_CONFIG(accessibility)
        self.noteField.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"New note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.takeButton.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"Take ownership of the selected escalation (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.takeButton.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Makes you the owner of the selected escalation (Ctrl+T).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.takeButton.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Take ownership", None))
#endif // QT_CONFIG(accessibility)
        self.takeButton.setText(QCoreApplication.translate("ManagerQueuePanel", u"Take ownership (Ctrl+T)", None))
        self.resolveBox.setTitle(QCoreApplication.translate("ManagerQueuePanel", u"Resolve", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ManagerQueuePanel", u"&Outcome", None))
#if QT_CONFIG(tooltip)
        self.outcomeCombo.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"What the shop did for the customer (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"What the shop did for the customer (Alt+O).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.resolutionNoteLabel.setText(QCoreApplication.translate("ManagerQueuePanel", u"What was &done", None))
#if QT_CONFIG(tooltip)
        self.resolutionNote.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"What was done; Enter resolves (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.resolutionNote.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"What was done, in a few words; Enter resolves the escalation (Alt+D).", None))
#endif // QT_CONFIG(accessibility)
        self.resolutionNote.setPlaceholderText(QCoreApplication.translate("ManagerQueuePanel", u"e.g. refund issued, called to apologise", None))
#if QT_CONFIG(accessibility)
        self.resolutionNote.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Resolution note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseCheck.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Records a promise to the customer together with the resolution.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseCheck.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Promise something to the customer", None))
#endif // QT_CONFIG(accessibility)
        self.promiseCheck.setText(QCoreApplication.translate("ManagerQueuePanel", u"Promise something to the customer", None))
        self.promiseWhatLabel.setText(QCoreApplication.translate("ManagerQueuePanel", u"&Promise", None))
#if QT_CONFIG(accessibility)
        self.promiseKind.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"A credit, a call back, an order set aside or a follow-up.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseKind.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Kind of promise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseAmount.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"The amount of money promised, if any; zero means no amount.", None))
#endif // QT_CONFIG(accessibility)
        self.promiseAmount.setSpecialValueText(QCoreApplication.translate("ManagerQueuePanel", u"no amount", None))
#if QT_CONFIG(accessibility)
        self.promiseAmount.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Amount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseDue.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"The day the promise is due; it is shown as overdue after that.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseDue.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.promiseWhat.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"What is promised (Alt+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.promiseWhat.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"What is promised, in the words the customer will hear (Alt+P).", None))
#endif // QT_CONFIG(accessibility)
        self.promiseWhat.setPlaceholderText(QCoreApplication.translate("ManagerQueuePanel", u"e.g. \u00a320 credit on next visit", None))
#if QT_CONFIG(accessibility)
        self.promiseWhat.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"What is promised", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpCheck.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Schedules a call to check the customer is happy with the outcome (Alt+U).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpCheck.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Follow up", None))
#endif // QT_CONFIG(accessibility)
        self.followUpCheck.setText(QCoreApplication.translate("ManagerQueuePanel", u"Follow &up on", None))
#if QT_CONFIG(tooltip)
        self.followUpCheck.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"Schedule a call to check the customer is happy with the outcome (Alt+U)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.followUpDue.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"The day to call the customer back.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpDue.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("ManagerQueuePanel", u"Resolve the escalation (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.resolveButton.setAccessibleDescription(QCoreApplication.translate("ManagerQueuePanel", u"Resolves the escalation with this outcome; the answer goes to the customer's card and to whoever raised it (Ctrl+Enter).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resolveButton.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Resolve", None))
#endif // QT_CONFIG(accessibility)
        self.resolveButton.setText(QCoreApplication.translate("ManagerQueuePanel", u"Resolve (Ctrl+Enter)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ManagerQueuePanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

