"""Energy metering: per-phase energy integrated from voltage and current samples.

The energy register is persisted (atomically) so it survives reboots and power loss; at most
`persist_wh` of energy can be lost between two saves.
"""

from firmware import compat


class Meter:
    def __init__(self, path, phases=3, persist_wh=10.0, max_gap_ms=5000):
        self.path = path
        self.phases = phases
        self.persist_wh = persist_wh
        self.max_gap_ms = max_gap_ms
        data = compat.read_json(path, None) or {}
        wh = data.get("wh") or []
        self.phase_wh = [float(x) for x in wh] + [0.0] * (phases - len(wh))
        self.phase_wh = self.phase_wh[:phases]
        self.volts = [0.0] * phases
        self.amps = [0.0] * phases
        self.power_w = 0.0
        self._last_ms = None
        self._saved_wh = self.energy_wh

    @property
    def energy_wh(self):
        total = 0.0
        for x in self.phase_wh:
            total += x
        return total

    def register_wh(self):
        """The integer Energy.Active.Import.Register value (Wh)."""
        return int(self.energy_wh)

    def update(self, now_ms, volts, amps):
        """Integrate P = V * I per phase since the previous sample (rectangle rule on the new sample)."""
        n = self.phases
        power = 0.0
        phase_p = []
        for i in range(n):
            v = volts[i] if i < len(volts) else 0.0
            a = amps[i] if i < len(amps) else 0.0
            self.volts[i] = v
            self.amps[i] = a
            p = v * a
            phase_p.append(p)
            power += p
        if self._last_ms is not None:
            dt = compat.ticks_diff(now_ms, self._last_ms)
            if dt > self.max_gap_ms:
                dt = self.max_gap_ms  # a stalled loop must not invent energy
            if dt > 0:
                for i in range(n):
                    self.phase_wh[i] += phase_p[i] * dt / 3600000.0
        self._last_ms = now_ms
        self.power_w = power
        if self.energy_wh - self._saved_wh >= self.persist_wh:
            self.flush()

    def flush(self):
        compat.write_json(self.path, {"wh": self.phase_wh})
        self._saved_wh = self.energy_wh
