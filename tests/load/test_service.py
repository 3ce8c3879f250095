"""The allocation service over real WebSockets: simulated chargers on a managed site get their limits
as SetChargingProfile frames (the failsafe at boot, a TxProfile per transaction in the unit each
accepts), lowered limits before raised ones, a tapering car's unused current given to the other and
taken back, and a charger that rejects profiles counted at its rating with the site warned."""

from __future__ import annotations

from functools import partial
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from db.models import LoadNode, SiteLoad
from tests.load.conftest import Profiles, iso, limit_of, managed_site, send_current
from tests.ocpp.conftest import connect


async def _start(cp: Any, tag: str) -> int:
    r = await cp.call(call.StartTransaction(connector_id=1, id_tag=tag, meter_start=0, timestamp=iso()))
    await cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"))
    return int(r.transaction_id)


async def test_limits_follow_starts_tapering_and_a_refusing_charger(db_server: Any) -> None:
    server = db_server
    p = server.platform
    prof = Profiles()
    site_id, keys, _ = await managed_site(
        p,
        "Condo",
        40,
        [("LM-A", 32), ("LM-B", 32), ("LM-C", 16)],
        units={"LM-B": "Power"},
        config={"LM-B": {"ChargeProfileMaxStackLevel": "0"}},
        tags=["TAG-A", "TAG-B", "TAG-C"],
    )
    async with (
        connect(server.ocpp_url, "LM-A", keys["LM-A"]) as a,
        connect(server.ocpp_url, "LM-B", keys["LM-B"]) as b,
    ):
        for cp in (a, b):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        # The failsafe: 0 A for a transaction that starts while the platform cannot reach it.
        await prof.wait(
            lambda: bool(prof.of("LM-A", "TxDefaultProfile") and prof.of("LM-B", "TxDefaultProfile"))
        )
        assert prof.last_limit("LM-A", "TxDefaultProfile") == 0
        default = prof.of("LM-B", "TxDefaultProfile")[0]
        assert (
            default["connectorId"] == 0
            and default["csChargingProfiles"]["chargingSchedule"]["chargingRateUnit"] == "W"
        )

        tx_a = await _start(a, "TAG-A")
        await prof.wait(lambda: prof.last_limit("LM-A") == 32)  # alone: its rating
        sent = prof.of("LM-A")[-1]
        assert sent["connectorId"] == 1 and sent["csChargingProfiles"]["transactionId"] == tx_a
        assert sent["csChargingProfiles"]["chargingSchedule"]["chargingRateUnit"] == "A"
        assert sent["csChargingProfiles"]["stackLevel"] == 1

        tx_b = await _start(b, "TAG-B")
        # 20 A each; B takes W: 20 A x 230 V x 3 phases, at the only stack level it has (0).
        await prof.wait(lambda: prof.last_limit("LM-A") == 20 and prof.last_limit("LM-B") == 20 * 230 * 3)
        assert {p["csChargingProfiles"]["stackLevel"] for p in prof.of("LM-B")} == {0}
        assert default["csChargingProfiles"]["stackLevel"] == 0
        lowered = next(i for i, f in enumerate(prof.frames) if f.cpid == "LM-A" and limit_of(f.payload) == 20)
        raised = next(
            i
            for i, f in enumerate(prof.frames)
            if f.cpid == "LM-B" and "transactionId" in f.payload["csChargingProfiles"]
        )
        assert lowered < raised  # A came down before B went up

        # A tapers to 5 A: it keeps 6 (the minimum), B gets the rest (up to its rating).
        await send_current(a, tx_a, 5)
        await prof.wait(lambda: prof.last_limit("LM-A") == 6 and prof.last_limit("LM-B") == 32 * 230 * 3)
        # It draws again: its share comes back.
        await send_current(a, tx_a, 7)
        await prof.wait(lambda: prof.last_limit("LM-A") == 20 and prof.last_limit("LM-B") == 20 * 230 * 3)

        async with connect(server.ocpp_url, "LM-C", keys["LM-C"]) as c:
            prof.refuse.add("LM-C")
            c.answers["SetChargingProfile"] = prof.answerer("LM-C")
            await prof.wait(lambda: bool(prof.of("LM-C", "TxDefaultProfile")))
            await _start(c, "TAG-C")
            # C takes no limits: counted at its 16 A, A and B share the 24 A left.
            await prof.wait(lambda: prof.last_limit("LM-A") == 12 and prof.last_limit("LM-B") == 12 * 230 * 3)
            async with p.sessionmaker() as s:
                site = await s.scalar(select(SiteLoad).where(SiteLoad.site_id == site_id))
                assert site is not None and site.warning and "LM-C" in site.warning
                node = await s.scalar(select(LoadNode).where(LoadNode.name == "LM-C"))
                assert node is not None and node.rejects_profiles
                shares = {x["charge_point_id"]: x for x in site.allocation["shares"]}
                assert shares["LM-C"]["state"] == "fixed" and shares["LM-C"]["limit_a"] == 16

        await b.call(call.StopTransaction(transaction_id=tx_b, meter_stop=100, timestamp=iso()))
        await prof.wait(lambda: prof.last_limit("LM-A") == 24)  # C still counted; B gone
        assert len(prof.of("LM-C")) == 0  # never a TxProfile to the charger that refuses them


