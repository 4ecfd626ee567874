"""The topic backlog page: search, filter, edit, merge, plan and park topics.

The page opens the Lean Coffee board windows (``copdesk.ui.board``) and hands them its
topic picker (``boards.py``); the pickers, the topic dialog and the incremental filter
are its own. ``ui.pages.registry`` names this package: it imports nothing beyond the page.
"""

from copdesk.ui.backlog.page import BacklogPage

__all__ = ["BacklogPage"]
