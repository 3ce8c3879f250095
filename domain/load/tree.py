"""A site's capacity tree and load settings as the console edits them, the other-load reading an
integrator pushes, priority weights; every rule on their values is checked here, before anything is
written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    LOAD_NODE_KINDS,
    PHASE_ROTATIONS,
    PRIORITY_KINDS,
    Charger,
    ChargingSession,
    LoadNode,
    LoadPriority,
    SiteLoad,
    utcnow,
)
from domain import rows, sites
from domain.errors import Conflict, InvalidInput, NotFound
from domain.load import meter

#: The largest limit a node may have, amperes per phase (a big site's main supply).
MAX_LIMIT_A = 10_000
#: The most nodes of one site's tree.
MAX_NODES = 2_000
#: A reading of the site's other load older than this many seconds is ignored (the static limits
#: hold), unless the site sets its own.
DEFAULT_STALE_AFTER_S = 120
NODE_FIELDS = (
    "parent_id",
    "kind",
    "name",
    "charger_id",
    "connector_id",
    "limit_l1_a",
    "limit_l2_a",
    "limit_l3_a",
    "phase_rotation",
    "window_from",
    "window_to",
    "window_limit_a",
)


def _amps(values: Mapping[str, Any], name: str) -> None:
    v = values.get(name)
    if v is not None and not (isinstance(v, int) and 0 <= v <= MAX_LIMIT_A):
        raise InvalidInput(f"A limit is a whole number of amperes from 0 to {MAX_LIMIT_A}.", field=name)


async def site_load(session: AsyncSession, site_id: int, *, create: bool = False) -> SiteLoad | None:
    found = await session.scalar(select(SiteLoad).where(SiteLoad.site_id == site_id))
    if found is None and create:
        await sites.get(session, site_id)
        found = SiteLoad(site_id=site_id, enabled=True, voltage=230)
        session.add(found)
        await session.flush()
    return found


async def configure(session: AsyncSession, site_id: int, values: Mapping[str, Any]) -> SiteLoad:
    """Turn load management on or off, set the voltage, the age after which a reading is stale, and
    the building meter's register map (`meter`: see :mod:`domain.load.meter`; None: no meter)."""
    if "voltage" in values and not (isinstance(values["voltage"], int) and 100 <= values["voltage"] <= 480):
        raise InvalidInput("The voltage is from 100 to 480 V.", field="voltage")
    stale = values.get("stale_after_s")
    if stale is not None and not (isinstance(stale, int) and 5 <= stale <= 86_400):
        raise InvalidInput("A reading goes stale after 5 to 86400 seconds.", field="staleAfterSeconds")
    meter_config = meter.clean_config(values["meter"]) if values.get("meter") is not None else None
    row = await site_load(session, site_id, create=True)
    assert row is not None
    for name in ("enabled", "voltage", "stale_after_s"):
        if name in values:
            setattr(row, name, values[name])
    if "meter" in values:
        row.meter, row.meter_error = meter_config, None
    await session.flush()
    return row


async def nodes(session: AsyncSession, site_id: int) -> list[LoadNode]:
    rows = await session.scalars(select(LoadNode).where(LoadNode.site_id == site_id).order_by(LoadNode.id))
    return list(rows)


