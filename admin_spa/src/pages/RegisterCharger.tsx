import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { RegisterChargerMutation } from "../ops/chargers";
import type { AdminRegisterChargerMutation } from "../gql/graphql";
import { FormView, toInput, type FormField } from "../components/Form";
import { PageHeader } from "../components/ui";
import { AuthorizationKeyBox } from "../components/AuthorizationKey";
import { StickerSheet } from "../components/QrSticker";
import { usePlatformUrls } from "../ops/platform";
import { describeError, userErrorsText } from "../lib/errors";
import { ocppEndpoint } from "../lib/sticker";

const FIELDS: FormField[] = [
  { name: "chargePointId", label: "Charge point id", required: true, help: "Letters, digits, . _ : - (max 64)" },
  { name: "name", label: "Name" },
  { name: "connectorCount", label: "Connectors (for the QR stickers)", kind: "number", required: true, min: 1 },
  { name: "securityProfile", label: "Security profile", kind: "select", required: true, options: ["1", "2"] },
  { name: "maxPowerKw", label: "Max power (kW)", kind: "decimal" },
  { name: "address", label: "Address", full: true },
  { name: "city", label: "City" },
];

export function RegisterChargerPage() {
  const [{ fetching }, register] = useMutation(RegisterChargerMutation);
  const [err, setErr] = useState<string | null>(null);
  const [done, setDone] = useState<{ p: AdminRegisterChargerMutation["registerCharger"]; count: number } | null>(null);
  const urls = usePlatformUrls();

  if (done?.p.charger) {
    const c = done.p.charger;
    const endpoint = ocppEndpoint(urls.ocppUrl, c.chargePointId);
    const ids = c.connectors.filter((k) => k.connectorId > 0).map((k) => k.connectorId);
    const connectorIds = ids.length ? ids : Array.from({ length: done.count }, (_, i) => i + 1);
    return (
      <div className="stack">
        <PageHeader title={`Charger ${c.chargePointId} registered`}><Link to={`/chargers/${encodeURIComponent(c.chargePointId)}`}><button>Open charger</button></Link></PageHeader>
        <div className="card stack no-print">
          {done.p.authorizationKey && <AuthorizationKeyBox chargePointId={c.chargePointId} authorizationKey={done.p.authorizationKey} />}
          <label className="field">OCPP URL to configure in the charger
            <div className="secret" data-testid="ocpp-url">{endpoint}</div>
          </label>
          <div className="row">
            <button onClick={() => void navigator.clipboard?.writeText(endpoint)}>Copy URL</button>
          </div>
        </div>
        <div className="card"><h3 className="no-print">QR stickers</h3><StickerSheet publicUrl={urls.publicUrl} chargePointId={c.chargePointId} connectorIds={connectorIds} name={c.name} /></div>
      </div>
    );
  }

  return (
    <div>
      <PageHeader title="Register a charger" />
      <div className="card">
        <FormView fields={FIELDS} initial={{ connectorCount: "1", securityProfile: "1" }} busy={fetching} serverError={err} submitLabel="Register"
          onSubmit={async (v) => {
            setErr(null);
            const { connectorCount: _n, securityProfile, ...rest } = toInput(FIELDS, v);
            const input = { ...rest, securityProfile: Number(securityProfile) } as unknown as Parameters<typeof register>[0]["input"];
            const r = await register({ input });
            const p = r.data?.registerCharger;
            const msg = describeError(r.error)?.message ?? userErrorsText(p?.errors);
            if (msg || !p) { setErr(msg ?? "Registration failed."); return; }
            setDone({ p, count: Number(v.connectorCount) || 1 });
          }} />
      </div>
    </div>
  );
}
