"""IEC 61851 control pilot: duty formula, state classification, and the supervisor's safety rules."""

import pytest

from firmware import pilot
from firmware.hal.sim import SimHal
from firmware.pilot import PilotSupervisor, classify, current_for_duty, duty_for_current

# --- duty formula (reference table: 6-51 A duty = I/0.6, 51-80 A duty = I/2.5 + 64, 100 % = no current)


@pytest.mark.parametrize(
    "amps, duty",
    [
        (6, 10.0),
        (10, 16.67),
        (16, 26.67),
        (32, 53.33),
        (51, 85.0),
        (52, 84.8),
        (60, 88.0),
        (63, 89.2),
        (80, 96.0),
    ],
)
def test_duty_for_current_reference_values(amps, duty):
    assert duty_for_current(amps) == pytest.approx(duty, abs=0.01)


@pytest.mark.parametrize("amps", [0, 0.0, 3, 5.9, None])
def test_below_6a_is_100_percent_no_current(amps):
    assert duty_for_current(amps) == 100.0


def test_above_80a_is_clamped_to_96_percent():
    assert duty_for_current(100) == 96.0


@pytest.mark.parametrize(
    "duty, amps",
    [
        (100, 0.0),
        (8, 6.0),
        (9, 6.0),
        (10, 6.0),
        (16.67, 10.0),
        (50, 30.0),
        (85, 51.0),
        (90, 65.0),
        (96, 80.0),
    ],
)
def test_current_for_duty(duty, amps):
    assert current_for_duty(duty) == pytest.approx(amps, abs=0.01)


@pytest.mark.parametrize("duty", [0, 3, 5, 7.9])
def test_duty_below_8_percent_is_not_a_current(duty):
    assert current_for_duty(duty) is None  # 5 % = digital communication, < 8 % error


def test_decoded_current_never_exceeds_the_allowed_current():
    # The two bands of the formula overlap between 51 A and 52.5 A (e.g. 52 A -> 84.8 %, read back as
    # 50.88 A): the EV is then told slightly less, never more.
    for tenth in range(60, 801):
        a = tenth / 10
        got = current_for_duty(duty_for_current(a))
        assert got <= a + 0.01
        assert got >= a - 1.5


# --- classification from burst min/max ----------------------------------------------------------


@pytest.mark.parametrize(
    "high, state",
    [(12, "A"), (11.2, "A"), (9, "B"), (8.1, "B"), (6, "C"), (5.2, "C"), (3, "D"), (0, "E"), (-12, "F")],
)
def test_classify_states(high, state):
    assert classify(high, -12.0, True)[0] == state


def test_diode_check_fails_without_negative_low_phase():
    assert classify(6.0, -12.0, True) == ("C", True)
    assert classify(6.0, -6.0, True) == ("C", False)
    # with a steady +12 V (no PWM) there is no low phase to check
    assert classify(9.0, 9.0, False) == ("B", True)


# --- supervisor ---------------------------------------------------------------------------------


def make(connectors=1, **kw):
    hal = SimHal(connectors)
    events = []
    sup = PilotSupervisor(hal, 1, on_event=lambda c, k, i: events.append((k, i)), **kw)
    return hal, sup, events


def test_boot_with_relay_open_and_no_current_offered():
    hal = SimHal(1)
    hal.conns[0].contacts_closed = True
    hal.conns[0].relay_cmd = True
    sup = PilotSupervisor(hal, 1)
    assert hal.conns[0].relay_cmd is False
    assert hal.conns[0].duty == 100.0
    assert not sup.relay_closed


def test_relay_closes_only_in_c_when_authorised():
    hal, sup, _ = make()
    ev = hal.ev(1)
    sup.set_limit(16)
    sup.tick(0)
    assert sup.state == "A" and not sup.relay_closed
    ev.plug()
    sup.tick(100)
    assert sup.state == "B" and not sup.relay_closed and sup.duty == 100.0  # not authorised: +12 V
    sup.authorise(True)
    sup.tick(200)  # PWM on -> EV answers with C
    assert sup.duty == pytest.approx(26.67, abs=0.01)
    sup.tick(300)
    assert sup.state == "C" and sup.relay_closed
    assert hal.currents(1)[0] == pytest.approx(16.0)


def test_not_authorised_ev_in_c_never_gets_the_relay():
    hal, sup, _ = make()
    hal.ev(1).plug()
    hal.ev(1).s2_closed = True
    hal.ev(1).ignore_pwm_off = True
    sup.set_limit(32)
    for t in range(0, 1000, 100):
        sup.tick(t)
    assert not sup.relay_closed


def _charging(**kw):
    hal, sup, events = make(**kw)
    hal.ev(1).plug()
    sup.set_limit(16)
    sup.authorise(True)
    sup.tick(0)
    sup.tick(100)
    assert sup.relay_closed
    return hal, sup, events


def test_ev_leaving_c_opens_relay_at_once():
    hal, sup, events = _charging()
    hal.ev(1).wants_charge = False  # EV goes to B
    hal.ev(1).react(sup.duty)
    sup.tick(200)
    assert sup.state == "B" and not sup.relay_closed
    assert ("relay_open", "ev_left") in events


