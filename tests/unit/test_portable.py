"""Portable mode: a `portable` file beside the program keeps data, settings, logs and backups beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from relate_desktop.config import (
    PORTABLE_MARKER,
    Locations,
    locate,
    program_folder,
)
from relate_desktop.db.engine import sqlite_url


@pytest.fixture
def program_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A program folder (as on a USB stick), and no RELATE_DATA_DIR set by the test setup."""
    monkeypatch.delenv("RELATE_DATA_DIR", raising=False)
    folder = tmp_path / "usb-stick" / "relate-desktop"
    folder.mkdir(parents=True)
    return folder


def test_a_portable_marker_keeps_everything_beside_the_program(program_dir: Path) -> None:
    (program_dir / PORTABLE_MARKER).write_text("")
    where = locate(program_dir=program_dir)
    data = program_dir / "data"
    assert where.portable
    assert (where.data_dir, where.config_dir, where.log_dir, where.backup_dir) == (
        data, data, data / "logs", data / "backups")
    assert where.settings_file == data / "settings.json"
    assert where.drafts_file == data / "drafts.json"
    assert where.db_url == sqlite_url(data / "relate.db")


def test_without_the_marker_the_platform_folders_are_used(program_dir: Path, tmp_path: Path) -> None:
    (program_dir / "data").mkdir()  # a folder called data is not a marker
    (program_dir / PORTABLE_MARKER.upper()).mkdir()  # nor is a folder with a similar name
    where = locate(program_dir=program_dir)
    assert not where.portable
    # conftest points the XDG folders into the test's temp folder
    assert where.data_dir == tmp_path / "xdg-data" / "Relate"
    assert not where.data_dir.is_relative_to(program_dir)


def test_a_folder_named_portable_is_not_the_marker(program_dir: Path) -> None:
    (program_dir / PORTABLE_MARKER).mkdir()
    assert not locate(program_dir=program_dir).portable


def test_an_explicit_data_folder_wins_over_the_marker(
    program_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (program_dir / PORTABLE_MARKER).write_text("")
    chosen = tmp_path / "chosen"
    where = locate(data_dir=str(chosen), program_dir=program_dir)
    assert (where.data_dir, where.portable) == (chosen, False)

    monkeypatch.setenv("RELATE_DATA_DIR", str(tmp_path / "from-env"))
    where = locate(program_dir=program_dir)
    assert (where.data_dir, where.portable) == (tmp_path / "from-env", False)


def test_a_database_url_still_applies_in_portable_mode(
    program_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (program_dir / PORTABLE_MARKER).write_text("")
    monkeypatch.setenv("RELATE_DB_URL", "postgresql://clerk@shop-server/relate")
    where = locate(program_dir=program_dir)
    assert where.portable and where.data_dir == program_dir / "data"
    assert where.db_url == "postgresql://clerk@shop-server/relate"


def test_the_built_program_looks_for_the_marker_beside_itself(
    program_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From source there is no program folder: a stray file in a checkout moves nothing.
    assert program_folder() is None
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program_dir / "relate-desktop"))
    assert program_folder() == program_dir
    assert not locate().portable
    (program_dir / PORTABLE_MARKER).write_text("")
    assert locate().data_dir == program_dir / "data"


def test_the_caller_id_hand_over_finds_the_same_portable_folder(program_dir: Path) -> None:
    # The running Relate listens on a socket named after its data folder; a softphone's
    # `pop` must work that folder out the same way, or the card never pops.
    hand_over = pytest.importorskip("relate_desktop.integrations.hand_over")
    assert hand_over.data_folder(program_dir=program_dir) == locate(program_dir=program_dir).data_dir
    (program_dir / PORTABLE_MARKER).write_text("")
    assert hand_over.data_folder(program_dir=program_dir) == locate(program_dir=program_dir).data_dir


@pytest.mark.parametrize(("url", "secret"), [
    ("postgresql://clerk:s3cret@shop-server/relate", "s3cret"),
    ("postgresql+psycopg://clerk:p%40ss@shop-server:5433/relate", "p%40ss"),
    ("not a url://clerk:hunter2@x", "hunter2"),
])
def test_the_database_url_is_shown_without_its_password(url: str, secret: str) -> None:
    shown = Locations(Path("d"), Path("c"), Path("l"), url).shown_db_url
    assert secret not in shown and "***" in shown and "clerk" in shown
