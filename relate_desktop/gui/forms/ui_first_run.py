# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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

        self.shopNameLabel = QLabel(FirstRunDialog)
        self.shopNameLabel.setObjectName(u"shopNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shopNameLabel)

        self.shopName = QLineEdit(FirstRunDialog)
        self.shopName.setObjectName(u"shopName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shopName)

        self.regionLabel = QLabel(FirstRunDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.region = QComboBox(FirstRunDialog)
        self.region.setObjectName(u"region")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.region)


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
        self.shopNameLabel.setBuddy(self.shopName)
        self.regionLabel.setBuddy(self.region)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Relate \u2014 Welcome", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"<h2>Welcome to Relate</h2><p>Two questions and you are at the counter.</p>", None))
        self.staffNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Who is working? (your name)", None))
#if QT_CONFIG(accessibility)
        self.staffName.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.shopNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Shop &name", None))
#if QT_CONFIG(accessibility)
        self.shopName.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Shop name", None))
#endif // QT_CONFIG(accessibility)
        self.regionLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Country (for phone numbers)", None))
#if QT_CONFIG(accessibility)
        self.region.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Country for phone numbers", None))
#endif // QT_CONFIG(accessibility)
        self.startSample.setText(QCoreApplication.translate("FirstRunDialog", u"Open the &sample shop \u2014 a few hundred made-up customers to try things on (clearly marked as demo data)", None))
        self.startEmpty.setText(QCoreApplication.translate("FirstRunDialog", u"Start &empty \u2014 my own shop", None))
    # retranslateUi

