"""The operation registry: one module per CALL the central system may send, `handle(cp, payload)`.

HANDLERS maps the OCPP action to its module in this package. A module is imported when a CALL of
its action arrives, so an operation the central system never sends costs no RAM; under
MicroPython it is forgotten again once the CALL is done (`release`), so only the operations in
progress take heap (re-importing a precompiled .mpy from flash takes a few milliseconds).
"""

import sys

from firmware.compat import IS_MICROPYTHON

HANDLERS = {
    # Core
    "ChangeAvailability": "change_availability",
    "ChangeConfiguration": "change_configuration",
    "ClearCache": "clear_cache",
    "DataTransfer": "data_transfer",
    "GetConfiguration": "get_configuration",
    "RemoteStartTransaction": "remote_start_transaction",
    "RemoteStopTransaction": "remote_stop_transaction",
    "Reset": "reset",
    "UnlockConnector": "unlock_connector",
    # FirmwareManagement
    "GetDiagnostics": "get_diagnostics",
    "UpdateFirmware": "update_firmware",
    # LocalAuthListManagement
    "GetLocalListVersion": "get_local_list_version",
    "SendLocalList": "send_local_list",
    # Reservation
    "CancelReservation": "cancel_reservation",
    "ReserveNow": "reserve_now",
    # SmartCharging
    "ClearChargingProfile": "clear_charging_profile",
    "GetCompositeSchedule": "get_composite_schedule",
    "SetChargingProfile": "set_charging_profile",
    # RemoteTrigger
    "TriggerMessage": "trigger_message",
}


def handler_for(action):
    """The handle(cp, payload) function of action, or None if the charger does not support it."""
    name = HANDLERS.get(action)
    if name is None:
        return None
    return __import__("firmware.operations." + name, None, None, ("handle",)).handle


def release(action):
    """The CALL of action is done: under MicroPython, drop its module (the GC frees it)."""
    name = HANDLERS.get(action)
    if name is None or not IS_MICROPYTHON:
        return
    sys.modules.pop(__name__ + "." + name, None)
    if name in globals():
        del globals()[name]


def connector_arg(cp, payload, allow_zero=False):
    """payload["connectorId"] if that connector exists (or is 0 and allow_zero), else None."""
    cid = payload["connectorId"]
    if not isinstance(cid, int):
        raise TypeError("connectorId must be an integer")
    if cid == 0 and allow_zero:
        return 0
    if cp.connector(cid) is None:
        return None
    return cid
