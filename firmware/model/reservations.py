"""Reservations: one per connector (`Connector.reservation`) and one for any connector
(connector 0, `ReservationService.any`), each {"id", "idTag", "parentIdTag", "expiry"}."""

from firmware import compat


class ReservationService:
    def __init__(self, cp):
        self.cp = cp
        self.any = None  # the reservation of connector 0

    def allows(self, c, tag, parent):
        """May tag (of group parent) start on c, given c's reservation?"""
        r = c.reservation
        return r is None or tag == r["idTag"] or bool(parent and parent == r.get("parentIdTag"))

    def take(self, c, tag):
        """The reservation a transaction of tag starting on c uses up (or None)."""
        res = c.reservation
        if res is None and self.any is not None and self.any["idTag"] == tag:
            res = self.any
            self.any = None
        if res is not None:
            c.reservation = None
        return res

    def cancel(self, rid):
        if self.any is not None and self.any["id"] == rid:
            self.any = None
            return True
        for c in self.cp.connectors:
            if c.reservation is not None and c.reservation["id"] == rid:
                c.reservation = None
                return True
        return False

    def expire(self):
        now = compat.unix_time()
        for c in self.cp.connectors:
            r = c.reservation
            if r is not None and now >= r["expiry"]:
                self.cp.log("reservation expired", r["id"])
                c.reservation = None
        if self.any is not None and now >= self.any["expiry"]:
            self.any = None
