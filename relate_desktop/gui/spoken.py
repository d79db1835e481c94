"""Languages customers speak, as staff read them: named in the UI's language, picked or typed."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from relate_desktop.domain import languages
from relate_desktop.domain.text import fold


def _names() -> dict[str, str]:
    """Each common language's name in the UI's language (translations name it: "polaco")."""
    return {
        "af": QCoreApplication.translate("languages", "Afrikaans"),
        "sq": QCoreApplication.translate("languages", "Albanian"),
        "am": QCoreApplication.translate("languages", "Amharic"),
        "ar": QCoreApplication.translate("languages", "Arabic"),
        "hy": QCoreApplication.translate("languages", "Armenian"),
        "az": QCoreApplication.translate("languages", "Azerbaijani"),
        "eu": QCoreApplication.translate("languages", "Basque"),
        "be": QCoreApplication.translate("languages", "Belarusian"),
        "bn": QCoreApplication.translate("languages", "Bengali"),
        "bs": QCoreApplication.translate("languages", "Bosnian"),
        "bg": QCoreApplication.translate("languages", "Bulgarian"),
        "my": QCoreApplication.translate("languages", "Burmese"),
        "yue": QCoreApplication.translate("languages", "Cantonese"),
        "ca": QCoreApplication.translate("languages", "Catalan"),
        "zh": QCoreApplication.translate("languages", "Chinese"),
        "hr": QCoreApplication.translate("languages", "Croatian"),
        "cs": QCoreApplication.translate("languages", "Czech"),
        "da": QCoreApplication.translate("languages", "Danish"),
        "nl": QCoreApplication.translate("languages", "Dutch"),
        "en": QCoreApplication.translate("languages", "English"),
        "et": QCoreApplication.translate("languages", "Estonian"),
        "fil": QCoreApplication.translate("languages", "Filipino"),
        "fi": QCoreApplication.translate("languages", "Finnish"),
        "fr": QCoreApplication.translate("languages", "French"),
        "gl": QCoreApplication.translate("languages", "Galician"),
        "ka": QCoreApplication.translate("languages", "Georgian"),
        "de": QCoreApplication.translate("languages", "German"),
        "el": QCoreApplication.translate("languages", "Greek"),
        "gu": QCoreApplication.translate("languages", "Gujarati"),
        "ha": QCoreApplication.translate("languages", "Hausa"),
        "he": QCoreApplication.translate("languages", "Hebrew"),
        "hi": QCoreApplication.translate("languages", "Hindi"),
        "hu": QCoreApplication.translate("languages", "Hungarian"),
        "is": QCoreApplication.translate("languages", "Icelandic"),
        "ig": QCoreApplication.translate("languages", "Igbo"),
        "id": QCoreApplication.translate("languages", "Indonesian"),
        "ga": QCoreApplication.translate("languages", "Irish"),
        "it": QCoreApplication.translate("languages", "Italian"),
        "ja": QCoreApplication.translate("languages", "Japanese"),
        "kn": QCoreApplication.translate("languages", "Kannada"),
        "kk": QCoreApplication.translate("languages", "Kazakh"),
        "km": QCoreApplication.translate("languages", "Khmer"),
        "ko": QCoreApplication.translate("languages", "Korean"),
        "ku": QCoreApplication.translate("languages", "Kurdish"),
        "lo": QCoreApplication.translate("languages", "Lao"),
        "lv": QCoreApplication.translate("languages", "Latvian"),
        "lt": QCoreApplication.translate("languages", "Lithuanian"),
        "lb": QCoreApplication.translate("languages", "Luxembourgish"),
        "mk": QCoreApplication.translate("languages", "Macedonian"),
        "ms": QCoreApplication.translate("languages", "Malay"),
        "ml": QCoreApplication.translate("languages", "Malayalam"),
        "mt": QCoreApplication.translate("languages", "Maltese"),
        "mr": QCoreApplication.translate("languages", "Marathi"),
        "mn": QCoreApplication.translate("languages", "Mongolian"),
        "ne": QCoreApplication.translate("languages", "Nepali"),
        "nb": QCoreApplication.translate("languages", "Norwegian"),
        "ps": QCoreApplication.translate("languages", "Pashto"),
        "fa": QCoreApplication.translate("languages", "Persian"),
        "pl": QCoreApplication.translate("languages", "Polish"),
        "pt": QCoreApplication.translate("languages", "Portuguese"),
        "pa": QCoreApplication.translate("languages", "Punjabi"),
        "ro": QCoreApplication.translate("languages", "Romanian"),
        "ru": QCoreApplication.translate("languages", "Russian"),
        "gd": QCoreApplication.translate("languages", "Scottish Gaelic"),
        "sr": QCoreApplication.translate("languages", "Serbian"),
        "si": QCoreApplication.translate("languages", "Sinhala"),
        "sk": QCoreApplication.translate("languages", "Slovak"),
        "sl": QCoreApplication.translate("languages", "Slovenian"),
        "so": QCoreApplication.translate("languages", "Somali"),
        "es": QCoreApplication.translate("languages", "Spanish"),
        "sw": QCoreApplication.translate("languages", "Swahili"),
        "sv": QCoreApplication.translate("languages", "Swedish"),
        "ta": QCoreApplication.translate("languages", "Tamil"),
        "te": QCoreApplication.translate("languages", "Telugu"),
        "th": QCoreApplication.translate("languages", "Thai"),
        "ti": QCoreApplication.translate("languages", "Tigrinya"),
        "tr": QCoreApplication.translate("languages", "Turkish"),
        "uk": QCoreApplication.translate("languages", "Ukrainian"),
        "ur": QCoreApplication.translate("languages", "Urdu"),
        "uz": QCoreApplication.translate("languages", "Uzbek"),
        "vi": QCoreApplication.translate("languages", "Vietnamese"),
        "cy": QCoreApplication.translate("languages", "Welsh"),
        "xh": QCoreApplication.translate("languages", "Xhosa"),
        "yo": QCoreApplication.translate("languages", "Yoruba"),
        "zu": QCoreApplication.translate("languages", "Zulu"),
    }


def name(value: str) -> str:
    """How staff read a stored language: "Polish" (translated) for "pl"; Qt's English name
    for another code it knows ("kab": "Kabyle"); a language kept as typed, as it is."""
    if not value:
        return ""
    known = _names().get(value)
    if known is not None:
        return known
    if languages.is_code(value):
        language = QLocale.codeToLanguage(value)
        if language not in (QLocale.Language.AnyLanguage, QLocale.Language.C):
            return QLocale.languageToString(language)
    return value


def ui_language() -> str:
    """The shop's language: that of the UI (Qt's default locale); English when it has none."""
    language = QLocale().language()
    if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return "en"
    return languages.normalise(QLocale.languageToCode(language))


def resolve(typed: str) -> str:
    """What to store for what was typed in a language box: the code of a language known by
    its name in the UI's language, its own name, English name or code; else as typed."""
    words = " ".join(typed.split())
    if not words:
        return ""
    folded = fold(words)
    names = _names()
    starting: set[str] = set()
    for code, shown in names.items():
        native = languages.BY_CODE[code].native
        if folded in (fold(shown), fold(f"{shown} — {native}")):
            return code
        if fold(shown).startswith(folded) or fold(native).startswith(folded):
            starting.add(code)
    value = languages.normalise(words)
    if value in languages.BY_CODE:
        return value
    if len(starting) == 1:  # "pol": the one language whose name begins so
        return starting.pop()
    others = [qt for qt in QLocale.Language if qt not in (QLocale.Language.AnyLanguage, QLocale.Language.C)]
    if languages.is_code(value):  # "pol", "kab": a code Qt knows, as short as it can be
        known = QLocale.codeToLanguage(value)
        if known in others:
            return languages.normalise(QLocale.languageToCode(known))
    for qt in others:  # any other language Qt knows, by its English name
        if fold(QLocale.languageToString(qt)) == folded:
            return QLocale.languageToCode(qt) or value
    return value


