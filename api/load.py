"""Admins and integrators (admin API keys): site load management. A site's capacity tree (edited node
by node), its load settings and priority weights, the live reading of its other load (an integrator
pushes it), and the allocation the platform computed, as a query and as a subscription."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncGenerator
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry

from api import audited
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.permissions import require_admin, require_viewer
from api.relay import Connection, decode_id, encode_id, paginate
from api.subscriptions import stream
from db import models as m
from db.engine import read_session
from domain import events as ev
from domain import sites
from domain.errors import DomainError, NotFound
from domain.load import history, service, tree

NODE = "CapacityNode"


@strawberry.enum(description="What a capacity node is.")
class CapacityNodeKind(Enum):
    SUPPLY = "supply"
    CIRCUIT = "circuit"
    CHARGER = "charger"
    CONNECTOR = "connector"


@strawberry.enum(description="How a charger's L1, L2, L3 are wired to the site's phases (OCPP 1.6).")
class PhaseRotation(Enum):
    RST = "RST"
    RTS = "RTS"
    SRT = "SRT"
    STR = "STR"
    TRS = "TRS"
    TSR = "TSR"


@strawberry.enum(description="What a priority weight applies to.")
class LoadPriorityKind(Enum):
    PLAN = "plan"
    FLEET = "fleet"


@strawberry.type(description="A node of a site's capacity tree; limits in amperes per site phase.")
class CapacityNode:
    id: strawberry.ID
    parent_id: strawberry.ID | None
    kind: CapacityNodeKind
    name: str
    charger_id: strawberry.ID | None
    connector_id: int | None
    limit_l1_a: int | None
    limit_l2_a: int | None
    limit_l3_a: int | None
    phase_rotation: PhaseRotation | None
    window_from: dt.time | None
    window_to: dt.time | None
    window_limit_a: int | None
    rejects_profiles: bool = strawberry.field(
        description="The charger rejected a charging profile: it is counted at its full rating."
    )

    @classmethod
    def from_model(cls, n: m.LoadNode) -> CapacityNode:
        return mapped(
            cls,
            n,
            id=encode_id(NODE, n.id),
            parent_id=encode_id(NODE, n.parent_id) if n.parent_id is not None else None,
            kind=CapacityNodeKind(n.kind),
            charger_id=encode_id("Charger", n.charger_id) if n.charger_id is not None else None,
            phase_rotation=PhaseRotation(n.phase_rotation) if n.phase_rotation else None,
        )


@strawberry.type(description="A priority weight of a site's sessions.")
class LoadPriority:
    kind: LoadPriorityKind
    key: str
    weight: int


@strawberry.type(description="One session's share of a site's capacity.")
class LoadShare:
    charge_point_id: str
    connector_id: int
    transaction_id: int
    limit_a: int = strawberry.field(
        description="Amperes per phase in force: the last limit the charger accepted (0: paused)."
    )
    target_a: int | None = strawberry.field(
        default=None,
        description="Amperes per phase the platform allocated (limitA until the charger accepts it).",
    )
    state: str = strawberry.field(description="active, paused, or fixed (its charger takes no limits).")
    phases: int
    weight: int
    capped_a: int | None = strawberry.field(description="Capped at what the car draws (tapering).")
    drawn_a: float | None = strawberry.field(
        default=None, description="What the car draws now (its highest phase, amperes; null: no reading)."
    )


@strawberry.type(description="A capacity node's limit now and what the sessions below it use.")
class LoadNodeUse:
    node_id: strawberry.ID
    parent_id: strawberry.ID | None
    kind: CapacityNodeKind
    name: str
    limit_a: float | None = strawberry.field(
        description="Its limit now (its lowest phase, amperes; the main supply's less the other load)."
    )
    in_force_a: float = strawberry.field(
        description="The sum of its sessions' limits in force, on its busiest phase (amperes)."
    )
    drawn_a: float = strawberry.field(
        description="The sum of what its sessions' cars draw, on its busiest phase (amperes)."
    )
    transaction_ids: list[int] = strawberry.field(description="The sessions below it (their shares).")

    @classmethod
    def from_dict(cls, n: dict[str, Any]) -> LoadNodeUse:
        return cls(
            node_id=encode_id(NODE, int(n["id"])),
            parent_id=encode_id(NODE, int(n["parent_id"])) if n.get("parent_id") is not None else None,
            kind=CapacityNodeKind(n["kind"]),
            name=str(n["name"]),
            limit_a=n.get("limit_a"),
            in_force_a=float(n.get("in_force_a") or 0),
            drawn_a=float(n.get("drawn_a") or 0),
            transaction_ids=[int(tx) for tx in n.get("txs") or []],
        )


@strawberry.type(description="A site's allocation, as last computed.")
class LoadAllocation:
    site_id: strawberry.ID
    at: dt.datetime | None
    reason: str | None
    shares: list[LoadShare]
    supply_limit_a: float | None = strawberry.field(
        default=None,
        description="The main supply's limit now (its lowest phase, amperes), less the other load.",
    )
    nodes: list[LoadNodeUse] = strawberry.field(
        default_factory=list,
        description="Every capacity node of the site's tree, in the order they were added.",
    )

    @classmethod
    def from_dict(cls, site_id: int, data: dict[str, Any] | None) -> LoadAllocation:
        data = data or {}
        at = data.get("at")
        return cls(
            site_id=encode_id("Site", site_id),
            at=dt.datetime.fromisoformat(at) if isinstance(at, str) else None,
            reason=data.get("reason"),
            shares=[
                LoadShare(
                    charge_point_id=str(share["charge_point_id"]),
                    connector_id=int(share["connector_id"]),
                    transaction_id=int(share["transaction_id"]),
                    limit_a=int(share["limit_a"]),
                    target_a=share.get("target_a"),
                    state=str(share["state"]),
                    phases=int(share["phases"]),
                    weight=int(share["weight"]),
                    capped_a=share.get("capped_a"),
                    drawn_a=share.get("drawn_a"),
                )
                for share in data.get("shares") or []
            ],
            supply_limit_a=data.get("supply_a"),
            nodes=[LoadNodeUse.from_dict(n) for n in data.get("nodes") or []],
        )


@strawberry.enum(description="Why the platform changed a charger's limit.")
class LoadChangeReason(Enum):
    REJECTED = "rejected"
    LIMIT_CHANGE = "limit_change"
    SESSION_STARTED = "session_started"
    SESSION_STOPPED = "session_stopped"
    UNUSED_CAPACITY = "unused_capacity"
    SCHEDULE = "schedule"
    METER_READING = "meter_reading"
    STATUS_CHANGE = "status_change"
    FAILSAFE = "failsafe"


@strawberry.enum(description="The charger's answer to a limit the platform sent.")
class LoadChangeAnswer(Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    TIMEOUT = "timeout"
    OFFLINE = "offline"
    FAILED = "failed"


@strawberry.type(description="A limit the platform sent to a charger's transaction, and why.")
class LoadAllocationChange:
    id: strawberry.ID
    at: dt.datetime
    charge_point_id: str | None
    connector_id: int
    transaction_id: int | None
    old_limit_a: int | None = strawberry.field(
        description="Amperes per phase in force before: the last limit the charger accepted (null: none)."
    )
    new_limit_a: int = strawberry.field(description="Amperes per phase sent (0: paused).")
    unit: str = strawberry.field(description="The unit the charger takes its limits in: A or W.")
    reason: LoadChangeReason
    answer: LoadChangeAnswer | None = strawberry.field(
        default=None,
        description="The charger's answer (null: recorded before answers were kept); only an accepted"
        " limit is in force.",
    )


@strawberry.enum(description="Which Modbus registers hold the currents.")
class ModbusRegisterKind(Enum):
    HOLDING = 3
    INPUT = 4


@strawberry.type(description="The building meter polled over Modbus TCP: where each phase's current is.")
class ModbusMeter:
    host: str
    port: int
    unit_id: int
    registers_kind: ModbusRegisterKind
    registers: list[int] = strawberry.field(description="The register of L1's, L2's and L3's current.")
    scale: Decimal = strawberry.field(description="Amperes per register unit (0.1: tenths of an ampere).")
    interval_seconds: int

    @classmethod
    def from_config(cls, c: dict[str, Any]) -> ModbusMeter:
        return cls(
            host=str(c["host"]),
            port=int(c["port"]),
            unit_id=int(c["unit"]),
            registers_kind=ModbusRegisterKind(int(c["function"])),
            registers=[int(r) for r in c["registers"]],
            scale=Decimal(str(c["scale"])),
            interval_seconds=int(c["interval_s"]),
        )


@strawberry.type(description="A site's load management: settings, the other-load reading, its tree.")
class SiteLoad:
    site_id: strawberry.ID
    enabled: bool
    voltage: int
    stale_after_seconds: int
    other_l1_a: int | None
    other_l2_a: int | None
    other_l3_a: int | None
    other_at: dt.datetime | None
    warning: str | None = strawberry.field(description="A charger that does not obey, for instance.")
    meter: ModbusMeter | None
    meter_error: str | None = strawberry.field(description="Why the last poll of the meter failed.")
    nodes: list[CapacityNode]
    priorities: list[LoadPriority]
    allocation: LoadAllocation


async def _site_load(s: Any, site_id: int) -> SiteLoad:
    row = await tree.site_load(s, site_id)
    nodes = await tree.nodes(s, site_id)
    prios = await tree.priorities(s, site_id)
    return SiteLoad(
        site_id=encode_id("Site", site_id),
        enabled=row.enabled if row is not None else False,
        voltage=row.voltage if row is not None else 230,
        stale_after_seconds=(row.stale_after_s if row is not None else None) or tree.DEFAULT_STALE_AFTER_S,
        other_l1_a=row.other_l1_a if row is not None else None,
        other_l2_a=row.other_l2_a if row is not None else None,
        other_l3_a=row.other_l3_a if row is not None else None,
        other_at=row.other_at if row is not None else None,
        warning=row.warning if row is not None else None,
        meter=ModbusMeter.from_config(row.meter) if row is not None and isinstance(row.meter, dict) else None,
        meter_error=row.meter_error if row is not None else None,
        nodes=[CapacityNode.from_model(n) for n in nodes],
        priorities=[LoadPriority(kind=LoadPriorityKind(p.kind), key=p.key, weight=p.weight) for p in prios],
        allocation=LoadAllocation.from_dict(site_id, row.allocation if row is not None else None),
    )


@strawberry.type(description="How the site's load management limits a charging session now.")
class SessionSiteLimit:
    session_id: strawberry.ID
    limited_by_site: bool = strawberry.field(
        description="The site gives this session less than its charger could deliver."
    )
    paused: bool = strawberry.field(description="Paused for now: the site has no room; it takes turns.")
    limit_a: int | None = strawberry.field(description="Amperes per phase allowed now (null: not managed).")
    limit_kw: float | None = strawberry.field(description="The same in kW (null: not managed).")

    @classmethod
    def from_share(cls, found: tree.SessionShare) -> SessionSiteLimit:
        share = found.share
        sid = encode_id("ChargingSession", found.transaction_id)
        if share is None or share.get("state") == "fixed":
            return cls(session_id=sid, limited_by_site=False, paused=False, limit_a=None, limit_kw=None)
        limit_a = int(share["limit_a"])
        kw = round(limit_a * found.voltage * int(share.get("phases") or 3) / 1000, 1)
        max_a = share.get("max_a")
        return cls(
            session_id=sid,
            limited_by_site=max_a is None or limit_a < int(max_a),
            paused=limit_a == 0,
            limit_a=limit_a,
            limit_kw=kw,
        )


async def _owner(info: strawberry.Info) -> int | None:
    """The driver whose sessions the viewer may see (None: an admin, anyone's)."""
    viewer = await require_viewer(info, write=False)
    return None if viewer.is_admin else viewer.user.id


def _session_pk(session_id: strawberry.ID) -> int:
    try:
        return decode_id(session_id, "ChargingSession")
    except DomainError:
        raise NotFound("No such charging session.", field="sessionId") from None


@strawberry.type
class Query:
    @strawberry.field(
        description="Drivers (their own sessions) and admins: whether the site limits a session."
    )
    async def session_site_limit(self, info: strawberry.Info, session_id: strawberry.ID) -> SessionSiteLimit:
        owner = await _owner(info)
        pk = _session_pk(session_id)
        async with read_session(info.context.platform.sessionmaker) as s:
            found = await tree.session_share(s, pk, owner)
        return SessionSiteLimit.from_share(found)

    @strawberry.field(description="Admins: a site's load management (settings, tree, allocation).")
    async def site_load(self, info: strawberry.Info, site_id: strawberry.ID) -> SiteLoad:
        await require_admin(info)
        pk = decode_id(site_id, "Site")
        async with read_session(info.context.platform.sessionmaker) as s:
            await sites.get(s, pk)
            return await _site_load(s, pk)

    @strawberry.field(description="Admins and integrators: a site's allocation, as last computed.")
    async def site_load_allocation(self, info: strawberry.Info, site_id: strawberry.ID) -> LoadAllocation:
        await require_admin(info)
        pk = decode_id(site_id, "Site")
        async with read_session(info.context.platform.sessionmaker) as s:
            row = await tree.site_load(s, pk)
        return LoadAllocation.from_dict(pk, row.allocation if row is not None else None)

    @strawberry.field(
        description="Admins: the limits the platform sent to a site's chargers and why, newest first."
    )
    async def site_load_history(
        self,
        info: strawberry.Info,
        site_id: strawberry.ID,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[LoadAllocationChange]:
        await require_admin(info, write=False)
        pk = decode_id(site_id, "Site", field="siteId")
        async with read_session(info.context.platform.sessionmaker) as s:
            await sites.get(s, pk)
            conn = await paginate(s, history.listing(pk), to_node=lambda r: r, first=first, after=after)
            rows: list[m.LoadAllocationChange] = [e.node for e in conn.edges]  # type: ignore[misc]
            cpids = await history.charge_point_ids(s, rows)
        for edge in conn.edges:
            r: m.LoadAllocationChange = edge.node  # type: ignore[assignment]
            edge.node = mapped(  # type: ignore[assignment]
                LoadAllocationChange,
                r,
                id=encode_id("LoadAllocationChange", r.id),
                charge_point_id=cpids.get(r.charger_id),
                reason=LoadChangeReason(r.reason),
                answer=LoadChangeAnswer(r.answer) if r.answer is not None else None,
            )
        return conn  # type: ignore[return-value]


@strawberry.input(description="A new node of a site's capacity tree.")
class CapacityNodeInput:
    site_id: strawberry.ID
    parent_id: strawberry.ID | None = None
    kind: CapacityNodeKind
    name: str
    charger_id: strawberry.ID | None = None
    connector_id: int | None = None
    limit_l1_a: int | None = None
    limit_l2_a: int | None = None
    limit_l3_a: int | None = None
    phase_rotation: PhaseRotation | None = None
    window_from: dt.time | None = None
    window_to: dt.time | None = None
    window_limit_a: int | None = None


@strawberry.input(description="Only the fields given are changed.")
class UpdateCapacityNodeInput:
    id: strawberry.ID
    parent_id: strawberry.ID | None = strawberry.UNSET
    name: str | None = strawberry.UNSET
    limit_l1_a: int | None = strawberry.UNSET
    limit_l2_a: int | None = strawberry.UNSET
    limit_l3_a: int | None = strawberry.UNSET
    phase_rotation: PhaseRotation | None = strawberry.UNSET
    window_from: dt.time | None = strawberry.UNSET
    window_to: dt.time | None = strawberry.UNSET
    window_limit_a: int | None = strawberry.UNSET
    rejects_profiles: bool | None = strawberry.UNSET


@strawberry.input(description="The building meter polled over Modbus TCP.")
class ModbusMeterInput:
    host: str
    port: int = 502
    unit_id: int = 1
    registers_kind: ModbusRegisterKind = ModbusRegisterKind.HOLDING
    registers: list[int]
    scale: Decimal = Decimal(1)
    interval_seconds: int = 5


@strawberry.input(description="A site's load settings; only the fields given are changed.")
class SiteLoadSettingsInput:
    site_id: strawberry.ID
    enabled: bool | None = strawberry.UNSET
    voltage: int | None = strawberry.UNSET
    stale_after_seconds: int | None = strawberry.UNSET
    meter: ModbusMeterInput | None = strawberry.field(
        default=strawberry.UNSET, description="Poll this meter (null: no meter; readings are pushed)."
    )


@strawberry.input(description="What the site draws besides its chargers, now, in amperes per phase.")
class SiteLoadReadingInput:
    site_id: strawberry.ID
    l1_a: int
    l2_a: int
    l3_a: int


@strawberry.input(description="A weight for a membership plan's or a fleet's sessions (null removes it).")
class LoadPriorityInput:
    site_id: strawberry.ID
    kind: LoadPriorityKind
    key: str
    weight: int | None = None


@strawberry.type
class CapacityNodePayload:
    node: CapacityNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SiteLoadPayload:
    site_load: SiteLoad | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _node_values(input: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in tree.NODE_FIELDS:
        value = getattr(input, name, strawberry.UNSET)
        if value is strawberry.UNSET:
            continue
        if isinstance(value, Enum):
            value = value.value
        if name == "parent_id" and value is not None:
            value = decode_id(value, NODE)
        if name == "charger_id" and value is not None:
            value = decode_id(value, "Charger")
        out[name] = value
    return out


async def _site_load_now(info: strawberry.Info, site_id: int) -> SiteLoad:
    """The site's load management as committed, and its load pass asked for (the tree or a setting
    changed)."""
    async with read_session(info.context.platform.sessionmaker) as s:
        out = await _site_load(s, site_id)
    service.touch_site(info.context.platform, site_id)
    return out


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: add a node to a site's capacity tree.")
    async def add_capacity_node(self, info: strawberry.Info, input: CapacityNodeInput) -> CapacityNodePayload:
        admin = await require_admin(info)

        async def work() -> CapacityNodePayload:
            site_id = decode_id(input.site_id, "Site")
            values = _node_values(input)
            node: m.LoadNode = await audited.change(
                info,
                admin.id,
                "load.node.add",
                NODE,
                lambda s: tree.add_node(s, site_id, values),
                {"site_id": site_id, **values},
            )
            service.touch_site(info.context.platform, site_id)
            return CapacityNodePayload(node=CapacityNode.from_model(node))

        return await payload_or_errors(CapacityNodePayload, work())

    @strawberry.mutation(description="Admins: change a node of a capacity tree (its limits, window...).")
    async def update_capacity_node(
        self, info: strawberry.Info, input: UpdateCapacityNodeInput
    ) -> CapacityNodePayload:
        admin = await require_admin(info)

        async def work() -> CapacityNodePayload:
            pk = decode_id(input.id, NODE)
            values = _node_values(input)
            if input.rejects_profiles is not strawberry.UNSET and input.rejects_profiles is not None:
                values["rejects_profiles"] = input.rejects_profiles  # cleared once the charger is fixed
            node: m.LoadNode = await audited.change(
                info, admin.id, "load.node.update", NODE, lambda s: tree.update_node(s, pk, values), values
            )
            service.touch_site(info.context.platform, node.site_id)
            return CapacityNodePayload(node=CapacityNode.from_model(node))

        return await payload_or_errors(CapacityNodePayload, work())

    @strawberry.mutation(description="Admins: remove a node and everything below it.")
    async def remove_capacity_node(self, info: strawberry.Info, id: strawberry.ID) -> SiteLoadPayload:
        admin = await require_admin(info)

        async def work() -> SiteLoadPayload:
            pk = decode_id(id, NODE)

            async def remove(s: Any) -> m.Site:
                return await sites.get(s, await tree.delete_node(s, pk))

            site: m.Site = await audited.change(
                info, admin.id, "load.node.remove", "Site", remove, {"node_id": pk}
            )
            return SiteLoadPayload(site_load=await _site_load_now(info, site.id))

        return await payload_or_errors(SiteLoadPayload, work())

    @strawberry.mutation(description="Admins: a site's load settings (on/off, voltage, stale reading age).")
    async def configure_site_load(
        self, info: strawberry.Info, input: SiteLoadSettingsInput
    ) -> SiteLoadPayload:
        admin = await require_admin(info)

        async def work() -> SiteLoadPayload:
            site_id = decode_id(input.site_id, "Site")
            values: dict[str, Any] = {}
            if input.enabled not in (strawberry.UNSET, None):
                values["enabled"] = input.enabled
            if input.voltage not in (strawberry.UNSET, None):
                values["voltage"] = input.voltage
            if input.stale_after_seconds is not strawberry.UNSET:
                values["stale_after_s"] = input.stale_after_seconds
            if input.meter is not strawberry.UNSET:
                mi = input.meter
                values["meter"] = (
                    None
                    if mi is None
                    else {
                        "host": mi.host,
                        "port": mi.port,
                        "unit": mi.unit_id,
                        "function": mi.registers_kind.value,
                        "registers": list(mi.registers),
                        "scale": mi.scale,
                        "interval_s": mi.interval_seconds,
                    }
                )

            async def configure(s: Any) -> m.Site:
                await tree.configure(s, site_id, values)
                return await sites.get(s, site_id)

            # The meter's address is not logged, only whether the change sets or removes one.
            details = {k: (v is not None if k == "meter" else v) for k, v in values.items()}
            await audited.change(info, admin.id, "load.configure", "Site", configure, details)
            return SiteLoadPayload(site_load=await _site_load_now(info, site_id))

        return await payload_or_errors(SiteLoadPayload, work())

    @strawberry.mutation(description="Admins: weight the sessions of a membership plan or a fleet.")
    async def set_load_priority(self, info: strawberry.Info, input: LoadPriorityInput) -> SiteLoadPayload:
        admin = await require_admin(info)

        async def work() -> SiteLoadPayload:
            site_id = decode_id(input.site_id, "Site")

            async def prioritize(s: Any) -> m.Site:
                await tree.set_priority(s, site_id, input.kind.value, input.key, input.weight)
                return await sites.get(s, site_id)

            details = {"kind": input.kind.value, "key": input.key, "weight": input.weight}
            await audited.change(info, admin.id, "load.priority", "Site", prioritize, details)
            return SiteLoadPayload(site_load=await _site_load_now(info, site_id))

        return await payload_or_errors(SiteLoadPayload, work())

    @strawberry.mutation(
        description="Integrators (admin API keys): what the site draws besides its chargers now; older "
        "than the site's stale age, the reading is ignored and the static limits hold."
    )
    async def push_site_load_reading(
        self, info: strawberry.Info, input: SiteLoadReadingInput
    ) -> SiteLoadPayload:
        await require_admin(info)

        async def work() -> SiteLoadPayload:
            site_id = decode_id(input.site_id, "Site")
            async with info.context.platform.sessionmaker() as s, s.begin():
                await tree.push_reading(s, site_id, (input.l1_a, input.l2_a, input.l3_a))
            return SiteLoadPayload(site_load=await _site_load_now(info, site_id))

        return await payload_or_errors(SiteLoadPayload, work())


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Drivers (their own sessions) and admins: the site's limit on a session, each time "
        "it changes. Starts with the current one, read once the subscription is in place."
    )
    async def session_site_limit(
        self, info: strawberry.Info, session_id: strawberry.ID
    ) -> AsyncGenerator[SessionSiteLimit, None]:
        owner = await _owner(info)
        pk = _session_pk(session_id)
        sessionmaker = info.context.platform.sessionmaker
        async with read_session(sessionmaker) as s:
            first = await tree.session_share(s, pk, owner)  # its site (and whether it may be seen)
        if first.site_id is None:  # not on a site: never limited by one
            yield SessionSiteLimit.from_share(first)
            return
        site_id = first.site_id
        last: list[SessionSiteLimit | None] = [None]

        async def current() -> SessionSiteLimit:
            # Read again once the bus subscription is in place: a new allocation landing after the
            # read above would otherwise come on no subscription.
            async with read_session(sessionmaker) as s:
                now = SessionSiteLimit.from_share(await tree.session_share(s, pk, owner))
            last[0] = now
            return now

        def transform(e: dict[str, Any]) -> SessionSiteLimit | None:
            if e.get("site_id") != site_id:
                return None
            now = SessionSiteLimit.from_share(tree.share_of(site_id, pk, e, first.voltage))
            if now == last[0]:
                return None  # only changes: a pass that left this session as it was says nothing
            last[0] = now
            return now

        async for item in stream(info, (ev.site_load(site_id),), transform, initial=current):
            yield item

    @strawberry.subscription(
        description="Admins and integrators: a site's allocation, each time it changes. Starts with the "
        "current one, read once the subscription is in place."
    )
    async def site_load_allocation(
        self, info: strawberry.Info, site_id: strawberry.ID
    ) -> AsyncGenerator[LoadAllocation, None]:
        await require_admin(info, write=False)
        pk = decode_id(site_id, "Site")

        def transform(e: dict[str, Any]) -> LoadAllocation | None:
            return LoadAllocation.from_dict(pk, e) if e.get("site_id") == pk else None

        async def now() -> LoadAllocation:
            async with read_session(info.context.platform.sessionmaker) as s:
                row = await tree.site_load(s, pk)
            return LoadAllocation.from_dict(pk, row.allocation if row is not None else None)

        async for item in stream(info, (ev.site_load(pk),), transform, initial=now):
            yield item
