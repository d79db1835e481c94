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


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every folder Relate might use into the test's temp folder."""
    monkeypatch.setenv("RELATE_DATA_DIR", str(tmp_path / "relate-data"))
    monkeypatch.delenv("RELATE_DB_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "relate-data"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    """Services over a fresh SQLite database with a shop in the UK (region GB)."""
    engine = open_database(sqlite_url(data_dir / "relate.db"), data_dir / "backups")
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
