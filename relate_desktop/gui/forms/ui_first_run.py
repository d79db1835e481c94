# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        self.outer = QVBoxLayout(FirstRunDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.staffNameLabel = QLabel(FirstRunDialog)
        self.staffNameLabel.setObjectName(u"staffNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffNameLabel)

        self.staffName = QLineEdit(FirstRunDialog)
        self.staffName.setObjectName(u"staffName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffName)

        self.pinLabel = QLabel(FirstRunDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pin = QLineEdit(FirstRunDialog)
        self.pin.setObjectName(u"pin")
        self.pin.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pin)

        self.pinAgainLabel = QLabel(FirstRunDialog)
        self.pinAgainLabel.setObjectName(u"pinAgainLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinAgainLabel)

        self.pinAgain = QLineEdit(FirstRunDialog)
        self.pinAgain.setObjectName(u"pinAgain")
        self.pinAgain.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinAgain)

        self.shopNameLabel = QLabel(FirstRunDialog)
        self.shopNameLabel.setObjectName(u"shopNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shopNameLabel)

        self.shopName = QLineEdit(FirstRunDialog)
        self.shopName.setObjectName(u"shopName")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shopName)

        self.regionLabel = QLabel(FirstRunDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.region = QComboBox(FirstRunDialog)
        self.region.setObjectName(u"region")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.region)

        self.currencyLabel = QLabel(FirstRunDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currency = QLineEdit(FirstRunDialog)
        self.currency.setObjectName(u"currency")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.currency)


        self.outer.addLayout(self.form)

        self.startSample = QRadioButton(FirstRunDialog)
        self.startSample.setObjectName(u"startSample")

        self.outer.addWidget(self.startSample)

        self.startEmpty = QRadioButton(FirstRunDialog)
        self.startEmpty.setObjectName(u"startEmpty")
        self.startEmpty.setChecked(True)

        self.outer.addWidget(self.startEmpty)

        self.message = QLabel(FirstRunDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.staffNameLabel.setBuddy(self.staffName)
        self.pinLabel.setBuddy(self.pin)
        self.pinAgainLabel.setBuddy(self.pinAgain)
        self.shopNameLabel.setBuddy(self.shopName)
        self.regionLabel.setBuddy(self.region)
        self.currencyLabel.setBuddy(self.currency)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Relate \u2014 Welcome", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"<h2>Welcome to Relate</h2><p>A few details and you are at the counter.</p>", None))
        self.staffNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Who is working? (your name)", None))
#if QT_CONFIG(accessibility)
        self.staffName.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffName.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Type your name: you become the shop's first manager.", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your &PIN (4\u201312 digits)", None))
#if QT_CONFIG(accessibility)
        self.pin.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your PIN", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pin.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Choose a PIN of 4 to 12 digits, or a passphrase; you type it to sign in.", None))
#endif // QT_CONFIG(accessibility)
        self.pinAgainLabel.setText(QCoreApplication.translate("FirstRunDialog", u"PIN a&gain", None))
#if QT_CONFIG(accessibility)
        self.pinAgain.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your PIN again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pinAgain.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Type the same PIN again, to be sure of it.", None))
#endif // QT_CONFIG(accessibility)
        self.shopNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Shop &name", None))
#if QT_CONFIG(accessibility)
        self.shopName.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Shop name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shopName.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"The shop's name, as staff and customers know it.", None))
#endif // QT_CONFIG(accessibility)
        self.regionLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Country (for phone numbers)", None))
#if QT_CONFIG(accessibility)
        self.region.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Country for phone numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.region.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"The country of phone numbers written without a country code; type a letter to jump.", None))
#endif // QT_CONFIG(accessibility)
        self.currencyLabel.setText(QCoreApplication.translate("FirstRunDialog", u"C&urrency", None))
        self.currency.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. GBP, EUR, USD (the country's own if left empty)", None))
#if QT_CONFIG(accessibility)
        self.currency.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currency.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Three letters such as GBP or EUR; left empty, the country's own currency.", None))
#endif // QT_CONFIG(accessibility)
        self.startSample.setText(QCoreApplication.translate("FirstRunDialog", u"Open the &sample shop \u2014 a few hundred made-up customers to try things on (clearly marked as demo data)", None))
#if QT_CONFIG(accessibility)
        self.startSample.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Open the sample shop", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startSample.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Starts with a few hundred made-up customers to try things on, clearly marked as demo data (Alt+S).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.startSample.setToolTip(QCoreApplication.translate("FirstRunDialog", u"A few hundred made-up customers to try things on (Alt+S)", None))
#endif // QT_CONFIG(tooltip)
        self.startEmpty.setText(QCoreApplication.translate("FirstRunDialog", u"Start &empty \u2014 my own shop", None))
#if QT_CONFIG(accessibility)
        self.startEmpty.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Start empty", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startEmpty.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Starts your own shop with no customers yet (Alt+E).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.startEmpty.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Your own shop, with no customers yet (Alt+E)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

