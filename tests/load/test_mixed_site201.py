"""A mixed site: an OCPP 1.6 charger and an OCPP 2.0.1 station share one supply. The allocation
service's limits reach the 2.0.1 station as 2.0.1 SetChargingProfile (the failsafe TxDefaultProfile on
evseId 0, a TxProfile naming the station's transactionId), in the rate unit the station says it takes
(SmartChargingCtrlr.RateUnit, read with GetVariables when it boots), and the sum in force stays within
the supply. Both chargers are real WebSocket clients that check every frame against their version's
schemas; then the same with the charger simulator speaking 2.0.1, which obeys the limits."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import func, select

from db.models import ChargerConfiguration, ChargingSession, LoadAllocationChange
from tests.load.conftest import iso, managed_site
from tests.load.test_site_e2e import _idle
from tests.ocpp.conftest import connect
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _charger, _energy, _event

SUPPLY = 40
RATING = 32
VOLTS_3PH = 230 * 3


def _smart_variables(payload: dict[str, Any]) -> dict[str, Any]:
    """The station's SmartChargingCtrlr: rate unit W only, stack levels up to 3."""
    values = {("SmartChargingCtrlr", "RateUnit"): "W", ("SmartChargingCtrlr", "ProfileStackLevel"): "3"}
    out = []
    for d in payload["getVariableData"]:
        value = values.get((d["component"]["name"], d["variable"]["name"]))
        r: dict[str, Any] = {"component": d["component"], "variable": d["variable"]}
        if value is None:
            r["attributeStatus"] = "UnknownVariable"
        else:
            r["attributeStatus"], r["attributeValue"] = "Accepted", value
        out.append(r)
    return {"getVariableResult": out}


class InForce:
    """The limits in force on each charger (amperes per phase), from the profiles they received."""

    def __init__(self) -> None:
        self.default: dict[str, float] = {}
        self.tx: dict[str, tuple[Any, float]] = {}
        self.running: dict[str, Any] = {}
        self.violations: list[str] = []
        self.received = asyncio.Event()

    def total(self) -> float:
        out = 0.0
        for cpid, tx in self.running.items():
            if cpid in self.tx and self.tx[cpid][0] == tx:
                out += self.tx[cpid][1]
            else:
                out += self.default.get(cpid, RATING)
        return out

    def took(self, cpid: str, purpose: str, tx: Any, limit: float) -> None:
        if purpose == "TxProfile":
            self.tx[cpid] = (tx, limit)
        else:
            self.default[cpid] = limit
        if self.total() > SUPPLY + 1e-6:
            self.violations.append(f"{cpid} {purpose} {limit}: {self.total()} A in force")
        self.received.set()

    def answer16(self, cpid: str) -> Any:
        def answer(action: str, payload: dict[str, Any]) -> dict[str, Any]:
            prof = payload["csChargingProfiles"]
            sched = prof["chargingSchedule"]
            assert sched["chargingRateUnit"] == "A"
            self.took(
                cpid,
                prof["chargingProfilePurpose"],
                prof.get("transactionId"),
                sched["chargingSchedulePeriod"][0]["limit"],
            )
            return {"status": "Accepted"}

        return answer

    def answer201(self, cpid: str, frames: list[dict[str, Any]]) -> Any:
        def answer(payload: dict[str, Any]) -> dict[str, Any]:
            frames.append(payload)
            prof = payload["chargingProfile"]
            sched = prof["chargingSchedule"][0]
            assert sched["chargingRateUnit"] == "W"  # what the station said it takes
            watts = sched["chargingSchedulePeriod"][0]["limit"]
            self.took(cpid, prof["chargingProfilePurpose"], prof.get("transactionId"), watts / VOLTS_3PH)
            return {"status": "Accepted"}

        return answer

    async def until(self, pred: Any, timeout: float = 15) -> None:
        async with asyncio.timeout(timeout):
            while not pred():
                self.received.clear()
                await self.received.wait()


