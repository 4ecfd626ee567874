"""Signals every page may listen to; the main window owns the one instance."""

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    changed = Signal(object)  # copdesk.model.changes.Changes — reload what it touches
    group_changed = Signal(int)  # the group selector picked another group
    status = Signal(str)  # a short message for the status bar
    # ask the window to show an item on the page that opens that kind, e.g. ("meeting", 12)
    open_request = Signal(str, object)
