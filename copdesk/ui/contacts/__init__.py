"""copdesk.ui.contacts."""
