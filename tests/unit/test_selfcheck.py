"""`--self-check`: it proves the database round trip, and says so plainly when any step fails."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from relate_desktop import cli, selfcheck
from relate_desktop.domain.records import Remark
from relate_desktop.services.remarks import RemarkService


def test_the_database_round_trip_passes_on_a_good_installation(tmp_path: Path) -> None:
    selfcheck.check_database(tmp_path)
    assert (tmp_path / "relate.db").is_file()  # it really wrote a database there


def test_every_regions_phone_metadata_is_checked() -> None:
    assert selfcheck.check_phone_metadata() > 200


def test_a_remark_read_back_wrong_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_get = RemarkService.get

    def garbled(self: RemarkService, remark_id: int) -> Remark:
        remark = real_get(self, remark_id)
        return dataclasses.replace(remark, text=remark.text.encode("utf-8").decode("latin-1"))

    monkeypatch.setattr(RemarkService, "get", garbled)
    with pytest.raises(selfcheck.SelfCheckFailed, match="remark read back differs"):
        selfcheck.check_database(tmp_path)


def test_a_failure_is_one_line_and_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_folder: Path) -> None:
        raise selfcheck.SelfCheckFailed("the migrations stopped at 0001,\nnot at 0002")

    monkeypatch.setattr(selfcheck, "check_database", broken)
    assert selfcheck.run_self_check() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "self-check failed: the migrations stopped at 0001, not at 0002\n"


def test_the_flag_is_handled_first_and_never_touches_the_shops_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selfcheck, "check_window_parts", lambda: None)  # no Qt in unit tests
    shop = tmp_path / "the-shops-data"
    # Before the command word, after it, with options that would otherwise open a database.
    assert cli.main(["--data-dir", str(shop), "export", "remarks", "--self-check"]) == 0
    assert capsys.readouterr().out == "self-check passed\n"
    assert not shop.exists()
