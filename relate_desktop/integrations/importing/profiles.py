"""The formats Relate recognises from a header row, and which column holds what in each."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Field(StrEnum):
    """What a column can hold; the names are what ``--map COLUMN=FIELD`` takes."""

    ID = "id"
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    NICKNAME = "nickname"
    EMAIL = "email"
    PHONE = "phone"
    CARD = "card"
    COUNTRY = "country"
    NOTE = "note"
    TAGS = "tags"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    LANGUAGE = "language"
    PRONUNCIATION = "pronunciation"
    LITTLE_THING = "little_thing"
    CONSENT_EMAIL = "consent_email"
    CONSENT_SMS = "consent_sms"
    CONSENT_PHONE = "consent_phone"
    CONSENT_POST = "consent_post"
    EMAIL_OPT_OUT = "email_opt_out"  # inverted: true means "no email"
    SPENT = "spent"
    VISITS = "visits"
    FIRST_VISIT = "first_visit"
    LAST_VISIT = "last_visit"
    IGNORE = "ignore"


@dataclass(frozen=True)
class Profile:
    name: str  # what --format takes
    label: str  # how people call it: "Shopify"
    system: str  # whose ids these are
    columns: Mapping[str, Field]  # header (lower case) -> field
    #: Dates like 4/15/1990: month first (a US system) or day first.
    day_first: bool = True
    #: More columns recognised by a pattern (Shopify's metafields).
    patterns: Sequence[tuple[re.Pattern[str], Field]] = field(default_factory=tuple)


def _columns(**groups: Sequence[str]) -> dict[str, Field]:
    return {header.lower(): Field(name) for name, headers in groups.items() for header in headers}


_METAFIELD_BIRTHDAY = re.compile(r"\(customer\.metafields\.[^)]*birth[^)]*\)$", re.IGNORECASE)

SHOPIFY = Profile(
    "shopify", "Shopify", "shopify",
    _columns(
        id=["Customer ID"], first_name=["First Name"], last_name=["Last Name"], email=["Email"],
        # Current layout, then the older one ("Accepts Marketing" covered email only).
        consent_email=["Accepts Email Marketing", "Accepts Marketing"],
        consent_sms=["Accepts SMS Marketing"],
        phone=["Phone", "Default Address Phone"],
        country=["Default Address Country Code", "Country Code"],
        spent=["Total Spent"], visits=["Total Orders"], note=["Note"], tags=["Tags"],
    ),
    patterns=((_METAFIELD_BIRTHDAY, Field.BIRTHDAY),),
)
SQUARE = Profile(
    "square", "Square", "square",
    _columns(
        id=["Square Customer ID"], first_name=["First Name"], last_name=["Last Name"],
        email=["Email Address"], phone=["Phone Number"], nickname=["Nickname"],
        birthday=["Birthday"], note=["Memo"], tags=["Groups"],
        consent_email=["Email Subscription Status"], email_opt_out=["Email Unsubscribed"],
        consent_sms=["SMS Subscription Status"],
        spent=["Lifetime Spend"], visits=["Transaction Count"],
        first_visit=["First Visit"], last_visit=["Last Visit"],
    ),
    day_first=False,
)
LIGHTSPEED = Profile(
    "lightspeed", "Lightspeed", "lightspeed",
    _columns(
        id=["id"], card=["customer_code"], name=["name"], first_name=["first_name"],
        last_name=["last_name"], email=["email"], phone=["phone", "mobile"],
        birthday=["date_of_birth"], note=["note"], tags=["customer_group_name"],
        email_opt_out=["do_not_email"], consent_sms=["enable_promotional_sms"],
        country=["physical_country_id", "postal_country_id"],
    ),
)
#: Anything else: a guess from common headers, which the person confirms or corrects.
GENERIC = Profile(
    "generic", "CSV", "generic",
    _columns(
        id=["id", "customer id", "customer number", "customer no", "reference", "reference id"],
        name=["name", "full name", "customer name", "customer", "contact", "display name",
              "display_name"],
        first_name=["first name", "firstname", "first_name", "given name", "forename"],
        last_name=["last name", "lastname", "last_name", "surname", "family name"],
        nickname=["nickname", "known as"],
        email=["email", "e-mail", "email address", "e-mail address", "mail"],
        phone=["phone", "telephone", "tel", "mobile", "cell", "phone number", "mobile phone",
               "mobile number", "landline"],
        card=["card", "loyalty card", "card number", "loyalty number", "loyalty card number",
              "member number", "membership number"],
        country=["country", "country code"],
        note=["note", "notes", "memo", "comment", "comments", "remarks"],
        tags=["tags", "groups", "group", "categories"],
        birthday=["birthday", "date of birth", "dob", "birth date", "birthdate"],
        anniversary=["anniversary"],
        language=["language", "preferred language"],
        consent_email=["email consent", "email marketing", "accepts email", "newsletter"],
        consent_sms=["sms consent", "sms marketing", "accepts sms", "text messages"],
        consent_phone=["phone consent", "calls"],
        consent_post=["post consent", "mail consent", "letters"],
        spent=["total spent", "spent", "lifetime spend"],
        visits=["visits", "orders", "total orders", "transaction count"],
        first_visit=["first visit", "customer since"],
        last_visit=["last visit", "last purchase"],
    ),
)
VCARD = Profile("vcard", "vCard", "vcard", {})
#: Relate's own customers export (``relate-desktop export customers``): the round trip.
RELATE = Profile("relate", "Relate", "relate", {})
RELATE_SIGNATURE = ("customer_id", "display_name", "phones", "emails", "cards", "consent_email")

PROFILES: dict[str, Profile] = {p.name: p for p in (SHOPIFY, SQUARE, LIGHTSPEED, VCARD, GENERIC, RELATE)}
#: What ``--format`` takes.
FORMAT_NAMES = ("auto", "shopify", "square", "lightspeed", "vcard", "generic", "relate")


def detect(header: Sequence[str]) -> Profile:
    """The format a header row belongs to; GENERIC when none fits."""
    names = {h.strip().lower() for h in header}
    if all(c in names for c in RELATE_SIGNATURE):
        return RELATE
    if "square customer id" in names or {"email address", "phone number", "reference id"} <= names:
        return SQUARE
    if ("accepts email marketing" in names or "accepts marketing" in names) and "first name" in names:
        return SHOPIFY
    if "customer_code" in names or {"first_name", "do_not_email"} <= names:
        return LIGHTSPEED
    return GENERIC


def column_fields(profile: Profile, header: Sequence[str],
                  overrides: Mapping[str, Field] | None = None) -> list[Field]:
    """Each column's field, in header order: the profile's, then the person's ``overrides``
    (matched case-insensitively on the header text)."""
    wanted = {k.strip().lower(): v for k, v in (overrides or {}).items()}
    fields: list[Field] = []
    for heading in header:
        key = heading.strip().lower()
        found = profile.columns.get(key, Field.IGNORE)
        if found is Field.IGNORE:
            for pattern, target in profile.patterns:
                if pattern.search(heading.strip()):
                    found = target
        fields.append(wanted.get(key, found))
    return fields


def parse_mapping(pairs: Sequence[str]) -> dict[str, Field]:
    """``["Mobile=phone", "Member No=card"]`` -> {column: field}; ValueError names a bad one."""
    mapping: dict[str, Field] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep or not column.strip():
            raise ValueError(f"'{pair}' is not COLUMN=FIELD")
        try:
            mapping[column.strip()] = Field(target.strip().lower())
        except ValueError:
            raise ValueError(
                f"'{target.strip()}' is not a field; use one of {', '.join(f.value for f in Field)}"
            ) from None
    return mapping
