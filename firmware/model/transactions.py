"""Transactions: authorization to start, start when the EV is connected, stop, and recovery of a
transaction cut by a reboot. The running transaction of a connector is `Connector.tx`, also kept
on flash (`tx_<n>.json`); its messages go through the journal, in order."""

from firmware import compat
from firmware.pilot import ERR_NONE


class TransactionService:
    def __init__(self, cp, state):
        self.cp = cp
        self.local_tx = state.get("local_tx", 0)  # local transaction number, persisted in state.json
        cp.requests.on_conf["StartTransaction"] = self._start_conf

    # --- persistence ------------------------------------------------------------------------

    def _path(self, c):
        return compat.path_join(self.cp.store, "tx_%d.json" % c.id)

    def _save(self, c):
        if c.tx is None:
            compat.remove(self._path(c))
        else:
            compat.write_json(self._path(c), c.tx)

    def recover(self, reason):
        """A transaction still open on flash was cut by a reboot: stop it (PowerLoss / reset reason)."""
        for c in self.cp.connectors:
            tx = compat.read_json(self._path(c), None)
            if tx is None:
                continue
            self.cp.journal.append(
                "StopTransaction",
                {
                    "transactionId": tx.get("id") or 0,
                    "idTag": tx["idTag"],
                    "meterStop": max(c.meter.register_wh(), tx.get("meterStart", 0)),
                    "timestamp": compat.iso_now(),
                    "reason": reason,
                },
                tx["local"],
            )
            compat.remove(self._path(c))

    # --- starting ---------------------------------------------------------------------------

    async def present_id_tag(self, tag, connector_id=1):
        """An RFID card or the local button: start, or stop the running transaction of that tag."""
        cp = self.cp
        c = cp.connector(connector_id)
        if c.tx is not None:
            if c.tx["idTag"] == tag or cp.authorization.same_group(c.tx, tag):
                self.stop(c, "Local")
                return True
            return False
        info = await cp.authorization.authorize(tag)
        if info.get("status") != "Accepted":
            return False
        if not self.may_start(c, tag, info.get("parentIdTag")):
            return False
        self.prepare(c, tag, info.get("parentIdTag"), False)
        return True

    def may_start(self, c, tag, parent):
        if c.pilot.fault != ERR_NONE or not self.cp.availability.operative(c):
            return False
        if c.tx is not None:
            return False
        return self.cp.reservations.allows(c, tag, parent)

    def prepare(self, c, tag, parent, remote, profile=None):
        """Authorized: the transaction starts once the EV is connected, within ConnectionTimeOut."""
        c.pending = {
            "idTag": tag,
            "parent": parent,
            "remote": remote,
            "profile": profile,
            "deadline_ms": compat.ticks_add(
                compat.ticks_ms(), self.cp.config.get("ConnectionTimeOut") * 1000
            ),
        }
        self.cp.requests.wake.set()

    def _start(self, c):
        cp = self.cp
        pend = c.pending
        c.pending = None
        self.local_tx += 1
        cp.save_state()
        now = compat.unix_time()
        tx = {
            "local": self.local_tx,
            "id": None,
            "idTag": pend["idTag"],
            "parent": pend.get("parent"),
            "meterStart": c.meter.register_wh(),
            "start": now,
        }
        payload = {
            "connectorId": c.id,
            "idTag": pend["idTag"],
            "meterStart": tx["meterStart"],
            "timestamp": compat.iso_from_unix(now),
        }
        res = cp.reservations.take(c, pend["idTag"])
        if res is not None:
            payload["reservationId"] = res["id"]
        if cp.dialect is not None:  # a 2.0.1 station names its transaction: known before any answer
            tx["id"] = cp.dialect.transaction_id(payload)
        c.tx = tx
        self._save(c)
        if pend.get("profile") is not None:
            pend["profile"]["transactionId"] = None
            cp.smart.install(c.id, pend["profile"], -1)
        cp.journal.append("StartTransaction", payload, tx["local"])
        c.last_sample_ms = compat.ticks_ms()
        c.pilot.authorise(True)
        cp.smart_charging.apply(c)
        cp.log("start tx", c.id, tx["local"], pend["idTag"])
        cp.requests.wake.set()

    def _start_conf(self, payload, conf, local_tx):
        cp = self.cp
        tid = conf.get("transactionId")
        cp.journal.map_tx(local_tx, tid)
        info = conf.get("idTagInfo", {})
        cp.authorization.cache(payload["idTag"], info)
        for c in cp.connectors:
            if c.tx is not None and c.tx["local"] == local_tx:
                c.tx["id"] = tid
                self._save(c)
                if info.get("status") != "Accepted" and cp.config.get("StopTransactionOnInvalidId"):
                    self.stop(c, "DeAuthorized")

    # --- stopping ---------------------------------------------------------------------------

    def stop(self, c, reason="Local"):
        cp = self.cp
        tx = c.tx
        if tx is None:
            return False
        now_ms = compat.ticks_ms()
        c.pilot.controlled_stop(now_ms)
        c.meter.flush()
        payload = {
            "transactionId": tx.get("id") or 0,
            "idTag": tx["idTag"],
            "meterStop": c.meter.register_wh(),
            "timestamp": compat.iso_now(),
        }
        if reason != "Local":
            payload["reason"] = reason
        if cp.config.list("StopTxnSampledData"):
            payload["transactionData"] = [
                _energy_value(compat.iso_from_unix(tx["start"]), tx["meterStart"], "Transaction.Begin"),
                _energy_value(payload["timestamp"], payload["meterStop"], "Transaction.End"),
            ]
        cp.journal.append("StopTransaction", payload, tx["local"])
        c.tx = None
        c.stop_reason = reason
        c.finishing = True
        self._save(c)
        cp.smart.end_transaction(c.id)
        cp.availability.apply_scheduled(c)
        cp.log("stop tx", c.id, tx["local"], reason)
        cp.requests.wake.set()
        return True

    def stop_all(self, reason):
        for c in self.cp.connectors:
            if c.tx is not None:
                self.stop(c, reason)

    def running(self):
        """Is a transaction running on any connector?"""
        for c in self.cp.connectors:
            if c.tx is not None:
                return True
        return False

    # --- supervision (every tick, after the pilot and the meter) ----------------------------

    def supervise(self, c, now, was_connected):
        cp = self.cp
        p = c.pilot
        if c.tx is not None and was_connected and p.state == "A":
            if cp.config.get("StopTransactionOnEVSideDisconnect"):
                self.stop(c, "EVDisconnected")
            if cp.config.get("UnlockConnectorOnEVSideDisconnect"):
                cp.hal.unlock(c.id)
        if c.pending is not None:
            if compat.ticks_diff(now, c.pending["deadline_ms"]) > 0:
                cp.log("connection timeout", c.id)
                c.pending = None
            elif p.ev_connected and p.fault == ERR_NONE:
                self._start(c)


def _energy_value(timestamp, wh, context):
    return {
        "timestamp": timestamp,
        "sampledValue": [
            {"value": str(wh), "context": context, "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
        ],
    }
