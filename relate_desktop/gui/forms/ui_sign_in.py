# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        self.outer = QVBoxLayout(SignInDialog)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(SignInDialog)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.staffList = QListWidget(SignInDialog)
        self.staffList.setObjectName(u"staffList")

        self.outer.addWidget(self.staffList)

        self.pinForm = QFormLayout()
        self.pinForm.setObjectName(u"pinForm")
        self.pinLabel = QLabel(SignInDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinField = QLineEdit(SignInDialog)
        self.pinField.setObjectName(u"pinField")
        self.pinField.setEchoMode(QLineEdit.Password)

        self.pinForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinField)

        self.repeatLabel = QLabel(SignInDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.pinForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatField = QLineEdit(SignInDialog)
        self.repeatField.setObjectName(u"repeatField")
        self.repeatField.setEchoMode(QLineEdit.Password)

        self.pinForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatField)


        self.outer.addLayout(self.pinForm)

        self.message = QLabel(SignInDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.heading.setBuddy(self.staffList)
        self.pinLabel.setBuddy(self.pinField)
        self.repeatLabel.setBuddy(self.repeatField)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Relate \u2014 Sign in", None))
        self.heading.setText(QCoreApplication.translate("SignInDialog", u"Who is working? Pick your name, type your PIN and press Enter.", None))
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleDescription(QCoreApplication.translate("SignInDialog", u"Pick your name with Up and Down; Enter moves to the PIN field", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Staff", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("SignInDialog", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.pinField.setAccessibleDescription(QCoreApplication.translate("SignInDialog", u"Type your PIN (4 to 12 digits, or a passphrase) and press Enter to sign in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pinField.setToolTip(QCoreApplication.translate("SignInDialog", u"Your PIN; Enter signs in", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pinField.setAccessibleName(QCoreApplication.translate("SignInDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.pinField.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"your PIN, then Enter", None))
        self.repeatLabel.setText(QCoreApplication.translate("SignInDialog", u"PIN &again", None))
#if QT_CONFIG(accessibility)
        self.repeatField.setAccessibleDescription(QCoreApplication.translate("SignInDialog", u"Type the new PIN a second time and press Enter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.repeatField.setAccessibleName(QCoreApplication.translate("SignInDialog", u"The new PIN again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

