"""ESP32 hardware backend (MicroPython only).

Pilot: 1 kHz PWM on `pilot_pwm` (through the +-12 V op-amp stage), read back through a divider on an
ADC1 pin (ADC2 is unusable while Wi-Fi is on) as bursts of min/max over two PWM periods. Contactor
relay with an auxiliary feedback contact, RCD trip input and test output, connector lock, two
buttons, an HD44780 LCD on a PCF8574 I2C backpack, and OTA through esp32.Partition.
The same interface as hal/sim.py; connector numbers start at 1 (this board has one connector).
"""

import time

import esp32
import machine
from machine import ADC, I2C, PWM, Pin

from firmware import compat

BLOCK = 4096


class HD44780:
    """HD44780 character LCD in 4-bit mode behind a PCF8574 (P0=RS P1=RW P2=E P3=backlight P4-7=D4-7)."""

    def __init__(self, i2c, addr=0x27, cols=16, rows=2):
        self.i2c = i2c
        self.addr = addr
        self.cols = cols
        self.rows = rows
        self.bl = 0x08
        self.shown = [""] * rows
        time.sleep_ms(50)
        for _ in range(3):
            self._nibble(0x30, 0)
            time.sleep_ms(5)
        self._nibble(0x20, 0)  # 4-bit mode
        self._cmd(0x28)  # 2+ lines, 5x8 font
        self._cmd(0x0C)  # display on, no cursor
        self._cmd(0x06)  # entry mode: increment
        self._cmd(0x01)  # clear
        time.sleep_ms(2)

    def _write(self, b):
        self.i2c.writeto(self.addr, bytes([b | self.bl]))

    def _nibble(self, data, rs):
        b = (data & 0xF0) | rs
        self._write(b | 0x04)
        self._write(b)

    def _byte(self, data, rs):
        self._nibble(data & 0xF0, rs)
        self._nibble((data << 4) & 0xF0, rs)

    def _cmd(self, c):
        self._byte(c, 0)

    def show(self, lines):
        offsets = (0x00, 0x40, self.cols, 0x40 + self.cols)
        for r in range(min(self.rows, len(lines))):
            text = lines[r]
            if text == self.shown[r]:
                continue
            self._cmd(0x80 | offsets[r])
            for ch in text:
                self._byte(ord(ch) if ord(ch) < 128 else 0x3F, 1)
            self.shown[r] = text


