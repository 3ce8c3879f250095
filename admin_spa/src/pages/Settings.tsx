import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { SettingsQuery, UpdateSettingsMutation } from "../pending/ops_admin";
import { ErrorBox, PageHeader } from "../components/ui";
import { FormView, type FormField } from "../components/Form";
import { describeError, userErrorsText } from "../lib/errors";

const FIELDS: FormField[] = [
  { name: "registrationPolicy", label: "Driver registration", kind: "select", required: true, options: ["OPEN", "INVITE_ONLY", "CLOSED"] },
  { name: "unknownChargerPolicy", label: "Unknown chargers connecting", kind: "select", required: true, options: ["REJECT", "PENDING", "ACCEPT"] },
  { name: "heartbeatIntervalSeconds", label: "Heartbeat interval (s)", kind: "number", required: true, min: 10 },
  { name: "minimumBalance", label: "Minimum wallet balance to start", kind: "decimal", required: true },
  { name: "pointsPerKwh", label: "Reward points per kWh", kind: "decimal", required: true },
  { name: "retentionDays", label: "OCPP log / meter retention (days)", kind: "number", required: true, min: 1 },
];

export function SettingsPage() {
  const [{ data, error }] = useQuery({ query: SettingsQuery });
  const [{ fetching }, save] = useMutation(UpdateSettingsMutation);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const s = data?.platformSettings;
  return (
    <div>
      <PageHeader title="Settings" />
      <ErrorBox error={error} what="Settings" />
      {msg && <div className={`alert ${msg.ok ? "ok" : "error"}`}>{msg.text}</div>}
      {s && (
        <div className="card">
          <FormView fields={FIELDS} busy={fetching}
            initial={{ registrationPolicy: s.registrationPolicy, unknownChargerPolicy: s.unknownChargerPolicy, heartbeatIntervalSeconds: String(s.heartbeatIntervalSeconds),
              minimumBalance: String(s.minimumBalance.amount), pointsPerKwh: String(s.pointsPerKwh), retentionDays: String(s.retentionDays) }}
            onSubmit={async (v) => {
              const r = await save({ input: { registrationPolicy: v.registrationPolicy, unknownChargerPolicy: v.unknownChargerPolicy,
                heartbeatIntervalSeconds: Number(v.heartbeatIntervalSeconds), minimumBalance: String(v.minimumBalance).trim(),
                pointsPerKwh: String(v.pointsPerKwh).trim(), retentionDays: Number(v.retentionDays) } });
              const m = describeError(r.error)?.message ?? userErrorsText(r.data?.updatePlatformSettings.errors);
              setMsg(m ? { ok: false, text: m } : { ok: true, text: "Settings saved." });
            }} />
          <p className="small muted">Public URL: {s.publicUrl ?? "—"} · OCPP URL: {s.ocppUrl ?? "—"} (set by the server's environment)</p>
        </div>
      )}
    </div>
  );
}
