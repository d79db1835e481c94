"""Opening the database: schema at head, migrations up and down, backups, damage, pragmas."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from relate_desktop.db import engine as db_engine
from relate_desktop.db.engine import (
    backup_sqlite,
    current_revision,
    head_from_files,
    head_revision,
    make_engine,
    open_database,
    session_factory,
    sqlite_url,
)
from relate_desktop.db.models import Base
from relate_desktop.domain.errors import DatabaseUnavailable
from relate_desktop.services import Services


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(db_engine.MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory(str(db_engine.MIGRATIONS))
    revisions = [r.revision for r in script.walk_revisions("base", "heads")]
    return list(reversed(revisions))


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_there_is_one_head_and_the_history_is_a_line() -> None:
    revisions = _revisions_oldest_first()
    assert revisions and revisions[-1] == head_revision()
    script = ScriptDirectory(str(db_engine.MIGRATIONS))
    for older, newer in itertools.pairwise(revisions):
        assert script.get_revision(newer).down_revision == older


def test_open_database_on_a_new_file_creates_the_schema_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new" / "relate.db"  # the folder does not exist yet either
    engine = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        assert path.is_file()
        assert current_revision(engine) == head_revision()
        assert _tables(engine) == set(Base.metadata.tables)
        assert not (tmp_path / "backups").exists()  # nothing to back up on a new file
    finally:
        engine.dispose()


def test_open_database_on_an_empty_file_creates_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "relate.db"
    path.touch()
    engine = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_opening_again_changes_nothing_and_keeps_the_data(empty_db_url: str, tmp_path: Path) -> None:
    url = empty_db_url
    backups = tmp_path / "backups"
    first = open_database(url, backups)
    Services.over(session_factory(first)).shop.initialise("Corner Shop", "GB")
    first.dispose()

    again = open_database(url, backups)
    try:
        assert current_revision(again) == head_revision()
        assert Services.over(session_factory(again)).shop.settings().name == "Corner Shop"
        assert not backups.exists()  # already at head: no upgrade, so no backup
    finally:
        again.dispose()


def test_every_migration_goes_up_and_down_one_step_at_a_time(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    config = _config(engine)
    revisions = _revisions_oldest_first()
    try:
        for revision in revisions:
            command.upgrade(config, revision)
            assert current_revision(engine) == revision
        assert _tables(engine) == set(Base.metadata.tables)

        for revision in reversed(revisions):
            assert current_revision(engine) == revision
            command.downgrade(config, "-1")
        assert current_revision(engine) is None
        assert _tables(engine) == set()

        # And back up to head from nothing, as a fresh install does.
        command.upgrade(config, "head")
        assert current_revision(engine) == head_revision()
        assert _tables(engine) == set(Base.metadata.tables)
    finally:
        engine.dispose()


def _schema(engine: Engine) -> dict[str, tuple[list[str], list[str]]]:
    inspector = inspect(engine)
    return {
        table: (
            sorted(c["name"] for c in inspector.get_columns(table)),
            sorted(str(i["name"]) for i in inspector.get_indexes(table)),
        )
        for table in _tables(engine)
    }


def test_each_step_down_and_up_again_gives_the_same_schema(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    config = _config(engine)
    previous: str | None = None
    try:
        for revision in _revisions_oldest_first():
            command.upgrade(config, revision)
            schema = _schema(engine)
            command.downgrade(config, previous or "base")
            assert current_revision(engine) == previous
            command.upgrade(config, revision)
            assert current_revision(engine) == revision
            assert _schema(engine) == schema, f"{previous} -> {revision} -> {previous} -> {revision}"
            previous = revision
    finally:
        engine.dispose()


def test_the_migrated_schema_matches_the_models(empty_db_url: str) -> None:
    engine = open_database(empty_db_url, None)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(context, Base.metadata)
        assert differences == [], "the models changed without a migration"
    finally:
        engine.dispose()


def test_an_older_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    older = _revisions_oldest_first()[:-1]
    if not older:
        pytest.skip(
            "only one migration exists: no database can be behind head yet "
            "(this test runs by itself once a second migration is added)"
        )
    for revision in older:
        path = tmp_path / f"at-{revision}.db"
        backups = tmp_path / f"backups-{revision}"
        engine = make_engine(sqlite_url(path))
        command.upgrade(_config(engine), revision)
        engine.dispose()

        upgraded = open_database(sqlite_url(path), backups)
        try:
            assert current_revision(upgraded) == head_revision()
        finally:
            upgraded.dispose()
        [backup] = list(backups.iterdir())
        assert f"before-upgrade-from-{revision}" in backup.name
        copy = make_engine(sqlite_url(backup))
        try:
            assert current_revision(copy) == revision
        finally:
            copy.dispose()


_NEXT_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "zz_simulated_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("simulated_next", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("simulated_next")
"""


