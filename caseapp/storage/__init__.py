"""Persistence: SQLAlchemy models, encrypted fields, key vault, blind index, audit log. No Qt."""
