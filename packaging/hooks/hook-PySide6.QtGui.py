"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, minus the plugins listed in
packaging/qt_trim.py (embedded-device platforms, the on-screen keyboard, the GTK theme,
image formats the program never reads). Used by copdesk.spec through ``hookspath``;
``copdesk.spec -- --no-trim`` builds without it."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import keep_plugin  # packaging/ is on sys.path (copdesk.spec puts it there)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if keep_plugin(source, dest)]
