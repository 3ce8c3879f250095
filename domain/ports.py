"""What the domain needs from outside, declared as protocols (ports); the edges and the composition
root (`plagsini`) implement them, the domain never imports those.

- :class:`ChargerGateway`: send a command to a charger and get its answer, or a typed error from
  :mod:`domain.gateway_errors` (offline, timeout, rejected, invalid, unknown, not accepted); check a
  command before sending it; close a connection admitted below a security profile. The OCPP 1.6 edge
  implements it (``ocpp_server.command_bus.CommandBus``).
- :class:`EventPublisher`: announce an event on a channel of the event bus (best effort);
  :class:`EventSubscriber` also subscribes, for a service that waits on an event.
- :class:`RateLimiter`: see :mod:`domain.ratelimit` (a port with two implementations there).
- :class:`DomainSettings`: the settings the domain reads, as values (the environment's ``Settings``
  satisfies it); never ``plagsini.settings``.
- :class:`DomainPlatform`: what a domain service gets when it opens its own transactions: the
  session factory (whose sessions are units of work, :mod:`domain.uow`), the publisher, the gateway,
  the settings and the node's secret key.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, Unpack

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

if TYPE_CHECKING:
    from domain.payments import PaymentProvider
    from domain.ratelimit import RateLimiter


class CommandOptions(TypedDict, total=False):
    """How a command is sent and who sent it (each may be left out)."""

    #: Seconds to wait for the charger's answer; None or left out: the platform's OCPP call timeout.
    timeout: float | None
    user_id: int | None
    #: Keep the command in the command history (the default).
    record: bool
    #: Where it came from ("app", "api", ...), and the API key it came with.
    origin: str | None
    api_key_id: int | None


class ChargerGateway(Protocol):
    """Send one command to a charger wherever it is connected and return its answer payload."""

    async def send_command(
        self, charge_point_id: str, action: str, payload: dict[str, Any], **options: Unpack[CommandOptions]
    ) -> dict[str, Any]:
        """``action`` with ``payload`` (the protocol's own field names) to ``charge_point_id``; ``options``
        say who sent it (kept in the command history unless ``record`` is False) and how long to wait.
        Raises a :class:`domain.gateway_errors.CommandError`."""
        ...

    def check_command(self, action: str, payload: dict[str, Any]) -> None:
        """Raise :class:`domain.gateway_errors.InvalidCommand` when ``payload`` is not a valid
        ``action`` for the charger protocol (checked before anything is prepared for the command)."""
        ...

    async def close_below_profile(self, charge_point_id: str, profile: int) -> bool:
        """Close the charger's connection, wherever it is held, if it was admitted on a lower security
        profile than ``profile``; True when one was closed (or asked to close on another node)."""
        ...


class EventPublisher(Protocol):
    """The event bus, as the domain uses it (best effort: an implementation may answer False when an
    event was dropped; nobody waits for subscribers)."""

    async def publish(self, channel: str, payload: Any) -> bool | None: ...

    async def publish_many(self, channels: tuple[str, ...], payload: Any) -> bool | None: ...


class EventSubscriber(EventPublisher, Protocol):
    """The event bus with subscriptions, for a domain service that waits on an event: the
    subscription is live once entered, and its iterator yields each event's payload."""

    def subscribe(
        self, *channels: str, maxsize: int | None = None, lag_markers: bool = False
    ) -> AbstractAsyncContextManager[AsyncIterator[Any]]: ...


class DomainSettings(Protocol):
    """The environment's settings the domain reads (read-only values)."""

    @property
    def public_url(self) -> str: ...
    @property
    def cors_origins(self) -> str: ...
    @property
    def admin_email(self) -> str: ...
    @property
    def admin_password(self) -> str | None: ...
    @property
    def admin_name(self) -> str: ...
    @property
    def smtp_host(self) -> str | None: ...
    @property
    def smtp_port(self) -> int: ...
    @property
    def smtp_email(self) -> str | None: ...
    @property
    def smtp_password(self) -> str | None: ...
    @property
    def smtp_from_name(self) -> str: ...
    @property
    def smtp_tls(self) -> str: ...
    @property
    def heartbeat_interval(self) -> int: ...
    @property
    def ocpp_unknown_chargers(self) -> str: ...
    @property
    def ocpp_call_timeout(self) -> float: ...
    @property
    def ocpi_authorize_timeout_seconds(self) -> float: ...
    @property
    def message_log_retention_days(self) -> int: ...
    @property
    def access_token_minutes(self) -> int: ...
    @property
    def refresh_token_days(self) -> int: ...
    @property
    def require_verified_email(self) -> bool: ...
    @property
    def otp_ttl_seconds(self) -> int: ...
    @property
    def login_window_seconds(self) -> int: ...
    @property
    def login_attempts_per_account(self) -> int: ...
    @property
    def login_attempts_per_ip(self) -> int: ...
    @property
    def otp_verify_per_email(self) -> int: ...
    @property
    def otp_verify_per_ip(self) -> int: ...
    @property
    def otp_send_per_ip_per_hour(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def time_zone(self) -> str: ...
    @property
    def min_balance_sen(self) -> int: ...
    @property
    def prepaid_margin_sen(self) -> int: ...
    @property
    def node_heartbeat_seconds(self) -> float: ...
    @property
    def node_dead_after_seconds(self) -> float: ...
    @property
    def points_per_kwh(self) -> int: ...
    @property
    def referral_points(self) -> int: ...
    @property
    def payment_webhook_secret(self) -> str | None: ...
    @property
    def is_production(self) -> bool: ...
    @property
    def active_payment_gateway(self) -> str | None: ...
    @property
    def shared_redis_url(self) -> str | None: ...


class DomainPlatform(Protocol):
    """The parts of the running platform a domain service may use."""

    @property
    def settings(self) -> DomainSettings: ...
    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]: ...
    @property
    def bus(self) -> EventPublisher: ...
    @property
    def gateway(self) -> ChargerGateway: ...
    @property
    def secret_key(self) -> str: ...
    @property
    def node_id(self) -> str: ...

    rate_limiter: RateLimiter | None
    payment_providers: dict[str, PaymentProvider]


__all__ = ["ChargerGateway", "DomainPlatform", "DomainSettings", "EventPublisher", "EventSubscriber"]
