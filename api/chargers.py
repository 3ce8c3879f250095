"""Chargers: list/search (Relay), one charger, its meter values, the OCPP message log, faults, the
configuration cache, reservations, profiles, firmware/diagnostics jobs; admin register/approve/update/
delete. Drivers see approved public chargers; everything else is for admins."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry
from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import selectinload

from api.errors import UserError, payload_or_errors
from api.ocpp_types import (
    Charger,
    ChargingProfile,
    ConfigurationKey,
    Connector,
    DiagnosticsJob,
    Fault,
    FirmwareJob,
    MeterValue,
    OcppMessage,
    Reservation,
)
from api.permissions import require_admin, require_viewer
from api.relay import Connection, decode_id, paginate
from db import models as m
from domain import audit, chargers, commands, events
from domain.errors import Conflict, InvalidInput, NotFound

MAX_METER_VALUES = 5000


async def _charger(info: strawberry.Info, gid: strawberry.ID, *, admin: bool = True) -> m.Charger:
    cid = decode_id(gid, "Charger")
    viewer = await require_viewer(info)
    async with info.context.platform.sessionmaker() as s:
        c = (
            await s.execute(
                select(m.Charger).options(selectinload(m.Charger.connectors)).where(m.Charger.id == cid)
            )
        ).scalar_one_or_none()
    if c is None or (not viewer.is_admin and (admin or not (c.approved and c.is_public))):
        raise NotFound("No such charger.")
    return c


def _charger_scoped(model: Any, charger_id: strawberry.ID | None, status: str | None = None) -> Any:
    """SELECT of a charger-owned table, optionally for one charger and one status."""
    q = select(model)
    if charger_id is not None:
        q = q.where(model.charger_id == decode_id(charger_id, "Charger", field="chargerId"))
    if status is not None:
        q = q.where(model.status == status)
    return q


async def _newest(
    info: strawberry.Info, model: Any, node: Any, charger_id: strawberry.ID | None, status: str | None = None
) -> list[Any]:
    """The newest 500 rows of a charger-owned table, as GraphQL nodes."""
    q = _charger_scoped(model, charger_id, status).order_by(model.id.desc()).limit(500)
    async with info.context.platform.sessionmaker() as s:
        return [node.from_model(r) for r in (await s.execute(q)).scalars()]


@strawberry.type
class Query:
    @strawberry.field(
        description="Chargers, newest first. Drivers see approved public chargers; admins see all. "
        "`search` matches the charge point id, name, address and city."
    )
    async def chargers(
        self,
        info: strawberry.Info,
        search: str | None = None,
        online: bool | None = None,
        registration_status: str | None = None,
        city: str | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Charger]:
        viewer = await require_viewer(info)
        q = select(m.Charger).options(selectinload(m.Charger.connectors))
        if not viewer.is_admin:
            q = q.where(m.Charger.approved.is_(True), m.Charger.is_public.is_(True))
        if search:
            like = f"%{search.strip()[:100]}%"
            q = q.where(
                or_(
                    m.Charger.charge_point_id.ilike(like),
                    m.Charger.name.ilike(like),
                    m.Charger.address.ilike(like),
                    m.Charger.city.ilike(like),
                )
            )
        if online is not None:
            q = q.where(m.Charger.online.is_(online))
        if registration_status is not None:
            q = q.where(m.Charger.registration_status == registration_status)
        if city is not None:
            q = q.where(m.Charger.city == city)
        async with info.context.platform.sessionmaker() as s:
            return await paginate(
                s,
                q,
                key=m.Charger.id,
                to_node=Charger.from_model,
                first=first,
                after=after,
                last=last,
                before=before,
            )

    @strawberry.field(description="One charger by id (drivers: approved public chargers only).")
    async def charger(self, info: strawberry.Info, id: strawberry.ID) -> Charger:
        return Charger.from_model(await _charger(info, id, admin=False))

    @strawberry.field(description="One charger by its OCPP charge point id (admins).")
    async def charger_by_charge_point_id(self, info: strawberry.Info, charge_point_id: str) -> Charger | None:
        await require_admin(info)
        async with info.context.platform.sessionmaker() as s:
            c = (
                await s.execute(
                    select(m.Charger)
                    .options(selectinload(m.Charger.connectors))
                    .where(m.Charger.charge_point_id == charge_point_id)
                )
            ).scalar_one_or_none()
        return Charger.from_model(c) if c else None

    @strawberry.field(description="The connectors of a charger.")
    async def connectors(self, info: strawberry.Info, charger_id: strawberry.ID) -> list[Connector]:
        c = await _charger(info, charger_id, admin=False)
        return [Connector.from_model(x) for x in c.connectors]

    @strawberry.field(
        description="Admins: a charger's meter values in [since, until), oldest first (max 5000)."
    )
    async def meter_values(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID,
        since: dt.datetime,
        until: dt.datetime | None = None,
        transaction_id: int | None = None,
        measurand: str | None = None,
        limit: int = 1000,
    ) -> list[MeterValue]:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        if not 0 < limit <= MAX_METER_VALUES:
            raise InvalidInput(f"limit is 1 to {MAX_METER_VALUES}.", field="limit")
        q = select(m.MeterValue).where(m.MeterValue.charger_id == cid, m.MeterValue.timestamp >= since)
        if until is not None:
            q = q.where(m.MeterValue.timestamp < until)
        if transaction_id is not None:
            q = q.where(m.MeterValue.transaction_id == transaction_id)
        if measurand is not None:
            q = q.where(m.MeterValue.measurand == measurand)
        async with info.context.platform.sessionmaker() as s:
            rows = (
                await s.execute(q.order_by(m.MeterValue.timestamp, m.MeterValue.id).limit(limit))
            ).scalars()
            return [MeterValue.from_model(r) for r in rows]

    @strawberry.field(description="Admins: the OCPP message log, newest first.")
    async def ocpp_messages(
        self,
        info: strawberry.Info,
        charge_point_id: str | None = None,
        action: str | None = None,
        direction: str | None = None,
        message_type: int | None = None,
        unique_id: str | None = None,
        errors_only: bool = False,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[OcppMessage]:
        await require_admin(info)
        q = select(m.OcppMessage)
        if charge_point_id is not None:
            q = q.where(m.OcppMessage.charger_id == charge_point_id)
        if action is not None:
            q = q.where(m.OcppMessage.action == action)
        if direction is not None:
            q = q.where(m.OcppMessage.direction == direction)
        if message_type is not None:
            q = q.where(m.OcppMessage.message_type == message_type)
        if unique_id is not None:
            q = q.where(m.OcppMessage.unique_id == unique_id)
        if errors_only:
            q = q.where(m.OcppMessage.error_code.is_not(None))
        if since is not None:
            q = q.where(m.OcppMessage.created_at >= since)
        if until is not None:
            q = q.where(m.OcppMessage.created_at < until)
        async with info.context.platform.sessionmaker() as s:
            return await paginate(
                s,
                q,
                key=m.OcppMessage.id,
                to_node=OcppMessage.from_model,
                first=first,
                after=after,
                last=last,
                before=before,
            )

    @strawberry.field(description="Admins: charger faults, newest first.")
    async def faults(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        status: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Fault]:
        await require_admin(info)
        q = _charger_scoped(m.Fault, charger_id, status)
        async with info.context.platform.sessionmaker() as s:
            return await paginate(s, q, key=m.Fault.id, to_node=Fault.from_model, first=first, after=after)

    @strawberry.field(
        description="Admins: the cached configuration keys of a charger (from GetConfiguration)."
    )
    async def charger_configuration(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> list[ConfigurationKey]:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        async with info.context.platform.sessionmaker() as s:
            rows = await s.execute(
                select(m.ChargerConfiguration)
                .where(m.ChargerConfiguration.charger_id == cid)
                .order_by(m.ChargerConfiguration.key)
            )
            return [ConfigurationKey.from_model(r) for r in rows.scalars()]

    @strawberry.field(description="Admins: reservations, newest first.")
    async def reservations(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        status: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Reservation]:
        await require_admin(info)
        q = _charger_scoped(m.Reservation, charger_id, status)
        async with info.context.platform.sessionmaker() as s:
            return await paginate(
                s, q, key=m.Reservation.id, to_node=Reservation.from_model, first=first, after=after
            )

    @strawberry.field(description="Admins: charging profiles sent to chargers, newest first.")
    async def charging_profiles(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None, status: str | None = None
    ) -> list[ChargingProfile]:
        await require_admin(info)
        return await _newest(info, m.ChargingProfile, ChargingProfile, charger_id, status)

    @strawberry.field(description="Admins: firmware update jobs, newest first.")
    async def firmware_jobs(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None
    ) -> list[FirmwareJob]:
        await require_admin(info)
        return await _newest(info, m.FirmwareJob, FirmwareJob, charger_id)

    @strawberry.field(description="Admins: diagnostics upload jobs, newest first.")
    async def diagnostics_jobs(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None
    ) -> list[DiagnosticsJob]:
        await require_admin(info)
        return await _newest(info, m.DiagnosticsJob, DiagnosticsJob, charger_id)


# ------------------------------------------------------------------ admin mutations


@strawberry.input
class RegisterChargerInput:
    charge_point_id: str
    security_profile: int = 1
    authorization_key: str | None = strawberry.field(
        default=None,
        description=(
            "32 to 40 hex digits (16 to 20 bytes, as the charger's AuthorizationKey holds them) or a"
            " text of 16 to 20 bytes; omit to generate one (20 random bytes as 40 hex digits, returned"
            " once)."
        ),
    )
    name: str | None = None
    address: str | None = None
    city: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    max_power_kw: Decimal | None = None


@strawberry.type
class RegisterChargerPayload:
    charger: Charger | None = None
    authorization_key: str | None = strawberry.field(
        default=None,
        description=(
            "The charger's AuthorizationKey, shown once (stored hashed). Enter it as the charger's"
            " AuthorizationKey configuration key (hex digits; a text key: its UTF-8 bytes in hex); the"
            " charger sends the decoded bytes as its HTTP Basic password (user: the charge point id)."
        ),
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ApproveChargerInput:
    id: strawberry.ID
    approved: bool = True
    security_profile: int | None = strawberry.field(
        default=None,
        description=(
            "Approving: the profile the charger authenticates on from now on (1: Basic auth, 2: Basic"
            " auth over TLS, 3: client certificate); default: its current one, at least 1."
        ),
    )


@strawberry.input(description="Only the fields given are changed.")
class UpdateChargerInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    address: str | None = strawberry.UNSET
    city: str | None = strawberry.UNSET
    state: str | None = strawberry.UNSET
    postcode: str | None = strawberry.UNSET
    latitude: Decimal | None = strawberry.UNSET
    longitude: Decimal | None = strawberry.UNSET
    is_public: bool | None = strawberry.UNSET
    max_power_kw: Decimal | None = strawberry.UNSET
    security_profile: int | None = strawberry.UNSET
    rotate_authorization_key: bool = strawberry.field(
        default=False, description="Generate a new AuthorizationKey (returned once)."
    )


@strawberry.type
class ChargerPayload:
    charger: Charger | None = None
    authorization_key: str | None = strawberry.field(
        default=None,
        description=(
            "A new AuthorizationKey, shown once (stored hashed): 40 hex digits (20 bytes). Enter them"
            " as the charger's AuthorizationKey configuration key; the charger sends the decoded 20"
            " bytes as its HTTP Basic password (user: the charge point id)."
        ),
    )
    key_delivery: str | None = strawberry.field(
        default=None,
        description=(
            "Approving with a new key: the charger's answer to ChangeConfiguration AuthorizationKey"
            " (Accepted: it reconnects with the key by itself), or Offline, Timeout, NotSupported,"
            " Rejected...: enter the key on the charger by hand."
        ),
    )
    boot_trigger: str | None = strawberry.field(
        default=None,
        description="Approving: the charger's answer to TriggerMessage BootNotification, when sent.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class DeleteChargerInput:
    id: strawberry.ID


@strawberry.type
class DeleteChargerPayload:
    deleted_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _reload(info: strawberry.Info, cid: int) -> Charger:
    async with info.context.platform.sessionmaker() as s:
        c = (
            await s.execute(
                select(m.Charger).options(selectinload(m.Charger.connectors)).where(m.Charger.id == cid)
            )
        ).scalar_one()
    return Charger.from_model(c)


_UPDATABLE = (
    "name",
    "description",
    "address",
    "city",
    "state",
    "postcode",
    "latitude",
    "longitude",
    "is_public",
    "max_power_kw",
)


def _update_details(input: UpdateChargerInput, new_key: str | None) -> dict[str, object]:
    """What an update changed, for the audit log (never the key itself)."""
    given = {n: getattr(input, n) for n in (*_UPDATABLE, "security_profile")}
    return {n: v for n, v in given.items() if v is not strawberry.UNSET} | {"new_key": new_key is not None}


async def _publish_visibility(platform: Any, c: m.Charger) -> None:
    event = {
        "type": "visibility",
        "charge_point_id": c.charge_point_id,
        "connector_id": 0,
        "is_public": c.is_public,
        "online": c.online,
        "timestamp": m.utcnow().isoformat(),
    }
    await platform.bus.publish(events.charger_status(c.charge_point_id), event)
    await platform.bus.publish(events.ALL_CHARGERS_STATUS, event)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: register a charger; its AuthorizationKey is returned once.")
    async def register_charger(
        self, info: strawberry.Info, input: RegisterChargerInput
    ) -> RegisterChargerPayload:
        admin = await require_admin(info)

        async def work() -> RegisterChargerPayload:
            async with info.context.platform.sessionmaker() as s, s.begin():
                reg = await chargers.register(
                    s,
                    input.charge_point_id.strip(),
                    security_profile=input.security_profile,
                    authorization_key=input.authorization_key,
                    name=input.name,
                    address=input.address,
                    city=input.city,
                    latitude=input.latitude,
                    longitude=input.longitude,
                    max_power_kw=input.max_power_kw,
                )
                cid = reg.charger.id
                audit.record(
                    s,
                    actor_user_id=admin.id,
                    action="charger.register",
                    target_type="Charger",
                    target_id=cid,
                    details={"charge_point_id": reg.charger.charge_point_id},
                )
            return RegisterChargerPayload(
                charger=await _reload(info, cid), authorization_key=reg.authorization_key
            )

        return await payload_or_errors(RegisterChargerPayload, work())

    @strawberry.mutation(
        description="Admins: approve (or reject) a charger; BootNotification answers accordingly."
    )
    async def approve_charger(self, info: strawberry.Info, input: ApproveChargerInput) -> ChargerPayload:
        admin = await require_admin(info)

        async def work() -> ChargerPayload:
            cid = decode_id(input.id, "Charger")
            async with info.context.platform.sessionmaker() as s, s.begin():
                approval = await chargers.approve(
                    s,
                    await chargers.get(s, cid),
                    approved=input.approved,
                    security_profile=input.security_profile,
                )
                cpid = approval.charger.charge_point_id
                profile = approval.charger.security_profile
                audit.record(
                    s,
                    actor_user_id=admin.id,
                    action="charger.approve" if input.approved else "charger.reject",
                    target_type="Charger",
                    target_id=cid,
                    details={"security_profile": profile, "new_key": approval.authorization_key is not None},
                )
            payload = ChargerPayload(authorization_key=approval.authorization_key)
            if input.approved:
                notice = await commands.after_approval(
                    info.context.platform, cpid, profile, approval.authorization_key, user_id=admin.id
                )
                payload.key_delivery = notice.key_delivery
                payload.boot_trigger = notice.boot_trigger
            payload.charger = await _reload(info, cid)
            return payload

        return await payload_or_errors(ChargerPayload, work())

    @strawberry.mutation(description="Admins: change a charger's details, profile or AuthorizationKey.")
    async def update_charger(self, info: strawberry.Info, input: UpdateChargerInput) -> ChargerPayload:
        admin = await require_admin(info)

        async def work() -> ChargerPayload:
            cid = decode_id(input.id, "Charger")
            key: str | None = None
            async with info.context.platform.sessionmaker() as s, s.begin():
                c = await chargers.get(s, cid)
                was_public = c.is_public
                for name in _UPDATABLE:
                    value = getattr(input, name)
                    if value is not strawberry.UNSET:
                        if name == "is_public" and value is None:
                            raise InvalidInput("isPublic cannot be null.", field="isPublic")
                        setattr(c, name, value)
                if input.security_profile is not strawberry.UNSET and input.security_profile is not None:
                    if input.security_profile not in (0, 1, 2, 3):
                        raise InvalidInput("The security profile is 0 to 3.", field="securityProfile")
                    c.security_profile = input.security_profile
                    if input.security_profile in (1, 2) and not c.auth_key_hash:
                        key = await chargers.set_authorization_key(s, c)
                if input.rotate_authorization_key:
                    key = await chargers.set_authorization_key(s, c)
                audit.record(
                    s,
                    actor_user_id=admin.id,
                    action="charger.update",
                    target_type="Charger",
                    target_id=cid,
                    details=_update_details(input, key),
                )
            if c.is_public != was_public:  # live availability streams follow the change at once
                await _publish_visibility(info.context.platform, c)
            # A connection admitted on a lower profile than the new one must reconnect with credentials.
            await info.context.platform.gateway.close_below_profile(c.charge_point_id, c.security_profile)
            return ChargerPayload(charger=await _reload(info, cid), authorization_key=key)

        return await payload_or_errors(ChargerPayload, work())

    @strawberry.mutation(description="Admins: delete a charger that has no charging sessions.")
    async def delete_charger(self, info: strawberry.Info, input: DeleteChargerInput) -> DeleteChargerPayload:
        admin = await require_admin(info)

        async def work() -> DeleteChargerPayload:
            cid = decode_id(input.id, "Charger")
            async with info.context.platform.sessionmaker() as s, s.begin():
                await chargers.get(s, cid)
                n = (
                    await s.execute(
                        select(func.count())
                        .select_from(m.ChargingSession)
                        .where(m.ChargingSession.charger_id == cid)
                    )
                ).scalar_one()
                if n:
                    raise Conflict("The charger has charging sessions; make it non-public instead.")
                await s.execute(delete(m.Charger).where(m.Charger.id == cid))
                audit.record(
                    s,
                    actor_user_id=admin.id,
                    action="charger.delete",
                    target_type="Charger",
                    target_id=cid,
                    details=None,
                )
            return DeleteChargerPayload(deleted_id=input.id)

        return await payload_or_errors(DeleteChargerPayload, work())
