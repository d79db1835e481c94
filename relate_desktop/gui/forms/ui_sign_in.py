# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

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

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.heading.setBuddy(self.staffList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Relate \u2014 Sign in", None))
        self.heading.setText(QCoreApplication.translate("SignInDialog", u"Who is working? Pick your name and press Enter.", None))
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Staff", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

