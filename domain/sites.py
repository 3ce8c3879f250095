"""Sites: the places chargers stand at (a car park, a mall), as the console groups them: a name,
an address and a position, and the chargers there. A charger keeps its own address and position
(what drivers see); a site gives new chargers theirs (the console fills them from the site)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import Charger, Site
from domain import rows, stations
from domain.charger_setup import clean_details, hidden_because
from domain.errors import Conflict, InvalidInput
from domain.read_models import contains_any
from domain.tariffs import TariffSnapshot

#: What an operator sets on a site.
FIELDS = ("name", "description", "address", "city", "state", "postcode", "latitude", "longitude")


async def _apply(session: AsyncSession, site: Site, values: Mapping[str, Any]) -> Site:
    clean = clean_details(values, FIELDS, site)
    if "name" in clean and not clean["name"]:
        raise InvalidInput("A site has a name.", field="name")
    for name, value in clean.items():
        setattr(site, name, value)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:
        raise Conflict("A site of this name exists.", field="name") from None
    return site


async def create(session: AsyncSession, values: Mapping[str, Any]) -> Site:
    if not (values.get("name") or "").strip():
        raise InvalidInput("A site has a name.", field="name")
    site = Site()
    session.add(site)
    return await _apply(session, site, values)


async def update(session: AsyncSession, site_id: int, values: Mapping[str, Any]) -> Site:
    return await _apply(session, await get(session, site_id), values)


async def get(session: AsyncSession, site_id: int) -> Site:
    return await rows.get(session, Site, site_id, "No such site.", field="siteId")


def listing(search: str | None = None) -> Select[Site]:
    """Sites for the console; `search` matches the name, address and city."""
    q = select(Site)
    if search and search.strip():
        q = q.where(contains_any(search, Site.name, Site.address, Site.city))
    return q


async def charger_counts(session: AsyncSession, site_ids: list[int]) -> dict[int, int]:
    if not site_ids:
        return {}
    rows = await session.execute(
        select(Charger.site_id, func.count(Charger.id))
        .where(Charger.site_id.in_(site_ids))
        .group_by(Charger.site_id)
    )
    return {sid: int(n) for sid, n in rows.all() if sid is not None}


@dataclass
class SiteWithChargers:
    site: Site
    chargers: list[Charger]


async def with_chargers(session: AsyncSession, site_id: int) -> SiteWithChargers:
    """A site and its chargers (connectors loaded), by charge point id."""
    site = await get(session, site_id)
    chargers = await session.scalars(
        select(Charger)
        .options(selectinload(Charger.connectors))
        .where(Charger.site_id == site_id)
        .order_by(Charger.charge_point_id)
    )
    return SiteWithChargers(site, list(chargers))


@dataclass
class SiteDriverView:
    """What drivers see of a site, by the driver app's own rules (`stations`): the chargers there they
    find (`stations.visible_to_drivers`), which of them are available now (`stations.is_available`)
    and the tariff each one charges (`stations.tariffs_for`); the others, with why drivers miss them."""

    visible: list[Charger]
    hidden: list[tuple[Charger, list[str]]]
    tariffs: dict[int, TariffSnapshot]

    @property
    def available_now(self) -> int:
        return sum(1 for c in self.visible if stations.is_available(c))

    @property
    def price_per_kwh_range_sen(self) -> tuple[Decimal, Decimal] | None:
        """The lowest and highest energy price (sen/kWh) of the visible chargers; None without any."""
        prices = [self.tariffs[c.id].price_per_kwh_sen for c in self.visible]
        return (min(prices), max(prices)) if prices else None


async def driver_view(session: AsyncSession, found: SiteWithChargers) -> SiteDriverView:
    """What drivers see of the site `found` (its chargers loaded with connectors)."""
    prices = await stations.tariffs_for(session, found.chargers)
    visible = [c for c in found.chargers if stations.visible_to_drivers(c)]
    hidden = [(c, hidden_because(c)) for c in found.chargers if not stations.visible_to_drivers(c)]
    return SiteDriverView(visible=visible, hidden=hidden, tariffs=prices)
