# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListView, QMainWindow, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.lookupField = QLineEdit(self.central)
        self.lookupField.setObjectName(u"lookupField")
        self.lookupField.setClearButtonEnabled(True)

        self.topBar.addWidget(self.lookupField)

        self.newCustomerButton = QPushButton(self.central)
        self.newCustomerButton.setObjectName(u"newCustomerButton")

        self.topBar.addWidget(self.newCustomerButton)

        self.queueButton = QPushButton(self.central)
        self.queueButton.setObjectName(u"queueButton")

        self.topBar.addWidget(self.queueButton)

        self.staffLabel = QLabel(self.central)
        self.staffLabel.setObjectName(u"staffLabel")

        self.topBar.addWidget(self.staffLabel)


        self.centralLayout.addLayout(self.topBar)

        self.demoBanner = QLabel(self.central)
        self.demoBanner.setObjectName(u"demoBanner")

        self.centralLayout.addWidget(self.demoBanner)

        self.notificationBar = QFrame(self.central)
        self.notificationBar.setObjectName(u"notificationBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.notificationBar.sizePolicy().hasHeightForWidth())
        self.notificationBar.setSizePolicy(sizePolicy)
        self.notificationBar.setFrameShape(QFrame.StyledPanel)
        self.notificationLayout = QHBoxLayout(self.notificationBar)
        self.notificationLayout.setObjectName(u"notificationLayout")
        self.notificationText = QLabel(self.notificationBar)
        self.notificationText.setObjectName(u"notificationText")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.notificationText.sizePolicy().hasHeightForWidth())
        self.notificationText.setSizePolicy(sizePolicy1)
        self.notificationText.setWordWrap(True)

        self.notificationLayout.addWidget(self.notificationText)

        self.notificationOpen = QPushButton(self.notificationBar)
        self.notificationOpen.setObjectName(u"notificationOpen")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.notificationOpen.sizePolicy().hasHeightForWidth())
        self.notificationOpen.setSizePolicy(sizePolicy2)

        self.notificationLayout.addWidget(self.notificationOpen)

        self.notificationDismiss = QPushButton(self.notificationBar)
        self.notificationDismiss.setObjectName(u"notificationDismiss")
        sizePolicy2.setHeightForWidth(self.notificationDismiss.sizePolicy().hasHeightForWidth())
        self.notificationDismiss.setSizePolicy(sizePolicy2)

        self.notificationLayout.addWidget(self.notificationDismiss)


        self.centralLayout.addWidget(self.notificationBar)

        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.resultsPane = QWidget(self.splitter)
        self.resultsPane.setObjectName(u"resultsPane")
        self.resultsLayout = QVBoxLayout(self.resultsPane)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.lookupResults = QListView(self.resultsPane)
        self.lookupResults.setObjectName(u"lookupResults")
        self.lookupResults.setFocusPolicy(Qt.ClickFocus)

        self.resultsLayout.addWidget(self.lookupResults)

        self.resultsHint = QLabel(self.resultsPane)
        self.resultsHint.setObjectName(u"resultsHint")
        self.resultsHint.setWordWrap(True)

        self.resultsLayout.addWidget(self.resultsHint)

        self.splitter.addWidget(self.resultsPane)
        self.rightStack = QStackedWidget(self.splitter)
        self.rightStack.setObjectName(u"rightStack")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        self.rightStack.addWidget(self.welcomePage)
        self.cardPage = QScrollArea()
        self.cardPage.setObjectName(u"cardPage")
        self.cardPage.setFocusPolicy(Qt.NoFocus)
        self.cardPage.setWidgetResizable(True)
        self.cardPage.setFrameShape(QFrame.NoFrame)
        self.cardPage.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.cardHost = QWidget()
        self.cardHost.setObjectName(u"cardHost")
        self.cardHostLayout = QVBoxLayout(self.cardHost)
        self.cardHostLayout.setObjectName(u"cardHostLayout")
        self.cardHostLayout.setContentsMargins(0, 0, 0, 0)
        self.cardPage.setWidget(self.cardHost)
        self.rightStack.addWidget(self.cardPage)
        self.newCustomerPage = QWidget()
        self.newCustomerPage.setObjectName(u"newCustomerPage")
        self.newCustomerHostLayout = QVBoxLayout(self.newCustomerPage)
        self.newCustomerHostLayout.setObjectName(u"newCustomerHostLayout")
        self.rightStack.addWidget(self.newCustomerPage)
        self.splitter.addWidget(self.rightStack)

        self.centralLayout.addWidget(self.splitter)

        self.toastRow = QHBoxLayout()
        self.toastRow.setObjectName(u"toastRow")
        self.toastText = QLabel(self.central)
        self.toastText.setObjectName(u"toastText")

        self.toastRow.addWidget(self.toastText)

        self.toastUndo = QPushButton(self.central)
        self.toastUndo.setObjectName(u"toastUndo")

        self.toastRow.addWidget(self.toastUndo)

        self.toastSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toastRow.addItem(self.toastSpacer)

        self.shortcutsHint = QLabel(self.central)
        self.shortcutsHint.setObjectName(u"shortcutsHint")

        self.toastRow.addWidget(self.shortcutsHint)


        self.centralLayout.addLayout(self.toastRow)

        self.centralLayout.setStretch(3, 1)
        MainWindow.setCentralWidget(self.central)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Relate", None))
