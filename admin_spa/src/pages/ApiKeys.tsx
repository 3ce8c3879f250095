import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from "../ops/admin";
import type { AdminApiKeyFragment as ApiKey, ApiKeyScope } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, PageHeader } from "../components/ui";
import { FormView, type FormField } from "../components/Form";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";
import { curlExample, subscriptionExample } from "../lib/apiExamples";
import { usePlatformUrls } from "../ops/platform";

const FIELDS: FormField[] = [
  { name: "name", label: "Name (who uses it)", required: true },
  { name: "scope", label: "Scope", kind: "select", required: true, options: [{ value: "READ", label: "Read only" }, { value: "READ_WRITE", label: "Read and write" }] },
];
import { GRAPHIQL_KEY } from "../lib/graphiqlKey";

export function ApiKeysPage() {
  const [{ data, error }, refetch] = useQuery({ query: ApiKeysQuery });
  const [{ fetching }, create] = useMutation(CreateApiKeyMutation);
  const [, revoke] = useMutation(RevokeApiKeyMutation);
  const [created, setCreated] = useState<string | null>(null);
  const [err, setErr] = useState<string | null>(null);
  return (
    <div className="stack">
      <PageHeader title="API keys">
        <a href="/graphql" target="_blank" rel="noopener"><button>GraphiQL on /graphql</button></a>
        <Link to="/graphiql"><button>Open GraphiQL here</button></Link>
      </PageHeader>
      <ErrorBox error={error} what="API keys" />
      <div className="card">
        <h3>New key for an integrator</h3>
        <p className="small muted">A key acts as your account (with the scope chosen): keep it secret, revoke it when it is no longer used.</p>
        <FormView fields={FIELDS} initial={{ scope: "READ" }} busy={fetching} serverError={err} submitLabel="Create key" onSubmit={async (v) => {
          const r = await create({ input: { name: String(v.name).trim(), scope: v.scope as ApiKeyScope } });
          const m = describeError(r.error)?.message ?? userErrorsText(r.data?.createApiKey.errors);
          if (m) { setErr(m); return; }
          setErr(null); setCreated(r.data?.createApiKey.secret ?? null); refetch({ requestPolicy: "network-only" });
        }} />
        {created && (
          <div className="stack" style={{ marginTop: 12 }}>
            <div className="alert warn">Copy this key now; it is shown only once.</div>
            <div className="secret" data-testid="api-key">{created}</div>
            <div className="row">
              <button onClick={() => void navigator.clipboard?.writeText(created)}>Copy</button>
              <button onClick={() => { sessionStorage.setItem(GRAPHIQL_KEY, created); window.location.assign(`${import.meta.env.BASE_URL}graphiql`); }}>Use in GraphiQL</button>
            </div>
          </div>
        )}
      </div>
      <ApiUsage secret={created} />
      <DataTable<ApiKey> rows={data?.me?.apiKeys.nodes} rowKey={(k) => k.id} empty="No API keys." columns={[
        { key: "n", title: "Name", render: (k) => k.name }, { key: "p", title: "Prefix", render: (k) => <code>{k.prefix}…</code> },
        { key: "s", title: "Scope", render: (k) => <Badge value={k.scope} kind="busy" /> },
        { key: "c", title: "Created", render: (k) => <span className="small">{dateTime(k.createdAt)}</span> },
        { key: "u", title: "Last used", render: (k) => <span className="small">{dateTime(k.lastUsedAt)}</span> },
        { key: "r", title: "", render: (k) => k.revoked ? <Badge value="revoked" kind="err" /> : <button className="danger" onClick={async () => {
          if (!window.confirm(`Revoke ${k.name}?`)) return;
          const r = await revoke({ input: { id: k.id } });
          setErr(describeError(r.error)?.message ?? userErrorsText(r.data?.revokeApiKey.errors));
          refetch({ requestPolicy: "network-only" });
        }}>Revoke</button> },
      ]} />
    </div>
  );
}

/** How an integrator calls the API with a key: over HTTP with curl, and a live subscription. */
function ApiUsage({ secret }: { secret: string | null }) {
  const { publicUrl } = usePlatformUrls();
  const key = secret ?? undefined;
  return (
    <div className="card stack" data-testid="api-usage">
      <h3>Calling the API with a key</h3>
      <p className="small muted">
        Every request carries the key as <code>Authorization: Bearer &lt;key&gt;</code>; on the WebSocket
        (<code>graphql-transport-ws</code>) it goes in the <code>connection_init</code> payload as <code>authorization</code>.
        {secret ? " The examples below use the key just created." : ""}
      </p>
      <h4>A query over HTTP</h4>
      <pre data-testid="curl-example">{curlExample(publicUrl, key)}</pre>
      <h4>A subscription (live charger status)</h4>
      <pre data-testid="subscription-example">{subscriptionExample(publicUrl, key)}</pre>
    </div>
  );
}
