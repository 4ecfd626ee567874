"""The Lean Coffee board window of one meeting (for the moderator's shared screen).

``BoardWindow`` shows the board and is opened by the backlog page, which hands it a
``TopicPicker`` for Ctrl+B; ``BoardController`` holds the board's state, runs its use cases
(``copdesk.model.leancoffee``) as undo steps and keeps the live timer.
"""

from copdesk.ui.board.controller import BoardController
from copdesk.ui.board.window import BoardWindow, TopicPicker

__all__ = ["BoardController", "BoardWindow", "TopicPicker"]
