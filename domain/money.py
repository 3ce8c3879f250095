"""Money arithmetic: integer sen in storage, ``Decimal`` in code, rounded once (half up) to the sen.

No ``float`` is accepted anywhere: a float reaching these helpers is a bug and raises ``TypeError``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextlib import AbstractContextManager
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from fractions import Fraction

from domain.errors import InvalidInput

#: One sen expressed in ringgit.
SEN = Decimal("0.01")
#: Working precision for intermediate amounts (far beyond any meter or price).
PRECISION = 40


def require_exact(value: object, what: str = "amount") -> None:
    if isinstance(value, float):
        raise TypeError(f"{what} must be an int or Decimal, never a float")
    if not isinstance(value, int | Decimal):
        raise TypeError(f"{what} must be an int or Decimal, got {type(value).__name__}")


def dec_exact(value: object) -> Decimal:
    require_exact(value)
    return Decimal(value)  # type: ignore[arg-type]


def dec(value: int | Decimal | str) -> Decimal:
    """An exact Decimal from an int, a Decimal or a decimal string (never a float)."""
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation as e:
            raise InvalidInput(f"{value!r} is not a number") from e
    require_exact(value)
    return Decimal(value)


def round_sen(amount_sen: Decimal | int | Fraction) -> int:
    """Round an exact amount of sen to a whole sen, half up (away from zero). The one rounding step."""
    if isinstance(amount_sen, Fraction):
        if amount_sen < 0:
            return -math.floor(-amount_sen + Fraction(1, 2))
        return math.floor(amount_sen + Fraction(1, 2))
    require_exact(amount_sen)
    return int(Decimal(amount_sen).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_decimal(value: Fraction, places: int = 6) -> Decimal:
    """A Fraction shown as a Decimal with ``places`` decimals (for display only, never for sums)."""
    q = Decimal(1).scaleb(-places)
    with localcontext(prec=PRECISION):
        return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(q, rounding=ROUND_HALF_UP)


def sen_to_ringgit(sen: int) -> Decimal:
    """Integer sen → Decimal ringgit with two places (e.g. 1234 → Decimal('12.34'))."""
    require_exact(sen, "sen")
    return (Decimal(int(sen)) / 100).quantize(SEN)


def ringgit_to_sen(amount: Decimal | int | str, *, field: str = "amount", positive: bool = False) -> int:
    """A ringgit amount from a caller → integer sen. More than two decimal places is an input error."""
    value = dec(amount) if not isinstance(amount, Decimal) else amount
    require_exact(value)
    if not value.is_finite():
        raise InvalidInput("Amount must be a finite number.", field=field)
    if value != value.quantize(SEN, rounding=ROUND_HALF_UP):
        raise InvalidInput("Amount can have at most two decimal places.", field=field)
    sen = int(value * 100)
    if positive and sen <= 0:
        raise InvalidInput("Amount must be greater than zero.", field=field)
    return sen


def currency_prefix(currency: str) -> str:
    """What is written before an amount: ``RM`` for MYR, else the currency code."""
    return "RM" if currency == "MYR" else currency


def format_sen(sen: int, currency: str = "MYR") -> str:
    """Human-readable amount: ``RM 12.34`` for MYR, else ``<CUR> 12.34``."""
    amount = sen_to_ringgit(sen)
    sign = "-" if amount < 0 else ""
    return f"{sign}{currency_prefix(currency)} {abs(amount):,.2f}"


def format_rate_sen(sen: Decimal, currency: str = "MYR") -> str:
    """A unit price as written on a receipt: ``RM 0.08`` for 8 sen, ``RM 0.075`` for 7.5 sen (at least
    two decimals, at most four)."""
    amount = Decimal(sen) / 100
    exponent = amount.normalize().as_tuple().exponent
    places = max(2, min(4, -exponent if isinstance(exponent, int) else 2))
    return f"{currency_prefix(currency)} {amount.quantize(Decimal(1).scaleb(-places)):f}"


def allocate(exact: Sequence[Decimal | Fraction], total_sen: int) -> list[int]:
    """Whole-sen amounts for ``exact`` (amounts in sen) that add up to ``total_sen`` exactly.

    Largest-remainder method: each part is floored, then the sen still missing go one each to the
    parts with the largest fractional remainders (earliest first on ties). Each part ends within one
    sen of its exact value when ``total_sen`` is the rounded sum of ``exact``.
    """
    parts = [x if isinstance(x, Fraction) else Fraction(dec_exact(x)) for x in exact]
    floors = [math.floor(x) for x in parts]
    missing = total_sen - sum(floors)
    if missing < 0 or missing > len(parts):
        raise ValueError("total_sen is not the rounded sum of the parts")
    order = sorted(range(len(parts)), key=lambda i: (-(parts[i] - floors[i]), i))
    out = list(floors)
    for i in order[:missing]:
        out[i] += 1
    return out


def exact_context() -> AbstractContextManager[Context]:
    """A Decimal context with ample precision for intermediate money arithmetic."""
    return localcontext(prec=PRECISION)