async def _check(session: AsyncSession, site_id: int, node: LoadNode, values: Mapping[str, Any]) -> None:
    kind = values.get("kind", node.kind)
    if kind not in LOAD_NODE_KINDS:
        raise InvalidInput(f"A node is one of {', '.join(LOAD_NODE_KINDS)}.", field="kind")
    name = (values.get("name", node.name) or "").strip()
    if not name or len(name) > 100:
        raise InvalidInput("A node has a name of at most 100 characters.", field="name")
    for f in ("limit_l1_a", "limit_l2_a", "limit_l3_a", "window_limit_a"):
        _amps(values, f)
    rotation = values.get("phase_rotation", node.phase_rotation)
    if rotation is not None and rotation not in PHASE_ROTATIONS:
        raise InvalidInput(f"A phase rotation is one of {', '.join(PHASE_ROTATIONS)}.", field="phaseRotation")
    window = [values.get(f, getattr(node, f)) for f in ("window_from", "window_to", "window_limit_a")]
    if any(v is not None for v in window) and not all(v is not None for v in window):
        raise InvalidInput("A window has a start, an end and a limit.", field="windowFrom")
    if window[0] is not None and window[0] == window[1]:
        raise InvalidInput("A window ends at another time than it starts.", field="windowTo")
    parent_id = values.get("parent_id", node.parent_id)
    parent: LoadNode | None = None
    if kind == "supply":
        if parent_id is not None:
            raise InvalidInput("The main supply is the root of the tree.", field="parentId")
        other = await session.scalar(
            select(LoadNode.id).where(
                LoadNode.site_id == site_id, LoadNode.kind == "supply", LoadNode.id != (node.id or 0)
            )
        )
        if other is not None:
            raise Conflict("This site has a main supply.", field="kind")
    else:
        parent = await session.get(LoadNode, parent_id) if parent_id is not None else None
        if parent is None or parent.site_id != site_id:
            raise InvalidInput("A node hangs from a node of the same site.", field="parentId")
        if parent.kind in ("connector",) or (parent.kind == "charger" and kind != "connector"):
            raise InvalidInput("Only a connector hangs from a charger.", field="parentId")
        # no cycles: the parent is not this node nor below it
        cur: LoadNode | None = parent
        while cur is not None:
            if node.id is not None and cur.id == node.id:
                raise InvalidInput("A node cannot hang from itself or a node below it.", field="parentId")
            cur = await session.get(LoadNode, cur.parent_id) if cur.parent_id is not None else None
    charger_id = values.get("charger_id", node.charger_id)
    if kind in ("charger", "connector"):
        charger = await session.get(Charger, charger_id) if charger_id is not None else None
        if charger is None or charger.site_id != site_id:
            raise InvalidInput("A charger node names a charger of this site.", field="chargerId")
        if kind == "connector":
            conn = values.get("connector_id", node.connector_id)
            if not isinstance(conn, int) or conn < 1:
                raise InvalidInput("A connector node names a connector (1 or more).", field="connectorId")
            if parent is None or parent.kind != "charger" or parent.charger_id != charger_id:
                raise InvalidInput("A connector hangs from its charger's node.", field="parentId")
        else:
            taken = await session.scalar(
                select(LoadNode.id).where(
                    LoadNode.kind == "charger",
                    LoadNode.charger_id == charger_id,
                    LoadNode.id != (node.id or 0),
                )
            )
            if taken is not None:
                raise Conflict("This charger has a node already.", field="chargerId")
    elif charger_id is not None:
        raise InvalidInput("Only charger and connector nodes name a charger.", field="chargerId")


async def add_node(session: AsyncSession, site_id: int, values: Mapping[str, Any]) -> LoadNode:
    await sites.get(session, site_id)
    count = len(await nodes(session, site_id))
    if count >= MAX_NODES:
        raise InvalidInput(f"A site's tree has at most {MAX_NODES} nodes.", field="siteId")
    node = LoadNode(site_id=site_id)
    await _check(session, site_id, node, values)
    for name in NODE_FIELDS:
        if name in values:
            setattr(node, name, values[name].strip() if name == "name" else values[name])
    session.add(node)
    await session.flush()
    await site_load(session, site_id, create=True)
    return node


async def get_node(session: AsyncSession, node_id: int) -> LoadNode:
    return await rows.get(session, LoadNode, node_id, "No such capacity node.", field="id")


async def update_node(session: AsyncSession, node_id: int, values: Mapping[str, Any]) -> LoadNode:
    """Change a node's `NODE_FIELDS` given in `values`, and `rejects_profiles` (an admin clears it once
    the charger is fixed)."""
    node = await get_node(session, node_id)
    await _check(session, node.site_id, node, values)
    for name in NODE_FIELDS:
        if name in values:
            setattr(node, name, values[name].strip() if name == "name" else values[name])
    if values.get("rejects_profiles") is not None:
        node.rejects_profiles = bool(values["rejects_profiles"])
    await session.flush()
    return node


async def delete_node(session: AsyncSession, node_id: int) -> int:
    """Remove a node and everything below it; the site's id."""
    node = await get_node(session, node_id)
    site_id = node.site_id
    ids = {node.id}
    frontier = [node.id]
    while frontier:
        below = list(await session.scalars(select(LoadNode.id).where(LoadNode.parent_id.in_(frontier))))
        frontier = [i for i in below if i not in ids]
        ids.update(frontier)
    await session.execute(delete(LoadNode).where(LoadNode.id.in_(ids)))
    return site_id


