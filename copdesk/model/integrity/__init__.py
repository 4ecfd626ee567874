"""copdesk.model.integrity."""
