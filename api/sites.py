"""Admins: sites (the places chargers stand at), listed, created and edited, each with its chargers
and what drivers see of them (the driver API's own answer, see `chargerDriverPreview`)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import strawberry

from api import audited
from api.accounts_types import Money
from api.chargers import DriverPreview, driver_preview
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.ocpp_types import Charger, PlaceChanges
from api.permissions import require_admin
from api.relay import Connection, SortDirection, decode_id, encode_id, paginate, sort_of
from api.stations import Station, unit_price
from db import models as m
from db.engine import read_session
from domain import list_order, sites


@strawberry.type(description="A place with chargers (a car park, a mall).")
class Site:
    id: strawberry.ID
    name: str
    description: str | None
    address: str | None
    city: str | None
    state: str | None
    postcode: str | None
    latitude: Decimal | None
    longitude: Decimal | None
    created_at: dt.datetime
    charger_count: int = 0
    pk: strawberry.Private[int] = 0

    @classmethod
    def from_model(cls, s: m.Site) -> Site:
        return mapped(cls, s, id=encode_id("Site", s.id), pk=s.id)


@strawberry.type(description="A charger of a site that drivers do not find, and why.")
class HiddenCharger:
    charge_point_id: str
    name: str | None
    reasons: list[str]


@strawberry.type(
    description="What drivers see of a site, by the driver app's rules: the chargers it lists there "
    "(as the driver API returns them), how many are available now, and the energy prices."
)
class SiteDriverView:
    stations: list[Station]
    available_now: int = strawberry.field(
        description="Visible chargers available now (online, operative, a plug free)."
    )
    price_per_kwh_from: Money | None = strawberry.field(
        description="The lowest energy price of the visible chargers."
    )
    price_per_kwh_to: Money | None = strawberry.field(
        description="The highest energy price of the visible chargers."
    )
    hidden: list[HiddenCharger]

    @classmethod
    def of(cls, view: sites.SiteDriverView) -> SiteDriverView:
        span = view.price_per_kwh_range_sen
        currency = view.tariffs[view.visible[0].id].currency if view.visible else "MYR"
        return cls(
            stations=[Station.build(c, view.tariffs[c.id]) for c in view.visible],
            available_now=view.available_now,
            price_per_kwh_from=unit_price(span[0], currency) if span else None,
            price_per_kwh_to=unit_price(span[1], currency) if span else None,
            hidden=[
                HiddenCharger(charge_point_id=c.charge_point_id, name=c.name, reasons=r)
                for c, r in view.hidden
            ],
        )


@strawberry.type(description="A site with its chargers and what drivers see of each.")
class SiteDetail:
    site: Site
    chargers: list[Charger]
    driver_previews: list[DriverPreview]
    driver_view: SiteDriverView = strawberry.field(description="What drivers see of the site as a whole.")


@strawberry.enum(description="What a list of sites can be sorted by.")
class SiteSortField(enum.Enum):
    NAME = "name"
    CITY = "city"
    CREATED_AT = "created_at"


@strawberry.input(description="The order of a list of sites.")
class SiteOrder:
    field: SiteSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: sites, newest first (or in `orderBy`); `search` matches name, address, city."
    )
    async def sites(
        self,
        info: strawberry.Info,
        search: str | None = None,
        order_by: SiteOrder | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Site]:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            conn = await paginate(
                s,
                sites.listing(search),
                key=m.Site.id,
                to_node=Site.from_model,
                first=first,
                after=after,
                order=sort_of(list_order.SITES, order_by),
            )
            counts = await sites.charger_counts(s, [e.node.pk for e in conn.edges])
        for e in conn.edges:
            e.node.charger_count = counts.get(e.node.pk, 0)
        return conn

    @strawberry.field(description="Admins: one site with its chargers and what drivers see of them.")
    async def site(self, info: strawberry.Info, id: strawberry.ID) -> SiteDetail:
        await require_admin(info)
        pk = decode_id(id, "Site")
        async with read_session(info.context.platform.sessionmaker) as s:
            found = await sites.with_chargers(s, pk)
            view = await sites.driver_view(s, found)
        site = Site.from_model(found.site)
        site.charger_count = len(found.chargers)
        return SiteDetail(
            site=site,
            chargers=[Charger.from_model(c) for c in found.chargers],
            driver_previews=[driver_preview(c, view.tariffs[c.id]) for c in found.chargers],
            driver_view=SiteDriverView.of(view),
        )


@strawberry.input
class SiteInput:
    name: str
    description: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    postcode: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None


@strawberry.input(description="Only the fields given are changed.")
class UpdateSiteInput(PlaceChanges):
    pass


@strawberry.type
class SitePayload:
    site: Site | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _values(input: Any) -> dict[str, Any]:
    if isinstance(input, PlaceChanges):
        return input.given(sites.FIELDS)
    return {n: getattr(input, n) for n in sites.FIELDS}


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: create a site.")
    async def create_site(self, info: strawberry.Info, input: SiteInput) -> SitePayload:
        admin = await require_admin(info)

        async def work() -> SitePayload:
            values = _values(input)
            site: m.Site = await audited.change(
                info, admin.id, "site.create", "Site", lambda s: sites.create(s, values), values
            )
            return SitePayload(site=Site.from_model(site))

        return await payload_or_errors(SitePayload, work())

    @strawberry.mutation(description="Admins: change a site's name, address or position.")
    async def update_site(self, info: strawberry.Info, input: UpdateSiteInput) -> SitePayload:
        admin = await require_admin(info)

        async def work() -> SitePayload:
            pk = decode_id(input.id, "Site")
            values = _values(input)
            site: m.Site = await audited.change(
                info, admin.id, "site.update", "Site", lambda s: sites.update(s, pk, values), values
            )
            return SitePayload(site=Site.from_model(site))

        return await payload_or_errors(SitePayload, work())
