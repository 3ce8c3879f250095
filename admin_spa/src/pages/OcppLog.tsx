import { OcppLogView } from "../components/OcppLogView";
import { PageHeader } from "../components/ui";

export function OcppLogPage() {
  return (
    <div>
      <PageHeader title="Live OCPP log" />
      <div className="card"><OcppLogView /></div>
    </div>
  );
}
