"""Admission lookups of chargers connecting at the same time share one read (AdmissionReader)."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

from tests.ocpp.conftest import register


def _basic(user: str, password: str | None) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def test_concurrent_admissions_are_read_in_one_batch_each_gets_its_own_answer(server: Any) -> None:
    ocpp_server = server.platform.ocpp
    keys = {f"CP-B{i}": await register(server.platform, f"CP-B{i}") for i in range(20)}
    await register(server.platform, "CP-OPEN", profile=0)
    reader = ocpp_server.admissions
    before = reader.batches

    async def admit(cpid: str, password: str | None) -> Any:
        return await ocpp_server.admit(cpid, _basic(cpid, password), tls=False, peer_cn=None, peer_cert=False)

    calls = [admit(cpid, key) for cpid, key in keys.items()]
    calls.append(admit("CP-B0", "wrong-key-0123456789"))  # the same charger twice, bad credentials
    calls.append(admit("CP-NOPE", "x"))  # unknown
    calls.append(admit("CP-OPEN", None))
    results = await asyncio.gather(*calls)
    assert reader.batches - before <= 2
    ids = {r.charger_id for r in results[:20]}
    assert len(ids) == 20 and all(r.registration_status == "Accepted" for r in results[:20])
    assert results[20].status == 401
    assert results[21].status == 404
    assert results[22].registration_status == "Accepted" and results[22].is_public is True
