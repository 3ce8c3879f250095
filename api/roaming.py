"""Admins: roaming partners over OCPI 2.2.1 (invite one to register with us, register with one,
rotate credentials, unregister) and their handshake state."""

from __future__ import annotations

import contextlib
import datetime as dt
from enum import Enum

import strawberry

from api import audited
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.permissions import require_admin
from api.relay import decode_id, encode_id
from api.roaming_emsp import pull_partner
from db import models as m
from db.engine import read_session
from domain import roaming, roaming_log, roaming_tokens


@strawberry.enum
class OcpiPartnerState(Enum):
    PENDING = "PENDING"
    REGISTERED = "REGISTERED"
    UNREGISTERED = "UNREGISTERED"


@strawberry.type(description="An OCPI 2.2.1 endpoint a partner offers.")
class OcpiEndpoint:
    identifier: str
    role: str | None
    url: str


@strawberry.type(description="A roaming partner platform (OCPI 2.2.1).")
class OcpiPartner:
    id: strawberry.ID
    name: str
    state: OcpiPartnerState
    versions_url: str | None
    version: str | None
    country_code: str | None
    party_id: str | None
    endpoints: list[OcpiEndpoint]
    last_error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.OcpiPartner) -> OcpiPartner:
        return mapped(
            cls,
            r,
            id=encode_id("OcpiPartner", r.id),
            state=OcpiPartnerState(r.state),
            endpoints=[
                OcpiEndpoint(identifier=str(e.get("identifier")), role=e.get("role"), url=str(e.get("url")))
                for e in roaming.endpoints_of(r)
            ],
        )


@strawberry.type(description="One call to or from a roaming partner (the OCPI log).")
class OcpiCall:
    id: strawberry.ID
    direction: str = strawberry.field(description="in: the partner called us; out: we called the partner.")
    method: str
    url: str
    http_status: int | None
    ocpi_status: int | None
    message: str | None
    duration_ms: int
    at: dt.datetime

    @classmethod
    def from_model(cls, r: m.OcpiCall) -> OcpiCall:
        return mapped(cls, r, id=encode_id("OcpiCall", r.id))


