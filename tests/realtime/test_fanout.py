"""One execution and one encoding of an event per distinct operation (api/fanout.py), with every
subscriber still getting exactly its own selection under its own operation id."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest

from api import fanout
from api.relay import encode_id
from domain import events as ev
from tests.helpers.auth import make_user
from tests.realtime.gql_ws import GqlWs, SubscriptionEnded, server_socket, wait_until
from tests.realtime.test_subscriptions import make_charger, make_session, meter_event

SAME = "subscription($c: ID) { meterValues(chargerId: $c) { energyWh powerW } }"
OTHER_SELECTION = "subscription($c: ID) { meterValues(chargerId: $c) { energyWh soc lagged } }"


async def test_identical_subscriptions_share_one_execution_and_frame(server: Any) -> None:
    p = server.platform
    _, token = await make_user(p, role="admin")
    charger_pk = await make_charger(p, "CP-FAN")
    channel = ev.charger_meter("CP-FAN")
    async with (
        GqlWs(server.ws_url, token=token) as a,
        GqlWs(server.ws_url, token=token) as b,
        GqlWs(server.ws_url, token=token) as c,
    ):
        same = [await ws.subscribe(SAME, {"c": "CP-FAN"}) for ws in (a, b, c)]
        # The same document with other variables (the charger's global ID instead of its raw key), and
        # another selection: neither is shared with the above.
        by_global_id = await a.subscribe(SAME, {"c": encode_id("Charger", charger_pk)})
        other = await b.subscribe(OTHER_SELECTION, {"c": "CP-FAN"})
        await wait_until(lambda: p.bus.subscriber_count(channel) == 5)

        executed_before = fanout.results.misses
        shared_before = fanout.results.hits
        encoded_before = fanout.frames.misses
        p.bus.publish_local(channel, meter_event("CP-FAN", None, 4242.0))

        for sub in same:
            payload = await sub.next()
            assert payload == {"data": {"meterValues": {"energyWh": 4242.0, "powerW": 7200.0}}}
        assert (await by_global_id.data("meterValues")) == {"energyWh": 4242.0, "powerW": 7200.0}
        assert (await other.data("meterValues")) == {"energyWh": 4242.0, "soc": 55.0, "lagged": 0}

        # Three operations differ (document, or variables): three executions; the two other
        # identical subscribers reuse the first one's result and its encoded frame.
        assert fanout.results.misses - executed_before == 3
        assert fanout.results.hits - shared_before == 2
        assert fanout.frames.misses - encoded_before == 3

        # Each subscriber's frames still carry its own operation id: completing one leaves the others.
        await same[0].complete()
        await wait_until(lambda: p.bus.subscriber_count(channel) == 4)
        p.bus.publish_local(channel, meter_event("CP-FAN", None, 4243.0))
        for sub in same[1:]:
            assert (await sub.data("meterValues"))["energyWh"] == 4243.0


async def test_shared_mapping_keeps_admin_and_driver_views_apart(server: Any) -> None:
    """The same document from an admin and a driver maps to two payloads (the driver's without the
    admin-only fields), so sharing never hands one viewer's result to the other."""
    p = server.platform
    _, admin_token = await make_user(p, role="admin")
    _, driver_token = await make_user(p)
    await make_charger(p, "CP-FAN-VIEW")
    q = 'subscription { chargerStatus(chargerId: "CP-FAN-VIEW") { availability status errorCode } }'
    channel = ev.charger_status("CP-FAN-VIEW")
    async with (
        GqlWs(server.ws_url, token=admin_token) as admins,
        GqlWs(server.ws_url, token=driver_token) as drivers,
    ):
        admin_subs = [await admins.subscribe(q) for _ in range(2)]
        driver_subs = [await drivers.subscribe(q) for _ in range(2)]
        await wait_until(lambda: p.bus.subscriber_count(channel) == 4)
        for sub in admin_subs + driver_subs:  # the first event: the subscription is in place
            first = await sub.data("chargerStatus")
            assert first == {"availability": None, "status": None, "errorCode": None}
        shared_before = fanout.results.hits
        p.bus.publish_local(
            channel,
            {
                "type": "connector",
                "charge_point_id": "CP-FAN-VIEW",
                "connector_id": 1,
                "status": "SuspendedEV",
                "error_code": "NoError",
                "is_public": True,
            },
        )
        for sub in admin_subs:
            assert (await sub.data("chargerStatus")) == {
                "availability": "Occupied",
                "status": "SuspendedEV",
                "errorCode": "NoError",
            }
        for sub in driver_subs:
            assert (await sub.data("chargerStatus")) == {
                "availability": "Occupied",
                "status": None,
                "errorCode": None,
            }
        assert fanout.results.hits - shared_before == 2  # one per view


