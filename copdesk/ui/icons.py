"""Icons from ``resources/icons`` (one line-icon set), tinted to the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap

from copdesk.paths import resource_path

_STROKE = "#3b4a5a"


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    app = QGuiApplication.instance()
    colour = (
        app.palette().color(QPalette.ColorRole.WindowText)
        if isinstance(app, QGuiApplication)
        else None
    )
    if name == "app" or colour is None or colour.lightness() <= 128:
        return QIcon(str(path))  # Qt's SVG icon engine renders lazily, at any scale
    try:
        svg = path.read_text(encoding="utf-8").replace(_STROKE, colour.name())  # dark scheme
    except OSError:
        return QIcon()
    from PySide6.QtSvg import QSvgRenderer  # deferred: dark schemes only

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def app_icon() -> QIcon:
    return icon("app")
