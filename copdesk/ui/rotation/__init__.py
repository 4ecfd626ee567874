"""copdesk.ui.rotation."""