class Esp32Hal:
    def __init__(self, cfg):
        pins = cfg["pins"]
        self.cfg = cfg
        self.store = cfg["store_dir"]
        self.reset_requested = None
        self.pwm = PWM(Pin(pins["pilot_pwm"]), freq=1000, duty_u16=65535)  # +12 V steady at boot
        self.duty = 100.0
        self.adc = ADC(Pin(pins["pilot_adc"]))
        self.adc.atten(ADC.ATTN_11DB)
        self.relay = Pin(pins["relay"], Pin.OUT, value=0)  # boot with the contactor open
        self.relay_fb = Pin(pins["relay_feedback"], Pin.IN, Pin.PULL_UP)  # aux contact to GND when closed
        self.rcd = Pin(pins["rcd_trip"], Pin.IN)
        self.rcd_test_pin = Pin(pins["rcd_test"], Pin.OUT, value=0)
        self.lock = Pin(pins["lock"], Pin.OUT, value=0)
        self.btn = {
            "start": Pin(pins["button_start"], Pin.IN, Pin.PULL_UP),
            "stop": Pin(pins["button_stop"], Pin.IN, Pin.PULL_UP),
        }
        self._btn_prev = {"start": 1, "stop": 1}
        self.i_adcs = []
        for p in pins.get("current_adc") or []:
            a = ADC(Pin(p))
            a.atten(ADC.ATTN_11DB)
            self.i_adcs.append(a)
        self.amps_per_mv = cfg.get("ct_amps_per_mv", 0.05)
        self.voltage = cfg["voltage"]
        self.lcd = None
        try:
            i2c = I2C(0, sda=Pin(pins["i2c_sda"]), scl=Pin(pins["i2c_scl"]), freq=100000)
            lc = cfg["lcd"]
            if lc["address"] in i2c.scan():
                self.lcd = HD44780(i2c, lc["address"], lc["cols"], lc["rows"])
        except OSError:
            self.lcd = None
        self._ota = None
        self._ota_buf = None
        self._ota_fill = 0
        self._ota_block = 0
        self._ota_flag = compat.path_join(self.store, "ota.json")

    # --- pilot ------------------------------------------------------------------------------

    def set_pilot(self, c, duty):
        self.duty = duty
        if duty >= 100.0:
            self.pwm.duty_u16(65535)
        elif duty <= 0.0:
            self.pwm.duty_u16(0)
        else:
            self.pwm.duty_u16(int(duty * 65535 / 100))

    def _volts(self, raw_u16):
        mv = raw_u16 * 3300 // 65535
        return (mv - self.cfg["pilot_adc_offset_mv"]) * self.cfg["pilot_adc_scale"]

    def pilot_burst(self, c):
        """Min/max of the pilot over ~2 PWM periods (never single reads timed in software)."""
        adc = self.adc
        lo = 65535
        hi = 0
        t0 = time.ticks_us()
        while time.ticks_diff(time.ticks_us(), t0) < 2200:
            v = adc.read_u16()
            if v > hi:
                hi = v
            if v < lo:
                lo = v
        return self._volts(hi), self._volts(lo)

    # --- contactor, RCD, sensors ------------------------------------------------------------

    def set_relay(self, c, closed):
        self.relay.value(1 if closed else 0)

    def relay_feedback(self, c):
        return self.relay_fb.value() == 0

    def rcd_tripped(self, c):
        return self.rcd.value() == 1

    def rcd_self_test(self):
        """Inject the test current; the RCD module must trip within 300 ms."""
        self.rcd_test_pin.value(1)
        t0 = time.ticks_ms()
        ok = False
        while time.ticks_diff(time.ticks_ms(), t0) < 300:
            if self.rcd.value() == 1:
                ok = True
                break
        self.rcd_test_pin.value(0)
        return ok

    def temperature(self, c):
        try:
            return (esp32.raw_temperature() - 32) / 1.8
        except AttributeError:
            return None

    def currents(self, c):
        out = []
        for a in self.i_adcs:
            lo = 65535
            hi = 0
            t0 = time.ticks_us()
            while time.ticks_diff(time.ticks_us(), t0) < 20000:  # one 50 Hz cycle
                v = a.read_u16()
                if v > hi:
                    hi = v
                if v < lo:
                    lo = v
            peak_mv = (hi - lo) * 3300 / 65535 / 2
            out.append(peak_mv * 0.7071 * self.amps_per_mv)
        while len(out) < 3:
            out.append(0.0)
        return out

    def voltages(self, c):
        return [self.voltage, self.voltage, self.voltage]

    def soc(self, c):
        return None  # not known without ISO 15118

    def unlock(self, c):
        self.lock.value(1)
        time.sleep_ms(300)
        self.lock.value(0)
        return True

    # --- user interface ---------------------------------------------------------------------

    def buttons(self):
        out = []
        for name in self.btn:
            v = self.btn[name].value()
            if v == 0 and self._btn_prev[name] == 1:
                out.append(name)
            self._btn_prev[name] = v
        return out

    def display(self, lines):
        if self.lcd is not None:
            try:
                self.lcd.show(lines)
            except OSError:
                pass

    # --- system -----------------------------------------------------------------------------

    def reset(self, hard):
        self.set_relay(1, False)
        if hard:
            machine.reset()
        machine.soft_reset()

    def ota_begin(self, size):
        self._ota = esp32.Partition(esp32.Partition.RUNNING).get_next_update()
        self._ota_buf = bytearray(BLOCK)
        self._ota_fill = 0
        self._ota_block = 0

    def ota_write(self, chunk):
        mv = memoryview(chunk)
        i = 0
        while i < len(mv):
            n = min(BLOCK - self._ota_fill, len(mv) - i)
            self._ota_buf[self._ota_fill : self._ota_fill + n] = mv[i : i + n]
            self._ota_fill += n
            i += n
            if self._ota_fill == BLOCK:
                self._ota.writeblocks(self._ota_block, self._ota_buf)
                self._ota_block += 1
                self._ota_fill = 0

    def ota_finish(self):
        if self._ota is None or (self._ota_block == 0 and self._ota_fill == 0):
            return False
        if self._ota_fill:
            for j in range(self._ota_fill, BLOCK):
                self._ota_buf[j] = 0xFF
            self._ota.writeblocks(self._ota_block, self._ota_buf)
        try:
            self._ota.set_boot()  # fails if the image does not verify
        except OSError:
            return False
        compat.write_json(self._ota_flag, {"pending": True})
        return True

    def ota_pending(self):
        return bool((compat.read_json(self._ota_flag, None) or {}).get("pending"))

    def ota_mark_valid(self):
        esp32.Partition.mark_app_valid_cancel_rollback()
        compat.write_json(self._ota_flag, {"pending": False})

    def ota_rollback(self):
        compat.write_json(self._ota_flag, {"pending": False, "rolled_back": True})
        machine.reset()  # the bootloader goes back to the previous image (not marked valid)

    def step(self, now_ms):
        pass
