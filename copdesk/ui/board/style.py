"""How the Lean Coffee board looks: the normal theme and the presentation theme.

The presentation theme is for a screen shared in a video call at 1280×720: large type,
white and yellow on a dark background (contrast well above WCAG AAA's 7:1), and nothing
that relies on colour alone (time up shows "⚠" and words, votes are numbers).
"""

from __future__ import annotations

import contextlib
import math
import os
import struct
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported where it is used: Qt Multimedia is optional
    from PySide6.QtMultimedia import QSoundEffect


@dataclass(frozen=True)
class BoardTheme:
    presentation: bool
    base_pt: float
    title_pt: float
    header_pt: float
    timer_pt: float
    background: str
    panel: str
    text: str
    muted: str
    accent: str  # vote badges, the current topic
    accent_text: str
    selection: str
    alarm: str  # time is up
    alarm_text: str
    border: str

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(max(1.0, size))
        font.setBold(bold)
        return font

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))


def normal_theme() -> BoardTheme:
    app = QGuiApplication.instance()
    pal = QGuiApplication.palette() if app else QPalette()
    base = QGuiApplication.font().pointSizeF() if app else 10.0
    base = base if base > 0 else 10.0
    dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
    return BoardTheme(
        presentation=False,
        base_pt=base,
        title_pt=base * 1.15,
        header_pt=base * 1.3,
        timer_pt=base * 4.2,
        background=pal.color(QPalette.ColorRole.Window).name(),
        panel=pal.color(QPalette.ColorRole.Base).name(),
        text=pal.color(QPalette.ColorRole.Text).name(),
        muted="#9aa4b2" if dark else "#4b5563",
        accent="#2563eb" if not dark else "#93c5fd",
        accent_text="#ffffff" if not dark else "#0b1020",
        selection=pal.color(QPalette.ColorRole.Highlight).name(),
        alarm="#b42318",
        alarm_text="#ffffff",
        border="#3f4a5a" if dark else "#c7ced8",
    )


def presentation_theme() -> BoardTheme:
    return BoardTheme(
        presentation=True,
        base_pt=15.0,
        title_pt=17.0,
        header_pt=19.0,
        timer_pt=60.0,
        background="#0b1020",
        panel="#121a30",
        text="#ffffff",
        muted="#d0d7e2",
        accent="#ffd43b",
        accent_text="#0b1020",
        selection="#ffd43b",
        alarm="#ff4d4f",
        alarm_text="#0b1020",
        border="#5b6b8c",
    )


