"""IEC 61851-1 control pilot: state classification, PWM duty, and the contactor supervisor.

Safety sits in hardware; this module supervises it and reports faults with OCPP error codes.
All timing comes in as `now_ms` arguments so the rules are testable without sleeping.
"""

STATE_A = "A"  # +12 V, no EV
STATE_B = "B"  # +9 V, EV connected, not ready
STATE_C = "C"  # +6 V, EV ready
STATE_D = "D"  # +3 V, EV ready, ventilation required
STATE_E = "E"  # 0 V, pilot shorted / no power
STATE_F = "F"  # -12 V, EVSE unavailable / fault

# OCPP 1.6 ChargePointErrorCode values used by the supervisor
ERR_NONE = "NoError"
ERR_GROUND = "GroundFailure"
ERR_POWER_SWITCH = "PowerSwitchFailure"
ERR_OVER_CURRENT = "OverCurrentFailure"
ERR_HIGH_TEMP = "HighTemperature"
ERR_EV_COMM = "EVCommunicationError"

MIN_CURRENT = 6.0
MAX_CURRENT = 80.0
DUTY_OFF = 100.0  # steady +12 V: no charging allowed
DUTY_F = 0.0  # steady -12 V: state F

CONTROLLED_STOP_MAX_MS = 6000


def duty_for_current(amps):
    """PWM duty (%) advertising `amps`. Below 6 A nothing can be offered: 100 % (no current)."""
    if amps is None or amps < MIN_CURRENT:
        return DUTY_OFF
    if amps > MAX_CURRENT:
        amps = MAX_CURRENT
    if amps <= 51.0:
        return round(amps / 0.6, 2)
    return round(amps / 2.5 + 64.0, 2)


def current_for_duty(duty):
    """Current (A) an EV may draw for a duty (%); 0 for 100 %, None for an invalid duty."""
    if duty >= 100.0:
        return 0.0
    if duty < 8.0:
        return None  # 5 % is digital communication, anything else < 8 % is an error
    if duty <= 10.0:
        return 6.0
    if duty <= 85.0:
        return round(duty * 0.6, 2)
    if duty <= 96.0:
        return round((duty - 64.0) * 2.5, 2)
    if duty <= 97.0:
        return 80.0
    return None


def classify(high, low, pwm_on):
    """State from a burst of pilot samples (volts): `high` = max, `low` = min.

    Returns (state, diode_ok). With PWM on, the low phase must read about -12 V; a missing diode
    (low well above -12 V) means a faulty EV side.
    """
    if high >= 10.5:
        state = STATE_A
    elif high >= 7.5:
        state = STATE_B
    elif high >= 4.5:
        state = STATE_C
    elif high >= 1.5:
        state = STATE_D
    elif high >= -1.5:
        state = STATE_E
    elif high <= -10.0:
        state = STATE_F
    else:
        state = STATE_E
    diode_ok = True
    if pwm_on and state in (STATE_B, STATE_C, STATE_D) and low > -10.5:
        diode_ok = False
    return state, diode_ok


