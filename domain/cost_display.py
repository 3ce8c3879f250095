"""The driver's tariff and running cost on an OCPP 2.0.1 station's display (OCPP 2.0.1 block I), where
the station says it shows them: its device model's `TariffCostCtrlr.Enabled[Tariff]` and
`TariffCostCtrlr.Enabled[Cost]` (Actual) are true.

- `tariff_message()`: the tariff as a personal message, for the idTokenInfo of Authorize and of the
  TransactionEvent that starts a transaction;
- `running_cost()`: a transaction's cost so far (CostUpdated), `final_cost()` its billed total (the
  totalCost of the TransactionEvent Ended answer), in the currency's units.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession, DeviceModelVariable, User
from domain import billing, idtags
from domain.mail import DEFAULT_LOCALE, LOCALES
from domain.tariffs import TariffSnapshot, tariff_for_charger

COMMANDS = frozenset({"CostUpdated"})

#: A personal message's content is at most this long (OCPP 2.0.1 MessageContentType).
MAX_CONTENT = 512

CENT = Decimal("0.01")


async def enabled(session: AsyncSession, charger_id: int) -> set[str]:
    """Which of "Tariff" and "Cost" the station's device model says it shows."""
    rows = await session.execute(
        select(DeviceModelVariable.variable_instance).where(
            DeviceModelVariable.charger_id == charger_id,
            DeviceModelVariable.component == "TariffCostCtrlr",
            DeviceModelVariable.variable == "Enabled",
            DeviceModelVariable.attribute_type == "Actual",
            DeviceModelVariable.variable_instance.in_(("Tariff", "Cost")),
            func.lower(DeviceModelVariable.value) == "true",
        )
    )
    return {str(r[0]) for r in rows}


def _money(sen: Decimal | int, currency: str) -> str:
    """A price in sen in the currency's units: two places, more only for a fraction of a sen."""
    amount = Decimal(sen) / 100
    shown = amount.quantize(CENT) if amount == amount.quantize(CENT) else amount.normalize()
    return f"{currency} {shown}"


#: The words of a tariff's line in each language of the driver app (each language has every key).
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "kwh": "{price}/kWh",
        "minute": "{price}/min",
        "session_fee": "session fee {price}",
        "idle": "idle {price}/min after {grace} min",
        "minimum": "minimum {price}",
        "free": "free",
    },
    "ms": {
        "kwh": "{price}/kWh",
        "minute": "{price}/min",
        "session_fee": "yuran sesi {price}",
        "idle": "yuran melahu {price}/min selepas {grace} min",
        "minimum": "minimum {price}",
        "free": "percuma",
    },
    "zh": {
        "kwh": "{price}/千瓦时",
        "minute": "{price}/分钟",
        "session_fee": "每次充电费 {price}",
        "idle": "{grace} 分钟后占位费 {price}/分钟",
        "minimum": "最低收费 {price}",
        "free": "免费",
    },
}

#: Languages whose text every station can show (Latin script), when it does not say which it shows.
LATIN = ("en", "ms")


def tariff_text(t: TariffSnapshot, locale: str = DEFAULT_LOCALE) -> str:
    """The tariff in one line in `locale`, e.g. "MYR 0.90/kWh, MYR 0.05/min, idle MYR 0.50/min after
    15 min" (the tariff's name as the operator wrote it)."""
    words = TEXTS.get(locale, TEXTS[DEFAULT_LOCALE])
    parts = []
    if t.price_per_kwh_sen:
        parts.append(words["kwh"].format(price=_money(t.price_per_kwh_sen, t.currency)))
    if t.price_per_minute_sen:
        parts.append(words["minute"].format(price=_money(t.price_per_minute_sen, t.currency)))
    if t.session_fee_sen:
        parts.append(words["session_fee"].format(price=_money(t.session_fee_sen, t.currency)))
    if t.idle_fee_per_minute_sen:
        price = _money(t.idle_fee_per_minute_sen, t.currency)
        parts.append(words["idle"].format(price=price, grace=t.idle_grace_minutes))
    if t.min_charge_sen:
        parts.append(words["minimum"].format(price=_money(t.min_charge_sen, t.currency)))
    return (f"{t.name}: " + ", ".join(parts) if parts else f"{t.name}: {words['free']}")[:MAX_CONTENT]


