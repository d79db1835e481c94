"""The languages customers speak: stored as a short code ("pl"), or as typed when none fits.

A code lets the card say "Speaks Polish" in the shop's own language (the GUI names it, Qt
translates it); a language Relate does not know ("Silesian", "BSL") is kept as staff typed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relate_desktop.domain.text import fold


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639: two letters where there are, else three ("yue" Cantonese)
    english: str  # "Polish"
    native: str  # "polski": how its speakers write it, so they can find it themselves


#: The languages offered in the pickers: those most often heard at a European or American
#: shop counter. Any other can still be typed.
COMMON: tuple[Language, ...] = (
    Language("af", "Afrikaans", "Afrikaans"),
    Language("sq", "Albanian", "shqip"),
    Language("am", "Amharic", "አማርኛ"),
    Language("ar", "Arabic", "العربية"),
    Language("hy", "Armenian", "հայերեն"),
    Language("az", "Azerbaijani", "azərbaycan"),
    Language("eu", "Basque", "euskara"),
    Language("be", "Belarusian", "беларуская"),
    Language("bn", "Bengali", "বাংলা"),
    Language("bs", "Bosnian", "bosanski"),
    Language("bg", "Bulgarian", "български"),
    Language("my", "Burmese", "မြန်မာ"),
    Language("yue", "Cantonese", "粵語"),
    Language("ca", "Catalan", "català"),
    Language("zh", "Chinese", "中文"),
    Language("hr", "Croatian", "hrvatski"),
    Language("cs", "Czech", "čeština"),
    Language("da", "Danish", "dansk"),
    Language("nl", "Dutch", "Nederlands"),
    Language("en", "English", "English"),
    Language("et", "Estonian", "eesti"),
    Language("fil", "Filipino", "Filipino"),
    Language("fi", "Finnish", "suomi"),
    Language("fr", "French", "français"),
    Language("gl", "Galician", "galego"),
    Language("ka", "Georgian", "ქართული"),
    Language("de", "German", "Deutsch"),
    Language("el", "Greek", "Ελληνικά"),
    Language("gu", "Gujarati", "ગુજરાતી"),
    Language("ha", "Hausa", "Hausa"),
    Language("he", "Hebrew", "עברית"),
    Language("hi", "Hindi", "हिन्दी"),
    Language("hu", "Hungarian", "magyar"),
    Language("is", "Icelandic", "íslenska"),
    Language("ig", "Igbo", "Igbo"),
    Language("id", "Indonesian", "Bahasa Indonesia"),
    Language("ga", "Irish", "Gaeilge"),
    Language("it", "Italian", "italiano"),
    Language("ja", "Japanese", "日本語"),
    Language("kn", "Kannada", "ಕನ್ನಡ"),
    Language("kk", "Kazakh", "қазақ тілі"),
    Language("km", "Khmer", "ខ្មែរ"),
    Language("ko", "Korean", "한국어"),
    Language("ku", "Kurdish", "kurdî"),
    Language("lo", "Lao", "ລາວ"),
    Language("lv", "Latvian", "latviešu"),
    Language("lt", "Lithuanian", "lietuvių"),
    Language("lb", "Luxembourgish", "Lëtzebuergesch"),
    Language("mk", "Macedonian", "македонски"),
    Language("ms", "Malay", "Bahasa Melayu"),
    Language("ml", "Malayalam", "മലയാളം"),
    Language("mt", "Maltese", "Malti"),
    Language("mr", "Marathi", "मराठी"),
    Language("mn", "Mongolian", "монгол"),
    Language("ne", "Nepali", "नेपाली"),
    Language("nb", "Norwegian", "norsk"),
    Language("ps", "Pashto", "پښتو"),
    Language("fa", "Persian", "فارسی"),
    Language("pl", "Polish", "polski"),
    Language("pt", "Portuguese", "português"),
    Language("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    Language("ro", "Romanian", "română"),
    Language("ru", "Russian", "русский"),
    Language("gd", "Scottish Gaelic", "Gàidhlig"),
    Language("sr", "Serbian", "српски"),
    Language("si", "Sinhala", "සිංහල"),
    Language("sk", "Slovak", "slovenčina"),
    Language("sl", "Slovenian", "slovenščina"),
    Language("so", "Somali", "Soomaali"),
    Language("es", "Spanish", "español"),
    Language("sw", "Swahili", "Kiswahili"),
    Language("sv", "Swedish", "svenska"),
    Language("ta", "Tamil", "தமிழ்"),
    Language("te", "Telugu", "తెలుగు"),
    Language("th", "Thai", "ไทย"),
    Language("ti", "Tigrinya", "ትግርኛ"),
    Language("tr", "Turkish", "Türkçe"),
    Language("uk", "Ukrainian", "українська"),
    Language("ur", "Urdu", "اردو"),
    Language("uz", "Uzbek", "oʻzbek"),
    Language("vi", "Vietnamese", "Tiếng Việt"),
    Language("cy", "Welsh", "Cymraeg"),
    Language("xh", "Xhosa", "isiXhosa"),
    Language("yo", "Yoruba", "Yorùbá"),
    Language("zu", "Zulu", "isiZulu"),
)

BY_CODE: dict[str, Language] = {language.code: language for language in COMMON}

#: Other names staff and other systems use for a language above.
_ALIASES: dict[str, str] = {
    "bangla": "bn", "mandarin": "zh", "putonghua": "zh", "farsi": "fa", "tagalog": "fil",
    "tl": "fil", "no": "nb", "nn": "nb", "norwegian bokmal": "nb", "flemish": "nl",
    "castilian": "es", "kurmanji": "ku", "panjabi": "pa", "irish gaelic": "ga", "gaelic": "gd",
    "brazilian portuguese": "pt", "moldovan": "ro", "chinese (mandarin)": "zh",
    "chinese (cantonese)": "yue",
}

_BY_NAME: dict[str, str] = {
    **{fold(name): language.code for language in COMMON
       for name in (language.code, language.english, language.native)},
    **_ALIASES,
}

#: A language tag as other systems write it: "pl", "PL", "pl-PL", "pt_BR", "zh-Hant-TW".
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")
#: What a code looks like once stored (lower case, as ``normalise`` leaves it).
_CODE = re.compile(r"[a-z]{2,3}")

#: The most a customer's language may be (the column's width).
MAX_LANGUAGE = 64


def normalise(text: str) -> str:
    """What to store for a language typed, picked or imported: the code of a language Relate
    knows by any of its names or tags ("Polish", "polski", "PL", "pl-PL" → "pl"); anything
    else as typed (spaces tidied), so nothing staff wrote is lost; "" for nothing."""
    typed = " ".join(text.split())
    if not typed:
        return ""
    known = _BY_NAME.get(fold(typed))
    if known is not None:
        return known
    tag = _TAG.fullmatch(typed)
    if tag is not None and len(typed) > len(tag.group(1)):  # a region or script after it
        primary = _BY_NAME.get(tag.group(1).lower())
        if primary is not None:
            return primary
    return typed


def is_code(value: str) -> bool:
    """True for a stored code ("pl", "kab"), False for a language kept as typed ("Silesian")."""
    return value in BY_CODE or _CODE.fullmatch(value) is not None


def english_name(value: str) -> str:
    """"Polish" for "pl"; a value Relate has no name for, as it is."""
    language = BY_CODE.get(value)
    return language.english if language is not None else value
