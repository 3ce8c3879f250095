"""H Reservation on OCPP 2.0.1 stations through the domain's reservations (the driver's
reserveConnector / cancelReservation), driven by a real WebSocket 2.0.1 station that checks every
frame against the 2.0.1 schemas. Named by the OCTT 2.0.1 CSMS cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from api.relay import decode_id, encode_id
from db.models import Reservation
from tests.helpers.auth import make_user
from tests.helpers.charging import topup
from tests.ocpp.conftest import register
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _charger, _energy, _event, ts

RESERVE = """mutation($input: ReserveConnectorInput!) { reserveConnector(input: $input) {
  reservation { id status connectorId } errors { code message } } }"""
CANCEL = """mutation($input: CancelReservationInput!) { cancelReservation(input: $input) {
  reservation { id status } errors { code message } } }"""


async def _reserve(server: Any, token: str, charger_pk: int, connector: int = 1) -> dict[str, Any]:
    r = await server.graphql(
        RESERVE,
        {"input": {"chargerId": encode_id("Charger", charger_pk), "connectorId": connector, "minutes": 15}},
        token=token,
    )
    out = r["data"]["reserveConnector"]
    assert out["errors"] == [], r
    return dict(out["reservation"])


async def _status(server: Any, reservation_id: str) -> str:
    async with server.platform.sessionmaker() as s:
        row = await s.get(Reservation, decode_id(reservation_id, "Reservation"))
        assert row is not None
        return row.status


async def test_tc_h_01_h_17_csms_reserve_specific_evse_used_by_the_driver_then_cancel(server: Any) -> None:
    """TC_H_01: the driver reserves EVSE 1 (ReserveNow with evseId, idToken), the station accepts and
    the driver's transaction on it consumes the reservation. TC_H_17: CancelReservation."""
    _, token = await make_user(server.platform)
    await topup(server, token, "20.00", "topup-h01")
    key = await register(server.platform, "CP-H01")
    c = await _charger(server, "CP-H01")
    now = dt.datetime.now(dt.UTC)
    async with connect201(server.ocpp_url, "CP-H01", key) as st:
        st.answers["ReserveNow"] = {"status": "Accepted"}
        st.answers["CancelReservation"] = {"status": "Accepted"}
        await st.status(1, "Available", ts(now))
        reservation = await _reserve(server, token, c.id)
        assert reservation["status"] == "ACCEPTED"
        sent = await st.expect("ReserveNow")
        rid = decode_id(reservation["id"], "Reservation")
        assert sent["id"] == rid and sent["evseId"] == 1 and sent["idToken"]["type"] == "Central"
        assert dt.datetime.fromisoformat(sent["expiryDateTime"]) > now
        await st.status(1, "Reserved", ts(now))
        started = _event(
            "Started",
            "tx-h01",
            0,
            now,
            "Authorized",
            info={"chargingState": "Charging"},
            idToken=sent["idToken"],
            evse={"id": 1, "connectorId": 1},
            reservationId=rid,
            meterValue=_energy(100, now, "Transaction.Begin"),
        )
        answer = await st.call("TransactionEvent", started)
        assert answer["idTokenInfo"]["status"] == "Accepted"
        assert await _status(server, reservation["id"]) == "Used"

        await st.status(2, "Available", ts(now))
        second = await _reserve(server, token, c.id, 2)
        assert second["status"] == "ACCEPTED"
        assert (await st.expect("ReserveNow"))["evseId"] == 2
        r = await server.graphql(CANCEL, {"input": {"reservationId": second["id"]}}, token=token)
        assert r["data"]["cancelReservation"]["errors"] == [], r
        cancel = await st.expect("CancelReservation")
        assert cancel == {"reservationId": decode_id(second["id"], "Reservation")}
        assert await _status(server, second["id"]) == "Cancelled"


async def test_tc_h_07_h_20_csms_station_ends_reservations_with_status_updates(server: Any) -> None:
    """TC_H_07: the reservation expires at the station (ReservationStatusUpdate Expired). TC_H_20: the
    station removes it when its EVSE faults (Removed). The platform stops honouring both; an update
    for a reservation the charger does not hold is answered and changes nothing."""
    _, token = await make_user(server.platform)
    key = await register(server.platform, "CP-H07")
    other_key = await register(server.platform, "CP-H07-OTHER")
    c = await _charger(server, "CP-H07")
    other = await _charger(server, "CP-H07-OTHER")
    now = ts(dt.datetime.now(dt.UTC))
    async with connect201(server.ocpp_url, "CP-H07", key) as st:
        st.answers["ReserveNow"] = {"status": "Accepted"}
        await st.status(1, "Available", now)
        await st.status(2, "Available", now)
        expiring = await _reserve(server, token, c.id, 1)
        removed = await _reserve(server, token, c.id, 2)
        expiring_id = decode_id(expiring["id"], "Reservation")
        removed_id = decode_id(removed["id"], "Reservation")
        update = {"reservationId": expiring_id, "reservationUpdateStatus": "Expired"}
        assert await st.call("ReservationStatusUpdate", update) == {}
        assert await _status(server, expiring["id"]) == "Expired"
        await st.status(2, "Faulted", now)
        update = {"reservationId": removed_id, "reservationUpdateStatus": "Removed"}
        assert await st.call("ReservationStatusUpdate", update) == {}
        assert await _status(server, removed["id"]) == "Cancelled"
    # another charger's station cannot end this charger's reservations
    async with connect201(server.ocpp_url, "CP-H07-OTHER", other_key) as st:
        st.answers["ReserveNow"] = {"status": "Accepted"}
        await st.status(1, "Available", now)
        held = await _reserve(server, token, other.id, 1)
    async with connect201(server.ocpp_url, "CP-H07", key) as st:
        update = {
            "reservationId": decode_id(held["id"], "Reservation"),
            "reservationUpdateStatus": "Removed",
        }
        assert await st.call("ReservationStatusUpdate", update) == {}
        update = {"reservationId": 987_654, "reservationUpdateStatus": "Expired"}
        assert await st.call("ReservationStatusUpdate", update) == {}
    assert await _status(server, held["id"]) == "Accepted"


@pytest.mark.parametrize("status", ["Rejected", "Occupied", "Faulted", "Unavailable"])
async def test_tc_h_22_csms_station_refuses_the_reservation(server: Any, status: str) -> None:
    """TC_H_22: the station answers ReserveNow with a refusal: the driver's reservation is not held."""
    _, token = await make_user(server.platform)
    key = await register(server.platform, "CP-H22")
    c = await _charger(server, "CP-H22")
    async with connect201(server.ocpp_url, "CP-H22", key) as st:
        st.answers["ReserveNow"] = {"status": status}
        await st.status(1, "Available", ts(dt.datetime.now(dt.UTC)))
        reservation = await _reserve(server, token, c.id)
        assert reservation["status"] == status.upper()
        assert "evseId" in await st.expect("ReserveNow")
