import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { RoamingCallsQuery, RoamingPartnersQuery } from "../ops/roaming";
import type { AdminRoamingCallsQuery, AdminRoamingPartnersQuery } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, PageHeader, type Column } from "../components/ui";
import { dateTime } from "../lib/format";
import { ConnectPartner, PartnerActions } from "../components/RoamingConnect";

type Partner = AdminRoamingPartnersQuery["ocpiPartners"][number];
type Endpoint = AdminRoamingPartnersQuery["ocpiOwnEndpoints"][number];
type Call = AdminRoamingCallsQuery["ocpiPartnerCalls"][number];

const STATE_KIND: Record<string, string> = { REGISTERED: "ok", PENDING: "warn", UNREGISTERED: "off" };

/** A call went wrong: no answer, an HTTP error or an OCPI status other than success (1xxx). */
export function failed(c: Pick<Call, "httpStatus" | "ocpiStatus">): boolean {
  return c.httpStatus == null || c.httpStatus >= 400 || (c.ocpiStatus != null && (c.ocpiStatus < 1000 || c.ocpiStatus >= 2000));
}

/** The URL without scheme and host (the partner's or ours is known from the direction). */
function path(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, "");
}

const CALL_COLUMNS: Column<Call>[] = [
  { key: "t", title: "When", render: (c) => <span className="small">{dateTime(c.at)}</span> },
  { key: "d", title: "Direction", render: (c) => (c.direction === "in" ? "From partner" : "To partner") },
  { key: "m", title: "Call", render: (c) => <code>{c.method} {path(c.url)}</code> },
  { key: "s", title: "Result", render: (c) => (
    <Badge value={`${c.httpStatus ?? "no answer"}${c.ocpiStatus != null ? ` · ${c.ocpiStatus}` : ""}`} kind={failed(c) ? "err" : "ok"} />
  ) },
  { key: "x", title: "Message", render: (c) => <span className="small muted">{c.message ?? ""}</span> },
  { key: "ms", title: "Time", render: (c) => <span className="small">{c.durationMs} ms</span> },
];

function Modules({ title, endpoints }: { title: string; endpoints: Endpoint[] }) {
  return (
    <div>
      <h3 className="small" style={{ margin: "8px 0 4px" }}>{title}</h3>
      {endpoints.length === 0 ? <span className="muted small">None</span> : (
        <ul className="small" style={{ margin: 0, paddingLeft: 18 }}>
          {endpoints.map((e) => <li key={`${e.identifier}-${e.role}`}><code>{e.identifier}</code> {e.role ? <span className="muted">({e.role.toLowerCase()})</span> : null}</li>)}
        </ul>
      )}
    </div>
  );
}

function PartnerCard({ partner, own, onChanged }: { partner: Partner; own: Endpoint[]; onChanged: () => void }) {
  const [{ data, error, fetching }, refetchCalls] = useQuery({ query: RoamingCallsQuery, variables: { id: partner.id, first: 50 }, requestPolicy: "cache-and-network" });
  const calls = data?.ocpiPartnerCalls;
  const errors = (calls ?? []).filter(failed);
  return (
    <section className="card stack" data-testid="roaming-partner" aria-label={partner.name}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 style={{ margin: 0 }}>{partner.name}</h2>
        <Badge value={partner.state} kind={STATE_KIND[partner.state]} />
      </div>
      <div className="small muted">
        {partner.countryCode && partner.partyId ? `${partner.countryCode}*${partner.partyId}` : "Party not known yet"}
        {partner.version ? ` · OCPI ${partner.version}` : ""}
        {partner.versionsUrl ? <> · <code>{partner.versionsUrl}</code></> : null}
        {` · updated ${dateTime(partner.updatedAt)}`}
      </div>
      {partner.lastError ? <div className="alert error small" role="alert" data-testid="roaming-last-error">Last error: {partner.lastError}</div> : null}
      <PartnerActions id={partner.id} name={partner.name} state={partner.state}
        onChanged={() => { onChanged(); refetchCalls({ requestPolicy: "network-only" }); }} />
      <div className="row" style={{ alignItems: "flex-start", gap: 32 }} data-testid="roaming-modules">
        <Modules title="They offer" endpoints={partner.endpoints} />
        <Modules title="We offer" endpoints={own} />
      </div>
      <h3 className="small" style={{ margin: "8px 0 0" }}>
        Last calls {errors.length ? <span className="badge err" data-testid="roaming-error-count">{errors.length} failed</span> : null}
      </h3>
      <DataTable<Call> rows={calls} loading={fetching} error={error} caption={`OCPI calls with ${partner.name}`}
        rowKey={(c) => c.id} empty="No calls yet." columns={CALL_COLUMNS} />
    </section>
  );
}

export function RoamingPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: RoamingPartnersQuery, requestPolicy: "cache-and-network" });
  const [connecting, setConnecting] = useState(false);
  const partners = data?.ocpiPartners;
  const changed = () => refetch({ requestPolicy: "network-only" });
  return (
    <div className="stack">
      <PageHeader title="Roaming partners">
        <Link className="btn" to="/roaming-settlement" data-testid="roaming-settlement-link">Settlement</Link>
        <button type="button" className="primary" aria-expanded={connecting} onClick={() => setConnecting((c) => !c)}>+ Connect partner</button>
      </PageHeader>
      <p className="muted small">Networks connected over OCPI 2.2.1: the handshake, the modules each side offers, and the last calls in both directions.</p>
      <ErrorBox error={error} what="roaming partners" />
      {fetching && !partners ? <div className="muted" role="status">Loading…</div> : null}
      {connecting || (partners && partners.length === 0) ? <ConnectPartner onChanged={() => { setConnecting(true); changed(); }} /> : null}
      {partners && partners.length === 0 ? <div className="card muted">No roaming partners yet.</div> : null}
      {(partners ?? []).map((p) => <PartnerCard key={p.id} partner={p} own={data?.ocpiOwnEndpoints ?? []} onChanged={changed} />)}
    </div>
  );
}
