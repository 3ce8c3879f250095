"""Simulated hardware: a charger with an EV model, used by the simulator and the tests.

Interface shared with hal/esp32.py (connector numbers start at 1):
  pilot_burst(c) -> (high_v, low_v)     set_pilot(c, duty_pct)      set_relay(c, closed)
  relay_feedback(c) -> bool             rcd_tripped(c) -> bool      temperature(c) -> float|None
  currents(c) -> [A, ...]               voltages(c) -> [V, ...]     unlock(c) -> bool
  soc(c) -> %|None                      buttons() -> list of names  display(lines)
  step(now_ms)                          reset(hard)                 ota_* (firmware update)
"""

from firmware import compat
from firmware.pilot import current_for_duty


class SimEV:
    """An EV: battery, state of charge, charging curve (full current to 80 % SoC, then tapering)."""

    def __init__(self, capacity_kwh=40.0, soc=20.0, max_current=32.0, phases=3, diode=True):
        self.capacity_kwh = capacity_kwh
        self.soc = soc
        self.max_current = max_current
        self.phases = phases
        self.diode = diode
        self.plugged = False
        self.wants_charge = True
        self.ventilation = False
        self.ignore_pwm_off = False  # a sluggish EV that keeps drawing after the pilot goes to +12 V
        self.overdraw_a = 0.0  # draw this much more than offered (over-current fault)
        self.s2_closed = False

    def plug(self):
        self.plugged = True

    def unplug(self):
        self.plugged = False
        self.s2_closed = False

    def curve_current(self):
        if self.soc >= 100.0:
            return 0.0
        if self.soc <= 80.0:
            return self.max_current
        return max(6.0, self.max_current * (100.0 - self.soc) / 20.0)

    def react(self, duty):
        """Close S2 (state C) when charge is offered and wanted; open it when not."""
        offered = current_for_duty(duty)
        if not self.plugged:
            self.s2_closed = False
        elif offered and self.wants_charge and self.soc < 100.0:
            self.s2_closed = True
        elif self.ignore_pwm_off and self.s2_closed and duty >= 100.0:
            pass
        else:
            self.s2_closed = False


class SimConnector:
    def __init__(self, ev):
        self.ev = ev
        self.duty = 100.0
        self.relay_cmd = False
        self.welded = False
        self.contacts_closed = False
        self.rcd_trip = False
        self.pilot_short = False
        self.temp_c = 25.0
        self.lock_fails = False
        self.voltage = 230.0


class SimHal:
    def __init__(self, connectors=1, ev_kwargs=None, time_scale=1.0, store_dir=None):
        self.conns = []
        for _ in range(connectors):
            self.conns.append(SimConnector(SimEV(**(ev_kwargs or {}))))
        self.time_scale = time_scale
        self.power_lost = False
        self.reset_requested = None
        self.pressed = []
        self.lines = []
        self.store_dir = store_dir or "."
        self._last_ms = None
        self.ota_image = None
        self.ota_fail_install = False
        self.ota_state = compat.read_json(compat.path_join(self.store_dir, "sim_ota.json"), None) or {}

    def ev(self, c=1):
        return self.conns[c - 1].ev

    def _c(self, c):
        return self.conns[c - 1]

    # --- pilot and contactor ----------------------------------------------------------------

    def set_pilot(self, c, duty):
        k = self._c(c)
        k.duty = duty
        k.ev.react(duty)

    def pilot_burst(self, c):
        k = self._c(c)
        if self.power_lost or k.pilot_short:
            return 0.0, 0.0
        if k.duty <= 0.0:
            return -12.0, -12.0
        ev = k.ev
        ev.react(k.duty)
        if not ev.plugged:
            high = 12.0
        elif ev.s2_closed:
            high = 3.0 if ev.ventilation else 6.0
        else:
            high = 9.0
        if k.duty >= 100.0:
            return high, high
        low = -12.0 if (ev.diode or not ev.plugged) else -high
        return high, low

    def set_relay(self, c, closed):
        k = self._c(c)
        k.relay_cmd = closed
        if closed:
            k.contacts_closed = True
        elif not k.welded:
            k.contacts_closed = False

    def relay_feedback(self, c):
        return self._c(c).contacts_closed

    def rcd_tripped(self, c):
        return self._c(c).rcd_trip

    def temperature(self, c):
        return self._c(c).temp_c

    def _draw(self, k):
        ev = k.ev
        if not (k.contacts_closed and ev.plugged and ev.s2_closed):
            return 0.0
        offered = current_for_duty(k.duty) or 0.0
        if ev.ignore_pwm_off and k.duty >= 100.0:
            offered = ev.max_current
        return min(offered, ev.curve_current()) + ev.overdraw_a

    def currents(self, c):
        k = self._c(c)
        a = self._draw(k)
        return [a if i < k.ev.phases else 0.0 for i in range(3)]

    def voltages(self, c):
        k = self._c(c)
        v = 0.0 if self.power_lost else k.voltage
        return [v, v, v]

    def soc(self, c):
        ev = self._c(c).ev
        return ev.soc if ev.plugged else None

    def unlock(self, c):
        return not self._c(c).lock_fails

    def step(self, now_ms):
        """Advance the EV battery model."""
        if self._last_ms is None:
            self._last_ms = now_ms
            return
        dt_h = compat.ticks_diff(now_ms, self._last_ms) / 3600000.0 * self.time_scale
        self._last_ms = now_ms
        for k in self.conns:
            a = self._draw(k)
            if a > 0:
                kwh = a * k.voltage * k.ev.phases * dt_h / 1000.0
                k.ev.soc = min(100.0, k.ev.soc + kwh / k.ev.capacity_kwh * 100.0)

    # --- faults -----------------------------------------------------------------------------

    def inject(self, fault, c=1, on=True):
        k = self._c(c)
        if fault == "rcd":
            k.rcd_trip = on
        elif fault == "welded":
            k.welded = on
        elif fault == "pilot_short":
            k.pilot_short = on
        elif fault == "overcurrent":
            k.ev.overdraw_a = 10.0 if on else 0.0
        elif fault == "overtemp":
            k.temp_c = 95.0 if on else 25.0
        elif fault == "lock":
            k.lock_fails = on
        elif fault == "power_loss":
            self.power_lost = on
        else:
            raise ValueError("unknown fault " + fault)

    # --- user interface ---------------------------------------------------------------------

    def press(self, name):
        self.pressed.append(name)

    def buttons(self):
        out = self.pressed
        self.pressed = []
        return out

    def display(self, lines):
        self.lines = list(lines)

    # --- system -----------------------------------------------------------------------------

    def reset(self, hard):
        self.reset_requested = "hard" if hard else "soft"

    def ota_begin(self, size):
        self.ota_image = bytearray()

    def ota_write(self, chunk):
        image = self.ota_image
        if image is None:
            raise OSError("ota_begin() first")
        image.extend(chunk)

    def ota_finish(self):
        """Verify the image and select it for the next boot; False = installation failed."""
        if self.ota_fail_install or not self.ota_image:
            return False
        self.ota_state = {"pending": True, "size": len(self.ota_image)}
        compat.write_json(compat.path_join(self.store_dir, "sim_ota.json"), self.ota_state)
        return True

    def ota_pending(self):
        return bool(self.ota_state.get("pending"))

    def ota_mark_valid(self):
        self.ota_state = {"pending": False}
        compat.write_json(compat.path_join(self.store_dir, "sim_ota.json"), self.ota_state)

    def ota_rollback(self):
        self.ota_state = {"pending": False, "rolled_back": True}
        compat.write_json(compat.path_join(self.store_dir, "sim_ota.json"), self.ota_state)