METER_Q = """subscription($c: ID, $s: ID) { meterValues(chargerId: $c, sessionId: $s) {
  chargePointId connectorId sessionId energyWh powerW soc currentA { phase value } lagged } }"""


async def test_direct_delivery_gives_each_viewer_what_they_may_see(server: Any) -> None:
    """Two drivers' sessions on one charger and an admin watching the charger: the events reach the
    node's dispatcher once, and each subscriber still gets exactly what it may see, written straight
    to its socket (the subscribers' tasks are idle)."""
    p = server.platform
    _, admin_token = await make_user(p, role="admin")
    driver_a, token_a = await make_user(p)
    driver_b, token_b = await make_user(p)
    cid = await make_charger(p, "CP-FAN-AUTH")
    sid_a = await make_session(p, cid, driver_a.id)
    sid_b = await make_session(p, cid, driver_b.id)
    channel = ev.charger_meter("CP-FAN-AUTH")
    async with (
        GqlWs(server.ws_url, token=admin_token) as admin,
        GqlWs(server.ws_url, token=token_a) as a,
        GqlWs(server.ws_url, token=token_b) as b,
    ):
        whole = await admin.subscribe(METER_Q, {"c": "CP-FAN-AUTH"})
        own_a = await a.subscribe(METER_Q, {"s": str(sid_a)})
        own_b = await b.subscribe(METER_Q, {"s": str(sid_b)})
        # Driver B also asks for A's session with A's document and variables, and for the charger's
        # stream with the admin's: refused at subscribe time, as before.
        for variables, code in (({"s": str(sid_a)}, "NOT_FOUND"), ({"c": "CP-FAN-AUTH"}, "FORBIDDEN")):
            refused = await b.subscribe(METER_Q, variables)
            payload = await refused.next()
            assert {err["extensions"]["code"] for err in payload["errors"]} == {code}
            with pytest.raises(SubscriptionEnded):
                await refused.next()
        await wait_until(lambda: p.bus.subscriber_count(channel) == 3)

        written = fanout.direct_counts["written"]
        events = ((1.0, sid_a, driver_a.id), (2.0, sid_b, driver_b.id), (3.0, sid_a, driver_a.id))
        for energy, sid, uid in events:
            p.bus.publish_local(channel, meter_event("CP-FAN-AUTH", sid, energy, uid))
        # One of B's sessions published with A as its user (e.g. a session handed over): B does not see it.
        p.bus.publish_local(channel, meter_event("CP-FAN-AUTH", sid_b, 4.0, driver_a.id))
        p.bus.publish_local(channel, meter_event("CP-FAN-AUTH", sid_b, 5.0, driver_b.id))

        assert [(await whole.data("meterValues"))["energyWh"] for _ in range(5)] == [1, 2, 3, 4, 5]
        got_a = [await own_a.data("meterValues") for _ in range(2)]
        assert [g["energyWh"] for g in got_a] == [1.0, 3.0]
        assert {g["sessionId"] for g in got_a} == {encode_id("ChargingSession", sid_a)}
        # Frames arrive in order, so B's next two are its own events and nothing of A's came between.
        assert [(await own_b.data("meterValues"))["energyWh"] for _ in range(2)] == [2.0, 5.0]
        # Nine frames (the admin's 5, A's 2, B's 2) went straight to the sockets.
        assert fanout.direct_counts["written"] - written == 9
        assert own_a.queue.empty() and own_b.queue.empty() and whole.queue.empty()


