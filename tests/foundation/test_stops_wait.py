"""A stop waits for what it cancels: every task the platform's code cancels goes through
`domain.tasks.cancel_and_wait`, which waits until the task has ended (its cleanup included) and
cancels again a task that absorbed the first cancellation.

A bare `task.cancel()` returns at once: the task's cleanup (a rollback, a final record, a bus
unsubscribe) then runs on after the stop, against a database or a bus the node is closing. And
`task.cancel(); await task` waits forever on a task that absorbed its cancellation. This test reads
every module of the platform's packages and fails, naming file and line, on a `.cancel()` call
anywhere but in `domain/tasks.py`. The second test shows that the check finds one."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("api", "db", "domain", "ocpi", "ocpp_server", "plagsini")

#: Where `.cancel()` is right: the helper itself, and a timer handle (not a task: nothing to wait for).
ALLOWED = {
    ("domain/tasks.py", "task"),
    ("plagsini/overrides/uvicorn_drain.py", "self._deadline"),
}


def bare_cancels(source: str, path: str) -> list[str]:
    """`file:line receiver` of each `<receiver>.cancel()` call (no arguments but an optional msg)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "cancel"
            and not node.args
            and all(k.arg == "msg" for k in node.keywords)
        ):
            receiver = ast.unparse(node.func.value)
            if (path, receiver) not in ALLOWED:
                found.append(f"{path}:{node.lineno} {receiver}.cancel()")
    return found


def test_every_cancelled_task_is_awaited_through_cancel_and_wait() -> None:
    found = []
    for package in PACKAGES:
        for file in sorted((ROOT / package).rglob("*.py")):
            path = file.relative_to(ROOT).as_posix()
            found += bare_cancels(file.read_text(), path)
    assert not found, "cancel with domain.tasks.cancel_and_wait instead:\n" + "\n".join(found)


def test_the_check_finds_a_bare_cancel() -> None:
    source = """
async def stop(self):
    self.task.cancel()
    listener.cancel(msg="stopping")
    await memberships.cancel(s, user_id)
"""
    assert bare_cancels(source, "domain/x.py") == [
        "domain/x.py:3 self.task.cancel()",
        "domain/x.py:4 listener.cancel()",
    ]
