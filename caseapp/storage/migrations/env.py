"""Alembic environment: always run in-process on a connection handed over by ``storage.schema``."""

from alembic import context

from caseapp.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
