"""The charger's answer to each limit: two real WebSocket chargers on a 32 A site. The history records
whether each SetChargingProfile was accepted, rejected or failed; the limit in force (the allocation,
the driver's "limited by the site", the history's limit before) is the last one the charger accepted;
a charger that rejects a profile is visible in the history and counted at its full rating."""

from __future__ import annotations

import asyncio
from typing import Any

from ocpp.v16 import call

from api.relay import decode_id, encode_id
from db.models import IdTag
from tests.helpers.auth import make_user
from tests.load.conftest import Profiles, iso, limit_of, managed_site, send_current
from tests.ocpp.conftest import connect

HISTORY = """query($s: ID!) { siteLoadHistory(siteId: $s, first: 50) {
  nodes { chargePointId oldLimitA newLimitA reason answer } } }"""
ALLOCATION = """query($s: ID!) { siteLoadAllocation(siteId: $s) {
  shares { chargePointId limitA targetA state } } }"""
LIMIT = """query($id: ID!) { sessionSiteLimit(sessionId: $id) { limitedBySite paused limitA } }"""


async def _history(server: Any, site: str, token: str) -> list[tuple[str, int | None, int, str, str]]:
    r = await server.graphql(HISTORY, {"s": site}, token=token)
    assert "errors" not in r, r
    return [
        (n["chargePointId"], n["oldLimitA"], n["newLimitA"], n["reason"], n["answer"])
        for n in reversed(r["data"]["siteLoadHistory"]["nodes"])
    ]


async def _shares(server: Any, site: str, token: str) -> dict[str, tuple[int, int | None, str]]:
    r = await server.graphql(ALLOCATION, {"s": site}, token=token)
    assert "errors" not in r, r
    return {
        x["chargePointId"]: (x["limitA"], x["targetA"], x["state"])
        for x in r["data"]["siteLoadAllocation"]["shares"]
    }


async def _until(p: Any, check: Any, timeout: float = 15) -> None:
    """Until the async `check()` holds, checked after each allocation pass; TimeoutError after `timeout`."""
    async with asyncio.timeout(timeout):
        while True:
            changed = p.load_manager.changed
            if await check():
                return
            await changed.wait()


async def test_the_limit_in_force_is_the_last_one_the_charger_accepted(db_server: Any) -> None:
    server = db_server
    p = server.platform
    _, admin = await make_user(p, role="admin")
    driver, token = await make_user(p)
    prof = Profiles()
    site_id, keys, _ = await managed_site(
        p, "Depot", 32, [("AN-1", 32), ("AN-2", 32), ("AN-3", 32)], tags=["T2"]
    )
    async with p.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="MINE", kind="rfid", status="Accepted", user_id=driver.id))
    site = encode_id("Site", site_id)

    async def history_is(rows: list[Any]) -> bool:
        return await _history(server, site, admin) == rows

    # AN-3 rejects every profile, its failsafe at boot too: the operator sees it in the history.
    prof.refuse.add("AN-3")
    async with connect(server.ocpp_url, "AN-3", keys["AN-3"]) as three:
        three.answers["SetChargingProfile"] = prof.answerer("AN-3")
        booted = [("AN-3", None, 0, "FAILSAFE", "REJECTED")]
        await _until(p, lambda: history_is(booted))

    def tx_profiles_rejected(action: str, payload: dict[str, Any]) -> Any:
        prof.answerer("AN-2")(action, payload)
        purpose = payload["csChargingProfiles"]["chargingProfilePurpose"]
        return {"status": "Rejected" if purpose == "TxProfile" else "Accepted"}

    async with connect(server.ocpp_url, "AN-1", keys["AN-1"], boot=False) as one:
        one.answers["SetChargingProfile"] = prof.answerer("AN-1")
        await one.boot()
        booted.append(("AN-1", None, 0, "FAILSAFE", "ACCEPTED"))
        await _until(p, lambda: history_is(booted))
        async with connect(server.ocpp_url, "AN-2", keys["AN-2"], boot=False) as two:
            two.answers["SetChargingProfile"] = tx_profiles_rejected  # takes its failsafe, not a TxProfile
            await two.boot()
            booted.append(("AN-2", None, 0, "FAILSAFE", "ACCEPTED"))
            await _until(p, lambda: history_is(booted))

            r = await one.call(
                call.StartTransaction(connector_id=1, id_tag="MINE", meter_start=0, timestamp=iso())
            )
            mine = encode_id("ChargingSession", int(r.transaction_id))
            first = [*booted, ("AN-1", None, 32, "SESSION_STARTED", "ACCEPTED")]
            await _until(p, lambda: history_is(first))
            assert await _shares(server, site, admin) == {"AN-1": (32, 32, "active")}

            # AN-2's session: AN-1 is lowered to 16 A and accepts; AN-2 rejects its 16 A, and again
            # when it goes once more, so it is counted at its full 32 A from then on and AN-1 is
            # paused (0 A) to make room.
            r = await two.call(
                call.StartTransaction(connector_id=1, id_tag="T2", meter_start=0, timestamp=iso())
            )
            theirs = int(r.transaction_id)
            rejected = [
                *first,
                ("AN-1", 32, 16, "SESSION_STARTED", "ACCEPTED"),
                ("AN-2", None, 16, "SESSION_STARTED", "REJECTED"),
                ("AN-2", None, 16, "REJECTED", "REJECTED"),
                ("AN-1", 16, 0, "REJECTED", "ACCEPTED"),
            ]
            await _until(p, lambda: history_is(rejected))
            shares = await _shares(server, site, admin)
            assert shares == {"AN-1": (0, 0, "paused"), "AN-2": (32, 32, "fixed")}
            r = await server.graphql(LIMIT, {"id": mine}, token=token)
            assert r["data"]["sessionSiteLimit"] == {"limitedBySite": True, "paused": True, "limitA": 0}
            r = await server.graphql(
                "query($s: ID!) { siteLoad(siteId: $s) { warning } }", {"s": site}, token=admin
            )
            assert "AN-2" in r["data"]["siteLoad"]["warning"]

            # AN-2 stops. AN-1 answers its next profile with a CALLERROR: the platform allocated 32 A,
            # but 0 A stays in force everywhere until the charger accepts a limit.
            def failing(action: str, payload: dict[str, Any]) -> Any:
                prof.answerer("AN-1")(action, payload)
                return ("error", "InternalError")

            one.answers["SetChargingProfile"] = failing
            await two.call(call.StopTransaction(meter_stop=100, timestamp=iso(), transaction_id=theirs))
            failed = [*rejected, ("AN-1", 0, 32, "SESSION_STOPPED", "FAILED")]
            await _until(p, lambda: history_is(failed))
            assert await _shares(server, site, admin) == {"AN-1": (0, 32, "active")}
            r = await server.graphql(LIMIT, {"id": mine}, token=token)
            assert r["data"]["sessionSiteLimit"] == {"limitedBySite": True, "paused": True, "limitA": 0}

        # Once it accepts the next try (a meter reading makes the next pass), 32 A is in force; the
        # limit before is still the 0 A it last accepted.
        one.answers["SetChargingProfile"] = prof.answerer("AN-1")
        await send_current(one, decode_id(mine, "ChargingSession"), 5.0)
        await _until(p, lambda: history_is([*failed, ("AN-1", 0, 32, "METER_READING", "ACCEPTED")]))
        assert await _shares(server, site, admin) == {"AN-1": (32, 32, "active")}
        r = await server.graphql(LIMIT, {"id": mine}, token=token)
        assert r["data"]["sessionSiteLimit"] == {"limitedBySite": False, "paused": False, "limitA": 32}