async def push_reading(
    session: AsyncSession, site_id: int, amps: tuple[int, int, int], at: dt.datetime | None = None
) -> SiteLoad:
    """The site's other load now (amperes per phase, what the building draws besides the chargers)."""
    for i, v in enumerate(amps):
        if not (isinstance(v, int) and 0 <= v <= MAX_LIMIT_A):
            raise InvalidInput(f"A reading is from 0 to {MAX_LIMIT_A} A.", field=f"l{i + 1}_a")
    row = await site_load(session, site_id, create=True)
    assert row is not None
    row.other_l1_a, row.other_l2_a, row.other_l3_a = amps
    row.other_at = at or utcnow()
    await session.flush()
    return row


async def set_priority(session: AsyncSession, site_id: int, kind: str, key: str, weight: int | None) -> None:
    """Weight the sessions of a membership plan (`key` its id) or a fleet (`key` its parent id tag);
    `weight` None removes it."""
    if kind not in PRIORITY_KINDS:
        raise InvalidInput(f"A priority applies to one of {', '.join(PRIORITY_KINDS)}.", field="kind")
    key = (key or "").strip()
    if not key or len(key) > 20:
        raise InvalidInput("A priority names a plan or a fleet tag (at most 20 characters).", field="key")
    if weight is not None and not (isinstance(weight, int) and 1 <= weight <= 100):
        raise InvalidInput("A weight is from 1 to 100.", field="weight")
    await sites.get(session, site_id)
    row = await session.scalar(
        select(LoadPriority).where(
            LoadPriority.site_id == site_id, LoadPriority.kind == kind, LoadPriority.key == key
        )
    )
    if weight is None:
        if row is not None:
            await session.delete(row)
    elif row is None:
        session.add(LoadPriority(site_id=site_id, kind=kind, key=key, weight=weight))
    else:
        row.weight = weight
    await session.flush()


async def priorities(session: AsyncSession, site_id: int) -> list[LoadPriority]:
    rows = await session.scalars(
        select(LoadPriority).where(LoadPriority.site_id == site_id).order_by(LoadPriority.id)
    )
    return list(rows)


async def managed_sites(session: AsyncSession, charger_ids: set[int]) -> set[int]:
    """The sites, among those of these chargers, whose load is managed (enabled, with a tree)."""
    if not charger_ids:
        return set()
    rows = await session.scalars(
        select(Charger.site_id)
        .join(SiteLoad, SiteLoad.site_id == Charger.site_id)
        .where(Charger.id.in_(charger_ids), SiteLoad.enabled.is_(True))
        .distinct()
    )
    return {r for r in rows if r is not None}


@dataclass
class SessionShare:
    """What the site's load management gives a driver's session now."""

    site_id: int | None
    transaction_id: int
    share: dict[str, Any] | None
    voltage: int


async def session_share(session: AsyncSession, tx_id: int, owner_id: int | None) -> SessionShare:
    """The allocation of a charging session (`owner_id`: only that driver's; None: anyone's). Someone
    else's session is answered like a missing one."""
    row = (
        await session.execute(
            select(ChargingSession.user_id, Charger.site_id)
            .join(Charger, Charger.id == ChargingSession.charger_id)
            .where(ChargingSession.id == tx_id)
        )
    ).first()
    if row is None or (owner_id is not None and row.user_id != owner_id):
        raise NotFound("No such charging session.", field="sessionId")
    site = await site_load(session, row.site_id) if row.site_id is not None else None
    return share_of(
        row.site_id, tx_id, site.allocation if site is not None else None, site.voltage if site else 230
    )


def share_of(site_id: int | None, tx_id: int, allocation: Any, voltage: int) -> SessionShare:
    """The entry of `tx_id` in a site's allocation (as stored or published), if any."""
    shares = allocation.get("shares") if isinstance(allocation, dict) else None
    found = next((x for x in shares or [] if x.get("transaction_id") == tx_id), None)
    return SessionShare(site_id, tx_id, found, int((allocation or {}).get("voltage") or voltage))
