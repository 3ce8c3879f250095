"""The PlagSini data model: typed SQLAlchemy 2 models, one module per area of the platform.

``from db.models import X`` works for every public name of every module below; importing this
package registers every table on ``Base.metadata`` (Alembic's ``env.py`` relies on that).

- ``columns``: column types and helpers shared by all modules (``UTCDateTime``, ``BigId``,
  ``SenPrice``, ``enum_check``, ``utcnow``, ``ci_string_key``, ``is_constraint_violation`` ...),
  and the conventions every model follows (money in sen, UTC timestamps, CHECKed enumerations).
- ``accounts``: users, e-mailed one-time codes, refresh tokens, API keys, idTags, vehicles.
- ``money``: the double-entry ledger (accounts, postings, entries), gateway payments and their
  events, receipts and their gapless numbering.
- ``pricing``: tariffs, membership plans and drivers' memberships.
- ``rewards``: the reward catalog, redemptions, the points ledger, referrals.
- ``chargers``: charge points, connectors, faults, maintenance records.
- ``sessions``: charging requests (remote starts), refused starts, charging sessions (OCPP
  transactions), meter values, reservations.
- ``ocpp``: the OCPP message log, command history, configuration cache, charging profiles,
  firmware and diagnostics jobs.
- ``support``: drivers' support messages and the problems they report at chargers.
- ``system``: runtime settings, the node registry, the audit log.
- ``load``: site load management (capacity trees, site load settings, priority weights).
- ``device_model``: OCPP 2.0.1 stations' device models (reported variables) and report requests.

Each module holds the allowed values of its enumerated columns as module-level tuples.
Relationships between modules name their target class by string or under ``TYPE_CHECKING``,
so the modules import each other only for those tuples.
"""

# ruff: noqa: F403 - each area module's public names are its __all__, re-exported here whole

from __future__ import annotations

from db.base import Base
from db.models import (
    accounts,
    charger_security,
    chargers,
    device_model,
    load,
    money,
    ocpp,
    pricing,
    rewards,
    roaming,
    roaming_cpo,
    roaming_emsp,
    sessions,
    support,
    system,
)
from db.models.accounts import *
from db.models.charger_security import *
from db.models.chargers import *
from db.models.columns import (
    EMAIL_COLLATION,
    BigId,
    CiKey,
    LongText,
    SenPrice,
    UTCDateTime,
    ci_string_key,
    email_type,
    enum_check,
    is_constraint_violation,
    nullable_enum_check,
    utcnow,
)
from db.models.device_model import *
from db.models.load import *
from db.models.money import *
from db.models.ocpp import *
from db.models.pricing import *
from db.models.rewards import *
from db.models.roaming import *
from db.models.roaming_cpo import *
from db.models.roaming_emsp import *
from db.models.sessions import *
from db.models.support import *
from db.models.system import *

__all__ = [
    "Base",
    "EMAIL_COLLATION",
    "BigId",
    "CiKey",
    "LongText",
    "SenPrice",
    "UTCDateTime",
    "ci_string_key",
    "email_type",
    "enum_check",
    "is_constraint_violation",
    "nullable_enum_check",
    "utcnow",
]
__all__ += accounts.__all__
__all__ += money.__all__
__all__ += pricing.__all__
__all__ += rewards.__all__
__all__ += roaming.__all__
__all__ += roaming_emsp.__all__
__all__ += roaming_cpo.__all__
__all__ += chargers.__all__
__all__ += sessions.__all__
__all__ += ocpp.__all__
__all__ += support.__all__
__all__ += system.__all__
__all__ += load.__all__
__all__ += charger_security.__all__
__all__ += device_model.__all__
