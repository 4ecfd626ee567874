"""copdesk.ui.board."""
