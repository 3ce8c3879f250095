"""LCD pages, local start/stop buttons, and the one config file."""

import json
from typing import Any

import pytest

from firmware import config, lcd


@pytest.mark.asyncio
async def test_lcd_pages_and_buttons(central_system, charger):
    cs = central_system
    await charger.wait(lambda: charger.hal.lines and "Available" in charger.hal.lines[0], 5, "status page")
    assert len(charger.hal.lines) == 2 and all(len(line) == 16 for line in charger.hal.lines)
    assert charger.hal.lines[1].startswith("online")
    charger.hal.ev(1).plug()
    charger.hal.press("start")  # local start with the configured idTag
    start = await cs.wait_for("StartTransaction", cp="CP1")
    assert start["payload"]["idTag"] == "LOCAL"
    await charger.wait(lambda: "kW" in charger.hal.lines[0], 5, "charging page")
    page = lcd.render(charger.cp, 20, 4)
    assert page[0].startswith("Charging") and "kWh" in page[1] and page[2].startswith("Time")
    charger.hal.press("stop")
    stop = await cs.wait_for("StopTransaction", cp="CP1")
    assert "reason" not in stop["payload"]  # Local
    charger.hal.inject("rcd")
    await charger.wait(lambda: charger.hal.lines[0].startswith("FAULT"), 5, "error page")
    assert charger.hal.lines[1].strip() == "GroundFailure"


def test_config_file_merges_over_defaults(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(
        json.dumps({"charge_point_id": "CP77", "pins": {"relay": 5}, "ocpp": {"HeartbeatInterval": 9}})
    )
    cfg = config.load(str(path))
    assert cfg["charge_point_id"] == "CP77"
    assert cfg["pins"]["relay"] == 5 and cfg["pins"]["pilot_adc"] == 34  # nested merge keeps other pins
    assert cfg["ocpp"] == {"HeartbeatInterval": 9}
    assert cfg["url"] == config.DEFAULTS["url"]
    assert (
        config.load(str(tmp_path / "missing.json"))["charge_point_id"] == config.DEFAULTS["charge_point_id"]
    )


def test_pilot_adc_pin_is_on_adc1():
    # ADC2 cannot be used while Wi-Fi is on: the default pilot and current pins are ADC1 (GPIO 32-39)
    pins: Any = config.DEFAULTS["pins"]
    for p in [pins["pilot_adc"], pins["voltage_adc"], *pins["current_adc"]]:
        assert 32 <= p <= 39
