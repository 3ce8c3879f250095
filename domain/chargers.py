"""Chargers: identity, registration and approval, AuthorizationKey, boot/heartbeat/status bookkeeping,
and which node holds a charger's socket."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, Connector, utcnow
from domain import faults
from domain.errors import Conflict, InvalidInput, NotFound

CPID_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,64}$")
MIN_AUTH_KEY_BYTES = 16
MAX_AUTH_KEY_BYTES = 40  # OCPP 1.6 security whitepaper: AuthorizationKey is at most 40 bytes (20 hex)


def valid_charge_point_id(cpid: str) -> bool:
    return bool(CPID_RE.match(cpid))


# ------------------------------------------------------------------------------------------------
# AuthorizationKey (HTTP Basic password). A random key of >= 16 bytes has >= 128 bits of entropy, so a
# salted SHA-256 is as strong as a slow KDF against guessing and keeps the handshake cheap at 10k
# reconnecting chargers. Stored as "sha256$<salt hex>$<digest hex>"; never readable.
# ------------------------------------------------------------------------------------------------


def generate_auth_key() -> str:
    return secrets.token_hex(16)  # 32 characters, 128 bits


def hash_auth_key(key: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.sha256(salt + key.encode()).hexdigest()
    return f"sha256${salt.hex()}${digest}"


def verify_auth_key(stored: str | None, key: str) -> bool:
    if not stored:
        return False
    try:
        algo, salt_hex, digest = stored.split("$", 2)
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if algo != "sha256":
        return False
    candidate = hashlib.sha256(salt + key.encode()).hexdigest()
    return hmac.compare_digest(candidate, digest)


def check_auth_key(key: str) -> None:
    n = len(key.encode())
    if n < MIN_AUTH_KEY_BYTES or n > MAX_AUTH_KEY_BYTES:
        raise InvalidInput(
            f"The AuthorizationKey must be {MIN_AUTH_KEY_BYTES} to {MAX_AUTH_KEY_BYTES} bytes.",
            field="authorizationKey",
        )


# ------------------------------------------------------------------------------------------------
# Lookups and admin operations
# ------------------------------------------------------------------------------------------------


async def get_by_cpid(session: AsyncSession, cpid: str) -> Charger | None:
    return (
        await session.execute(select(Charger).where(Charger.charge_point_id == cpid))
    ).scalar_one_or_none()


async def get(session: AsyncSession, charger_id: int) -> Charger:
    charger = await session.get(Charger, charger_id)
    if charger is None:
        raise NotFound("No such charger.")
    return charger


@dataclass
class Registered:
    charger: Charger
    authorization_key: str | None


async def register(
    session: AsyncSession,
    cpid: str,
    *,
    security_profile: int = 1,
    authorization_key: str | None = None,
    approved: bool = True,
    **fields: Any,
) -> Registered:
    """Create a charger. For profiles 1/2 an AuthorizationKey is generated (or the given one is used);
    it is returned once and only its hash is kept."""
    if not valid_charge_point_id(cpid):
        raise InvalidInput("A charge point id is 1 to 64 letters, digits or ._:-", field="chargePointId")
    if security_profile not in (0, 1, 2, 3):
        raise InvalidInput("The security profile is 0, 1, 2 or 3.", field="securityProfile")
    if await get_by_cpid(session, cpid) is not None:
        raise Conflict("A charger with this charge point id exists.", field="chargePointId")
    key: str | None = None
    if security_profile in (1, 2):
        key = authorization_key or generate_auth_key()
        check_auth_key(key)
    charger = Charger(
        charge_point_id=cpid,
        security_profile=security_profile,
        auth_key_hash=hash_auth_key(key) if key else None,
        registration_status="Accepted" if approved else "Pending",
        approved=approved,
        **fields,
    )
    session.add(charger)
    await session.flush()
    return Registered(charger, key)


async def set_authorization_key(session: AsyncSession, charger: Charger, key: str | None = None) -> str:
    key = key or generate_auth_key()
    check_auth_key(key)
    charger.auth_key_hash = hash_auth_key(key)
    await session.flush()
    return key


async def create_pending(session: AsyncSession, cpid: str) -> Charger:
    """An unknown charger that connected while OCPP_UNKNOWN_CHARGERS=pending: waits for an admin."""
    charger = Charger(charge_point_id=cpid, security_profile=0, registration_status="Pending", approved=False)
    session.add(charger)
    await session.flush()
    return charger


async def approve(session: AsyncSession, charger: Charger, *, approved: bool = True) -> Charger:
    charger.approved = approved
    charger.registration_status = "Accepted" if approved else "Rejected"
    await session.flush()
    return charger


# ------------------------------------------------------------------------------------------------
# Connection bookkeeping (which node holds the socket)
# ------------------------------------------------------------------------------------------------


async def mark_connected(session: AsyncSession, charger_id: int, node_id: str) -> None:
    await session.execute(
        update(Charger)
        .where(Charger.id == charger_id)
        .values(online=True, node_id=node_id, connected_at=utcnow())
    )


async def mark_disconnected(session: AsyncSession, charger_id: int, node_id: str) -> bool:
    """Offline, unless another node (or a newer connection) took the charger over meanwhile."""
    result = await session.execute(
        update(Charger)
        .where(Charger.id == charger_id, Charger.node_id == node_id)
        .values(online=False, node_id=None)
    )
    return bool(getattr(result, "rowcount", 0))


async def release_node(session: AsyncSession, node_id: str) -> None:
    """A node starting or stopping: chargers it held are offline."""
    await session.execute(
        update(Charger).where(Charger.node_id == node_id).values(online=False, node_id=None)
    )


async def node_of(session: AsyncSession, cpid: str) -> tuple[int, str | None] | None:
    row = (
        await session.execute(select(Charger.id, Charger.node_id).where(Charger.charge_point_id == cpid))
    ).first()
    return (row[0], row[1]) if row else None


# ------------------------------------------------------------------------------------------------
# Inbound OCPP bookkeeping
# ------------------------------------------------------------------------------------------------

_BOOT_FIELDS = {
    "chargePointVendor": "vendor",
    "chargePointModel": "model",
    "chargePointSerialNumber": "serial_number",
    "chargeBoxSerialNumber": "charge_box_serial_number",
    "firmwareVersion": "firmware_version",
    "iccid": "iccid",
    "imsi": "imsi",
    "meterType": "meter_type",
    "meterSerialNumber": "meter_serial_number",
}


async def record_boot(session: AsyncSession, charger: Charger, payload: dict[str, Any]) -> str:
    """Store the identity a charger reports and return the registration status to answer."""
    values: dict[str, Any] = {col: payload.get(key) for key, col in _BOOT_FIELDS.items()}
    status = charger.registration_status
    if status == "Accepted" and not charger.approved:
        status = "Pending"
    now = utcnow()
    values["last_boot_at"] = now if status == "Accepted" else charger.last_boot_at
    values["last_heartbeat_at"] = now
    await session.execute(update(Charger).where(Charger.id == charger.id).values(**values))
    for k, v in values.items():
        setattr(charger, k, v)
    return status


async def record_heartbeat(session: AsyncSession, charger_id: int, at: dt.datetime | None = None) -> None:
    await session.execute(
        update(Charger).where(Charger.id == charger_id).values(last_heartbeat_at=at or utcnow())
    )


@dataclass
class StatusChange:
    connector: Connector
    previous_status: str | None
    fault_events: list[dict[str, Any]]
    #: The charger's publicity now (an admin may have changed it while the charger was connected).
    is_public: bool = True


async def record_status(
    session: AsyncSession,
    charger_id: int,
    connector_id: int,
    status: str,
    error_code: str,
    *,
    info: str | None = None,
    vendor_id: str | None = None,
    vendor_error_code: str | None = None,
    timestamp: dt.datetime | None = None,
) -> StatusChange:
    """Upsert the connector's status; a non-NoError code opens a fault, NoError closes the open ones."""
    connector = (
        await session.execute(
            select(Connector).where(
                Connector.charger_id == charger_id, Connector.connector_id == connector_id
            )
        )
    ).scalar_one_or_none()
    previous = connector.status if connector else None
    if connector is None:
        connector = Connector(charger_id=charger_id, connector_id=connector_id)
        session.add(connector)
    # Queued notifications may arrive late: an older timestamp never overwrites a newer status.
    if connector.status_timestamp is None or timestamp is None or timestamp >= connector.status_timestamp:
        connector.status = status
        connector.error_code = error_code
        connector.info = info
        connector.vendor_id = vendor_id
        connector.vendor_error_code = vendor_error_code
        connector.status_timestamp = timestamp or utcnow()
    await session.flush()
    events: list[dict[str, Any]] = []
    if error_code != "NoError":
        opened = await faults.open_fault(
            session,
            charger_id,
            connector_id,
            error_code,
            info=info,
            vendor_id=vendor_id,
            vendor_error_code=vendor_error_code,
            at=timestamp,
        )
        if opened is not None:
            events.append(faults.event(opened))
    else:
        for closed in await faults.resolve_open(session, charger_id, connector_id, at=timestamp):
            events.append(faults.event(closed))
    is_public = await session.scalar(select(Charger.is_public).where(Charger.id == charger_id))
    return StatusChange(connector, previous, events, bool(is_public))
