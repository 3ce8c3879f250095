"""Node liveness: a heartbeat in the database (`nodes.last_seen_at`) and the reaping of dead nodes.

Every NODE_HEARTBEAT_SECONDS each node (any role) writes its row in `nodes` and then looks for nodes
whose heartbeat is older than NODE_DEAD_AFTER_SECONDS. A dead node (killed, its machine gone) cannot
mark its chargers offline itself, so the first live node to notice does it: it deletes the dead
node's row (a conditional delete: of several nodes noticing at once, one does the work), sets the
node's chargers offline with no node (`chargers.online`, `chargers.node_id`) and publishes their
offline status events, the ones a disconnect publishes, for the console and the drivers' apps.
A charger's sessions stay open: when it reconnects to another node, it carries on.

The command bus asks `node_alive` before sending a command to another node: a command to a charger
held by a dead node answers ChargerOffline at once instead of waiting for its timeout.

A node declared dead while it was only stalled (a long pause) finds its row gone at its next
heartbeat: it writes the row again and claims its open connections back."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from db.engine import read_session
from db.models import Charger, Node, utcnow
from domain.tasks import cancel_and_wait
from plagsini import __version__
from plagsini.platform import Platform

log = logging.getLogger("plagsini.liveness")


def _cutoff(platform: Platform) -> dt.datetime:
    return utcnow() - dt.timedelta(seconds=platform.settings.node_dead_after_seconds)


async def node_alive(platform: Platform, node_id: str) -> bool:
    """Whether `node_id` has written its heartbeat within NODE_DEAD_AFTER_SECONDS."""
    async with read_session(platform.sessionmaker) as s:
        seen = (await s.execute(select(Node.last_seen_at).where(Node.node_id == node_id))).scalar()
    return seen is not None and seen >= _cutoff(platform)


async def resume_fleet_jobs(platform: Platform) -> None:
    """Continue the fleet jobs no live node is sending (`domain.fleet_runner.resume`)."""
    from domain import fleet_runner

    dead_after = dt.timedelta(seconds=platform.settings.node_dead_after_seconds)
    try:
        resumed = await fleet_runner.resume(platform, dead_after=dead_after)
    except Exception:  # noqa: BLE001 - the next start-up or reaping tries again
        log.warning("cannot resume fleet jobs", exc_info=True)
        return
    if resumed:
        log.info("resumed fleet jobs %s", resumed)


class Liveness:
    """The heartbeat and reaper loop of one node. ``beats`` counts heartbeats and ``reaped`` lists
    the nodes this node declared dead (tests wait on them)."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.node_id = platform.node_id
        self.interval = float(platform.settings.node_heartbeat_seconds)
        self.beats = 0
        self.reaped: list[str] = []
        self.task: asyncio.Task[None] | None = None

    async def beat(self) -> None:
        """Write this node's heartbeat; if its row was gone (declared dead), write it again and
        claim this node's open connections back."""
        now = utcnow()
        async with self.platform.sessionmaker() as s, s.begin():
            result = await s.execute(
                update(Node).where(Node.node_id == self.node_id).values(last_seen_at=now)
            )
            missing = not getattr(result, "rowcount", 0)
        if missing:
            try:
                async with self.platform.sessionmaker() as s, s.begin():
                    s.add(
                        Node(
                            node_id=self.node_id,
                            role=self.platform.settings.role,
                            hostname=socket.gethostname()[:255],
                            pid=os.getpid(),
                            version=__version__,
                            started_at=now,
                            last_seen_at=now,
                        )
                    )
            except IntegrityError:  # written meanwhile (a second beat of this node): fine
                pass
            if self.beats:
                log.warning(
                    "node %s was declared dead while running: claiming its chargers back", self.node_id
                )
                await self._claim_connections()
        self.beats += 1

    async def _claim_connections(self) -> None:
        ocpp = self.platform.ocpp
        if ocpp is None:
            return
        from domain import chargers

        conns = [c for c in list(ocpp.connections.values()) if not c.closed]
        if not conns:
            return
        async with self.platform.sessionmaker() as s, s.begin():
            for conn in conns:
                await chargers.mark_connected(s, conn.charger_id, self.node_id)
        for conn in conns:
            await ocpp.publish_online(conn.cpid, True, getattr(conn, "is_public", True))

    async def reap(self) -> list[str]:
        """Declare dead the nodes whose heartbeat is too old; returns their ids."""
        cutoff = _cutoff(self.platform)
        async with read_session(self.platform.sessionmaker) as s:
            stale = list(
                (
                    await s.execute(
                        select(Node.node_id).where(Node.last_seen_at < cutoff, Node.node_id != self.node_id)
                    )
                ).scalars()
            )
        done: list[str] = []
        for node in stale:
            async with self.platform.sessionmaker() as s, s.begin():
                gone = await s.execute(delete(Node).where(Node.node_id == node, Node.last_seen_at < cutoff))
                if not getattr(gone, "rowcount", 0):
                    continue  # another node reaped it, or it came back
                held = (
                    await s.execute(
                        select(Charger.charge_point_id, Charger.is_public).where(Charger.node_id == node)
                    )
                ).all()
                await s.execute(
                    update(Charger).where(Charger.node_id == node).values(online=False, node_id=None)
                )
            log.warning("node %s is dead (silent since %s): %d chargers offline", node, cutoff, len(held))
            await self._publish_offline([(str(cpid), bool(public)) for cpid, public in held])
            done.append(node)
        self.reaped.extend(done)
        if done:
            await resume_fleet_jobs(self.platform)  # the fleet jobs the dead node was sending
        return done

    async def _publish_offline(self, held: list[tuple[str, bool]]) -> None:
        from domain import events

        at = utcnow().isoformat()
        for cpid, is_public in held:
            event = events.presence_event("offline", cpid, online=False, is_public=is_public, timestamp=at)
            try:
                await self.platform.bus.publish_many(events.status_channels(cpid), event)
            except Exception:  # noqa: BLE001 - the database is the truth; the event is a courtesy
                log.warning("cannot publish %s offline", cpid, exc_info=True)

    async def run_once(self) -> None:
        await self.beat()
        await self.reap()

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the database may be away for a moment: next round
                log.warning("node heartbeat failed", exc_info=True)
            await asyncio.sleep(self.interval)

    async def start(self) -> Liveness:
        """The first heartbeat is written before this returns (before the node takes chargers)."""
        try:
            await self.beat()
        except Exception:  # noqa: BLE001
            log.warning("first node heartbeat failed", exc_info=True)
        self.task = asyncio.create_task(self._loop(), name="node-liveness")
        return self

    async def stop(self) -> None:
        """Stop beating and remove this node's row (a clean shutdown is not a death)."""
        await cancel_and_wait(self.task)
        self.task = None
        try:
            async with self.platform.sessionmaker() as s, s.begin():
                await s.execute(delete(Node).where(Node.node_id == self.node_id))
        except Exception:  # noqa: BLE001
            log.warning("cannot remove node %s from the registry", self.node_id, exc_info=True)
