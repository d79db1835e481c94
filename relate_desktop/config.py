"""Where Relate keeps its data, settings and logs, and which database it opens."""

from __future__ import annotations

import json
import os
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from relate_desktop.db.engine import sqlite_url

APP_NAME = "Relate"
DATA_DIR_ENV = "RELATE_DATA_DIR"
DB_URL_ENV = "RELATE_DB_URL"
#: A file of this name beside the built program keeps everything in ``data/`` beside it.
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"


@dataclass(frozen=True)
class Locations:
    """The folders of one Relate installation; ``--data-dir`` puts them all in one place."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    db_url: str
    #: True when a ``portable`` marker beside the program put everything beside it.
    portable: bool = False

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def drafts_file(self) -> Path:
        return self.data_dir / "drafts.json"

    @property
    def shown_db_url(self) -> str:
        """The database URL for people to read: any password replaced by ***."""
        try:
            return make_url(self.db_url).render_as_string(hide_password=True)
        except ArgumentError:  # not a URL SQLAlchemy can read; still never show a password
            return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", self.db_url)


def program_folder() -> Path | None:
    """The folder holding the built program, where a ``portable`` marker may sit; None when
    running from source, so a stray file in a checkout never moves a developer's data."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def locate(
    data_dir: str | None = None, db_url: str | None = None, program_dir: Path | None = None
) -> Locations:
    """Command-line options first, then environment variables, then a ``portable`` marker
    beside the program (``program_dir``, by default the built program's folder), then the
    platform's folders. The database: ``db_url``, RELATE_DB_URL, the shop server chosen in
    Settings, else ``relate.db`` in the data folder."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    folder = program_dir if program_dir is not None else program_folder()
    if chosen:
        base = Path(chosen).expanduser().resolve()
        locations = Locations(data_dir=base, config_dir=base, log_dir=base / "logs", db_url="")
    elif folder is not None and (folder / PORTABLE_MARKER).is_file():
        base = folder / PORTABLE_DATA
        locations = Locations(data_dir=base, config_dir=base, log_dir=base / "logs", db_url="",
                              portable=True)
    else:
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        locations = Locations(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
            db_url="",
        )
    saved = LocalSettings(locations.config_dir / "settings.json").get(DB_URL_KEY)
    url = (db_url or os.environ.get(DB_URL_ENV) or (saved if isinstance(saved, str) else "")
           or sqlite_url(locations.data_dir / "relate.db"))
    return Locations(locations.data_dir, locations.config_dir, locations.log_dir, url,
                     locations.portable)


def workstation_name() -> str:
    return socket.gethostname() or "this PC"


class LocalSettings:
    """Settings of this PC (not the shop): last person signed in, window layout.

    A small JSON file, written whole through a temporary file so a crash never leaves
    half of it.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value
        write_json_atomically(self._path, self._values)


#: LocalSettings keys: where this PC writes its backups (another disk, a USB drive, a network
#: share), and how many of each kind it keeps.
BACKUP_FOLDER_KEY = "backup_folder"
BACKUPS_KEPT_KEY = "backups_kept"
DEFAULT_BACKUPS_KEPT = 10
#: LocalSettings key: the shop server's address chosen in Settings (below --db-url and
#: RELATE_DB_URL, above the SQLite file in the data folder).
DB_URL_KEY = "db_url"
#: LocalSettings key: the language chosen in Settings ("system", "en", "es", …; see
#: relate_desktop/gui/language.py), read when Relate starts.
LANGUAGE_KEY = "language"
#: LocalSettings key: the theme chosen in Settings ("system", "light" or "dark"; see
#: relate_desktop/gui/theme.py), applied at once.
THEME_KEY = "theme"


def backup_folder(locations: Locations) -> Path:
    chosen = LocalSettings(locations.settings_file).get(BACKUP_FOLDER_KEY)
    return Path(chosen).expanduser() if isinstance(chosen, str) and chosen else locations.backup_dir


def backups_kept(locations: Locations) -> int:
    kept = LocalSettings(locations.settings_file).get(BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT)
    return kept if isinstance(kept, int) and kept > 0 else DEFAULT_BACKUPS_KEPT


def write_json_atomically(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
