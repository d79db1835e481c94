"""Alembic environment: migrations run on the engine Relate hands over (SQLite or PostgreSQL)."""

from alembic import context

from relate_desktop.db.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` command line, for writing new migrations
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///relate-dev.db")

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds tables safely.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
