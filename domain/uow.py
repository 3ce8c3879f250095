"""One unit of work per database transaction: the session collects what must happen once its data is
committed, and whoever commits it delivers that, after the commit.

Every session of the platform's session factory is a :class:`UnitOfWork` (``db.engine.make_sessionmaker``).
Domain code running in it stages effects instead of performing them::

    uow = unit_of(session)
    uow.publish(events.wallet(user_id), payload)                     # an event for subscribers
    uow.send_command(cpid, "RemoteStopTransaction", {...})          # a command for a charger

When the transaction commits (``session.commit()``, or leaving ``session.begin()`` /
``sessionmaker.begin()`` without an error) the events are published in the order they were staged,
then the commands are sent through the charger gateway in the background (a charger's answer can take
seconds; nobody waits for it). On a rollback, or when the session closes uncommitted, they are
dropped; a savepoint that rolls back (``begin_nested()``) drops what was staged inside it. A failing
delivery is logged and never undoes the commit.

Where to deliver (:class:`Outlets`: the event publisher and the charger gateway) and the settings in
force are given to the factory by the composition root (``plagsini.platform.Platform``); a unit
without outlets (a script's bare session factory) drops its effects with a warning.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, Unpack

from sqlalchemy.ext.asyncio import AsyncSession, AsyncSessionTransaction

from domain import mail
from domain.mail import Mail
from domain.ports import ChargerGateway, CommandOptions, DomainSettings, EventPublisher

log = logging.getLogger("plagsini.uow")


class Outlets(Protocol):
    """Where a committed unit of work delivers: the platform implements it."""

    @property
    def bus(self) -> EventPublisher: ...

    @property
    def gateway(self) -> ChargerGateway: ...


@dataclass(frozen=True)
class Event:
    channels: tuple[str, ...]
    payload: Any


@dataclass(frozen=True)
class Command:
    charge_point_id: str
    action: str
    payload: dict[str, Any]
    options: CommandOptions


@dataclass
class Outbox:
    """What a unit of work has staged, in order."""

    events: list[Event] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    mails: list[Mail] = field(default_factory=list)

    def publish(self, channels: str | Sequence[str], payload: Any) -> None:
        """Stage ``payload`` for one channel, or the same payload for several."""
        self.events.append(Event((channels,) if isinstance(channels, str) else tuple(channels), payload))

    def send_command(
        self, charge_point_id: str, action: str, payload: dict[str, Any], **options: Unpack[CommandOptions]
    ) -> None:
        """Stage a command for the charger gateway (`ChargerGateway.send_command`), sent once committed."""
        self.commands.append(Command(charge_point_id, action, payload, options))

    def send_mail(self, message: Mail) -> None:
        """Stage a mail (sent in the background once committed, with the settings in force)."""
        self.mails.append(message)

    def mark(self) -> tuple[int, int, int]:
        return len(self.events), len(self.commands), len(self.mails)

    def drop_after(self, mark: tuple[int, int, int]) -> None:
        del self.events[mark[0] :]
        del self.commands[mark[1] :]
        del self.mails[mark[2] :]

    def clear(self) -> None:
        self.events.clear()
        self.commands.clear()
        self.mails.clear()

    def take(self) -> Outbox:
        """Hand over everything staged (this outbox is empty afterwards)."""
        taken = Outbox(list(self.events), list(self.commands), list(self.mails))
        self.clear()
        return taken

    def __bool__(self) -> bool:
        return bool(self.events or self.commands or self.mails)


_background: set[asyncio.Task[None]] = set()


async def deliver(
    outbox: Outbox,
    publisher: EventPublisher | None,
    gateway: ChargerGateway | None,
    settings: DomainSettings | None = None,
) -> None:
    """Publish the events in order (each failure logged), start sending the commands and the mails."""
    for ev in outbox.events:
        if publisher is None:
            log.warning("no event publisher: %s dropped", ",".join(ev.channels))
            continue
        try:
            if len(ev.channels) == 1:
                await publisher.publish(ev.channels[0], ev.payload)
            else:
                await publisher.publish_many(ev.channels, ev.payload)
        except Exception:  # noqa: BLE001 - the data is committed; a lost notification is not an error
            log.warning("cannot publish %s", ",".join(ev.channels), exc_info=True)
    for cmd in outbox.commands:
        if gateway is None:
            log.warning("no charger gateway: %s to %s dropped", cmd.action, cmd.charge_point_id)
            continue
        task = asyncio.get_running_loop().create_task(_send(gateway, cmd))
        _background.add(task)
        task.add_done_callback(_background.discard)
    for message in outbox.mails:
        if settings is None:
            log.warning("no settings in force: the mail %r is dropped", message.subject)
            continue
        mail.send_in_background(settings, message)


async def _send(gateway: ChargerGateway, cmd: Command) -> None:
    try:
        await gateway.send_command(cmd.charge_point_id, cmd.action, cmd.payload, **cmd.options)
    except Exception:  # noqa: BLE001 - sent after the commit; the charger's refusal is logged
        log.warning("%s to %s after commit failed", cmd.action, cmd.charge_point_id, exc_info=True)


class UnitOfWork(AsyncSession):
    """An ``AsyncSession`` that is also the unit of work of its transaction (see the module docs)."""

    def __init__(
        self,
        *args: Any,
        outlets: Outlets | None = None,
        settings: DomainSettings | None = None,
        publisher: EventPublisher | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(*args, **kw)
        self.outlets = outlets
        #: The environment's settings in force (None for a bare factory: the documented defaults apply).
        self.settings = settings
        self._publisher = publisher
        self.outbox = Outbox()
        #: Stage an event / a charger command (see Outbox).
        self.publish = self.outbox.publish
        self.send_command = self.outbox.send_command
        self.send_mail = self.outbox.send_mail
        #: When set (model -> rows) by a writer that batches (the OCPP edge's group commit), bulk rows
        #: are queued here instead of inserted; that writer inserts them before the commit.
        self.deferred_rows: dict[Any, list[dict[str, Any]]] | None = None
        #: Reads a batching writer made once for all the units of its transaction (by kind; see
        #: billing.read_for_readings); empty otherwise.
        self.batch_reads: dict[Any, Any] = {}

    # -- transaction boundaries ----------------------------------------------------------------------

    async def deliver(self) -> None:
        """Deliver (and forget) what is staged; called after the commit."""
        outbox = self.outbox.take()
        if not outbox:
            return
        publisher = self._publisher or (self.outlets.bus if self.outlets is not None else None)
        gateway = self.outlets.gateway if self.outlets is not None and outbox.commands else None
        await deliver(outbox, publisher, gateway, self.settings)

    async def commit(self) -> None:
        await super().commit()
        await self.deliver()

    async def rollback(self) -> None:
        self.outbox.clear()
        await super().rollback()

    async def close(self) -> None:
        self.outbox.clear()  # whatever was not committed by now is not going to be
        await super().close()

    def begin(self) -> AsyncSessionTransaction:
        return _Transaction(self)

    def begin_nested(self) -> AsyncSessionTransaction:
        return _Transaction(self, nested=True)


class _Transaction(AsyncSessionTransaction):
    """``session.begin()`` / ``begin_nested()`` of a unit of work: the outer one delivers after it
    commits; a savepoint that rolls back drops what was staged inside it."""

    __slots__ = ("mark",)

    session: UnitOfWork

    def __init__(self, session: UnitOfWork, nested: bool = False) -> None:
        super().__init__(session, nested)
        self.mark = session.outbox.mark()

    async def commit(self) -> None:
        await super().commit()
        if not self.nested:
            await self.session.deliver()

    async def rollback(self) -> None:
        self._drop()
        await super().rollback()

    def _drop(self) -> None:
        mark = getattr(self, "mark", None)  # unset on a proxy SQLAlchemy regenerated (get_transaction)
        if mark is not None:
            self.session.outbox.drop_after(mark)

    async def __aexit__(self, type_: Any, value: Any, traceback: Any) -> None:
        try:
            await super().__aexit__(type_, value, traceback)
        except BaseException:
            self._drop()
            raise
        if type_ is not None:
            self._drop()
        elif not self.nested:
            await self.session.deliver()


def unit_of(session: AsyncSession) -> UnitOfWork:
    """The unit of work of ``session`` (every session of the platform's factory is one)."""
    if not isinstance(session, UnitOfWork):
        raise TypeError("not a unit of work: open sessions with db.engine.make_sessionmaker")
    return session


def deferred_rows(session: AsyncSession) -> dict[Any, list[dict[str, Any]]] | None:
    """Where bulk rows of this transaction are queued, if its writer batches them (see UnitOfWork)."""
    return session.deferred_rows if isinstance(session, UnitOfWork) else None


def batch_reads(session: AsyncSession) -> dict[Any, Any]:
    """The reads made once for the units of this transaction (see UnitOfWork.batch_reads)."""
    return session.batch_reads if isinstance(session, UnitOfWork) else {}


def settings_of(session: AsyncSession) -> DomainSettings | None:
    """The settings in force for the transaction of ``session`` (None: the defaults apply)."""
    return session.settings if isinstance(session, UnitOfWork) else None
