"""The messages of the layers below the GUI: English from str() (logs, the command line), and
every one marked for translation, so lupdate puts it in the catalogs (context "errors")."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import subprocess
import sys
import types
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import relate_desktop
from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    NoPinYet,
    NotAllowedNow,
    NotFound,
    PermissionDenied,
    RelateError,
    Words,
)
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services import Services

PACKAGE = Path(relate_desktop.__file__).parent
ROOT = PACKAGE.parent
#: Where messages are written below the window. The command line's own messages
#: (relate_desktop/cli*.py) are English only: a terminal has no language switch.
LOWER = [*sorted((PACKAGE / "domain").rglob("*.py")), *sorted((PACKAGE / "db").rglob("*.py")),
         *sorted((PACKAGE / "services").rglob("*.py")),
         *sorted((PACKAGE / "integrations").rglob("*.py")), PACKAGE / "upkeep.py"]


def _load_tool() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("relate_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


# --- what str() says ----------------------------------------------------------------------


def test_str_is_the_english_message_with_its_values_filled_in() -> None:
    error = InvalidInput(QT_TRANSLATE_NOOP("errors", "Card %1 already belongs to %2."), "LC-%2", "Ada")
    assert str(error) == "Card LC-%2 already belongs to Ada."  # a value's "%2" stays as it is
    assert error.template == "Card %1 already belongs to %2."
    assert error.values == ("LC-%2", "Ada")
    assert str(InvalidInput("That remark is too long (%1 characters at most).", 5000)) == (
        "That remark is too long (5,000 characters at most).")
    # A value that is itself words; a plain message; an unfilled placeholder stays visible.
    wait = NotAllowedNow("Too many wrong PINs: try again in %1.", Words("%1 seconds", 30))
    assert str(wait) == "Too many wrong PINs: try again in 30 seconds."
    assert str(NotFound("That customer no longer exists.")) == "That customer no longer exists."
    assert str(InvalidInput("50% off: %1 and %2", "one")) == "50% off: one and %2"
    # The Words themselves, handed on whole (e.g. a report's message raised as an error).
    assert str(RelateError(Words("%1 is empty.", "list.csv"))) == "list.csv is empty."
    with pytest.raises(TypeError):
        RelateError(Words("%1 is empty."), "list.csv")


def test_an_error_keeps_its_message_through_pickling() -> None:
    error = NoPinYet("No PIN for %1.", "Ada")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is NoPinYet and str(again) == "No PIN for Ada."
    assert again.template == "No PIN for %1." and again.values == ("Ada",)


def test_the_services_messages_read_as_before_and_carry_their_values(
    services: Services, manager: Actor, staff: Actor
) -> None:
    with pytest.raises(InvalidInput) as taken:
        services.staff.add("Sam Counter", Role.STAFF, manager, pin="1234")
    assert str(taken.value) == "There is already someone called Sam Counter."
    assert taken.value.template == "There is already someone called %1." and taken.value.values == ("Sam Counter",)

    with pytest.raises(PermissionDenied) as refused:
        services.staff.set_pin(staff, manager.staff.id, "9876")
    assert str(refused.value) == "Only a manager can reset someone's PIN."

    with pytest.raises(NotFound) as gone:
        services.customers.card(999_999)
    assert str(gone.value) == "That customer no longer exists."

    member = services.staff.add("Lou Locked", Role.STAFF, manager, pin="2468")
    for _ in range(3):  # the third wrong PIN starts a wait
        with pytest.raises(RelateError):
            services.staff.sign_in(member.id, "0000", "till")
    with pytest.raises(NotAllowedNow) as locked:
        services.staff.sign_in(member.id, "2468", "till")
    assert str(locked.value).startswith("Too many wrong PINs: try again in ")
    assert locked.value.template == "Too many wrong PINs: try again in %1."
    (wait,) = locked.value.values
    assert isinstance(wait, Words) and wait.template in ("%1 seconds", "%1 minutes")

    newcomer = services.staff.add("Nia New", Role.STAFF, manager)
    with pytest.raises(NoPinYet):  # the sign-in window offers to choose one, in any language
        services.staff.sign_in(newcomer.id, "1111", "till")


# --- every message is marked, and lupdate finds it ------------------------------------------


def _relate_errors(trees: dict[Path, ast.Module]) -> set[str]:
    """RelateError and every class below it defined in these files (BadScan, CannotSave…)."""
    found = {"RelateError"}
    bases = {node.name: {b.id for b in node.bases if isinstance(b, ast.Name)}
             for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    grew = True
    while grew:
        more = {name for name, parents in bases.items() if parents & found} - found
        found |= more
        grew = bool(more)
    return found


def _is_text(node: ast.expr) -> bool:
    """A string literal, an f-string or strings glued with +: English written in place."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def _is_marker(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"


