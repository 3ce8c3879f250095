"""Column types and helpers shared by every model module.

Conventions (see also ``db/base.py`` for constraint naming):

- Money is an integer number of sen (``BigInteger``); unit prices that need fractional sen are
  ``Numeric(12, 4)`` (``SenPrice``).
- Timestamps are ``UTCDateTime``: stored as UTC (microsecond precision on MariaDB), always read
  back as timezone-aware UTC datetimes. Use :func:`utcnow` for "now".
- Enumerations are ``String`` + a named CHECK constraint (no native ENUM, see :func:`enum_check`);
  the allowed values are module-level tuples in each area's module, so domain code can import them.
- Surrogate primary keys are ``BigInteger`` (``Integer`` on SQLite so that they autoincrement),
  except ``charging_sessions.id`` and ``reservations.id``, which are 32-bit ``Integer`` because
  they are handed to chargers as the OCPP ``transactionId`` / ``reservationId``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def ci_string_key(value: str) -> str:
    """The comparison key of an OCPP CiString (idTag, parentIdTag): CiStrings are case-insensitive.
    ASCII letters are upper-cased (OCPP identifiers are printable ASCII); any other character is
    compared as it is, on every database (the key columns compare bytes: utf8mb4_bin on MySQL)."""
    return value.translate(_ASCII_UPPER)


def ci_key_default(column: str) -> Any:
    """A column default that is the CiString key of ``column``'s value (see :func:`ci_string_key`)."""

    def default(context: Any) -> str | None:
        value = context.get_current_parameters().get(column)
        return ci_string_key(value) if value is not None else None

    return default


#: A CiString key column: compared byte for byte on every database.
CiKey = String(36).with_variant(mysql.VARCHAR(36, collation="utf8mb4_bin"), "mysql", "mariadb")


def utcnow() -> dt.datetime:
    """Timezone-aware 'now' in UTC; the default for every timestamp column."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A UTC timestamp. Aware datetimes are converted to UTC on write; values are read back aware (UTC).

    SQLite and MariaDB both store a naive value; naive input is taken to be UTC already.
    On MySQL/MariaDB the column is ``DATETIME(6)`` so sub-second ordering is kept.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "mysql":
            return dialect.type_descriptor(mysql.DATETIME(timezone=True, fsp=6))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


#: Surrogate key type: BIGINT on MariaDB, INTEGER on SQLite (so that it is the rowid and autoincrements).
BigId = BigInteger().with_variant(Integer(), "sqlite")

#: A unit price in sen with sub-sen precision (e.g. 45.5000 sen per kWh).
SenPrice = Numeric(12, 4, asdecimal=True)

#: Text column large enough for OCPP frames / payloads (MEDIUMTEXT on MariaDB, TEXT on SQLite).
LongText = Text(16_777_215)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def enum_check(column: str, values: tuple[str, ...], name: str | None = None) -> CheckConstraint:
    """CHECK that ``column`` is one of ``values``; named ``ck_<table>_<name or column>``."""
    return CheckConstraint(_in(column, values), name=name or column)


def nullable_enum_check(column: str, values: tuple[str, ...], name: str | None = None) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {_in(column, values)}", name=name or column)


#: The collation of email columns on MySQL/MariaDB: binary, so that addresses (normalised once, in
#: ``domain.accounts.normalize_email``) compare byte for byte there as on SQLite. With the default
#: accent- and case-insensitive collation ``dáve@x`` found the account of ``dave@x``. (MariaDB's
#: ``utf8mb4_bin`` ignores trailing spaces in comparisons; a normalised address has no spaces.)
EMAIL_COLLATION = "utf8mb4_bin"


def email_type() -> TypeEngine[str]:
    """The type of every email column: ``VARCHAR(191)``, binary collation on MySQL/MariaDB."""
    return String(191).with_variant(
        mysql.VARCHAR(191, charset="utf8mb4", collation=EMAIL_COLLATION), "mysql", "mariadb"
    )


def pk() -> Mapped[int]:
    """A surrogate primary key (``BigId``, autoincrementing)."""
    return mapped_column(BigId, primary_key=True, autoincrement=True)


def created_column() -> Mapped[dt.datetime]:
    """A ``created_at`` column: set once, on insert."""
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False)


def updated_column() -> Mapped[dt.datetime]:
    """An ``updated_at`` column: set on insert and on every update."""
    return mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


class Timestamps:
    """A model's ``created_at`` and ``updated_at`` columns; as a mixin they come after the model's
    own columns (list it before ``Base``: ``class Tariff(Timestamps, Base)``)."""

    created_at: Mapped[dt.datetime] = created_column()
    updated_at: Mapped[dt.datetime] = updated_column()


def user_fk(ondelete: str = "SET NULL", *, nullable: bool = True, index: bool = True) -> Mapped[Any]:
    """A foreign key to ``users.id``."""
    return mapped_column(BigId, ForeignKey("users.id", ondelete=ondelete), nullable=nullable, index=index)


def charger_fk(ondelete: str = "CASCADE", *, nullable: bool = False, index: bool = False) -> Mapped[Any]:
    """A foreign key to ``chargers.id``."""
    return mapped_column(BigId, ForeignKey("chargers.id", ondelete=ondelete), nullable=nullable, index=index)


class ChargerJob(Timestamps):
    """The progress of a job a charger reports on (a firmware update, a diagnostics or log upload): its
    status, every status change (``[{"status": "...", "at": "ISO 8601"}, ...]``) and who asked. Mixed
    in, these columns come after the job's own."""

    status: Mapped[str] = mapped_column(String(24), default="Requested", nullable=False)
    status_history: Mapped[Any] = mapped_column(JSON, nullable=True)
    requested_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)


def partner_fk(*, index: bool = False) -> Mapped[int]:
    """A required foreign key to ``ocpi_partners.id``: a partner's rows go with the partner."""
    return mapped_column(
        BigId, ForeignKey("ocpi_partners.id", ondelete="CASCADE"), nullable=False, index=index
    )


#: MariaDB/MySQL error numbers for a failed CHECK constraint (asyncmy maps them to OperationalError).
_CHECK_VIOLATION_ERRNOS = (4025, 3819)


def is_constraint_violation(exc: BaseException) -> bool:
    """True when a database error is a UNIQUE / FK / NOT NULL / CHECK violation, on every backend.

    SQLite and MariaDB raise ``IntegrityError`` for UNIQUE/FK/NOT NULL (and SQLite for CHECK), but
    MariaDB's failed CHECK arrives as ``OperationalError`` (errno 4025; 3819 on MySQL).
    """
    if isinstance(exc, IntegrityError):
        return True
    if isinstance(exc, OperationalError):
        args: tuple[Any, ...] = tuple(getattr(exc.orig, "args", ()))
        return len(args) > 0 and args[0] in _CHECK_VIOLATION_ERRNOS
    return False
