"""OCPP 1.6 smart charging: charging profiles, their stacking, and the composite schedule.

The composite limit (amps) of a connector drives the pilot duty.
"""

from firmware import compat

PURPOSE_MAX = "ChargePointMaxProfile"
PURPOSE_DEFAULT = "TxDefaultProfile"
PURPOSE_TX = "TxProfile"


def _ts(s):
    return compat.parse_iso(s) if s else None


class SmartCharging:
    def __init__(
        self, store_dir, voltage=230.0, phases=3, max_profiles=10, max_stack_level=10, max_periods=24
    ):
        self.path = compat.path_join(store_dir, "profiles.json")
        self.voltage = voltage
        self.phases = phases
        self.max_profiles = max_profiles
        self.max_stack_level = max_stack_level
        self.max_periods = max_periods
        self.installed = compat.read_json(self.path, None) or []  # [{"connectorId", "profile"}]

    def _save(self):
        compat.write_json(self.path, self.installed)

    # --- install / clear -------------------------------------------------------------------

    def install(self, connector_id, profile, active_tx_id):
        """SetChargingProfile -> Accepted / Rejected / NotSupported."""
        purpose = profile.get("chargingProfilePurpose")
        level = profile.get("stackLevel", 0)
        sched = profile.get("chargingSchedule") or {}
        periods = sched.get("chargingSchedulePeriod") or []
        if level < 0 or level > self.max_stack_level or not periods or len(periods) > self.max_periods:
            return "Rejected"
        if sched.get("chargingRateUnit") not in ("A", "W"):
            return "Rejected"
        if purpose == PURPOSE_MAX and connector_id != 0:
            return "Rejected"
        if purpose == PURPOSE_TX:
            if connector_id == 0 or active_tx_id is None:
                return "Rejected"
            tid = profile.get("transactionId")
            if tid is not None and tid != active_tx_id:
                return "Rejected"
        if profile.get("chargingProfileKind") == "Recurring" and not profile.get("recurrencyKind"):
            return "Rejected"
        keep = []
        for e in self.installed:
            p = e["profile"]
            same_id = p.get("chargingProfileId") == profile.get("chargingProfileId")
            same_slot = (
                e["connectorId"] == connector_id
                and p.get("chargingProfilePurpose") == purpose
                and p.get("stackLevel") == level
            )
            if not (same_id or same_slot):
                keep.append(e)
        if len(keep) >= self.max_profiles:
            return "Rejected"
        profile["_installed"] = compat.unix_time()
        keep.append({"connectorId": connector_id, "profile": profile})
        self.installed = keep
        self._save()
        return "Accepted"

    def clear(self, profile_id=None, connector_id=None, purpose=None, stack_level=None):
        """ClearChargingProfile -> True when at least one profile was removed."""
        keep = []
        removed = False
        for e in self.installed:
            p = e["profile"]
            if profile_id is not None:
                match = p.get("chargingProfileId") == profile_id
            else:
                match = True
                if connector_id is not None and e["connectorId"] != connector_id:
                    match = False
                if purpose is not None and p.get("chargingProfilePurpose") != purpose:
                    match = False
                if stack_level is not None and p.get("stackLevel") != stack_level:
                    match = False
            if match:
                removed = True
            else:
                keep.append(e)
        if removed:
            self.installed = keep
            self._save()
        return removed

    def end_transaction(self, connector_id):
        """TxProfiles end with their transaction."""
        self.clear(connector_id=connector_id, purpose=PURPOSE_TX)

    # --- evaluation ------------------------------------------------------------------------

    def _schedule_start(self, p, t, tx_start):
        """-> (start, exact). Not exact when the profile gives no start and a fallback is used."""
        sched = p["chargingSchedule"]
        kind = p.get("chargingProfileKind", "Absolute")
        if kind == "Relative":
            return (tx_start if tx_start is not None else t), tx_start is not None
        base = _ts(sched.get("startSchedule")) or _ts(p.get("validFrom"))
        exact = base is not None
        if base is None:
            base = tx_start if tx_start is not None else p.get("_installed", t)
        if kind == "Recurring":
            period = 604800 if p.get("recurrencyKind") == "Weekly" else 86400
            if t >= base:
                base = base + ((t - base) // period) * period
        return base, exact

    def _to_amps(self, limit, unit, phases):
        if unit == "W":
            return limit / (self.voltage * (phases or self.phases))
        return limit

    def _profile_limit(self, p, t, tx_start):
        vf = _ts(p.get("validFrom"))
        vt = _ts(p.get("validTo"))
        if (vf is not None and t < vf) or (vt is not None and t >= vt):
            return None
        start, exact = self._schedule_start(p, t, tx_start)
        sched = p["chargingSchedule"]
        off = t - start
        if off < 0:
            if exact:
                return None
            off = 0  # a profile without a start applies from now

        dur = sched.get("duration")
        if dur is not None and off >= dur:
            return None
        found = None
        for per in sched["chargingSchedulePeriod"]:
            if per["startPeriod"] <= off:
                found = per
        if found is None:
            return None
        return self._to_amps(found["limit"], sched.get("chargingRateUnit", "A"), found.get("numberPhases"))

    def _stack_limit(self, entries, t, tx_start):
        best = None
        best_level = -1
        for e in entries:
            p = e["profile"]
            lim = self._profile_limit(p, t, tx_start)
            if lim is not None and p.get("stackLevel", 0) > best_level:
                best = lim
                best_level = p.get("stackLevel", 0)
        return best

    def _select(self, connector_id, purpose, tx_id=None):
        out = []
        for e in self.installed:
            p = e["profile"]
            if e["connectorId"] == connector_id and p.get("chargingProfilePurpose") == purpose:
                if (
                    purpose == PURPOSE_TX
                    and tx_id is not None
                    and p.get("transactionId") not in (None, tx_id)
                ):
                    continue
                out.append(e)
        return out

    def limit_at(self, connector_id, t, tx_id=None, tx_start=None):
        """Composite limit in amps at unix time t; None = no profile limits this connector."""
        cp_max = self._stack_limit(self._select(0, PURPOSE_MAX), t, tx_start)
        tx_lim = None
        if tx_id is not None or tx_start is not None:
            tx_lim = self._stack_limit(self._select(connector_id, PURPOSE_TX, tx_id), t, tx_start)
        if tx_lim is None:
            tx_lim = self._stack_limit(self._select(connector_id, PURPOSE_DEFAULT), t, tx_start)
        if tx_lim is None:
            tx_lim = self._stack_limit(self._select(0, PURPOSE_DEFAULT), t, tx_start)
        if cp_max is None:
            return tx_lim
        if tx_lim is None:
            return cp_max
        return min(cp_max, tx_lim)

    def _breakpoints(self, start, end, tx_start):
        pts = [start]
        for e in self.installed:
            p = e["profile"]
            for key in ("validFrom", "validTo"):
                v = _ts(p.get(key))
                if v is not None:
                    pts.append(v)
            sched = p["chargingSchedule"]
            kind = p.get("chargingProfileKind", "Absolute")
            starts = [self._schedule_start(p, start, tx_start)[0]]
            if kind == "Recurring":
                period = 604800 if p.get("recurrencyKind") == "Weekly" else 86400
                s = starts[0]
                while s + period < end:
                    s += period
                    starts.append(s)
            for s in starts:
                for per in sched["chargingSchedulePeriod"]:
                    pts.append(s + per["startPeriod"])
                if sched.get("duration") is not None:
                    pts.append(s + sched["duration"])
        out: list = []
        for x in sorted(pts):
            if start <= x < end and (not out or x - out[-1] >= 1):
                out.append(x)
        return out

    def composite(self, connector_id, duration, unit, now, default_amps, tx_id=None, tx_start=None):
        unit = unit or "A"
        end = now + duration
        periods: list = []
        for bp in self._breakpoints(now, end, tx_start):
            lim = self.limit_at(connector_id, bp, tx_id, tx_start)
            if lim is None:
                lim = default_amps
            lim = min(lim, default_amps)
            val = lim * self.voltage * self.phases if unit == "W" else lim
            val = round(val, 1)
            if periods and periods[-1]["limit"] == val:
                continue
            periods.append({"startPeriod": int(bp - now), "limit": val})
        return {
            "duration": int(duration),
            "startSchedule": compat.iso_from_unix(now),
            "chargingRateUnit": unit,
            "chargingSchedulePeriod": periods,
        }
