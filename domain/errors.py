"""Expected failures raised by `domain/` and mapped to typed GraphQL errors by `api/errors.py`.

A `DomainError` carries a stable machine-readable `code`, a human message that is safe to show
to the caller, and optionally the input `field` it concerns. Anything that is not a DomainError
is an internal error and is masked at the API edge.
"""

from __future__ import annotations


class DomainError(Exception):
    code = "ERROR"
    default_message = "The request could not be completed."

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        self.message = message or self.default_message
        self.field = field
        super().__init__(self.message)

    @property
    def extensions(self) -> dict[str, object]:
        """GraphQL error extensions (graphql-core copies them from the original exception)."""
        ext: dict[str, object] = {"code": self.code}
        if self.field:
            ext["field"] = self.field
        retry_after = getattr(self, "retry_after", None)
        if retry_after is not None:
            ext["retryAfterSeconds"] = retry_after
        return ext


class InvalidInput(DomainError):
    code = "INVALID_INPUT"
    default_message = "Invalid input."


class NotFound(DomainError):
    code = "NOT_FOUND"
    default_message = "Not found."


class NotAuthenticated(DomainError):
    code = "UNAUTHENTICATED"
    default_message = "Sign in to do this."


class Forbidden(DomainError):
    code = "FORBIDDEN"
    default_message = "You are not allowed to do this."


class Conflict(DomainError):
    code = "CONFLICT"
    default_message = "This conflicts with existing data."


class RateLimited(DomainError):
    code = "RATE_LIMITED"
    default_message = "Too many attempts; try again later."

    def __init__(self, retry_after: int, message: str | None = None, *, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.retry_after = max(1, int(retry_after))


class InvalidCredentials(DomainError):
    code = "INVALID_CREDENTIALS"
    default_message = "Email or password is wrong."


class AccountDisabled(DomainError):
    code = "ACCOUNT_DISABLED"
    default_message = "This account is disabled."


class EmailTaken(DomainError):
    code = "EMAIL_TAKEN"
    default_message = "An account with this email already exists."


class EmailNotVerified(DomainError):
    code = "EMAIL_NOT_VERIFIED"
    default_message = "Verify your email address first."


class CodeInvalid(DomainError):
    code = "CODE_INVALID"
    default_message = "The code is wrong."

    def __init__(self, attempts_left: int = 0, message: str | None = None, *, field: str | None = "code"):
        super().__init__(message, field=field)
        self.attempts_left = attempts_left


class CodeExpired(DomainError):
    code = "CODE_EXPIRED"
    default_message = "The code has expired; request a new one."


class CodeUsedUp(DomainError):
    code = "CODE_USED_UP"
    default_message = "The code can no longer be used; request a new one."


class InvalidToken(DomainError):
    code = "INVALID_TOKEN"
    default_message = "The token is invalid or expired."


class WeakPassword(DomainError):
    """`rule` says which password rule failed (see `domain.password_policy.RULES`)."""

    code = "WEAK_PASSWORD"
    default_message = "Choose a longer password."

    def __init__(self, message: str | None = None, *, field: str | None = None, rule: str = "TOO_SHORT"):
        super().__init__(message, field=field)
        self.rule = rule

    @property
    def extensions(self) -> dict[str, object]:
        return {**super().extensions, "rule": self.rule}


class ConnectorUnavailable(DomainError):
    code = "CONNECTOR_UNAVAILABLE"
    default_message = "This connector is not available."


class BalanceTooLow(DomainError):
    code = "BALANCE_TOO_LOW"
    default_message = "Top up your wallet before charging."
