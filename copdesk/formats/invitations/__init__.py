"""copdesk.formats.invitations."""
