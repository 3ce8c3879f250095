"""One execution and one encoding of an event per distinct operation (api/fanout.py), with every
subscriber still getting exactly its own selection under its own operation id."""

from __future__ import annotations

from typing import Any

from api import fanout
from api.relay import encode_id
from domain import events as ev
from tests.helpers.auth import make_user
from tests.realtime.gql_ws import GqlWs, wait_until
from tests.realtime.test_subscriptions import make_charger, meter_event

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
        for sub in admin_subs:  # an admin's first event: the subscription is in place
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
