"""Driver reservations (ReserveNow / CancelReservation through the charger gateway) and their expiry.

The tariff's reservation fee, if any, is charged from the wallet when the charger accepts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Reservation, utcnow
from domain import chargers, idtags, ledger
from domain.errors import BalanceTooLow, ConnectorUnavailable, InvalidInput
from domain.gateway_errors import CommandError
from domain.ports import DomainPlatform
from domain.tariffs import tariff_for_charger


async def own_reservation(
    session: AsyncSession, charger_id: int, connector_id: int, user_id: int
) -> Reservation | None:
    """The driver's accepted, unexpired reservation of the connector (or of the whole charger)."""
    stmt = select(Reservation).where(
        Reservation.charger_id == charger_id,
        Reservation.connector_id.in_((0, connector_id)),
        Reservation.user_id == user_id,
        Reservation.status == "Accepted",
        Reservation.expires_at > utcnow(),
    )
    return (await session.execute(stmt.limit(1))).scalar_one_or_none()


#: A driver holds at most a few reservations at once; the list is bounded all the same.
IN_FORCE_LIMIT = 20


async def in_force_of(session: AsyncSession, user_id: int) -> list[Reservation]:
    """The driver's accepted, unexpired reservations, soonest to expire first."""
    stmt = (
        select(Reservation)
        .where(
            Reservation.user_id == user_id,
            Reservation.status == "Accepted",
            Reservation.expires_at > utcnow(),
        )
        .order_by(Reservation.expires_at, Reservation.id)
        .limit(IN_FORCE_LIMIT)
    )
    return list((await session.execute(stmt)).scalars())


async def reserve(
    platform: DomainPlatform, *, user_id: int, charger_id: int, connector_id: int, minutes: int = 15
) -> Reservation:
    """ReserveNow for a driver: the tariff's reservation fee (if any) is charged when the charger accepts."""
    if not (1 <= minutes <= 120):
        raise InvalidInput("Reservations last 1 to 120 minutes.", field="minutes")

    async def prepare(session: AsyncSession) -> tuple[Reservation, str]:
        charger, conn = await chargers.driver_connector(session, charger_id, connector_id)
        if conn.status != "Available":
            raise ConnectorUnavailable(f"Connector {connector_id} is {conn.status}.", field="connector_id")
        tariff = await tariff_for_charger(session, charger_id)
        fee = tariff.reservation_fee_sen
        if fee and await ledger.wallet_balance(session, user_id) < fee:
            raise BalanceTooLow("Your wallet does not cover the reservation fee.", field="charger_id")
        tag = await idtags.app_tag(session, user_id) or await idtags.create_app_tag(session, user_id)
        r = Reservation(
            charger_id=charger_id,
            connector_id=connector_id,
            user_id=user_id,
            id_tag=tag.id_tag,
            expires_at=utcnow() + dt.timedelta(minutes=minutes),
            status="Requested",
            fee_sen=fee,
        )
        session.add(r)
        await session.flush()
        return r, charger.charge_point_id

    r, cpid = await ledger.in_transaction(platform.sessionmaker, prepare)
    try:
        answer = await platform.gateway.send_command(
            cpid,
            "ReserveNow",
            {
                "connectorId": connector_id,
                "expiryDate": r.expires_at.isoformat().replace("+00:00", "Z"),
                "idTag": r.id_tag,
                "reservationId": r.id,
            },
            user_id=user_id,
        )
        status = str(answer.get("status", "Rejected"))
    except CommandError:
        status = "Rejected"

    async def resolve(session: AsyncSession) -> Reservation:
        row = await session.get(Reservation, r.id)
        assert row is not None
        row.status = (
            status if status in ("Accepted", "Faulted", "Occupied", "Rejected", "Unavailable") else "Rejected"
        )
        if row.status == "Accepted" and row.fee_sen > 0:
            wallet = await ledger.wallet_account(session, user_id)
            revenue = await ledger.system_account(session, ledger.RESERVATION_REVENUE)
            await ledger.post(
                session,
                idempotency_key=f"reservation:{row.id}",
                kind="reservation_fee",
                entries=[(wallet, -row.fee_sen), (revenue, row.fee_sen)],
                memo=f"Reservation {row.id}",
            )
        await session.flush()
        return row

    return await ledger.in_transaction(platform.sessionmaker, resolve, bus=platform.bus)


async def cancel_reservation(
    platform: DomainPlatform, *, reservation_id: int, user_id: int | None
) -> Reservation:
    cpid = await chargers.cpid_for_driver(
        platform.sessionmaker,
        Reservation,
        reservation_id,
        user_id,
        status="Accepted",
        field="reservation_id",
        missing="Reservation not found.",
        ended="This reservation is not active.",
    )
    try:
        await platform.gateway.send_command(
            cpid, "CancelReservation", {"reservationId": reservation_id}, user_id=user_id
        )
    except CommandError:
        pass  # the charger will expire it; we stop honouring it now

    async def mark(session: AsyncSession) -> Reservation:
        row = await session.get(Reservation, reservation_id)
        assert row is not None
        if row.status == "Accepted":
            row.status = "Cancelled"
        await session.flush()
        return row

    return await ledger.in_transaction(platform.sessionmaker, mark)


#: A station's ReservationStatusUpdate (OCPP 2.0.1) as the reservation's status.
STATION_UPDATE_STATUS = {"Expired": "Expired", "Removed": "Cancelled"}


async def station_ended(session: AsyncSession, charger_id: int, reservation_id: int, update: str) -> bool:
    """The station reports that it no longer holds the reservation (expired, or removed, e.g. when its
    EVSE faulted): the platform stops honouring it. False if the charger has no such active one."""
    row = await session.get(Reservation, reservation_id)
    if row is None or row.charger_id != charger_id or row.status not in ("Accepted", "Requested"):
        return False
    row.status = STATION_UPDATE_STATUS.get(update, "Cancelled")
    await session.flush()
    return True


async def expire_reservations(platform: DomainPlatform) -> int:
    async def fn(session: AsyncSession) -> int:
        res = await session.execute(
            update(Reservation)
            .where(Reservation.status.in_(("Accepted", "Requested")), Reservation.expires_at <= utcnow())
            .values(status="Expired")
        )
        return int(res.rowcount)  # type: ignore[attr-defined]

    return await ledger.in_transaction(platform.sessionmaker, fn)
