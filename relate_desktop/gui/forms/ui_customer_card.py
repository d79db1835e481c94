# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_card.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDoubleSpinBox, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_CustomerCardPanel(object):
    def setupUi(self, CustomerCardPanel):
        if not CustomerCardPanel.objectName():
            CustomerCardPanel.setObjectName(u"CustomerCardPanel")
        self.outer = QVBoxLayout(CustomerCardPanel)
        self.outer.setSpacing(6)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.nameLabel = QLabel(CustomerCardPanel)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.header.addWidget(self.nameLabel)

        self.pronunciationLabel = QLabel(CustomerCardPanel)
        self.pronunciationLabel.setObjectName(u"pronunciationLabel")

        self.header.addWidget(self.pronunciationLabel)

        self.languageBadge = QToolButton(CustomerCardPanel)
        self.languageBadge.setObjectName(u"languageBadge")
        self.languageBadge.setAutoRaise(True)

        self.header.addWidget(self.languageBadge)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.outer.addLayout(self.header)

        self.contactLabel = QLabel(CustomerCardPanel)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setWordWrap(True)
        self.contactLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outer.addWidget(self.contactLabel)

        self.doNotContactWarning = QLabel(CustomerCardPanel)
        self.doNotContactWarning.setObjectName(u"doNotContactWarning")

        self.outer.addWidget(self.doNotContactWarning)

        self.factsLabel = QLabel(CustomerCardPanel)
        self.factsLabel.setObjectName(u"factsLabel")

        self.outer.addWidget(self.factsLabel)

        self.littleThings = QWidget(CustomerCardPanel)
        self.littleThings.setObjectName(u"littleThings")

        self.outer.addWidget(self.littleThings)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentHeading = QLabel(CustomerCardPanel)
        self.consentHeading.setObjectName(u"consentHeading")

        self.consentRow.addWidget(self.consentHeading)

        self.consentEmailLabel = QLabel(CustomerCardPanel)
        self.consentEmailLabel.setObjectName(u"consentEmailLabel")

        self.consentRow.addWidget(self.consentEmailLabel)

        self.consentEmail = QComboBox(CustomerCardPanel)
        self.consentEmail.setObjectName(u"consentEmail")

        self.consentRow.addWidget(self.consentEmail)

        self.consentSmsLabel = QLabel(CustomerCardPanel)
        self.consentSmsLabel.setObjectName(u"consentSmsLabel")

        self.consentRow.addWidget(self.consentSmsLabel)

        self.consentSms = QComboBox(CustomerCardPanel)
        self.consentSms.setObjectName(u"consentSms")

        self.consentRow.addWidget(self.consentSms)

        self.consentPhoneLabel = QLabel(CustomerCardPanel)
        self.consentPhoneLabel.setObjectName(u"consentPhoneLabel")

        self.consentRow.addWidget(self.consentPhoneLabel)

        self.consentPhone = QComboBox(CustomerCardPanel)
        self.consentPhone.setObjectName(u"consentPhone")

        self.consentRow.addWidget(self.consentPhone)

        self.consentPostLabel = QLabel(CustomerCardPanel)
        self.consentPostLabel.setObjectName(u"consentPostLabel")

        self.consentRow.addWidget(self.consentPostLabel)

        self.consentPost = QComboBox(CustomerCardPanel)
        self.consentPost.setObjectName(u"consentPost")

        self.consentRow.addWidget(self.consentPost)

        self.consentHowLabel = QLabel(CustomerCardPanel)
        self.consentHowLabel.setObjectName(u"consentHowLabel")

        self.consentRow.addWidget(self.consentHowLabel)

        self.consentHow = QComboBox(CustomerCardPanel)
        self.consentHow.setObjectName(u"consentHow")
        self.consentHow.setEditable(True)

        self.consentRow.addWidget(self.consentHow)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentRow.addItem(self.consentSpacer)


        self.outer.addLayout(self.consentRow)

        self.channelRow = QHBoxLayout()
        self.channelRow.setObjectName(u"channelRow")
        self.preferredLanguageLabel = QLabel(CustomerCardPanel)
        self.preferredLanguageLabel.setObjectName(u"preferredLanguageLabel")

        self.channelRow.addWidget(self.preferredLanguageLabel)

        self.preferredLanguage = QComboBox(CustomerCardPanel)
        self.preferredLanguage.setObjectName(u"preferredLanguage")
        self.preferredLanguage.setEditable(True)

        self.channelRow.addWidget(self.preferredLanguage)

        self.preferredChannelLabel = QLabel(CustomerCardPanel)
        self.preferredChannelLabel.setObjectName(u"preferredChannelLabel")

        self.channelRow.addWidget(self.preferredChannelLabel)

        self.preferredChannel = QComboBox(CustomerCardPanel)
        self.preferredChannel.setObjectName(u"preferredChannel")

        self.channelRow.addWidget(self.preferredChannel)

        self.doNotContact = QCheckBox(CustomerCardPanel)
        self.doNotContact.setObjectName(u"doNotContact")

        self.channelRow.addWidget(self.doNotContact)

        self.doNotContactUntilLabel = QLabel(CustomerCardPanel)
        self.doNotContactUntilLabel.setObjectName(u"doNotContactUntilLabel")

        self.channelRow.addWidget(self.doNotContactUntilLabel)

        self.doNotContactUntil = QDateEdit(CustomerCardPanel)
        self.doNotContactUntil.setObjectName(u"doNotContactUntil")
        self.doNotContactUntil.setCalendarPopup(True)

        self.channelRow.addWidget(self.doNotContactUntil)

        self.channelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelRow.addItem(self.channelSpacer)


        self.outer.addLayout(self.channelRow)

        self.openMatters = QWidget(CustomerCardPanel)
        self.openMatters.setObjectName(u"openMatters")
        self.openMattersLayout = QVBoxLayout(self.openMatters)
        self.openMattersLayout.setSpacing(2)
        self.openMattersLayout.setObjectName(u"openMattersLayout")
        self.openMattersLayout.setContentsMargins(0, 0, 0, 0)

        self.outer.addWidget(self.openMatters)

        self.promiseForm = QFrame(CustomerCardPanel)
        self.promiseForm.setObjectName(u"promiseForm")
        self.promiseForm.setFrameShape(QFrame.StyledPanel)
        self.promiseFormLayout = QHBoxLayout(self.promiseForm)
        self.promiseFormLayout.setObjectName(u"promiseFormLayout")
        self.promiseHeading = QLabel(self.promiseForm)
        self.promiseHeading.setObjectName(u"promiseHeading")

        self.promiseFormLayout.addWidget(self.promiseHeading)

        self.promiseKind = QComboBox(self.promiseForm)
        self.promiseKind.setObjectName(u"promiseKind")

        self.promiseFormLayout.addWidget(self.promiseKind)

        self.promiseWhat = QLineEdit(self.promiseForm)
        self.promiseWhat.setObjectName(u"promiseWhat")

        self.promiseFormLayout.addWidget(self.promiseWhat)

        self.promiseAmount = QDoubleSpinBox(self.promiseForm)
        self.promiseAmount.setObjectName(u"promiseAmount")
        self.promiseAmount.setMaximum(1000000.000000000000000)

        self.promiseFormLayout.addWidget(self.promiseAmount)

        self.promiseDueLabel = QLabel(self.promiseForm)
        self.promiseDueLabel.setObjectName(u"promiseDueLabel")

        self.promiseFormLayout.addWidget(self.promiseDueLabel)

        self.promiseDue = QDateEdit(self.promiseForm)
        self.promiseDue.setObjectName(u"promiseDue")
        self.promiseDue.setCalendarPopup(True)

        self.promiseFormLayout.addWidget(self.promiseDue)

        self.promiseSave = QPushButton(self.promiseForm)
        self.promiseSave.setObjectName(u"promiseSave")

        self.promiseFormLayout.addWidget(self.promiseSave)


        self.outer.addWidget(self.promiseForm)

        self.remarkEditorHost = QWidget(CustomerCardPanel)
        self.remarkEditorHost.setObjectName(u"remarkEditorHost")
        self.remarkEditorHostLayout = QVBoxLayout(self.remarkEditorHost)
        self.remarkEditorHostLayout.setObjectName(u"remarkEditorHostLayout")
        self.remarkEditorHostLayout.setContentsMargins(0, 0, 0, 0)

        self.outer.addWidget(self.remarkEditorHost)

        self.timelineHeading = QLabel(CustomerCardPanel)
        self.timelineHeading.setObjectName(u"timelineHeading")

        self.outer.addWidget(self.timelineHeading)

        self.timeline = QListView(CustomerCardPanel)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setContextMenuPolicy(Qt.CustomContextMenu)

        self.outer.addWidget(self.timeline)

        self.cardMessage = QLabel(CustomerCardPanel)
        self.cardMessage.setObjectName(u"cardMessage")

        self.outer.addWidget(self.cardMessage)

