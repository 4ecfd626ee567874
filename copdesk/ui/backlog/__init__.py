"""copdesk.ui.backlog."""
