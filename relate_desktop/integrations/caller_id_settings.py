"""This PC's caller-ID settings, from its LocalSettings (settings.json); every source off by default."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)

DEFAULT_HTTP_PORT = 7352  # "RELA" on a phone keypad
DEFAULT_NCID_PORT = 3333
DEFAULT_AMI_PORT = 5038


class SettingsReader(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...


@dataclass(frozen=True)
class HttpSettings:
    enabled: bool = False
    port: int = DEFAULT_HTTP_PORT
    #: Listen on the shop's network (for an exchange on another machine); needs ``token``.
    shop_network: bool = False
    token: str = ""


@dataclass(frozen=True)
class NcidSettings:
    enabled: bool = False
    host: str = "localhost"
    port: int = DEFAULT_NCID_PORT
    line: str = ""  # only calls on this line label; "" for every line


@dataclass(frozen=True)
class AmiSettings:
    enabled: bool = False
    host: str = "localhost"
    port: int = DEFAULT_AMI_PORT
    username: str = ""
    secret: str = ""
    extension: str = ""  # this workstation's extension, e.g. "201" or "PJSIP/201"


@dataclass(frozen=True)
class CallerIdSettings:
    http: HttpSettings
    ncid: NcidSettings
    ami: AmiSettings


def typed_setting(settings: SettingsReader, key: str, default: Any) -> Any:
    """The setting at ``key`` if it has the type of ``default``, else ``default``."""
    value = settings.get(key, default)
    kind = type(default)
    if kind is int and isinstance(value, bool):
        value = None  # true is not a port
    if kind is int and isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind):
        # A hand-edited settings file: say which key is wrong rather than stop Relate.
        log.warning("setting %s should be a %s, not %r; using %r", key, kind.__name__, value, default)
        return default
    return value


def read_settings(settings: SettingsReader) -> CallerIdSettings:
    def http(key: str, default: Any) -> Any:
        return typed_setting(settings, f"caller_id.http.{key}", default)

    def ncid(key: str, default: Any) -> Any:
        return typed_setting(settings, f"caller_id.ncid.{key}", default)

    def ami(key: str, default: Any) -> Any:
        return typed_setting(settings, f"caller_id.ami.{key}", default)

    return CallerIdSettings(
        http=HttpSettings(
            enabled=http("enabled", False), port=http("port", DEFAULT_HTTP_PORT),
            shop_network=http("shop_network", False), token=http("token", ""),
        ),
        ncid=NcidSettings(
            enabled=ncid("enabled", False), host=ncid("host", "localhost"),
            port=ncid("port", DEFAULT_NCID_PORT), line=ncid("line", ""),
        ),
        ami=AmiSettings(
            enabled=ami("enabled", False), host=ami("host", "localhost"),
            port=ami("port", DEFAULT_AMI_PORT), username=ami("username", ""),
            secret=ami("secret", ""), extension=ami("extension", ""),
        ),
    )