#if QT_CONFIG(shortcut)
        self.consentEmailLabel.setBuddy(self.consentEmail)
        self.consentSmsLabel.setBuddy(self.consentSms)
        self.consentPhoneLabel.setBuddy(self.consentPhone)
        self.consentPostLabel.setBuddy(self.consentPost)
        self.consentHowLabel.setBuddy(self.consentHow)
        self.preferredLanguageLabel.setBuddy(self.preferredLanguage)
        self.preferredChannelLabel.setBuddy(self.preferredChannel)
        self.doNotContactUntilLabel.setBuddy(self.doNotContactUntil)
        self.promiseDueLabel.setBuddy(self.promiseDue)
        self.timelineHeading.setBuddy(self.timeline)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerCardPanel)
    # setupUi

    def retranslateUi(self, CustomerCardPanel):
#if QT_CONFIG(accessibility)
        CustomerCardPanel.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Customer card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Customer name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pronunciationLabel.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"How to say the name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageBadge.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageBadge.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"The language the customer prefers to speak; click to change it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.contactLabel.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Phones, emails and cards", None))
#endif // QT_CONFIG(accessibility)
        self.doNotContactWarning.setText(QCoreApplication.translate("CustomerCardPanel", u"\u26a0 Do not contact this customer for marketing or reminders", None))