class PilotSupervisor:
    """Drives the pilot PWM and the contactor of one connector from the measured pilot state.

    Inputs each tick: pilot burst (high, low), RCD status, relay feedback, phase currents,
    temperature. The owner sets `authorised`, `limit_a` and calls `controlled_stop()`.
    """

    def __init__(
        self,
        hal,
        connector=1,
        ventilation_available=False,
        overcurrent_grace_ms=5000,
        weld_check_ms=300,
        stop_timeout_ms=CONTROLLED_STOP_MAX_MS,
        max_temp_c=85.0,
        on_event=None,
    ):
        self.hal = hal
        self.connector = connector
        self.ventilation_available = ventilation_available
        self.overcurrent_grace_ms = overcurrent_grace_ms
        self.weld_check_ms = weld_check_ms
        self.stop_timeout_ms = min(stop_timeout_ms, CONTROLLED_STOP_MAX_MS)
        self.max_temp_c = max_temp_c
        self.on_event = on_event
        self.state = STATE_A
        self.diode_ok = True
        self.authorised = False
        self.limit_a = 0.0
        self.duty = DUTY_OFF
        self.relay_closed = False
        self.fault = ERR_NONE
        self.fault_info = ""
        self.stopping_since = None
        self._opened_at = None
        self._over_since = None
        # Boot with the contactor open and the pilot at +12 V (no current offered).
        self._open_relay(None, "boot")
        hal.set_pilot(connector, DUTY_OFF)

    # --- outputs ----------------------------------------------------------------------------

    def _emit(self, kind, info=""):
        if self.on_event is not None:
            self.on_event(self.connector, kind, info)

    def _set_duty(self, duty):
        if duty != self.duty:
            self.duty = duty
            self.hal.set_pilot(self.connector, duty)

    def _open_relay(self, now_ms, reason):
        was_closed = self.relay_closed
        self.hal.set_relay(self.connector, False)
        self.relay_closed = False
        if was_closed:
            self._opened_at = now_ms
            self._emit("relay_open", reason)

    def _close_relay(self):
        if not self.relay_closed:
            self.hal.set_relay(self.connector, True)
            self.relay_closed = True
            self._opened_at = None
            self._emit("relay_closed", "")

    def _set_fault(self, code, info, now_ms):
        if self.fault == code:
            return
        if self.fault == ERR_POWER_SWITCH:
            return  # a welded contactor stays the reported fault until reboot
        self.fault = code
        self.fault_info = info
        self._emit("fault", code)

    # --- commands from the owner ------------------------------------------------------------

    def set_limit(self, amps):
        self.limit_a = amps if amps is not None else 0.0

    def authorise(self, ok=True):
        self.authorised = ok
        if ok:
            self.stopping_since = None

    def controlled_stop(self, now_ms):
        """Pilot to +12 V; the relay opens when the EV goes to B, or after at most 6 s anyway."""
        self.authorised = False
        if self.relay_closed and self.stopping_since is None:
            self.stopping_since = now_ms
        self._set_duty(DUTY_OFF)

    def clear_fault(self):
        """Clear a latched fault that is no longer present (never a welded contactor)."""
        if self.fault in (ERR_NONE, ERR_POWER_SWITCH):
            return False
        self.fault = ERR_NONE
        self.fault_info = ""
        self._emit("fault_cleared", "")
        return True

    @property
    def ev_connected(self):
        return self.state in (STATE_B, STATE_C, STATE_D)

    @property
    def ev_ready(self):
        return self.state in (STATE_C, STATE_D)

    # --- the supervision step ---------------------------------------------------------------

    def tick(self, now_ms):
        hal = self.hal
        c = self.connector
        high, low = hal.pilot_burst(c)
        pwm_on = 0.0 < self.duty < 100.0
        state, diode_ok = classify(high, low, pwm_on)
        prev = self.state
        self.state = state
        self.diode_ok = diode_ok
        if state != prev:
            self._emit("state", prev + state)

        # Residual current: open at once, pilot to F, latch GroundFailure.
        if hal.rcd_tripped(c):
            self._open_relay(now_ms, "rcd")
            self._set_fault(ERR_GROUND, "residual current trip", now_ms)
        # Welded contactor: after opening, feedback must show open.
        if not self.relay_closed and self._opened_at is not None:
            if now_ms - self._opened_at >= self.weld_check_ms:
                if hal.relay_feedback(c):
                    self._set_fault(ERR_POWER_SWITCH, "contactor welded", now_ms)
                self._opened_at = None
        # Over-temperature
        temp = hal.temperature(c)
        if temp is not None and temp > self.max_temp_c:
            self._open_relay(now_ms, "temperature")
            self._set_fault(ERR_HIGH_TEMP, "temperature %.1f C" % temp, now_ms)
        # Pilot short (E) / F measured while we drive PWM / missing diode
        if state == STATE_E or (state == STATE_F and self.duty != DUTY_F) or not diode_ok:
            self._open_relay(now_ms, "pilot")
            self._set_fault(ERR_EV_COMM, "pilot %s diode %s" % (state, diode_ok), now_ms)
        elif self.fault == ERR_EV_COMM and diode_ok:
            self.clear_fault()

        # Over-current beyond the advertised limit, tolerated for a grace period.
        if self.relay_closed and self.stopping_since is None:  # a controlled stop has its own timeout
            amps = hal.currents(c)
            limit = current_for_duty(self.duty) or 0.0
            if amps and max(amps) > limit * 1.1 + 0.5:
                if self._over_since is None:
                    self._over_since = now_ms
                elif now_ms - self._over_since >= self.overcurrent_grace_ms:
                    self._open_relay(now_ms, "overcurrent")
                    self._set_fault(ERR_OVER_CURRENT, "%.1f A > %.1f A" % (max(amps), limit), now_ms)
            else:
                self._over_since = None
        else:
            self._over_since = None

        # Latched faults that clear when the EV is unplugged and the cause is gone.
        if self.fault in (ERR_GROUND, ERR_OVER_CURRENT, ERR_HIGH_TEMP) and state == STATE_A:
            if not hal.rcd_tripped(c) and (temp is None or temp <= self.max_temp_c - 5):
                self.clear_fault()

        if self.fault != ERR_NONE:
            self.authorised = False
            self.stopping_since = None
            self._open_relay(now_ms, "fault")
            cause_gone = not hal.rcd_tripped(c) and (temp is None or temp <= self.max_temp_c - 5)
            if self.fault == ERR_EV_COMM or (self.fault != ERR_POWER_SWITCH and cause_gone):
                # +12 V steady: no current offered, and an unplug (A) becomes visible to clear the fault
                self._set_duty(DUTY_OFF)
            else:
                self._set_duty(DUTY_F)
            return state

        # EV left C/D or the pilot is lost: open at once.
        if self.relay_closed and state not in (STATE_C, STATE_D):
            self._open_relay(now_ms, "ev_left")
            self.stopping_since = None
        if self.relay_closed and state == STATE_D and not self.ventilation_available:
            self._open_relay(now_ms, "ventilation")

        # Controlled stop in progress
        if self.stopping_since is not None:
            self._set_duty(DUTY_OFF)
            if not self.relay_closed:
                self.stopping_since = None
            elif now_ms - self.stopping_since >= self.stop_timeout_ms:
                self._open_relay(now_ms, "stop_timeout")
                self.stopping_since = None
            return state

        if self.authorised and self.limit_a >= MIN_CURRENT and state != STATE_A:
            self._set_duty(duty_for_current(self.limit_a))
            if state == STATE_C or (state == STATE_D and self.ventilation_available):
                self._close_relay()
        elif self.authorised and state != STATE_A:
            # Authorised but the schedule allows no current right now (SuspendedEVSE):
            # stop drawing in a controlled way.
            if self.relay_closed:
                self.stopping_since = now_ms
            self._set_duty(DUTY_OFF)
        else:
            if self.relay_closed:
                self.stopping_since = now_ms
            self._set_duty(DUTY_OFF)
        return state