@strawberry.type
class OcpiPartnerPayload:
    partner: OcpiPartner | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PullOcpiTokensPayload:
    partner: OcpiPartner | None = None
    pulled: int = strawberry.field(default=0, description="How many of the partner's tokens were kept.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class InviteOcpiPartnerPayload:
    partner: OcpiPartner | None = None
    token_a: str | None = strawberry.field(default=None, description="Shown once: hand it to the partner.")
    versions_url: str | None = strawberry.field(default=None, description="Our versions URL for the partner.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class RegisterOcpiPartnerInput:
    name: str
    versions_url: str
    token_a: str


def _own(info: strawberry.Info) -> roaming.OwnParty:
    st = info.context.platform.settings
    return roaming.own_party(str(info.context.request.base_url), st.ocpi_country_code, st.ocpi_party_id)


async def _load(info: strawberry.Info, partner_id: int) -> OcpiPartner:
    async with read_session(info.context.platform.sessionmaker) as s:
        return OcpiPartner.from_model(await roaming.partner(s, partner_id))


@strawberry.type
class Query:
    @strawberry.field(description="Admins: the roaming partners, oldest first.")
    async def ocpi_partners(self, info: strawberry.Info) -> list[OcpiPartner]:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            return [OcpiPartner.from_model(r) for r in await roaming.partners(s)]

    @strawberry.field(description="Admins: a partner's last OCPI calls in both directions, newest first.")
    async def ocpi_partner_calls(
        self, info: strawberry.Info, id: strawberry.ID, first: int = 50
    ) -> list[OcpiCall]:
        await require_admin(info)
        pid = decode_id(id, "OcpiPartner")
        async with read_session(info.context.platform.sessionmaker) as s:
            return [OcpiCall.from_model(r) for r in await roaming_log.recent(s, pid, first)]

    @strawberry.field(description="Admins: the OCPI modules we offer partners, with our URLs.")
    async def ocpi_own_endpoints(self, info: strawberry.Info) -> list[OcpiEndpoint]:
        await require_admin(info)
        base = _own(info).versions_url.removesuffix("/versions") + "/" + roaming.VERSION
        return [
            OcpiEndpoint(identifier=mod, role=role, url=f"{base}/{mod}") for mod, role in roaming.OWN_MODULES
        ]


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: a partner that will register with us; returns its token A once."
    )
    async def invite_ocpi_partner(self, info: strawberry.Info, name: str) -> InviteOcpiPartnerPayload:
        admin = await require_admin(info)

        async def work() -> InviteOcpiPartnerPayload:
            row, token_a = await audited.change(
                info,
                admin.id,
                "ocpi.invite",
                "OcpiPartner",
                lambda s: roaming.invite_partner(s, name),
                target_id=lambda invited: invited[0].id,
            )
            node = OcpiPartner.from_model(row)
            return InviteOcpiPartnerPayload(
                partner=node, token_a=token_a, versions_url=_own(info).versions_url
            )

        return await payload_or_errors(InviteOcpiPartnerPayload, work())

    @strawberry.mutation(description="Admins: register with a partner given its versions URL and token A.")
    async def register_ocpi_partner(
        self, info: strawberry.Info, input: RegisterOcpiPartnerInput
    ) -> OcpiPartnerPayload:
        admin = await require_admin(info)

        async def work() -> OcpiPartnerPayload:
            ids: list[int] = []

            async def run() -> None:
                async with roaming.client() as c:
                    ids.append(
                        await roaming.register_with(
                            info.context.platform.sessionmaker,
                            input.name,
                            input.versions_url,
                            input.token_a,
                            _own(info),
                            c,
                        )
                    )

            await run()
            # Registering commits on its own (it talks to the partner between transactions); the
            # entry follows.
            await audited.note(
                info, admin.id, "ocpi.register", "OcpiPartner", ids[0], {"versions_url": input.versions_url}
            )
            # As eMSP: their Locations and Tariffs (best effort: a failure is kept as the last error).
            with contextlib.suppress(roaming.PartnerUnreachable):
                await pull_partner(info, ids[0])
            return OcpiPartnerPayload(partner=await _load(info, ids[0]))

        return await payload_or_errors(OcpiPartnerPayload, work())

    @strawberry.mutation(description="Admins: rotate the credentials tokens with a registered partner.")
    async def rotate_ocpi_credentials(self, info: strawberry.Info, id: strawberry.ID) -> OcpiPartnerPayload:
        await require_admin(info)

        async def work() -> OcpiPartnerPayload:
            pid = decode_id(id, "OcpiPartner")

            async def run() -> None:
                async with roaming.client() as c:
                    await roaming.rotate_credentials(info.context.platform.sessionmaker, pid, _own(info), c)

            await run()
            return OcpiPartnerPayload(partner=await _load(info, pid))

        return await payload_or_errors(OcpiPartnerPayload, work())

    @strawberry.mutation(description="Admins: end the registration with a partner (its tokens stop working).")
    async def unregister_ocpi_partner(self, info: strawberry.Info, id: strawberry.ID) -> OcpiPartnerPayload:
        await require_admin(info)

        async def work() -> OcpiPartnerPayload:
            pid = decode_id(id, "OcpiPartner")
            async with roaming.client() as c:
                await roaming.unregister(info.context.platform.sessionmaker, pid, c)
            return OcpiPartnerPayload(partner=await _load(info, pid))

        return await payload_or_errors(OcpiPartnerPayload, work())

    @strawberry.mutation(
        description="Admins: pull a registered partner's tokens (all pages); each valid one is kept."
    )
    async def pull_ocpi_tokens(self, info: strawberry.Info, id: strawberry.ID) -> PullOcpiTokensPayload:
        await require_admin(info)

        async def work() -> PullOcpiTokensPayload:
            pid = decode_id(id, "OcpiPartner")
            async with roaming.client() as c:
                pulled = await roaming_tokens.pull_partner(info.context.platform.sessionmaker, pid, c)
            return PullOcpiTokensPayload(partner=await _load(info, pid), pulled=pulled)

        return await payload_or_errors(PullOcpiTokensPayload, work())