async def test_a_transaction_profile_rejected_once_goes_again_and_the_charger_keeps_its_share(
    db_server: Any,
) -> None:
    """A station may reject a TxProfile for a moment (it does not know the transaction yet, or it just
    ended it): the limit goes once more, and a charger that accepts it is neither marked nor counted at
    its full rating."""
    server = db_server
    p = server.platform
    _, admin = await make_user(p, role="admin")
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Kiosk", 32, [("RO-1", 32), ("RO-2", 32)], tags=["T1", "T2"])
    site = encode_id("Site", site_id)
    record = prof.answerer("RO-2")

    def rejects_its_first_tx_profile(action: str, payload: dict[str, Any]) -> Any:
        record(action, payload)
        purpose = payload["csChargingProfiles"]["chargingProfilePurpose"]
        first = purpose == "TxProfile" and len(prof.of("RO-2")) == 1
        return {"status": "Rejected" if first else "Accepted"}

    async with (
        connect(server.ocpp_url, "RO-1", keys["RO-1"]) as one,
        connect(server.ocpp_url, "RO-2", keys["RO-2"]) as two,
    ):
        one.answers["SetChargingProfile"] = prof.answerer("RO-1")
        two.answers["SetChargingProfile"] = rejects_its_first_tx_profile
        await prof.wait(
            lambda: bool(prof.of("RO-1", "TxDefaultProfile") and prof.of("RO-2", "TxDefaultProfile"))
        )
        for cp, tag in ((one, "T1"), (two, "T2")):
            await cp.call(call.StartTransaction(connector_id=1, id_tag=tag, meter_start=0, timestamp=iso()))

        async def both_at_16() -> bool:
            return await _shares(server, site, admin) == {
                "RO-1": (16, 16, "active"),
                "RO-2": (16, 16, "active"),
            }

        await _until(p, both_at_16)
        assert [limit_of(f) for f in prof.of("RO-2")][-2:] == [16, 16]  # the same limit, twice
        rows = [r for r in await _history(server, site, admin) if r[0] == "RO-2" and r[3] != "FAILSAFE"]
        assert [r[4] for r in rows][-2:] == ["REJECTED", "ACCEPTED"], rows
        r = await server.graphql(
            "query($s: ID!) { siteLoad(siteId: $s) { warning nodes { name rejectsProfiles } } }",
            {"s": site},
            token=admin,
        )
        load = r["data"]["siteLoad"]
        assert load["warning"] is None and not any(n["rejectsProfiles"] for n in load["nodes"]), load
