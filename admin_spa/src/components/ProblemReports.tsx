import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../gql";
import { Badge, DataTable } from "./ui";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

export const ChargerCasesQuery = graphql(`
  query ChargerCases($chargerId: ID!) {
    faults(chargerId: $chargerId, status: "open", first: 20) { nodes { id connectorId errorCode info status openedAt } }
    problemReports(chargerId: $chargerId, first: 20) {
      nodes { id connectorId category note status hasPhoto photoUrl createdAt closedAt resolution }
    }
  }
`);

export const CloseProblemReportMutation = graphql(`
  mutation CloseProblemReport($input: CloseProblemReportInput!) {
    closeProblemReport(input: $input) { report { id status resolution closedAt } errors { code message field } }
  }
`);

const CATEGORY: Record<string, string> = {
  WONT_START: "Won't start", STOPPED: "Stopped while charging", DAMAGED: "Damaged", CABLE: "Cable or plug",
  SCREEN: "Screen or lights", BLOCKED: "Bay blocked", PAYMENT: "Payment", OTHER: "Other",
};

/** A charger's open faults and the problems drivers reported there, side by side; a case is closed
 * with what was done. */
export function ChargerCasesPanel({ chargerId }: { chargerId: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ChargerCasesQuery, variables: { chargerId }, requestPolicy: "cache-and-network" });
  const [, close] = useMutation(CloseProblemReportMutation);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<string | null>(null);
  const doClose = async (id: string) => {
    const r = await close({ input: { id, resolution: notes[id]?.trim() || null } });
    const errs = userErrorsText(r.data?.closeProblemReport?.errors);
    setMsg(errs ?? describeError(r.error)?.message ?? null);
    if (!errs && !r.error) refetch({ requestPolicy: "network-only" });
  };
  return (
    <div className="grid two" data-testid="charger-cases">
      <div className="card">
        <h3>Open faults</h3>
        <DataTable rows={data?.faults.nodes} loading={fetching && !data} error={error} rowKey={(f) => f.id} empty="No open faults." columns={[
          { key: "c", title: "Connector", render: (f) => f.connectorId ?? "—" },
          { key: "e", title: "Error", render: (f) => <Badge value={f.errorCode} kind="err" /> },
          { key: "i", title: "Info", render: (f) => f.info ?? "" },
          { key: "o", title: "Opened", render: (f) => <span className="small">{dateTime(f.openedAt)}</span> },
        ]} />
      </div>
      <div className="card" data-testid="problem-reports">
        <h3>Reported by drivers</h3>
        {msg && <div className="alert error">{msg}</div>}
        <DataTable rows={data?.problemReports.nodes} loading={fetching && !data} rowKey={(p) => p.id} empty="No reports from drivers." columns={[
          { key: "w", title: "Reported", render: (p) => <span className="small">{dateTime(p.createdAt)}</span> },
          { key: "c", title: "Problem", render: (p) => <><strong>{CATEGORY[p.category] ?? p.category}</strong>{p.connectorId ? ` · connector ${p.connectorId}` : ""}{p.note && <div className="small">{p.note}</div>}</> },
          { key: "p", title: "Photo", render: (p) => (p.photoUrl ? <a href={p.photoUrl} target="_blank" rel="noreferrer"><img src={p.photoUrl} alt="Driver's photo" style={{ maxWidth: 96, maxHeight: 72 }} /></a> : <span className="muted">—</span>) },
          { key: "s", title: "Status", render: (p) => (p.status === "CLOSED" ? <><Badge value="closed" />{p.resolution && <div className="small">{p.resolution}</div>}</> : (
            <span className="row">
              <input aria-label="What was done" placeholder="What was done" value={notes[p.id] ?? ""} onChange={(e) => setNotes({ ...notes, [p.id]: e.target.value })} />
              <button onClick={() => doClose(p.id)} data-testid="close-report">Close</button>
            </span>
          )) },
        ]} />
      </div>
    </div>
  );
}
