"""Setting a charger up for service: its details (name, address, position, publicity), its tariff,
its connectors (type, maximum power, phases), and registering many chargers at once (all or none).

What a charger needs before drivers find it: approved and accepted, public, and a position (the
driver app's map and "near" list) - see domain.stations.public_condition."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import CONNECTOR_TYPES, Charger, Connector, Site, Tariff
from domain import chargers
from domain.errors import DomainError, InvalidInput, NotFound

#: Text details an operator sets, with their longest length (the columns' sizes).
TEXT_FIELDS: dict[str, int] = {
    "name": 100,
    "description": 500,
    "address": 255,
    "city": 100,
    "state": 100,
    "postcode": 16,
}
MAX_POWER_KW = Decimal("1000")
PHASES = (1, 3)
#: The most chargers one import registers (one transaction).
MAX_IMPORT_ROWS = 500
MAX_CONNECTORS = 10


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def clean_text(name: str, value: str | None) -> str | None:
    """A detail as stored: trimmed, None when empty; longer than its column: InvalidInput."""
    if value is None:
        return None
    value = value.strip()
    if len(value) > TEXT_FIELDS[name]:
        raise InvalidInput(f"Use at most {TEXT_FIELDS[name]} characters.", field=_camel(name))
    return value or None


def check_position(latitude: Decimal | None, longitude: Decimal | None) -> None:
    """Both coordinates or neither, each in range (six decimals are kept: about 0.1 m)."""
    if (latitude is None) != (longitude is None):
        raise InvalidInput(
            "Give both latitude and longitude, or neither.",
            field="latitude" if latitude is None else "longitude",
        )
    for name, value, bound in (("latitude", latitude, 90), ("longitude", longitude, 180)):
        if value is not None and not (value.is_finite() and -bound <= value <= bound):
            raise InvalidInput(f"{name.title()} is between -{bound} and {bound}.", field=name)


def check_power(value: Decimal | None, field_name: str = "maxPowerKw") -> None:
    if value is not None and not (value.is_finite() and 0 < value <= MAX_POWER_KW):
        raise InvalidInput(
            f"The maximum power is more than 0 and at most {MAX_POWER_KW} kW.", field=field_name
        )


@dataclass(frozen=True)
class ConnectorSpec:
    """A connector as an operator registers it (connector_id 1..n)."""

    connector_id: int
    connector_type: str | None = None
    max_power_kw: Decimal | None = None
    phases: int | None = None


def check_connectors(specs: Sequence[ConnectorSpec], prefix: str = "connectors") -> None:
    if len(specs) > MAX_CONNECTORS:
        raise InvalidInput(f"At most {MAX_CONNECTORS} connectors.", field=prefix)
    seen: set[int] = set()
    for i, spec in enumerate(specs):
        where = f"{prefix}[{i}]"
        if not 1 <= spec.connector_id <= MAX_CONNECTORS:
            raise InvalidInput(f"A connector id is 1 to {MAX_CONNECTORS}.", field=f"{where}.connectorId")
        if spec.connector_id in seen:
            raise InvalidInput("Each connector id once.", field=f"{where}.connectorId")
        seen.add(spec.connector_id)
        if spec.connector_type is not None and spec.connector_type not in CONNECTOR_TYPES:
            raise InvalidInput(
                f"The connector type is one of {', '.join(CONNECTOR_TYPES)}.", field=f"{where}.type"
            )
        check_power(spec.max_power_kw, f"{where}.maxPowerKw")
        if spec.phases is not None and spec.phases not in PHASES:
            raise InvalidInput("Phases is 1 or 3.", field=f"{where}.phases")


async def set_connectors(session: AsyncSession, charger: Charger, specs: Sequence[ConnectorSpec]) -> None:
    """Set the type, maximum power and phases of the given connectors (created when the charger has
    not reported them yet; their status comes from its StatusNotifications). Connectors not given
    keep what they have."""
    check_connectors(specs)
    existing = {
        k.connector_id: k
        for k in await session.scalars(select(Connector).where(Connector.charger_id == charger.id))
    }
    for spec in specs:
        row = existing.get(spec.connector_id)
        if row is None:
            row = Connector(charger_id=charger.id, connector_id=spec.connector_id)
            session.add(row)
        row.connector_type = spec.connector_type
        row.max_power_kw = spec.max_power_kw
        row.phases = spec.phases
    await session.flush()


async def check_tariff(session: AsyncSession, tariff_id: int | None, field_name: str = "tariffId") -> None:
    if tariff_id is not None and await session.get(Tariff, tariff_id) is None:
        raise NotFound("No such tariff.", field=field_name)


def clean_details(changes: Mapping[str, Any], allowed: Sequence[str], current: Any) -> dict[str, Any]:
    """Details of a place (a charger, a site) as they are stored: only `allowed` names, texts
    trimmed and bounded, a position of both coordinates or none (with `current`'s for the
    coordinate not changed)."""
    unknown = set(changes) - set(allowed)
    if unknown:
        raise InvalidInput(f"Unknown detail: {sorted(unknown)[0]}.")
    values = dict(changes)
    for name in TEXT_FIELDS:
        if name in values:
            values[name] = clean_text(name, values[name])
    check_position(values.get("latitude", current.latitude), values.get("longitude", current.longitude))
    return values


#: What `update_details` may change: text details, position, publicity, power, tariff, site.
DETAIL_FIELDS = (*TEXT_FIELDS, "latitude", "longitude", "is_public", "max_power_kw", "tariff_id", "site_id")


async def update_details(session: AsyncSession, charger: Charger, changes: Mapping[str, Any]) -> None:
    """Apply the given detail changes (names of DETAIL_FIELDS; absent names are left alone), checked
    together: a position is both coordinates or none."""
    values = clean_details(changes, DETAIL_FIELDS, charger)
    if "is_public" in values and values["is_public"] is None:
        raise InvalidInput("isPublic cannot be null.", field="isPublic")
    if "max_power_kw" in values:
        check_power(values["max_power_kw"])
    if "tariff_id" in values:
        await check_tariff(session, values["tariff_id"])
    if values.get("site_id") is not None and await session.get(Site, values["site_id"]) is None:
        raise NotFound("No such site.", field="siteId")
    for name, value in values.items():
        setattr(charger, name, value)
    await session.flush()


async def load(session: AsyncSession, charger_id: int) -> Charger:
    """A charger with its connectors."""
    charger = await session.scalar(
        select(Charger).options(selectinload(Charger.connectors)).where(Charger.id == charger_id)
    )
    if charger is None:
        raise NotFound("No such charger.")
    return charger


# ------------------------------------------------------------------------------------------------
# Registering many chargers at once
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    """One charger of an import, as the console read it from its CSV file (fields as text where a
    person types them: the numbers are checked here)."""

    charge_point_id: str
    name: str | None = None
    description: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    postcode: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    is_public: bool = True
    security_profile: int = 1
    max_power_kw: str | None = None
    tariff_name: str | None = None
    connectors: tuple[ConnectorSpec, ...] = ()


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based data row (the header is row 0)
    field: str | None
    message: str


class ImportRefused(DomainError):
    """Some rows are wrong: nothing was registered."""

    code = "IMPORT_REFUSED"
    default_message = "Nothing was imported: fix the rows shown and import the file again."

    def __init__(self, rows: list[RowError]) -> None:
        super().__init__()
        self.rows = rows


@dataclass
class Imported:
    chargers: list[Charger] = field(default_factory=list)
    #: charge point id -> its AuthorizationKey (profiles 1 and 2), shown once.
    keys: dict[str, str] = field(default_factory=dict)


def _decimal(text: str | None, field_name: str) -> Decimal | None:
    if text is None or not text.strip():
        return None
    if len(text) > 32:  # checked first: a long text is never parsed
        raise InvalidInput("Not a number.", field=field_name)
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise InvalidInput("Not a number.", field=field_name) from None
    if not value.is_finite():
        raise InvalidInput("Not a number.", field=field_name)
    return value


async def import_chargers(session: AsyncSession, rows: Sequence[ImportRow]) -> Imported:
    """Register every row's charger in the caller's transaction, or none: every row is checked
    (charge point id, duplicates in the file and in the platform, details, tariff, connectors) and
    all the rows' errors are raised together as ImportRefused; the caller's transaction then rolls
    back whatever was added."""
    if not rows:
        raise InvalidInput("The file has no chargers.", field="rows")
    if len(rows) > MAX_IMPORT_ROWS:
        raise InvalidInput(f"At most {MAX_IMPORT_ROWS} chargers per file.", field="rows")
    errors: list[RowError] = []
    cpids = [r.charge_point_id.strip() for r in rows]
    taken = set(
        await session.scalars(select(Charger.charge_point_id).where(Charger.charge_point_id.in_(cpids)))
    )
    names = {r.tariff_name.strip().casefold() for r in rows if r.tariff_name and r.tariff_name.strip()}
    tariffs: dict[str, list[int]] = {}
    if names:
        for tid, tname in await session.execute(
            select(Tariff.id, Tariff.name).where(func.lower(Tariff.name).in_(names))
        ):
            tariffs.setdefault(tname.casefold(), []).append(tid)
    seen: dict[str, int] = {}
    out = Imported()
    for n, (row, cpid) in enumerate(zip(rows, cpids, strict=True), start=1):
        try:
            if cpid.upper() in seen:
                raise InvalidInput(f"Also in row {seen[cpid.upper()]}.", field="chargePointId")
            seen[cpid.upper()] = n
            if cpid in taken:
                raise InvalidInput("A charger with this charge point id exists.", field="chargePointId")
            details: dict[str, Any] = {k: clean_text(k, getattr(row, k)) for k in TEXT_FIELDS}
            lat, lng = _decimal(row.latitude, "latitude"), _decimal(row.longitude, "longitude")
            check_position(lat, lng)
            power = _decimal(row.max_power_kw, "maxPowerKw")
            check_power(power)
            tariff_id: int | None = None
            if row.tariff_name and row.tariff_name.strip():
                found = tariffs.get(row.tariff_name.strip().casefold(), [])
                if len(found) != 1:
                    raise InvalidInput(
                        "No tariff of this name." if not found else "Several tariffs have this name.",
                        field="tariff",
                    )
                tariff_id = found[0]
            check_connectors(row.connectors)
            reg = await chargers.register(
                session,
                cpid,
                security_profile=row.security_profile,
                latitude=lat,
                longitude=lng,
                max_power_kw=power,
                is_public=row.is_public,
                tariff_id=tariff_id,
                **details,
            )
        except DomainError as e:
            errors.append(RowError(n, e.field, e.message))
            continue
        await set_connectors(session, reg.charger, row.connectors)
        out.chargers.append(reg.charger)
        if reg.authorization_key:
            out.keys[cpid] = reg.authorization_key
    if errors:
        raise ImportRefused(errors)
    return out


def hidden_because(charger: Charger) -> list[str]:
    """Why drivers do not find this charger (empty: it is in the driver app's list, and on its map
    when it has a position). The same conditions as domain.stations.public_condition."""
    reasons: list[str] = []
    if not charger.approved or charger.registration_status != "Accepted":
        reasons.append("It is not approved.")
    if not charger.is_public:
        reasons.append("It is not public.")
    return reasons


def notes_for_drivers(charger: Charger) -> list[str]:
    """What a charger that drivers see still lacks."""
    notes: list[str] = []
    if charger.latitude is None or charger.longitude is None:
        notes.append("It has no position: it is not on the map, nor in searches near a place.")
    if charger.tariff_id is None:
        notes.append("It has no tariff of its own: drivers pay the default tariff.")
    if not [k for k in charger.connectors if k.connector_id > 0]:
        notes.append("No connector is known yet: it shows none until the charger reports them.")
    return notes
