"""Typed GraphQL errors shared by every area.

Two ways a failure reaches the client, both typed and free of internals:

* **Expected failures of a mutation** are returned in the payload's `errors: [UserError!]!`
  list. Catch `domain.errors.DomainError` in the resolver and return `user_errors(e)`, or wrap
  the body in `async with collect_errors() as errors:` (see below). Each concrete type has a
  stable `code` and a `message` safe to show; `field` names the input field (camelCase).
* **Refusals of a query field** (not signed in, forbidden, not found, rate limited) are raised:
  raise any `DomainError` (e.g. `NotAuthenticated()`); it becomes a GraphQL error with
  `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, RATE_LIMITED, ...). Every other
  exception is masked as "Internal server error." by the schema (`api/schema.py`).

Other areas add their own error types with `register_error_type(DomainErrorSubclass, GqlType)`;
the GraphQL type must implement `UserError` and be listed in `ERROR_TYPES` (done by the call).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

import strawberry

from domain import errors as de

P = TypeVar("P")


@strawberry.interface(
    description="An expected failure: a stable `code`, a message safe to show, the input field."
)
class UserError:
    code: str = strawberry.field(description="Stable machine-readable code, e.g. EMAIL_TAKEN.")
    message: str = strawberry.field(description="Human-readable message, safe to show.")
    field: str | None = strawberry.field(default=None, description="The input field concerned, if any.")


@strawberry.type(description="An input value is invalid.")
class InvalidInputError(UserError):
    pass


@strawberry.type(description="The object does not exist or is not visible to you.")
class NotFoundError(UserError):
    pass


@strawberry.type(description="Sign in first (or the token is invalid or expired).")
class NotAuthenticatedError(UserError):
    pass


@strawberry.type(description="You are not allowed to do this.")
class ForbiddenError(UserError):
    pass


@strawberry.type(description="The change conflicts with existing data.")
class ConflictError(UserError):
    pass


@strawberry.type(description="Too many attempts; retry after `retryAfterSeconds`.")
class RateLimitedError(UserError):
    retry_after_seconds: int


@strawberry.type(description="Email or password is wrong.")
class InvalidCredentialsError(UserError):
    pass


@strawberry.type(description="The account is disabled.")
class AccountDisabledError(UserError):
    pass


@strawberry.type(description="An account with this email already exists.")
class EmailTakenError(UserError):
    pass


@strawberry.type(description="The email address must be verified first.")
class EmailNotVerifiedError(UserError):
    pass


@strawberry.type(description="The one-time code is wrong.")
class CodeInvalidError(UserError):
    attempts_left: int


@strawberry.type(description="The one-time code has expired.")
class CodeExpiredError(UserError):
    pass


@strawberry.type(description="The one-time code was used or had too many wrong tries.")
class CodeUsedUpError(UserError):
    pass


@strawberry.type(description="The token is invalid, expired or revoked.")
class InvalidTokenError(UserError):
    pass


@strawberry.enum(description="The password rule that failed.")
class PasswordRule(Enum):
    TOO_SHORT = "TOO_SHORT"
    TOO_LONG = "TOO_LONG"
    COMMON = "COMMON"
    MATCHES_EMAIL = "MATCHES_EMAIL"
    REPETITIVE = "REPETITIVE"


@strawberry.type(
    description="The password does not meet the policy: at least 8 characters (12 for admins), at most "
    "256, not a common or breached password, not the email address, not a run of a few characters."
)
class WeakPasswordError(UserError):
    rule: PasswordRule = strawberry.field(description="Which rule failed.")


@strawberry.type(description="Any other expected failure, identified by `code`.")
class OperationError(UserError):
    pass


ERROR_TYPES: list[type] = [
    InvalidInputError,
    NotFoundError,
    NotAuthenticatedError,
    ForbiddenError,
    ConflictError,
    RateLimitedError,
    InvalidCredentialsError,
    AccountDisabledError,
    EmailTakenError,
    EmailNotVerifiedError,
    CodeInvalidError,
    CodeExpiredError,
    CodeUsedUpError,
    InvalidTokenError,
    WeakPasswordError,
    OperationError,
]

_BY_DOMAIN: dict[type[de.DomainError], type] = {
    de.InvalidInput: InvalidInputError,
    de.NotFound: NotFoundError,
    de.NotAuthenticated: NotAuthenticatedError,
    de.Forbidden: ForbiddenError,
    de.Conflict: ConflictError,
    de.RateLimited: RateLimitedError,
    de.InvalidCredentials: InvalidCredentialsError,
    de.AccountDisabled: AccountDisabledError,
    de.EmailTaken: EmailTakenError,
    de.EmailNotVerified: EmailNotVerifiedError,
    de.CodeInvalid: CodeInvalidError,
    de.CodeExpired: CodeExpiredError,
    de.CodeUsedUp: CodeUsedUpError,
    de.InvalidToken: InvalidTokenError,
    de.WeakPassword: WeakPasswordError,
}


def register_error_type(domain_error: type[de.DomainError], gql_type: type) -> None:
    """Map a DomainError subclass to a GraphQL type implementing UserError (extra fields are read
    from the exception's attributes of the same name)."""
    _BY_DOMAIN[domain_error] = gql_type
    if gql_type not in ERROR_TYPES:
        ERROR_TYPES.append(gql_type)


def camel(name: str | None) -> str | None:
    if not name:
        return name
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def user_error(err: de.DomainError) -> UserError:
    """The typed GraphQL object for an expected failure."""
    gql_type: type = OperationError
    for cls in type(err).__mro__:
        if cls in _BY_DOMAIN:
            gql_type = _BY_DOMAIN[cls]
            break
    kwargs: dict[str, Any] = {"code": err.code, "message": err.message, "field": camel(err.field)}
    if gql_type is RateLimitedError:
        kwargs["retry_after_seconds"] = getattr(err, "retry_after", 1)
    elif gql_type is CodeInvalidError:
        kwargs["attempts_left"] = getattr(err, "attempts_left", 0)
    elif gql_type is WeakPasswordError:
        kwargs["rule"] = PasswordRule(getattr(err, "rule", PasswordRule.TOO_SHORT.value))
    else:
        for name in getattr(gql_type, "__annotations__", {}):
            if name not in kwargs and hasattr(err, name):
                kwargs[name] = getattr(err, name)
    return gql_type(**kwargs)  # type: ignore[no-any-return]


def user_errors(err: de.DomainError) -> list[UserError]:
    return [user_error(err)]


def is_public(exc: BaseException | None) -> bool:
    """True for failures whose message may reach the client unmasked."""
    return isinstance(exc, de.DomainError)


async def payload_or_errors(payload_type: Callable[..., P], work: Awaitable[P]) -> P:
    """Await `work` (which builds the payload); an expected failure becomes
    `payload_type(errors=[...])`. Internal errors propagate (and are masked by the schema).

        return await payload_or_errors(VehiclePayload, _create_vehicle(info, input))
    """
    try:
        return await work
    except de.DomainError as e:
        return payload_type(errors=user_errors(e))