class LanguageChoice(QObject):
    """Fills a combo box of a form with languages by name, sorted as the UI's language sorts
    them: typing the first letters picks one; an editable box also takes any language typed
    (it finds "polski" or "pol" anywhere in a name)."""

    chosen = Signal(str)  # the value to store, "" for none: only when the person changes it

    def __init__(self, box: QComboBox, none_label: str = "", compact: bool = False) -> None:
        super().__init__(box)
        self._box = box
        self._value = ""
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names = _names()
        if none_label:
            box.addItem(none_label, "")
        for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
            native = languages.BY_CODE[code].native
            shown = names[code]
            same = compact or fold(native) == fold(shown)
            box.addItem(shown if same else f"{shown} — {native}", code)
            box.setItemData(box.count() - 1, native, Qt.ItemDataRole.ToolTipRole)
        box.activated.connect(self._activated)
        line = box.lineEdit()
        if line is not None:
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(box.model(), box)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            box.setCompleter(completer)
            line.editingFinished.connect(self._typed)

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        """Show ``value`` (a code, or a language kept as typed), adding it if it is not listed."""
        self._value = value
        index = self._box.findData(value)
        if index < 0 and value:
            self._box.addItem(name(value), value)
            index = self._box.count() - 1
        if index >= 0:
            self._box.setCurrentIndex(index)
        elif self._box.lineEdit() is not None:
            self._box.setCurrentIndex(-1)
            self._box.setEditText("")

    def _activated(self, index: int) -> None:
        self._changed(str(self._box.itemData(index) or ""))

    def _typed(self) -> None:
        text = self._box.currentText()
        index = self._box.currentIndex()
        if index >= 0 and self._box.itemText(index) == text:
            self._changed(str(self._box.itemData(index) or ""))
        else:
            self._changed(resolve(text))

    def _changed(self, value: str) -> None:
        if value != self._value:
            self.set_value(value)
            self.chosen.emit(value)
