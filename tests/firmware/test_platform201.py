"""The firmware speaking OCPP 2.0.1 under the real MicroPython unix port against the running platform:
boot (with the GetBaseReport the platform asks a new station for, answered in NotifyReports), a remote
start from the platform's command port (RequestStartTransaction), periodic readings (TransactionEvent
Updated), a remote stop (RequestStopTransaction) and the session Completed with its energy; every
frame answered, none refused. The 2.0.1 translation of each CALL and the operation it became are
released once answered: after the transaction none of them stays imported (firmware/README.md, "RAM").
The live heap per stage is printed (`-s`)."""

from typing import Any

from sqlalchemy import select

from db.models import ChargingSession, OcppMessage
from domain import chargers

from .ram_platform import CPID, measure, prepare, resident

#: A heap the unix port's run fits in with room to spare (the smallest is in firmware/README.md).
HEAP_KIB = 320


async def test_micropython_2_0_1_station_charges_on_the_platform_and_releases_its_translations(
    server: Any,
) -> None:
    await prepare(server)
    stages, out = await measure(server, HEAP_KIB, "ocpp2.0.1")
    assert stages is not None, "\n".join(out[-30:])
    print(stages)
    modules = resident(out)
    assert modules is not None, out
    transient = [m for m in modules if m.startswith(("firmware.operations.", "firmware.v201."))]
    assert transient == [], transient
    await server.platform.ocpp.message_log.flush()
    async with server.platform.sessionmaker() as s:
        charger = await chargers.get_by_cpid(s, CPID)
        assert charger is not None and charger.ocpp_version == "2.0.1"
        session = await s.scalar(select(ChargingSession).where(ChargingSession.charger_id == charger.id))
        assert session is not None
        assert session.status == "Completed" and session.stop_reason == "Remote"
        assert (session.energy_wh or 0) > 0
        refused = (
            await s.execute(
                select(OcppMessage.action, OcppMessage.error_code).where(
                    OcppMessage.charger_id == CPID, OcppMessage.message_type == 4
                )
            )
        ).all()
        assert refused == []
        actions = set(
            (
                await s.scalars(
                    select(OcppMessage.action).where(
                        OcppMessage.charger_id == CPID, OcppMessage.direction == "in"
                    )
                )
            ).all()
        )
    assert {"BootNotification", "StatusNotification", "NotifyReport", "TransactionEvent"} <= actions
