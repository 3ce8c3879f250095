"""Web Push notifications to drivers (RFC 8030 delivery, RFC 8291 encryption, RFC 8292 VAPID).

A driver's app subscribes (endpoint + its keys) once the driver allows notifications. The domain
stages a notification as a row of `push_notifications` in the same transaction as what it tells
(a session started or stopped, a low balance, a charger becoming free), so a rolled-back change
notifies nobody; after the commit a wake-up goes on the bus. `PushSender`, running on every node,
claims pending rows one by one with a conditional update (so two nodes never send the same one),
encrypts the payload for each of the driver's subscriptions and posts it with a VAPID signature
(pywebpush). A subscription the push service says is gone (404/410) is deleted.

Texts are in the driver's language (`users.locale`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.engine import read_session
from db.models import PushNotification, PushSubscription, User, utcnow
from domain import mail, uow
from domain.errors import InvalidInput
from domain.ledger import in_transaction
from domain.ports import EventSubscriber
from domain.tasks import cancel_and_wait

log = logging.getLogger("plagsini.push")

#: The bus channel that wakes the senders after a notification was committed.
PENDING = "push.pending"
KINDS = ("session_started", "session_stopped", "low_balance", "charger_free", "idle_fee_starting")
#: Why a session stopped, as the driver is told.
STOP_REASONS = ("driver", "charger", "operator", "prepaid_guard")
#: A driver keeps at most this many subscriptions (phones and browsers); the oldest go first.
MAX_SUBSCRIPTIONS = 10
#: Attempts to deliver one notification before it is given up.
MAX_ATTEMPTS = 5
#: A claimed notification not sent after this long is claimed again (its node stopped).
CLAIM_SECONDS = 60
#: How long the push service keeps a notification for an offline phone.
TTL_SECONDS = 3600

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "session_started.title": "Charging started",
        "session_started.body": "Your car is charging at {charger}.",
        "session_stopped.title": "Charging stopped",
        "session_stopped.driver": "You stopped charging at {charger}.",
        "session_stopped.charger": "The charger {charger} ended the session.",
        "session_stopped.operator": "An operator stopped your session at {charger}.",
        "session_stopped.prepaid_guard": "Charging at {charger} stopped: your balance ran low. Top up to charge again.",  # noqa: E501
        "low_balance.title": "Low balance",
        "low_balance.body": "Your wallet holds {balance}; you need {minimum} to start charging.",
        "charger_free.title": "Charger free",
        "charger_free.body": "{charger} is free now. Hold it for {minutes} minutes?",
        "idle_fee_starting.title": "Idle fee starting",
        "idle_fee_starting.body": "Charging at {charger} has finished and the grace period is over: the idle fee of {fee} per minute applies now. Please move your car.",  # noqa: E501
    },
    "ms": {
        "session_started.title": "Pengecasan bermula",
        "session_started.body": "Kereta anda sedang dicas di {charger}.",
        "session_stopped.title": "Pengecasan berhenti",
        "session_stopped.driver": "Anda telah menghentikan pengecasan di {charger}.",
        "session_stopped.charger": "Pengecas {charger} telah menamatkan sesi.",
        "session_stopped.operator": "Seorang operator telah menghentikan sesi anda di {charger}.",
        "session_stopped.prepaid_guard": "Pengecasan di {charger} berhenti: baki anda rendah. Tambah nilai untuk mengecas semula.",  # noqa: E501
        "low_balance.title": "Baki rendah",
        "low_balance.body": "Dompet anda berbaki {balance}; anda perlukan {minimum} untuk mula mengecas.",
        "charger_free.title": "Pengecas kosong",
        "charger_free.body": "{charger} kini kosong. Tempah selama {minutes} minit?",
        "idle_fee_starting.title": "Yuran melahu bermula",
        "idle_fee_starting.body": "Pengecasan di {charger} telah selesai dan tempoh tenggang sudah tamat: yuran melahu {fee} seminit dikenakan sekarang. Sila alihkan kereta anda.",  # noqa: E501
    },
    "zh": {
        "session_started.title": "已开始充电",
        "session_started.body": "您的车正在 {charger} 充电。",
        "session_stopped.title": "充电已停止",
        "session_stopped.driver": "您已在 {charger} 停止充电。",
        "session_stopped.charger": "充电桩 {charger} 结束了本次充电。",
        "session_stopped.operator": "运营人员停止了您在 {charger} 的充电。",
        "session_stopped.prepaid_guard": "{charger} 的充电已停止：您的余额不足。请充值后再充电。",
        "low_balance.title": "余额不足",
        "low_balance.body": "您的钱包余额为 {balance}；开始充电需要 {minimum}。",
        "charger_free.title": "充电桩空闲",
        "charger_free.body": "{charger} 现在空闲。要为您保留 {minutes} 分钟吗？",
        "idle_fee_starting.title": "占位费开始计费",
        "idle_fee_starting.body": "{charger} 的充电已完成，宽限期已过：现按每分钟 {fee} 收取占位费。请尽快挪车。",  # noqa: E501
    },
}


def message(kind: str, params: dict[str, Any], locale: str | None) -> dict[str, Any]:
    """The notification a driver sees: title, body (in `locale`), the app's page to open, a tag."""
    texts = TEXTS[mail.locale_or_default(locale)]
    if kind == "session_stopped":
        body_key = f"session_stopped.{params.get('reason', 'charger')}"
    else:
        body_key = f"{kind}.body"
    return {
        "kind": kind,
        "title": texts[f"{kind}.title"],
        "body": texts[body_key].format(**params),
        "url": str(params.get("url") or "/"),
        "tag": f"{kind}:{params.get('tag', '')}",
        "data": {
            k: v
            for k, v in params.items()
            if k in ("session_id", "reason", "charge_point_id", "connector_id")
        },
    }