def test_a_database_behind_head_is_backed_up_before_upgrading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Today's head plays "the older release": a throwaway next migration is added to a copy of
    # the migrations, so the backup path runs now, not only once a real 0002 exists.
    path = tmp_path / "relate.db"
    backups = tmp_path / "backups"
    engine = open_database(sqlite_url(path), backups)
    Services.over(session_factory(engine)).shop.initialise("Corner Shop", "GB")
    engine.dispose()
    old_head = head_revision()

    migrations = tmp_path / "migrations"
    shutil.copytree(db_engine.MIGRATIONS, migrations)
    (migrations / "versions" / "zz_simulated_next.py").write_text(
        _NEXT_MIGRATION.format(head=old_head), encoding="utf-8"
    )
    monkeypatch.setattr(db_engine, "MIGRATIONS", migrations)

    upgraded = open_database(sqlite_url(path), backups)
    try:
        assert current_revision(upgraded) == "zz_simulated_next"
        assert "simulated_next" in _tables(upgraded)
        assert Services.over(session_factory(upgraded)).shop.settings().name == "Corner Shop"
    finally:
        upgraded.dispose()

    [backup] = list(backups.iterdir())
    assert f"before-upgrade-from-{old_head}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        assert copy.execute("SELECT value FROM shop_setting WHERE key = 'name'").fetchall() == [
            ("Corner Shop",),
        ]


def test_the_quick_check_at_start_finds_the_head_alembic_finds() -> None:
    # A database at this revision is opened without loading Alembic (db/engine.py, _at_head).
    assert head_from_files() == head_revision()


@pytest.mark.parametrize("spelling", [
    "revision: str = 'zz_simulated_next'\ndown_revision: str | None = '{head}'",
    'revision = "zz_simulated_next"\ndown_revision = ("{head}",)',  # not read by the quick check
    'revision = "zz_simulated_next"  # the next one\ndown_revision = "{head}"',
])
def test_a_database_behind_head_is_upgraded_however_the_new_migration_spells_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    path = tmp_path / "relate.db"
    open_database(sqlite_url(path), None).dispose()
    old_head = head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(db_engine.MIGRATIONS, migrations)
    source = _NEXT_MIGRATION.replace('revision = "zz_simulated_next"\ndown_revision = "{head}"', spelling)
    (migrations / "versions" / "zz_simulated_next.py").write_text(source.format(head=old_head),
                                                                 encoding="utf-8")
    monkeypatch.setattr(db_engine, "MIGRATIONS", migrations)

    upgraded = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        assert current_revision(upgraded) == "zz_simulated_next"
        assert "simulated_next" in _tables(upgraded)
    finally:
        upgraded.dispose()


_OPEN_AT_HEAD = """
import sys
from pathlib import Path
from relate_desktop.db.engine import open_database, sqlite_url
open_database(sqlite_url(Path(sys.argv[1])), None).dispose()
print("alembic" in sys.modules)
"""


def test_a_database_at_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    # Alembic (with Mako and Pygments) costs about 0.15 s of every start; only a migration needs it.
    path = tmp_path / "relate.db"
    open_database(sqlite_url(path), None).dispose()
    done = subprocess.run([sys.executable, "-c", _OPEN_AT_HEAD, str(path)], capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.split() == ["False"]


def test_backup_copies_everything_written_so_far(tmp_path: Path) -> None:
    # What is still in the WAL file (not yet checkpointed) must be in the copy too.
    engine = open_database(sqlite_url(tmp_path / "relate.db"), None)
    try:
        Services.over(session_factory(engine)).shop.initialise("Corner Shop", "GB")
        backup = backup_sqlite(engine, tmp_path / "backups", "manual")
    finally:
        engine.dispose()
    assert backup is not None and backup.parent == tmp_path / "backups"
    with sqlite3.connect(backup) as copy:
        rows = copy.execute("SELECT value FROM shop_setting WHERE key = 'name'").fetchall()
    assert rows == [("Corner Shop",)]


def test_a_damaged_file_is_reported_with_its_path_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "relate.db"
    garbage = b"this is not a database, it is a shopping list\x00\xff" * 200
    path.write_bytes(garbage)

    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(sqlite_url(path), tmp_path / "backups")

    assert str(path) in str(refused.value)
    assert path.read_bytes() == garbage  # never overwritten: it may still be rescued


def test_a_folder_where_the_file_should_be_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "relate.db"
    path.mkdir()
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert str(path) in str(refused.value)


def test_a_database_from_a_newer_relate_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "relate.db"
    engine = open_database(sqlite_url(path), None)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")

    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(sqlite_url(path), tmp_path / "backups")

    assert "newer" in str(refused.value) and str(path) in str(refused.value)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("ffff_from_the_future",),
        ]


def test_sqlite_pragmas_are_in_effect_on_every_connection(tmp_path: Path) -> None:
    engine = open_database(sqlite_url(tmp_path / "relate.db"), None)
    try:
        for _ in range(2):  # the pool's first connection and a fresh one
            with engine.connect() as connection:
                pragma = connection.exec_driver_sql
                assert pragma("PRAGMA journal_mode").scalar() == "wal"
                assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
                assert pragma("PRAGMA foreign_keys").scalar() == 1
                busy_timeout = pragma("PRAGMA busy_timeout").scalar()
                assert isinstance(busy_timeout, int) and busy_timeout > 0
            engine.dispose()
    finally:
        engine.dispose()
