"""The runtime container and composition root: settings, database, event bus, node identity, and the
parts the node starts (the OCPP server, the command bus, the writers and loops), each a typed attribute.

The domain sees this object only through the protocol of what it needs (`domain.ports.DomainPlatform`);
the sessions of `sessionmaker` are units of work (`domain.uow.UnitOfWork`) that deliver what they
collected to this platform's bus and charger gateway after they commit.
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.engine import make_engine, make_sessionmaker
from domain.charger_pki import ChargerCA
from domain.fleet_runner import FleetRunner
from domain.load.service import LoadManager
from domain.ports import ChargerGateway
from plagsini.bus import EventBus
from plagsini.settings import Settings

if TYPE_CHECKING:
    from domain.payments import PaymentProvider
    from domain.push import PushSender
    from domain.ratelimit import RateLimiter
    from ocpi.command_timeouts import CommandTimeouts
    from ocpi.push import LocationPusher, OutboxDeliverer
    from ocpp_server.command_bus import CommandBus
    from ocpp_server.ingest import GroupWriter
    from ocpp_server.server import OcppServer
    from plagsini.busprobe import BusProbe
    from plagsini.liveness import Liveness
    from plagsini.loopmon import LagMonitor
    from plagsini.runtime import MoneyHousekeeping


@dataclass(eq=False)
class Platform:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    bus: EventBus
    node_id: str
    secret_key: str
    #: The VAPID key (PEM) of Web Push to drivers (`domain.push`).
    vapid_private_pem: str = ""
    #: The charger CA that signs chargers' certificates (`domain.charger_pki`; from the settings, or
    #: generated once in VAR_DIR). None only for a platform built without `create`.
    charger_ca: ChargerCA | None = field(default=None, repr=False)
    # Filled in at start-up by the runtime and the edges (None: not started on this node).
    ocpp: OcppServer | None = None
    command_bus: CommandBus | None = None
    ingest_writer: GroupWriter | None = None
    ocpp_housekeeping: asyncio.Task[None] | None = None
    money_housekeeping: MoneyHousekeeping | None = None
    liveness: Liveness | None = None
    bus_probe: BusProbe | None = None
    loop_monitor: LagMonitor | None = None
    dashboard_stats: asyncio.Task[None] | None = None
    #: The GraphQL application (when this node serves the API) and the metrics listener's address.
    graphql: Any = None
    metrics_listener: tuple[str, int] | None = None
    # Created on first use by the domain (`domain.ratelimit`, `domain.payments`).
    rate_limiter: RateLimiter | None = None
    payment_providers: dict[str, PaymentProvider] = field(default_factory=dict)
    #: Sends drivers' Web Push notifications (`domain.push`; None: not started on this node).
    push_sender: PushSender | None = None
    ocpi_pusher: LocationPusher | None = None
    ocpi_command_timeouts: CommandTimeouts | None = None
    ocpi_outbox: OutboxDeliverer | None = None
    #: Fleet jobs this node is sending (`domain.fleet_runner`).
    fleet_runner: FleetRunner = field(default_factory=FleetRunner)
    #: Site load management on this node (`domain.load.service`).
    load_manager: LoadManager = field(default_factory=LoadManager)

    def __post_init__(self) -> None:
        # The units of work this platform opens deliver their events and commands here.
        self.sessionmaker.configure(outlets=self, settings=self.settings)

    @property
    def gateway(self) -> ChargerGateway:
        """The charger gateway: the started command bus; before start-up (a script), a bus that only
        reaches chargers connected to this process."""
        if self.command_bus is not None:
            return self.command_bus
        from ocpp_server.command_bus import CommandBus

        return CommandBus(self)

    @classmethod
    def create(cls, settings: Settings) -> Platform:
        engine = make_engine(settings.database_url)
        node_id = settings.node_id or f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        return cls(
            settings=settings,
            engine=engine,
            sessionmaker=make_sessionmaker(engine),
            bus=EventBus(settings.broadcast_url, publish_timeout=settings.bus_publish_timeout),
            node_id=node_id,
            secret_key=settings.resolved_secret_key(),
            vapid_private_pem=settings.resolved_vapid_private_key(),
            charger_ca=ChargerCA.from_pem(*settings.resolved_charger_ca()),
        )

    async def start(self) -> None:
        await self.bus.connect()

    async def close(self) -> None:
        await self.bus.disconnect()
        await self.engine.dispose()
