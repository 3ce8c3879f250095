"""The building's meter, polled over Modbus TCP: what the site draws besides its chargers, per phase.

A site's register map (`SiteLoad.meter`) says where to read: the host and port of the meter (or its
gateway), the unit id, holding (function 3) or input (function 4) registers, the register of each
phase's current (unsigned 16-bit), the scale that makes amperes of it (0.1 for a register in tenths of
an ampere) and how often to poll. Each good poll is stored like an integrator's pushed reading
(:func:`domain.load.tree.push_reading`); a failed one is recorded on the site (`meter_error`) and the
last reading ages until it is stale and the static limits hold.

The client is the few bytes of Modbus TCP the platform needs (a Read Holding/Input Registers request
and its answer), on asyncio streams, with a timeout on every step.
"""

from __future__ import annotations

import asyncio
import itertools
import re
import struct
from collections.abc import Mapping
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from typing import Any

from domain.errors import InvalidInput

#: Read Holding Registers, Read Input Registers.
FUNCTIONS = (3, 4)
#: The most registers one request may read (Modbus limit for functions 3 and 4).
MAX_SPAN = 125
HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]{2,39}\]?$")
TIMEOUT_S = 3.0
_transaction = itertools.count(1)


class MeterError(Exception):
    """The meter could not be read (unreachable, timed out, answered an exception or nonsense)."""


def clean_config(values: Mapping[str, Any]) -> dict[str, Any]:
    """A register map as stored, or InvalidInput naming the field that is wrong."""
    host = str(values.get("host") or "").strip()
    if not HOST.match(host):
        raise InvalidInput("The meter's host is a host name or an IP address.", field="host")
    port = values.get("port", 502)
    if not (isinstance(port, int) and 1 <= port <= 65535):
        raise InvalidInput("The port is from 1 to 65535.", field="port")
    unit = values.get("unit", 1)
    if not (isinstance(unit, int) and 0 <= unit <= 247):
        raise InvalidInput("The unit id is from 0 to 247.", field="unitId")
    function = values.get("function", 3)
    if function not in FUNCTIONS:
        raise InvalidInput("Registers are holding (3) or input (4) registers.", field="function")
    regs = values.get("registers")
    if (
        not isinstance(regs, list | tuple)
        or len(regs) != 3
        or not all(isinstance(r, int) and 0 <= r <= 65535 for r in regs)
    ):
        raise InvalidInput("Give the register of each phase's current (L1, L2, L3).", field="registers")
    if max(regs) - min(regs) >= MAX_SPAN:
        raise InvalidInput(f"The three registers lie within {MAX_SPAN} of each other.", field="registers")
    try:
        scale = Decimal(str(values.get("scale", "1")))
    except InvalidOperation:
        scale = Decimal(0)
    if not (Decimal("0.0001") <= scale <= Decimal(1000)):
        raise InvalidInput("The scale is from 0.0001 to 1000.", field="scale")
    interval = values.get("interval_s", 5)
    if not (isinstance(interval, int) and 1 <= interval <= 3600):
        raise InvalidInput("The meter is polled every 1 to 3600 seconds.", field="intervalSeconds")
    return {
        "host": host.strip("[]"),
        "port": port,
        "unit": unit,
        "function": function,
        "registers": list(regs),
        "scale": str(scale),
        "interval_s": interval,
    }


async def read_registers(
    host: str, port: int, unit: int, function: int, start: int, count: int, timeout: float = TIMEOUT_S
) -> list[int]:
    """`count` registers from `start` (unsigned 16-bit values)."""
    tid = next(_transaction) & 0xFFFF
    request = struct.pack(">HHHBBHH", tid, 0, 6, unit, function, start, count)
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(host, port)
            try:
                writer.write(request)
                await writer.drain()
                header = await reader.readexactly(7)
                r_tid, proto, length, r_unit = struct.unpack(">HHHB", header)
                if r_tid != tid or proto != 0 or r_unit != unit or not 2 <= length <= 256:
                    raise MeterError("the meter answered another request")
                pdu = await reader.readexactly(length - 1)
            finally:
                writer.close()
    except TimeoutError:
        raise MeterError(f"no answer from {host}:{port} within {timeout:g} s") from None
    except (OSError, asyncio.IncompleteReadError) as e:
        raise MeterError(f"cannot read {host}:{port}: {e}") from None
    if pdu[0] == function | 0x80:
        raise MeterError(f"the meter answered exception {pdu[1] if len(pdu) > 1 else '?'}")
    if pdu[0] != function or len(pdu) < 2 or pdu[1] != 2 * count or len(pdu) != 2 + 2 * count:
        raise MeterError("the meter's answer is not the registers asked for")
    return list(struct.unpack(f">{count}H", pdu[2:]))


async def read_phases(config: Mapping[str, Any]) -> tuple[int, int, int]:
    """The three phases' currents in whole amperes (rounded up: the safe side), per the register map."""
    regs = config["registers"]
    start = min(regs)
    values = await read_registers(
        config["host"], config["port"], config["unit"], config["function"], start, max(regs) - start + 1
    )
    scale = Decimal(config["scale"])
    amps = [(Decimal(values[r - start]) * scale).to_integral_value(rounding=ROUND_CEILING) for r in regs]
    return int(amps[0]), int(amps[1]), int(amps[2])
