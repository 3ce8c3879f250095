"""Site load management: a site's capacity tree (main supply, sub-circuits, chargers, connectors), each
node with a per-phase limit in amperes; the site's load settings and live reading of its other load;
priority weights; the last allocation the platform computed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import (
    BigId,
    Timestamps,
    UTCDateTime,
    charger_fk,
    enum_check,
    nullable_enum_check,
    pk,
)

__all__ = [
    "LOAD_NODE_KINDS",
    "PHASE_ROTATIONS",
    "PRIORITY_KINDS",
    "LoadNode",
    "SiteLoad",
    "LoadPriority",
    "LOAD_CHANGE_REASONS",
    "LOAD_CHANGE_ANSWERS",
    "LoadAllocationChange",
]

#: A capacity node: the site's main supply (the root), a sub-circuit, a charger, one of its connectors.
LOAD_NODE_KINDS = ("supply", "circuit", "charger", "connector")

#: How a charger's phases L1, L2, L3 are wired to the site's (OCPP 1.6 ConnectorPhaseRotation):
#: "RST" is L1→L1, L2→L2, L3→L3; "STR" is L1→L2, L2→L3, L3→L1, and so on.
PHASE_ROTATIONS = ("RST", "RTS", "SRT", "STR", "TRS", "TSR")

#: What a priority weight applies to: a membership plan (`key` its id) or a fleet tag (the id tag's
#: OCPP parent id tag, `key` the tag).
PRIORITY_KINDS = ("plan", "fleet")


class LoadNode(Timestamps, Base):
    """One node of a site's capacity tree, with its limit per phase (amperes; NULL: that phase not
    limited here) and an optional daily window with a lower limit (every phase)."""

    __tablename__ = "load_nodes"
    __table_args__ = (
        enum_check("kind", LOAD_NODE_KINDS),
        nullable_enum_check("phase_rotation", PHASE_ROTATIONS),
        CheckConstraint(
            "(limit_l1_a IS NULL OR limit_l1_a >= 0) AND (limit_l2_a IS NULL OR limit_l2_a >= 0)"
            " AND (limit_l3_a IS NULL OR limit_l3_a >= 0)"
            " AND (window_limit_a IS NULL OR window_limit_a >= 0)",
            name="limits_nonneg",
        ),
    )

    id: Mapped[int] = pk()
    site_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("sites.id", ondelete="CASCADE"), index=True, nullable=False
    )
    parent_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("load_nodes.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    #: The charger of a "charger" or "connector" node.
    charger_id: Mapped[int | None] = charger_fk(nullable=True, index=True)
    #: The OCPP connectorId of a "connector" node.
    connector_id: Mapped[int | None] = mapped_column(Integer)
    limit_l1_a: Mapped[int | None] = mapped_column(Integer)
    limit_l2_a: Mapped[int | None] = mapped_column(Integer)
    limit_l3_a: Mapped[int | None] = mapped_column(Integer)
    #: A charger node's wiring to the site's phases (NULL: RST).
    phase_rotation: Mapped[str | None] = mapped_column(String(3))
    #: Daily window (site's local time) in which every phase is limited to `window_limit_a` at most;
    #: `window_from` > `window_to` spans midnight.
    window_from: Mapped[dt.time | None] = mapped_column(Time())
    window_to: Mapped[dt.time | None] = mapped_column(Time())
    window_limit_a: Mapped[int | None] = mapped_column(Integer)
    #: Set when the charger rejected a charging profile: it is counted at its full rating.
    rejects_profiles: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )


class SiteLoad(Timestamps, Base):
    """A site's load management: on or off, the live reading of its other load (amperes per phase,
    pushed by an integrator), the warning shown when a charger does not obey, the last allocation."""

    __tablename__ = "site_loads"

    id: Mapped[int] = pk()
    site_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("sites.id", ondelete="CASCADE"), unique=True, nullable=False
    )
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    #: Volts per phase (line to neutral), for chargers that take limits in W.
    voltage: Mapped[int] = mapped_column(Integer, default=230, nullable=False)
    other_l1_a: Mapped[int | None] = mapped_column(Integer)
    other_l2_a: Mapped[int | None] = mapped_column(Integer)
    other_l3_a: Mapped[int | None] = mapped_column(Integer)
    other_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: A reading older than this is ignored (the static limits hold); NULL: the platform's setting.
    stale_after_s: Mapped[int | None] = mapped_column(Integer)
    warning: Mapped[str | None] = mapped_column(String(500))
    #: The building's meter polled over Modbus TCP (`domain.load.meter`): `{"host", "port", "unit",
    #: "function", "registers": [l1, l2, l3], "scale", "interval_s"}`; NULL: readings are pushed.
    meter: Mapped[Any] = mapped_column(JSON, nullable=True)
    #: Why the last poll of the meter failed (NULL when it worked).
    meter_error: Mapped[str | None] = mapped_column(String(255))
    #: The last allocation: `{"at", "reason", "shares": [{"charger_id", "connector_id", "limit_a", ...}]}`.
    allocation: Mapped[Any] = mapped_column(JSON, nullable=True)
    allocated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The node that allocates the site and polls its meter (`domain.load.service`), while its lease
    #: runs: it renews it; another node takes the site over once it has expired.
    lead_node: Mapped[str | None] = mapped_column(String(64))
    lead_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class LoadPriority(Base):
    """A weight on a site's sessions: those of drivers with a membership of a plan, or whose id tag
    belongs to a fleet (its parent id tag). A session takes the largest weight that applies (else 1)."""

    __tablename__ = "load_priorities"
    __table_args__ = (
        UniqueConstraint("site_id", "kind", "key"),
        enum_check("kind", PRIORITY_KINDS),
        CheckConstraint("weight BETWEEN 1 AND 100", name="weight_range"),
    )

    id: Mapped[int] = pk()
    site_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("sites.id", ondelete="CASCADE"), index=True, nullable=False
    )
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    key: Mapped[str] = mapped_column(String(20), nullable=False)
    weight: Mapped[int] = mapped_column(Integer, nullable=False)


#: Why a charger's limit changed, most telling first: its charger rejected a profile, a node's limit
#: or the site's settings changed, a session started or stopped on the site, a car's unused capacity was
#: given to the others (or taken back), the time of day (a window, a stale reading, the turn of paused
#: sessions), a meter reading of the site's other load or of a car, a connector's status.
LOAD_CHANGE_REASONS = (
    "rejected",
    "limit_change",
    "session_started",
    "session_stopped",
    "unused_capacity",
    "schedule",
    "meter_reading",
    "status_change",
    "failsafe",
)


#: The charger's answer to a limit sent: none yet, Accepted, Rejected (or NotSupported, NotImplemented),
#: no answer in time, not connected, another failure.
LOAD_CHANGE_ANSWERS = ("pending", "accepted", "rejected", "timeout", "offline", "failed")


class LoadAllocationChange(Base):
    """One limit the allocation service sent to a charger's transaction: the limit in force before (the
    last one the charger accepted; NULL: none) and the one sent, in amperes per phase, the unit the
    charger takes, why, and the charger's answer (NULL: recorded before answers were kept). The
    newest `domain.load.history.KEEP_PER_SITE` rows of each site are kept."""

    __tablename__ = "load_allocation_changes"
    __table_args__ = (
        enum_check("reason", LOAD_CHANGE_REASONS),
        enum_check("unit", ("A", "W")),
        nullable_enum_check("answer", LOAD_CHANGE_ANSWERS),
    )

    id: Mapped[int] = pk()
    site_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("sites.id", ondelete="CASCADE"), index=True, nullable=False
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    charger_id: Mapped[int] = charger_fk(index=True)
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    old_limit_a: Mapped[int | None] = mapped_column(Integer)
    new_limit_a: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(1), nullable=False)
    reason: Mapped[str] = mapped_column(String(24), nullable=False)
    answer: Mapped[str | None] = mapped_column(String(8))
