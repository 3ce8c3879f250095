"""Smart charging: the composite limit of the installed profiles (`firmware.smartcharging`, the
profile store) applied to each connector's pilot, capped at the charger's max_current."""

from firmware import compat


class SmartChargingService:
    def __init__(self, cp):
        self.cp = cp

    def apply(self, c):
        tx = c.tx
        lim = self.cp.smart.limit_at(
            c.id, compat.unix_time(), tx.get("id") if tx else None, tx["start"] if tx else None
        )
        max_a = self.cp.cfg["max_current"]
        c.pilot.set_limit(max_a if lim is None else min(lim, max_a))

    def apply_running(self):
        """Profiles changed: apply them to every connector with a running transaction."""
        for c in self.cp.connectors:
            if c.tx is not None:
                self.apply(c)
