"""Where Relate keeps its data, settings and logs, and which database it opens."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs

from relate_desktop.db.engine import sqlite_url

APP_NAME = "Relate"
DATA_DIR_ENV = "RELATE_DATA_DIR"
DB_URL_ENV = "RELATE_DB_URL"


@dataclass(frozen=True)
class Locations:
    """The folders of one Relate installation; ``--data-dir`` puts them all in one place."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    db_url: str

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def drafts_file(self) -> Path:
        return self.data_dir / "drafts.json"


def locate(data_dir: str | None = None, db_url: str | None = None) -> Locations:
    """Command-line options first, then environment variables, then the platform's folders."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        locations = Locations(data_dir=base, config_dir=base, log_dir=base / "logs", db_url="")
    else:
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        locations = Locations(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
            db_url="",
        )
    url = db_url or os.environ.get(DB_URL_ENV) or sqlite_url(locations.data_dir / "relate.db")
    return Locations(locations.data_dir, locations.config_dir, locations.log_dir, url)


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


def write_json_atomically(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
