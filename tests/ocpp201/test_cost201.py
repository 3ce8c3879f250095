"""I Tariff and cost on a real WebSocket 2.0.1 station that checks every frame against the 2.0.1
schemas: where its device model says it shows tariffs and costs (TariffCostCtrlr.Enabled[Tariff] and
[Cost]), the driver's tariff is the personal message of Authorize and of the transaction's start, the
running cost follows in CostUpdated (TC_I_01) and the billed total in the answer to Ended (TC_I_02); a
station that does not show them gets none of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from db.models import ChargingSession
from tests.money.conftest import credit_wallet, standard_tariff
from tests.ocpp.conftest import register
from tests.ocpp.test_core import add_tag
from tests.ocpp201.conftest import BACKENDS, Station201, connect201, server_on
from tests.ocpp201.test_device_model201 import _send_report, attr, item

CARD = {"idToken": "04C0FFEE", "type": "ISO14443"}


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _event(
    kind: str, seq: int, t: dt.datetime, trigger: str, wh: int | None = None, **extra: Any
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "eventType": kind,
        "timestamp": ts(t),
        "triggerReason": trigger,
        "seqNo": seq,
        "transactionInfo": {"transactionId": "tx-cost", **extra.pop("info", {})},
        **extra,
    }
    if wh is not None:
        context = {"Started": "Transaction.Begin", "Ended": "Transaction.End"}.get(kind, "Sample.Periodic")
        event["meterValue"] = [
            {
                "timestamp": ts(t),
                "sampledValue": [
                    {"value": wh, "context": context, "measurand": "Energy.Active.Import.Register"}
                ],
            }
        ]
    return event


def _controller(shows: bool) -> list[dict[str, Any]]:
    value = "true" if shows else "false"
    return [
        {
            **item("TariffCostCtrlr", "Enabled", attr(value), data_type="boolean"),
            "variable": {"name": "Enabled", "instance": "Tariff"},
        },
        {
            **item("TariffCostCtrlr", "Enabled", attr(value), data_type="boolean"),
            "variable": {"name": "Enabled", "instance": "Cost"},
        },
        item("TariffCostCtrlr", "Currency", attr("MYR"), data_type="string"),
    ]


async def _session(st: Station201) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
    authorized = await st.call("Authorize", {"idToken": CARD})
    started = await st.call(
        "TransactionEvent",
        _event("Started", 0, t0, "Authorized", 10_000, idToken=CARD, evse={"id": 1, "connectorId": 1}),
    )
    await st.call(
        "TransactionEvent",
        _event(
            "Updated",
            1,
            t0 + dt.timedelta(minutes=10),
            "MeterValuePeriodic",
            14_000,
            info={"chargingState": "Charging"},
        ),
    )
    ended = await st.call(
        "TransactionEvent",
        _event(
            "Ended",
            2,
            t0 + dt.timedelta(minutes=20),
            "StopAuthorized",
            16_000,
            idToken=CARD,
            info={"stoppedReason": "Local"},
        ),
    )
    return authorized, started, ended


@pytest.mark.parametrize("shows", [True, False])
async def test_tc_i_01_i_02_csms_tariff_running_and_final_cost(server: Any, shows: bool) -> None:
    await standard_tariff(server)
    await add_tag(server.platform, CARD["idToken"])
    key = await register(server.platform, "CP-I1")
    async with connect201(server.ocpp_url, "CP-I1", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "Accepted"}
        st.answers["CostUpdated"] = {}
        await st.boot()
        asked = await st.expect("GetBaseReport")
        await _send_report(st, asked["requestId"], [_controller(shows)])
        authorized, started, ended = await _session(st)
        if shows:
            cost = await st.expect("CostUpdated")
        else:
            # The answers are in: the platform decided then; the station received no CostUpdated.
            assert "currentTime" in await st.call("Heartbeat", {})
            received = []
            while not st.received.empty():
                received.append(st.received.get_nowait()[0])
            assert "CostUpdated" not in received
    async with server.platform.sessionmaker() as s:
        tx = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == "tx-cost"))
        assert tx is not None and tx.total_cost_sen is not None
    message = "Standard AC: MYR 1.00/kWh, session fee MYR 1.00"
    if not shows:
        assert "personalMessage" not in authorized["idTokenInfo"]
        assert "personalMessage" not in started["idTokenInfo"]
        assert "totalCost" not in ended
        return
    for answer in (authorized, started):
        assert answer["idTokenInfo"]["personalMessage"] == {
            "format": "UTF8",
            "language": "en",
            "content": message,
        }
    # 4 kWh after 10 minutes: RM 4.00 + RM 1.00 session fee, 8% tax.
    assert cost == {"totalCost": 5.4, "transactionId": "tx-cost"}
    assert ended["totalCost"] == tx.total_cost_sen / 100


UPDATE_PROFILE = """mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { user { locale } errors { code } } }"""


def _languages(default: str, listed: str) -> dict[str, Any]:
    """The station's DisplayMessageCtrlr.Language: its default, and the languages it shows."""
    return item("DisplayMessageCtrlr", "Language", attr(default), data_type="OptionList", valuesList=listed)


