"""Platform settings, read from environment variables (and a `.env` file when present).

Every setting is documented in README.md. A bad value stops start-up with one clear line
(`plagsini: configuration error: ...`) and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import re
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from domain.localtime import DEFAULT_TIME_ZONE


class ConfigError(Exception):
    """A setting is invalid; the message is one human-readable line."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", case_sensitive=False, env_ignore_empty=True
    )

    environment: Literal["development", "production"] = "development"
    var_dir: Path = Path("./var")

    database_url: str = "sqlite+aiosqlite:///./var/plagsini.db"
    broadcast_url: str = "memory://"
    # Shared rate-limit store; defaults to BROADCAST_URL when that is Redis, else in process.
    redis_url: str | None = None

    http_host: str = "0.0.0.0"
    http_port: int = Field(8000, ge=0, le=65535)
    ocpp_host: str = "0.0.0.0"
    ocpp_port: int = Field(9000, ge=0, le=65535)
    role: Literal["all", "api", "ocpp"] = "all"
    node_id: str | None = None
    # Node liveness (plagsini/liveness.py): each node writes nodes.last_seen_at every
    # NODE_HEARTBEAT_SECONDS; a node silent for NODE_DEAD_AFTER_SECONDS is dead and its chargers offline.
    node_heartbeat_seconds: float = Field(5.0, ge=0.1, le=300)
    node_dead_after_seconds: float = Field(20.0, ge=0.5, le=3600)
    public_url: str = "http://localhost:8000"
    # Roaming over OCPI 2.2.1 (ocpi/): our CPO party (ISO 3166 alpha-2 country and a 3-character party id).
    ocpi_country_code: str = Field("MY", pattern=r"^[A-Z]{2}$")
    ocpi_party_id: str = Field("PLG", pattern=r"^[A-Z0-9]{3}$")
    # Every push to a partner goes through the outbox (ocpi/push.py): a staged push wakes every node's
    # worker, a pending one is looked at again when due and at the longest OCPI_OUTBOX_POLL_SECONDS
    # apart; a failed delivery waits OCPI_RETRY_BASE_SECONDS, doubling up to OCPI_RETRY_MAX_SECONDS.
    ocpi_outbox_poll_seconds: float = Field(30.0, ge=0.05, le=60)
    ocpi_retry_base_seconds: float = Field(10.0, ge=0.1, le=3600)
    ocpi_retry_max_seconds: float = Field(3600.0, ge=1, le=86400)
    # How long a charger's Authorize of an unknown token waits for partners' real-time authorization.
    ocpi_authorize_timeout_seconds: float = Field(3.0, ge=0.2, le=30)
    # How long a command we send to a partner (START/STOP_SESSION, RESERVE_NOW, ...) waits for its
    # asynchronous result before the driver is told it timed out.
    ocpi_command_result_timeout_seconds: float = Field(120.0, ge=1, le=3600)
    cors_origins: str = ""
    # Web hardening (plagsini/web_security.py): proxies whose X-Forwarded-For is believed, the map
    # tile server (also allowed by the Content-Security-Policy), who may read /metrics.
    trusted_proxies: str = ""
    map_tile_url: str = Field("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", max_length=500)
    #: Shown on the map (the tile provider's licence asks for it): text, entities and http(s) links.
    map_tile_attribution: str = Field(
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        min_length=1,
        max_length=500,
    )
    metrics_token: str | None = Field(None, min_length=16, max_length=256, pattern=r"^[\x21-\x7e]+$")
    metrics_host: str = "127.0.0.1"
    metrics_port: int | None = Field(None, ge=0, le=65535)

    secret_key: str | None = None
    #: The VAPID key that signs Web Push messages (an EC P-256 private key, PEM); generated once and
    #: kept in VAR_DIR/vapid_private_key.pem when unset. The same on every node.
    vapid_private_key: str | None = Field(None, max_length=4096)
    #: Who the push services may contact about our messages: "mailto:..." or "https://...".
    vapid_subject: str | None = Field(None, max_length=256, pattern=r"^(mailto:[^\s@]+@[^\s@]+|https://\S+)$")

    admin_email: str = "admin@plagsini.local"
    admin_password: str | None = None
    admin_name: str = "PlagSini Admin"

    smtp_host: str | None = None
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_email: str | None = None
    smtp_password: str | None = None
    smtp_from_name: str = "PlagSini"
    smtp_tls: Literal["starttls", "tls", "none"] = "starttls"

    # OCPP
    heartbeat_interval: int = Field(300, ge=10, le=86400)
    ocpp_unknown_chargers: Literal["reject", "pending"] = "reject"
    ocpp_call_timeout: float = Field(30.0, gt=0, le=600)
    # Which OCPP version a charger offering both subprotocols gets.
    ocpp_preferred_protocol: Literal["ocpp2.0.1", "ocpp1.6"] = "ocpp2.0.1"
    # Which connections are offered permessage-deflate when the charger asks for it (OCPP-J 2.0.1
    # requires it of a central system): "ocpp2.0.1" connections only, "all" (1.6 too) or "none".
    ocpp_compression: Literal["ocpp2.0.1", "all", "none"] = "ocpp2.0.1"
    # An accepted RemoteStartTransaction with no StartTransaction within this time shows as timed out.
    remote_start_timeout_seconds: int = Field(180, ge=1, le=900)
    ocpp_tls_cert: Path | None = None
    ocpp_tls_key: Path | None = None
    ocpp_tls_ca: Path | None = None
    ocpp_tls_port: int | None = Field(None, ge=0, le=65535)
    # The platform's charger CA (domain/charger_pki.py): signs chargers' CSRs (SignCertificate). Files
    # (PEM); both unset: generated once and kept in VAR_DIR/charger_ca.pem and charger_ca.key.
    charger_ca_cert: Path | None = None
    charger_ca_key: Path | None = None
    # How long a certificate the CA signs is valid, and how many days before its end the console warns.
    charger_cert_days: int = Field(365, ge=1, le=3650)
    charger_cert_warning_days: int = Field(30, ge=1, le=365)
    message_log_retention_days: int = Field(30, ge=1)
    # Per-charger budget of the message log (beyond it frames are counted, not stored) and its size cap.
    message_log_frames_per_second: int = Field(10, ge=1, le=10_000)
    message_log_bytes_per_day: int = Field(32 << 20, ge=1024, le=1 << 40)
    message_log_max_bytes: int = Field(2 << 30, ge=1 << 20, le=1 << 50)
    # Connection diagnostics: rows kept per charger, and for ids that are not registered chargers.
    connection_log_per_charger: int = Field(200, ge=10, le=100_000)
    connection_log_unknown: int = Field(2000, ge=10, le=1_000_000)

    # Accounts
    access_token_minutes: int = Field(15, ge=1, le=1440)
    refresh_token_days: int = Field(30, ge=1, le=365)
    require_verified_email: bool = True
    otp_ttl_seconds: int = Field(300, ge=30, le=3600)
    login_window_seconds: int = Field(900, ge=60, le=86400)
    login_attempts_per_account: int = Field(10, ge=1)
    login_attempts_per_ip: int = Field(100, ge=1)
    otp_verify_per_email: int = Field(10, ge=5)
    otp_verify_per_ip: int = Field(50, ge=5)
    otp_send_per_ip_per_hour: int = Field(20, ge=1)

    # Real time (GraphQL subscriptions and the event bus)
    graphql_max_subscriptions: int = Field(50, ge=1, le=10000)
    graphql_keepalive_seconds: float = Field(15.0, ge=0, le=3600)
    graphql_connection_init_timeout: float = Field(10.0, gt=0, le=600)
    bus_publish_timeout: float = Field(2.0, gt=0, le=60)
    # OCPP WebSocket keepalive: a ping every N seconds; a charger that has not answered within N more
    # seconds is disconnected (recorded as ping_timeout).
    ocpp_ping_interval_seconds: float = Field(60.0, ge=1, le=3600)
    dashboard_stats_interval: float = Field(5.0, gt=0, le=3600)

    # Request size: HTTP bodies, GraphQL variables and WebSocket messages (plagsini/limits.py)
    max_body_bytes: int = Field(1 << 20, ge=1024, le=64 << 20)

    # Money
    currency: str = "MYR"
    # The platform's time zone (an IANA name): times on receipts, in CSV exports and in mails.
    time_zone: str = DEFAULT_TIME_ZONE
    min_balance_sen: int = Field(1000, ge=0)
    prepaid_margin_sen: int = Field(100, ge=0)
    points_per_kwh: int = Field(1, ge=0)
    referral_points: int = Field(100, ge=0)
    housekeeping_interval: float = Field(60.0, gt=0, le=86400)
    payment_webhook_secret: str | None = None
    # Which payment gateway takes top-ups: "sandbox" (test payments, no real money) or "none".
    # Unset: the sandbox in development, none in production (see active_payment_gateway).
    payment_gateway: Literal["sandbox", "none"] | None = None

    # Front ends
    admin_spa_dir: Path = Path("./admin_spa/dist")
    # GraphiQL on GET /graphql (built with the console, served from this node's own assets).
    # Unset: served in development, not in production (see serves_graphiql).
    graphiql: bool | None = None
    driver_pwa_dir: Path = Path("./driver_pwa/dist")

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # "json": one JSON object per log line, with the request id / charger id / user id (plagsini/logs.py).
    log_format: Literal["text", "json"] = "text"
    # OpenTelemetry traces go to this OTLP/HTTP collector when set (plagsini/tracing.py); off when unset.
    otel_exporter_otlp_endpoint: str | None = None

    @field_validator("otel_exporter_otlp_endpoint")
    @classmethod
    def _check_otlp_endpoint(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s]*)?", v.strip()):
            raise ValueError("must be an http:// or https:// URL of an OTLP/HTTP collector")
        return v.strip()

    @field_validator("vapid_private_key")
    @classmethod
    def _check_vapid_key(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        try:
            key = load_pem_private_key(v.strip().encode(), password=None)
        except (ValueError, TypeError):
            raise ValueError("not a PEM private key") from None
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
            raise ValueError("must be an EC P-256 (prime256v1) private key")
        return v.strip() + "\n"

    @field_validator("time_zone")
    @classmethod
    def _check_time_zone(cls, v: str) -> str:
        from domain.localtime import zone

        try:
            zone(v)
        except ValueError as e:
            raise ValueError(str(e)) from None
        return v

    @field_validator("database_url")
    @classmethod
    def _check_db_url(cls, v: str) -> str:
        try:
            url = make_url(v)
        except ArgumentError as e:
            raise ValueError(f"cannot parse {v!r} as a database URL") from e
        driver = url.drivername
        if driver not in ("sqlite+aiosqlite", "mysql+asyncmy", "mariadb+asyncmy"):
            raise ValueError(
                f"unsupported driver {driver!r}; use sqlite+aiosqlite:///path or mysql+asyncmy://user:pw@host/db"
            )
        return v

    @field_validator("broadcast_url", "redis_url")
    @classmethod
    def _check_bus_url(cls, v: str | None) -> str | None:
        if v is None:
            return v
        scheme = v.split("://", 1)[0] if "://" in v else ""
        if scheme not in ("memory", "redis", "rediss"):
            raise ValueError(f"cannot use {v!r}: expected memory:// or redis://host:port/db")
        return v

    @field_validator("trusted_proxies", "map_tile_url", "map_tile_attribution", "cors_origins")
    @classmethod
    def _check_web_value(cls, v: str, info: ValidationInfo) -> str:
        from plagsini import web_security

        parse = {
            "trusted_proxies": web_security.parse_networks,
            "map_tile_url": web_security.tile_source,
            "map_tile_attribution": web_security.check_attribution,
            "cors_origins": web_security.parse_origins,
        }[info.field_name or ""]
        parse(v)  # a ValueError names the bad entry
        return v

    @model_validator(mode="after")
    def _check_tls(self) -> Settings:
        if (self.ocpp_tls_cert is None) != (self.ocpp_tls_key is None):
            raise ValueError("OCPP_TLS_CERT and OCPP_TLS_KEY must be set together")
        for p in (self.ocpp_tls_cert, self.ocpp_tls_key, self.ocpp_tls_ca):
            if p is not None and not p.is_file():
                raise ValueError(f"file not found: {p}")
        self._check_charger_ca()
        if self.admin_password is not None:
            # The admin password rules of every other admin (domain/password_policy.py).
            from domain.password_policy import problem

            found = problem(self.admin_password, email=self.admin_email, role="admin")
            if found is not None:
                raise ValueError(f"ADMIN_PASSWORD is refused ({found[0]}): {found[1]}")
        if self.node_dead_after_seconds < 2 * self.node_heartbeat_seconds:
            raise ValueError("NODE_DEAD_AFTER_SECONDS must be at least twice NODE_HEARTBEAT_SECONDS")
        if self.metrics_port and self.metrics_port == self.http_port:
            raise ValueError("METRICS_PORT must differ from HTTP_PORT (or be unset to serve /metrics there)")
        return self

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def serves_graphiql(self) -> bool:
        """Whether GET /graphql from a browser serves GraphiQL: GRAPHIQL when set, else only in
        development. Introspection still follows ENVIRONMENT (off in production)."""
        return self.graphiql if self.graphiql is not None else not self.is_production

    @property
    def active_payment_gateway(self) -> str | None:
        """The payment gateway in force: PAYMENT_GATEWAY when set ("none": no gateway); unset, the
        sandbox in development and no gateway at all in production (the sandbox credits wallets
        without real money, so production gets it only when it is asked for by name)."""
        if self.payment_gateway is not None:
            return None if self.payment_gateway == "none" else self.payment_gateway
        return None if self.is_production else "sandbox"

    @property
    def shared_redis_url(self) -> str | None:
        if self.redis_url:
            return self.redis_url
        if self.broadcast_url.startswith(("redis://", "rediss://")):
            return self.broadcast_url
        return None

    def resolved_secret_key(self) -> str:
        """SECRET_KEY, or one generated once and kept in var/secret_key (never a constant)."""
        if self.secret_key:
            return self.secret_key
        path = self.var_dir / "secret_key"
        if path.is_file():
            key = path.read_text().strip()
            if key:
                return key
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        path.write_text(key + "\n")
        path.chmod(0o600)
        return key

    def resolved_vapid_private_key(self) -> str:
        """VAPID_PRIVATE_KEY, or one generated once and kept in var/vapid_private_key.pem (like the
        secret key: a new key would invalidate every driver's push subscription)."""
        if self.vapid_private_key:
            return self.vapid_private_key
        path = self.var_dir / "vapid_private_key.pem"
        if path.is_file():
            pem = path.read_text()
            if pem.strip():
                return self._check_vapid_key(pem) or pem
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = _new_vapid_pem()
        path.write_text(pem)
        path.chmod(0o600)
        return pem

    def _check_charger_ca(self) -> None:
        if (self.charger_ca_cert is None) != (self.charger_ca_key is None):
            raise ValueError("CHARGER_CA_CERT and CHARGER_CA_KEY must be set together")
        if self.charger_ca_cert is None or self.charger_ca_key is None:
            return
        from domain.charger_pki import ChargerCA

        try:
            ChargerCA.from_pem(self.charger_ca_cert.read_text(), self.charger_ca_key.read_text())
        except OSError as e:
            raise ValueError(f"CHARGER_CA_CERT/CHARGER_CA_KEY: cannot read {e.filename}") from None
        except ValueError as e:  # never the key itself in the message
            raise ValueError(f"CHARGER_CA_CERT/CHARGER_CA_KEY: {e}") from None

    def resolved_charger_ca(self) -> tuple[str, str]:
        """The charger CA's certificate and key (PEM): CHARGER_CA_CERT/CHARGER_CA_KEY, or a CA generated
        once and kept in VAR_DIR (charger_ca.pem, charger_ca.key readable by this user only), like the
        secret key. Several nodes share one CA through the settings."""
        if self.charger_ca_cert is not None and self.charger_ca_key is not None:
            return self.charger_ca_cert.read_text(), self.charger_ca_key.read_text()
        cert_path, key_path = self.var_dir / "charger_ca.pem", self.var_dir / "charger_ca.key"
        if cert_path.is_file() and key_path.is_file():
            return cert_path.read_text(), key_path.read_text()
        from domain.charger_pki import ChargerCA

        cert_pem, key_pem = ChargerCA.generate()
        key_path.parent.mkdir(parents=True, exist_ok=True)
        key_path.touch(mode=0o600)
        key_path.chmod(0o600)
        key_path.write_text(key_pem)
        cert_path.write_text(cert_pem)
        return cert_pem, key_pem

    def resolved_vapid_subject(self) -> str:
        """VAPID_SUBJECT, else the sender address (SMTP_EMAIL, else no-reply at PUBLIC_URL's host)."""
        if self.vapid_subject:
            return self.vapid_subject
        if self.smtp_email:
            return f"mailto:{self.smtp_email}"
        host = self.public_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        return f"mailto:no-reply@{host if '.' in host else 'plagsini.local'}"


def _new_vapid_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(x) for x in first.get("loc", ()))
    msg = first.get("msg", "invalid value").removeprefix("Value error, ")
    if loc:
        return f"{loc.upper()}: {msg}"
    return msg


def load_settings(**overrides: object) -> Settings:
    """Read the settings; raise ConfigError with one clear line when one is bad."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as e:
        raise ConfigError(_describe(e)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