def _recorder(prof: Profiles, in_force: dict[str, float], worst: list[float], cpid: str) -> Any:
    """Answers like `prof`, and keeps each charger's TxProfile limit in force and, after each, their
    sum (in `worst`)."""
    record = prof.answerer(cpid)

    def answer(action: str, payload: dict[str, Any]) -> dict[str, Any]:
        if payload["csChargingProfiles"]["chargingProfilePurpose"] == "TxProfile":
            in_force[cpid] = limit_of(payload)
            worst.append(sum(in_force.values()))
        return dict(record(action, payload))

    return answer


async def test_after_a_restart_the_limits_in_force_are_known_and_lowered_first(server_factory: Any) -> None:
    """The platform restarts while two cars charge at 20 A each on 40 A: the chargers keep their
    TxProfiles meanwhile. After the restart one car tapers: the new node knows what is in force (the
    profiles the chargers accepted, as recorded), so it lowers that car before it raises the other,
    even though the first charger is slow to answer."""
    first = await server_factory()
    p = first.platform
    site_id, keys, _ = await managed_site(p, "Depot", 40, [("RS-A", 32), ("RS-B", 32)], tags=["T-A", "T-B"])
    in_force: dict[str, float] = {}
    worst: list[float] = []
    prof = Profiles()

    recorder = partial(_recorder, prof, in_force, worst)

    async with (
        connect(first.ocpp_url, "RS-A", keys["RS-A"]) as a,
        connect(first.ocpp_url, "RS-B", keys["RS-B"]) as b,
    ):
        a.answers["SetChargingProfile"] = recorder("RS-A")
        b.answers["SetChargingProfile"] = recorder("RS-B")
        tx_a = await _start(a, "T-A")
        await _start(b, "T-B")
        await prof.wait(lambda: in_force == {"RS-A": 20, "RS-B": 20})
        await first.close()
    assert in_force == {"RS-A": 20, "RS-B": 20}  # what holds while the platform is down

    second = await server_factory()
    assert second.platform.load_manager.sent == {}
    async with (
        connect(second.ocpp_url, "RS-A", keys["RS-A"]) as a,
        connect(second.ocpp_url, "RS-B", keys["RS-B"]) as b,
    ):
        a.answers["SetChargingProfile"] = recorder("RS-A")
        b.answers["SetChargingProfile"] = recorder("RS-B")
        a.delay["SetChargingProfile"] = 0.5  # a slow charger: a raise sent alongside would land first
        await prof.wait(lambda: len(prof.of("RS-A", "TxDefaultProfile")) == 2)  # the failsafe again
        await send_current(a, tx_a, 5)
        await prof.wait(lambda: in_force == {"RS-A": 6, "RS-B": 32})
    assert max(worst) <= 40, worst
    async with second.platform.sessionmaker() as s:
        site = await s.scalar(select(SiteLoad).where(SiteLoad.site_id == site_id))
        assert site is not None and site.warning is None


async def test_a_limit_sent_before_a_restart_but_never_answered_counts_as_in_force(
    server_factory: Any,
) -> None:
    """The node stops while a charger holds a raised limit whose answer it never recorded (the charger
    took it). After the restart a third car arrives, with nothing else happening first (the chargers
    reconnect without rebooting): the new node counts that limit as possibly in force, so it lowers
    that charger before it raises the new car, and the site never holds more than its 40 A."""
    first = await server_factory()
    p = first.platform
    _, keys, _ = await managed_site(
        p, "Depot", 40, [("UN-A", 32), ("UN-B", 32), ("UN-C", 32)], tags=["T-A", "T-B", "T-C"]
    )
    in_force: dict[str, float] = {}
    worst: list[float] = []
    prof = Profiles()

    recorder = partial(_recorder, prof, in_force, worst)

    async with (
        connect(first.ocpp_url, "UN-A", keys["UN-A"]) as a,
        connect(first.ocpp_url, "UN-B", keys["UN-B"]) as b,
    ):
        a.answers["SetChargingProfile"] = recorder("UN-A")
        b.answers["SetChargingProfile"] = recorder("UN-B")
        await _start(a, "T-A")
        await prof.wait(lambda: in_force == {"UN-A": 32})
        await b.expect("SetChargingProfile")  # its failsafe at boot
        b.delay["SetChargingProfile"] = 2  # it takes its 20 A only after the node has stopped
        await _start(b, "T-B")
        await b.expect("SetChargingProfile")
        await first.close()
        await prof.wait(lambda: in_force == {"UN-A": 20, "UN-B": 20})

    second = await server_factory()
    async with (
        connect(second.ocpp_url, "UN-A", keys["UN-A"], boot=False) as a,
        connect(second.ocpp_url, "UN-B", keys["UN-B"], boot=False) as b,
        connect(second.ocpp_url, "UN-C", keys["UN-C"], boot=False) as c,
    ):
        for cp in (a, b, c):
            cp.answers["SetChargingProfile"] = recorder(cp.id)
            # The chargers reconnect (a boot on each connection) and are slow to take their failsafe:
            # the third car arrives meanwhile, so one pass sees all three sessions.
            cp.delay["SetChargingProfile"] = 1
            await cp.boot()
        for cp in (a, b, c):
            await cp.expect("SetChargingProfile")
        await _start(c, "T-C")
        a.delay["SetChargingProfile"] = c.delay["SetChargingProfile"] = 0
        b.delay["SetChargingProfile"] = 0.5  # slow: a raise sent alongside its lowering lands first
        await prof.wait(lambda: in_force == {"UN-A": 14, "UN-B": 13, "UN-C": 13})
    assert max(worst) <= 40, worst
