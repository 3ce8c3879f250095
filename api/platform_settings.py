"""Admins: the platform settings an operator changes at runtime (stored overrides of the
environment defaults, see `domain/platform_settings.py`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

import strawberry

from api.accounts_types import Money
from api.errors import UserError, payload_or_errors
from api.permissions import require_admin
from domain import platform_settings
from domain.errors import InvalidInput


@strawberry.enum(description="Who may register a driver account.")
class RegistrationPolicy(Enum):
    REQUIRE_VERIFIED_EMAIL = "require_verified_email"
    OPEN = "open"


@strawberry.enum(description="What happens when a charger the platform does not know connects.")
class UnknownChargerPolicy(Enum):
    REJECT = "reject"
    PENDING = "pending"


@strawberry.type(description="Settings in force (a stored override, else the environment default).")
class PlatformSettings:
    registration_policy: RegistrationPolicy
    unknown_charger_policy: UnknownChargerPolicy
    heartbeat_interval_seconds: int = strawberry.field(description="Told to chargers at boot.")
    minimum_balance: Money = strawberry.field(description="Wallet balance needed to start charging.")
    points_per_kwh: int
    message_log_retention_days: int
    updated_at: dt.datetime | None

    @classmethod
    def build(cls, values: dict[str, Any], currency: str, updated_at: dt.datetime | None) -> PlatformSettings:
        return cls(
            registration_policy=RegistrationPolicy.REQUIRE_VERIFIED_EMAIL
            if values["require_verified_email"]
            else RegistrationPolicy.OPEN,
            unknown_charger_policy=UnknownChargerPolicy(values["ocpp_unknown_chargers"]),
            heartbeat_interval_seconds=int(values["heartbeat_interval"]),
            minimum_balance=Money.from_sen(int(values["min_balance_sen"]), currency),
            points_per_kwh=int(values["points_per_kwh"]),
            message_log_retention_days=int(values["message_log_retention_days"]),
            updated_at=updated_at,
        )


@strawberry.input(description="Only the fields given change; `resetToDefaults` lists fields to reset.")
class UpdatePlatformSettingsInput:
    registration_policy: RegistrationPolicy | None = None
    unknown_charger_policy: UnknownChargerPolicy | None = None
    heartbeat_interval_seconds: int | None = None
    minimum_balance: Decimal | None = None
    points_per_kwh: int | None = None
    message_log_retention_days: int | None = None
    reset_to_defaults: list[str] | None = strawberry.field(
        default=None, description="Field names (as in this input) to reset to the environment default."
    )


@strawberry.type
class PlatformSettingsPayload:
    settings: PlatformSettings | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


_KEYS = {
    "registrationPolicy": "require_verified_email",
    "unknownChargerPolicy": "ocpp_unknown_chargers",
    "heartbeatIntervalSeconds": "heartbeat_interval",
    "minimumBalance": "min_balance_sen",
    "pointsPerKwh": "points_per_kwh",
    "messageLogRetentionDays": "message_log_retention_days",
}


def _sen(amount: Decimal) -> int:
    try:
        q = amount.quantize(Decimal("0.01"))
    except InvalidOperation:
        raise InvalidInput("Enter an amount.", field="minimumBalance") from None
    if q != amount or q < 0:
        raise InvalidInput("Enter a non-negative amount with at most 2 decimals.", field="minimumBalance")
    return int(q * 100)


async def _current(info: strawberry.Info) -> PlatformSettings:
    platform = info.context.platform
    values = await platform_settings.all_effective(platform)
    return PlatformSettings.build(
        values, platform.settings.currency, await platform_settings.last_updated(platform)
    )


@strawberry.type
class Query:
    @strawberry.field(description="Admins: the platform settings in force.")
    async def platform_settings(self, info: strawberry.Info) -> PlatformSettings:
        await require_admin(info)
        return await _current(info)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: change platform settings (they apply at once, on every node).")
    async def update_platform_settings(
        self, info: strawberry.Info, input: UpdatePlatformSettingsInput
    ) -> PlatformSettingsPayload:
        admin = await require_admin(info)

        async def work() -> PlatformSettingsPayload:
            changes: dict[str, Any] = {}
            if input.registration_policy is not None:
                changes["require_verified_email"] = (
                    input.registration_policy is RegistrationPolicy.REQUIRE_VERIFIED_EMAIL
                )
            if input.unknown_charger_policy is not None:
                changes["ocpp_unknown_chargers"] = input.unknown_charger_policy.value
            if input.heartbeat_interval_seconds is not None:
                changes["heartbeat_interval"] = input.heartbeat_interval_seconds
            if input.minimum_balance is not None:
                changes["min_balance_sen"] = _sen(input.minimum_balance)
            if input.points_per_kwh is not None:
                changes["points_per_kwh"] = input.points_per_kwh
            if input.message_log_retention_days is not None:
                changes["message_log_retention_days"] = input.message_log_retention_days
            for name in input.reset_to_defaults or []:
                if name not in _KEYS:
                    raise InvalidInput(f"Unknown setting {name!r}.", field="resetToDefaults")
                changes[_KEYS[name]] = None
            try:
                await platform_settings.update(info.context.platform, changes, user_id=admin.id)
            except InvalidInput as e:
                inverse = {v: k for k, v in _KEYS.items()}
                raise InvalidInput(e.message, field=inverse.get(e.field or "", e.field)) from None
            return PlatformSettingsPayload(settings=await _current(info))

        return await payload_or_errors(PlatformSettingsPayload, work())
