# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correct_remark.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CorrectRemarkDialog(object):
    def setupUi(self, CorrectRemarkDialog):
        if not CorrectRemarkDialog.objectName():
            CorrectRemarkDialog.setObjectName(u"CorrectRemarkDialog")
        CorrectRemarkDialog.resize(620, 520)
        self.outer = QVBoxLayout(CorrectRemarkDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(CorrectRemarkDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(CorrectRemarkDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.textLabel = QLabel(CorrectRemarkDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(CorrectRemarkDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text)

        self.moveLabel = QLabel(CorrectRemarkDialog)
        self.moveLabel.setObjectName(u"moveLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.moveLabel)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.moveLookup = QLineEdit(CorrectRemarkDialog)
        self.moveLookup.setObjectName(u"moveLookup")

        self.moveLayout.addWidget(self.moveLookup)

        self.moveResults = QListWidget(CorrectRemarkDialog)
        self.moveResults.setObjectName(u"moveResults")
        self.moveResults.setMaximumSize(QSize(16777215, 90))

        self.moveLayout.addWidget(self.moveResults)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.moveLayout)

        self.historyLabel = QLabel(CorrectRemarkDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.historyLabel)

        self.history = QListWidget(CorrectRemarkDialog)
        self.history.setObjectName(u"history")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.history)


        self.outer.addLayout(self.form)

        self.message = QLabel(CorrectRemarkDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(CorrectRemarkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.textLabel.setBuddy(self.text)
        self.moveLabel.setBuddy(self.moveLookup)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectRemarkDialog)
    # setupUi

    def retranslateUi(self, CorrectRemarkDialog):
        CorrectRemarkDialog.setWindowTitle(QCoreApplication.translate("CorrectRemarkDialog", u"Relate \u2014 Correct a remark", None))
        self.kindLabel.setText(QCoreApplication.translate("CorrectRemarkDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleDescription(QCoreApplication.translate("CorrectRemarkDialog", u"The kind of remark: complaint, compliment, request, question, idea or note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("CorrectRemarkDialog", u"Kind of remark", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("CorrectRemarkDialog", u"&Text", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleDescription(QCoreApplication.translate("CorrectRemarkDialog", u"The remark's text, to correct; Tab moves on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("CorrectRemarkDialog", u"Remark text", None))
#endif // QT_CONFIG(accessibility)
        self.moveLabel.setText(QCoreApplication.translate("CorrectRemarkDialog", u"&Move to", None))
#if QT_CONFIG(accessibility)
        self.moveLookup.setAccessibleDescription(QCoreApplication.translate("CorrectRemarkDialog", u"To move the remark to another customer, type their phone, name, email or card and pick them below; leave empty to keep it here", None))
#endif // QT_CONFIG(accessibility)
        self.moveLookup.setPlaceholderText(QCoreApplication.translate("CorrectRemarkDialog", u"another customer: phone, name, email or card (leave empty to keep)", None))
#if QT_CONFIG(accessibility)
        self.moveLookup.setAccessibleName(QCoreApplication.translate("CorrectRemarkDialog", u"Move to another customer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.moveResults.setAccessibleDescription(QCoreApplication.translate("CorrectRemarkDialog", u"The customers found; the one chosen here gets the remark", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.moveResults.setAccessibleName(QCoreApplication.translate("CorrectRemarkDialog", u"Customers to move it to", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("CorrectRemarkDialog", u"Earlier versions", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleDescription(QCoreApplication.translate("CorrectRemarkDialog", u"Earlier corrections of this remark: when, who and what changed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("CorrectRemarkDialog", u"Corrections so far", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