#if QT_CONFIG(accessibility)
        self.doNotContactWarning.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Do-not-contact warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.factsLabel.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Preferred channel and contact refusals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.littleThings.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Little things", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.littleThings.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"What this customer prefers; type in the field and press Enter to add one", None))
#endif // QT_CONFIG(accessibility)
        self.consentHeading.setText(QCoreApplication.translate("CustomerCardPanel", u"May we contact them?", None))
        self.consentEmailLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"Email", None))
#if QT_CONFIG(accessibility)
        self.consentEmail.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Whether the customer agreed to be contacted by email; each change is recorded with how they told us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentEmail.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Consent to email", None))
#endif // QT_CONFIG(accessibility)
        self.consentSmsLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"SMS", None))
#if QT_CONFIG(accessibility)
        self.consentSms.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Whether the customer agreed to be contacted by SMS; each change is recorded with how they told us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentSms.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Consent to SMS", None))
#endif // QT_CONFIG(accessibility)
        self.consentPhoneLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"Calls", None))
#if QT_CONFIG(accessibility)
        self.consentPhone.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Whether the customer agreed to be contacted by phone calls; each change is recorded with how they told us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentPhone.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Consent to phone calls", None))
#endif // QT_CONFIG(accessibility)
        self.consentPostLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"Post", None))
#if QT_CONFIG(accessibility)
        self.consentPost.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Whether the customer agreed to be contacted by post; each change is recorded with how they told us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentPost.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Consent to post", None))
#endif // QT_CONFIG(accessibility)
        self.consentHowLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"how", None))
