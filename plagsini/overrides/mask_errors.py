"""Strawberry's `MaskErrors` with a fast path for streamed results without errors (see the class)."""

from __future__ import annotations

from typing import Any

from strawberry.extensions import MaskErrors


class MaskUnexpectedErrors(MaskErrors):
    """MaskErrors that returns at once for a streamed result without errors.

    What: overrides `MaskErrors._process_stream_result` (private) to skip a result that has no
    `errors`, `incremental` or `completed` entries, and otherwise does what the library does.
    Why: it runs for every subscription event delivered, and the library's general check (an
    `isinstance` against a runtime-checkable Protocol per result) cost more than executing a shared
    event (`api/fanout.py`).
    Written for: strawberry-graphql 0.341.2 (`MaskErrors.on_stream_result` calls
    `_process_stream_result(result)` for each streamed result).
    """

    def _process_stream_result(self, result: Any) -> None:
        if getattr(result, "errors", None) or getattr(result, "incremental", None):
            super()._process_stream_result(result)
        elif getattr(result, "completed", None):
            super()._process_stream_result(result)
