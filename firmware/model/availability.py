"""Availability (Operative / Inoperative) of the charger (connector 0) and of each connector,
persisted in `<store_dir>/availability.json`."""

from firmware import compat


class AvailabilityService:
    def __init__(self, cp):
        self.cp = cp
        self.path = compat.path_join(cp.store, "availability.json")
        saved = compat.read_json(self.path, None) or {}
        for c in cp.connectors:
            c.availability = saved.get(str(c.id), "Operative")
        self.charger = saved.get("0", "Operative")

    def operative(self, c):
        return c.availability != "Inoperative" and self.charger != "Inoperative"

    def set(self, cid, kind):
        if cid == 0:
            self.charger = kind
        else:
            self.cp.connector(cid).availability = kind
        data = {"0": self.charger}
        for c in self.cp.connectors:
            data[str(c.id)] = c.availability
        compat.write_json(self.path, data)

    def apply_scheduled(self, c):
        """A transaction on c ended: an Inoperative scheduled while it ran takes effect now."""
        if c.scheduled_availability is not None:
            self.set(c.id, c.scheduled_availability)
            c.scheduled_availability = None
