"""Connectors and their OCPP status (StatusNotification when status or error code change)."""

from firmware import compat
from firmware.pilot import ERR_NONE


class Connector:
    def __init__(self, cid, pilot, meter):
        self.id = cid
        self.status = None
        self.error_code = ERR_NONE
        self.reported = None  # (status, error_code) last sent
        self.pilot = pilot
        self.meter = meter
        self.tx = None
        self.pending = None  # {"idTag", "parent", "deadline_ms", "remote", "profile"}
        self.reservation = None
        self.availability = "Operative"
        self.scheduled_availability = None
        self.finishing = False
        self.stop_reason = None
        self.last_sample_ms = None


class StatusService:
    def __init__(self, cp):
        self.cp = cp
        self.cp_status = None  # status of connector 0 last sent

    def compute(self, c):
        p = c.pilot
        if p.fault != ERR_NONE:
            return "Faulted"
        if c.tx is not None:
            if not p.ev_connected:
                return "SuspendedEV"
            if p.relay_closed and p.ev_ready:
                return "Charging"
            if p.limit_a < 6.0:
                return "SuspendedEVSE"
            return "SuspendedEV"
        if c.finishing:
            if p.ev_connected:
                return "Finishing"
            c.finishing = False
        if not self.cp.availability.operative(c):
            return "Unavailable"
        if c.reservation is not None:
            return "Reserved"
        if p.ev_connected or c.pending is not None:
            return "Preparing"
        return "Available"

    def forget(self, cid=None):
        """Report the status of connector cid (None or 0: every connector and the charger) again."""
        for c in self.cp.connectors:
            if cid in (None, 0, c.id):
                c.reported = None
        if cid in (None, 0):
            self.cp_status = None

    def update(self, force=False):
        cp = self.cp
        for c in cp.connectors:
            st = self.compute(c)
            c.status = st
            c.error_code = c.pilot.fault
            cur = (st, c.error_code)
            if force or cur != c.reported:
                c.reported = cur
                payload = {
                    "connectorId": c.id,
                    "status": st,
                    "errorCode": c.error_code,
                    "timestamp": compat.iso_now(),
                }
                if c.pilot.fault_info:
                    payload["info"] = c.pilot.fault_info[:50]
                cp.requests.enqueue("StatusNotification", payload)
        st0 = "Unavailable" if cp.availability.charger == "Inoperative" else "Available"
        if force or st0 != self.cp_status:
            self.cp_status = st0
            cp.requests.enqueue(
                "StatusNotification",
                {"connectorId": 0, "status": st0, "errorCode": "NoError", "timestamp": compat.iso_now()},
            )
