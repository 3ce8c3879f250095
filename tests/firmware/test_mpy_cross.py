"""Every firmware module compiles with mpy-cross (the MicroPython cross-compiler)."""

import os
import subprocess

import pytest

from .conftest import REPO, find_mpy_cross

FIRMWARE = os.path.join(REPO, "firmware")
MODULES = sorted(
    os.path.relpath(os.path.join(d, f), REPO)
    for d, _, files in os.walk(FIRMWARE)
    for f in files
    if f.endswith(".py") and "__pycache__" not in d
)


def test_the_firmware_has_the_expected_modules():
    for name in (
        "compat",
        "pilot",
        "metering",
        "journal",
        "wsclient",
        "ocpp_client",
        "config",
        "lcd",
        "main",
        "simulator",
        "hal/esp32",
        "hal/sim",
        "core/connection",
        "core/requests",
        "core/dispatch",
        "core/errors",
        "model/configuration",
        "model/boot",
        "model/connectors",
        "model/authorization",
        "model/transactions",
        "model/metering",
        "model/smart_charging",
        "model/availability",
        "model/reservations",
        "model/firmware_management",
        "model/display",
        "operations/__init__",
        "tools/measure_ram",
    ):
        assert f"firmware/{name}.py" in MODULES


def test_every_registered_operation_is_compiled():
    from firmware.operations import HANDLERS

    for module in HANDLERS.values():
        assert f"firmware/operations/{module}.py" in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_compiles_with_mpy_cross(module, tmp_path):
    mpy_cross = find_mpy_cross()
    out = tmp_path / "out.mpy"
    r = subprocess.run(
        [mpy_cross, "-o", str(out), module], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 0