#if QT_CONFIG(accessibility)
        self.consentHow.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Pick or type how the customer told us; it is recorded with the next change of consent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.consentHow.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"How the customer told us; recorded with each change of consent", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.consentHow.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"How consent was given or withdrawn", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLanguageLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"Speaks", None))
#if QT_CONFIG(accessibility)
        self.preferredLanguage.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preferredLanguage.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"The language the customer prefers; pick one or type any language, a change is saved at once", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.preferredLanguage.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"Pick a language or type any other; a change is saved at once", None))
#endif // QT_CONFIG(tooltip)
        self.preferredChannelLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"Prefers", None))
#if QT_CONFIG(accessibility)
        self.preferredChannel.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"How the customer prefers to be contacted; a change is saved at once", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.preferredChannel.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"How the customer prefers to be contacted", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.preferredChannel.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Preferred channel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doNotContact.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Check when the customer asked not to be contacted for marketing or reminders; saved at once", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doNotContact.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Do not contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.doNotContact.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"No marketing or reminders for this customer", None))
#endif // QT_CONFIG(tooltip)
        self.doNotContact.setText(QCoreApplication.translate("CustomerCardPanel", u"Do not contact", None))
        self.doNotContactUntilLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"until", None))
#if QT_CONFIG(accessibility)
        self.doNotContactUntil.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"The day the do-not-contact wish ends; the earliest day means no end date", None))
#endif // QT_CONFIG(accessibility)
        self.doNotContactUntil.setSpecialValueText(QCoreApplication.translate("CustomerCardPanel", u"no end date", None))
#if QT_CONFIG(accessibility)
        self.doNotContactUntil.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Do not contact until", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openMatters.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Open promises, escalations and outcomes to pass on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseForm.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Record what was promised to the customer (Ctrl+P opens, Enter records, Esc closes)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseForm.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"New promise", None))
#endif // QT_CONFIG(accessibility)
        self.promiseHeading.setText(QCoreApplication.translate("CustomerCardPanel", u"Promise:", None))
#if QT_CONFIG(accessibility)
        self.promiseKind.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Credit, call back, set aside or follow up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseKind.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Kind of promise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseWhat.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Type what was promised; Enter records the promise, Esc closes the form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.promiseWhat.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"What was promised; Enter records the promise, Esc closes (Ctrl+P opens)", None))
#endif // QT_CONFIG(tooltip)
        self.promiseWhat.setPlaceholderText(QCoreApplication.translate("CustomerCardPanel", u"what was promised, e.g. \u00a320 credit on next visit", None))
#if QT_CONFIG(accessibility)
        self.promiseWhat.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"What was promised", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseAmount.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"The amount promised, if any; leave at no amount otherwise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseAmount.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.promiseAmount.setSpecialValueText(QCoreApplication.translate("CustomerCardPanel", u"no amount", None))
        self.promiseDueLabel.setText(QCoreApplication.translate("CustomerCardPanel", u"due", None))
#if QT_CONFIG(accessibility)
        self.promiseDue.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"The day the promise is due; it shows as late on the card after that day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseDue.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseSave.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"Records the promise on the customer's card (Enter in the text does the same)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promiseSave.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Record promise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.promiseSave.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"Record the promise (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.promiseSave.setText(QCoreApplication.translate("CustomerCardPanel", u"Record promise", None))
        self.timelineHeading.setText(QCoreApplication.translate("CustomerCardPanel", u"History, newest first", None))
#if QT_CONFIG(tooltip)
        self.timeline.setToolTip(QCoreApplication.translate("CustomerCardPanel", u"On a remark: the Menu key or Shift+F10 (or a right-click) to correct, escalate or withdraw it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleDescription(QCoreApplication.translate("CustomerCardPanel", u"The customer's history, newest first; on a remark, the Menu key or a right-click offers to correct, escalate or withdraw it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"History", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cardMessage.setAccessibleName(QCoreApplication.translate("CustomerCardPanel", u"Card status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

