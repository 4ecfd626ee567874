"""The help overlay of the board (F1 or ?): every action with its keys, grouped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from copdesk.ui.board.style import BoardTheme

# a line of the overlay: an action (its keys and text) or the (keys, text) themselves
HelpItem = QAction | tuple[str, str]
HelpGroup = tuple[str, Sequence[HelpItem]]


def keys_text(action: QAction) -> str:
    return " / ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for s in action.shortcuts()
        if not s.isEmpty()
    )


class HelpOverlay(QWidget):
    """Covers its parent with a dimmed layer and a panel listing the shortcuts."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = QFrame(self)
        self.panel.setObjectName("helpPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QVBoxLayout(self.panel)
        lay.addWidget(self.scroll_area)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.hide()
        parent.installEventFilter(self)

    def set_content(
        self,
        title: str,
        groups: Sequence[HelpGroup | None],
        footer: str,
        theme: BoardTheme,
    ) -> None:
        """*groups*: (title, actions or (keys, text) pairs), ``None`` starts the second column."""
        key_style = (
            f"font-family: monospace; font-weight: 700; color: {theme.accent};"
            if theme.presentation
            else "font-family: monospace; font-weight: 700;"
        )
        columns: list[list[tuple[str, list[tuple[str, str]]]]] = [[]]
        for entry in groups:
            if entry is None:  # the caller's column break
                columns.append([])
                continue
            group, items = entry
            rows: list[tuple[str, str]] = []
            for item in items:
                if isinstance(item, tuple):
                    rows.append(item)
                elif item.shortcuts():
                    rows.append((keys_text(item), item.text().replace("&", "")))
            if rows:
                columns[-1].append((group, rows))
        left = columns[0]
        right = [block for column in columns[1:] for block in column]

        def table(part: list[tuple[str, list[tuple[str, str]]]]) -> str:
            html = ["<table cellspacing='0' cellpadding='2'>"]
            for group, rows in part:
                html.append(
                    f"<tr><td colspan='2' style='padding-top: 6px'><b>{escape(group)}</b></td></tr>"
                )
                for keys, text in rows:
                    html.append(
                        f"<tr><td style='{key_style} padding-right: 12px' nowrap>"
                        f"{escape(keys)}</td>"
                        f"<td>{escape(text.rstrip('…').strip())}</td></tr>"
                    )
            html.append("</table>")
            return "".join(html)

        self.label.setText(
            f"<h2>{escape(title)}</h2><table width='100%'><tr>"
            f"<td valign='top' width='50%'>{table(left)}</td>"
            f"<td valign='top' style='padding-left: 18px'>{table(right)}</td></tr></table>"
            f"<p>{escape(footer)}</p>"
        )
        self.panel.setStyleSheet(
            f"QFrame#helpPanel {{ background: {theme.panel}; border: 2px solid {theme.accent};"
            f" border-radius: 8px; }} QLabel {{ color: {theme.text}; background: transparent;"
            f" font-size: {theme.base_pt * (0.85 if theme.presentation else 1):.1f}pt; }}"
            f" QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}"
        )

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.open()

    def open(self) -> None:
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:  # always set: the overlay covers the widget it was made for
            return
        self.setGeometry(parent.rect())
        w = min(parent.width() - 40, max(640, int(parent.width() * 0.92)))
        h = parent.height() - 40
        self.panel.setGeometry((parent.width() - w) // 2, 20, w, h)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))

    def keyPressEvent(self, event) -> None:
        if event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_F1,
            Qt.Key.Key_Question,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.hide()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            bar = self.scroll_area.verticalScrollBar()
            step = (
                bar.pageStep()
                if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
                else bar.singleStep() * 3
            )
            bar.setValue(
                bar.value()
                + (step if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -step)
            )
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.hide()
        else:
            super().mousePressEvent(event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        parent = self.parentWidget()
        if parent is not None and parent.window().isVisible():
            parent.window().activateWindow()
