"""Charging requests: the handle of a remote start, and the remote stop.

``start_charging`` records a ChargingRequest (Requested), sends RemoteStartTransaction with the driver's
app id tag through the charger gateway (``domain.ports.ChargerGateway``), and moves the request to
Accepted or Rejected. When the charger's StartTransaction arrives,
``domain.transactions.on_transaction_started`` links the request to the new charging session (Started);
the request reaches Stopped when that session completes. Every change is published on
``charging_request.<id>``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingRequest, ChargingSession, Vehicle, utcnow
from domain import authorization, chargers, events, idtags, ledger, reservations, rows, stations
from domain.errors import BalanceTooLow, Conflict, ConnectorUnavailable, NotFound
from domain.gateway_errors import CommandError
from domain.money import format_sen
from domain.ports import DomainPlatform


def request_event(req: ChargingRequest) -> events.ChargingRequestEvent:
    return {
        "request_id": req.id,
        "user_id": req.user_id,
        "status": req.status,
        "session_id": req.session_id,
        "transaction_id": req.session_id,
        "error": req.error,
    }


async def _publish(platform: DomainPlatform, req: ChargingRequest) -> None:
    try:
        await platform.bus.publish(events.charging_request(req.id), request_event(req))
    except Exception:  # noqa: BLE001 - a lost notification is not a failed request
        pass


async def start_charging(
    platform: DomainPlatform,
    *,
    user_id: int,
    charger_id: int,
    connector_id: int,
    vehicle_id: int | None = None,
) -> ChargingRequest:
    async def prepare(session: AsyncSession) -> tuple[ChargingRequest, str]:
        charger, conn = await chargers.driver_connector(session, charger_id, connector_id)
        if not stations.startable(conn.status):
            mine = conn.status == "Reserved" and await reservations.own_reservation(
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
        answer = await platform.gateway.send_command(
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
    req = await rows.get(
        session, ChargingRequest, request_id, "Charging request not found.", owner_id=user_id
    )
    await _sync_stopped(session, req)
    return req


async def _sync_stopped(session: AsyncSession, req: ChargingRequest) -> None:
    if req.status == "Started" and req.session_id is not None:
        tx = await session.get(ChargingSession, req.session_id)
        if tx is not None and tx.status == "Completed":
            req.status = "Stopped"


async def _stop_requested_by(platform: DomainPlatform, session_id: int, by: str | None) -> None:
    async with platform.sessionmaker.begin() as session:
        await session.execute(
            update(ChargingSession)
            .where(ChargingSession.id == session_id, ChargingSession.stop_requested_at.is_(None))
            .values(stop_requested_by=by)
        )


async def stop_charging(platform: DomainPlatform, *, session_id: int, user_id: int | None) -> ChargingSession:
    """Send RemoteStopTransaction for an active session of the driver (or any, for an admin)."""
    cpid = await chargers.cpid_for_driver(
        platform.sessionmaker,
        ChargingSession,
        session_id,
        user_id,
        status="Active",
        field="session_id",
        missing="Session not found.",
        ended="This session has already ended.",
    )
    # Who asks is recorded before the charger can answer with its StopTransaction (the driver is told
    # why the session stopped), and cleared again when the charger does not stop.
    by = "driver" if user_id is not None else "operator"
    await _stop_requested_by(platform, session_id, by)
    try:
        answer = await platform.gateway.send_command(
            cpid, "RemoteStopTransaction", {"transactionId": session_id}, user_id=user_id
        )
    except CommandError:
        await _stop_requested_by(platform, session_id, None)
        raise
    if answer.get("status") != "Accepted":
        await _stop_requested_by(platform, session_id, None)
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
