# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_admin.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_StaffAdminDialog(object):
    def setupUi(self, StaffAdminDialog):
        if not StaffAdminDialog.objectName():
            StaffAdminDialog.setObjectName(u"StaffAdminDialog")
        StaffAdminDialog.resize(560, 460)
        self.outer = QVBoxLayout(StaffAdminDialog)
        self.outer.setObjectName(u"outer")
        self.staffList = QListWidget(StaffAdminDialog)
        self.staffList.setObjectName(u"staffList")

        self.outer.addWidget(self.staffList)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.resetPinButton = QPushButton(StaffAdminDialog)
        self.resetPinButton.setObjectName(u"resetPinButton")

        self.actions.addWidget(self.resetPinButton)

        self.deactivateButton = QPushButton(StaffAdminDialog)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.actions.addWidget(self.deactivateButton)


        self.outer.addLayout(self.actions)

        self.addBox = QGroupBox(StaffAdminDialog)
        self.addBox.setObjectName(u"addBox")
        self.addForm = QFormLayout(self.addBox)
        self.addForm.setObjectName(u"addForm")
        self.nameLabel = QLabel(self.addBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.newName = QLineEdit(self.addBox)
        self.newName.setObjectName(u"newName")

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newName)

        self.roleLabel = QLabel(self.addBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.newRole = QComboBox(self.addBox)
        self.newRole.setObjectName(u"newRole")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newRole)

        self.pinLabel = QLabel(self.addBox)
        self.pinLabel.setObjectName(u"pinLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.newPin = QLineEdit(self.addBox)
        self.newPin.setObjectName(u"newPin")
        self.newPin.setEchoMode(QLineEdit.Password)

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPin)

        self.pinAgainLabel = QLabel(self.addBox)
        self.pinAgainLabel.setObjectName(u"pinAgainLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinAgainLabel)

        self.newPinAgain = QLineEdit(self.addBox)
        self.newPinAgain.setObjectName(u"newPinAgain")
        self.newPinAgain.setEchoMode(QLineEdit.Password)

        self.addForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newPinAgain)

        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.addForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.outer.addWidget(self.addBox)

        self.message = QLabel(StaffAdminDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.newName)
        self.roleLabel.setBuddy(self.newRole)
        self.pinLabel.setBuddy(self.newPin)
        self.pinAgainLabel.setBuddy(self.newPinAgain)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffAdminDialog)
    # setupUi

    def retranslateUi(self, StaffAdminDialog):
#if QT_CONFIG(accessibility)
        StaffAdminDialog.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"Add someone with a PIN, reset a person's PIN, or mark someone as having left.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        StaffAdminDialog.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Staff", None))
#endif // QT_CONFIG(accessibility)
        StaffAdminDialog.setWindowTitle(QCoreApplication.translate("StaffAdminDialog", u"Relate \u2014 Staff", None))
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"Everyone who works in the shop, with their role; pick someone to reset their PIN or mark them as having left.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Staff", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.resetPinButton.setToolTip(QCoreApplication.translate("StaffAdminDialog", u"Give the selected person the PIN typed twice below (Alt+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.resetPinButton.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"Gives the selected person the PIN typed twice below (Alt+R).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resetPinButton.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Reset PIN", None))
#endif // QT_CONFIG(accessibility)
        self.resetPinButton.setText(QCoreApplication.translate("StaffAdminDialog", u"&Reset PIN", None))
#if QT_CONFIG(tooltip)
        self.deactivateButton.setToolTip(QCoreApplication.translate("StaffAdminDialog", u"The selected person can no longer sign in; their history stays (Alt+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deactivateButton.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"Marks the selected person as having left: they can no longer sign in, their history stays theirs (Alt+L).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deactivateButton.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Has left", None))
#endif // QT_CONFIG(accessibility)
        self.deactivateButton.setText(QCoreApplication.translate("StaffAdminDialog", u"Has &left (deactivate)", None))
        self.addBox.setTitle(QCoreApplication.translate("StaffAdminDialog", u"Add someone, or set the PIN of the selected person", None))
        self.nameLabel.setText(QCoreApplication.translate("StaffAdminDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.newName.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"The new person's name, as colleagues know them (Alt+N).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newName.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("StaffAdminDialog", u"R&ole", None))
#if QT_CONFIG(accessibility)
        self.newRole.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"Staff, or a manager who may also resolve escalations and manage staff (Alt+O).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newRole.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("StaffAdminDialog", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.newPin.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"4 to 12 digits, or a passphrase (Alt+P).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newPin.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.pinAgainLabel.setText(QCoreApplication.translate("StaffAdminDialog", u"PIN a&gain", None))
#if QT_CONFIG(accessibility)
        self.newPinAgain.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"The same PIN once more; Enter adds the person (Alt+G).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newPinAgain.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"PIN again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("StaffAdminDialog", u"Add the person with this name, role and PIN (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleDescription(QCoreApplication.translate("StaffAdminDialog", u"Adds the person with this name, role and PIN (Alt+A).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Add", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("StaffAdminDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("StaffAdminDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

