"""The relate-desktop command: set up, fill and export a shop; clear one-line errors, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from relate_desktop import __version__
from relate_desktop.cli import NO_SHOP, main
from relate_desktop.config import Locations
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.errors import DatabaseUnavailable
from relate_desktop.domain.records import NewCustomer
from relate_desktop.domain.vocabulary import RemarkKind, Role
from relate_desktop.services import Services
from relate_desktop.services.export import CUSTOMER_COLUMNS, REMARK_COLUMNS, ExportRow

REPO = Path(__file__).resolve().parents[2]
AWKWARD = 'Said "best shop in town", twice;\nthen שלום 👋🏽 — café'


class _PinOnStdin(io.StringIO):
    """Standard input as a script or password manager gives it: the PIN, every time asked."""

    def readline(self, size: int | None = -1) -> str:
        return "2468\n"


@pytest.fixture(autouse=True)
def _pin_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _PinOnStdin())


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert err.startswith("relate-desktop: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


@pytest.fixture
def env_dir(tmp_path: Path) -> Path:
    """The folder RELATE_DATA_DIR points at (conftest sets it for every test)."""
    return tmp_path / "relate-data"


@contextmanager
def opened(folder: Path) -> Iterator[Services]:
    """The services over the database the command line wrote, to check what it did."""
    engine = open_database(sqlite_url(folder / "relate.db"), None)
    try:
        yield Services.over(session_factory(engine))
    finally:
        engine.dispose()


def init(capsys: pytest.CaptureFixture[str], *extra: str) -> None:
    code, _, err = run(capsys, "init", "--shop", "Corner Shop", "--region", "GB", *extra)
    assert code == 0, err


# --- init, staff, and where the database is ---------------------------------------------


def test_init_creates_the_shop_in_the_data_folder_from_the_environment(
    capsys: pytest.CaptureFixture[str], env_dir: Path
) -> None:
    code, out, err = run(capsys, "init", "--shop", "Corner Shop", "--region", "gb")
    assert (code, err) == (0, "")
    assert "Corner Shop" in out and str(env_dir / "relate.db") in out
    with opened(env_dir) as services:
        shop = services.shop.settings()
    assert (shop.name, shop.region, shop.currency, shop.is_demo) == ("Corner Shop", "GB", "GBP", False)

    code, out, err = run(capsys, "init", "--shop", "Other", "--region", "FR", "--currency", "EUR")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "already has a shop")


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_work_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, env_dir: Path, where: str
) -> None:
    chosen = tmp_path / "chosen"
    options = ["--data-dir", str(chosen)]
    command = ["init", "--shop", "Deli", "--region", "IE"]
    code, _, err = run(capsys, *(options + command if where == "before" else command + options))
    assert code == 0, err
    with opened(chosen) as services:
        assert services.shop.settings().currency == "EUR"
    assert not (env_dir / "relate.db").exists()

    elsewhere = tmp_path / "by-url.db"
    url = ["--db-url", sqlite_url(elsewhere)]
    staff = ["staff", "add", "--name", "Tom Okafor", "--role", "staff"]
    code, _, err = run(capsys, *(url + command if where == "before" else command + url))
    assert code == 0, err
    code, out, err = run(capsys, *(url + staff if where == "before" else staff + url))
    assert (code, out.strip()) == (0, "Added Tom Okafor (staff)."), err
    assert elsewhere.exists()


def test_environment_variables_choose_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELATE_DATA_DIR", str(tmp_path / "from-env"))
    init(capsys)
    assert (tmp_path / "from-env" / "relate.db").exists()
    monkeypatch.setenv("RELATE_DB_URL", sqlite_url(tmp_path / "url-from-env.db"))
    init(capsys)  # a second, separate database: no "already has a shop"
    assert (tmp_path / "url-from-env.db").exists()


def test_staff_are_added_as_the_command_line_with_manager_rights(
    capsys: pytest.CaptureFixture[str], env_dir: Path
) -> None:
    init(capsys)
    assert run(capsys, "staff", "add", "--name", "Priya Shah", "--role", "manager")[:2] == (
        0, "Added Priya Shah (manager).\n")
    assert run(capsys, "staff", "add", "--name", "Tom Okafor", "--role", "staff")[0] == 0
    with opened(env_dir) as services:
        people = {s.name: s.role for s in services.staff.active_staff()}
    # The command line acts, but is nobody anyone signs in as.
    assert people == {"Priya Shah": Role.MANAGER, "Tom Okafor": Role.STAFF}

    code, _, err = run(capsys, "staff", "add", "--name", "Tom Okafor", "--role", "staff")
    assert code == 2
    assert_one_line_error(err, "already someone called Tom Okafor")
    code, _, err = run(capsys, "staff", "add", "--name", "Ann", "--role", "owner")
    assert code == 2
    assert_one_line_error(err, "invalid choice", "owner")


@pytest.mark.parametrize("command", [
    ["staff", "add", "--name", "Tom", "--role", "staff"],
    ["export", "remarks"],
])
def test_commands_needing_a_shop_say_how_to_make_one(
    capsys: pytest.CaptureFixture[str], env_dir: Path, command: list[str]
) -> None:
    code, out, err = run(capsys, *command)
    assert (code, out) == (2, "")
    assert err == f"relate-desktop: {NO_SHOP}\n"
    assert not (env_dir / "relate.db").exists()  # a mistyped folder is left empty
    engine = open_database(sqlite_url(env_dir / "relate.db"), None)  # a database, no shop
    engine.dispose()
    code, _, err = run(capsys, *command)
    assert code == 2 and err == f"relate-desktop: {NO_SHOP}\n"


# --- demo and export --------------------------------------------------------------------


def test_demo_fills_an_empty_folder_and_exports_stream_it_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, env_dir: Path
) -> None:
    code, out, err = run(capsys, "demo")
    assert (code, err) == (0, ""), err
    assert "300 customers" in out
    with opened(env_dir) as services:
        assert services.shop.settings().is_demo
    code, out, err = run(capsys, "demo")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "already has customers", "empty data folder")

    code, out, err = run(capsys, "export", "customers")
    assert code == 0, err
    table = list(csv.reader(io.StringIO(out, newline="")))
    assert tuple(table[0]) == CUSTOMER_COLUMNS
    assert len(table) == 301
    assert any(row[1] == "José Álvarez" for row in table)

    target = tmp_path / "out" / "remarks.json"
    target.parent.mkdir()
    code, out, err = run(capsys, "export", "remarks", "-o", str(target), "--format", "json")
    assert (code, out, err) == (0, "", "")
    remarks = json.loads(target.read_text(encoding="utf-8"))
    assert len(remarks) == 600 and tuple(remarks[0]) == REMARK_COLUMNS
    assert os.listdir(target.parent) == ["remarks.json"]  # no temporary file left behind

    code, out, _ = run(capsys, "export", "escalations", "--format", "json")
    assert code == 0
    assert {e["status"] for e in json.loads(out)} == {"open", "acknowledged", "resolved"}


def _shop_with_awkward_remark(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(folder), "init", "--shop", "Deli", "--region", "GB")
    assert code == 0, err
    with opened(folder) as services:
        actor = services.staff.command_line_actor("test")
        customer = services.customers.create(actor, NewCustomer(display_name="Zoë Brontë 🌷"))
        services.remarks.log_remark(actor, customer, RemarkKind.NOTE, AWKWARD, tags=("a", "b"))


def test_export_to_a_file_matches_stdout_and_keeps_text_exact(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "deli"
    _shop_with_awkward_remark(capsys, folder)
    target = tmp_path / "remarks.csv"
    target.write_text("an older export\n", encoding="utf-8")
    code, _, err = run(capsys, "export", "remarks", "-o", str(target), "--data-dir", str(folder))
    assert code == 0, err
    _, printed, _ = run(capsys, "export", "--data-dir", str(folder), "remarks", "--format", "csv")
    written = target.read_bytes().decode("utf-8")
    assert written == printed
    [row] = list(csv.DictReader(io.StringIO(written, newline="")))
    assert (row["text"], row["customer_name"], row["tags"]) == (AWKWARD, "Zoë Brontë 🌷", "a;b")


def test_a_failed_export_leaves_the_old_file_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "deli"
    _shop_with_awkward_remark(capsys, folder)
    target = tmp_path / "remarks.csv"
    target.write_text("an older export\n", encoding="utf-8")

    def breaks_half_way(columns: object, rows: Iterator[ExportRow], out: io.StringIO) -> int:
        out.write("remark_id,half a line")
        raise DatabaseUnavailable("The shop database cannot be reached: server closed\nthe connection")

    monkeypatch.setattr("relate_desktop.services.export.write_csv", breaks_half_way)
    code, out, err = run(capsys, "--data-dir", str(folder), "export", "remarks", "-o", str(target))
    assert (code, out) == (1, "")
    assert_one_line_error(err, "cannot be reached: server closed the connection")
    assert target.read_text(encoding="utf-8") == "an older export\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_unwritable_output_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    init(capsys)
    missing = tmp_path / "no-such-folder" / "out.csv"
    code, out, err = run(capsys, "export", "customers", "-o", str(missing))
    assert (code, out) == (1, "")
    assert_one_line_error(err, f"cannot write {missing}")
    code, _, err = run(capsys, "export", "customers", "-o", str(tmp_path))  # a folder
    assert code == 1
    assert_one_line_error(err, f"cannot write {tmp_path}")


# --- errors, version, and the window -----------------------------------------------------


@pytest.mark.parametrize("args, fragment", [
    (["init", "--shop", "X", "--region", "ZZ"], "'ZZ' is not a country code"),
    (["init", "--shop", "   ", "--region", "GB"], "needs a name"),
    (["init", "--shop", "X", "--region", "GB", "--currency", "pounds"], "not a currency code"),
    (["init", "--shop", "X"], "--region"),
    (["export"], "table"),
    (["export", "staff"], "invalid choice"),
    (["export", "remarks", "--format", "xml"], "invalid choice"),
    (["staff"], "required"),
    (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["demo", "--data"], "unrecognized arguments: --data"),
    (["export", "remarks", "--db-url", "not a url"], "not a database URL"),
    (["--db-url", "nosuchdb://server/relate", "demo"], "not a database URL"),
])
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert_one_line_error(err, fragment)


def test_a_damaged_database_file_is_named_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    database = data_dir / "relate.db"
    database.write_bytes(b"this is not a database \x00\xff" * 200)
    for command in (["export", "remarks"], ["demo"], ["init", "--shop", "X", "--region", "GB"]):
        code, out, err = run(capsys, *command)
        assert (code, out) == (1, "")
        assert_one_line_error(err, str(database), "cannot be read")


def test_an_unexpected_failure_is_one_line_with_the_details_in_the_log(
    capsys: pytest.CaptureFixture[str], env_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bug(*_: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("relate_desktop.cli.fill_sample_shop", bug)
    code, _, err = run(capsys, "demo")
    assert code == 1
    log = env_dir / "logs" / "command-line-errors.log"
    assert_one_line_error(err, "unexpected error", "a bug", str(log))
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"relate-desktop {__version__}\n", "")
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("init", "staff", "demo", "export", "--data-dir", "--db-url"):
        assert command in out


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch) -> list[Locations]:
    """A stand-in for relate_desktop.app (and Qt): records what the window was given."""
    opened_with: list[Locations] = []

    def run_gui(locations: Locations, arguments: Sequence[str] = ()) -> int:
        opened_with.append(locations)
        return 5

    monkeypatch.setitem(sys.modules, "relate_desktop.app", types.SimpleNamespace(run_gui=run_gui))
    return opened_with


@pytest.mark.parametrize("args", [[], ["07700 900123"], ["relate://pop?number=07700900123"]])
def test_without_a_command_the_window_opens(
    window: list[Locations], tmp_path: Path, args: list[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "w"), *args]) == 5
    [locations] = window
    assert locations.data_dir == tmp_path / "w"
    assert locations.db_url == sqlite_url(tmp_path / "w" / "relate.db")
    assert main([*args, "--db-url", "sqlite:///elsewhere.db"]) == 5
    assert window[1].db_url == "sqlite:///elsewhere.db"


def test_no_window_available_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "relate_desktop.app", None)  # import fails
    code, _, err = run(capsys)
    assert code == 1
    assert_one_line_error(err, "cannot open the window")


# --- as a real process --------------------------------------------------------------------


def _relate(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "relate_desktop", *args], cwd=REPO, capture_output=True,
        env={**os.environ, **env}, timeout=120, check=False,
    )


def test_python_m_relate_desktop_runs_the_commands(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    done = _relate("--data-dir", str(folder), "init", "--shop", "Café Ünïcode", "--region", "GB")
    assert done.returncode == 0, done.stderr
    with opened(folder) as services:
        actor = services.staff.command_line_actor("test")
        services.customers.create(actor, NewCustomer(display_name="Łukasz Wróbel 🍞"))
    # A console that cannot show Polish letters or emoji still gets the UTF-8 file.
    done = _relate("export", "customers", "--data-dir", str(folder), PYTHONIOENCODING="ascii")
    assert (done.returncode, done.stderr) == (0, b"")
    table = list(csv.reader(io.StringIO(done.stdout.decode("utf-8"), newline="")))
    assert table[1][1] == "Łukasz Wróbel 🍞"


def test_a_real_process_with_a_damaged_database_prints_no_traceback(tmp_path: Path) -> None:
    database = tmp_path / "broken" / "relate.db"
    database.parent.mkdir()
    database.write_bytes(os.urandom(4096))
    done = _relate("export", "remarks", RELATE_DATA_DIR=str(database.parent))
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert_one_line_error(err, str(database))
    assert done.stdout == b""


def test_target_times_are_shown_and_set(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "init", "--shop", "Corner Shop", "--region", "GB")[0] == 0
    code, out, _ = run(capsys, "targets")
    assert (code, out.strip()) == (0, "Urgent escalations: 15 minutes; normal: 1440 minutes.")
    code, out, _ = run(capsys, "targets", "--urgent", "10")
    assert (code, out.strip()) == (0, "Urgent escalations: 10 minutes; normal: 1440 minutes.")
    code, _, err = run(capsys, "targets", "--normal", "0")
    assert code == 2
    assert_one_line_error(err, "at least one minute")
    assert run(capsys, "targets")[1].strip() == "Urgent escalations: 10 minutes; normal: 1440 minutes."


def test_staff_add_reads_the_pin_from_stdin_and_never_from_arguments(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    init(capsys)
    assert run(capsys, "staff", "add", "--name", "Ada", "--role", "manager")[0] == 0
    with opened(data_dir) as services:
        ada = next(m for m in services.staff.active_staff() if m.name == "Ada")
        assert services.staff.sign_in(ada.id, "2468", "till").staff.name == "Ada"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "staff", "add", "--name", "Bo", "--role", "staff")
    assert code == 2
    assert_one_line_error(err, "standard input")
    code, _, err = run(capsys, "staff", "add", "--name", "Bo", "--role", "staff", "--pin", "1234")
    assert code == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n"))
    code, _, err = run(capsys, "staff", "add", "--name", "Bo", "--role", "staff")
    assert_one_line_error(err, "4 to 12 digits")
