"""Relate's Qt Linguist catalogs: resources/translations/relate_<language>.ts and their .qm.

    python tools/translations.py update     # lupdate: the sources' messages into every .ts
    python tools/translations.py release    # lrelease: every .ts into its .qm
    python tools/translations.py --check [--allow-unfinished]

``--check`` is for CI (like tools/compile_forms.py --check) and changes nothing: it fails when
a .ts misses messages of the sources or keeps ones they no longer have, when a message is not
translated (unless ``--allow-unfinished``), when a translation loses a %1/%n placeholder or
has the wrong number of "&" accelerators, and when a .qm is missing or is not what its .ts
compiles to. ``make translations`` runs update then release.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "relate_desktop"
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
#: Generated from ui/*.ui and resources/relate.qrc: lupdate reads the .ui files themselves.
GENERATED = (PACKAGE / "gui" / "forms", PACKAGE / "gui" / "resources_rc.py")

#: The languages shipped besides English (the language of the sources); the same codes as
#: relate_desktop/gui/language.py LANGUAGES (a test keeps the two lists together).
LANGUAGES = ("es", "fr", "de", "pl")
#: English needs a catalog of its plurals only ("%n row(s)" shown as "1 row" / "2 rows");
#: lupdate -pluralonly keeps just those messages in it.
PLURALS_ONLY = "en"
CATALOGS = (*LANGUAGES, PLURALS_ONLY)

#: A Python file with any of these has messages for lupdate.
_TRANSLATABLE = re.compile(r"\btr\(|QCoreApplication\.translate\(|\bQT_TR(?:ANSLATE)?_NOOP")
#: %1 … %99 and %n, also in their locale-aware %L1 / %Ln forms.
_PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
#: An HTML entity (&amp; &#8212;) or a doubled && (a literal ampersand) is no accelerator.
_NOT_ACCELERATOR = re.compile(r"&&|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")

# `-locations none`: no file names or line numbers in the .ts. With them (absolute or
# relative), every edit of a .py file that moves a line would rewrite the references of all
# four catalogs, so each change to the code would come with hundreds of lines of catalog
# diff and translators' work would conflict with it; contexts (the class names) and the
# disambiguation comments are what translators need, and Qt Linguist shows them without
# locations.
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-source-language", "en")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation: tr("Open", "a door") and tr("Open", "a file") differ
    numerus: bool  # a plural: tr("%n remark(s)", "", n)
    translations: tuple[str, ...]  # one, or one per plural form
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return self.context, self.source, self.comment, self.numerus

    @property
    def finished(self) -> bool:
        return self.state == "" and bool(self.translations) and all(t.strip() for t in self.translations)

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project (pip install -e '.[dev]').")
    return found


def catalog_path(language: str, suffix: str = ".ts", folder: Path = TRANSLATIONS) -> Path:
    return folder / f"relate_{language}{suffix}"


def sources() -> list[Path]:
    """Every file with messages, relative to the repository: the package's Python files that
    call tr()/translate() (not the forms generated from ui/) and the Qt Designer files."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path == generated or generated in path.parents for generated in GENERATED):
            continue
        if _TRANSLATABLE.search(path.read_text(encoding="utf-8")):
            found.append(path)
    found += sorted(UI.glob("*.ui"))
    return [path.relative_to(ROOT) for path in found]


def run_lupdate(ts_files: Sequence[Path], quiet: bool = False, plurals_only: bool = False) -> None:
    """Merge the sources' messages into ``ts_files`` (created when missing), keeping every
    translation whose message is still there."""
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *(["-pluralonly"] if plurals_only else []),
               *map(str, sources()), "-ts", *map(str, ts_files)]
    if quiet:
        command.insert(1, "-silent")
    result = subprocess.run(command, cwd=ROOT, capture_output=quiet, text=True)
    if result.returncode != 0:
        sys.exit(f"pyside6-lupdate failed:\n{result.stderr if quiet else ''}")


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    result = subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not qm_file.exists():
        sys.exit(f"pyside6-lrelease failed on {ts_file.name}:\n{result.stdout}{result.stderr}")


