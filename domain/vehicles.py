"""A driver's vehicles (brand, model, battery, connector type), owned by one user."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select

from db.models import CONNECTOR_TYPES, Vehicle
from domain import rows
from domain.errors import InvalidInput
from domain.ports import DomainPlatform

MAX_VEHICLES_PER_USER = 20

_UNSET: Any = object()


def _text(value: str | None, field: str, limit: int, required: bool) -> str | None:
    v = " ".join((value or "").split())
    if required and not v:
        raise InvalidInput("This field is required.", field=field)
    if len(v) > limit:
        raise InvalidInput(f"Use at most {limit} characters.", field=field)
    return v or None


def _battery(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise InvalidInput("Enter the battery capacity in kWh.", field="battery_kwh") from None
    if not d.is_finite() or d <= 0 or d >= Decimal("10000"):
        raise InvalidInput("The battery capacity must be between 0 and 10000 kWh.", field="battery_kwh")
    return d.quantize(Decimal("0.01"))


def _connector(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in CONNECTOR_TYPES:
        raise InvalidInput(
            f"Connector type must be one of {', '.join(CONNECTOR_TYPES)}.", field="connector_type"
        )
    return value


async def create(platform: DomainPlatform, user_id: int, **fields: Any) -> Vehicle:
    vehicle = Vehicle(
        user_id=user_id,
        brand=_text(fields.get("brand"), "brand", 60, True),
        model=_text(fields.get("model"), "model", 60, True),
        battery_kwh=_battery(fields.get("battery_kwh")),
        connector_type=_connector(fields.get("connector_type")),
        nickname=_text(fields.get("nickname"), "nickname", 60, False),
        plate_number=_text(fields.get("plate_number"), "plate_number", 20, False),
    )
    async with platform.sessionmaker.begin() as session:
        count = await session.scalar(
            select(func.count()).select_from(Vehicle).where(Vehicle.user_id == user_id)
        )
        if (count or 0) >= MAX_VEHICLES_PER_USER:
            raise InvalidInput(f"At most {MAX_VEHICLES_PER_USER} vehicles.", field="brand")
        session.add(vehicle)
        await session.flush()
    return vehicle


async def get(session: Any, vehicle_id: int, owner_id: int | None) -> Vehicle:
    """Vehicle `vehicle_id` of `owner_id` (None: any owner, for admins); NotFound otherwise."""
    return await rows.get(session, Vehicle, vehicle_id, field="id", owner_id=owner_id)


async def update(platform: DomainPlatform, vehicle_id: int, owner_id: int | None, **fields: Any) -> Vehicle:
    """Update the given fields (a field absent from `fields` is left as is; None clears an optional one)."""
    async with platform.sessionmaker.begin() as session:
        vehicle = await get(session, vehicle_id, owner_id)
        if "brand" in fields:
            vehicle.brand = _text(fields["brand"], "brand", 60, True) or vehicle.brand
        if "model" in fields:
            vehicle.model = _text(fields["model"], "model", 60, True) or vehicle.model
        if "battery_kwh" in fields:
            vehicle.battery_kwh = _battery(fields["battery_kwh"])
        if "connector_type" in fields:
            vehicle.connector_type = _connector(fields["connector_type"])
        if "nickname" in fields:
            vehicle.nickname = _text(fields["nickname"], "nickname", 60, False)
        if "plate_number" in fields:
            vehicle.plate_number = _text(fields["plate_number"], "plate_number", 20, False)
        await session.flush()
    return vehicle


async def delete(platform: DomainPlatform, vehicle_id: int, owner_id: int | None) -> None:
    async with platform.sessionmaker.begin() as session:
        vehicle = await get(session, vehicle_id, owner_id)
        await session.delete(vehicle)
