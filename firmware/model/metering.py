"""Meter values: sampled values of the configured measurands, periodic samples during a
transaction (journaled) and clock-aligned samples. The energy register itself is
`firmware.metering.Meter`, one per connector."""

from firmware import compat
from firmware.compat import asyncio


class MeteringService:
    def __init__(self, cp):
        self.cp = cp

    def sample(self, c, measurands, context):
        m = c.meter
        hal = self.cp.hal
        out = []
        for name in measurands:
            if name == "Energy.Active.Import.Register":
                out.append(_value(str(m.register_wh()), name, "Wh"))
            elif name == "Power.Active.Import":
                out.append(_value("%.1f" % m.power_w, name, "W"))
            elif name == "Current.Import":
                for i in range(m.phases):
                    out.append(_value("%.2f" % m.amps[i], name, "A", phase="L%d" % (i + 1)))
            elif name == "Voltage":
                for i in range(m.phases):
                    out.append(_value("%.1f" % m.volts[i], name, "V", phase="L%d-N" % (i + 1)))
            elif name == "Current.Offered":
                out.append(_value("%.1f" % c.pilot.limit_a, name, "A"))
            elif name == "SoC":
                soc = hal.soc(c.id)
                if soc is not None:
                    out.append(_value("%d" % int(soc), name, "Percent", location="EV"))
            elif name == "Temperature":
                t = hal.temperature(c.id)
                if t is not None:
                    out.append(_value("%.1f" % t, name, "Celsius", location="Body"))
        for sv in out:
            sv["context"] = context
        return out

    def meter_values(self, c, measurands, context, ts=None):
        """A MeterValues payload for connector c."""
        payload = {
            "connectorId": c.id,
            "meterValue": [
                {
                    "timestamp": compat.iso_from_unix(ts or compat.unix_time()),
                    "sampledValue": self.sample(c, measurands, context),
                }
            ],
        }
        if c.tx is not None:
            payload["transactionId"] = c.tx.get("id") or 0
        return payload

    def restart_intervals(self):
        """MeterValueSampleInterval changed: the next periodic sample is one interval from now."""
        for c in self.cp.connectors:
            c.last_sample_ms = compat.ticks_ms()

    async def loop(self):
        cp = self.cp
        config = cp.config
        last_aligned = None
        while True:
            now = compat.ticks_ms()
            interval = config.get("MeterValueSampleInterval")
            for c in cp.connectors:
                if c.tx is not None and interval:
                    if compat.ticks_diff(now, c.last_sample_ms) >= interval * 1000:
                        c.last_sample_ms = now
                        payload = self.meter_values(
                            c, config.list("MeterValuesSampledData"), "Sample.Periodic"
                        )
                        cp.journal.append("MeterValues", payload, c.tx["local"])
                        cp.requests.wake.set()
            aligned = config.get("ClockAlignedDataInterval")
            if aligned:
                t = compat.unix_time()
                slot = int(t // aligned)
                if last_aligned is not None and slot != last_aligned:
                    for c in cp.connectors:
                        payload = self.meter_values(
                            c, config.list("MeterValuesAlignedData"), "Sample.Clock", slot * aligned
                        )
                        if c.tx is not None:
                            cp.journal.append("MeterValues", payload, c.tx["local"])
                        else:
                            cp.requests.enqueue("MeterValues", payload)
                    cp.requests.wake.set()
                last_aligned = slot
            await asyncio.sleep(0.2)


def _value(value, measurand, unit, phase=None, location=None):
    sv = {"value": value, "measurand": measurand, "unit": unit}
    if phase:
        sv["phase"] = phase
    if location:
        sv["location"] = location
    return sv
