import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { SettingsQuery, UpdateSettingsMutation } from "../ops/admin";
import type { RegistrationPolicy, UnknownChargerPolicy } from "../gql/graphql";
import { ErrorBox, PageHeader } from "../components/ui";
import { FormView, type FormField } from "../components/Form";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

const FIELDS: FormField[] = [
  { name: "registrationPolicy", label: "Driver registration", kind: "select", required: true, options: [
    { value: "REQUIRE_VERIFIED_EMAIL", label: "Verified email required" }, { value: "OPEN", label: "Open (no email verification)" }] },
  { name: "unknownChargerPolicy", label: "Unknown chargers connecting", kind: "select", required: true, options: [
    { value: "REJECT", label: "Reject" }, { value: "PENDING", label: "Admit as pending (approve them here)" }] },
  { name: "heartbeatIntervalSeconds", label: "Heartbeat interval (s, told at boot)", kind: "number", required: true, min: 10 },
  { name: "minimumBalance", label: "Minimum wallet balance to start", kind: "decimal", required: true },
  { name: "pointsPerKwh", label: "Reward points per kWh", kind: "number", required: true, min: 0 },
  { name: "messageLogRetentionDays", label: "OCPP message log retention (days)", kind: "number", required: true, min: 1 },
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
      {msg && <div className={`alert ${msg.ok ? "ok" : "error"}`} data-testid="settings-result">{msg.text}</div>}
      {s && (
        <div className="card">
          <FormView fields={FIELDS} busy={fetching}
            initial={{ registrationPolicy: s.registrationPolicy, unknownChargerPolicy: s.unknownChargerPolicy, heartbeatIntervalSeconds: String(s.heartbeatIntervalSeconds),
              minimumBalance: String(s.minimumBalance.amount), pointsPerKwh: String(s.pointsPerKwh), messageLogRetentionDays: String(s.messageLogRetentionDays) }}
            onSubmit={async (v) => {
              const r = await save({ input: {
                registrationPolicy: v.registrationPolicy as RegistrationPolicy, unknownChargerPolicy: v.unknownChargerPolicy as UnknownChargerPolicy,
                heartbeatIntervalSeconds: Number(v.heartbeatIntervalSeconds), minimumBalance: String(v.minimumBalance).trim(),
                pointsPerKwh: Number(v.pointsPerKwh), messageLogRetentionDays: Number(v.messageLogRetentionDays) } });
              const m = describeError(r.error)?.message ?? userErrorsText(r.data?.updatePlatformSettings.errors);
              setMsg(m ? { ok: false, text: m } : { ok: true, text: "Settings saved; they apply at once." });
            }} />
          <p className="small muted">
            Last changed: {dateTime(s.updatedAt)} · Public URL: {data?.platform.publicUrl} · OCPP URL: {data?.platform.ocppUrl} (from the server's environment)
          </p>
        </div>
      )}
    </div>
  );
}
