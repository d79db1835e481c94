"""The program as shop PCs run it: --self-check and --version from source, the built folder when
there is one (`make build`; CI builds it after the tests), and the Linux install script."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BUILT = ROOT / "dist" / "relate-desktop" / "relate-desktop"
INSTALL = ROOT / "packaging" / "linux" / "install.sh"


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.pop("QT_QPA_PLATFORM", None)  # the self-check must manage without a screen
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=environment,
                          check=False, **kwargs)  # type: ignore[call-overload]


def test_self_check_from_source_passes_without_a_screen(tmp_path: Path) -> None:
    result = _run([sys.executable, "-m", "relate_desktop", "--self-check"], cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "self-check passed\n", "")


def test_version_from_source() -> None:
    result = _run([sys.executable, "-m", "relate_desktop", "--version"])
    assert (result.returncode, result.stdout.strip()) == (0, f"relate-desktop {VERSION}")


@pytest.mark.skipif(not BUILT.exists(), reason="no build in dist/ (make build; CI runs it)")
def test_the_built_program_checks_itself() -> None:
    assert _run([str(BUILT), "--version"]).stdout.strip() == f"relate-desktop {VERSION}"
    result = _run([str(BUILT), "--self-check"])
    assert (result.returncode, result.stdout) == (0, "self-check passed\n"), result.stderr


@pytest.fixture
def fake_build(tmp_path: Path) -> Path:
    """A stand-in for dist/relate-desktop: the script needs a program that checks itself."""
    build = tmp_path / "build" / "relate-desktop"
    (build / "_internal").mkdir(parents=True)
    program = build / "relate-desktop"
    program.write_text('#!/bin/sh\n[ "$1" = --version ] && echo "relate-desktop 9.9.9" && exit 0\n'
                       '[ "$1" = --self-check ] && echo "self-check passed" && exit 0\nexit 3\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return build


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux install script")
def test_linux_install_upgrade_and_uninstall_keep_the_shops_data(tmp_path: Path, fake_build: Path) -> None:
    prefix = tmp_path / "prefix"
    install = ["bash", str(INSTALL), "--prefix", str(prefix), "--build", str(fake_build)]
    done = _run(install)
    assert done.returncode == 0, done.stderr
    lib, program = prefix / "lib" / "relate-desktop", prefix / "bin" / "relate-desktop"
    assert program.resolve() == (lib / "relate-desktop").resolve()
    entry = (prefix / "share" / "applications" / "relate-desktop.desktop").read_text()
    assert f"Exec={program} %u" in entry and "MimeType=x-scheme-handler/relate;" in entry
    icon = prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "relate.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "relate.svg").read_bytes()
    assert (prefix / "share" / "metainfo" / "io.relate.Desktop.metainfo.xml").is_file()

    # A portable shop beside the program survives an upgrade and an uninstall.
    (lib / "portable").write_text("")
    (lib / "data").mkdir()
    (lib / "data" / "relate.db").write_bytes(b"the shop's customers")
    assert _run(install).returncode == 0
    assert (lib / "data" / "relate.db").read_bytes() == b"the shop's customers"
    done = _run(["bash", str(INSTALL), "--prefix", str(prefix), "--uninstall"])
    assert done.returncode == 0, done.stderr
    assert not program.exists() and not (lib / "relate-desktop").exists() and not icon.exists()
    assert (lib / "data" / "relate.db").read_bytes() == b"the shop's customers"


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux install script")
def test_linux_install_refuses_a_build_that_fails_its_self_check(tmp_path: Path, fake_build: Path) -> None:
    (fake_build / "relate-desktop").write_text("#!/bin/sh\necho 'self-check failed: no migrations' >&2\nexit 1\n")
    prefix = tmp_path / "prefix"
    done = _run(["bash", str(INSTALL), "--prefix", str(prefix), "--build", str(fake_build)])
    assert done.returncode != 0 and "self-check failed" in done.stderr
    assert not (prefix / "bin" / "relate-desktop").exists()
