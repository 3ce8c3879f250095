import { useSearchParams } from "react-router-dom";
import { ConnectionEventsTable, REASONS } from "../components/ConnectionEvents";
import { PageHeader } from "../components/ui";

/** Fleet-wide connection diagnostics: every charger connection, disconnection and refusal, live. */
export function DiagnosticsPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind") ?? "";
  const reason = params.get("reason") ?? "";
  const set = (k: string, v: string) => { const p = new URLSearchParams(params); if (v) p.set(k, v); else p.delete(k); setParams(p); };
  return (
    <div className="stack">
      <PageHeader title="Connection diagnostics" />
      <div className="card stack">
        <div className="small muted">Every charger connection, disconnection and refused connection (unknown id, wrong password, missing subprotocol, profile mismatch, failed TLS handshake…), as it happens.</div>
        <div className="row">
          <label className="field">Event
            <select name="kind" value={kind} onChange={(e) => set("kind", e.target.value)}>
              <option value="">all</option>
              <option value="refused">refused</option>
              <option value="connected">connected</option>
              <option value="disconnected">disconnected</option>
            </select>
          </label>
          <label className="field">Reason
            <select name="reason" value={reason} onChange={(e) => set("reason", e.target.value)}>
              <option value="">all</option>
              {REASONS.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </label>
        </div>
        <ConnectionEventsTable key={`${kind}:${reason}`} kind={kind || null} reason={reason || null} />
      </div>
    </div>
  );
}
