"""Every keyboard shortcut Relate has, in one table: the help window and the README are
written from it, and tests/gui/test_shortcut_list.py checks it against the running window.

Keys are portable QKeySequence strings ("Ctrl+Shift+Enter"); Qt shows them natively on each
system (Ctrl reads ⌘ on a Mac). "Enter" stands for either Enter key: every handler here takes
the main Return key and the keypad's Enter alike. A key with several alternatives lists them
all ("F1", "Ctrl+/").

Regenerate the README's table after a change: ``python -m relate_desktop.gui.shortcut_list
--update-readme`` (``--markdown`` prints it).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

#: The translation context of the sections and descriptions below.
CONTEXT = "ShortcutList"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which knows this name) and gives it back untranslated;
    typed, unlike PySide6's own."""
    return text


FINDING = QT_TRANSLATE_NOOP("ShortcutList", "Finding a customer")
REMARKS = QT_TRANSLATE_NOOP("ShortcutList", "Writing down what they said")
CARD = QT_TRANSLATE_NOOP("ShortcutList", "On the customer's card")
QUEUE = QT_TRANSLATE_NOOP("ShortcutList", "The manager's queue")
CALLS = QT_TRANSLATE_NOOP("ShortcutList", "Phone calls")
ANYWHERE = QT_TRANSLATE_NOOP("ShortcutList", "Anywhere")


