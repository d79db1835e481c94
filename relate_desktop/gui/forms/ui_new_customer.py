# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_customer.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewCustomerPanel(object):
    def setupUi(self, NewCustomerPanel):
        if not NewCustomerPanel.objectName():
            NewCustomerPanel.setObjectName(u"NewCustomerPanel")
        self.outer = QVBoxLayout(NewCustomerPanel)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(NewCustomerPanel)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(NewCustomerPanel)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.newName = QLineEdit(NewCustomerPanel)
        self.newName.setObjectName(u"newName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newName)

        self.pronunciationLabel = QLabel(NewCustomerPanel)
        self.pronunciationLabel.setObjectName(u"pronunciationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pronunciationLabel)

        self.newPronunciation = QLineEdit(NewCustomerPanel)
        self.newPronunciation.setObjectName(u"newPronunciation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPronunciation)

        self.phoneLabel = QLabel(NewCustomerPanel)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.newPhone = QLineEdit(NewCustomerPanel)
        self.newPhone.setObjectName(u"newPhone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPhone)

        self.emailLabel = QLabel(NewCustomerPanel)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.newEmail = QLineEdit(NewCustomerPanel)
        self.newEmail.setObjectName(u"newEmail")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newEmail)

        self.cardLabel = QLabel(NewCustomerPanel)
        self.cardLabel.setObjectName(u"cardLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cardLabel)

        self.newCard = QLineEdit(NewCustomerPanel)
        self.newCard.setObjectName(u"newCard")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.newCard)

        self.languageLabel = QLabel(NewCustomerPanel)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.newLanguage = QComboBox(NewCustomerPanel)
        self.newLanguage.setObjectName(u"newLanguage")
        self.newLanguage.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newLanguage)


        self.outer.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.message = QLabel(NewCustomerPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.buttons.addWidget(self.message)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(NewCustomerPanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.createButton = QPushButton(NewCustomerPanel)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)


        self.outer.addLayout(self.buttons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.newName)
        self.pronunciationLabel.setBuddy(self.newPronunciation)
        self.phoneLabel.setBuddy(self.newPhone)
        self.emailLabel.setBuddy(self.newEmail)
        self.cardLabel.setBuddy(self.newCard)
        self.languageLabel.setBuddy(self.newLanguage)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewCustomerPanel)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, NewCustomerPanel):
        self.heading.setText(QCoreApplication.translate("NewCustomerPanel", u"New customer \u2014 Enter creates the card, Esc goes back", None))
        self.nameLabel.setText(QCoreApplication.translate("NewCustomerPanel", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.newName.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"The customer's name, as they like to be called (required); Enter creates the card, Esc goes back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newName.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.pronunciationLabel.setText(QCoreApplication.translate("NewCustomerPanel", u"How to &say it", None))
#if QT_CONFIG(accessibility)
        self.newPronunciation.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"Optional: how to say the name, e.g. SHIV-awn; Enter creates the card, Esc goes back", None))
#endif // QT_CONFIG(accessibility)
        self.newPronunciation.setPlaceholderText(QCoreApplication.translate("NewCustomerPanel", u"optional, e.g. SHIV-awn", None))
#if QT_CONFIG(accessibility)
        self.newPronunciation.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"How to say the name", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("NewCustomerPanel", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.newPhone.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"A phone number in any format; Enter creates the card, Esc goes back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newPhone.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("NewCustomerPanel", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.newEmail.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"An email address; Enter creates the card, Esc goes back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newEmail.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.cardLabel.setText(QCoreApplication.translate("NewCustomerPanel", u"Loyalty &card", None))
#if QT_CONFIG(accessibility)
        self.newCard.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"The loyalty card number, typed or scanned; Enter creates the card, Esc goes back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCard.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Loyalty card number", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("NewCustomerPanel", u"Speaks (&language)", None))
#if QT_CONFIG(accessibility)
        self.newLanguage.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"The language the customer prefers to speak: pick one or type any language; Enter creates the card, Esc goes back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newLanguage.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"Goes back to the search box without creating a card (Esc)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Cancel the new customer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("NewCustomerPanel", u"Back without creating a card (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("NewCustomerPanel", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleDescription(QCoreApplication.translate("NewCustomerPanel", u"Creates the customer's card and opens it, with the cursor in the remark editor (Enter)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("NewCustomerPanel", u"Create card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.createButton.setToolTip(QCoreApplication.translate("NewCustomerPanel", u"Create the customer's card (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.createButton.setText(QCoreApplication.translate("NewCustomerPanel", u"Create card", None))
        pass
    # retranslateUi

