# ruff: noqa: E501 - GraphQL documents read best on one line
"""The driver API of the app's second round: the start minimum from the server (`wallet.minimumToStart`),
the user's language (`locale`, which the mails follow) and favourite / recently used stations, each
driver seeing and changing only their own."""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import FavouriteCharger, User
from domain import favourites, mail
from domain.errors import InvalidInput, NotFound
from tests.driver_api.conftest import add_charger, add_session
from tests.helpers.auth import make_user

MINIMUM = "{ wallet { balance { amount } minimumToStart { amount currency } minimumTopUp { amount } maximumTopUp { amount } } }"
SET_MINIMUM = (
    """mutation($i: UpdatePlatformSettingsInput!) { updatePlatformSettings(input: $i) { errors { code } } }"""
)
LOCALE = """mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { user { locale } errors { code field } } }"""
ME = "{ me { locale } }"
STAR = """mutation($cp: String!, $on: Boolean!) { setFavouriteStation(input: {chargePointId: $cp, favourite: $on}) { favourite station { chargePointId } errors { code } } }"""
MINE = "{ myFavouriteStations { chargePointId } myRecentStations(first: 5) { chargePointId } }"
REQUEST_CODE = (
    """mutation($i: RequestEmailCodeInput!) { requestEmailCode(input: $i) { sent errors { code field } } }"""
)