def stylesheet(theme: BoardTheme) -> str:
    """The window's style sheet; only colours and sizes, no images."""
    if not theme.presentation:
        return f"""
QLabel#boardHeader {{ font-size: {theme.header_pt:.1f}pt; font-weight: 600; }}
QLabel#columnHeader {{ font-size: {theme.title_pt:.1f}pt; font-weight: 600; }}
QLabel#topicTitle {{ font-size: {theme.header_pt:.1f}pt; font-weight: 600; }}
QLabel#muted {{ color: {theme.muted}; }}
QFrame#discussing {{ border: 1px solid {theme.border}; border-radius: 6px; }}
QFrame#discussing[alarm="true"] {{ border: 3px solid {theme.alarm}; }}
QLabel#timerLabel {{ font-size: {theme.timer_pt:.1f}pt; font-weight: 600; }}
QLabel#timerLabel[alarm="true"] {{ color: {theme.alarm}; }}
QLabel#alarmLabel {{ color: {theme.alarm}; font-weight: 700; }}
QLabel#closedBanner {{ font-weight: 600; padding: 4px; }}
"""
    return f"""
QWidget {{ background: {theme.background}; color: {theme.text};
           font-size: {theme.base_pt:.1f}pt; }}
QLabel#boardHeader {{ font-size: {theme.header_pt:.1f}pt; font-weight: 700; }}
QLabel#columnHeader {{ font-size: {theme.title_pt:.1f}pt; font-weight: 700;
                       color: {theme.accent}; }}
QLabel#muted {{ color: {theme.muted}; }}
QLabel#topicTitle {{ font-size: {theme.header_pt * 1.1:.1f}pt; font-weight: 700; }}
QListView, QListWidget {{ background: {theme.panel}; border: 1px solid {theme.border};
                          border-radius: 6px; }}
QFrame#discussing {{ background: {theme.panel}; border: 2px solid {theme.accent};
                     border-radius: 8px; }}
QFrame#discussing[alarm="true"] {{ border: 5px solid {theme.alarm}; }}
QFrame#discussing QLabel {{ background: transparent; }}
QLabel#timerLabel {{ font-size: {theme.timer_pt:.1f}pt; font-weight: 700; }}
QLabel#timerLabel[alarm="true"] {{ color: {theme.alarm}; }}
QLabel#alarmLabel {{ color: {theme.alarm}; font-weight: 700; }}
QLabel#closedBanner {{ color: {theme.accent}; font-weight: 700; padding: 4px; }}
QPushButton, QComboBox, QLineEdit, QDateEdit, QSpinBox {{
    background: {theme.panel}; color: {theme.text}; border: 1px solid {theme.border};
    border-radius: 4px; padding: 4px 8px; }}
QPushButton:focus, QComboBox:focus, QLineEdit:focus, QListView:focus, QListWidget:focus,
QDateEdit:focus, QSpinBox:focus {{ border: 2px solid {theme.accent}; }}
QPushButton:disabled {{ color: {theme.border}; }}
QComboBox QAbstractItemView {{ background: {theme.panel}; color: {theme.text};
                               selection-background-color: {theme.accent};
                               selection-color: {theme.accent_text}; }}
QListWidget::item:selected {{ background: {theme.accent}; color: {theme.accent_text}; }}
QProgressBar {{ background: {theme.background}; border: 1px solid {theme.border};
                border-radius: 4px; }}
QProgressBar::chunk {{ background: {theme.accent}; }}
QScrollBar {{ background: {theme.panel}; }}
QAbstractItemView::indicator {{ width: 16px; height: 16px; border: 2px solid {theme.text};
                                border-radius: 3px; background: {theme.panel}; }}
QAbstractItemView::indicator:checked {{ background: {theme.accent};
                                        border-color: {theme.accent}; }}
QCheckBox::indicator {{ width: 16px; height: 16px; border: 2px solid {theme.text};
                        border-radius: 3px; background: {theme.panel}; }}
QCheckBox::indicator:checked {{ background: {theme.accent}; border-color: {theme.accent}; }}
QMenuBar, QStatusBar {{ background: {theme.background}; color: {theme.text}; }}
"""


# --- the audible end signal ----------------------------------------------------------------

_SOUND: QSoundEffect | None = None
_SOUND_TRIED = False  # made once: a second try would not find a backend either


def _sound_effect() -> QSoundEffect | None:
    """A QSoundEffect with a short two-tone chime, if Qt Multimedia works here; else None."""
    global _SOUND, _SOUND_TRIED
    if _SOUND_TRIED:
        return _SOUND
    _SOUND_TRIED = True
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return None
    try:  # deferred: Qt Multimedia is optional
        from PySide6.QtMultimedia import QSoundEffect
    except Exception:  # noqa: BLE001 - no multimedia backend (e.g. no PulseAudio): beep
        return None
    path = Path(tempfile.gettempdir()) / "copdesk-timebox-end.wav"
    if not path.exists():
        rate = 22050
        frames = bytearray()
        for freq, length in ((880, 0.18), (0, 0.06), (660, 0.28)):
            for n in range(int(rate * length)):
                fade = min(1.0, (int(rate * length) - n) / 400)
                value = 0.45 * fade * math.sin(2 * math.pi * freq * n / rate) if freq else 0.0
                frames += struct.pack("<h", int(value * 32767))
        with contextlib.suppress(OSError), wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(bytes(frames))
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setVolume(0.8)
    _SOUND = effect
    return effect


def end_signal() -> None:
    """The audible "time is up": a chime where Qt Multimedia works, else the system beep."""
    if os.environ.get("COPDESK_SILENT"):
        return
    effect = _sound_effect()
    if effect is not None:
        effect.play()
    else:
        QApplication.beep()
