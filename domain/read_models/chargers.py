"""Chargers as the console and the driver apps read them: the list and its filters, one charger with
its connectors, and the tables each charger owns (meter values, the OCPP message log, faults,
configuration cache, reservations, profiles, firmware and diagnostics jobs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import Charger, ChargerConfiguration, Connector, MeterValue
from db.models.chargers import CONNECTOR_STATUSES
from domain import ocpp_log
from domain.errors import InvalidInput
from domain.read_models import contains_any
from domain.rows import where_given
from domain.stations import public_condition

#: How many rows `newest` returns.
NEWEST = 500


def online(flag: bool) -> ColumnElement[bool]:
    """The one definition of a charger being online (or not): the chargers list's `online` filter and
    the dashboard's online/offline figures both use it."""
    return Charger.online.is_(flag)


def with_connector_in(status: str) -> ColumnElement[bool]:
    """The one definition of a charger "in" a connector status: one of its connectors (0, the charge
    point itself, included) is in OCPP status `status`. The chargers list's connector-status filter,
    the fleet's selection and the dashboard's charging/faulted figures all use it."""
    if status not in CONNECTOR_STATUSES:
        raise InvalidInput(
            f"Unknown connector status {status[:40]!r}: one of {', '.join(CONNECTOR_STATUSES)}.",
            field="connectorStatus",
        )
    return select(Connector.id).where(Connector.charger_id == Charger.id, Connector.status == status).exists()


def filtered(
    q: Select[Any],
    *,
    search: str | None = None,
    online_only: bool | None = None,
    registration_status: str | None = None,
    city: str | None = None,
    connector_status: str | None = None,
) -> Select[Any]:
    """`q` (a select over chargers) narrowed by the operator's charger filters: the chargers list and
    the fleet's selection by filter use it. `search` matches the charge point id, name, address and
    city."""
    if search:
        q = q.where(
            contains_any(search, Charger.charge_point_id, Charger.name, Charger.address, Charger.city)
        )
    if online_only is not None:
        q = q.where(online(online_only))
    if registration_status:
        q = q.where(Charger.registration_status == registration_status)
    if city:
        q = q.where(Charger.city == city)
    if connector_status:
        q = q.where(with_connector_in(connector_status))
    return q


def chargers(
    *,
    drivers_view: bool,
    search: str | None = None,
    online_only: bool | None = None,
    registration_status: str | None = None,
    city: str | None = None,
    connector_status: str | None = None,
) -> Select[Charger]:
    """The chargers list (with connectors): for drivers the chargers they see
    (`stations.public_condition`); filtered as
    `filtered` says."""
    q = select(Charger).options(selectinload(Charger.connectors))
    if drivers_view:
        q = q.where(public_condition())
    return filtered(
        q,
        search=search,
        online_only=online_only,
        registration_status=registration_status,
        city=city,
        connector_status=connector_status,
    )


async def charger(session: AsyncSession, charger_id: int) -> Charger | None:
    """One charger with its connectors."""
    q = select(Charger).options(selectinload(Charger.connectors)).where(Charger.id == charger_id)
    return (await session.execute(q)).scalar_one_or_none()


async def charger_by_cpid(session: AsyncSession, charge_point_id: str) -> Charger | None:
    """One charger (with its connectors) by its OCPP charge point id."""
    q = (
        select(Charger)
        .options(selectinload(Charger.connectors))
        .where(Charger.charge_point_id == charge_point_id)
    )
    return (await session.execute(q)).scalar_one_or_none()


def owned(model: Any, charger_id: int | None, status: str | None = None) -> Select[Any]:
    """Rows of a charger-owned table, optionally of one charger and in one status."""
    return where_given(select(model), (model.charger_id, charger_id), (model.status, status))


async def newest(
    session: AsyncSession, model: Any, charger_id: int | None, status: str | None = None
) -> list[Any]:
    """The newest `NEWEST` rows of a charger-owned table."""
    q = owned(model, charger_id, status).order_by(model.id.desc()).limit(NEWEST)
    return list((await session.execute(q)).scalars())


async def meter_values(
    session: AsyncSession,
    charger_id: int,
    since: dt.datetime,
    until: dt.datetime | None,
    transaction_id: int | None,
    measurand: str | None,
    limit: int,
) -> list[MeterValue]:
    """A charger's meter values in [since, until), oldest first."""
    q = select(MeterValue).where(MeterValue.charger_id == charger_id, MeterValue.timestamp >= since)
    if until is not None:
        q = q.where(MeterValue.timestamp < until)
    q = where_given(q, (MeterValue.transaction_id, transaction_id), (MeterValue.measurand, measurand))
    return list(
        (await session.execute(q.order_by(MeterValue.timestamp, MeterValue.id).limit(limit))).scalars()
    )


#: The OCPP message log, filtered (the console's list pages it).
ocpp_messages = ocpp_log.filtered


async def configuration(session: AsyncSession, charger_id: int) -> list[ChargerConfiguration]:
    """The cached configuration keys of a charger (from GetConfiguration), by key."""
    q = select(ChargerConfiguration).where(ChargerConfiguration.charger_id == charger_id)
    return list((await session.execute(q.order_by(ChargerConfiguration.key))).scalars())


async def publicity(session: AsyncSession, *, charger_id: int | None = None, cpid: str | None = None) -> Any:
    """(charge_point_id, is_public) of the charger with this id or charge point id, or None."""
    q = select(Charger.charge_point_id, Charger.is_public)
    q = (
        q.where(Charger.id == charger_id)
        if charger_id is not None
        else q.where(Charger.charge_point_id == cpid)
    )
    return (await session.execute(q)).first()


async def private_cpids(session: AsyncSession) -> set[str]:
    """The charge point ids of the chargers that are not public."""
    return set(
        (await session.execute(select(Charger.charge_point_id).where(Charger.is_public.is_(False)))).scalars()
    )
