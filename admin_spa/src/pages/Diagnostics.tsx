import { ConnectionEventsTable } from "../components/ConnectionEvents";
import { PageHeader } from "../components/ui";
import { ExpiringCertificatesCard } from "../components/ChargerSecurity";

/** Fleet-wide connection diagnostics: every charger connection, disconnection and refusal, live. */
export function DiagnosticsPage() {
  return (
    <div className="stack">
      <PageHeader title="Connection diagnostics" />
      <div className="card stack">
        <div className="small muted">Every charger connection, disconnection and refused connection (unknown id, wrong password, missing subprotocol, profile mismatch, failed TLS handshake…), as it happens.</div>
        <ConnectionEventsTable />
      </div>
      <ExpiringCertificatesCard />
    </div>
  );
}
