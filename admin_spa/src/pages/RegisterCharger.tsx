import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { RegisterChargerMutation } from "../ops/chargers";
import type { AdminRegisterChargerMutation } from "../gql/graphql";
import { ChargerSettingsForm, draftInput, draftOf, fieldErrorsOf } from "../components/ChargerSettings";
import { PageHeader } from "../components/ui";
import { AuthorizationKeyBox } from "../components/AuthorizationKey";
import { StickerSheet } from "../components/QrSticker";
import { usePlatformUrls } from "../ops/platform";
import { describeError, userErrorsText } from "../lib/errors";
import { ocppEndpoint } from "../lib/sticker";

export function RegisterChargerPage() {
  const [{ fetching }, register] = useMutation(RegisterChargerMutation);
  const [err, setErr] = useState<string | null>(null);
  const [done, setDone] = useState<{ p: AdminRegisterChargerMutation["registerCharger"]; count: number } | null>(null);
  const urls = usePlatformUrls();
  const [cpid, setCpid] = useState("");
  const [profile, setProfile] = useState("1");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

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
      <PageHeader title="Register a charger"><Link to="/chargers/import"><button>Import a CSV file</button></Link></PageHeader>
      <div className="card">
        <ChargerSettingsForm initial={{ ...draftOf(null), connectors: [{ connectorId: 1, type: "", maxPowerKw: "", phases: "" }] }} submitLabel="Register" busy={fetching}
          serverError={err} fieldErrors={fieldErrors}
          onSubmit={async (d) => {
            setErr(null);
            setFieldErrors({});
            if (!cpid.trim()) { setFieldErrors({ chargePointId: "Required." }); return; }
            const r = await register({ input: { ...draftInput(d), chargePointId: cpid.trim(), securityProfile: Number(profile) } });
            const p = r.data?.registerCharger;
            const msg = describeError(r.error)?.message ?? userErrorsText(p?.errors);
            if (msg || !p) { setErr(msg ?? "Registration failed."); setFieldErrors(fieldErrorsOf(p?.errors)); return; }
            setDone({ p, count: Math.max(1, d.connectors.length) });
          }}>
          <label className="field" htmlFor="f-chargePointId">Charge point id *
            <input id="f-chargePointId" name="chargePointId" value={cpid} onChange={(e) => setCpid(e.target.value)} />
            {fieldErrors.chargePointId ? <span className="err" role="alert">{fieldErrors.chargePointId}</span> : <span className="small muted">Letters, digits and *-_=:+|@. (max 48)</span>}
          </label>
          <label className="field" htmlFor="f-securityProfile">Security profile
            <select id="f-securityProfile" name="securityProfile" value={profile} onChange={(e) => setProfile(e.target.value)}>
              <option value="1">1: Basic auth</option><option value="2">2: Basic auth over TLS</option><option value="3">3: client certificate</option>
            </select>
          </label>
        </ChargerSettingsForm>
      </div>
    </div>
  );
}