async def test_mixed_site_1_6_and_2_0_1_share_the_supply(server: Any) -> None:
    p = server.platform
    lm = p.load_manager
    _, keys, _ = await managed_site(
        p, "Mixed", SUPPLY, [("MIX-16", RATING), ("MIX-201", RATING)], tags=["CAR-16", "CAR-201"]
    )
    force = InForce()
    frames201: list[dict[str, Any]] = []
    async with contextlib.AsyncExitStack() as stack:
        st = await stack.enter_async_context(
            connect201(server.ocpp_url, "MIX-201", keys["MIX-201"], boot=False)
        )
        st.answers["GetVariables"] = _smart_variables
        st.answers["SetChargingProfile"] = force.answer201("MIX-201", frames201)
        assert (await st.boot())["status"] == "Accepted"
        cp = await stack.enter_async_context(connect(server.ocpp_url, "MIX-16", keys["MIX-16"]))
        cp.answers["SetChargingProfile"] = force.answer16("MIX-16")
        await force.until(lambda: len(force.default) == 2)
        await _idle(lm)

        # The station was asked for its smart-charging settings, and its failsafe is 0 W on EVSE 0.
        asked = await st.expect("GetVariables")
        assert {(d["component"]["name"], d["variable"]["name"]) for d in asked["getVariableData"]} == {
            ("SmartChargingCtrlr", "RateUnit"),
            ("SmartChargingCtrlr", "ProfileStackLevel"),
        }
        failsafe = frames201[0]
        assert failsafe["evseId"] == 0
        assert failsafe["chargingProfile"]["chargingProfilePurpose"] == "TxDefaultProfile"
        assert failsafe["chargingProfile"]["chargingSchedule"][0]["chargingSchedulePeriod"][0]["limit"] == 0
        assert force.default == {"MIX-201": 0, "MIX-16": 0}
        mix201 = await _charger(server, "MIX-201")
        async with p.sessionmaker() as s:
            cached = dict(
                (
                    await s.execute(
                        select(ChargerConfiguration.key, ChargerConfiguration.value).where(
                            ChargerConfiguration.charger_id == mix201.id
                        )
                    )
                ).all()
            )
        assert cached["ChargingScheduleAllowedChargingRateUnit"] == "W"

        # Both start: each gets half of the supply.
        now = dt.datetime.now(dt.UTC)
        # No chargingState (so no status change either): the start itself re-allocates the site.
        started = _event(
            "Started",
            "mix-tx-1",
            0,
            now,
            "Authorized",
            idToken={"idToken": "CAR-201", "type": "ISO14443"},
            evse={"id": 1, "connectorId": 1},
            meterValue=_energy(0, now, "Transaction.Begin"),
        )
        assert (await st.call("TransactionEvent", started))["idTokenInfo"]["status"] == "Accepted"
        force.running["MIX-201"] = "mix-tx-1"
        # Within the timeout, well before the service's timer (TICK_S) would re-run the site.
        await force.until(lambda: force.tx.get("MIX-201", (None, 0)) == ("mix-tx-1", RATING), timeout=10)
        r = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="CAR-16", meter_start=0, timestamp=iso())
        )
        force.running["MIX-16"] = tx16 = int(r.transaction_id)
        await force.until(
            lambda: (
                force.tx.get("MIX-201", (None, 0))[0] == "mix-tx-1"
                and force.tx.get("MIX-16", (None, 0))[0] == tx16
            )
        )
        await _idle(lm)
        assert force.tx["MIX-201"][1] + force.tx["MIX-16"][1] <= SUPPLY
        assert force.tx["MIX-201"][1] == force.tx["MIX-16"][1] == SUPPLY / 2
        tx_profile = frames201[-1]
        assert tx_profile["evseId"] == 1
        prof = tx_profile["chargingProfile"]
        assert (prof["chargingProfilePurpose"], prof["transactionId"], prof["stackLevel"]) == (
            "TxProfile",
            "mix-tx-1",
            1,
        )

        # The EV tells its charging needs (ISO 15118): the station gets the session's TxProfile again
        # (the same limit, for the EV's schedule), and the site's history records no change.
        async with p.sessionmaker() as s:
            changes = await s.scalar(select(func.count()).select_from(LoadAllocationChange))
        before = len(frames201)
        needs = {
            "evseId": 1,
            "chargingNeeds": {
                "requestedEnergyTransfer": "AC_three_phase",
                "acChargingParameters": {
                    "energyAmount": 15000,
                    "evMinCurrent": 6,
                    "evMaxCurrent": 32,
                    "evMaxVoltage": 400,
                },
            },
        }
        assert await st.call("NotifyEVChargingNeeds", needs) == {"status": "Accepted"}
        await force.until(lambda: len(frames201) > before)
        await _idle(lm)
        again = frames201[before]["chargingProfile"]
        assert (again["chargingProfilePurpose"], again["transactionId"]) == ("TxProfile", "mix-tx-1")
        assert again["chargingSchedule"] == tx_profile["chargingProfile"]["chargingSchedule"]
        async with p.sessionmaker() as s:
            assert await s.scalar(select(func.count()).select_from(LoadAllocationChange)) == changes

        # The 1.6 car leaves: the 2.0.1 station gets the rest (its rating).
        await cp.call(call.StopTransaction(transaction_id=tx16, meter_stop=1000, timestamp=iso()))
        force.running.pop("MIX-16")
        await force.until(lambda: force.tx["MIX-201"][1] == RATING)
        await _idle(lm)
    assert force.violations == []
    async with p.sessionmaker() as s:
        session = await s.scalar(
            select(ChargingSession).where(ChargingSession.ocpp_transaction_id == "mix-tx-1")
        )
        assert session is not None and session.status == "Active"


