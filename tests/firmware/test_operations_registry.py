"""The operation registry (firmware/operations): every CALL the firmware advertises has a handler.

The charger advertises its feature profiles in the read-only key SupportedFeatureProfiles; OCPP 1.6
(edition 2, section 3) lists the messages of each profile. Every message the central system may
send in an advertised profile must have a handler module registered in operations.HANDLERS, and
the running charger must answer it (not with NotImplemented).
"""

import os
import subprocess

from ocpp.messages import MessageType
from ocpp.v16.enums import Action

from firmware import operations
from firmware.model.configuration import KEYS

from .conftest import REPO, find_micropython

# OCPP 1.6 feature profiles: the messages a central system sends to a charge point
PROFILE_ACTIONS = {
    "Core": (
        "ChangeAvailability",
        "ChangeConfiguration",
        "ClearCache",
        "DataTransfer",
        "GetConfiguration",
        "RemoteStartTransaction",
        "RemoteStopTransaction",
        "Reset",
        "UnlockConnector",
    ),
    "FirmwareManagement": ("GetDiagnostics", "UpdateFirmware"),
    "LocalAuthListManagement": ("GetLocalListVersion", "SendLocalList"),
    "Reservation": ("CancelReservation", "ReserveNow"),
    "SmartCharging": ("ClearChargingProfile", "GetCompositeSchedule", "SetChargingProfile"),
    "RemoteTrigger": ("TriggerMessage",),
}
OPERATIONS_DIR = os.path.join(REPO, "firmware", "operations")


def advertised_actions():
    profiles = [p.strip() for p in str(KEYS["SupportedFeatureProfiles"][0]).split(",")]
    assert profiles and all(p in PROFILE_ACTIONS for p in profiles), profiles
    return sorted(a for p in profiles for a in PROFILE_ACTIONS[p])


def test_the_handler_table_is_exactly_the_advertised_actions():
    advertised = advertised_actions()
    missing = sorted(set(advertised) - set(operations.HANDLERS))
    extra = sorted(set(operations.HANDLERS) - set(advertised))
    assert not missing, f"advertised but no handler registered: {missing}"
    assert not extra, f"handler registered for an action no advertised profile has: {extra}"


def test_each_handler_module_is_named_for_its_action_and_every_module_is_registered():
    on_disk = sorted(f[:-3] for f in os.listdir(OPERATIONS_DIR) if f.endswith(".py") and f != "__init__.py")
    assert sorted(operations.HANDLERS.values()) == on_disk
    for action, module in operations.HANDLERS.items():
        assert Action(action).name == module, (
            action,
            module,
        )  # RemoteStartTransaction -> remote_start_transaction
        handle = operations.handler_for(action)
        assert callable(handle) and handle.__module__ == "firmware.operations." + module


def test_an_unknown_action_has_no_handler():
    assert operations.handler_for("BootNotification") is None  # the charger sends it, never receives it
    assert operations.handler_for("NoSuchAction") is None


async def test_the_running_charger_answers_every_advertised_action(central_system, charger):
    """Each advertised CALL, sent with an empty payload, reaches its handler: a CALLRESULT, or a
    CALLERROR for the missing fields; never NotImplemented. An unknown action is NotImplemented."""
    for action in advertised_actions():
        frame = await central_system.call_raw("CP1", action, {})
        if frame[0] == MessageType.CallError:
            assert frame[2] == "OccurenceConstraintViolation", (action, frame)
        else:
            assert frame[0] == MessageType.CallResult and isinstance(frame[2], dict), (action, frame)
    frame = await central_system.call_raw("CP1", "NoSuchAction", {})
    assert frame[0] == MessageType.CallError and frame[2] == "NotImplemented", frame
    received = charger.cp.received
    assert set(advertised_actions()) <= set(received)


MP_IMPORT_ALL = """
import sys
sys.path.insert(0, {repo!r})
from firmware import operations
for action in sorted(operations.HANDLERS):
    handle = operations.handler_for(action)
    print("HANDLER", action, callable(handle))
    operations.release(action)
    assert ("firmware.operations." + operations.HANDLERS[action]) not in sys.modules
print("DONE", len(operations.HANDLERS))
"""


def test_every_handler_module_imports_under_micropython(tmp_path):
    """mpy-cross only checks syntax: import each handler module under the MicroPython unix port,
    and check that release() forgets it again."""
    mp = find_micropython()
    script = tmp_path / "import_all.py"
    script.write_text(MP_IMPORT_ALL.format(repo=REPO))
    r = subprocess.run([mp, str(script)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    for action in operations.HANDLERS:
        assert f"HANDLER {action} True" in r.stdout, r.stdout
    assert f"DONE {len(operations.HANDLERS)}" in r.stdout
