"""The minutes editor: the Minutes page, one controller per tab, the protocol PDF's
preview, print and export, and the editors of notes, decisions, action items and guests.

The main window builds the page by name (``ui.pages.registry`` names this package) when it
is first shown; this face names what other code may use, and imports nothing beyond the page.
"""

from copdesk.ui.minutes.page import MinutesPage

__all__ = ["MinutesPage"]