def test_unplug_opens_relay_at_once():
    hal, sup, _ = _charging()
    hal.ev(1).unplug()
    sup.tick(200)
    assert sup.state == "A" and not sup.relay_closed


def test_pilot_lost_opens_relay_and_reports():
    hal, sup, events = _charging()
    hal.inject("pilot_short")
    sup.tick(200)
    assert sup.state == "E" and not sup.relay_closed
    assert sup.fault == pilot.ERR_EV_COMM
    hal.inject("pilot_short", on=False)
    sup.tick(300)
    assert sup.fault == pilot.ERR_NONE  # clears when the pilot is back


def test_missing_diode_is_a_fault():
    hal, sup, _ = make()
    hal.ev(1).diode = False
    hal.ev(1).plug()
    sup.set_limit(16)
    sup.authorise(True)
    sup.tick(0)
    sup.tick(100)
    assert not sup.diode_ok and not sup.relay_closed and sup.fault == pilot.ERR_EV_COMM


def test_controlled_stop_opens_when_ev_goes_to_b():
    hal, sup, _ = _charging()
    sup.controlled_stop(1000)
    assert sup.duty == 100.0 and sup.relay_closed is True  # still closed until the EV reacts
    sup.tick(1100)  # the EV sees +12 V and opens S2 -> B
    assert sup.state == "B" and not sup.relay_closed


def test_controlled_stop_forces_relay_open_after_6_s():
    hal, sup, events = _charging()
    hal.ev(1).ignore_pwm_off = True  # a sluggish EV keeps drawing in C
    sup.controlled_stop(1000)
    sup.tick(1100)
    sup.tick(6999)
    assert sup.relay_closed
    sup.tick(7000)
    assert not sup.relay_closed
    assert ("relay_open", "stop_timeout") in events


def test_stop_timeout_can_be_shorter_but_never_longer_than_6_s():
    _, sup, _ = make(stop_timeout_ms=60000)
    assert sup.stop_timeout_ms == 6000


def test_welded_relay_is_power_switch_failure_and_stays():
    hal, sup, _ = _charging(weld_check_ms=300)
    hal.inject("welded")
    hal.ev(1).unplug()
    sup.tick(1000)
    assert not sup.relay_closed
    sup.tick(1200)
    assert sup.fault == pilot.ERR_NONE
    sup.tick(1300)
    assert sup.fault == pilot.ERR_POWER_SWITCH
    assert sup.clear_fault() is False
    sup.tick(5000)
    assert sup.fault == pilot.ERR_POWER_SWITCH
    sup.authorise(True)
    hal.ev(1).plug()
    sup.tick(5100)
    assert not sup.authorised  # a faulted supervisor refuses to charge


def test_rcd_trip_opens_relay_sets_f_and_reports_ground_failure():
    hal, sup, events = _charging()
    hal.inject("rcd")
    sup.tick(200)
    assert not sup.relay_closed
    assert sup.fault == pilot.ERR_GROUND
    assert hal.conns[0].duty == 0.0  # pilot to F (-12 V)
    assert ("fault", "GroundFailure") in events
    # latched until the EV is unplugged and the RCD is reset
    sup.tick(250)
    assert hal.conns[0].duty == 0.0  # stays F while the RCD is tripped
    hal.inject("rcd", on=False)
    sup.tick(300)
    assert sup.fault == pilot.ERR_GROUND
    assert hal.conns[0].duty == 100.0 and not sup.relay_closed  # +12 V: waits for the unplug
    hal.ev(1).unplug()
    sup.tick(400)
    assert sup.fault == pilot.ERR_NONE


def test_over_current_beyond_limit_stops_after_grace():
    hal, sup, _ = _charging(overcurrent_grace_ms=5000)
    hal.inject("overcurrent")  # draws 10 A more than offered
    sup.tick(1000)
    sup.tick(5999)
    assert sup.relay_closed
    sup.tick(6000)
    assert not sup.relay_closed and sup.fault == pilot.ERR_OVER_CURRENT


def test_over_temperature_stops():
    hal, sup, _ = _charging()
    hal.inject("overtemp")
    sup.tick(200)
    assert not sup.relay_closed and sup.fault == pilot.ERR_HIGH_TEMP


def test_state_d_needs_ventilation():
    hal, sup, _ = make(ventilation_available=False)
    hal.ev(1).ventilation = True
    hal.ev(1).plug()
    sup.set_limit(16)
    sup.authorise(True)
    sup.tick(0)
    sup.tick(100)
    assert sup.state == "D" and not sup.relay_closed
    hal, sup, _ = make(ventilation_available=True)
    hal.ev(1).ventilation = True
    hal.ev(1).plug()
    sup.set_limit(16)
    sup.authorise(True)
    sup.tick(0)
    sup.tick(100)
    assert sup.state == "D" and sup.relay_closed


def test_limit_below_6a_suspends_with_100_percent():
    hal, sup, _ = _charging()
    sup.set_limit(3)
    sup.tick(200)
    assert sup.duty == 100.0
    sup.tick(300)
    assert not sup.relay_closed  # EV went to B on +12 V
    sup.set_limit(10)
    sup.tick(400)
    sup.tick(500)
    assert sup.duty == pytest.approx(16.67, abs=0.01) and sup.relay_closed
