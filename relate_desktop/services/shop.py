"""The shop itself: its name, phone region, currency and escalation target times."""

from __future__ import annotations

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.db.models import ShopSettingRow
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.records import Actor, ShopSettings
from relate_desktop.services import audit
from relate_desktop.services.base import Service, require_manager


def _validate_region(region: str) -> str:
    region = region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "'%1' is not a country code for phone numbers (try GB, US, FR)."), region)
    return region


def _validate_currency(currency: str) -> str:
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' is not a currency code (try GBP, EUR, USD)."),
                           currency)
    return currency


class ShopService(Service):
    def is_initialised(self) -> bool:
        return self._transaction(
            lambda s: s.get(ShopSettingRow, "name") is not None
        )

    def settings(self) -> ShopSettings:
        return self._transaction(self._settings)

    def initialise(self, name: str, region: str, currency: str = "", demo: bool = False) -> ShopSettings:
        """Create the shop in an empty database (first start, or ``relate-desktop init``)."""
        name = name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The shop needs a name."))
        region = _validate_region(region)
        currency = _validate_currency(currency or _default_currency(region))

        def work(session: Session) -> ShopSettings:
            if session.get(ShopSettingRow, "name") is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This database already has a shop."))
            values = {"name": name, "region": region, "currency": currency}
            if demo:
                values["is_demo"] = "1"
            for key, value in values.items():
                session.add(ShopSettingRow(key=key, value=value))
            session.flush()
            audit.record(session, None, "shop.create", "shop", None,
                         f"{name} ({region}, {currency})" + (", sample shop" if demo else ""))
            return self._settings(session)

        return self._transaction(work)

    def set_target_minutes(self, actor: Actor, urgent: int, normal: int) -> ShopSettings:
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can change target times."))
        if urgent < 1 or normal < 1:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Target times must be at least one minute."))

        def work(session: Session) -> ShopSettings:
            for key, value in (("urgent_target_minutes", urgent), ("normal_target_minutes", normal)):
                row = session.get(ShopSettingRow, key)
                if row is None:
                    session.add(ShopSettingRow(key=key, value=str(value)))
                else:
                    row.value = str(value)
            session.flush()
            audit.record(session, actor, "shop.targets", "shop", None,
                         f"urgent {urgent} min, normal {normal} min")
            return self._settings(session)

        return self._transaction(work)

    def mark_demo(self) -> None:
        def work(session: Session) -> None:
            row = session.scalar(select(ShopSettingRow).where(ShopSettingRow.key == "is_demo"))
            if row is None:
                session.add(ShopSettingRow(key="is_demo", value="1"))
            else:
                row.value = "1"
            audit.record(session, None, "shop.mark_demo", "shop", None)

        self._transaction(work)


_CURRENCY_BY_REGION = {
    "GB": "GBP", "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "IE": "EUR", "FR": "EUR",
    "DE": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "BE": "EUR", "AT": "EUR", "PT": "EUR",
    "FI": "EUR", "PL": "PLN", "CH": "CHF", "SE": "SEK", "NO": "NOK", "DK": "DKK", "CZ": "CZK",
    "JP": "JPY", "IN": "INR", "MX": "MXN", "BR": "BRL", "ZA": "ZAR",
}


def _default_currency(region: str) -> str:
    return _CURRENCY_BY_REGION.get(region, "USD")
