import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ChargerQuery, RawOcppCommandMutation } from "../ops/chargers";
import { PageHeader } from "../components/ui";
import { describeError, userErrorsText } from "../lib/errors";

/** The central-system commands of OCPP 1.6, with an example of their parameters. */
export const RAW_COMMANDS: Record<string, unknown> = {
  CancelReservation: { reservationId: 1 },
  ChangeAvailability: { connectorId: 0, type: "Operative" },
  ChangeConfiguration: { key: "HeartbeatInterval", value: "300" },
  ClearCache: {},
  ClearChargingProfile: { connectorId: 1 },
  DataTransfer: { vendorId: "com.example", messageId: "Hello", data: "" },
  GetCompositeSchedule: { connectorId: 1, duration: 3600 },
  GetConfiguration: { key: ["HeartbeatInterval"] },
  GetDiagnostics: { location: "ftp://example.com/diag/" },
  GetLocalListVersion: {},
  RemoteStartTransaction: { idTag: "TAG", connectorId: 1 },
  RemoteStopTransaction: { transactionId: 1 },
  ReserveNow: { connectorId: 1, expiryDate: "2030-01-01T00:00:00Z", idTag: "TAG", reservationId: 1 },
  Reset: { type: "Soft" },
  SendLocalList: { listVersion: 1, updateType: "Full", localAuthorizationList: [] },
  SetChargingProfile: { connectorId: 1, csChargingProfiles: {} },
  TriggerMessage: { requestedMessage: "StatusNotification" },
  UnlockConnector: { connectorId: 1 },
  UpdateFirmware: { location: "https://example.com/fw.bin", retrieveDate: "2030-01-01T00:00:00Z" },
};

/** Parameters as typed: a JSON object, or why not. */
export function parseParams(text: string): { value: Record<string, unknown> } | { error: string } {
  let v: unknown;
  try { v = JSON.parse(text); } catch (e) { return { error: `Not JSON: ${(e as Error).message}` }; }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return { error: "The parameters are a JSON object ({…})." };
  return { value: v as Record<string, unknown> };
}

export function ExpertModePage() {
  const [cpid, setCpid] = useState("");
  const [action, setAction] = useState("CancelReservation");
  const [params, setParams] = useState(JSON.stringify(RAW_COMMANDS.CancelReservation, null, 2));
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [{ data: found }] = useQuery({ query: ChargerQuery, variables: { chargePointId: cpid.trim() }, pause: !cpid.trim() });
  const charger = found?.chargerByChargePointId;
  const [{ fetching }, send] = useMutation(RawOcppCommandMutation);
  return (
    <div className="stack">
      <PageHeader title="Expert mode: raw OCPP 1.6 commands" />
      <div className="alert warn">For experts: the command is checked against the OCPP 1.6 schema only, not the platform's rules, and nothing the platform
        keeps (reservations, profiles, configuration) is updated from the answer. It is recorded in the command history and the audit log.</div>
      <div className="card stack">
        <form className="stack" onSubmit={async (e) => {
          e.preventDefault();
          setResult(null);
          const p = parseParams(params);
          if ("error" in p) { setResult({ ok: false, text: p.error }); return; }
          if (!charger) { setResult({ ok: false, text: "No charger with this charge point id." }); return; }
          if (!window.confirm(`Send ${action} to ${charger.chargePointId}?`)) return;
          const r = await send({ input: { chargerId: charger.id, action, payload: p.value } });
          const out = r.data?.sendRawOcppCommand;
          const m = describeError(r.error)?.message ?? userErrorsText(out?.errors);
          setResult(m ? { ok: false, text: m } : { ok: true, text: JSON.stringify(out?.response ?? null, null, 2) });
        }}>
          <div className="form">
            <label className="field" htmlFor="raw-cpid">Charge point id<input id="raw-cpid" value={cpid} onChange={(e) => setCpid(e.target.value)} />
              {cpid.trim() && <span className="small muted">{charger ? (charger.online ? "online" : "offline") : "not found"}</span>}</label>
            <label className="field" htmlFor="raw-action">Command
              <select id="raw-action" value={action} onChange={(e) => { setAction(e.target.value); setParams(JSON.stringify(RAW_COMMANDS[e.target.value], null, 2)); }}>
                {Object.keys(RAW_COMMANDS).map((a) => <option key={a}>{a}</option>)}
              </select></label>
            <label className="field full" htmlFor="raw-params">Parameters (JSON)
              <textarea id="raw-params" rows={8} className="mono" value={params} onChange={(e) => setParams(e.target.value)} spellCheck={false} /></label>
          </div>
          <div className="row"><button type="submit" className="primary" disabled={fetching} data-testid="raw-send">Send</button></div>
        </form>
        {result && (result.ok
          ? <label className="field">The charger's answer<pre className="secret" data-testid="raw-answer">{result.text}</pre></label>
          : <div className="alert error" role="alert" data-testid="raw-error">{result.text}</div>)}
      </div>
    </div>
  );
}
