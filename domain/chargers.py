"""Chargers: identity, registration and approval, AuthorizationKey, boot/heartbeat/status bookkeeping,
and which node holds a charger's socket."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, case, func, or_, select, update
from sqlalchemy import delete as sa_delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.engine import read_session
from db.models import Charger, ChargingSession, Connector, Fault, utcnow
from domain import faults, idle, rows, watches
from domain.errors import Conflict, InvalidInput, NotFound
from domain.events import FaultEvent
from domain.gateway_errors import ChargerOffline

# Charge point identity (the last segment of the OCPP URL, and the HTTP Basic user): 1 to 48 of the
# OCPP identifierString characters (printable ASCII letters, digits and * - _ = : + | @ .; no "/", no
# spaces or control characters), and not a dot-only name ("." and ".." are path segments, not ids).
CPID_MAX_LENGTH = 48
CPID_RE = re.compile(r"^[A-Za-z0-9*\-_=:+|@.]{1,48}$")
CPID_RULE = "A charge point id is 1 to 48 letters, digits or *-_=:+|@. (not only dots)."
#: OCPP 1.6 security whitepaper: the AuthorizationKey is 16 to 20 bytes (at most 40 hex digits).
MIN_AUTH_KEY_BYTES = 16
MAX_AUTH_KEY_BYTES = 20
GENERATED_AUTH_KEY_BYTES = 20


# ------------------------------------------------------------------------------------------------
# The statements every connecting charger runs (admission, connect, boot, status): core SQL on the
# tables, built once with bind parameters, so each execution skips building the statement and its
# cache key (and the ORM's bookkeeping: no loaded object needs to follow).
# ------------------------------------------------------------------------------------------------

_chargers = cast(Table, Charger.__table__)
_connectors = cast(Table, Connector.__table__)
_faults = cast(Table, Fault.__table__)
_ch, _co, _fa = _chargers.c, _connectors.c, _faults.c

_ADMISSION = select(
    _ch.charge_point_id,
    _ch.id,
    _ch.security_profile,
    _ch.auth_key_hash,
    _ch.registration_status,
    _ch.approved,
    _ch.last_boot_at,
    _ch.is_public,
).where(_ch.charge_point_id.in_(bindparam("cpids", expanding=True)))

_NODE_OF = select(_ch.id, _ch.node_id).where(_ch.charge_point_id == bindparam("cpid"))
_MARK_CONNECTED = (
    update(_chargers)
    .where(_ch.id == bindparam("charger_id"))
    .values(
        online=True,
        node_id=bindparam("node_id"),
        connected_at=bindparam("at"),
        ocpp_version=bindparam("ocpp_version"),
    )
)
_HEARTBEAT = (
    update(_chargers).where(_ch.id == bindparam("charger_id")).values(last_heartbeat_at=bindparam("at"))
)
_REGISTRATION = select(_ch.registration_status, _ch.approved, _ch.security_profile).where(
    _ch.id == bindparam("charger_id")
)


def _connector_state(with_open_fault: bool) -> Any:
    """The charger's publicity, the connector's status (outer join: None before its first status)
    and, when asked, whether the connector has an open connector-error fault."""
    columns: list[Any] = [_ch.is_public, _co.status, _co.error_code, _co.status_timestamp]
    if with_open_fault:
        columns.append(
            select(_fa.id)
            .where(
                _fa.charger_id == bindparam("charger_id"),
                _fa.connector_id == bindparam("connector_id"),
                _fa.status.in_(faults.OPEN_STATES),
                _fa.error_code.not_in(faults.DATA_FAULTS),
            )
            .exists()
            .label("has_open_fault")
        )
    return (
        select(*columns)
        .select_from(
            _chargers.outerjoin(
                _connectors,
                and_(_co.charger_id == _ch.id, _co.connector_id == bindparam("connector_id")),
            )
        )
        .where(_ch.id == bindparam("charger_id"))
    )


_CONNECTOR_STATE = {flag: _connector_state(flag) for flag in (False, True)}


#: Commands that carry drivers' idTags (or, for DataTransfer, free-form data that may): never sent to
#: a charger that is not approved and accepted.
ID_TAG_COMMANDS = frozenset({"RemoteStartTransaction", "ReserveNow", "SendLocalList", "DataTransfer"})


def may_receive(action: str, *, approved: bool, registration_status: str) -> bool:
    """Whether a command may go to a charger in this registration state: a pending (or rejected)
    charger gets no command that carries drivers' idTags; anything else (configuration, triggers,
    resets) may be sent to bring it into service."""
    return action not in ID_TAG_COMMANDS or (approved and registration_status == "Accepted")


def valid_charge_point_id(cpid: str) -> bool:
    return bool(CPID_RE.match(cpid)) and cpid.strip(".") != ""


def charge_point_id_from_path(segment: str) -> str | None:
    """The charge point id of an OCPP URL's raw path segment (what follows `ws://host:port/` or
    `/ocpp/`, still percent-encoded), or None when it names none: it must be one segment (no "/",
    encoded or not, no empty or trailing segment) and is percent-decoded exactly once, as UTF-8, so
    `CP%2D1` is `CP-1`, `CP%252F1` is the invalid `CP%2F1` and `CP%2F1` the invalid `CP/1`."""
    from urllib.parse import unquote

    if not segment or "/" in segment or len(segment) > 3 * CPID_MAX_LENGTH:
        return None
    try:
        cpid = unquote(segment, errors="strict")
    except UnicodeDecodeError:
        return None
    return cpid if valid_charge_point_id(cpid) else None


# ------------------------------------------------------------------------------------------------
# AuthorizationKey (HTTP Basic password, security profiles 1 and 2).
#
# OCPP 1.6 (security whitepaper, configuration key AuthorizationKey): the password is 16 to 20 bytes,
# configured on the charger as its hexadecimal representation (at most 40 hex digits), and the
# charger sends the *decoded bytes* as the Basic-auth password. Some firmware sends the hex digits
# themselves instead; both are accepted (they carry the same secret).
#
# The platform generates 20 random bytes, shown once as 40 hex digits. An admin may also enter a key:
# 32 to 40 hex digits (an even number) are the hex form of 16 to 20 bytes; anything else is taken as
# text whose UTF-8 bytes (16 to 20) are the password (its hex form is what goes into AuthorizationKey).
#
# A random key of >= 16 bytes has >= 128 bits of entropy, so a salted SHA-256 is as strong as a slow KDF
# against guessing and keeps the handshake cheap at 10k reconnecting chargers. Stored formats:
#   "sha256k$<salt hex>$<digest hex>": digest of salt + the key's password bytes (keys set from now on);
#   "sha256$<salt hex>$<digest hex>": digest of salt + the key's text as it was entered or generated
#     (keys stored before; still verified, see verify_auth_key).
# ------------------------------------------------------------------------------------------------

_HEX_KEY_RE = re.compile(rf"^(?:[0-9A-Fa-f]{{2}}){{{MIN_AUTH_KEY_BYTES},{MAX_AUTH_KEY_BYTES}}}$")


def generate_auth_key() -> str:
    """20 random bytes as 40 upper-case hex digits: what the charger's AuthorizationKey is set to."""
    return secrets.token_hex(GENERATED_AUTH_KEY_BYTES).upper()