async def test_minimum_to_start_is_the_platform_setting_in_force(server_factory: Any) -> None:
    server = await server_factory(min_balance_sen=1000)
    _, driver = await make_user(server.platform)
    _, admin = await make_user(server.platform, role="admin")
    r = await server.graphql(MINIMUM, token=driver)
    assert r["data"]["wallet"]["minimumToStart"] == {"amount": "10.00", "currency": "MYR"}
    assert r["data"]["wallet"]["minimumTopUp"] == {"amount": "1.00"}
    assert Decimal(r["data"]["wallet"]["maximumTopUp"]["amount"]) > 1
    r = await server.graphql(SET_MINIMUM, {"i": {"minimumBalance": "12.50"}}, token=admin)
    assert r["data"]["updatePlatformSettings"]["errors"] == []
    r = await server.graphql(MINIMUM, token=driver)
    assert r["data"]["wallet"]["minimumToStart"]["amount"] == "12.50"
    r = await server.graphql(MINIMUM)
    assert r["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_locale_is_set_by_the_driver_and_checked(server_factory: Any) -> None:
    server = await server_factory()
    user, driver = await make_user(server.platform)
    assert (await server.graphql(ME, token=driver))["data"]["me"] == {"locale": None}
    r = await server.graphql(LOCALE, {"i": {"locale": "ms"}}, token=driver)
    assert r["data"]["updateProfile"] == {"user": {"locale": "ms"}, "errors": []}
    r = await server.graphql(LOCALE, {"i": {"locale": "klingon"}}, token=driver)
    assert r["data"]["updateProfile"]["errors"] == [{"code": "INVALID_INPUT", "field": "locale"}]
    # Changing the name leaves the language alone.
    r = await server.graphql(LOCALE, {"i": {"name": "Mei Ling"}}, token=driver)
    assert r["data"]["updateProfile"]["user"]["locale"] == "ms"
    async with server.platform.sessionmaker() as s:
        assert (await s.get(User, user.id)).locale == "ms"  # type: ignore[union-attr]


async def test_code_mail_in_the_apps_language_and_the_accounts_own(
    server_factory: Any, smtp_server: Any
) -> None:
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    r = await server.graphql(REQUEST_CODE, {"i": {"email": "baru@example.my", "locale": "ms"}})
    assert r["data"]["requestEmailCode"] == {"sent": True, "errors": []}
    msg = await smtp_server.wait_for_message(to="baru@example.my", timeout=15)
    text = msg.get_payload(0).get_payload(decode=True).decode()
    assert "Gunakan kod ini untuk mengesahkan alamat e-mel anda" in text
    r = await server.graphql(REQUEST_CODE, {"i": {"email": "x@example.my", "locale": "fr"}})
    assert r["data"]["requestEmailCode"]["errors"] == [{"code": "INVALID_INPUT", "field": "locale"}]
    # An existing account's own language wins over the app's: the "you already have an account" mail.
    user, token = await make_user(server.platform, email="ada@example.my")
    await server.graphql(LOCALE, {"i": {"locale": "zh"}}, token=token)
    r = await server.graphql(REQUEST_CODE, {"i": {"email": "ada@example.my", "locale": "en"}})
    assert r["data"]["requestEmailCode"]["sent"] is True
    msg = await smtp_server.wait_for_message(to="ada@example.my", timeout=15)
    assert "此邮箱地址已有 PlagSini 账户" in msg.get_payload(0).get_payload(decode=True).decode()


async def test_favourites_and_recent_are_each_drivers_own(server_factory: Any) -> None:
    server = await server_factory()
    a, token_a = await make_user(server.platform)
    b, token_b = await make_user(server.platform)
    pk1 = await add_charger(server.platform, "FAV-1", 3.1, 101.6)
    await add_charger(server.platform, "FAV-2", 3.2, 101.7)
    await add_charger(server.platform, "FAV-HIDDEN", 3.2, 101.7, public=False)
    pk3 = await add_charger(server.platform, "FAV-3", 3.3, 101.8)

    r = await server.graphql(STAR, {"cp": "FAV-1", "on": True}, token=token_a)
    assert r["data"]["setFavouriteStation"] == {
        "favourite": True,
        "station": {"chargePointId": "FAV-1"},
        "errors": [],
    }
    # Idempotent: starring again keeps one row.
    await server.graphql(STAR, {"cp": "FAV-1", "on": True}, token=token_a)
    await server.graphql(STAR, {"cp": "FAV-2", "on": True}, token=token_a)
    # A private or unknown charger cannot be starred.
    for cp in ("FAV-HIDDEN", "NOPE"):
        r = await server.graphql(STAR, {"cp": cp, "on": True}, token=token_a)
        assert r["data"]["setFavouriteStation"]["errors"] == [{"code": "NOT_FOUND"}]
    # Recent: from the driver's own sessions, newest first, each charger once.
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    await add_session(server.platform, pk1, a.id, started=t0)
    await add_session(server.platform, pk3, a.id, started=t0 + dt.timedelta(days=1))
    await add_session(server.platform, pk1, a.id, started=t0 + dt.timedelta(days=2))
    await add_session(server.platform, pk3, b.id, started=t0 + dt.timedelta(days=3))

    mine = (await server.graphql(MINE, token=token_a))["data"]
    assert [s["chargePointId"] for s in mine["myFavouriteStations"]] == ["FAV-2", "FAV-1"]
    assert [s["chargePointId"] for s in mine["myRecentStations"]] == ["FAV-1", "FAV-3"]
    theirs = (await server.graphql(MINE, token=token_b))["data"]
    assert theirs == {"myFavouriteStations": [], "myRecentStations": [{"chargePointId": "FAV-3"}]}
    # B unstarring A's favourite changes nothing of A's.
    await server.graphql(STAR, {"cp": "FAV-1", "on": False}, token=token_b)
    assert len((await server.graphql(MINE, token=token_a))["data"]["myFavouriteStations"]) == 2
    r = await server.graphql(STAR, {"cp": "FAV-1", "on": False}, token=token_a)
    assert r["data"]["setFavouriteStation"]["favourite"] is False
    mine = (await server.graphql(MINE, token=token_a))["data"]
    assert [s["chargePointId"] for s in mine["myFavouriteStations"]] == ["FAV-2"]
    r = await server.graphql(MINE)
    assert r["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    r = await server.graphql("{ myRecentStations(first: 21) { id } }", token=token_a)
    assert r["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


@pytest.mark.mariadb
async def test_favourite_rules_on_every_database(sessions: Any) -> None:
    platform = SimpleNamespace(sessionmaker=sessions)
    async with sessions() as s, s.begin():
        user = User(email="fav@example.my", name="Fav")
        s.add(user)
        await s.flush()
        uid = user.id
    pks = [await add_charger(platform, f"DB-FAV-{i}", 3.0, 101.0) for i in range(3)]
    for _ in range(2):
        async with sessions() as s, s.begin():
            await favourites.set_favourite(s, uid, "DB-FAV-0", True)
    async with sessions() as s:
        assert await s.scalar(select(func.count()).select_from(FavouriteCharger)) == 1
    t0 = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    for i, pk in enumerate([pks[2], pks[1], pks[2]]):
        await add_session(platform, pk, uid, started=t0 + dt.timedelta(hours=i))
    async with sessions() as s:
        assert [c.charge_point_id for c in await favourites.recent(s, uid, 5)] == ["DB-FAV-2", "DB-FAV-1"]
        assert [c.charge_point_id for c in await favourites.favourites(s, uid)] == ["DB-FAV-0"]
        with pytest.raises(InvalidInput):
            await favourites.recent(s, uid, 0)
        with pytest.raises(NotFound):
            await favourites.set_favourite(s, uid, "DB-NONE", True)


def test_every_mail_text_exists_in_every_language() -> None:
    keys = set(mail.TEXTS["en"])
    assert set(mail.TEXTS) == set(mail.LOCALES)
    for locale in mail.LOCALES:
        assert set(mail.TEXTS[locale]) == keys, locale
        empty = [k for k, v in mail.TEXTS[locale].items() if not v.strip()]
        assert empty == [], (locale, empty)
        for k in keys:
            # The same placeholders as the English text, so every language renders.
            names = {f for _, f, _, _ in string.Formatter().parse(mail.TEXTS[locale][k]) if f}
            assert names == {f for _, f, _, _ in string.Formatter().parse(mail.TEXTS["en"][k]) if f}, (
                locale,
                k,
            )
            mail.text(locale, k, **dict.fromkeys(names - {"brand"}, "1"))
    assert mail.TEXTS["ms"]["otp.valid"] != mail.TEXTS["en"]["otp.valid"]


@pytest.mark.parametrize(
    "locale,lead", [("en", "Use this code"), ("ms", "Gunakan kod ini"), ("zh", "请使用此验证码")]
)
def test_code_mail_renders_in_each_language(locale: str, lead: str) -> None:
    m = mail.otp_mail("a@example.my", "123456", "register", 10, locale)
    assert lead in m.text and lead in m.html and "123456" in m.text
    assert f'<html lang="{ {"en": "en", "ms": "ms", "zh": "zh-Hans"}[locale] }">' in m.html
    with pytest.raises(InvalidInput):
        mail.clean_locale("de")


def test_support_reply_is_framed_in_the_drivers_language() -> None:
    from db.models import SupportMessage
    from domain.support import reply_mail

    msg = SupportMessage(email="d@example.my", subject="Kabel rosak", body="Kabel di petak 7 rosak.")
    m = reply_mail(msg, "Terima kasih, kami akan membaikinya.", "ms")
    assert "Anda menulis:" in m.text and "Sokongan PlagSini" in m.text and "Anda menulis:" in m.html
    assert "You wrote:" in reply_mail(msg, "Thanks.", None).text


def test_malay_names_the_grace_period_one_way_everywhere() -> None:
    """The receipt (mail and PDF), the push notifications and the driver app say "tempoh tenggang" for
    the grace period in Bahasa Malaysia, never another word for it."""
    from pathlib import Path

    from domain import push

    app = (Path(__file__).parents[2] / "driver_pwa" / "src" / "i18n" / "ms.ts").read_text(encoding="utf-8")
    texts = [*mail.TEXTS["ms"].values(), *push.TEXTS["ms"].values(), app]
    assert not [t for t in texts if "tangguh" in t.lower()]
    assert "tempoh tenggang" in mail.TEXTS["ms"]["receipt.line.idle"]
    assert "tempoh tenggang" in push.TEXTS["ms"]["idle_fee_starting.body"]
    assert "tempoh tenggang" in app