def read_catalog(path: Path) -> list[Message]:
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type", "")
                if numerus:
                    texts = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    texts = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "", numerus, texts, state))
    return messages


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many "&x" keyboard accelerators ``text`` has ("&&" and "&amp;" are none)."""
    return len(re.findall(r"&\S", _NOT_ACCELERATOR.sub("", text)))


def translation_problems(message: Message) -> list[str]:
    """What is wrong with a message's translation(s): a placeholder dropped or added (the code
    fills %1 with .replace("%1", …), so a "%L1" or a lost "%2" shows up on the screen), or a
    different number of accelerators. An empty translation is not checked here (see
    ``Message.finished``)."""
    problems = []
    wanted = placeholders(message.source)
    for text in message.translations:
        if not text.strip():
            continue
        got = placeholders(text)  # every plural form too: "%n uwaga", "%n uwagi", "%n uwag"
        if got != wanted:
            missing, extra = sorted(wanted - got), sorted(got - wanted)
            said = "; ".join(part for part in (
                f"lost {', '.join(missing)}" if missing else "",
                f"added {', '.join(extra)}" if extra else "") if part)
            problems.append(f"{message.where()} -> {text!r}: placeholder {said}")
        if accelerators(text) != accelerators(message.source):
            problems.append(f"{message.where()} -> {text!r}: {accelerators(text)} accelerator(s) "
                            f"'&', the source has {accelerators(message.source)}")
    return problems


def _examples(items: Iterable[tuple[str, str, str, bool]], limit: int = 5) -> str:
    items = sorted(items)
    shown = [f"    [{context}] {source!r}" for context, source, _, _ in items[:limit]]
    if len(items) > limit:
        shown.append(f"    … and {len(items) - limit} more")
    return "\n".join(shown)


def fresh_catalogs(folder: Path) -> dict[str, list[Message]]:
    """What each catalog would hold after `update`: lupdate run on copies in ``folder``."""
    copies = []
    for language in CATALOGS:
        copies.append(catalog_path(language, folder=folder))
        shutil.copyfile(catalog_path(language), copies[-1])
    run_lupdate(copies[:-1], quiet=True)
    run_lupdate(copies[-1:], quiet=True, plurals_only=True)
    return {language: read_catalog(copy) for language, copy in zip(CATALOGS, copies, strict=True)}


def compiled_is_current(language: str, folder: Path) -> bool:
    """The shipped .qm has the very bytes its .ts compiles to now (lrelease is deterministic)."""
    compiled = catalog_path(language, ".qm", folder)
    run_lrelease(catalog_path(language), compiled)
    shipped = catalog_path(language, ".qm")
    return shipped.exists() and shipped.read_bytes() == compiled.read_bytes()


def check(allow_unfinished: bool) -> int:
    failures: list[str] = []
    stale: dict[str, list[str]] = {}
    missing = [language for language in CATALOGS if not catalog_path(language).exists()]
    if missing:
        print("Missing catalogs: " + ", ".join(catalog_path(code).name for code in missing)
              + " (run `make translations`).")
        return 1
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for language, updated in fresh_catalogs(folder).items():
            ts_file = catalog_path(language)
            messages = read_catalog(ts_file)
            have = {message.key for message in messages}
            wanted = {message.key for message in updated}
            if have != wanted:
                text = "out of date with the sources (run `make translations`)"
                if wanted - have:
                    text += f"\n  {len(wanted - have)} new message(s):\n" + _examples(wanted - have)
                if have - wanted:
                    text += f"\n  {len(have - wanted)} message(s) no longer in the sources:\n" + _examples(
                        have - wanted)
                stale.setdefault(text, []).append(ts_file.name)
            unfinished = [message for message in messages if not message.finished]
            print(f"{language}: {len(messages)} messages, {len(unfinished)} unfinished")
            if unfinished and not allow_unfinished:
                failures.append(f"{ts_file.name}: {len(unfinished)} message(s) not translated yet "
                                "(open it in Qt Linguist: pyside6-linguist):\n"
                                + _examples(message.key for message in unfinished))
            for message in messages:
                failures += [f"{ts_file.name}: {problem}" for problem in translation_problems(message)]
            qm_file = catalog_path(language, ".qm")
            if not qm_file.exists():
                failures.append(f"{qm_file.name} is missing (run `make translations`)")
            elif not compiled_is_current(language, folder):
                failures.append(f"{qm_file.name} is older than {ts_file.name} (run `make translations`)")
    # The catalogs share their sources, so usually all are stale the same way: say it once.
    failures[:0] = [f"{', '.join(names)}: {text}" for text, names in stale.items()]
    if failures:
        print("Translations are not ready:\n" + "\n".join(f"- {failure}" for failure in failures))
        return 1
    if allow_unfinished:
        print("Translations: catalogs up to date (unfinished messages allowed for now).")
    else:
        print("Translations: every catalog complete and up to date.")
    return 0


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    run_lupdate([catalog_path(language) for language in LANGUAGES])
    run_lupdate([catalog_path(PLURALS_ONLY)], plurals_only=True)


def release() -> None:
    for language in CATALOGS:
        run_lrelease(catalog_path(language), catalog_path(language, ".qm"))
        print(f"{catalog_path(language, '.qm').name} compiled.")


def main(arguments: Sequence[str]) -> int:
    words = set(arguments)
    if "--check" in words:
        return check(allow_unfinished="--allow-unfinished" in words)
    if not words or not words <= {"update", "release"}:
        print(__doc__)
        return 2
    if "update" in words:
        update()
    if "release" in words:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
