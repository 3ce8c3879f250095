"""A Security on OCPP 2.0.1 stations: the operator's key rotation (the console's ChangeConfiguration
AuthorizationKey, as for 1.6) becomes SetVariables SecurityCtrlr.BasicAuthPassword; the station
reconnects with the new password, or keeps the old one when it refuses (TC_A_09, TC_A_10)."""

from __future__ import annotations

from typing import Any

import pytest
import websockets
from sqlalchemy import select

from db.models import OcppMessage
from tests.ocpp.conftest import register
from tests.ocpp.test_operations import cid, op
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _admin

NEW_KEY = "A1B2C3D4E5F6A7B8C9D0" * 2  # 40 hex digits: the password text the station is given


async def _refused(server: Any, cpid: str, key: str) -> None:
    with pytest.raises(websockets.exceptions.InvalidStatus) as e:
        async with connect201(server.ocpp_url, cpid, key):
            pass
    assert e.value.response.status_code == 401


@pytest.mark.parametrize("answer", ["Accepted", "Rejected"])
async def test_tc_a_09_a_10_csms_basic_auth_password_rotation(server: Any, answer: str) -> None:
    admin = await _admin(server)
    old_key = await register(server.platform, "CP-A09")
    c = await cid(server, "CP-A09")
    async with connect201(server.ocpp_url, "CP-A09", old_key) as st:
        st.answers["SetVariables"] = lambda p: {
            "setVariableResult": [
                {"attributeStatus": answer, "component": d["component"], "variable": d["variable"]}
                for d in p["setVariableData"]
            ]
        }
        out = await op(
            server,
            admin,
            "changeConfiguration",
            {"chargerId": c, "key": "AuthorizationKey", "value": NEW_KEY},
        )
        assert out["status"] == answer, out
        sent = await st.expect("SetVariables")
        assert sent["setVariableData"] == [
            {
                "attributeValue": NEW_KEY,
                "component": {"name": "SecurityCtrlr"},
                "variable": {"name": "BasicAuthPassword"},
            }
        ]
    if answer == "Accepted":  # TC_A_09: the station reconnects with the new password
        async with connect201(server.ocpp_url, "CP-A09", NEW_KEY) as st:
            assert (await st.boot())["status"] == "Accepted"
        await _refused(server, "CP-A09", old_key)
    else:  # TC_A_10: refused by the station, the old password stays the one that works
        async with connect201(server.ocpp_url, "CP-A09", old_key) as st:
            assert (await st.boot())["status"] == "Accepted"
        await _refused(server, "CP-A09", NEW_KEY)
    # the secret never reaches the message log
    await server.platform.ocpp.message_log.flush()
    async with server.platform.sessionmaker() as s:
        payloads = (
            await s.execute(select(OcppMessage.payload).where(OcppMessage.charger_id == "CP-A09"))
        ).scalars()
        assert not any(NEW_KEY in p for p in payloads)
