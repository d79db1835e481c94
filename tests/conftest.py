"""Shared fixtures: every test gets its own data folder and database, never the real ones."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Without a display Qt aborts; set once, before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services import Services
from tests.pg_cluster import BINDIR_ENV, PostgresCluster, find_bindir


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every folder Relate might use into the test's temp folder."""
    monkeypatch.setenv("RELATE_DATA_DIR", str(tmp_path / "relate-data"))
    monkeypatch.delenv("RELATE_DB_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    # English whatever this machine's language: a test starting Relate (run_gui) would else
    # leave its language installed for the tests after it (tests/gui/test_languages.py).
    monkeypatch.setenv("RELATE_LANGUAGE", "en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "relate-data"
    path.mkdir(exist_ok=True)
    return path


# --- both engines: every test over the services runs on SQLite and on PostgreSQL ----------

#: The engines a database fixture is parametrized on; a test marked ``sqlite_only`` keeps the
#: first (it is about SQLite files: bytes on disk, pragmas, file backups).
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    dropped = [item for item in items if item.get_closest_marker("sqlite_only")
               and "postgresql" in _params(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]


def _params(item: pytest.Item) -> list[object]:
    callspec = getattr(item, "callspec", None)
    return list(callspec.params.values()) if callspec is not None else []


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresCluster]:
    """A cluster of the test module's own, for tests that stop and start the server."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    cluster = PostgresCluster(bindir).initdb().start()
    yield cluster
    cluster.remove()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL cluster for the whole run, or a skip saying why there is none."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: install the "
                    f"postgresql package or set {BINDIR_ENV}")
    cluster = PostgresCluster(bindir)
    try:
        cluster.initdb().start()
    except (RuntimeError, OSError) as error:
        cluster.remove()
        pytest.skip(f"the throwaway PostgreSQL cluster did not start: {error}")
    yield cluster
    cluster.remove()


@pytest.fixture(scope="session")
def pg_template(postgres: PostgresCluster) -> str:
    """A database migrated to head once; each test copies it (CREATE DATABASE ... TEMPLATE)."""
    name = postgres.create_database()
    open_database(postgres.url(name), None).dispose()
    return name


def new_database_url(request: pytest.FixtureRequest, backend: str, folder: Path, migrated: bool) -> str:
    """A fresh database on ``backend``: a file in ``folder``, or a new PostgreSQL database
    dropped when the requesting test (or module) is done."""
    if backend == "sqlite":
        return sqlite_url(folder / "relate.db")
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    template = request.getfixturevalue("pg_template") if migrated else None
    name = cluster.create_database(template)
    request.addfinalizer(lambda: cluster.drop_database(name))
    return cluster.url(name)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, backend: str, data_dir: Path) -> str:
    """This test's database, schema at head: ``relate.db`` in the data folder, or PostgreSQL."""
    return new_database_url(request, backend, data_dir, migrated=True)


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, backend: str, data_dir: Path) -> str:
    """This test's database with no schema at all yet (as on a shop's first start)."""
    return new_database_url(request, backend, data_dir, migrated=False)


@pytest.fixture
def services(db_url: str, data_dir: Path) -> Iterator[Services]:
    """Services over a fresh database with a shop in the UK (region GB)."""
    engine = open_database(db_url, data_dir / "backups")
    bundle = Services.over(session_factory(engine))
    bundle.shop.initialise("Corner Shop", "GB", "GBP")
    yield bundle
    engine.dispose()


@pytest.fixture
def manager(services: Services) -> Actor:
    return Actor(services.staff.add("Maria Manager", Role.MANAGER), "office-pc")


@pytest.fixture
def staff(services: Services, manager: Actor) -> Actor:
    return Actor(services.staff.add("Sam Counter", Role.STAFF, manager), "counter-pc")