def notify(session: AsyncSession, user_id: int, kind: str, **params: Any) -> None:
    """Stage a notification for the driver: sent once the caller's transaction commits."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification {kind!r}")
    if kind == "session_stopped" and params.get("reason") not in STOP_REASONS:
        raise ValueError(f"unknown stop reason {params.get('reason')!r}")
    session.add(PushNotification(user_id=user_id, kind=kind, params=params))
    uow.unit_of(session).publish(PENDING, {"user_id": user_id, "kind": kind})


# ----------------------------------------------------------------------------------- subscriptions


def _endpoint_key(endpoint: str) -> str:
    return hashlib.sha256(endpoint.encode()).hexdigest()


def _clean(endpoint: str, p256dh: str, auth: str) -> tuple[str, str, str]:
    endpoint = endpoint.strip()
    if not endpoint.startswith(("https://", "http://")) or len(endpoint) > 1000:
        raise InvalidInput("Not a push endpoint.", field="endpoint")
    import base64

    def b64(value: str, size: int, field: str) -> str:
        v = value.strip()
        try:
            raw = base64.urlsafe_b64decode(v + "=" * (-len(v) % 4))
        except (ValueError, TypeError):
            raise InvalidInput("Not a key of a push subscription.", field=field) from None
        if len(raw) != size:
            raise InvalidInput("Not a key of a push subscription.", field=field)
        return v

    return endpoint, b64(p256dh, 65, "p256dh"), b64(auth, 16, "auth")


async def subscribe(
    session: AsyncSession, user_id: int, endpoint: str, p256dh: str, auth: str
) -> PushSubscription:
    """Keep a browser's push subscription for the driver (the same endpoint again updates it; an
    endpoint moves to whoever subscribed with it last, as a shared phone changes hands)."""
    endpoint, p256dh, auth = _clean(endpoint, p256dh, auth)
    key = _endpoint_key(endpoint)
    sub = await session.scalar(select(PushSubscription).where(PushSubscription.endpoint_key == key))
    if sub is None:
        sub = PushSubscription(user_id=user_id, endpoint=endpoint, endpoint_key=key, p256dh=p256dh, auth=auth)
        session.add(sub)
    else:
        sub.user_id, sub.p256dh, sub.auth = user_id, p256dh, auth
    await session.flush()
    extra = (
        await session.scalars(
            select(PushSubscription.id)
            .where(PushSubscription.user_id == user_id)
            .order_by(PushSubscription.id.desc())
            .offset(MAX_SUBSCRIPTIONS)
        )
    ).all()
    if extra:
        await session.execute(delete(PushSubscription).where(PushSubscription.id.in_(extra)))
    return sub


async def unsubscribe(session: AsyncSession, user_id: int, endpoint: str) -> bool:
    """Forget the driver's subscription at `endpoint` (True when there was one)."""
    gone = await session.execute(
        delete(PushSubscription).where(
            PushSubscription.user_id == user_id,
            PushSubscription.endpoint_key == _endpoint_key(endpoint.strip()),
        )
    )
    return bool(gone.rowcount)  # type: ignore[attr-defined]