async def test_direct_frames_reach_clients_with_and_without_compression(server: Any) -> None:
    """A direct frame reaches a client that negotiated permessage-deflate (as browsers do: the shared
    part compressed once for every subscriber) and one that did not; a strict client reads both, at
    each size of the frame's length (under 126 bytes, up to 64 KiB, over it)."""
    p = server.platform
    _, token = await make_user(p, role="admin")
    await make_charger(p, "CP-FAN-FRAME")
    channel = ev.charger_meter("CP-FAN-FRAME")
    small = "subscription($c: ID) { meterValues(chargerId: $c) { energyWh } }"
    large = "subscription($c: ID) { meterValues(chargerId: $c) { energyWh currentA { phase value } } }"
    async with (
        GqlWs(server.ws_url, token=token) as deflate,
        GqlWs(server.ws_url, token=token, compression=None) as plain,
    ):
        (compressing,) = deflate.ws.protocol.extensions
        # Each message is compressed afresh, both ways (one compression of an event for all
        # subscribers; no compressor or decompressor kept per connection).
        assert type(compressing).__name__ == "PerMessageDeflate"
        assert compressing.remote_no_context_takeover and compressing.local_no_context_takeover
        assert plain.ws.protocol.extensions == []
        subs = [
            await ws.subscribe(q, {"c": "CP-FAN-FRAME"}) for ws in (deflate, plain) for q in (small, large)
        ]
        await wait_until(lambda: p.bus.subscriber_count(channel) == 4)
        written = fanout.direct_counts["written"]
        for phases in (1, 100, 3000):  # the large frame: ~0.1, ~3 and ~90 KB
            event = meter_event("CP-FAN-FRAME", None, float(phases))
            event["values"] += [
                {"measurand": "Current.Import", "phase": f"L{i}", "unit": "A", "value": 1.5}
                for i in range(phases)
            ]
            p.bus.publish_local(channel, event)
            for sub in subs:
                got = await sub.data("meterValues")
                assert got["energyWh"] == float(phases)
                if "currentA" in got:
                    assert len(got["currentA"]) == phases + 1
        assert fanout.direct_counts["written"] - written == 12


async def test_a_slow_subscriber_lags_and_a_fast_one_on_the_same_channel_does_not(server: Any) -> None:
    p = server.platform
    _, token = await make_user(p, role="admin")
    await make_charger(p, "CP-FAN-SLOW")
    channel = ev.charger_meter("CP-FAN-SLOW")
    async with (
        GqlWs(server.ws_url, token=token) as fast_ws,
        GqlWs(server.ws_url, token=token, rcvbuf=4096) as slow_ws,
    ):
        fast = await fast_ws.subscribe(METER_Q, {"c": "CP-FAN-SLOW"})
        await wait_until(lambda: p.bus.subscriber_count(channel) == 1)
        (fast_sub,) = p.bus._subscribers[channel]
        slow = await slow_ws.subscribe(METER_Q, {"c": "CP-FAN-SLOW"})
        await wait_until(lambda: p.bus.subscriber_count(channel) == 2)
        slow_sub = next(s for s in p.bus._subscribers[channel] if s is not fast_sub)

        # Small kernel buffers on both ends (else loopback takes megabytes before pushing back).
        server_socket(slow_ws).setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        slow_ws.pause_reading()
        sent = 0
        fast_lagged = 0

        async def publish(count: int) -> None:
            """`count` events in chunks, each read by the fast client before the next is published,
            so the fast socket never holds more than a chunk."""
            nonlocal sent, fast_lagged
            for _ in range(max(1, count // 20)):
                for _ in range(20):
                    p.bus.publish_local(channel, meter_event("CP-FAN-SLOW", None, float(sent)))
                    sent += 1
                while True:
                    got = await fast.data("meterValues")
                    fast_lagged += got["lagged"]
                    if got["energyWh"] == sent - 1:
                        break

        # Until the slow socket pushes back and its events queue on the bus, then well past its bound.
        async with asyncio.timeout(60):
            while not len(slow_sub):
                await publish(100)
        assert fanout.direct_counts["declined"] > 0
        await publish(ev.LATEST_VALUE_QUEUE * 3)
        assert len(slow_sub) <= ev.LATEST_VALUE_QUEUE
        assert fast_lagged == 0 and fast_sub.total_dropped == 0

        slow_ws.resume_reading()
        received: list[int] = []
        lagged = 0
        while not received or received[-1] != sent - 1:
            got = await slow.data("meterValues")
            received.append(int(got["energyWh"]))
            lagged += got["lagged"]
        assert lagged > 0 and lagged == slow_sub.total_dropped
        assert lagged + len(received) == sent
        assert received == sorted(received)
