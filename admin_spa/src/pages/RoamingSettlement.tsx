import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { RoamingPartnersQuery, RoamingSettlementQuery } from "../ops/roaming";
import type { AdminRoamingSettlementQuery } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, PageHeader } from "../components/ui";
import { dateTime, money } from "../lib/format";

type Settlement = AdminRoamingSettlementQuery["roamingSettlement"];
type Line = Settlement["lines"][number];
type Mismatch = Settlement["mismatches"][number];

/** The first day of this month and of the next, as yyyy-mm-dd (UTC). */
function thisMonth(): [string, string] {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

/** Offer a file the browser downloads (the CSV or the PDF of the settlement). */
function download(name: string, type: string, bytes: BlobPart) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pdfBytes(b64: string): ArrayBuffer {
  const raw = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out.buffer;
}

/**
 * Settlement with a roaming partner for a period: our drivers' sessions at the partner's chargers
 * (their CDRs: we owe) and the partner's drivers' sessions at ours (owed to us), the net, and what
 * does not reconcile against the CDRs.
 */
export function RoamingSettlementPage() {
  const [{ data: partners, error: partnersError }] = useQuery({ query: RoamingPartnersQuery });
  const [initialFrom, initialTo] = useMemo(thisMonth, []);
  const [partnerId, setPartnerId] = useState("");
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const chosen = partnerId || partners?.ocpiPartners[0]?.id || "";
  const [{ data, error, fetching }] = useQuery({
    query: RoamingSettlementQuery,
    variables: { partnerId: chosen, dateFrom: `${from}T00:00:00Z`, dateTo: `${to}T00:00:00Z` },
    pause: !chosen || !from || !to,
  });
  const s = data?.roamingSettlement;
  const fileName = s ? `settlement-${s.partner.replace(/[^A-Za-z0-9]+/g, "-")}-${from}-${to}` : "settlement";
  return (
    <div className="stack">
      <PageHeader title="Roaming settlement">
        <button disabled={!s} data-testid="settlement-csv" onClick={() => s && download(`${fileName}.csv`, "text/csv", s.csv)}>
          CSV
        </button>
        <button disabled={!s} data-testid="settlement-pdf" onClick={() => s && download(`${fileName}.pdf`, "application/pdf", pdfBytes(s.pdfBase64))}>
          PDF
        </button>
      </PageHeader>
      <ErrorBox error={partnersError} what="Partners" />
      <div className="row" style={{ gap: 12, flexWrap: "wrap" }}>
        <label>
          Partner{" "}
          <select value={chosen} onChange={(e) => setPartnerId(e.target.value)} data-testid="settlement-partner">
            {(partners?.ocpiPartners ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.countryCode ?? "?"}*{p.partyId ?? "?"})
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="settlement-from" />
        </label>
        <label>
          To (excluded) <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="settlement-to" />
        </label>
      </div>
      <ErrorBox error={error} what="Settlement" />
      {!chosen && <p className="muted">No roaming partner yet.</p>}
      {s && (
        <div className="grid kpis" data-testid="settlement-totals">
          <div className="card">
            <div className="muted small">Our drivers at {s.partner} (we owe)</div>
            <b>{money(s.emsp.amount)}</b>
            <div className="small">{s.emsp.sessions} sessions · {s.emsp.energyKwh} kWh</div>
          </div>
          <div className="card">
            <div className="muted small">{s.partner}'s drivers at ours (owed to us)</div>
            <b>{money(s.cpo.amount)}</b>
            <div className="small">{s.cpo.sessions} sessions · {s.cpo.energyKwh} kWh</div>
          </div>
          <div className="card">
            <div className="muted small">Net owed to us</div>
            <b data-testid="settlement-net">{money(s.net)}</b>
          </div>
        </div>
      )}
      {s && (
        <>
          <h2>Does not reconcile ({s.mismatches.length})</h2>
          <DataTable<Mismatch>
            rows={s.mismatches}
            rowKey={(m) => `${m.direction}:${m.reference}:${m.problem}`}
            empty="Everything agrees with the CDRs."
            columns={[
              { key: "d", title: "Side", render: (m) => m.direction },
              { key: "r", title: "Reference", render: (m) => m.reference },
              { key: "p", title: "Problem", render: (m) => <span data-testid="settlement-mismatch">{m.problem}</span> },
            ]}
          />
          <h2>Sessions</h2>
          <DataTable<Line>
            rows={s.lines}
            loading={fetching}
            rowKey={(l) => `${l.direction}:${l.reference}`}
            empty="No roaming session in this period."
            columns={[
              { key: "d", title: "Side", render: (l) => (l.direction === "EMSP" ? "Our driver at theirs" : "Theirs at ours") },
              { key: "r", title: "Reference", render: (l) => l.reference },
              { key: "e", title: "Ended", render: (l) => (l.endedAt ? dateTime(l.endedAt) : "—") },
              { key: "k", title: "kWh", render: (l) => l.energyKwh },
              { key: "a", title: "Amount", render: (l) => money(l.amount) },
              { key: "s", title: "Status", render: (l) => <Badge value={l.status} kind={l.status === "BILLED" ? "ok" : "warn"} /> },
            ]}
          />
        </>
      )}
    </div>
  );
}
