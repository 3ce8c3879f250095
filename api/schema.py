"""Assembles the GraphQL schema from one module per area."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types

from api import system

QUERY_TYPES: list[type] = [system.Query]
MUTATION_TYPES: list[type] = []
SUBSCRIPTION_TYPES: list[type] = []


def build_schema(production: bool = False) -> strawberry.Schema:
    query = merge_types("Query", tuple(QUERY_TYPES))
    mutation = merge_types("Mutation", tuple(MUTATION_TYPES)) if MUTATION_TYPES else None
    subscription = merge_types("Subscription", tuple(SUBSCRIPTION_TYPES)) if SUBSCRIPTION_TYPES else None
    return strawberry.Schema(query=query, mutation=mutation, subscription=subscription)


def export_sdl() -> str:
    return build_schema().as_str() + "\n"
