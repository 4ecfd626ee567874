"""Alembic environment: runs on the connection handed over by ``run_upgrade``."""

from alembic import context

from copdesk.model.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes a connection
    raise RuntimeError("CoP Desk runs migrations in-process with an open connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
context.run_migrations()
