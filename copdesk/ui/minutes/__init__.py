"""copdesk.ui.minutes."""
