"""The CPO senders' routes beyond Locations: Sessions and CDRs (pull, paged, `date_from`/`date_to`),
each partner seeing its own drivers' sessions; Tariffs (pull, paged, and one by id); and the Commands
receiver (`ocpi/commands.py`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from db.models import OcpiPartner
from domain import roaming_sessions, roaming_tariffs
from ocpi import cpo_sessions
from ocpi.commands import CommandsReceiver
from ocpi.routes import VERSION, Handler, OcpiError, envelope, page_query, paged
from ocpi.tariffs import tariff_object
from plagsini.platform import Platform

Auth = Callable[[Handler], Callable[[Request], Awaitable[Response]]]


def routes(platform: Platform, auth: Auth) -> list[Route]:
    st = platform.settings

    async def sessions(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        q = page_query(request)
        page = await roaming_sessions.page(
            s,
            partner.id,
            cdrs=False,
            date_from=q.date_from,
            date_to=q.date_to,
            offset=q.offset,
            limit=q.limit,
        )
        data = [
            await cpo_sessions.session_object(s, rs, st.ocpi_country_code, st.ocpi_party_id)
            for rs in page.items
        ]
        return paged(request, q, data, page.total)

    async def cdrs(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        q = page_query(request)
        page = await roaming_sessions.page(
            s, partner.id, cdrs=True, date_from=q.date_from, date_to=q.date_to, offset=q.offset, limit=q.limit
        )
        data = [
            await cpo_sessions.issued_cdr(s, rs, st.ocpi_country_code, st.ocpi_party_id) for rs in page.items
        ]
        return paged(request, q, data, page.total)

    async def tariffs(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        cc, pid = st.ocpi_country_code, st.ocpi_party_id
        if "tariff_id" in request.path_params:
            t = await roaming_tariffs.one(s, request.path_params["tariff_id"])
            if t is None:
                raise OcpiError(404, 2000, "Unknown tariff.")
            return envelope(request, tariff_object(t, cc, pid))
        q = page_query(request)
        page = await roaming_tariffs.page(
            s, date_from=q.date_from, date_to=q.date_to, offset=q.offset, limit=q.limit
        )
        return paged(request, q, [tariff_object(t, cc, pid) for t in page.tariffs], page.total)

    commands = CommandsReceiver(platform)
    out = []
    for slash in ("", "/"):
        out += [
            Route(f"/{VERSION}/commands/{{command}}" + slash, auth(commands.handle), methods=["POST"]),
            Route(f"/{VERSION}/tariffs" + slash, auth(tariffs), methods=["GET"]),
            Route(f"/{VERSION}/tariffs/{{tariff_id}}" + slash, auth(tariffs), methods=["GET"]),
            Route(f"/{VERSION}/sessions" + slash, auth(sessions), methods=["GET"]),
            Route(f"/{VERSION}/cdrs" + slash, auth(cdrs), methods=["GET"]),
        ]
    return out