async def station_languages(session: AsyncSession, charger_id: int) -> list[str]:
    """The languages the station says it shows, its default first (RFC 5646 codes as it wrote them):
    its device model's `DisplayMessageCtrlr.Language`, whose Actual value is the default and whose
    valuesList the supported ones. Empty: the station did not say."""
    row = (
        await session.execute(
            select(DeviceModelVariable.value, DeviceModelVariable.characteristics).where(
                DeviceModelVariable.charger_id == charger_id,
                DeviceModelVariable.component == "DisplayMessageCtrlr",
                DeviceModelVariable.variable == "Language",
                DeviceModelVariable.attribute_type == "Actual",
            )
        )
    ).first()
    if row is None:
        return []
    listed = (row.characteristics or {}).get("valuesList") if isinstance(row.characteristics, dict) else None
    codes = [row.value or "", *str(listed or "").split(",")]
    out: list[str] = []
    for code in (c.strip() for c in codes):
        # A MessageContent's language is at most 8 characters (OCPP 2.0.1).
        if code and len(code) <= 8 and code not in out:
            out.append(code)
    return out


def _ours(code: str) -> str | None:
    """The driver app's language of an RFC 5646 code ("ms-MY" -> "ms"), None when it has none."""
    primary = code.split("-")[0].lower()
    return primary if primary in LOCALES else None


def message_language(driver: str | None, station: list[str]) -> tuple[str, str]:
    """(the language to write in, the code to name it by): the driver's chosen language where the
    station shows it, else the station's default, else the first it lists that the platform writes,
    else English. A station that did not say gets the driver's language in Latin script, else English."""
    if not station:
        latin = driver if driver is not None and driver in LATIN else DEFAULT_LOCALE
        return latin, latin
    if driver is not None:
        for code in station:
            if _ours(code) == driver:
                return driver, code
    for code in station:
        ours = _ours(code)
        if ours is not None:
            return ours, code
    return DEFAULT_LOCALE, DEFAULT_LOCALE


async def driver_locale(session: AsyncSession, id_tag: str | None) -> str | None:
    """The language the driver holding `id_tag` chose in the app (None: no driver, or not chosen)."""
    if id_tag is None:
        return None
    tag = await idtags.find(session, id_tag)
    if tag is None or tag.user_id is None:
        return None
    locale = await session.scalar(select(User.locale).where(User.id == tag.user_id))
    return locale if locale in LOCALES else None


async def tariff_message(
    session: AsyncSession, charger_id: int, id_tag: str | None = None
) -> dict[str, str] | None:
    """The charger's tariff as an OCPP 2.0.1 personalMessage for the driver of `id_tag`, in their
    language where the station shows it (`message_language`), when the station shows tariffs."""
    if "Tariff" not in await enabled(session, charger_id):
        return None
    locale, code = message_language(
        await driver_locale(session, id_tag), await station_languages(session, charger_id)
    )
    return {
        "format": "UTF8",
        "language": code,
        "content": tariff_text(await tariff_for_charger(session, charger_id), locale),
    }


async def running_cost(session: AsyncSession, tx: ChargingSession) -> Decimal:
    """An active session's cost so far in the currency's units (as billing will price it)."""
    return (Decimal((await billing.cost_so_far(session, tx)).total_sen) / 100).quantize(CENT)


def final_cost(tx: ChargingSession) -> Decimal | None:
    """A billed session's total in the currency's units."""
    if tx.total_cost_sen is None:
        return None
    return (Decimal(tx.total_cost_sen) / 100).quantize(CENT)
