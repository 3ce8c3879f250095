"""Charging requests (the remote-start handle), remote stop, and driver reservations.

``start_charging`` records a ChargingRequest (Requested), sends RemoteStartTransaction with the driver's
app id tag through the command bus, and moves the request to Accepted or Rejected. When the charger's
StartTransaction arrives, ``domain.transactions.on_transaction_started`` links the request to the new
session (Started); the request reaches Stopped when that session completes. Every change is published
on ``charging_request.<id>``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, ChargingRequest, ChargingSession, Connector, Reservation, Vehicle, utcnow
from domain import authorization, events, idtags, ledger
from domain.errors import Conflict, DomainError, InvalidInput, NotFound
from domain.money import format_sen
from domain.tariffs import tariff_for_charger


class ConnectorUnavailable(DomainError):
    code = "CONNECTOR_UNAVAILABLE"
    default_message = "This connector is not available."


class BalanceTooLow(DomainError):
    code = "BALANCE_TOO_LOW"
    default_message = "Top up your wallet before charging."


READY_STATUSES = ("Available", "Preparing")


def _offline() -> DomainError:
    from ocpp_server.errors import ChargerOffline

    return ChargerOffline("The charger is offline.")


def request_event(req: ChargingRequest) -> events.ChargingRequestEvent:
    return {
        "request_id": req.id,
        "user_id": req.user_id,
        "status": req.status,
        "session_id": req.session_id,
        "transaction_id": req.session_id,
        "error": req.error,
    }


async def _publish(platform: Any, req: ChargingRequest) -> None:
    try:
        await platform.bus.publish(events.charging_request(req.id), request_event(req))
    except Exception:  # noqa: BLE001 - a lost notification is not a failed request
        pass


async def _own_reservation(
    session: AsyncSession, charger_id: int, connector_id: int, user_id: int
) -> Reservation | None:
    stmt = select(Reservation).where(
        Reservation.charger_id == charger_id,
        Reservation.connector_id.in_((0, connector_id)),
        Reservation.user_id == user_id,
        Reservation.status == "Accepted",
        Reservation.expires_at > utcnow(),
    )
    return (await session.execute(stmt.limit(1))).scalar_one_or_none()


async def start_charging(
    platform: Any, *, user_id: int, charger_id: int, connector_id: int, vehicle_id: int | None = None
) -> ChargingRequest:
    from ocpp_server.command_bus import send_command
    from ocpp_server.errors import CommandError

    async def prepare(session: AsyncSession) -> tuple[ChargingRequest, str]:
        charger = await session.get(Charger, charger_id)
        if charger is None or not charger.approved:
            raise NotFound("Charger not found.", field="charger_id")
        if not charger.online:
            raise _offline()
        conn = (
            await session.execute(
                select(Connector).where(
                    Connector.charger_id == charger_id, Connector.connector_id == connector_id
                )
            )
        ).scalar_one_or_none()
        if conn is None or connector_id < 1:
            raise NotFound("Connector not found.", field="connector_id")
        if conn.status not in READY_STATUSES:
            mine = conn.status == "Reserved" and await _own_reservation(
                session, charger_id, connector_id, user_id
            )
            if not mine:
                raise ConnectorUnavailable(
                    f"Connector {connector_id} is {conn.status}.", field="connector_id"
                )
        if vehicle_id is not None:
            v = await session.get(Vehicle, vehicle_id)
            if v is None or v.user_id != user_id:
                raise NotFound("Vehicle not found.", field="vehicle_id")
        # The same minimum-balance rule as Authorize and StartTransaction (authorization.start_refusal).
        refusal = await authorization.start_refusal(session, user_id, platform.settings)
        if refusal is not None:
            raise BalanceTooLow(
                f"Your wallet needs at least {format_sen(refusal.required_sen)} to charge.",
                field="charger_id",
            )
        tag = await idtags.app_tag(session, user_id)
        if tag is None:
            tag = await idtags.create_app_tag(session, user_id)
        if tag.status != "Accepted":
            raise ConnectorUnavailable("Your app tag is blocked.", field="charger_id")
        busy = (
            await session.execute(
                select(ChargingRequest.id).where(
                    ChargingRequest.user_id == user_id,
                    ChargingRequest.status.in_(("Requested", "Accepted")),
                    ChargingRequest.created_at > utcnow() - dt.timedelta(minutes=2),
                    ChargingRequest.charger_id == charger_id,
                )
            )
        ).first()
        if busy is not None:
            raise Conflict("A start request for this charger is already in progress.", field="charger_id")
        req = ChargingRequest(
            user_id=user_id,
            charger_id=charger_id,
            connector_id=connector_id,
            vehicle_id=vehicle_id,
            id_tag=tag.id_tag,
            status="Requested",
        )
        session.add(req)
        await session.flush()
        return req, charger.charge_point_id

    req, cpid = await ledger.in_transaction(platform.sessionmaker, prepare)
    await _publish(platform, req)
    try:
        answer = await send_command(
            platform,
            cpid,
            "RemoteStartTransaction",
            {"connectorId": connector_id, "idTag": req.id_tag},
            user_id=user_id,
            origin="app",
        )
        accepted = answer.get("status") == "Accepted"
        error = None if accepted else "The charger rejected the start."
    except CommandError as e:
        accepted, error = False, e.message

    async def resolve(session: AsyncSession) -> ChargingRequest:
        row = await session.get(ChargingRequest, req.id)
        assert row is not None
        # The StartTransaction may already have moved it to Started: never step back.
        if row.status == "Requested":
            row.status = "Accepted" if accepted else "Rejected"
            row.error = error
        await session.flush()
        return row

    req = await ledger.in_transaction(platform.sessionmaker, resolve)
    await _publish(platform, req)
    return req


async def get_request(session: AsyncSession, request_id: int, user_id: int | None) -> ChargingRequest:
    req = await session.get(ChargingRequest, request_id)
    if req is None or (user_id is not None and req.user_id != user_id):
        raise NotFound("Charging request not found.")
    await _sync_stopped(session, req)
    return req


async def _sync_stopped(session: AsyncSession, req: ChargingRequest) -> None:
    if req.status == "Started" and req.session_id is not None:
        tx = await session.get(ChargingSession, req.session_id)
        if tx is not None and tx.status == "Completed":
            req.status = "Stopped"


async def stop_charging(platform: Any, *, session_id: int, user_id: int | None) -> ChargingSession:
    """Send RemoteStopTransaction for an active session of the driver (or any, for an admin)."""
    from ocpp_server.command_bus import send_command
    from ocpp_server.errors import CommandError

    async with platform.sessionmaker() as session:
        tx = await session.get(ChargingSession, session_id)
        if tx is None or (user_id is not None and tx.user_id != user_id):
            raise NotFound("Session not found.", field="session_id")
        if tx.status != "Active":
            raise Conflict("This session has already ended.", field="session_id")
        charger = await session.get(Charger, tx.charger_id)
        assert charger is not None
        cpid = charger.charge_point_id
    try:
        answer = await send_command(
            platform, cpid, "RemoteStopTransaction", {"transactionId": session_id}, user_id=user_id
        )
    except CommandError:
        raise
    if answer.get("status") != "Accepted":
        raise Conflict("The charger refused to stop the session.", field="session_id")

    async def mark(session: AsyncSession) -> ChargingSession:
        await session.execute(
            update(ChargingSession)
            .where(ChargingSession.id == session_id, ChargingSession.stop_requested_at.is_(None))
            .values(stop_requested_at=utcnow())
        )
        row = await session.get(ChargingSession, session_id)
        assert row is not None
        return row

    return await ledger.in_transaction(platform.sessionmaker, mark)


async def mark_request_stopped(session: AsyncSession, tx: ChargingSession) -> ChargingRequest | None:
    req = (
        await session.execute(select(ChargingRequest).where(ChargingRequest.session_id == tx.id))
    ).scalar_one_or_none()
    if req is not None and req.status == "Started":
        req.status = "Stopped"
    return req


# ----------------------------------------------------------------------------------------- reservations


async def reserve(
    platform: Any, *, user_id: int, charger_id: int, connector_id: int, minutes: int = 15
) -> Reservation:
    """ReserveNow for a driver: the tariff's reservation fee (if any) is charged when the charger accepts."""
    from ocpp_server.command_bus import send_command
    from ocpp_server.errors import CommandError

    if not (1 <= minutes <= 120):
        raise InvalidInput("Reservations last 1 to 120 minutes.", field="minutes")

    async def prepare(session: AsyncSession) -> tuple[Reservation, str]:
        charger = await session.get(Charger, charger_id)
        if charger is None or not charger.approved:
            raise NotFound("Charger not found.", field="charger_id")
        if not charger.online:
            raise _offline()
        conn = (
            await session.execute(
                select(Connector).where(
                    Connector.charger_id == charger_id, Connector.connector_id == connector_id
                )
            )
        ).scalar_one_or_none()
        if conn is None or connector_id < 1:
            raise NotFound("Connector not found.", field="connector_id")
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
        answer = await send_command(
            platform,
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


async def cancel_reservation(platform: Any, *, reservation_id: int, user_id: int | None) -> Reservation:
    from ocpp_server.command_bus import send_command
    from ocpp_server.errors import CommandError

    async with platform.sessionmaker() as session:
        r = await session.get(Reservation, reservation_id)
        if r is None or (user_id is not None and r.user_id != user_id):
            raise NotFound("Reservation not found.", field="reservation_id")
        if r.status != "Accepted":
            raise Conflict("This reservation is not active.", field="reservation_id")
        charger = await session.get(Charger, r.charger_id)
        assert charger is not None
        cpid = charger.charge_point_id
    try:
        await send_command(
            platform, cpid, "CancelReservation", {"reservationId": reservation_id}, user_id=user_id
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


async def expire_reservations(platform: Any) -> int:
    async def fn(session: AsyncSession) -> int:
        res = await session.execute(
            update(Reservation)
            .where(Reservation.status.in_(("Accepted", "Requested")), Reservation.expires_at <= utcnow())
            .values(status="Expired")
        )
        return int(res.rowcount)  # type: ignore[attr-defined]

    return await ledger.in_transaction(platform.sessionmaker, fn)
