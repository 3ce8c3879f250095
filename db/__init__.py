"""Persistence: typed SQLAlchemy 2 models, the async engine and session factory, Alembic migrations."""
