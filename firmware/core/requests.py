"""Outgoing CALLs: one outstanding at a time, in order.

Two sources feed the sender: the journal on flash (StartTransaction, MeterValues, StopTransaction,
which survive being offline and reboots) and an in-memory outbox for everything else, each
outbox message ordered after the journal entries queued before it. A service that must act on
the answer to one of its messages registers a listener in `on_conf` (action -> function).
"""

from firmware import compat
from firmware.compat import asyncio
from firmware.core.errors import CallError, CallTimeout, NotConnected


class RequestQueue:
    def __init__(self, cp):
        self.cp = cp
        self.on_conf = {}  # action -> fn(payload, conf, local_tx)
        self.wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._pending = None
        self._uid = 0
        self._outbox = []

    async def call(self, action, payload, timeout=None, local_tx=None, listen=False):
        """Send a CALL and wait for its CALLRESULT payload. One outstanding CALL at a time.

        With `listen`, the action's `on_conf` listener gets the answer as soon as it is read, before
        any frame behind it is handled (a central system may act on a transaction id it has just
        given, e.g. with a TxProfile, in the very next frame)."""
        cp = self.cp
        if timeout is None:
            timeout = cp.cfg["call_timeout_s"]
        translate = None
        sent_action, sent_payload = action, payload
        if cp.dialect is not None:
            wire = cp.dialect.outgoing(action, payload)
            if wire is None:
                return {}
            sent_action, sent_payload, translate = wire
        listener = self.on_conf.get(action) if listen else None
        async with self._lock:
            if not cp.connection.connected:
                raise NotConnected()
            self._uid += 1
            uid = "%d" % self._uid
            ev = asyncio.Event()
            self._pending = {
                "uid": uid,
                "event": ev,
                "result": None,
                "error": None,
                "translate": translate,
                "conf": None,
            }
            if listener is not None:
                self._pending["conf"] = lambda conf: listener(payload, conf, local_tx)
            try:
                await cp.connection.send([2, uid, sent_action, sent_payload])
                cp.log("->", sent_action)
                if not await compat.wait_event(ev, timeout):
                    raise CallTimeout(sent_action)
                if self._pending["error"] is not None:
                    raise self._pending["error"]
                return self._pending["result"]
            finally:
                self._pending = None

    def answer(self, msg):
        """A CALLRESULT [3, uid, payload] or CALLERROR [4, uid, code, description, details]."""
        p = self._pending
        if p is None or p["uid"] != msg[1]:
            return
        if msg[0] == 3:
            try:
                p["result"] = p["translate"](msg[2]) if p["translate"] is not None else msg[2]
            except Exception as e:  # noqa: BLE001 - an answer the dialect cannot read fails the call
                p["error"] = e
            else:
                if p["conf"] is not None:
                    try:
                        p["conf"](p["result"])
                    except Exception as e:  # noqa: BLE001 - keep reading frames
                        self.cp.log("conf listener error", e)
        else:
            p["error"] = CallError(msg[2], msg[3] if len(msg) > 3 else "", msg[4] if len(msg) > 4 else None)
        p["event"].set()

    def fail_pending(self):
        p = self._pending
        if p is not None:
            p["error"] = NotConnected()
            p["event"].set()

    def enqueue(self, action, payload):
        """Queue a non-transaction message, ordered after the journal entries queued before it."""
        if not self.cp.connection.connected:
            return
        self._outbox.append((self.cp.journal.last_seq(), action, payload))
        self.wake.set()

    def delivered(self):
        """Whether every queued message was sent and answered (nothing waits, nothing is in flight)."""
        return not self._outbox and self._pending is None

    def clear(self):
        self._outbox = []

    async def sender_loop(self):
        journal = self.cp.journal
        while True:
            sent = False
            head = journal.head()
            if self._outbox and (head is None or head["seq"] > self._outbox[0][0]):
                _, action, payload = self._outbox.pop(0)
                try:
                    await self.call(action, payload, listen=True)
                except (CallError, CallTimeout) as e:
                    self.cp.log("send failed", action, e)
                sent = True
            elif head is not None:
                await self._send_journal_head(head)
                sent = True
            if not sent:
                self.wake.clear()
                await compat.wait_event(self.wake, 1.0)

    async def _send_journal_head(self, entry):
        cp = self.cp
        journal = cp.journal
        payload = journal.resolve(entry)
        if payload is None:
            journal.drop(entry, "transaction unknown")
            return
        try:
            await self.call(entry["action"], payload, local_tx=entry.get("local_tx"), listen=True)
        except (CallError, CallTimeout) as e:
            n = journal.record_failure(entry)
            cp.log("journal", entry["action"], "failed", n, e)
            if n >= cp.config.get("TransactionMessageAttempts"):
                journal.drop(entry, "attempts exhausted")
            else:
                await asyncio.sleep(cp.config.get("TransactionMessageRetryInterval") * n)
            return
        journal.pop(entry["seq"])
