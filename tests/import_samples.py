"""Made-up customer lists in each format Relate imports, each with the quirks real exports have."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

SHOPIFY_HEADER = (
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
    "Default Address Company", "Default Address Address1", "Default Address Address2",
    "Default Address City", "Default Address Province Code", "Default Address Country Code",
    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent",
    "Total Orders", "Note", "Tax Exempt", "Tags", "Accepts WhatsApp Marketing",
    "Birthday (customer.metafields.facts.birth_date)",
)
SHOPIFY_OLD_HEADER = (
    "First Name", "Last Name", "Email", "Company", "Address1", "Address2", "City", "Province",
    "Province Code", "Country", "Country Code", "Zip", "Phone", "Accepts Marketing", "Total Spent",
    "Total Orders", "Tags", "Note", "Tax Exempt",
)
SQUARE_HEADER = (
    "Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname",
    "Company Name", "Street Address 1", "Street Address 2", "City", "State", "Postal Code",
    "Birthday", "Memo", "Square Customer ID", "Creation Source", "First Visit", "Last Visit",
    "Transaction Count", "Lifetime Spend", "Email Subscription Status", "Instant Profile",
)
LIGHTSPEED_HEADER = (
    "id", "customer_code", "name", "first_name", "last_name", "company_name", "email", "phone",
    "mobile", "fax", "date_of_birth", "sex", "note", "do_not_email", "enable_promotional_sms",
    "physical_country_id", "customer_group_name", "loyalty_balance",
)


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def shopify_row(**values: str) -> list[str]:
    return [values.get(h, "") for h in SHOPIFY_HEADER]


def shopify_current() -> str:
    """Three customers: every quirk of today's layout."""
    return csv_text(SHOPIFY_HEADER, [
        shopify_row(**{
            "Customer ID": "'7001000001", "First Name": "Ada", "Last Name": "Lovelace",
            "Email": "ada@example.com", "Accepts Email Marketing": "yes",
            "Default Address Address1": "1 Example Road", "Default Address City": "London",
            "Default Address Country Code": "GB", "Default Address Zip": "'SW1A 1AA",
            "Phone": "'+447700900123", "Default Address Phone": "'07700 900124",
            "Accepts SMS Marketing": "no", "Total Spent": "2300.50", "Total Orders": "31",
            "Note": "Prefers paper receipts.\nAsks about \"oat milk\", always.", "Tax Exempt": "no",
            "Tags": "vip, wholesale", "Accepts WhatsApp Marketing": "yes",
            "Birthday (customer.metafields.facts.birth_date)": "1985-04-15",
        }),
        shopify_row(**{
            "Customer ID": "'7001000002", "First Name": "Bram", "Last Name": "Visser",
            "Email": "bram@example.net", "Default Address Country Code": "US",
            "Phone": "'(202) 555-0143", "Total Spent": "0.00", "Total Orders": "0",
        }),
        shopify_row(**{
            "Customer ID": "'7001000003", "First Name": "Chidi", "Last Name": "Okafor",
            "Phone": "4.47911E+11", "Email": "chidi@example.org", "Accepts Email Marketing": "no",
        }),
    ])


def shopify_old() -> str:
    """The older layout: "Accepts Marketing", no Customer ID, Country Code."""
    return csv_text(SHOPIFY_OLD_HEADER, [
        ["Dana", "Whitfield", "dana@example.com", "", "", "", "", "", "", "", "GB", "", "07700 900555",
         "yes", "15.00", "2", "regular", "Needs large print", "no"],
    ])


def square() -> str:
    def row(**values: str) -> list[str]:
        return [values.get(h, "") for h in SQUARE_HEADER]

    return csv_text(SQUARE_HEADER, [
        row(**{"First Name": "Elif", "Last Name": "Yilmaz", "Email Address": "elif@example.com",
               "Phone Number": "07700 900201", "Nickname": "Ellie", "Birthday": "04-15",
               "Memo": "Allergic to nuts", "Square Customer ID": "SQ-AAA111",
               "First Visit": "2025-03-01", "Last Visit": "2026-11-01", "Transaction Count": "31",
               "Lifetime Spend": "£2,300.00", "Email Subscription Status": "Subscribed"}),
        row(**{"First Name": "Femi", "Last Name": "Adeyemi", "Phone Number": "07700 900202",
               "Birthday": "1990-07-01", "Square Customer ID": "SQ-BBB222",
               "Email Subscription Status": "Unsubscribed"}),
        row(**{"First Name": "Greta", "Last Name": "Lind", "Email Address": "greta@example.com",
               "Birthday": "0000-12-24", "Square Customer ID": "SQ-CCC333",
               "Email Subscription Status": "Unknown"}),
    ])


def square_old_unsubscribed() -> str:
    header = ("Reference ID", "First Name", "Last Name", "Email Address", "Phone Number",
              "Square Customer ID", "Email Unsubscribed")
    return csv_text(header, [
        ["", "Hana", "Sato", "hana@example.com", "", "SQ-DDD444", "True"],
        ["", "Ivo", "Novak", "ivo@example.com", "", "SQ-EEE555", "False"],
    ])


def lightspeed() -> str:
    def row(**values: str) -> list[str]:
        return [values.get(h, "") for h in LIGHTSPEED_HEADER]

    return csv_text(LIGHTSPEED_HEADER, [
        row(id="0a1b2c3d-0000-4000-8000-000000000001", customer_code="LC-0001", first_name="Jana",
            last_name="Horvat", email="jana@example.com", mobile="07700 900301",
            date_of_birth="1979-02-28", note="Collects on Fridays", do_not_email="true",
            enable_promotional_sms="1", physical_country_id="GB", customer_group_name="Staff"),
        row(id="0a1b2c3d-0000-4000-8000-000000000002", customer_code="LC-0002", first_name="Kai",
            last_name="Berg", email="kai@example.com", do_not_email="false",
            enable_promotional_sms="0"),
    ])


VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "TEL;HOME;VOICE:+49 30 1234567\r\n"
    "TEL;CELL:07700 900401\r\n"
    "TEL;FAX:+49 30 7654321\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line of the note=0D=0A=\r\n"
    "Second line, after a soft break\r\n"
    "BDAY:1968-11-09\r\n"
    "END:VCARD\r\n"
)
VCARD_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Zoë Brontë\r\n"
    "N:Brontë;Zoë;;;\r\n"
    "item1.TEL;type=CELL;type=pref:+44 7700 900402\r\n"
    "item1.X-ABLabel:mobile\r\n"
    "TEL;TYPE=HOME,VOICE:020 7946 0958\r\n"
    "EMAIL;TYPE=INTERNET:zoe@example.com\r\n"
    "item2.X-ABDATE:2010-06-01\r\n"
    "item2.X-ABLabel:_$!<Anniversary>!$_\r\n"
    "NOTE:Allergic to nuts\\, and to\r\n"
    "  cats\\nAsk first.\r\n"
    "CATEGORIES:vip,friends\r\n"
    "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
    "END:VCARD\r\n"
)
VCARD_40 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Lior Ben-David\r\n"
    "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+44-7700-900403\r\n"
    "EMAIL:lior@example.com\r\n"
    "BDAY:--0415\r\n"
    "ANNIVERSARY:20150620\r\n"
    "UID:lior-4\r\n"
    "END:VCARD\r\n"
)


def vcards() -> str:
    return VCARD_21 + VCARD_30 + VCARD_40
