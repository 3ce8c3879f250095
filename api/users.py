"""Admin user management: a paginated, searchable user list; create, update, disable, change role;
a user's wallet, sessions and id tags through the `User` fields. Admins only."""

from __future__ import annotations

import enum

import strawberry

from api.accounts_types import Role, User
from api.errors import UserError, payload_or_errors
from api.permissions import require_admin, require_viewer
from api.relay import Connection, SortDirection, decode_id, list_page, page_window, sort_of
from db.engine import read_session
from domain import accounts, list_order
from domain.errors import NotFound
from domain.read_models import users


@strawberry.input
class AdminCreateUserInput:
    email: str
    name: str
    phone: str | None = None
    role: Role = Role.DRIVER
    password: str | None = strawberry.field(default=None, description="Omit to generate one (returned once).")


@strawberry.input(description="Only the fields given are changed.")
class AdminUpdateUserInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    email_verified: bool | None = strawberry.UNSET


@strawberry.input
class AdminSetUserRoleInput:
    id: strawberry.ID
    role: Role


@strawberry.input
class AdminSetUserDisabledInput:
    id: strawberry.ID
    disabled: bool


@strawberry.type
class AdminCreateUserPayload:
    user: User | None = None
    generated_password: str | None = strawberry.field(default=None, description="Shown once.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class AdminUserPayload:
    user: User | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _set(value: object) -> bool:
    return value is not strawberry.UNSET


@strawberry.enum(description="What a list of users can be sorted by.")
class UserSortField(enum.Enum):
    EMAIL = "email"
    NAME = "name"
    ROLE = "role"
    CREATED_AT = "created_at"
    LAST_LOGIN_AT = "last_login_at"


@strawberry.input(description="The order of a list of users.")
class UserOrder:
    field: UserSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: users matching `search` (email, name or phone), newest first (or in `orderBy`)."
    )
    async def users(
        self,
        info: strawberry.Info,
        search: str | None = None,
        role: Role | None = None,
        disabled: bool | None = None,
        include_deleted: bool = False,
        order_by: UserOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[User]:
        await require_admin(info)
        stmt = accounts.user_search(search, role.value if role else None, disabled, include_deleted)
        return await list_page(
            info,
            stmt,
            to_node=User.from_model,
            **page_window(first, after, last, before),
            order=sort_of(list_order.USERS, order_by),
        )

    @strawberry.field(description="A user by id: yourself, or anyone for admins.")
    async def user(self, info: strawberry.Info, id: strawberry.ID) -> User | None:
        viewer = await require_viewer(info)
        try:
            pk = decode_id(id, "User")
        except NotFound:
            return None
        if pk != viewer.user.id and not viewer.is_admin:
            return None
        async with read_session(info.context.platform.sessionmaker) as session:
            user = await users.by_id(session, pk)
        return User.from_model(user) if user is not None else None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: create a user (email counts as verified).")
    async def admin_create_user(
        self, info: strawberry.Info, input: AdminCreateUserInput
    ) -> AdminCreateUserPayload:
        async def work() -> AdminCreateUserPayload:
            admin = await require_admin(info)
            user, generated = await accounts.admin_create_user(
                info.context.platform,
                actor_id=admin.id,
                email=input.email,
                name=input.name,
                password=input.password,
                phone=input.phone,
                role=input.role.value,
            )
            return AdminCreateUserPayload(user=User.from_model(user), generated_password=generated)

        return await payload_or_errors(AdminCreateUserPayload, work())

    @strawberry.mutation(description="Admins: change a user's name, email, phone or verification.")
    async def admin_update_user(self, info: strawberry.Info, input: AdminUpdateUserInput) -> AdminUserPayload:
        async def work() -> AdminUserPayload:
            admin = await require_admin(info)
            pk = decode_id(input.id, "User")
            user = await accounts.admin_update_user(
                info.context.platform,
                admin.id,
                pk,
                name=input.name if _set(input.name) and input.name is not None else None,
                email=input.email if _set(input.email) and input.email is not None else None,
                phone=input.phone if _set(input.phone) else None,
                set_phone=_set(input.phone),
                email_verified=input.email_verified if _set(input.email_verified) else None,
            )
            return AdminUserPayload(user=User.from_model(user))

        return await payload_or_errors(AdminUserPayload, work())

    @strawberry.mutation(description="Admins: make a user a driver or an admin.")
    async def admin_set_user_role(
        self, info: strawberry.Info, input: AdminSetUserRoleInput
    ) -> AdminUserPayload:
        async def work() -> AdminUserPayload:
            admin = await require_admin(info)
            pk = decode_id(input.id, "User")
            user = await accounts.admin_update_user(
                info.context.platform, admin.id, pk, role=input.role.value
            )
            return AdminUserPayload(user=User.from_model(user))

        return await payload_or_errors(AdminUserPayload, work())

    @strawberry.mutation(
        description="Admins: disable (sign out, refuse sign-in, block API keys) or enable a user."
    )
    async def admin_set_user_disabled(
        self, info: strawberry.Info, input: AdminSetUserDisabledInput
    ) -> AdminUserPayload:
        async def work() -> AdminUserPayload:
            admin = await require_admin(info)
            pk = decode_id(input.id, "User")
            user = await accounts.admin_update_user(
                info.context.platform, admin.id, pk, disabled=input.disabled
            )
            return AdminUserPayload(user=User.from_model(user))

        return await payload_or_errors(AdminUserPayload, work())
