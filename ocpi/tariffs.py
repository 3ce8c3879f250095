"""Our tariffs as OCPI 2.2.1 Tariff objects.

One element without restrictions (the default) carries a component per priced dimension, each
excluding VAT with the tariff's tax as `vat` (percent): ENERGY per kWh (step 1 Wh), TIME per hour of
charging (step 1 s), PARKING_TIME per hour for the idle fee (step 1 s), FLAT for the session fee;
`min_price`/`max_price` from the minimum and maximum charge. OCPI 2.2.1 cannot say that idle time is
free for a grace period, so the alternative text says it; the CDR carries the exact bill.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from db.models import Tariff
from ocpi.objects import stamp

HUNDRED = Decimal(100)


def units(sen: Decimal | int) -> float:
    """A price in sen as an OCPI number of currency units (at most 4 decimals)."""
    return float(round(Decimal(sen) / HUNDRED, 4))


def tariff_object(t: Tariff, country_code: str, party_id: str) -> dict[str, Any]:
    vat = float((Decimal(t.tax_rate) * HUNDRED).normalize())

    def component(kind: str, price: Decimal | int) -> dict[str, Any]:
        out: dict[str, Any] = {"type": kind, "price": units(price), "step_size": 1}
        if vat:
            out["vat"] = vat
        return out

    components = [component("ENERGY", t.price_per_kwh_sen)]
    if t.price_per_minute_sen:
        components.append(component("TIME", Decimal(t.price_per_minute_sen) * 60))
    if t.idle_fee_per_minute_sen:
        components.append(component("PARKING_TIME", Decimal(t.idle_fee_per_minute_sen) * 60))
    if t.session_fee_sen:
        components.append(component("FLAT", t.session_fee_sen))
    text = t.description or t.name
    if t.idle_fee_per_minute_sen and t.idle_grace_minutes:
        text += f" Idle fee after {t.idle_grace_minutes} minutes once charging has ended."
    out: dict[str, Any] = {
        "country_code": country_code,
        "party_id": party_id,
        "id": str(t.id),
        "currency": t.currency,
        "type": "REGULAR",
        "tariff_alt_text": [{"language": "en", "text": text[:512]}],
        "elements": [{"price_components": components}],
        "last_updated": stamp(t.updated_at),
    }
    if t.min_charge_sen:
        out["min_price"] = {"excl_vat": units(t.min_charge_sen)}
    if t.max_charge_sen is not None:
        out["max_price"] = {"excl_vat": units(t.max_charge_sen)}
    return out