#if QT_CONFIG(tooltip)
        self.lookupField.setToolTip(QCoreApplication.translate("MainWindow", u"Find a customer (Ctrl+F; Esc also comes back here)", None))
#endif // QT_CONFIG(tooltip)
        self.lookupField.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Phone, last 4 digits, name, email or card \u2014 Ctrl+F", None))
#if QT_CONFIG(accessibility)
        self.lookupField.setAccessibleName(QCoreApplication.translate("MainWindow", u"Find a customer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lookupField.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Type a phone number, its last digits, any word of the name, an email or a card number; Up and Down pick, Enter opens, Ctrl+F comes back here", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCustomerButton.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Starts a new customer's card with what was typed in the search box filled in (Ctrl+N)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCustomerButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"New customer", None))
#endif // QT_CONFIG(accessibility)
        self.newCustomerButton.setText(QCoreApplication.translate("MainWindow", u"New customer", None))
#if QT_CONFIG(tooltip)
        self.newCustomerButton.setToolTip(QCoreApplication.translate("MainWindow", u"New customer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.queueButton.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Opens the manager's queue of escalations; the button says how many are urgent (Ctrl+M)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queueButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Manager's queue", None))
#endif // QT_CONFIG(accessibility)
        self.queueButton.setText(QCoreApplication.translate("MainWindow", u"Queue", None))
#if QT_CONFIG(tooltip)
        self.queueButton.setToolTip(QCoreApplication.translate("MainWindow", u"The manager's queue of escalations (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.staffLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Signed in as", None))
#endif // QT_CONFIG(accessibility)
        self.demoBanner.setText(QCoreApplication.translate("MainWindow", u"SAMPLE SHOP \u2014 demo data, not real customers. Start your own shop from an empty data folder.", None))
#if QT_CONFIG(accessibility)
        self.notificationText.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notification", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notificationOpen.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Opens the card of the customer the notification is about and dismisses it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notificationOpen.setAccessibleName(QCoreApplication.translate("MainWindow", u"Open the customer's card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.notificationOpen.setToolTip(QCoreApplication.translate("MainWindow", u"Open the card of the customer this is about", None))
#endif // QT_CONFIG(tooltip)
        self.notificationOpen.setText(QCoreApplication.translate("MainWindow", u"Open card", None))
#if QT_CONFIG(accessibility)
        self.notificationDismiss.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Marks the notification as read and shows the next one, if any", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notificationDismiss.setAccessibleName(QCoreApplication.translate("MainWindow", u"Dismiss the notification", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.notificationDismiss.setToolTip(QCoreApplication.translate("MainWindow", u"Dismiss this notification", None))
#endif // QT_CONFIG(tooltip)
        self.notificationDismiss.setText(QCoreApplication.translate("MainWindow", u"OK", None))
#if QT_CONFIG(accessibility)
        self.lookupResults.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Customers matching what was typed; Up and Down in the search box pick one, Enter opens the card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lookupResults.setAccessibleName(QCoreApplication.translate("MainWindow", u"Customers found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toastText.setAccessibleName(QCoreApplication.translate("MainWindow", u"Last action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toastUndo.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Takes back what the message beside it says was just done (Ctrl+Z)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toastUndo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Undo the last action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.toastUndo.setToolTip(QCoreApplication.translate("MainWindow", u"Undo (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.toastUndo.setText(QCoreApplication.translate("MainWindow", u"Undo", None))
        self.shortcutsHint.setText(QCoreApplication.translate("MainWindow", u"Ctrl+F find \u00b7 Ctrl+N new \u00b7 Ctrl+P promise \u00b7 Ctrl+M queue \u00b7 Esc back to search \u00b7 F1 all keys", None))
    # retranslateUi

