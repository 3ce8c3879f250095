"""hal/esp32.py with MOCKED `machine`/`esp32` modules (real ESP32 pins cannot run here).

Checks the parts that are logic rather than hardware: pilot burst min/max to volts, duty to
PWM duty_u16, boot with the relay open, button edges, the OTA block writer, the LCD byte protocol.
"""

import sys
import types
from typing import Any

import pytest


class FakePin:
    OUT, IN, PULL_UP = 1, 0, 2

    def __init__(self, n, mode=None, pull=None, value=None):
        self.n = n
        self.v = value if value is not None else 1

    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v


class FakePWM:
    def __init__(self, pin, freq=0, duty_u16=0):
        self.freq = freq
        self.duty = duty_u16

    def duty_u16(self, d):
        self.duty = d


class FakeADC:
    ATTN_11DB = 3
    samples: dict[int, list[int]] = {}

    def __init__(self, pin):
        self.pin = pin.n
        self.i = 0

    def atten(self, a):
        pass

    def read_u16(self):
        seq = FakeADC.samples.get(self.pin, [32768])
        self.i += 1
        return seq[self.i % len(seq)]


class FakeI2C:
    def __init__(self, *a, **kw):
        self.writes = []

    def scan(self):
        return [0x27]

    def writeto(self, addr, data):
        self.writes.append(bytes(data))


class FakePartition:
    RUNNING = 0
    written: dict[int, bytes] = {}
    boot_set = False
    valid = False

    def __init__(self, which):
        pass

    def get_next_update(self):
        return self

    def writeblocks(self, n, buf):
        FakePartition.written[n] = bytes(buf)

    def set_boot(self):
        FakePartition.boot_set = True

    @staticmethod
    def mark_app_valid_cancel_rollback():
        FakePartition.valid = True


@pytest.fixture
def esp32_hal(monkeypatch, tmp_path):
    import time

    machine: Any = types.ModuleType("machine")
    machine.Pin, machine.PWM, machine.ADC, machine.I2C = FakePin, FakePWM, FakeADC, FakeI2C
    machine.reset = lambda: None
    machine.soft_reset = lambda: None
    esp32: Any = types.ModuleType("esp32")
    esp32.Partition = FakePartition
    monkeypatch.setitem(sys.modules, "machine", machine)
    monkeypatch.setitem(sys.modules, "esp32", esp32)
    if not hasattr(time, "ticks_us"):
        monkeypatch.setattr(time, "ticks_us", lambda: int(time.monotonic() * 1e6), raising=False)
        monkeypatch.setattr(time, "ticks_ms", lambda: int(time.monotonic() * 1e3), raising=False)
        monkeypatch.setattr(time, "ticks_diff", lambda a, b: a - b, raising=False)
        monkeypatch.setattr(time, "sleep_ms", lambda ms: None, raising=False)
    sys.modules.pop("firmware.hal.esp32", None)
    from firmware import config
    from firmware.hal import esp32 as hal_esp32

    cfg = config.make(store_dir=str(tmp_path))
    yield hal_esp32, hal_esp32.Esp32Hal(cfg)
    sys.modules.pop("firmware.hal.esp32", None)


def test_boot_relay_open_and_pilot_steady_plus_12(esp32_hal):
    _, hal = esp32_hal
    assert hal.relay.value() == 0
    assert hal.pwm.freq == 1000 and hal.pwm.duty == 65535


def test_duty_to_pwm(esp32_hal):
    _, hal = esp32_hal
    hal.set_pilot(1, 53.33)
    assert hal.pwm.duty == int(53.33 * 65535 / 100)
    hal.set_pilot(1, 0.0)
    assert hal.pwm.duty == 0  # state F: -12 V
    hal.set_pilot(1, 100.0)
    assert hal.pwm.duty == 65535


def test_pilot_burst_returns_min_and_max_in_volts(esp32_hal):
    _, hal = esp32_hal
    # +6 V high phase and -12 V low phase through the divider (offset 1650 mV, 7.8 mV/V scale)
    hi = int((6 / 0.0078 + 1650) * 65535 / 3300)
    lo = int((-12 / 0.0078 + 1650) * 65535 / 3300)
    FakeADC.samples[34] = [hi, lo, lo, lo, lo, lo, lo]
    high, low = hal.pilot_burst(1)
    assert high == pytest.approx(6, abs=0.1) and low == pytest.approx(-12, abs=0.1)


def test_button_press_is_an_edge(esp32_hal):
    _, hal = esp32_hal
    assert hal.buttons() == []
    hal.btn["start"].v = 0
    assert hal.buttons() == ["start"]
    assert hal.buttons() == []  # held, not pressed again


def test_ota_writer_fills_4k_blocks_and_pads(esp32_hal):
    _, hal = esp32_hal
    FakePartition.written = {}
    hal.ota_begin(0)
    hal.ota_write(b"a" * 5000)
    hal.ota_write(b"b" * 4000)
    assert hal.ota_finish() is True
    assert sorted(FakePartition.written) == [0, 1, 2]
    assert FakePartition.written[2].endswith(b"\xff")
    assert FakePartition.boot_set and hal.ota_pending()
    hal.ota_mark_valid()
    assert not hal.ota_pending()


def test_lcd_writes_lines_once(esp32_hal):
    _, hal = esp32_hal
    i2c = hal.lcd.i2c
    n = len(i2c.writes)
    hal.display(["Hello", "World"])
    assert len(i2c.writes) > n
    n = len(i2c.writes)
    hal.display(["Hello", "World"])
    assert len(i2c.writes) == n  # unchanged lines are not rewritten
