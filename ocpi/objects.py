"""Our chargers as OCPI 2.2.1 objects: a Location per charger, an EVSE per connector (uid
`<charger id>-<connector id>`, never reused), one Connector each; OCPI DateTimes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.models import Charger, Connector
from domain import roaming
from domain.roaming import parse_stamp as parse_stamp  # the edge parses with the domain's rule

#: OCPP connector status → OCPI EVSE status.
EVSE_STATUS = {
    "Available": "AVAILABLE",
    "Preparing": "CHARGING",
    "Charging": "CHARGING",
    "SuspendedEV": "CHARGING",
    "SuspendedEVSE": "CHARGING",
    "Finishing": "CHARGING",
    "Occupied": "CHARGING",
    "Reserved": "RESERVED",
    "Unavailable": "INOPERATIVE",
    "Faulted": "OUTOFORDER",
}
STANDARD = {
    "CCS2": "IEC_62196_T2_COMBO",
    "Type2": "IEC_62196_T2",
    "CHAdeMO": "CHADEMO",
    "GB-T": "GBT_DC",
}


def stamp(value: dt.datetime) -> str:
    """OCPI DateTime: UTC, second precision, with Z."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connector(co: Connector, tariff_id: int | None = None) -> dict[str, Any]:
    phases = co.phases or 1
    dc = co.connector_type in ("CCS2", "CHAdeMO", "GB-T")
    power_type = "DC" if dc else ("AC_3_PHASE" if phases == 3 else "AC_1_PHASE")
    voltage = 400 if dc or phases == 3 else 230
    watts = int((co.max_power_kw or 7) * 1000)
    amps = watts // (voltage * (phases if not dc and phases == 3 else 1)) if voltage else 0
    out: dict[str, Any] = {
        "id": "1",
        "standard": STANDARD.get(co.connector_type or "", "IEC_62196_T2"),
        "format": "CABLE" if dc else "SOCKET",
        "power_type": power_type,
        "max_voltage": voltage,
        "max_amperage": max(amps, 1),
        "max_electric_power": watts,
        "last_updated": stamp(co.updated_at),
    }
    if tariff_id is not None:
        out["tariff_ids"] = [str(tariff_id)]
    return out


def evse(ch: Charger, co: Connector, tariff_id: int | None = None) -> dict[str, Any]:
    status = EVSE_STATUS.get(co.status, "UNKNOWN") if ch.online else "UNKNOWN"
    return {
        "uid": f"{ch.id}-{co.connector_id}",
        "status": status,
        "connectors": [connector(co, tariff_id)],
        "last_updated": stamp(co.updated_at),
    }


def location(ch: Charger, country_code: str, party_id: str, tariff_id: int | None = None) -> dict[str, Any]:
    """The charger as a Location; `tariff_id`: the tariff its connectors reference."""
    return {
        "country_code": country_code,
        "party_id": party_id,
        "id": str(ch.id),
        "publish": True,
        "name": (ch.name or ch.charge_point_id)[:255],
        "address": (ch.address or "#NA")[:45],
        "city": (ch.city or "#NA")[:45],
        "postal_code": ch.postcode,
        "country": "MYS",
        "coordinates": {"latitude": f"{ch.latitude:.6f}", "longitude": f"{ch.longitude:.6f}"},
        "evses": [
            evse(ch, co, tariff_id)
            for co in sorted(ch.connectors, key=lambda c: c.connector_id)
            if co.connector_id > 0
        ],
        "time_zone": "Asia/Kuala_Lumpur",
        "last_updated": stamp(roaming.last_updated(ch)),
    }