@dataclass(frozen=True)
class Shortcut:
    id: str  # stable, for the tests
    section: str  # one of the sections above (English source text)
    keys: tuple[str, ...]  # portable QKeySequence text; alternatives
    does: str  # what happens (English source text, translated when shown)
    window: str = "main"  # "main": the counter window; "queue": the manager's queue
    bound: bool = True  # True: a QShortcut or QAction; False: a key handler of a widget

    def native_keys(self) -> list[str]:
        """The keys as this system writes them (⌘ on a Mac)."""
        from PySide6.QtGui import QKeySequence

        return [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys]

    def translated(self) -> tuple[str, str]:
        """(section, what happens) in the user's language."""
        return section_name(self.section), _translated(self.does)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("lookup.find", FINDING, ("Ctrl+F",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Back to the lookup box. Just type there: a phone number in any format or its "
        "last 4+ digits, any word of the name, an email, a loyalty card number.")),
    Shortcut("lookup.escape", FINDING, ("Esc",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Back to the lookup box, from the card or the new-customer form. In an empty lookup "
        "box: a remark for a walk-in with no customer.")),
    Shortcut("lookup.choose", FINDING, ("Up", "Down", "PgUp", "PgDown"), QT_TRANSLATE_NOOP(
        "ShortcutList", "Choose among the customers found, without leaving the lookup box."),
        bound=False),
    Shortcut("lookup.open", FINDING, ("Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Open the chosen customer's card; the cursor goes into the remark. Nothing "
        "found: a new customer with what was typed filled in."), bound=False),
    Shortcut("lookup.new", FINDING, ("Ctrl+N",), QT_TRANSLATE_NOOP(
        "ShortcutList", "A new customer, with what was typed already in the right field (phone, "
        "email, card or name).")),
    Shortcut("new.save", FINDING, ("Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "In the new-customer form: save the customer and open their card."),
        bound=False),
    Shortcut("remark.write", REMARKS, ("Ctrl+R",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Write a remark: on the open card, or for a walk-in.")),
    Shortcut("remark.walk_in", REMARKS, ("Ctrl+Shift+W",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Close the card: a remark for a walk-in with no customer, and your day.")),
    Shortcut("remark.kind1", REMARKS, ("Ctrl+1",), QT_TRANSLATE_NOOP("ShortcutList", "Kind: complaint.")),
    Shortcut("remark.kind2", REMARKS, ("Ctrl+2",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Kind: compliment (Shift+Tab from the text to say who it is about).")),
    Shortcut("remark.kind3", REMARKS, ("Ctrl+3",), QT_TRANSLATE_NOOP("ShortcutList", "Kind: request.")),
    Shortcut("remark.kind4", REMARKS, ("Ctrl+4",), QT_TRANSLATE_NOOP("ShortcutList", "Kind: question.")),
    Shortcut("remark.kind5", REMARKS, ("Ctrl+5",), QT_TRANSLATE_NOOP("ShortcutList", "Kind: idea.")),
    Shortcut("remark.kind6", REMARKS, ("Ctrl+6",), QT_TRANSLATE_NOOP("ShortcutList", "Kind: note.")),
    Shortcut("remark.language", REMARKS, ("Ctrl+Shift+L",), QT_TRANSLATE_NOOP(
        "ShortcutList", "The language the conversation is in: switch between the customer's and the "
        "shop's, or pick another from the list.")),
    Shortcut("remark.save", REMARKS, ("Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Save the remark; the cursor goes back to the lookup box."), bound=False),
    Shortcut("remark.newline", REMARKS, ("Shift+Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Start a new line in the remark."), bound=False),
    Shortcut("remark.escalate", REMARKS, ("Ctrl+Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Save and escalate to the manager."), bound=False),
    Shortcut("remark.urgent", REMARKS, ("Ctrl+Shift+Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Save and escalate to the manager as urgent."), bound=False),
    Shortcut("remark.undo", REMARKS, ("Ctrl+Z",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Take back the remark just saved; its text comes back into the editor."),
        bound=False),
    Shortcut("card.promise", CARD, ("Ctrl+P",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Record a promise (credit, call back, set aside, follow up) with an amount and "
        "a due date; Enter records it, Esc closes the form.")),
    Shortcut("card.history_menu", CARD, ("Menu", "Shift+F10"), QT_TRANSLATE_NOOP(
        "ShortcutList", "On a line of the history: correct the remark, escalate it or withdraw it."),
        bound=False),
    Shortcut("queue.open", QUEUE, ("Ctrl+M",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Open the manager's queue, the cursor in the list of open escalations.")),
    Shortcut("queue.take", QUEUE, ("Ctrl+T",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Take ownership of the selected escalation."), window="queue"),
    Shortcut("queue.note", QUEUE, ("Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "In the note box: add the note."), window="queue", bound=False),
    Shortcut("queue.resolve", QUEUE, ("Ctrl+Enter",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Resolve the selected escalation with the outcome chosen."), window="queue"),
    Shortcut("queue.close", QUEUE, ("Esc", "Ctrl+M"), QT_TRANSLATE_NOOP(
        "ShortcutList", "Close the queue."), window="queue"),
    Shortcut("call.open", CALLS, ("F9",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Open the call the “Incoming: …” banner announces.")),
    Shortcut("call.log", CALLS, ("F8",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Log a phone call on the open card's history; Undo in the message line takes "
        "it back.")),
    Shortcut("app.lock", ANYWHERE, ("Ctrl+L",), QT_TRANSLATE_NOOP(
        "ShortcutList", "Lock the screen for the next person (it also locks itself after 10 idle "
        "minutes).")),
    Shortcut("app.shortcuts", ANYWHERE, ("F1", "Ctrl+/"), QT_TRANSLATE_NOOP(
        "ShortcutList", "This list of keyboard shortcuts (Help → Keyboard shortcuts).")),
)

SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(s.section for s in SHORTCUTS))

#: The README's table sits between these two lines.
README_START = "<!-- shortcuts: generated by python -m relate_desktop.gui.shortcut_list --update-readme -->"
README_END = "<!-- /shortcuts -->"


def section_name(section: str) -> str:
    """A section's title in the user's language."""
    return _translated(section)


def _translated(source: str) -> str:
    # The texts were marked with QT_TRANSLATE_NOOP above; this looks them up when shown.
    translate = QCoreApplication.translate
    return translate(CONTEXT, source)


def by_id(shortcut_id: str) -> Shortcut:
    return next(s for s in SHORTCUTS if s.id == shortcut_id)


def markdown() -> str:
    """The README's table (English), one small table a section."""
    lines: list[str] = []
    for section in SECTIONS:
        lines += [f"**{section}**", "", "| Keys | What happens |", "|---|---|"]
        for shortcut in SHORTCUTS:
            if shortcut.section == section:
                keys = ", ".join(shortcut.keys)
                lines.append(f"| {keys} | {shortcut.does} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def readme_table(readme: str) -> str:
    """What the README has between the markers (empty when they are missing)."""
    if README_START not in readme or README_END not in readme:
        return ""
    return readme.split(README_START, 1)[1].split(README_END, 1)[0].strip("\n") + "\n"


def with_table(readme: str) -> str:
    """The README with its table replaced by the one generated from SHORTCUTS."""
    before = readme.split(README_START, 1)[0]
    after = readme.split(README_END, 1)[1]
    return f"{before}{README_START}\n\n{markdown()}\n{README_END}{after}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--markdown", action="store_true", help="print the README's table")
    parser.add_argument("--update-readme", nargs="?", const="README.md", metavar="README",
                        help="rewrite the table between the markers in README (default README.md)")
    args = parser.parse_args(argv)
    if args.update_readme:
        path = Path(args.update_readme)
        text = path.read_text(encoding="utf-8")
        if not readme_table(text):
            print(f"{path}: the markers {README_START!r} … {README_END!r} are missing", file=sys.stderr)
            return 1
        path.write_text(with_table(text), encoding="utf-8")
        return 0
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
