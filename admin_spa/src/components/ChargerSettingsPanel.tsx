import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ChargerDriverPreviewQuery, UpdateChargerMutation } from "../ops/chargers";
import type { AdminChargerQuery } from "../gql/graphql";
import { ChargerSettingsForm, draftInput, draftOf, fieldErrorsOf } from "./ChargerSettings";
import { AuthorizationKeyBox } from "./AuthorizationKey";
import { Badge } from "./ui";
import { describeError, userErrorsText } from "../lib/errors";

type Charger = NonNullable<AdminChargerQuery["chargerByChargePointId"]>;

/** A charger's settings: details, position, tariff, connectors, security profile; saved together. */
export function ChargerSettingsPanel({ charger, onSaved }: { charger: Charger; onSaved: () => void }) {
  const [{ fetching }, update] = useMutation(UpdateChargerMutation);
  const [err, setErr] = useState<string | null>(null);
  const [ok, setOk] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [profile, setProfile] = useState(String(charger.securityProfile));
  const [newKey, setNewKey] = useState<string | null>(null);
  return (
    <div className="card stack">
      <h3>Settings</h3>
      {ok && <div className="alert ok" data-testid="settings-saved">Saved.</div>}
      <ChargerSettingsForm key={charger.id} initial={draftOf(charger)} submitLabel="Save settings" busy={fetching} serverError={err} fieldErrors={fieldErrors}
        onSubmit={async (d) => {
          setErr(null); setOk(false); setFieldErrors({});
          const r = await update({ input: { id: charger.id, ...draftInput(d), securityProfile: Number(profile) } });
          const p = r.data?.updateCharger;
          const msg = describeError(r.error)?.message ?? userErrorsText(p?.errors);
          if (msg) { setErr(msg); setFieldErrors(fieldErrorsOf(p?.errors)); return; }
          if (p?.authorizationKey) setNewKey(p.authorizationKey);
          setOk(true);
          onSaved();
        }}>
        <label className="field" htmlFor="cs-profile">Security profile
          <select id="cs-profile" name="securityProfile" value={profile} onChange={(e) => setProfile(e.target.value)}>
            <option value="0">0: no authentication</option><option value="1">1: Basic auth</option>
            <option value="2">2: Basic auth over TLS</option><option value="3">3: client certificate</option>
          </select>
        </label>
      </ChargerSettingsForm>
      {newKey && <AuthorizationKeyBox chargePointId={charger.chargePointId} authorizationKey={newKey} />}
    </div>
  );
}

/** What the previews need of the driver API's station (the charger's and the site's queries ask for it). */
interface PreviewShape {
  hiddenBecause: string[];
  notes: string[];
  station: {
    chargePointId: string; name?: string | null; address?: string | null; city?: string | null;
    latitude?: number | null; longitude?: number | null; online: boolean; available: boolean;
    tariff: { name: string; free: boolean; pricePerKwh: { amount: string; currency: string }; pricePerMinute?: { amount: string }; sessionFee?: { amount: string } };
    connectors: Array<{ connectorId: number; status: string; type?: string | null; maxPowerKw?: string | null }>;
  };
}

/** What drivers see of this charger: the driver API's own answer, and why they do not see it. */
export function DriverPreview({ chargerId }: { chargerId: string }) {
  const [{ data, error }] = useQuery({ query: ChargerDriverPreviewQuery, variables: { id: chargerId }, requestPolicy: "network-only" });
  const p = data?.chargerDriverPreview;
  if (error) return <div className="alert error">{describeError(error)?.message}</div>;
  if (!p) return <div className="muted">Loading…</div>;
  return <div className="card stack driver-preview" data-testid="driver-preview"><h3>What drivers see</h3><StationPreview preview={p} /></div>;
}

/** One charger as the driver app shows it, with why drivers do not find it, if they do not. */
export function StationPreview({ preview: p }: { preview: PreviewShape }) {
  const s = p.station;
  const t = s.tariff;
  return (
    <div className="stack">
      {p.hiddenBecause.length ? (
        <div className="alert warn" data-testid="hidden-because">Drivers do not find this charger: {p.hiddenBecause.join(" ")}</div>
      ) : <div className="alert ok">Drivers find this charger in the app{s.latitude != null ? " and on its map" : ""}.</div>}
      {p.notes.map((n) => <div key={n} className="alert warn">{n}</div>)}
      <div className="station">
        <div className="spread"><b>{s.name ?? s.chargePointId}</b><Badge value={s.available ? "Available" : s.online ? "Busy" : "Offline"} /></div>
        <div className="muted small">{[s.address, s.city].filter(Boolean).join(", ") || "No address"}</div>
        <div className="small">{s.latitude != null ? `${s.latitude}, ${s.longitude}` : "No position"}</div>
        <div className="small">Tariff: {t.name}{t.free ? " (free)" : ` · ${t.pricePerKwh.amount} ${t.pricePerKwh.currency}/kWh`}
          {t.pricePerMinute && Number(t.pricePerMinute.amount) > 0 && ` · ${t.pricePerMinute.amount}/min`}{t.sessionFee && Number(t.sessionFee.amount) > 0 && ` · fee ${t.sessionFee.amount}`}</div>
        <ul className="small">
          {s.connectors.map((k) => <li key={k.connectorId}>#{k.connectorId} {k.type ?? "—"} {k.maxPowerKw ? `${k.maxPowerKw} kW` : ""} · {k.status}</li>)}
          {!s.connectors.length && <li className="muted">No connectors</li>}
        </ul>
      </div>
    </div>
  );
}
