"""Accounts: registration with email codes, sign-in, tokens, password, profile, vehicles, id tags.

Every mutation takes one `input` and returns a payload whose `errors` list holds the expected
failures (typed `UserError`s). Inputs contain only the fields a user may set: role, disabled,
email_verified or balances are not in any driver input (mass assignment is impossible).
"""

from __future__ import annotations

from collections.abc import Awaitable
from decimal import Decimal
from enum import Enum

import strawberry

from api.accounts_types import AuthTokens, IdTag, User, Vehicle, VehicleConnectorType, auth_tokens
from api.errors import UserError, payload_or_errors
from api.permissions import require_session, require_user, require_viewer
from api.relay import decode_id
from db.engine import read_session
from db.models import User as UserModel
from domain import accounts, idtags, mail, otp, tokens, vehicles
from domain.errors import Forbidden, NotFound
from domain.read_models import users
from domain.tokens import TokenPair

# ------------------------------------------------------------------------------------------- inputs


@strawberry.input
class RequestEmailCodeInput:
    email: str
    locale: str | None = strawberry.field(
        default=None, description="The language of the mail (en, ms or zh); an account's own wins."
    )


@strawberry.input
class VerifyEmailCodeInput:
    email: str
    code: str


@strawberry.input
class RegisterInput:
    email: str
    password: str
    name: str
    phone: str | None = None
    verification_token: str | None = strawberry.field(
        default=None, description="From verifyEmailCode; required when REQUIRE_VERIFIED_EMAIL is on."
    )


@strawberry.input
class LoginInput:
    email: str
    password: str


@strawberry.input
class RefreshTokenInput:
    refresh_token: str


@strawberry.input
class LogoutInput:
    refresh_token: str | None = None
    all_sessions: bool = False


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input
class RequestPasswordResetInput:
    email: str


@strawberry.input
class ResetPasswordInput:
    email: str
    code: str
    new_password: str


@strawberry.input
class DeleteAccountInput:
    password: str


@strawberry.input(description="Only the fields given are changed; `phone: null` clears the phone.")
class UpdateProfileInput:
    name: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    locale: str | None = strawberry.field(
        default=strawberry.UNSET, description="The app's and your mails' language: en, ms or zh."
    )


@strawberry.input
class CreateVehicleInput:
    brand: str
    model: str
    battery_kwh: Decimal | None = None
    connector_type: VehicleConnectorType | None = None
    nickname: str | None = None
    plate_number: str | None = None


@strawberry.input(description="Only the fields given are changed; null clears an optional field.")
class UpdateVehicleInput:
    id: strawberry.ID
    brand: str | None = strawberry.UNSET
    model: str | None = strawberry.UNSET
    battery_kwh: Decimal | None = strawberry.UNSET
    connector_type: VehicleConnectorType | None = strawberry.UNSET
    nickname: str | None = strawberry.UNSET
    plate_number: str | None = strawberry.UNSET


@strawberry.input
class DeleteVehicleInput:
    id: strawberry.ID


@strawberry.input
class AddRfidTagInput:
    id_tag: str = strawberry.field(description="The card's UID as the charger reads it (4-20 characters).")
    label: str | None = None
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="Admins only: the card's owner."
    )


@strawberry.input
class IdTagInput:
    id: strawberry.ID


# ------------------------------------------------------------------------------------------- payloads


