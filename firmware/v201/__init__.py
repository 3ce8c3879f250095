"""OCPP 2.0.1: one module per CALL the central system may send, `translate(dialect, payload)`.

A module turns its 2.0.1 CALL into the operation the charger's model already has (under
`firmware/operations/`) and that operation's answer back into the 2.0.1 answer: it returns
(the model's action, its payload, answer). TRANSLATIONS maps the 2.0.1 action to its module. As for
the operations, a module is imported when its CALL arrives and, under MicroPython, forgotten once
the CALL is answered (`release`), so a station that is never asked for a report or a profile
carries none of that code. `core/ocpp201.py` is the rest of the 2.0.1 core.
"""

import sys

from firmware.compat import IS_MICROPYTHON

TRANSLATIONS = {
    # the minimum: remote start and stop
    "RequestStartTransaction": "request_start_transaction",
    "RequestStopTransaction": "request_stop_transaction",
    # provisioning and availability
    "Reset": "reset",
    "ChangeAvailability": "change_availability",
    "GetVariables": "get_variables",
    "SetVariables": "set_variables",
    "GetBaseReport": "get_base_report",
    # remote control, authorization, data transfer
    "UnlockConnector": "unlock_connector",
    "TriggerMessage": "trigger_message",
    "ClearCache": "clear_cache",
    "DataTransfer": "data_transfer",
    # local list, reservation
    "GetLocalListVersion": "get_local_list_version",
    "SendLocalList": "send_local_list",
    "ReserveNow": "reserve_now",
    "CancelReservation": "cancel_reservation",
    # smart charging, firmware
    "SetChargingProfile": "set_charging_profile",
    "ClearChargingProfile": "clear_charging_profile",
    "GetCompositeSchedule": "get_composite_schedule",
    "UpdateFirmware": "update_firmware",
}

#: 2.0.1 chargingProfilePurpose -> the model's (1.6) name.
PURPOSE_16 = {"ChargingStationMaxProfile": "ChargePointMaxProfile"}


def translator_for(action):
    """The translate(dialect, payload) function of a 2.0.1 action, or None if the station has none."""
    name = TRANSLATIONS.get(action)
    if name is None:
        return None
    return __import__("firmware.v201." + name, None, None, ("translate",)).translate


def release(action):
    """The CALL of action is answered: under MicroPython, drop its module (the GC frees it)."""
    name = TRANSLATIONS.get(action)
    if name is None or not IS_MICROPYTHON:
        return
    # its module, and the variables table the device-model ones import (a translation still in
    # progress holds what it imported from it)
    for n in (name, "variables"):
        sys.modules.pop(__name__ + "." + n, None)
        if n in globals():
            del globals()[n]