async def _driver_card(server: Any, card: str, locale: str | None) -> None:
    """A driver who chose `locale` in the app (through the app's own mutation), holding RFID `card`."""
    from domain import idtags
    from tests.helpers.auth import make_user

    user, token = await make_user(server.platform)
    if locale is not None:
        r = await server.graphql(UPDATE_PROFILE, {"input": {"locale": locale}}, token=token)
        assert r["data"]["updateProfile"]["user"]["locale"] == locale, r
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, user.id, card)
    await credit_wallet(server.platform, user.id, 5000, f"cost-language-{user.id}")


@pytest.mark.parametrize(
    ("station", "driver", "language", "content"),
    [
        # The station shows Malay: the driver who chose Malay reads the tariff in Malay, under the
        # station's own code for it.
        ("en,ms-MY", "ms", "ms-MY", "Standard AC: MYR 1.00/kWh, yuran sesi MYR 1.00"),
        # The station shows English and Malay, not Chinese: its default.
        ("ms,en", "zh", "ms", "Standard AC: MYR 1.00/kWh, yuran sesi MYR 1.00"),
        ("en,zh-Hans", "zh", "zh-Hans", "Standard AC: MYR 1.00/千瓦时, 每次充电费 MYR 1.00"),
        ("en,ms", "en", "en", "Standard AC: MYR 1.00/kWh, session fee MYR 1.00"),
        # A driver who never chose: the station's default.
        ("ms,en", None, "ms", "Standard AC: MYR 1.00/kWh, yuran sesi MYR 1.00"),
        # The station does not say which languages it shows: Malay (Latin script) as chosen.
        (None, "ms", "ms", "Standard AC: MYR 1.00/kWh, yuran sesi MYR 1.00"),
        (None, "zh", "en", "Standard AC: MYR 1.00/kWh, session fee MYR 1.00"),
    ],
)
async def test_tc_i_01_csms_tariff_in_the_drivers_language(
    server: Any, station: str | None, driver: str | None, language: str, content: str
) -> None:
    await _tariff_in_language(server, station, driver, language, content)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_tc_i_01_csms_tariff_in_the_drivers_language_on_both_databases(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    server = await server_on(server_factory, request, backend)
    content = "Standard AC: MYR 1.00/kWh, yuran sesi MYR 1.00"
    await _tariff_in_language(server, "en,ms-MY", "ms", "ms-MY", content)


async def _tariff_in_language(
    server: Any, station: str | None, driver: str | None, language: str, content: str
) -> None:
    """A driver who chose `driver` in the app authorizes and starts on a real 2.0.1 station that shows
    tariffs and reports the languages `station` (comma-separated; None: it does not say)."""
    await standard_tariff(server)
    await _driver_card(server, CARD["idToken"], driver)
    key = await register(server.platform, "CP-I2")
    report = _controller(True)
    if station is not None:
        report.append(_languages(station.split(",")[0], station))
    async with connect201(server.ocpp_url, "CP-I2", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "Accepted"}
        st.answers["CostUpdated"] = {}
        await st.boot()
        asked = await st.expect("GetBaseReport")
        await _send_report(st, asked["requestId"], [report])
        authorized, started, _ = await _session(st)
    for answer in (authorized, started):
        assert answer["idTokenInfo"]["personalMessage"] == {
            "format": "UTF8",
            "language": language,
            "content": content,
        }


def test_every_language_words_every_part_of_a_tariff() -> None:
    from domain import cost_display
    from domain.mail import LOCALES

    assert set(cost_display.TEXTS) == set(LOCALES)
    for words in cost_display.TEXTS.values():
        assert set(words) == set(cost_display.TEXTS["en"])
