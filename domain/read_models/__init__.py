"""Read models: the queries behind the API's lists and lookups, one module per area.

Resolvers authorize, call one of these, and map the rows to GraphQL types; they run no SQL of their
own. A function here takes an AsyncSession and plain values and returns ORM rows or dataclasses; one
that feeds a Relay connection returns the filtered `Select` (the API's `paginate` adds keyset paging).
Writes and business rules stay in the domain module of their area."""
