"""Every text colour Relate uses is readable on the background it is drawn on, in both themes:
WCAG 2.x contrast ratio, from the palette's and the signal colours' own values."""

from __future__ import annotations

import re
import tokenize
from pathlib import Path

import pytest

from relate_desktop.gui.theme import DARK_THEME, LIGHT_THEME, Theme

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "relate_desktop" / "gui"
#: Text, and large bold text or non-text marks (WCAG 1.4.3 and 1.4.11).
TEXT, MARKS = 4.5, 3.0
#: Disabled controls are exempt in WCAG; Relate still keeps their text at 3:1 — readable,
#: and plainly greyed out next to the 4.5:1 of everything that can be used.
DISABLED = 3.0


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_the_wcag_one() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)


def pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, text colour, background, minimum ratio): each pair the app draws."""
    s = t.signals
    return [
        ("window text", t.window_text, t.window, TEXT),
        ("text in a box or list", t.text, t.base, TEXT),
        ("text on alternate rows", t.text, t.alternate_base, TEXT),
        ("button text", t.button_text, t.button, TEXT),
        ("selected text", t.highlighted_text, t.highlight, TEXT),
        ("tooltip", t.tooltip_text, t.tooltip_base, TEXT),
        ("placeholder", t.placeholder_text, t.base, TEXT),
        ("link", t.link, t.base, TEXT),
        ("link in a label", t.link, t.window, TEXT),
        ("visited link", t.link_visited, t.base, TEXT),
        ("disabled label", t.disabled_text, t.window, DISABLED),
        ("disabled box", t.disabled_text, t.base, DISABLED),
        ("disabled button", t.disabled_text, t.button, DISABLED),
        # the signal colours, where they are drawn
        ("late: queue age, overdue promise, do-not-contact", s.late_text, s.late_background, TEXT),
        ("late row: its ordinary text", t.window_text, s.late_background, TEXT),
        ("late row: who promised", s.quiet_text, s.late_background, TEXT),
        ("late text in a label", s.late_text, t.window, TEXT),
        ("late text in a list", s.late_text, t.base, TEXT),
        ("near: queue age, sample-shop banner", s.near_text, s.near_background, TEXT),
        ("quiet detail on a list", s.quiet_text, t.base, TEXT),
        ("quiet detail in a label", s.quiet_text, t.window, TEXT),
        ("quiet detail on alternate rows", s.quiet_text, t.alternate_base, TEXT),
        ("quiet detail on a chip", s.quiet_text, s.info_background, TEXT),
        ("chip text", t.window_text, s.info_background, TEXT),
        ("call banner, language badge", s.info_text, s.info_background, TEXT),
        ("promise not yet due", s.info_text, t.window, TEXT),
        ("kind words", s.good_text, t.base, TEXT),
        ("saved toast, DATE tag", s.good_text, t.window, TEXT),
        ("notification bar", t.window_text, s.good_background, TEXT),
        ("error message", s.error_text, t.window, TEXT),
        ("error message in a list", s.error_text, t.base, TEXT),
        ("with the manager: history", s.waiting_text, t.base, TEXT),
        ("with the manager: history, alternate rows", s.waiting_text, t.alternate_base, TEXT),
        ("with the manager: open matters", s.waiting_text, t.window, TEXT),
        ("urgent Queue button", s.urgent_text, s.urgent_background, TEXT),
        # non-text: the focus ring, icons, chart bars
        ("focus ring on the window", t.highlight, t.window, MARKS),
        ("focus ring on a box", t.highlight, t.base, MARKS),
        ("icons on buttons", t.button_text, t.button, MARKS),
        ("edge of a tick box or radio button", t.frame, t.window, MARKS),
        ("edge of a tick box in a list", t.frame, t.base, MARKS),
        ("ticked box: its tick", t.highlighted_text, t.highlight, MARKS),
        ("ticked box on the window", t.highlight, t.window, MARKS),
        *((f"chart bar: {kind}", colour, t.base, MARKS) for kind, colour in s.kinds.items()),
    ]


@pytest.mark.parametrize("theme", [LIGHT_THEME, DARK_THEME], ids=lambda t: t.name)
def test_every_text_colour_is_readable_on_its_background(theme: Theme) -> None:
    too_faint = [f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1, needs {need}:1"
                 for what, fg, bg, need in pairs(theme) if contrast(fg, bg) < need]
    assert not too_faint, "\n".join(too_faint)


@pytest.mark.parametrize("theme", [LIGHT_THEME, DARK_THEME], ids=lambda t: t.name)
def test_every_colour_of_the_style_sheet_comes_from_the_theme(theme: Theme) -> None:
    sheet = theme.style_sheet()
    assert "@" not in sheet and "#littleThingChip" in sheet
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", sheet))
    assert used and used <= set(theme.tokens().values())
    # The tick drawn in a ticked box is a picture per theme, in the selected-text colour.
    assert f"check-{theme.name}.svg" in sheet
    tick = (ROOT / "resources" / "icons" / f"check-{theme.name}.svg").read_text("utf-8")
    assert set(re.findall(r"#[0-9a-fA-F]{6}\b", tick)) == {theme.highlighted_text}


_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")
_NAMED = re.compile(r"colou?r\s*:\s*(white|black|red|green|blue|gr[ae]y|yellow|orange)\b", re.I)


def test_no_colour_is_hard_coded_outside_the_theme() -> None:
    """So the contrast test above sees every colour: the windows take theirs from colours.py
    and theme.py (which follow the theme), never from a literal of their own."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in ("colours.py", "theme.py", "resources_rc.py") or "forms" in path.parts:
            continue
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                if token.type == tokenize.STRING and (_HEX.search(token.string) or _NAMED.search(token.string)):
                    found.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {token.string[:60]}")
    for path in sorted((ROOT / "ui").glob("*.ui")):
        found += [f"{path.relative_to(ROOT)}: {hit}" for hit in _HEX.findall(path.read_text("utf-8"))]
    qss = (ROOT / "resources" / "styles" / "relate.qss").read_text("utf-8")
    found += [f"relate.qss: {hit}" for hit in _HEX.findall(qss)]
    assert not found, "\n".join(found)
