"""Showing and printing a built protocol PDF with Qt's own PDF module.

``QtPdf`` / ``QtPdfWidgets`` are imported when first needed (start-up speed). Printing
renders each PDF page into the printer at up to 300 dpi (a 1200-dpi A4 page would be a
half-gigabyte image).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


def load_pdf(path: Path | str, parent: QObject | None = None) -> QPdfDocument | None:
    """A loaded ``QPdfDocument``, or ``None`` if Qt cannot read the file."""
    # deferred: QtPdf only when a PDF is shown
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(parent)  # type: ignore[arg-type]  # Qt accepts no parent; the stub not
    error = doc.load(str(path))
    if error != QPdfDocument.Error.None_:
        doc.deleteLater()
        return None
    return doc


def print_pdf(
    path: Path | str, printer: QPrinter, *, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Render every page of the PDF into *printer* (a configured ``QPrinter``).

    *progress(done, total)* may return False to stop. Returns the number of pages sent.
    """
    doc = load_pdf(path)
    if doc is None:
        return 0
    try:
        pages = doc.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        sent = 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(pages):
                if progress is not None and progress(index, pages) is False:
                    break
                if index:
                    printer.newPage()
                size_pt = doc.pagePointSize(index)
                pixels = QSize(
                    round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)
                )
                image = doc.render(index, pixels)
                area = painter.viewport()
                scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(
                    area.x() + (area.width() - scaled.width()) // 2,
                    area.y() + (area.height() - scaled.height()) // 2,
                    scaled.width(),
                    scaled.height(),
                )
                painter.drawImage(target, image)
                sent += 1
        finally:
            painter.end()
        return sent
    finally:
        doc.close()
        doc.deleteLater()


class PreviewDialog(QDialog):
    """The protocol as it will print: page by page, with Print and Save buttons."""

    def __init__(
        self,
        path: Path,
        title: str,
        *,
        on_print: Callable[[], None],
        on_export: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # deferred: QtPdf only when a PDF is shown
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(title)
        self.document = load_pdf(path, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Protocol preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if self.document is not None:
            self.view.setDocument(self.document)
        pages = self.document.pageCount() if self.document is not None else 0
        self.info = QLabel(
            self.tr("%n page(s)", "", pages).replace("(s)", "" if pages == 1 else "s")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button = buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(on_print)
        self.export_button.clicked.connect(on_export)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, on_print)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(0.8))
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(860, 900)
        self.view.setFocus()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def _zoom(self, factor: float) -> None:
        # deferred: QtPdf only when a PDF is shown
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def done(self, result: int) -> None:
        super().done(result)
        if self.document is not None:
            self.document.close()  # releases the file (Windows cannot delete an open file)
