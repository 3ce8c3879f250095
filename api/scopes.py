"""API-key scopes, enforced for every mutation in one place.

A read-scoped API key (`ApiKeyScope.READ`) may run queries and subscriptions, never a mutation:
`ReadOnlyKeyGuard` refuses the whole operation before any resolver runs, so a new mutation cannot
forget the check (resolvers still call `require_user`/`require_scope`, which say the same). The
answer is one GraphQL error, `extensions.code` FORBIDDEN, `data` null.

A mutation that a read key may run must be listed in `READ_KEY_MUTATIONS` with the reason
(`allow_for_read_keys("name", "why")`); none is today.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from graphql import ExecutionResult, FieldNode, GraphQLError, OperationDefinitionNode
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from domain.errors import Forbidden

#: Mutation field name -> why a read-only API key may run it.
READ_KEY_MUTATIONS: dict[str, str] = {}

READ_ONLY_MESSAGE = "This API key is read-only."


def allow_for_read_keys(field_name: str, reason: str) -> None:
    """Mark a mutation (its GraphQL field name) as safe for read-only API keys."""
    if not reason.strip():
        raise ValueError("say why a read-only key may run this mutation")
    READ_KEY_MUTATIONS[field_name] = reason


def _root_fields(execution_context: Any) -> list[str] | None:
    """Names of the operation's top-level fields; None when they cannot be listed plainly
    (fragments at the root): then the operation counts as a write."""
    document = execution_context.graphql_document
    if document is None:
        return None
    wanted = execution_context.operation_name
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        if wanted is not None and (definition.name is None or definition.name.value != wanted):
            continue
        names: list[str] = []
        for selection in definition.selection_set.selections:
            if not isinstance(selection, FieldNode):
                return None
            names.append(selection.name.value)
        return names
    return None


class ReadOnlyKeyGuard(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:  # type: ignore[override]
        ec = self.execution_context
        if ec.operation_type is OperationType.MUTATION and ec.result is None:
            get_viewer = getattr(ec.context, "get_viewer", None)
            viewer = await get_viewer() if get_viewer is not None else None
            if viewer is not None and not viewer.can_write:
                fields = _root_fields(ec)
                if fields is None or any(name not in READ_KEY_MUTATIONS for name in fields):
                    error = Forbidden(READ_ONLY_MESSAGE)
                    refusal = GraphQLError(error.message, original_error=error, extensions=error.extensions)
                    ec.result = ExecutionResult(data=None, errors=[refusal])
        yield
