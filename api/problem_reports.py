"""Problems drivers report at a charger (`domain/problem_reports.py`): a driver opens a case and sees
only their own; operators list a charger's cases next to its faults and close them. The photo goes to
a signed link (HTTP, outside GraphQL: up to 5 MB), see `photo_routes`."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.permissions import require_admin, require_user
from api.relay import Connection, decode_id, encode_id, list_page
from db import models as m
from db.engine import read_session
from domain import problem_reports
from domain.errors import DomainError, NotFound
from domain.ratelimit import Limit, enforce, get_limiter
from domain.read_models.paging import Query as ListQuery
from plagsini.platform import Platform

#: Reports a driver may open per hour.
REPORTS_PER_HOUR = 10


@strawberry.enum(description="What is wrong at the charger.")
class ProblemCategory(Enum):
    WONT_START = "wont_start"
    STOPPED = "stopped"
    DAMAGED = "damaged"
    CABLE = "cable"
    SCREEN = "screen"
    BLOCKED = "blocked"
    PAYMENT = "payment"
    OTHER = "other"


@strawberry.enum
class ProblemReportStatus(Enum):
    OPEN = "open"
    CLOSED = "closed"


@strawberry.type(description="A problem a driver reported at a charger.")
class ProblemReport:
    id: strawberry.ID
    charger_id: strawberry.ID
    charge_point_id: str
    connector_id: int | None
    category: ProblemCategory
    note: str | None
    status: ProblemReportStatus
    has_photo: bool
    created_at: dt.datetime
    closed_at: dt.datetime | None
    resolution: str | None
    pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, r: m.ProblemReport) -> ProblemReport:
        return mapped(
            cls,
            r,
            id=encode_id("ProblemReport", r.id),
            charger_id=encode_id("Charger", r.charger_id),
            charge_point_id=r.charger.charge_point_id,
            category=ProblemCategory(r.category),
            status=ProblemReportStatus(r.status),
            has_photo=r.photo_type is not None,
            pk=r.id,
        )

    @strawberry.field(description="Operators: a link to the photo, valid for an hour (none without a photo).")
    async def photo_url(self, info: strawberry.Info) -> str | None:
        await require_admin(info, write=False)
        if not self.has_photo:
            return None
        return problem_reports.photo_link(info.context.platform.secret_key, "get", self.pk)


async def _page(
    info: strawberry.Info, stmt: ListQuery, first: int | None, after: str | None
) -> Connection[ProblemReport]:
    return await list_page(
        info, stmt, key=m.ProblemReport.id, to_node=ProblemReport.from_model, first=first, after=after
    )


@strawberry.input
class ReportProblemInput:
    charge_point_id: str
    connector_id: int | None = None
    category: ProblemCategory
    note: str | None = strawberry.field(
        default=None, description="What the driver saw (at most 1,000 characters)."
    )
    with_photo: bool = strawberry.field(default=False, description="Ask for a link to send a photo to.")


@strawberry.type
class ReportProblemPayload:
    report: ProblemReport | None = None
    photo_upload_url: str | None = strawberry.field(
        default=None,
        description="With withPhoto: PUT the photo's bytes here (JPEG, PNG or WebP, at most 5 MB, "
        "Content-Type set) within 10 minutes.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CloseProblemReportInput:
    id: strawberry.ID
    resolution: str | None = None


@strawberry.type
class CloseProblemReportPayload:
    report: ProblemReport | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="The problems you reported, newest first.")
    async def my_problem_reports(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[ProblemReport]:
        user = await require_user(info)
        return await _page(info, problem_reports.mine(user.id), first, after)

    @strawberry.field(description="Operators: drivers' problem reports, of one charger and/or status.")
    async def problem_reports(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        status: ProblemReportStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[ProblemReport]:
        await require_admin(info, write=False)
        cid = decode_id(charger_id, "Charger") if charger_id is not None else None
        stmt = problem_reports.for_operator(cid, None if status is None else status.value)
        return await _page(info, stmt, first, after)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Report a problem at a public charger (optionally with a photo).")
    async def report_problem(self, info: strawberry.Info, input: ReportProblemInput) -> ReportProblemPayload:
        async def work() -> ReportProblemPayload:
            user = await require_user(info)
            platform = info.context.platform
            await enforce(get_limiter(platform), [(f"problem:user:{user.id}", Limit(REPORTS_PER_HOUR, 3600))])
            async with platform.sessionmaker() as s, s.begin():
                case = await problem_reports.report(
                    s,
                    user_id=user.id,
                    charge_point_id=input.charge_point_id,
                    connector_id=input.connector_id,
                    category=input.category.value,
                    note=input.note,
                )
                node = ProblemReport.from_model(case)
            link = (
                problem_reports.photo_link(platform.secret_key, "put", node.pk) if input.with_photo else None
            )
            return ReportProblemPayload(report=node, photo_upload_url=link)

        return await payload_or_errors(ReportProblemPayload, work())

    @strawberry.mutation(description="Operators: close a problem report with what was done.")
    async def close_problem_report(
        self, info: strawberry.Info, input: CloseProblemReportInput
    ) -> CloseProblemReportPayload:
        async def work() -> CloseProblemReportPayload:
            admin = await require_admin(info)
            rid = decode_id(input.id, "ProblemReport")
            async with info.context.platform.sessionmaker() as s, s.begin():
                case = await problem_reports.close(s, rid, operator_id=admin.id, resolution=input.resolution)
                node = ProblemReport.from_model(case)
            return CloseProblemReportPayload(report=node)

        return await payload_or_errors(CloseProblemReportPayload, work())


def photo_routes(platform: Platform) -> list[Route]:
    """PUT a report's photo to its signed link (the driver app); GET it with the operator's link."""

    def signed(request: Request, action: str) -> int | None:
        try:
            rid = int(request.path_params["report_id"])
            expires = int(request.query_params.get("expires", "0"))
        except ValueError:
            return None
        sig = request.query_params.get("sig", "")
        return rid if problem_reports.link_valid(platform.secret_key, action, rid, expires, sig) else None

    async def put(request: Request) -> Response:
        rid = signed(request, "put")
        if rid is None:
            return JSONResponse({"error": "This link is invalid or has expired."}, status_code=403)
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > problem_reports.MAX_PHOTO_BYTES:
                return JSONResponse(
                    {"error": "The photo may be at most 5 MB.", "field": "photo"}, status_code=413
                )
        try:
            async with platform.sessionmaker() as s, s.begin():
                await problem_reports.attach_photo(
                    s, rid, request.headers.get("content-type", ""), bytes(data)
                )
        except DomainError as e:
            status = 404 if isinstance(e, NotFound) else 400
            return JSONResponse({"error": str(e), "code": e.code, "field": e.field}, status_code=status)
        return JSONResponse({"ok": True})

    async def get(request: Request) -> Response:
        rid = signed(request, "get")
        if rid is None:
            return Response("This link is invalid or has expired.", status_code=403)
        try:
            async with read_session(platform.sessionmaker) as s:
                data, kind = await problem_reports.photo(s, rid)
        except NotFound:
            return Response("Not found", status_code=404)
        headers = {"Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff"}
        return Response(data, media_type=kind, headers=headers)

    path = problem_reports.PHOTO_PATH + "{report_id:int}"
    return [Route(path, put, methods=["PUT"]), Route(path, get, methods=["GET"])]
