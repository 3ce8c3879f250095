"""C ClearCache and D Local authorization list on OCPP 2.0.1 stations: the console's commands build
the same list from the platform's id tags as for 1.6 (domain/commands.py), sent as 2.0.1's
SendLocalList; driven by a real WebSocket 2.0.1 station checking every frame against the schemas."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from db.models import Charger, IdTag
from tests.ocpp.conftest import register
from tests.ocpp.test_operations import cid, op
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _admin


async def _version(server: Any, cpid: str) -> int:
    async with server.platform.sessionmaker() as s:
        return int(await s.scalar(select(Charger.local_list_version).where(Charger.charge_point_id == cpid)))


async def test_tc_d_09_d_01_d_02_d_03_d_04_d_08_csms_local_list(server: Any) -> None:
    admin = await _admin(server)
    key = await register(server.platform, "CP-D01")
    c = await cid(server, "CP-D01")
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    async with server.platform.sessionmaker() as s, s.begin():
        s.add_all(
            [
                IdTag(id_tag="D-PARENT", kind="rfid", status="Accepted"),
                IdTag(id_tag="D-CARD-1", kind="rfid", status="Accepted", parent_id_tag="D-PARENT"),
                IdTag(id_tag="D-CARD-2", kind="rfid", status="Blocked", expires_at=expires),
            ]
        )
    async with connect201(server.ocpp_url, "CP-D01", key) as st:
        # TC_D_09: the station has no list (version 0)
        st.answers["GetLocalListVersion"] = {"versionNumber": 0}
        out = await op(server, admin, "getLocalListVersion", {"chargerId": c})
        assert out["response"] == {"listVersion": 0}
        assert await st.expect("GetLocalListVersion") == {}
        # TC_D_01: Full list from the platform's id tags, version 1
        st.answers["SendLocalList"] = {"status": "Accepted"}
        out = await op(server, admin, "sendLocalList", {"chargerId": c, "updateType": "FULL"})
        assert out["status"] == "Accepted", out
        sent = await st.expect("SendLocalList")
        assert sent["versionNumber"] == 1 and sent["updateType"] == "Full"
        entries = {e["idToken"]["idToken"]: e for e in sent["localAuthorizationList"]}
        assert entries["D-CARD-1"] == {
            "idToken": {"idToken": "D-CARD-1", "type": "Central"},
            "idTokenInfo": {"status": "Accepted", "groupIdToken": {"idToken": "D-PARENT", "type": "Central"}},
        }
        blocked = entries["D-CARD-2"]["idTokenInfo"]
        assert blocked["status"] == "Blocked" and "cacheExpiryDateTime" in blocked
        assert await _version(server, "CP-D01") == 1
        # TC_D_02 / TC_D_03: differential: one changed tag added, one tag gone removed (no idTokenInfo)
        out = await op(
            server,
            admin,
            "sendLocalList",
            {"chargerId": c, "updateType": "DIFFERENTIAL", "idTags": ["D-CARD-1", "D-GONE"]},
        )
        sent = await st.expect("SendLocalList")
        assert sent["versionNumber"] == 2 and sent["updateType"] == "Differential"
        assert sent["localAuthorizationList"][1] == {"idToken": {"idToken": "D-GONE", "type": "Central"}}
        # TC_D_08: the station reports its version
        st.answers["GetLocalListVersion"] = {"versionNumber": 2}
        out = await op(server, admin, "getLocalListVersion", {"chargerId": c})
        assert out["response"] == {"listVersion": 2}
        # a refused list keeps the platform's version
        for status in ("Failed", "VersionMismatch"):
            st.answers["SendLocalList"] = {"status": status}
            out = await op(server, admin, "sendLocalList", {"chargerId": c, "updateType": "FULL"})
            assert out["status"] == status
        assert await _version(server, "CP-D01") == 2
    # TC_D_04: a Full update with no id tags empties the station's list
    async with server.platform.sessionmaker() as s, s.begin():
        for tag in (await s.execute(select(IdTag))).scalars():
            await s.delete(tag)
    async with connect201(server.ocpp_url, "CP-D01", key) as st:
        st.answers["SendLocalList"] = {"status": "Accepted"}
        out = await op(server, admin, "sendLocalList", {"chargerId": c, "updateType": "FULL"})
        assert out["status"] == "Accepted"
        sent = await st.expect("SendLocalList")
        assert sent == {"versionNumber": 3, "updateType": "Full"}


async def test_tc_c_37_c_38_csms_clear_cache(server: Any) -> None:
    admin = await _admin(server)
    key = await register(server.platform, "CP-C37")
    c = await cid(server, "CP-C37")
    async with connect201(server.ocpp_url, "CP-C37", key) as st:
        st.answers["ClearCache"] = {"status": "Accepted"}
        assert (await op(server, admin, "clearCache", {"chargerId": c}))["status"] == "Accepted"
        assert await st.expect("ClearCache") == {}
        st.answers["ClearCache"] = {"status": "Rejected"}
        assert (await op(server, admin, "clearCache", {"chargerId": c}))["status"] == "Rejected"
