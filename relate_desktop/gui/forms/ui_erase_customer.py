# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'erase_customer.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EraseCustomerDialog(object):
    def setupUi(self, EraseCustomerDialog):
        if not EraseCustomerDialog.objectName():
            EraseCustomerDialog.setObjectName(u"EraseCustomerDialog")
        self.outer = QVBoxLayout(EraseCustomerDialog)
        self.outer.setObjectName(u"outer")
        self.explanation = QLabel(EraseCustomerDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.outer.addWidget(self.explanation)

        self.confirmName = QLineEdit(EraseCustomerDialog)
        self.confirmName.setObjectName(u"confirmName")

        self.outer.addWidget(self.confirmName)

        self.message = QLabel(EraseCustomerDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(EraseCustomerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(EraseCustomerDialog)
    # setupUi

    def retranslateUi(self, EraseCustomerDialog):
        EraseCustomerDialog.setWindowTitle(QCoreApplication.translate("EraseCustomerDialog", u"Relate \u2014 Erase a customer", None))
#if QT_CONFIG(accessibility)
        self.confirmName.setAccessibleDescription(QCoreApplication.translate("EraseCustomerDialog", u"Type the customer's full name exactly as on the card; only then can they be erased", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmName.setAccessibleName(QCoreApplication.translate("EraseCustomerDialog", u"Type the customer's name to confirm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmName.setAccessibleDescription(QCoreApplication.translate("EraseCustomerDialog", u"Type the customer's name exactly as shown; the Erase for ever button then becomes available.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