async def subscription_count(session: AsyncSession, user_id: int) -> int:
    return len(
        (await session.scalars(select(PushSubscription.id).where(PushSubscription.user_id == user_id))).all()
    )


# ----------------------------------------------------------------------------------------- sending


class PushSender:
    """Delivers committed notifications on this node (see the module's docstring)."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        bus: EventSubscriber,
        vapid_private_pem: str,
        vapid_subject: str,
        *,
        node_id: str,
        poll_seconds: float = 30.0,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.bus = bus
        self.subject = vapid_subject
        self.node_id = node_id
        self.poll_seconds = poll_seconds
        from py_vapid import Vapid

        self.vapid = Vapid.from_pem(vapid_private_pem.encode())
        self.task: asyncio.Task[None] | None = None
        self.sent = 0
        self._wake = asyncio.Event()

    async def _post(self, info: dict[str, Any], data: str) -> int:
        from pywebpush import WebPushException, webpush_async

        try:
            response = await webpush_async(
                info,
                data=data,
                vapid_private_key=self.vapid,
                vapid_claims={"sub": self.subject},
                ttl=TTL_SECONDS,
                timeout=10,
            )
        except WebPushException as e:
            return int(e.response.status) if e.response is not None else 0
        return int(getattr(response, "status", 201))

    async def _claim(self) -> list[int]:
        now = utcnow()
        stale = now - dt.timedelta(seconds=CLAIM_SECONDS)
        async with self.sessionmaker() as s, s.begin():
            ids = (
                await s.scalars(
                    select(PushNotification.id)
                    .where(PushNotification.sent_at.is_(None), PushNotification.attempts < MAX_ATTEMPTS)
                    .where((PushNotification.claimed_at.is_(None)) | (PushNotification.claimed_at < stale))
                    .order_by(PushNotification.id)
                    .limit(50)
                )
            ).all()
            mine = []
            for nid in ids:
                got = await s.execute(
                    update(PushNotification)
                    .where(PushNotification.id == nid, PushNotification.sent_at.is_(None))
                    .where((PushNotification.claimed_at.is_(None)) | (PushNotification.claimed_at < stale))
                    .values(claimed_at=now, claimed_by=self.node_id[:64])
                    .execution_options(synchronize_session=False)
                )
                if got.rowcount == 1:  # type: ignore[attr-defined]
                    mine.append(int(nid))
        return mine

    async def _deliver(self, notification_id: int) -> None:
        async with read_session(self.sessionmaker) as s:
            n = await s.get(PushNotification, notification_id)
            if n is None:
                return
            user = await s.get(User, n.user_id)
            subs = list(
                (await s.scalars(select(PushSubscription).where(PushSubscription.user_id == n.user_id))).all()
            )
            text = json.dumps(message(n.kind, dict(n.params or {}), user.locale if user else None))
            targets = [
                (sub.id, {"endpoint": sub.endpoint, "keys": {"p256dh": sub.p256dh, "auth": sub.auth}})
                for sub in subs
            ]
        gone: list[int] = []
        failed = False
        for sub_id, info in targets:
            status = await self._post(info, text)
            if status in (404, 410):
                gone.append(sub_id)
            elif not 200 <= status < 300:
                failed = True
                log.warning("push to subscription %s answered %s", sub_id, status)

        async def record(s: AsyncSession) -> None:
            if gone:
                await s.execute(delete(PushSubscription).where(PushSubscription.id.in_(gone)))
            n = await s.get(PushNotification, notification_id)
            if n is not None:
                n.attempts += 1
                if failed and n.attempts < MAX_ATTEMPTS:
                    n.claimed_at = None  # try again on a later round
                else:
                    n.sent_at = utcnow()

        # Retried on a deadlock (another node claiming next to this row on MariaDB): the push has
        # gone out, and a record lost here would send it again once the claim goes stale.
        await in_transaction(self.sessionmaker, record)
        self.sent += 1

    async def run_once(self) -> int:
        """Send what is pending now; returns how many notifications this node handled."""
        ids = await self._claim()
        for nid in ids:
            try:
                await self._deliver(nid)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - logged; the notification is claimed again later
                log.exception("push notification %s failed", nid)
        return len(ids)

    async def _listen(self) -> None:
        async with self.bus.subscribe(PENDING) as sub:
            async for _ in sub:
                self._wake.set()

    async def _loop(self) -> None:
        listener = asyncio.create_task(self._listen(), name="push-listener")
        try:
            while True:
                self._wake.clear()
                try:
                    await self.run_once()
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001 - the database may be away a moment; next round
                    log.exception("push round failed")
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.poll_seconds):
                        await self._wake.wait()
        finally:
            await cancel_and_wait(listener, ignore_errors=True)

    def start(self) -> PushSender:
        self.task = asyncio.create_task(self._loop(), name="push-sender")
        return self

    async def stop(self) -> None:
        await cancel_and_wait(self.task, ignore_errors=True)
        self.task = None


# ------------------------------------------------------------------------------ what is notified


async def _charger_name(session: AsyncSession, charger_id: int) -> tuple[str, str]:
    from db.models import Charger

    charger = await session.get(Charger, charger_id)
    if charger is None:
        return str(charger_id), ""
    return charger.name or charger.charge_point_id, charger.charge_point_id


def stop_reason(ocpp_reason: str | None, requested_by: str | None) -> str:
    """Who stopped a session, as the driver is told: a remote stop names who asked for it (the driver,
    an operator, the prepaid guard; a remote stop nobody in the platform recorded came from an
    operator's command); any other stop was the charger's (its button, the car unplugged, a fault)."""
    if (ocpp_reason or "Local") == "Remote":
        return requested_by if requested_by in STOP_REASONS else "operator"
    return "charger"


async def _about_session(session: AsyncSession, tx: Any, kind: str, url: str, **params: Any) -> None:
    """Stage `kind` about a session for its driver (none for a session without one), naming its charger."""
    if tx.user_id is None:
        return
    name, cpid = await _charger_name(session, tx.charger_id)
    notify(
        session,
        tx.user_id,
        kind,
        charger=name,
        charge_point_id=cpid,
        session_id=tx.id,
        url=url,
        tag=tx.id,
        **params,
    )


async def session_started(session: AsyncSession, tx: Any) -> None:
    """Stage "charging started" for the session's driver."""
    await _about_session(session, tx, "session_started", f"/charging/{tx.id}")


async def session_stopped(session: AsyncSession, tx: Any) -> None:
    """Stage "charging stopped" with the reason for the session's driver."""
    reason = stop_reason(tx.stop_reason, tx.stop_requested_by)
    await _about_session(session, tx, "session_stopped", f"/receipt/{tx.id}", reason=reason)


async def balance_check(
    session: AsyncSession, user_id: int, balance_sen: int, minimum_sen: int, currency: str
) -> None:
    """Stage "low balance" when the wallet no longer holds what starting a session needs."""
    from domain.money import format_sen

    if balance_sen < minimum_sen:
        notify(
            session,
            user_id,
            "low_balance",
            balance=format_sen(balance_sen, currency),
            minimum=format_sen(minimum_sen, currency),
            url="/wallet",
            tag="wallet",
        )


async def idle_fee_starting(session: AsyncSession, tx: Any, *, fee_per_minute: str) -> None:
    """Stage "idle fee starting" for the session's driver: the grace period after charging is over."""
    await _about_session(session, tx, "idle_fee_starting", f"/charging/{tx.id}", fee=fee_per_minute)
