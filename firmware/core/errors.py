"""Errors of the OCPP core."""


class CallError(Exception):
    """A CALLERROR: received for one of our CALLs, or raised by a handler to answer with one."""

    def __init__(self, code, description="", details=None):
        super().__init__("%s: %s" % (code, description))
        self.code = code
        self.description = description
        self.details = details or {}


class NotConnected(Exception):
    pass


class CallTimeout(Exception):
    pass


class Reboot(Exception):
    """Raised out of ChargePoint.run() when the charger must restart (Reset, firmware install)."""
