"""Alembic migrations of the project database; run by ``storage.migrate``, no alembic.ini needed."""
