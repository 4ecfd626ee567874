"""The board window's menus and keyboard shortcuts, and which of them the state allows.

The texts keep the translation context ``BoardWindow``, where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar

from copdesk.model import leancoffee as lc
from copdesk.ui.board.notes import KINDS
from copdesk.ui.icons import icon

translate = QCoreApplication.translate  # the texts' context: BoardWindow


class BoardSlots(Protocol):
    """What the menus call: the board window's actions."""

    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def new_topic(self) -> None: ...
    def add_from_backlog(self) -> None: ...
    def remove_selected(self) -> None: ...
    def presence(self) -> None: ...
    def close_board(self) -> None: ...
    def vote(self, delta: int) -> None: ...
    def cycle_voter(self, step: int) -> None: ...
    def edit_settings(self) -> None: ...
    def discuss(self) -> None: ...
    def toggle_timer(self) -> None: ...
    def extend(self) -> None: ...
    def thumbs(self) -> None: ...
    def finish(self) -> None: ...
    def write(self, kind: str) -> None: ...
    def toggle_presentation(self) -> None: ...
    def toggle_fullscreen(self) -> None: ...
    def escape(self) -> None: ...


Key = str | QKeySequence.StandardKey


class BoardMenus(QObject):
    """Every action of the board window, in menus and groups (the help overlay lists them)."""

    def __init__(
        self, window: BoardSlots, toggle_help: Callable[[], None], stack: QUndoStack
    ) -> None:
        super().__init__()
        self.groups: list[tuple[str, list[QAction]]] = []
        menus: dict[int, QMenu] = {}

        def group(title: str, menu_title: str) -> list[QAction]:
            actions: list[QAction] = []
            self.groups.append((title, actions))
            menus[id(actions)] = window.menuBar().addMenu(menu_title)
            return actions

        def act(
            actions: list[QAction],
            text: str,
            slot: Callable[[], object],
            keys: Sequence[Key],
            icon_name: str = "",
            checkable: bool = False,
        ) -> QAction:
            action = QAction(text, self)
            if icon_name:
                action.setIcon(icon(icon_name))
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in (
                    QKeySequence.keyBindings(key)
                    if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)]
                ):
                    if not seq.isEmpty() and seq not in sequences:
                        sequences.append(seq)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(checkable)
            action.triggered.connect(lambda *_: slot())
            window.addAction(action)
            menus[id(actions)].addAction(action)
            actions.append(action)
            return action

        g = group(translate("BoardWindow", "Topics"), translate("BoardWindow", "&Topics"))
        self.new_action = act(
            g, translate("BoardWindow", "&New topic…"), window.new_topic, ["Ctrl+N"], "new"
        )
        self.add_action = act(
            g,
            translate("BoardWindow", "Add from the &backlog…"),
            window.add_from_backlog,
            ["Ctrl+B"],
            "backlog",
        )
        self.remove_action = act(
            g,
            translate("BoardWindow", "&Remove from the board"),
            window.remove_selected,
            ["Del"],
            "delete",
        )
        self.presence_action = act(
            g, translate("BoardWindow", "&Who is here…"), window.presence, ["Ctrl+H"], "members"
        )
        self.close_action = act(
            g,
            translate("BoardWindow", "&Close the Lean Coffee"),
            window.close_board,
            ["Ctrl+Shift+E"],
            "check",
        )
        g = group(translate("BoardWindow", "Voting"), translate("BoardWindow", "&Votes"))
        self.vote_action = act(
            g, translate("BoardWindow", "&Add a vote"), lambda: window.vote(1), ["+", "="], "vote"
        )
        self.unvote_action = act(
            g, translate("BoardWindow", "&Remove a vote"), lambda: window.vote(-1), ["-"]
        )
        self.next_voter_action = act(
            g, translate("BoardWindow", "&Next participant"), lambda: window.cycle_voter(1), [">"]
        )
        self.prev_voter_action = act(
            g,
            translate("BoardWindow", "&Previous participant"),
            lambda: window.cycle_voter(-1),
            ["<"],
        )
        self.settings_action = act(
            g,
            translate("BoardWindow", "Vote budget and &timebox…"),
            window.edit_settings,
            ["Ctrl+,"],
            "settings",
        )
        g = group(
            translate("BoardWindow", "Discussion and timer"),
            translate("BoardWindow", "&Discussion"),
        )
        self.discuss_action = act(
            g,
            translate("BoardWindow", "&Discuss the selected topic"),
            window.discuss,
            ["Ctrl+D"],
            "timer",
        )
        self.toggle_action = act(
            g,
            translate("BoardWindow", "&Start or pause the timer"),
            window.toggle_timer,
            ["Ctrl+P"],
        )
        self.extend_action = act(
            g, translate("BoardWindow", "&Extend the timebox"), window.extend, ["Ctrl+E"]
        )
        self.thumbs_action = act(
            g, translate("BoardWindow", "&Thumbs vote…"), window.thumbs, ["Ctrl+T"], "vote"
        )
        self.finish_action = act(
            g,
            translate("BoardWindow", "&Finish the topic (to Discussed)"),
            window.finish,
            ["Ctrl+F"],
            "check",
        )
        g = group(
            translate("BoardWindow", "Notes for the minutes"), translate("BoardWindow", "&Notes")
        )
        self.kind_actions: dict[str, QAction] = {}
        texts = {
            "note": translate("BoardWindow", "Write a &note"),
            "takeaway": translate("BoardWindow", "Write a &takeaway"),
            "decision": translate("BoardWindow", "Write a &decision"),
            "action": translate("BoardWindow", "Write an &action item"),
        }
        for n, kind in enumerate(KINDS):
            self.kind_actions[kind] = act(
                g, texts[kind], partial(window.write, kind), [f"Ctrl+{n + 1}"]
            )
        g = group(translate("BoardWindow", "View"), translate("BoardWindow", "Vie&w"))
        self.presentation_action = act(
            g,
            translate("BoardWindow", "&Presentation mode (large, high contrast)"),
            window.toggle_presentation,
            ["F5"],
            "board",
            checkable=True,
        )
        self.fullscreen_action = act(
            g,
            translate("BoardWindow", "&Full screen"),
            window.toggle_fullscreen,
            ["F11"],
            "fullscreen",
            checkable=True,
        )
        self.help_action = act(
            g, translate("BoardWindow", "&Keyboard shortcuts"), toggle_help, ["F1", "?"], "help"
        )
        self.escape_action = act(
            g, translate("BoardWindow", "Leave full screen or help"), window.escape, ["Esc"]
        )
        self.undo_action = act(g, translate("BoardWindow", "&Undo"), stack.undo, ["Ctrl+Z"], "undo")
        self.redo_action = act(
            g, translate("BoardWindow", "&Redo"), stack.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo"
        )
        self.close_window_action = act(
            g, translate("BoardWindow", "Close this &window"), window.close, ["Ctrl+W"], "close"
        )

    def update(self, b: lc.Board) -> None:
        """Enable what the board's state allows."""
        open_board = not b.closed
        for action in (
            self.new_action,
            self.add_action,
            self.presence_action,
            self.close_action,
            self.settings_action,
            self.next_voter_action,
            self.prev_voter_action,
            *self.kind_actions.values(),
        ):
            action.setEnabled(open_board)
        has_todo = open_board and bool(b.to_discuss)
        for action in (
            self.vote_action,
            self.unvote_action,
            self.remove_action,
            self.discuss_action,
        ):
            action.setEnabled(has_todo or (action is self.remove_action and open_board))
        for action in (
            self.toggle_action,
            self.extend_action,
            self.thumbs_action,
            self.finish_action,
        ):
            action.setEnabled(open_board)