@strawberry.type
class RequestEmailCodePayload:
    sent: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class VerifyEmailCodePayload:
    verification_token: str | None = strawberry.field(
        default=None, description="Pass to register within 30 minutes."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class AuthPayload:
    user: User | None = None
    tokens: AuthTokens | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LogoutPayload:
    revoked_sessions: int = 0
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OkPayload:
    ok: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class UserPayload:
    user: User | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class VehiclePayload:
    vehicle: Vehicle | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteVehiclePayload:
    deleted_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class IdTagPayload:
    id_tag: IdTag | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


# ------------------------------------------------------------------------------------------- helpers


def _given(input_obj: object, *names: str) -> dict[str, object]:
    """The fields of a partial-update input that were actually given (UNSET ones are left out)."""
    out: dict[str, object] = {}
    for name in names:
        value = getattr(input_obj, name)
        if value is not strawberry.UNSET:
            out[name] = value.value if isinstance(value, Enum) else value
    return out


async def _signed_in(signing_in: Awaitable[tuple[UserModel, TokenPair]]) -> AuthPayload:
    """The payload of a sign-in (register, login, refresh): the user and the new tokens, or the errors."""

    async def work() -> AuthPayload:
        user, pair = await signing_in
        return AuthPayload(user=User.from_model(user), tokens=auth_tokens(pair))

    return await payload_or_errors(AuthPayload, work())


async def _owned_tag_scope(info: strawberry.Info) -> int | None:
    viewer = await require_viewer(info)
    return None if viewer.is_admin else viewer.user.id


# ------------------------------------------------------------------------------------------- schema


@strawberry.type
class Query:
    @strawberry.field(description="The signed-in user; null when anonymous.")
    async def me(self, info: strawberry.Info) -> User | None:
        ctx = info.context
        if ctx.bearer_token() is None:
            return None
        user = await require_user(info)
        return User.from_model(user)

    @strawberry.field(description="One of your vehicles (any vehicle for admins).")
    async def vehicle(self, info: strawberry.Info, id: strawberry.ID) -> Vehicle | None:
        viewer = await require_viewer(info)
        try:
            pk = decode_id(id, "Vehicle")
            async with read_session(info.context.platform.sessionmaker) as session:
                v = await vehicles.get(session, pk, None if viewer.is_admin else viewer.user.id)
        except NotFound:
            return None
        return Vehicle.from_model(v)

    @strawberry.field(description="One of your id tags (any tag for admins).")
    async def id_tag(self, info: strawberry.Info, id: strawberry.ID) -> IdTag | None:
        owner = await _owned_tag_scope(info)
        try:
            pk = decode_id(id, "IdTag")
            async with read_session(info.context.platform.sessionmaker) as session:
                tag = await idtags.get_owned(session, pk, owner)
        except NotFound:
            return None
        return IdTag.from_model(tag)


@strawberry.type
class Mutation:
    # --------------------------------------------------------------------------- registration

    @strawberry.mutation(
        description="Email a 6-digit code to verify an address before registering. The answer is the "
        "same for every address; an address that already has an account gets a mail saying so instead."
    )
    async def request_email_code(
        self, info: strawberry.Info, input: RequestEmailCodeInput
    ) -> RequestEmailCodePayload:
        async def work() -> RequestEmailCodePayload:
            email = accounts.normalize_email(input.email)
            locale = mail.clean_locale(input.locale) if input.locale is not None else None
            await otp.send_code(info.context.platform, email, "register", info.context.client_ip, locale)
            return RequestEmailCodePayload(sent=True)

        return await payload_or_errors(RequestEmailCodePayload, work())

    @strawberry.mutation(description="Check the emailed code; returns a token for register.")
    async def verify_email_code(
        self, info: strawberry.Info, input: VerifyEmailCodeInput
    ) -> VerifyEmailCodePayload:
        async def work() -> VerifyEmailCodePayload:
            platform = info.context.platform
            email = accounts.normalize_email(input.email)
            row = await otp.verify_code(platform, email, "register", input.code, info.context.client_ip)
            return VerifyEmailCodePayload(
                verification_token=tokens.issue_email_token(platform.secret_key, email, row.id)
            )

        return await payload_or_errors(VerifyEmailCodePayload, work())

    @strawberry.mutation(description="Create a driver account and sign in.")
    async def register(self, info: strawberry.Info, input: RegisterInput) -> AuthPayload:
        return await _signed_in(
            accounts.register(
                info.context.platform,
                email=input.email,
                password=input.password,
                name=input.name,
                phone=input.phone,
                verification_token=input.verification_token,
                client=info.context.client_info(),
            )
        )

    # --------------------------------------------------------------------------- sessions

    @strawberry.mutation(description="Sign in with email and password.")
    async def login(self, info: strawberry.Info, input: LoginInput) -> AuthPayload:
        return await _signed_in(
            accounts.login(
                info.context.platform,
                email=input.email,
                password=input.password,
                client=info.context.client_info(),
            )
        )

    @strawberry.mutation(description="Exchange a refresh token for new tokens (the old one stops working).")
    async def refresh_token(self, info: strawberry.Info, input: RefreshTokenInput) -> AuthPayload:
        return await _signed_in(
            accounts.refresh(info.context.platform, input.refresh_token, info.context.client_info())
        )

    @strawberry.mutation(description="Sign out this session (or every session with allSessions).")
    async def logout(self, info: strawberry.Info, input: LogoutInput) -> LogoutPayload:
        async def work() -> LogoutPayload:
            viewer = await require_session(info)
            count = await accounts.logout(
                info.context.platform,
                viewer.user.id,
                family_id=viewer.session_id,
                refresh_token=input.refresh_token,
                everywhere=input.all_sessions,
            )
            return LogoutPayload(revoked_sessions=count)

        return await payload_or_errors(LogoutPayload, work())

    # --------------------------------------------------------------------------- passwords

    @strawberry.mutation(description="Change your password; other sessions are signed out.")
    async def change_password(self, info: strawberry.Info, input: ChangePasswordInput) -> AuthPayload:
        async def work() -> AuthPayload:
            viewer = await require_session(info)
            pair = await accounts.change_password(
                info.context.platform,
                viewer.user.id,
                current=input.current_password,
                new=input.new_password,
                keep_family=viewer.session_id,
                client=info.context.client_info(),
            )
            return AuthPayload(user=User.from_model(viewer.user), tokens=auth_tokens(pair))

        return await payload_or_errors(AuthPayload, work())

    @strawberry.mutation(
        description="Email a password-reset code (the answer is the same for unknown addresses)."
    )
    async def request_password_reset(
        self, info: strawberry.Info, input: RequestPasswordResetInput
    ) -> OkPayload:
        async def work() -> OkPayload:
            await accounts.request_password_reset(
                info.context.platform, input.email, info.context.client_info()
            )
            return OkPayload(ok=True)

        return await payload_or_errors(OkPayload, work())

    @strawberry.mutation(description="Set a new password with the emailed code; every session is signed out.")
    async def reset_password(self, info: strawberry.Info, input: ResetPasswordInput) -> OkPayload:
        async def work() -> OkPayload:
            await accounts.reset_password(
                info.context.platform,
                email=input.email,
                code=input.code,
                new_password=input.new_password,
                client=info.context.client_info(),
            )
            return OkPayload(ok=True)

        return await payload_or_errors(OkPayload, work())

    @strawberry.mutation(
        description="Delete your account: personal data is erased, ledger history stays anonymised."
    )
    async def delete_account(self, info: strawberry.Info, input: DeleteAccountInput) -> OkPayload:
        async def work() -> OkPayload:
            viewer = await require_session(info)
            await accounts.delete_account(
                info.context.platform,
                viewer.user.id,
                password=input.password,
                client=info.context.client_info(),
            )
            return OkPayload(ok=True)

        return await payload_or_errors(OkPayload, work())

    # --------------------------------------------------------------------------- profile

    @strawberry.mutation(description="Change your name or phone.")
    async def update_profile(self, info: strawberry.Info, input: UpdateProfileInput) -> UserPayload:
        async def work() -> UserPayload:
            me = await require_user(info)
            given = _given(input, "name", "phone", "locale")
            user = await accounts.update_profile(
                info.context.platform,
                me.id,
                name=given.get("name") if given.get("name") is not None else None,  # type: ignore[arg-type]
                phone=given.get("phone"),  # type: ignore[arg-type]
                set_phone="phone" in given,
                locale=given.get("locale"),  # type: ignore[arg-type]
            )
            return UserPayload(user=User.from_model(user))

        return await payload_or_errors(UserPayload, work())

    # --------------------------------------------------------------------------- vehicles

    @strawberry.mutation(description="Add a vehicle to your account.")
    async def create_vehicle(self, info: strawberry.Info, input: CreateVehicleInput) -> VehiclePayload:
        async def work() -> VehiclePayload:
            me = await require_user(info)
            v = await vehicles.create(
                info.context.platform,
                me.id,
                brand=input.brand,
                model=input.model,
                battery_kwh=input.battery_kwh,
                connector_type=input.connector_type.value if input.connector_type else None,
                nickname=input.nickname,
                plate_number=input.plate_number,
            )
            return VehiclePayload(vehicle=Vehicle.from_model(v))

        return await payload_or_errors(VehiclePayload, work())

    @strawberry.mutation(description="Change one of your vehicles.")
    async def update_vehicle(self, info: strawberry.Info, input: UpdateVehicleInput) -> VehiclePayload:
        async def work() -> VehiclePayload:
            viewer = await require_viewer(info)
            pk = decode_id(input.id, "Vehicle")
            fields = _given(
                input, "brand", "model", "battery_kwh", "connector_type", "nickname", "plate_number"
            )
            v = await vehicles.update(
                info.context.platform, pk, None if viewer.is_admin else viewer.user.id, **fields
            )
            return VehiclePayload(vehicle=Vehicle.from_model(v))

        return await payload_or_errors(VehiclePayload, work())

    @strawberry.mutation(description="Remove one of your vehicles.")
    async def delete_vehicle(self, info: strawberry.Info, input: DeleteVehicleInput) -> DeleteVehiclePayload:
        async def work() -> DeleteVehiclePayload:
            viewer = await require_viewer(info)
            pk = decode_id(input.id, "Vehicle")
            await vehicles.delete(info.context.platform, pk, None if viewer.is_admin else viewer.user.id)
            return DeleteVehiclePayload(deleted_id=input.id)

        return await payload_or_errors(DeleteVehiclePayload, work())

    # --------------------------------------------------------------------------- id tags

    @strawberry.mutation(description="Register an RFID card (admins may register it for any user).")
    async def add_rfid_tag(self, info: strawberry.Info, input: AddRfidTagInput) -> IdTagPayload:
        async def work() -> IdTagPayload:
            viewer = await require_viewer(info)
            owner_id = viewer.user.id
            if input.user_id is not None:
                if not viewer.is_admin:
                    raise Forbidden("Only admins register cards for other users.", field="user_id")
                owner_id = decode_id(input.user_id, "User", field="user_id")
            async with info.context.platform.sessionmaker.begin() as session:
                owner = await users.by_id(session, owner_id)
                if owner is None or owner.deleted_at is not None:
                    raise NotFound(field="user_id")
                tag = await idtags.add_rfid(session, owner_id, input.id_tag, input.label)
            return IdTagPayload(id_tag=IdTag.from_model(tag))

        return await payload_or_errors(IdTagPayload, work())

    @strawberry.mutation(description="Block one of your id tags: chargers will refuse it.")
    async def block_id_tag(self, info: strawberry.Info, input: IdTagInput) -> IdTagPayload:
        return await payload_or_errors(IdTagPayload, _set_tag_status(info, input, blocked=True))

    @strawberry.mutation(description="Unblock one of your id tags.")
    async def unblock_id_tag(self, info: strawberry.Info, input: IdTagInput) -> IdTagPayload:
        return await payload_or_errors(IdTagPayload, _set_tag_status(info, input, blocked=False))


async def _set_tag_status(info: strawberry.Info, input: IdTagInput, *, blocked: bool) -> IdTagPayload:
    owner = await _owned_tag_scope(info)
    pk = decode_id(input.id, "IdTag")
    async with info.context.platform.sessionmaker.begin() as session:
        tag = await idtags.get_owned(session, pk, owner)
        await idtags.set_status(session, tag, blocked, by_admin=owner is None)
    return IdTagPayload(id_tag=IdTag.from_model(tag))
