# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remark_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RemarkEditorPanel(object):
    def setupUi(self, RemarkEditorPanel):
        if not RemarkEditorPanel.objectName():
            RemarkEditorPanel.setObjectName(u"RemarkEditorPanel")
        RemarkEditorPanel.setFrameShape(QFrame.StyledPanel)
        self.outer = QVBoxLayout(RemarkEditorPanel)
        self.outer.setSpacing(4)
        self.outer.setObjectName(u"outer")
        self.controls = QHBoxLayout()
        self.controls.setObjectName(u"controls")
        self.heading = QLabel(RemarkEditorPanel)
        self.heading.setObjectName(u"heading")

        self.controls.addWidget(self.heading)

        self.remarkKind = QComboBox(RemarkEditorPanel)
        self.remarkKind.setObjectName(u"remarkKind")

        self.controls.addWidget(self.remarkKind)

        self.remarkChannel = QComboBox(RemarkEditorPanel)
        self.remarkChannel.setObjectName(u"remarkChannel")

        self.controls.addWidget(self.remarkChannel)

        self.remarkLanguage = QComboBox(RemarkEditorPanel)
        self.remarkLanguage.setObjectName(u"remarkLanguage")
        self.remarkLanguage.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.controls.addWidget(self.remarkLanguage)

        self.remarkTags = QLineEdit(RemarkEditorPanel)
        self.remarkTags.setObjectName(u"remarkTags")

        self.controls.addWidget(self.remarkTags)

        self.aboutStaff = QComboBox(RemarkEditorPanel)
        self.aboutStaff.setObjectName(u"aboutStaff")

        self.controls.addWidget(self.aboutStaff)


        self.outer.addLayout(self.controls)

        self.remarkEditor = QPlainTextEdit(RemarkEditorPanel)
        self.remarkEditor.setObjectName(u"remarkEditor")
        self.remarkEditor.setTabChangesFocus(True)
        self.remarkEditor.setMaximumSize(QSize(16777215, 90))

        self.outer.addWidget(self.remarkEditor)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.hint = QLabel(RemarkEditorPanel)
        self.hint.setObjectName(u"hint")

        self.footer.addWidget(self.hint)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.message = QLabel(RemarkEditorPanel)
        self.message.setObjectName(u"message")

        self.footer.addWidget(self.message)

        self.undoButton = QPushButton(RemarkEditorPanel)
        self.undoButton.setObjectName(u"undoButton")

        self.footer.addWidget(self.undoButton)


        self.outer.addLayout(self.footer)


        self.retranslateUi(RemarkEditorPanel)
    # setupUi

    def retranslateUi(self, RemarkEditorPanel):
        self.heading.setText(QCoreApplication.translate("RemarkEditorPanel", u"Log what they said", None))
#if QT_CONFIG(accessibility)
        self.remarkKind.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"Complaint, compliment, request, question, idea or note; Ctrl+1 to Ctrl+6 pick one from anywhere on the card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remarkKind.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"Kind of remark (Ctrl+1 \u2026 Ctrl+6)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remarkKind.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Kind of remark", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remarkChannel.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"Where the customer said it: at the counter, on the phone, by email, in an online review or in person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remarkChannel.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"Where the customer said it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remarkChannel.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Channel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remarkLanguage.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"The language the conversation was in (Ctrl+Shift+L: switch between the customer's language and the shop's, or pick another)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remarkLanguage.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Conversation language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remarkLanguage.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"The language the conversation was in, saved with the remark; Ctrl+Shift+L switches it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remarkTags.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"Optional words to find the remark by later, separated by commas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remarkTags.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"Tags for the remark, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.remarkTags.setPlaceholderText(QCoreApplication.translate("RemarkEditorPanel", u"tags, comma-separated", None))
#if QT_CONFIG(accessibility)
        self.remarkTags.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Tags", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutStaff.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"For a compliment: the member of staff it is about; they see it when they next sign in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.aboutStaff.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"Who the compliment is about: it reaches them when they sign in", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.aboutStaff.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Compliment about", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remarkEditor.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"Save the remark (Enter) \u00b7 new line (Shift+Enter) \u00b7 escalate (Ctrl+Enter) \u00b7 urgent (Ctrl+Shift+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.remarkEditor.setPlaceholderText(QCoreApplication.translate("RemarkEditorPanel", u"What did the customer say?", None))
#if QT_CONFIG(accessibility)
        self.remarkEditor.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Remark", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remarkEditor.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"Type what the customer said. Enter saves, Shift+Enter starts a new line, Ctrl+Enter saves and escalates to the manager, Ctrl+Shift+Enter escalates as urgent, Ctrl+Z takes back the remark just saved", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("RemarkEditorPanel", u"Enter save \u00b7 Shift+Enter new line \u00b7 Ctrl+Enter escalate \u00b7 Ctrl+Shift+Enter urgent \u00b7 Ctrl+Z undo", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Remark status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.undoButton.setAccessibleDescription(QCoreApplication.translate("RemarkEditorPanel", u"Takes back the remark just saved and puts its text back in the editor (Ctrl+Z)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.undoButton.setAccessibleName(QCoreApplication.translate("RemarkEditorPanel", u"Undo the remark just saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("RemarkEditorPanel", u"Take back the remark just saved (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("RemarkEditorPanel", u"Undo", None))
        pass
    # retranslateUi

