# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TodayPanel(object):
    def setupUi(self, TodayPanel):
        if not TodayPanel.objectName():
            TodayPanel.setObjectName(u"TodayPanel")
        TodayPanel.setFrameShape(QFrame.StyledPanel)
        self.outer = QVBoxLayout(TodayPanel)
        self.outer.setObjectName(u"outer")
        self.todayHeading = QLabel(TodayPanel)
        self.todayHeading.setObjectName(u"todayHeading")

        self.outer.addWidget(self.todayHeading)

        self.todayList = QListWidget(TodayPanel)
        self.todayList.setObjectName(u"todayList")
        self.todayList.setWordWrap(True)

        self.outer.addWidget(self.todayList)

        self.kindWordsHeading = QLabel(TodayPanel)
        self.kindWordsHeading.setObjectName(u"kindWordsHeading")

        self.outer.addWidget(self.kindWordsHeading)

        self.kindWords = QListWidget(TodayPanel)
        self.kindWords.setObjectName(u"kindWords")
        self.kindWords.setWordWrap(True)

        self.outer.addWidget(self.kindWords)

        self.outer.setStretch(1, 2)
        self.outer.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.todayHeading.setBuddy(self.todayList)
        self.kindWordsHeading.setBuddy(self.kindWords)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TodayPanel)
    # setupUi

    def retranslateUi(self, TodayPanel):
#if QT_CONFIG(accessibility)
        TodayPanel.setAccessibleDescription(QCoreApplication.translate("TodayPanel", u"What you have due today, dates to remember and kind words customers said about you.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        TodayPanel.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Today", None))
#endif // QT_CONFIG(accessibility)
        self.todayHeading.setText(QCoreApplication.translate("TodayPanel", u"&Today", None))
#if QT_CONFIG(accessibility)
        self.todayList.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Today: callbacks, follow-ups, promises and dates due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.todayList.setAccessibleDescription(QCoreApplication.translate("TodayPanel", u"Callbacks, follow-ups and promises due (late ones say LATE) and dates to remember; Enter or a click opens the customer's card.", None))
#endif // QT_CONFIG(accessibility)
        self.kindWordsHeading.setText(QCoreApplication.translate("TodayPanel", u"&Kind words about you", None))
#if QT_CONFIG(accessibility)
        self.kindWords.setAccessibleDescription(QCoreApplication.translate("TodayPanel", u"Compliments customers paid you in the last 30 days; Enter opens the customer's card.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindWords.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Compliments customers paid you", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

