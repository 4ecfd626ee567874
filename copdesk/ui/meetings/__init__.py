"""copdesk.ui.meetings."""
