"""The relate-desktop command: start the window, or set up, fill and export a shop's database."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn, TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from relate_desktop import __version__, cli_database, cli_digest, cli_import
from relate_desktop.config import Locations, backup_folder, locate, workstation_name
from relate_desktop.db.engine import make_engine, open_database, session_factory, sqlite_file
from relate_desktop.domain.errors import DatabaseUnavailable, InvalidInput, RelateError
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.selfcheck import run_self_check
from relate_desktop.services import Services
from relate_desktop.services.demo import fill_sample_shop
from relate_desktop.services.export import TABLES, write_rows

PROG = "relate-desktop"
NO_SHOP = (
    f'no shop here yet — run "{PROG} init --shop NAME --region CC" or start the app'
)
SELF_CHECK = "--self-check"
SELF_CHECK_HELP = ("check that this installation works: create a database in a temporary "
                   "folder, migrate it, store and read back a remark and an escalation")
COMMANDS = ("init", "staff", "demo", "targets", "export", *cli_database.COMMANDS,
            *cli_import.COMMANDS)


class UsageError(Exception):
    """The command line itself is wrong: exit 2 with one line, not argparse's usage dump."""


class CannotWrite(Exception):
    """The output file could not be written; the message names the file."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {PROG} --help)")


def _global_options() -> _Parser:
    # SUPPRESS: a subcommand that was not given --data-dir must not reset the value given
    # before it, so the options work on either side of the subcommand.
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep the database, settings and logs in DIR (or set RELATE_DATA_DIR)")
    common.add_argument("--db-url", metavar="URL", default=argparse.SUPPRESS,
                        help="use this database, e.g. a PostgreSQL URL (or set RELATE_DB_URL)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _global_options()
    parser = _Parser(
        prog=PROG, parents=[common], allow_abbrev=False,
        description="Relate remembers the shop's customers. With no command, it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(SELF_CHECK, action="store_true", help=SELF_CHECK_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], allow_abbrev=False,
                               help="create the shop in an empty database")
    init.add_argument("--shop", required=True, metavar="NAME", help="the shop's name")
    init.add_argument("--region", required=True, metavar="CC",
                      help="country code for phone numbers, e.g. GB")
    init.add_argument("--currency", default="", metavar="CODE",
                      help="e.g. GBP (default: the region's currency)")

    staff = commands.add_parser("staff", parents=[common], allow_abbrev=False,
                                help="manage the shop's staff")
    staff_actions = staff.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    add = staff_actions.add_parser("add", parents=[common], allow_abbrev=False,
                                   help="add a member of staff")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])

    commands.add_parser("demo", parents=[common], allow_abbrev=False,
                        help="fill an empty database with a sample shop to try Relate with")

    # Listed for --help; `pop` itself is handled by integrations/launcher.py, before argparse,
    # because the number is whatever a softphone appends (even "-" or nothing).
    pop = commands.add_parser("pop", parents=[common], allow_abbrev=False,
                              help="show a caller's card in the running Relate (for softphones)")
    pop.add_argument("number", nargs="?", default="", help="the caller's number, last")

    targets = commands.add_parser(
        "targets", parents=[common], allow_abbrev=False,
        help="show or set how soon escalations should be resolved (in minutes)")
    targets.add_argument("--urgent", type=int, metavar="MINUTES", help="target for urgent ones")
    targets.add_argument("--normal", type=int, metavar="MINUTES", help="target for normal ones")

    export = commands.add_parser(
        "export", parents=[common], allow_abbrev=False,
        help="write remarks, customers or escalations as CSV or JSON; or the digest of what "
             "customers said over a period, as PDF or CSV")
    export.add_argument("table", choices=[*TABLES, cli_digest.DIGEST])
    export.add_argument("--format", choices=(*cli_digest.FORMATS, "excel-csv"), default=None,
                        help="csv (default), excel-csv (UTF-8 with BOM, for Excel) or json; "
                             "the digest: pdf (default) or csv")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    export.add_argument("--from", dest="from_day", type=cli_digest.day, metavar="YYYY-MM-DD",
                        help="the digest's first day (the shop PC's local days)")
    export.add_argument("--to", dest="to_day", type=cli_digest.day, metavar="YYYY-MM-DD",
                        help="the digest's last day, included")
    export.add_argument("--include-sensitive", action="store_true",
                        help="include little things marked sensitive (left out by default)")
    cli_database.add_commands(commands, common)
    cli_import.add_commands(commands, common)
    return parser


def _window_parser() -> argparse.ArgumentParser:
    """Without a command: the global options, and any words for the window (a
    ``relate://pop?number=…`` link)."""
    parser = _Parser(prog=PROG, parents=[_global_options()], allow_abbrev=False)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(SELF_CHECK, action="store_true", help=SELF_CHECK_HELP)
    parser.add_argument("words", nargs="*")
    return parser


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not an option or an option's value: the command, if any."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg == "--":
            return None
        elif arg in ("--data-dir", "--db-url"):
            skip_next = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if SELF_CHECK in args:  # before anything else: it must not touch the shop's own folders
        return run_self_check()
    word = _first_word(args)
    if word == "pop":  # hand over and return at once, whatever the number looks like
        from relate_desktop.integrations.launcher import pop_from_command_line

        return pop_from_command_line(args)
    wants_help = word is None and ("-h" in args or "--help" in args)
    try:
        if word in COMMANDS or wants_help:
            options = build_parser().parse_args(args)
        else:
            options = _window_parser().parse_intermixed_args(args)
            options.command = None
    except UsageError as error:
        return _fail(str(error), 2)
    except SystemExit as done:  # --help and --version print and "exit"
        return done.code if isinstance(done.code, int) else 0
    locations = locate(getattr(options, "data_dir", None), getattr(options, "db_url", None))
    if options.command is None:
        return _start_window(locations, options.words)
    try:
        return _run(options, locations)
    except InvalidInput as error:
        return _fail(str(error), 2)
    except (RelateError, CannotWrite) as error:
        return _fail(str(error), 1)
    except BrokenPipeError:
        _quiet_stdout()  # the reader (e.g. "head") stopped: not an error worth a message
        return 1
    except SQLAlchemyError as error:
        return _fail(f"the database failed: {getattr(error, 'orig', None) or error}", 1)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one line for the person, the details in the log
        return _fail(f"unexpected error: {error!r}{_log_traceback(locations)}", 1)


def _run(options: argparse.Namespace, locations: Locations) -> int:
    if options.command in cli_database.COMMANDS:  # before opening: the database may be broken
        return cli_database.run(options, locations)
    needs_shop = options.command in ("staff", "export", "targets", "import")
    path = _sqlite_path(locations.db_url)
    if needs_shop and path is not None and not path.exists():
        return _fail(NO_SHOP, 2)  # and do not leave an empty database behind a mistyped folder
    engine = open_database(locations.db_url, backup_folder(locations))
    try:
        services = Services.over(session_factory(engine))
        if needs_shop and not services.shop.is_initialised():
            return _fail(NO_SHOP, 2)
        if options.command == "init":
            shop = services.shop.initialise(options.shop, options.region, options.currency)
            print(f"Created the shop {shop.name} ({shop.region}, {shop.currency}) in "
                  f"{_where(locations)}.")
        elif options.command == "staff":
            actor = services.staff.command_line_actor(workstation_name())
            member = services.staff.add(options.name, Role(options.role), actor, pin=_read_pin())
            print(f"Added {member.name} ({member.role.value}).")
        elif options.command == "demo":
            actor = services.staff.command_line_actor(workstation_name())
            done = fill_sample_shop(services, actor)
            print(f"Filled {_where(locations)} with the sample shop: {done.customers} customers, "
                  f"{done.remarks} remarks, {done.escalations} escalations, "
                  f"{done.promises} promises, {done.staff} staff.")
        elif options.command == "targets":
            shop = services.shop.settings()
            if options.urgent is not None or options.normal is not None:
                actor = services.staff.command_line_actor(workstation_name())
                shop = services.shop.set_target_minutes(
                    actor,
                    urgent=shop.urgent_target_minutes if options.urgent is None else options.urgent,
                    normal=shop.normal_target_minutes if options.normal is None else options.normal,
                )
            print(f"Urgent escalations: {shop.urgent_target_minutes} minutes; "
                  f"normal: {shop.normal_target_minutes} minutes.")
        elif options.command == "import":
            actor = services.staff.command_line_actor(workstation_name())
            return cli_import.run(services, actor, options, locations)
        elif options.command == "export" and options.table == cli_digest.DIGEST:
            actor = services.staff.command_line_actor(workstation_name())
            cli_digest.export_digest(services, actor, options,
                                     lambda write: _write_text(options.output, write))
        elif options.command == "export":
            if options.format == "pdf" or options.from_day or options.to_day:
                raise InvalidInput("pdf, --from and --to are for the digest only")
            actor = services.staff.command_line_actor(workstation_name())
            _export(services, actor, options.table, options.format or "csv", options.output,
                    options.include_sensitive)
        return 0
    finally:
        engine.dispose()


def _read_pin() -> str:
    """The new member's PIN: asked on the terminal (twice, not echoed), else one line of stdin.
    Never an argument, where it would stay in the shell's history and the process list."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass("PIN (4-12 digits, or a passphrase): ")
        if getpass.getpass("The same PIN again: ") != first:
            raise InvalidInput("the two PINs differ; nothing was changed")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    pin = line.rstrip("\r\n")
    if not pin:
        raise InvalidInput("give the PIN on standard input (one line), e.g. from a password manager")
    return pin


def _export(
    services: Services, actor: Actor, table: str, fmt: str, output: str | None, sensitive: bool
) -> None:
    def write(out: TextIO) -> None:
        write_rows(table, fmt, services.export.rows(table, actor, include_sensitive=sensitive), out)

    _write_text(output, write)


def _write_text(output: str | None, write: Callable[[TextIO], None]) -> None:
    """To standard output, or atomically to the file ``output``."""
    if output is None:
        with _utf8_stdout() as out:
            write(out)
    else:
        write_atomically(Path(output), write)


@contextlib.contextmanager
def _utf8_stdout() -> Iterator[TextIO]:
    """Standard output as UTF-8 whatever the console's code page, with no newline
    translation (CSV brings its own line ends); closing it leaves stdout open."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test or an embedding app
        yield sys.stdout
        return
    sys.stdout.flush()
    with open(descriptor, "w", encoding="utf-8", newline="", closefd=False) as out:
        yield out


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write through a temporary file beside ``path``: a failure half-way never leaves a
    half-written export where the old one was."""
    path = path.expanduser()
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise CannotWrite(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with open(handle, "w", encoding="utf-8", newline="") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise CannotWrite(f"cannot write {path}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _start_window(locations: Locations, words: list[str]) -> int:
    try:
        from relate_desktop.app import run_gui  # Qt loads only when a window is wanted
    except ImportError as error:
        return _fail(f"cannot open the window: {error}", 1)
    return run_gui(locations, words)


def _sqlite_path(url: str) -> Path | None:
    """The SQLite file ``url`` names (None for a server); a URL that cannot work is refused
    here, before anything is opened."""
    try:
        engine = make_engine(url)
    except (ArgumentError, NoSuchModuleError) as error:
        raise InvalidInput(
            f"'{url}' is not a database URL Relate can use "
            "(e.g. sqlite:///path/relate.db or postgresql://user@server/relate)."
        ) from error
    except ImportError as error:
        shown = make_url(url).render_as_string(hide_password=True)
        raise DatabaseUnavailable(
            f"The database driver for {shown} is not installed ({error.name or error})."
        ) from error
    try:
        return sqlite_file(engine)
    finally:
        engine.dispose()


def _where(locations: Locations) -> str:
    """The database, for messages: the file, or the URL without its password."""
    path = _sqlite_path(locations.db_url)
    return str(path) if path else make_url(locations.db_url).render_as_string(hide_password=True)


def _fail(message: str, code: int) -> int:
    # One line, whatever the message held (a PostgreSQL error spans several).
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return code


def _quiet_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _log_traceback(locations: Locations) -> str:
    try:
        locations.log_dir.mkdir(parents=True, exist_ok=True)
        log = locations.log_dir / "command-line-errors.log"
        with log.open("a", encoding="utf-8") as out:
            out.write(f"--- {datetime.now(UTC).isoformat()} {PROG}\n{traceback.format_exc()}\n")
    except OSError:
        return ""
    return f" (details in {log})"