@pytest.fixture(scope="module")
def trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in LOWER}


def _marked(trees: dict[Path, ast.Module]) -> dict[tuple[str, str], Path]:
    return {(call.args[0].value, call.args[1].value): path  # type: ignore[attr-defined]
            for path, tree in trees.items() for call in ast.walk(tree) if _is_marker(call)}  # type: ignore[arg-type]


def test_no_error_below_the_window_is_raised_with_english_written_in_place(
    trees: dict[Path, ast.Module],
) -> None:
    errors = _relate_errors(trees)
    assert {"InvalidInput", "EditConflict", "NoPinYet", "BadScan", "UnreadableFile", "CannotSave"} <= errors
    offences = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if node.func.id in errors and node.args and _is_text(node.args[0]):
                offences.append(f"{where}: {node.func.id}({ast.unparse(node.args[0])[:60]})")
            if node.func.id == "require_manager" and len(node.args) == 2 and not _is_marker(node.args[1]):
                offences.append(f"{where}: require_manager wants a whole sentence in QT_TRANSLATE_NOOP")
            if node.func.id == "QT_TRANSLATE_NOOP" and not (
                    len(node.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                for a in node.args)
                    and node.args[0].value == "errors"):  # type: ignore[attr-defined]
                offences.append(f"{where}: QT_TRANSLATE_NOOP(\"errors\", \"a literal\") is what lupdate reads")
        for node in ast.walk(tree):  # lupdate knows the marker by its name only
            if isinstance(node, ast.ImportFrom) and any(
                    alias.name == "QT_TRANSLATE_NOOP" and alias.asname for alias in node.names):
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno}: QT_TRANSLATE_NOOP imported under another name")
    assert not offences, ("Write the message as QT_TRANSLATE_NOOP(\"errors\", \"... %1 ...\") "
                          "with its values after it (domain/errors.py):\n  " + "\n  ".join(offences))


def test_the_check_above_catches_english_written_in_place() -> None:
    source = (
        "raise InvalidInput('Type a name.')\n"
        "raise NotAllowedNow(f'{name} can no longer sign in.')\n"
        "raise BadThing('a' + b)\n"
        "raise InvalidInput(QT_TRANSLATE_NOOP('errors', 'Type a name.'))\n"
        "raise InvalidInput(message)\n"
    )
    calls = [node.exc for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Raise)]
    assert [_is_text(call.args[0]) for call in calls] == [True, True, True, False, False]  # type: ignore[union-attr]
    tree = ast.parse("class BadThing(InvalidInput): pass\nclass InvalidInput(RelateError): pass\n")
    assert {"BadThing", "InvalidInput"} <= _relate_errors({Path("x.py"): tree})


def test_lupdate_puts_every_marked_message_in_the_errors_context(
    trees: dict[Path, ast.Module], tmp_path: Path,
) -> None:
    tool = _load_tool()
    marked = _marked(trees)
    assert len(marked) > 150  # the whole of the lower layers, not a sample
    files = sorted(set(marked.values()))
    # The translation tool reads every one of these files (its update fills the catalogs).
    sources = {ROOT / source for source in tool.sources()}
    assert not [f for f in files if f not in sources], "tools/translations.py leaves files out"

    catalog = tmp_path / "errors.ts"
    subprocess.run([tool.tool("pyside6-lupdate"), "-silent", *tool.LUPDATE_OPTIONS,
                    *map(str, files), "-ts", str(catalog)], check=True, cwd=ROOT)
    found = {(context.findtext("name"), message.findtext("source"))
             for context in ElementTree.parse(catalog).getroot().iter("context")
             for message in context.iter("message")}
    missing = sorted(set(marked) - found)
    assert not missing, "lupdate did not extract: " + ", ".join(f"{marked[m].name}: {m[1]!r}" for m in missing[:10])
