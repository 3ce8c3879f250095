"""Our tariffs as OCPI 2.2.1 Tariff objects.

One element without restrictions (the default) carries a component per priced dimension, each
excluding VAT with the tariff's tax as `vat` (percent: Malaysia's service tax at our locations):
ENERGY per kWh (step 1 Wh), TIME per hour of charging (step 1 s), PARKING_TIME per hour for the idle
fee (step 1 s), FLAT for the session fee; `min_price`/`max_price` from the minimum and maximum
charge, excluding and including the tax (a partner whose country states prices with tax and one that
states them without both find theirs). OCPI 2.2.1 cannot say that idle time is free for a grace
period, so the alternative text says it; the CDR carries the exact bill and the tariff it was billed
with."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

from db.models import Tariff
from domain.money import round_sen
from domain.tariffs import TariffSnapshot
from ocpi.objects import stamp

HUNDRED = Decimal(100)


def units(sen: Decimal | int) -> float:
    """A price in sen as an OCPI number of currency units (at most 4 decimals)."""
    return float(round(Decimal(sen) / HUNDRED, 4))


def tariff_object(t: Tariff, country_code: str, party_id: str) -> dict[str, Any]:
    """One of our tariffs as it is now."""
    return snapshot_object(
        TariffSnapshot.of(t), t.description or t.name, t.updated_at, country_code, party_id
    )


def billed_tariff(
    snapshot: dict[str, Any], at: dt.datetime, country_code: str, party_id: str
) -> dict[str, Any]:
    """The tariff a session was billed with (its snapshot from the start, in force at `at`), as a
    CDR carries it."""
    t = TariffSnapshot.from_json(snapshot)
    return snapshot_object(t, t.name, at, country_code, party_id)


def tariff_id(t: TariffSnapshot) -> str:
    """The OCPI id of a tariff (a charger without any tariff charges nothing: FREE)."""
    return str(t.tariff_id) if t.tariff_id is not None else "FREE"


def snapshot_object(
    t: TariffSnapshot, text: str, updated: dt.datetime, country_code: str, party_id: str
) -> dict[str, Any]:
    rate = Decimal(t.tax_rate)
    vat = float((rate * HUNDRED).normalize())

    def component(kind: str, price: Decimal | int) -> dict[str, Any]:
        out: dict[str, Any] = {"type": kind, "price": units(price), "step_size": 1}
        if vat:
            out["vat"] = vat
        return out

    def bounded(sen: int) -> dict[str, float]:
        return {
            "excl_vat": units(sen),
            "incl_vat": units(Decimal(round_sen(Fraction(sen) * (1 + Fraction(rate))))),
        }

    components = [component("ENERGY", t.price_per_kwh_sen)]
    if t.price_per_minute_sen:
        components.append(component("TIME", Decimal(t.price_per_minute_sen) * 60))
    if t.idle_fee_per_minute_sen:
        components.append(component("PARKING_TIME", Decimal(t.idle_fee_per_minute_sen) * 60))
    if t.session_fee_sen:
        components.append(component("FLAT", t.session_fee_sen))
    if t.idle_fee_per_minute_sen and t.idle_grace_minutes:
        text += f" Idle fee after {t.idle_grace_minutes} minutes once charging has ended."
    out: dict[str, Any] = {
        "country_code": country_code,
        "party_id": party_id,
        "id": tariff_id(t),
        "currency": t.currency,
        "type": "REGULAR",
        "tariff_alt_text": [{"language": "en", "text": text[:512]}],
        "elements": [{"price_components": components}],
        "last_updated": stamp(updated),
    }
    if t.min_charge_sen:
        out["min_price"] = bounded(t.min_charge_sen)
    if t.max_charge_sen is not None:
        out["max_price"] = bounded(t.max_charge_sen)
    return out
