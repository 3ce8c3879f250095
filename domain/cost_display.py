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

from db.models import ChargingSession, DeviceModelVariable
from domain import billing
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


def tariff_text(t: TariffSnapshot) -> str:
    """The tariff in one line, e.g. "MYR 0.90/kWh, MYR 0.05/min, idle MYR 0.50/min after 15 min"."""
    parts = []
    if t.price_per_kwh_sen:
        parts.append(f"{_money(t.price_per_kwh_sen, t.currency)}/kWh")
    if t.price_per_minute_sen:
        parts.append(f"{_money(t.price_per_minute_sen, t.currency)}/min")
    if t.session_fee_sen:
        parts.append(f"session fee {_money(t.session_fee_sen, t.currency)}")
    if t.idle_fee_per_minute_sen:
        parts.append(
            f"idle {_money(t.idle_fee_per_minute_sen, t.currency)}/min after {t.idle_grace_minutes} min"
        )
    if t.min_charge_sen:
        parts.append(f"minimum {_money(t.min_charge_sen, t.currency)}")
    return (f"{t.name}: " + ", ".join(parts) if parts else f"{t.name}: free")[:MAX_CONTENT]


async def tariff_message(session: AsyncSession, charger_id: int) -> dict[str, str] | None:
    """The charger's tariff as an OCPP 2.0.1 personalMessage, when the station shows tariffs."""
    if "Tariff" not in await enabled(session, charger_id):
        return None
    return {
        "format": "UTF8",
        "language": "en",
        "content": tariff_text(await tariff_for_charger(session, charger_id)),
    }


async def running_cost(session: AsyncSession, tx: ChargingSession) -> Decimal:
    """An active session's cost so far in the currency's units (as billing will price it)."""
    return (Decimal((await billing.cost_so_far(session, tx)).total_sen) / 100).quantize(CENT)


def final_cost(tx: ChargingSession) -> Decimal | None:
    """A billed session's total in the currency's units."""
    if tx.total_cost_sen is None:
        return None
    return (Decimal(tx.total_cost_sen) / 100).quantize(CENT)
