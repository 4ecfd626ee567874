"""copdesk.ui.invitations."""
