"""LCD pages for a 16x2 or 20x4 character display: status, charging (kW, kWh, time), error.

`render(cp, cols, rows)` returns the lines to show; the HAL writes them (HD44780 via PCF8574 on
the ESP32, a list in the simulator). Buttons `start`/`stop` start and stop a local session.
"""

from firmware import compat


def _fmt_time(seconds):
    seconds = int(seconds)
    return "%d:%02d:%02d" % (seconds // 3600, (seconds // 60) % 60, seconds % 60)


def page_for(c):
    if c.pilot.fault != "NoError":
        return "error"
    if c.tx is not None:
        return "charging"
    return "status"


def render(cp, cols=16, rows=2):
    c = cp.connectors[0]
    page = page_for(c)
    if page == "error":
        lines = ["FAULT", c.pilot.fault, c.pilot.fault_info, "Call operator"]
    elif page == "charging":
        kw = c.meter.power_w / 1000.0
        kwh = (c.meter.register_wh() - c.tx["meterStart"]) / 1000.0
        secs = compat.unix_time() - c.tx["start"]
        if cols >= 20:
            lines = [
                "Charging %5.1f kW" % kw,
                "%7.2f kWh" % kwh,
                "Time %s" % _fmt_time(secs),
                "Limit %d A" % int(c.pilot.limit_a),
            ]
        else:
            lines = ["%4.1fkW %6.2fkWh" % (kw, kwh), "%s %dA" % (_fmt_time(secs), int(c.pilot.limit_a))]
    else:
        online = "online" if cp.connected and cp.accepted else "offline"
        lines = [str(c.status or "Starting"), online, cp.id, "Press START"]
    out = []
    for i in range(rows):
        out.append(compat.pad(lines[i] if i < len(lines) else "", cols))
    return out
