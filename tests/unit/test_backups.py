"""Backups of this PC's own database: made, kept N per kind, checked, restored after damage."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from relate_desktop.cli import main
from relate_desktop.config import locate
from relate_desktop.db import backups
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.errors import DatabaseUnavailable
from relate_desktop.domain.records import NewCustomer
from relate_desktop.services import Services
from relate_desktop.upkeep import open_or_offer_restore


def _shop(data_dir: Path) -> None:
    assert main(["init", "--shop", "Corner Shop", "--region", "GB"]) == 0
    engine = open_database(sqlite_url(data_dir / "relate.db"), None)
    services = Services.over(session_factory(engine))
    services.customers.create(services.staff.command_line_actor("t"), NewCustomer("Ada Lovelace"))
    engine.dispose()


def test_backup_then_damage_then_restore_brings_the_shop_back(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _shop(data_dir)
    assert main(["backup"]) == 0
    [made] = backups.list_backups(data_dir / "backups")
    assert backups.problem_with(made) is None
    capsys.readouterr()

    database = data_dir / "relate.db"
    database.write_bytes(b"scrambled by a failing disk" * 500)
    assert main(["export", "customers"]) == 1
    err = capsys.readouterr().err
    assert "cannot be read" in err and f"relate-desktop restore {made}" in err  # says which

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: refuses without --yes
    assert main(["restore", str(made)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["restore", str(made), "--yes"]) == 0
    assert "kept at" in capsys.readouterr().out
    assert [p.name for p in data_dir.glob("relate.db.before-restore-*")]  # the damaged one, aside

    engine = open_database(sqlite_url(database), None)
    try:
        names = [m.display_name for m in Services.over(session_factory(engine)).lookup.lookup_customers("ada")]
    finally:
        engine.dispose()
    assert names == ["Ada Lovelace"]


def test_a_damaged_backup_is_never_restored(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _shop(data_dir)
    bad = data_dir / "relate-20260101-000000-manual.db"
    bad.write_bytes(b"not a database" * 100)
    before = (data_dir / "relate.db").read_bytes()
    assert main(["restore", str(bad), "--yes"]) == 2
    assert "Not restored" in capsys.readouterr().err
    assert (data_dir / "relate.db").read_bytes() == before


def test_the_window_offers_the_newest_good_backup_for_a_damaged_file(data_dir: Path) -> None:
    _shop(data_dir)
    assert main(["backup"]) == 0
    (data_dir / "relate.db").write_bytes(b"\x00garbage" * 300)
    offered: list[Path] = []
    with pytest.raises(DatabaseUnavailable):
        open_or_offer_restore(locate(), lambda _problem, backup: offered.append(backup) or False)
    assert len(offered) == 1
    engine = open_or_offer_restore(locate(), lambda _problem, _backup: True)
    engine.dispose()


def test_backups_are_kept_n_per_kind_and_the_daily_one_once_a_day(data_dir: Path) -> None:
    _shop(data_dir)
    engine = open_database(sqlite_url(data_dir / "relate.db"), None)
    folder = data_dir / "backups"
    try:
        assert backups.back_up_if_due(engine, folder, keep=2) is not None
        assert backups.back_up_if_due(engine, folder, keep=2) is None  # not due again today
        for n in range(4):
            (folder / f"relate-2026010{n}-000000-exit.db").write_bytes(b"")
        backups.back_up(engine, folder, "exit", keep=2)
    finally:
        engine.dispose()
    kinds = sorted(p.name.rsplit("-", 1)[1] for p in backups.list_backups(folder))
    assert kinds == ["daily.db", "exit.db", "exit.db"]
