"""GraphQL hardening: limits, batching off, production without introspection/suggestions/GraphiQL,
masked internal errors with typed (extensions.code) expected failures."""

from __future__ import annotations

from typing import Any

import pytest

from api.schema import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS, build_schema, should_mask
from tests.helpers.auth import make_user

INTROSPECTION = "{ __schema { types { name } } }"


def _messages(result: dict[str, Any]) -> str:
    return " | ".join(e["message"] for e in result.get("errors", []))


async def test_production_turns_off_introspection_suggestions_and_graphiql(server_factory: Any) -> None:
    prod = await server_factory(environment="production")
    result = await prod.graphql(INTROSPECTION)
    assert "data" not in result or result["data"] is None
    assert "introspection" in _messages(result).lower()
    result = await prod.graphql('{ __type(name: "User") { name fields { name } } }')
    assert result.get("data") is None and result["errors"]
    result = await prod.graphql("{ platfor { name } }")
    assert result["errors"] and "Did you mean" not in _messages(result)
    r = await prod.http.get("/graphql", headers={"Accept": "text/html"})
    assert "graphiql" not in r.text.lower()


async def test_development_keeps_introspection_and_suggestions(server: Any) -> None:
    result = await server.graphql(INTROSPECTION)
    assert any(t["name"] == "User" for t in result["data"]["__schema"]["types"])
    assert "Did you mean" in _messages(await server.graphql("{ platfor { name } }"))


async def test_depth_alias_and_token_limits(server: Any) -> None:
    deep = "{ me " + "{ a " * MAX_DEPTH + "{ b }" + " }" * MAX_DEPTH + " }"
    assert "exceeds maximum operation depth" in _messages(await server.graphql(deep))
    aliases = "{ " + " ".join(f"a{i}: platform {{ name }}" for i in range(MAX_ALIASES + 1)) + " }"
    assert "aliases" in _messages(await server.graphql(aliases)).lower()
    ok = "{ " + " ".join(f"a{i}: platform {{ name }}" for i in range(MAX_ALIASES)) + " }"
    assert "errors" not in await server.graphql(ok)
    many = "{ platform { " + "name " * (MAX_TOKENS + 1) + "} }"
    result = await server.graphql(many)
    assert result.get("data") is None and "token" in _messages(result).lower()


async def test_batching_is_off(server: Any) -> None:
    r = await server.http.post(
        "/graphql", json=[{"query": "{ platform { name } }"}, {"query": "{ me { id } }"}]
    )
    assert r.status_code == 400


async def test_internal_errors_are_masked(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from domain import vehicles

    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("db password is hunter2 at /srv/secret.py line 42")

    monkeypatch.setattr(vehicles, "create", broken)
    _, token = await make_user(server.platform)
    result = await server.graphql(
        'mutation { createVehicle(input: {brand: "b", model: "m"}) { errors { code } } }', token=token
    )
    assert _messages(result) == "Internal server error."
    assert "hunter2" not in str(result) and "secret.py" not in str(result)
    assert "extensions" not in result["errors"][0] or "exception" not in result["errors"][0]["extensions"]


async def test_expected_refusals_are_typed(server: Any) -> None:
    _, token = await make_user(server.platform)
    result = await server.graphql("{ users { totalCount } }", token=token)
    error = result["errors"][0]
    assert error["extensions"]["code"] == "FORBIDDEN" and error["message"] == "Admins only."
    result = await server.graphql("{ users { totalCount } }")
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_schema_builds_for_production() -> None:
    schema = build_schema(production=True)
    assert schema.config.disable_field_suggestions is True
    assert schema.config.batching_config is None
    assert should_mask is not None


async def test_validation_is_cached_per_schema_for_passing_documents_only() -> None:
    """CachedDocuments: a document that passed is not re-validated; one that failed fails every time;
    a development schema's pass (introspection) never lets the same text through a production one."""
    dev, prod = build_schema(), build_schema(production=True)
    introspect = "{ __schema { queryType { name } } }"
    for _ in range(2):
        assert (await dev.execute(introspect)).errors is None
    for _ in range(2):
        assert (await prod.execute(introspect)).errors
    deep = "{ " + 'a: __type(name: "Query") { fields { type { ofType { ' * 4 + "name" + " } } }" * 4 + " }"
    for _ in range(2):
        result = await dev.execute(deep)
        assert result.errors, result


async def test_each_operation_text_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """CachedDocuments: the same text is parsed once and its document shared; a text over the token
    limit is refused every time (never remembered), and a syntax error is reported every time."""
    import strawberry.schema.schema as strawberry_schema

    from api.schema import MAX_TOKENS

    parsed: list[str] = []
    real_parse = strawberry_schema.parse

    def counting_parse(source: Any, **options: Any) -> Any:
        parsed.append(str(source))
        return real_parse(source, **options)

    monkeypatch.setattr(strawberry_schema, "parse", counting_parse)
    schema = build_schema()
    query = "{ __typename }"
    for _ in range(3):
        result = await schema.execute(query)
        assert result.errors is None and result.data == {"__typename": "Query"}
    assert parsed.count(query) == 1
    too_many = "{ " + "__typename " * MAX_TOKENS + "}"
    broken = "{ __typename"
    for text in (too_many, broken):
        for _ in range(2):
            result = await schema.execute(text)
            assert (
                result.errors and (result.errors[0].extensions or {}).get("code") == "GRAPHQL_PARSE_FAILED"
            ), result
        assert parsed.count(text) == 2


async def test_a_subscription_over_http_gets_a_clear_refusal(server: Any) -> None:
    """Subscriptions are served over the WebSocket only: one sent as an HTTP POST (a client that
    did not route it to its socket) is refused with a 400 that says where to send it."""
    _, token = await make_user(server.platform, role="admin")
    for query in (
        "subscription { dashboardStats { chargersTotal } }",
        "subscription Live { faults { faultId } } query Q { platform { name } }",
    ):
        r = await server.http.post(
            "/graphql",
            json={"query": query, "operationName": "Live" if "Live" in query else None},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 400, r.text
        assert "graphql-transport-ws" in r.text
    # The query of the same document still runs over HTTP.
    r = await server.http.post(
        "/graphql",
        json={
            "query": "subscription Live { faults { faultId } } query Q { platform { name } }",
            "operationName": "Q",
        },  # noqa: E501
    )
    assert r.json()["data"] == {"platform": {"name": "PlagSini"}}
