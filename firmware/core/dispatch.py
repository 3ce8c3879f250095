"""Incoming CALLs: find the operation's handler in the registry, answer CALLRESULT or CALLERROR.

A handler is `handle(cp, payload)` in its module under `firmware/operations/`. It returns the
CALLRESULT payload, or (payload, after) where `after` is a coroutine function run once the answer
is sent (a remote start that must authorize first, a reset, an upload). It raises CallError for a
CALLERROR; a missing field (KeyError) and a wrong type (TypeError, ValueError) are mapped here.
"""

from firmware.core.errors import CallError, NotConnected
from firmware.operations import handler_for, release


async def handle_call(cp, uid, action, payload):
    done = [action]  # the CALL's action, and the model's operation it became (2.0.1)
    try:
        await _handle(cp, uid, action, payload, done)
    finally:
        for a in done:
            release(a)
        if cp.dialect is not None:
            cp.dialect.release(action)


async def _handle(cp, uid, action, payload, done):
    cp.received.append(action)
    cp.log("<-", action)
    if not isinstance(payload, dict):
        await reply_error(cp, uid, "FormationViolation", "payload must be an object")
        return
    answer = None
    try:
        if cp.dialect is not None:
            model = cp.dialect.incoming(action, payload)
            if model is None:
                await reply_error(cp, uid, "NotImplemented", "unknown action " + action)
                return
            action, payload, answer = model
            done.append(action)
    except KeyError as e:
        await reply_error(cp, uid, "OccurrenceConstraintViolation", "missing %s" % e)
        return
    handler = handler_for(action)
    if handler is None:
        await reply_error(cp, uid, "NotImplemented", "unknown action " + action)
        return
    after = None
    try:
        res = handler(cp, payload)
        if isinstance(res, tuple):
            res, after = res
        if answer is not None:
            res = answer(res)
    except CallError as e:
        await reply_error(cp, uid, e.code, e.description)
        return
    except KeyError as e:
        await reply_error(cp, uid, "OccurenceConstraintViolation", "missing %s" % e)
        return
    except (TypeError, ValueError) as e:
        await reply_error(cp, uid, "TypeConstraintViolation", str(e))
        return
    try:
        await cp.connection.send([3, uid, res])
    except NotConnected:
        return
    if after is not None:
        await after()


async def reply_error(cp, uid, code, desc):
    try:
        await cp.connection.send([4, uid, code, desc[:255], {}])
    except NotConnected:
        pass