def is_hex_key(key: str) -> bool:
    return bool(_HEX_KEY_RE.match(key))


def auth_key_bytes(key: str) -> bytes:
    """The Basic-auth password bytes of an AuthorizationKey as an admin enters it (see above)."""
    if is_hex_key(key):
        return bytes.fromhex(key)
    raw = key.encode()
    if not MIN_AUTH_KEY_BYTES <= len(raw) <= MAX_AUTH_KEY_BYTES:
        raise InvalidInput(
            f"The AuthorizationKey is 32 to 40 hex digits ({MIN_AUTH_KEY_BYTES} to {MAX_AUTH_KEY_BYTES}"
            f" bytes), or a text of {MIN_AUTH_KEY_BYTES} to {MAX_AUTH_KEY_BYTES} bytes.",
            field="authorizationKey",
        )
    return raw


def auth_key_hex(key: str) -> str:
    """The value of the charger's AuthorizationKey configuration key (hex digits) for a key."""
    return auth_key_bytes(key).hex().upper()


def check_auth_key(key: str) -> None:
    auth_key_bytes(key)


def hash_auth_key(key: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.sha256(salt + auth_key_bytes(key)).hexdigest()
    return f"sha256k${salt.hex()}${digest}"


def _password_readings(password: bytes) -> list[bytes]:
    """The key bytes a Basic-auth password may stand for: itself (a conforming charger sends the
    decoded bytes) and, when it is 32 to 40 hex digits, their decoding (firmware that sends the
    configured hex digits as they are)."""
    readings = [password]
    try:
        text = password.decode("ascii")
    except UnicodeDecodeError:
        return readings
    if is_hex_key(text):
        readings.append(bytes.fromhex(text))
    return readings


def _legacy_readings(password: bytes) -> list[bytes]:
    """Keys stored before (hashed as entered text): the text itself (firmware that sends what it
    was given) and, for a password of 16 to 20 bytes, its hex digits in either case (a conforming
    charger given a hex key, e.g. the 32 hex digits generated before, sends the decoded bytes)."""
    readings = [password]
    if MIN_AUTH_KEY_BYTES <= len(password) <= MAX_AUTH_KEY_BYTES:
        readings += [password.hex().encode(), password.hex().upper().encode()]
    return readings


def verify_auth_key(stored: str | None, password: bytes | str) -> bool:
    """Whether the Basic-auth password a charger sent matches the stored key."""
    if not stored:
        return False
    if isinstance(password, str):
        password = password.encode()
    try:
        algo, salt_hex, digest = stored.split("$", 2)
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if algo == "sha256k":
        readings = _password_readings(password)
    elif algo == "sha256":
        readings = _legacy_readings(password)
    else:
        return False
    ok = False
    for candidate in readings:  # every reading is checked: no early exit
        ok |= hmac.compare_digest(hashlib.sha256(salt + candidate).hexdigest(), digest)
    return ok


# ------------------------------------------------------------------------------------------------
# Lookups and admin operations
# ------------------------------------------------------------------------------------------------


async def cpid_for_driver(
    sessionmaker: async_sessionmaker[AsyncSession],
    model: Any,
    pk: int,
    user_id: int | None,
    *,
    status: str,
    field: str,
    missing: str,
    ended: str,
) -> str:
    """The charge point id of the charger a driver's row of `model` (a session, a reservation) is at,
    when the row is the driver's (`user_id`; None: an admin, any row) and in `status`: NotFound
    (`missing`) for no such row of theirs, Conflict (`ended`) for another status."""
    async with read_session(sessionmaker) as session:
        row = await rows.get(session, model, pk, missing, field=field, owner_id=user_id)
        if row.status != status:
            raise Conflict(ended, field=field)
        charger = await session.get(Charger, row.charger_id)
        assert charger is not None
        return charger.charge_point_id


async def get_by_cpid(session: AsyncSession, cpid: str) -> Charger | None:
    return (
        await session.execute(select(Charger).where(Charger.charge_point_id == cpid))
    ).scalar_one_or_none()


@dataclass(frozen=True, slots=True)
class AdmissionInfo:
    """What admitting a connection needs to know about a charger (read without loading the row)."""

    id: int
    security_profile: int
    auth_key_hash: str | None
    registration_status: str
    approved: bool
    last_boot_at: dt.datetime | None
    is_public: bool


async def admission_info(session: AsyncSession, cpid: str) -> AdmissionInfo | None:
    """The charger's admission columns, by charge point id (every connecting charger: a core select)."""
    return (await admission_infos(session, [cpid])).get(cpid)


async def admission_infos(session: AsyncSession, cpids: list[str]) -> dict[str, AdmissionInfo]:
    """`admission_info` of several chargers in one query (unknown ids are missing from the result)."""
    rows = await session.execute(_ADMISSION, {"cpids": cpids})
    return {row[0]: AdmissionInfo(*row[1:]) for row in rows}


async def get(session: AsyncSession, charger_id: int) -> Charger:
    return await rows.get(session, Charger, charger_id, "No such charger.")


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
        raise InvalidInput(CPID_RULE, field="chargePointId")
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


@dataclass
class Approval:
    charger: Charger
    #: A newly generated AuthorizationKey (hex digits), to be shown once; None when the charger kept
    #: its credentials (or was rejected, or uses client certificates).
    authorization_key: str | None


async def approve(
    session: AsyncSession, charger: Charger, *, approved: bool = True, security_profile: int | None = None
) -> Approval:
    """Approve (or reject) a charger. An approved charger authenticates from then on: a charger that
    came in pending without credentials (profile 0) moves to `security_profile` (default 1) and gets
    a generated AuthorizationKey, returned once; only its hash is kept."""
    key: str | None = None
    if approved:
        profile = security_profile if security_profile is not None else max(charger.security_profile, 1)
        if profile not in (1, 2, 3):
            raise InvalidInput(
                "An approved charger uses security profile 1, 2 or 3.", field="securityProfile"
            )
        charger.security_profile = profile
        if profile in (1, 2) and not charger.auth_key_hash:
            key = generate_auth_key()
            charger.auth_key_hash = hash_auth_key(key)
    elif security_profile is not None:
        raise InvalidInput("A security profile is given only when approving.", field="securityProfile")
    charger.approved = approved
    charger.registration_status = "Accepted" if approved else "Rejected"
    await session.flush()
    return Approval(charger, key)


# ------------------------------------------------------------------------------------------------
# Connection bookkeeping (which node holds the socket)
#
# The connect path runs these for every charger (through the group writer): core statements on the
# table, without the ORM's bulk-update bookkeeping (no loaded objects need to follow).
# ------------------------------------------------------------------------------------------------


async def mark_connected(
    session: AsyncSession, charger_id: int, node_id: str, ocpp_version: str = "1.6"
) -> None:
    """Online on `node_id`, speaking `ocpp_version` ("1.6" or "2.0.1") on this connection."""
    await session.execute(
        _MARK_CONNECTED,
        {"charger_id": charger_id, "node_id": node_id, "at": utcnow(), "ocpp_version": ocpp_version},
    )


async def mark_disconnected(session: AsyncSession, charger_id: int, node_id: str) -> bool:
    """Offline, unless another node (or a newer connection) took the charger over meanwhile."""
    result = await session.execute(
        update(_chargers)
        .where(_chargers.c.id == charger_id, _chargers.c.node_id == node_id)
        .values(online=False, node_id=None)
    )
    return bool(getattr(result, "rowcount", 0))


async def release_node(session: AsyncSession, node_id: str) -> None:
    """A node starting or stopping: chargers it held are offline."""
    await session.execute(
        update(_chargers).where(_chargers.c.node_id == node_id).values(online=False, node_id=None)
    )


async def node_of(session: AsyncSession, cpid: str) -> tuple[int, str | None] | None:
    row = (await session.execute(_NODE_OF, {"cpid": cpid})).first()
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


_BOOT = (
    update(_chargers)
    # A connection admitted on a lower security profile than the charger's (an admin raised it, e.g.
    # approving a pending charger, while it was connected) changes nothing.
    .where(_ch.id == bindparam("charger_id"), _ch.security_profile <= bindparam("b_admitted"))
    .values(
        **{col: bindparam(f"b_{col}") for col in _BOOT_FIELDS.values()},
        last_heartbeat_at=bindparam("b_now"),
        # Only an accepted boot counts as the last boot.
        last_boot_at=case(
            (and_(_ch.registration_status == "Accepted", _ch.approved), bindparam("b_now")),
            else_=_ch.last_boot_at,
        ),
    )
)
_BOOT_RETURNING = _BOOT.returning(_ch.registration_status, _ch.approved)


#: record_boot's answer for a connection admitted on a lower security profile than the charger's
#: current one: the charger must reconnect with its credentials (the connection is closed).
NEEDS_CREDENTIALS = "NeedsCredentials"


async def record_boot(
    session: AsyncSession, charger_id: int, payload: dict[str, Any], *, admitted_profile: int = 3
) -> str:
    """Store the identity a charger reports and return the registration status to answer, or
    NEEDS_CREDENTIALS (nothing stored) when the connection was admitted on a lower security profile
    (`admitted_profile`) than the charger's current one."""
    params: dict[str, Any] = {f"b_{col}": payload.get(key) for key, col in _BOOT_FIELDS.items()}
    params["charger_id"] = charger_id
    params["b_now"] = utcnow()
    params["b_admitted"] = admitted_profile
    if session.get_bind().dialect.name == "sqlite":
        # One statement: UPDATE ... RETURNING the (unchanged) registration columns.
        row = (await session.execute(_BOOT_RETURNING, params)).first()
        if row is None:
            row = (await session.execute(_REGISTRATION, {"charger_id": charger_id})).first()
            if row is not None:  # the profile was raised: the UPDATE's condition left it alone
                return NEEDS_CREDENTIALS
    else:
        row = (await session.execute(_REGISTRATION, {"charger_id": charger_id})).first()
        if row is not None:
            if row.security_profile > admitted_profile:
                return NEEDS_CREDENTIALS
            await session.execute(_BOOT, params)
    if row is None:
        raise NotFound("No such charger.")
    status: str = row.registration_status
    if status == "Accepted" and not row.approved:
        status = "Pending"
    return status


async def record_heartbeat(session: AsyncSession, charger_id: int, at: dt.datetime | None = None) -> None:
    await session.execute(_HEARTBEAT, {"charger_id": charger_id, "at": at or utcnow()})


@dataclass
class StatusChange:
    #: The connector's status and error code after this notification (an older notification than the
    #: stored one leaves them as they were).
    status: str
    error_code: str
    #: The status before (None: the connector was not known yet).
    previous_status: str | None
    fault_events: list[FaultEvent]
    #: The charger's publicity now (an admin may have changed it while the charger was connected).
    is_public: bool = True
    previous_error_code: str | None = None
    #: False when the notification was older than the stored status and changed nothing.
    applied: bool = True


#: The connector columns a StatusNotification sets (status_timestamp last: see _upsert_connector).
_STATUS_COLUMNS = ("status", "error_code", "info", "vendor_id", "vendor_error_code", "updated_at")


_UPSERTS: dict[tuple[str, bool], Any] = {}


def _upsert_statement(dialect: str, conditional: bool) -> Any:
    """INSERT the connector row, or UPDATE it unless the stored status is newer (`conditional`);
    the values are bound at execution.

    The database applies the rule "an older timestamp never overwrites a newer status", so it holds
    whatever else wrote the row meanwhile."""
    stmt = _UPSERTS.get((dialect, conditional))
    if stmt is not None:
        return stmt
    columns = (*_STATUS_COLUMNS, "status_timestamp")
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        lite = sqlite_insert(_connectors)
        newer = or_(_co.status_timestamp.is_(None), lite.excluded.status_timestamp >= _co.status_timestamp)
        stmt = lite.on_conflict_do_update(
            index_elements=[_co.charger_id, _co.connector_id],
            set_={k: lite.excluded[k] for k in columns},
            where=newer if conditional else None,
        )
    elif dialect in ("mysql", "mariadb"):
        from sqlalchemy.dialects.mysql import insert as mysql_insert

        my = mysql_insert(_connectors)
        # MySQL assigns left to right and later expressions see earlier assignments: the condition
        # reads status_timestamp, so that column is assigned last (columns ends with it).
        cond = or_(_co.status_timestamp.is_(None), my.inserted.status_timestamp >= _co.status_timestamp)

        def pick(col: str) -> Any:
            return case((cond, my.inserted[col]), else_=_co[col]) if conditional else my.inserted[col]

        stmt = my.on_duplicate_key_update([(k, pick(k)) for k in columns])
    else:  # pragma: no cover - the platform runs on SQLite or MySQL/MariaDB
        raise NotImplementedError(f"connector upsert on {dialect}")
    _UPSERTS[(dialect, conditional)] = stmt
    return stmt


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
    """Upsert the connector's status; a non-NoError code opens a fault, NoError closes the open ones.

    Core statements (this runs for every StatusNotification): one read of the charger's publicity,
    the connector's current status and (for NoError) whether it has an open fault; one upsert."""
    key = {"charger_id": charger_id, "connector_id": connector_id}
    row = (await session.execute(_CONNECTOR_STATE[error_code == "NoError"], key)).first()
    is_public = bool(row.is_public) if row is not None else False
    previous: str | None = row.status if row is not None else None
    previous_error: str | None = row.error_code if row is not None else None
    previous_ts: dt.datetime | None = row.status_timestamp if row is not None else None
    # Queued notifications may arrive late: an older timestamp never overwrites a newer status.
    applied = previous is None or previous_ts is None or timestamp is None or timestamp >= previous_ts
    now = utcnow()
    await session.execute(
        _upsert_statement(session.get_bind().dialect.name, timestamp is not None),
        {
            "charger_id": charger_id,
            "connector_id": connector_id,
            "status": status,
            "error_code": error_code,
            "info": info,
            "vendor_id": vendor_id,
            "vendor_error_code": vendor_error_code,
            "status_timestamp": timestamp or now,
            "updated_at": now,
        },
    )
    events: list[FaultEvent] = []
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
    elif row is None or row.has_open_fault:
        for closed in await faults.resolve_open(session, charger_id, connector_id, at=timestamp):
            events.append(faults.event(closed))
    if applied and status in (idle.STOPPED_DRAWING, idle.CHARGING):
        await idle.on_connector_status(session, charger_id, connector_id, status, timestamp)
    if applied and status == "Available" and previous not in (None, "Available"):
        await watches.charger_freed(session, charger_id, connector_id)  # "notify me when free"
    return StatusChange(
        status=status if applied else (previous or status),
        error_code=error_code if applied else (previous_error or error_code),
        previous_status=previous,
        fault_events=events,
        is_public=is_public,
        previous_error_code=previous_error,
        applied=applied,
    )


async def delete(session: AsyncSession, charger_id: int) -> None:
    """Delete a charger that has no charging sessions (NotFound, Conflict otherwise)."""
    await get(session, charger_id)
    n = (
        await session.execute(
            select(func.count()).select_from(ChargingSession).where(ChargingSession.charger_id == charger_id)
        )
    ).scalar_one()
    if n:
        raise Conflict("The charger has charging sessions; make it non-public instead.")
    await session.execute(sa_delete(Charger).where(Charger.id == charger_id))


async def driver_connector(
    session: AsyncSession, charger_id: int, connector_id: int
) -> tuple[Charger, Connector]:
    """The approved, online charger and its connector a driver asks to charge at or to reserve:
    NotFound (charger or connector) or ChargerOffline otherwise."""
    charger = await session.get(Charger, charger_id)
    if charger is None or not charger.approved:
        raise NotFound("Charger not found.", field="charger_id")
    if not charger.online:
        raise ChargerOffline("The charger is offline.")
    conn = (
        await session.execute(
            select(Connector).where(
                Connector.charger_id == charger_id, Connector.connector_id == connector_id
            )
        )
    ).scalar_one_or_none()
    if conn is None or connector_id < 1:
        raise NotFound("Connector not found.", field="connector_id")
    return charger, conn