async def test_simulated_2_0_1_charger_obeys_the_site_limit(server: Any, tmp_path: Any) -> None:
    """`plagsini simulate --protocol ocpp2.0.1` on a managed site: the station's answers to
    GetVariables (SmartChargingCtrlr.RateUnit A,W) and SetChargingProfile are the firmware's, and its
    pilot follows the limit the platform sends (the supply, below its rating), once a session runs."""
    from tests.helpers.simulator import simulated_charger

    p = server.platform
    _, keys, _ = await managed_site(p, "Sim site", 16, [("SIM201-LM", RATING)], tags=["SIMCAR"])
    async with simulated_charger(
        server, "SIM201-LM", tmp_path / "SIM201-LM", auth_key=keys["SIM201-LM"], protocol="ocpp2.0.1"
    ) as sim:
        answer = await p.gateway.send_command(
            "SIM201-LM", "RemoteStartTransaction", {"idTag": "SIMCAR", "connectorId": 1}
        )
        assert answer == {"status": "Accepted"}
        connector = sim.cp.connector(1)
        async with asyncio.timeout(20):  # each pass of the allocation service sends and awaits its limits
            while connector.tx is None or connector.pilot.limit_a != 16:
                await p.load_manager.changed.wait()
        installed = {
            (e["connectorId"], e["profile"]["chargingProfilePurpose"]) for e in sim.cp.smart.installed
        }
        assert installed == {(0, "TxDefaultProfile"), (1, "TxProfile")}
        tx_profile = next(e["profile"] for e in sim.cp.smart.installed if e["connectorId"] == 1)
        assert tx_profile["transactionId"] == connector.tx["id"]
    async with p.sessionmaker() as s:
        c = await _charger(server, "SIM201-LM")
        unit = await s.scalar(
            select(ChargerConfiguration.value).where(
                ChargerConfiguration.charger_id == c.id,
                ChargerConfiguration.key == "ChargingScheduleAllowedChargingRateUnit",
            )
        )
    assert unit == "A,W"
