"""Problems drivers report at a charger: a case with a category, a note and an optional photo, which
the operator sees next to the charger's faults and closes.

A driver reads only their own reports. The photo (JPEG, PNG or WebP, at most 5 MB) is sent after the
report is opened, to a link signed for that report and valid for a few minutes; its type is read from
its first bytes (what the client declares must agree) and its size counted as it arrives.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload, undefer

from db.models import PROBLEM_CATEGORIES, ProblemReport, utcnow
from domain import audit, rows
from domain.errors import Conflict, InvalidInput, NotFound
from domain.stations import public_by_cpid

CATEGORIES = PROBLEM_CATEGORIES
#: The largest photo accepted, in bytes.
MAX_PHOTO_BYTES = 5 * 1024 * 1024
#: The longest note of a driver or an operator.
MAX_NOTE = 1000
#: A driver has at most this many open reports at once (an operator closes them).
MAX_OPEN_PER_DRIVER = 10
#: How long the link to send a report's photo stays valid.
PHOTO_UPLOAD_SECONDS = 600
#: How long the operator's link to a photo stays valid.
PHOTO_VIEW_SECONDS = 3600
#: The path of the photo links (the HTTP edge serves it; the body limit allows a photo there).
PHOTO_PATH = "/problem-reports/photo/"

#: The first bytes of each accepted image type.
_MAGIC: tuple[tuple[str, bytes, int], ...] = (
    ("image/jpeg", b"\xff\xd8\xff", 0),
    ("image/png", b"\x89PNG\r\n\x1a\n", 0),
    ("image/webp", b"WEBP", 8),
)


def _clean_note(note: str | None) -> str | None:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"Keep the note under {MAX_NOTE} characters.", field="note")
    return text or None


async def report(
    session: AsyncSession,
    *,
    user_id: int,
    charge_point_id: str,
    connector_id: int | None,
    category: str,
    note: str | None,
) -> ProblemReport:
    """Open a case for a public charger as driver `user_id`."""
    if category not in CATEGORIES:
        raise InvalidInput(f"Choose one of: {', '.join(CATEGORIES)}.", field="category")
    clean = _clean_note(note)
    if category == "other" and not clean:
        raise InvalidInput("Say what the problem is.", field="note")
    charger = await public_by_cpid(session, charge_point_id)
    if charger is None:
        raise NotFound("Charger not found.", field="chargePointId")
    if connector_id is not None and connector_id not in {c.connector_id for c in charger.connectors}:
        raise InvalidInput("This charger has no such connector.", field="connectorId")
    open_count = await session.scalar(
        select(func.count())
        .select_from(ProblemReport)
        .where(ProblemReport.user_id == user_id, ProblemReport.status == "open")
    )
    if (open_count or 0) >= MAX_OPEN_PER_DRIVER:
        raise Conflict("You have many open reports; we will look at those first.")
    case = ProblemReport(
        charger=charger,
        user_id=user_id,
        charger_id=charger.id,
        connector_id=connector_id,
        category=category,
        note=clean,
        status="open",
    )
    session.add(case)
    await session.flush()
    return case


def photo_type(data: bytes) -> str | None:
    """The image type of `data` read from its first bytes (None: not a JPEG, PNG or WebP)."""
    for kind, magic, offset in _MAGIC:
        if data[offset : offset + len(magic)] == magic and (kind != "image/webp" or data[:4] == b"RIFF"):
            return kind
    return None


async def attach_photo(
    session: AsyncSession, report_id: int, declared_type: str, data: bytes
) -> ProblemReport:
    """Keep `data` as the photo of the report (once). The type comes from the bytes, and must be the
    declared one; the size at most MAX_PHOTO_BYTES."""
    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInput(f"The photo may be at most {MAX_PHOTO_BYTES // (1024 * 1024)} MB.", field="photo")
    if not data:
        raise InvalidInput("The photo is empty.", field="photo")
    kind = photo_type(data)
    declared = declared_type.split(";", 1)[0].strip().lower()
    if kind is None or kind != declared:
        raise InvalidInput("Send a JPEG, PNG or WebP photo.", field="photo")
    case = await rows.get(session, ProblemReport, report_id, "Report not found.", with_for_update=True)
    if case.photo_type is not None:
        raise Conflict("This report already has a photo.", field="photo")
    case.photo = data
    case.photo_type = kind
    case.photo_size = len(data)
    await session.flush()
    return case


async def photo(session: AsyncSession, report_id: int) -> tuple[bytes, str]:
    """A report's photo and its type; NotFound when it has none."""
    case = await session.get(ProblemReport, report_id, options=[undefer(ProblemReport.photo)])
    if case is None or case.photo is None or case.photo_type is None:
        raise NotFound("No photo.")
    return case.photo, case.photo_type


def _listed() -> Select[ProblemReport]:
    return (
        select(ProblemReport).options(selectinload(ProblemReport.charger)).order_by(ProblemReport.id.desc())
    )


def mine(user_id: int) -> Select[ProblemReport]:
    """The driver's own reports (each with its charger), newest first."""
    return _listed().where(ProblemReport.user_id == user_id)


def for_operator(charger_id: int | None, status: str | None) -> Select[ProblemReport]:
    """Reports for the console (each with its charger): of one charger and/or in one status, newest first."""
    q = _listed()
    if charger_id is not None:
        q = q.where(ProblemReport.charger_id == charger_id)
    if status is not None:
        if status not in ("open", "closed"):
            raise InvalidInput("Choose open or closed.", field="status")
        q = q.where(ProblemReport.status == status)
    return q


async def close(
    session: AsyncSession, report_id: int, *, operator_id: int, resolution: str | None
) -> ProblemReport:
    """Close a case with what was done (idempotent for a closed one: its resolution stays)."""
    text = _clean_note(resolution)
    case = await session.get(
        ProblemReport, report_id, with_for_update=True, options=[selectinload(ProblemReport.charger)]
    )
    if case is None:
        raise NotFound("Report not found.")
    if case.status != "closed":
        case.status = "closed"
        case.closed_at = utcnow()
        case.closed_by_id = operator_id
        case.resolution = text
        audit.record(
            session,
            actor_user_id=operator_id,
            action="problem_report.close",
            target_type="problem_report",
            target_id=case.id,
            details={"resolution": text},
        )
        await session.flush()
    return case


def _signature(secret: str, action: str, report_id: int, expires: int) -> str:
    message = f"problem-photo:{action}:{report_id}:{expires}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def photo_link(secret: str, action: str, report_id: int, now: float | None = None) -> str:
    """A link to send ("put") or see ("get") a report's photo, signed and short-lived."""
    seconds = PHOTO_UPLOAD_SECONDS if action == "put" else PHOTO_VIEW_SECONDS
    expires = int((now or time.time()) + seconds)
    return f"{PHOTO_PATH}{report_id}?expires={expires}&sig={_signature(secret, action, report_id, expires)}"


def link_valid(secret: str, action: str, report_id: int, expires: int, sig: str) -> bool:
    return expires >= time.time() and hmac.compare_digest(sig, _signature(secret, action, report_id, expires))
