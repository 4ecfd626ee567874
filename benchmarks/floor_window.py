"""The floor for start-up: a bare QMainWindow with a table, plus ``import sqlalchemy.orm``."""

import sys

import sqlalchemy.orm  # noqa: F401 - part of the floor by definition
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableWidget(20, 6))
window.resize(1180, 760)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
