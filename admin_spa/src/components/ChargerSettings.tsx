import { lazy, Suspense, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { SitesQuery, TariffChoicesQuery } from "../ops/chargers";
import { CONNECTOR_TYPES } from "../lib/chargerCsv";

const MapPicker = lazy(() => import("./MapPicker"));

export interface ConnectorDraft { connectorId: number; type: string; maxPowerKw: string; phases: string }

export interface ChargerDraft {
  name: string; description: string; address: string; city: string; state: string; postcode: string;
  latitude: string; longitude: string; isPublic: boolean; maxPowerKw: string; tariffId: string; siteId: string;
  connectors: ConnectorDraft[];
}

type Source = {
  name?: string | null; description?: string | null; address?: string | null; city?: string | null; state?: string | null;
  postcode?: string | null; latitude?: string | null; longitude?: string | null; isPublic?: boolean; maxPowerKw?: string | null;
  tariffId?: string | null; siteId?: string | null;
  connectors?: Array<{ connectorId: number; connectorType?: string | null; maxPowerKw?: string | null; phases?: number | null }>;
};

export function draftOf(c: Source | null | undefined): ChargerDraft {
  const s = (v: string | null | undefined) => v ?? "";
  return {
    name: s(c?.name), description: s(c?.description), address: s(c?.address), city: s(c?.city), state: s(c?.state),
    postcode: s(c?.postcode), latitude: s(c?.latitude), longitude: s(c?.longitude), isPublic: c?.isPublic ?? true,
    maxPowerKw: s(c?.maxPowerKw), tariffId: s(c?.tariffId), siteId: s(c?.siteId),
    connectors: (c?.connectors ?? []).filter((k) => k.connectorId > 0).map((k) => ({
      connectorId: k.connectorId, type: k.connectorType ?? "", maxPowerKw: k.maxPowerKw ?? "", phases: k.phases ? String(k.phases) : "",
    })),
  };
}

/** Problems the form can see before sending (the server checks everything again). */
export function draftProblems(d: ChargerDraft): Record<string, string> {
  const p: Record<string, string> = {};
  const num = (v: string) => v.trim() !== "" && Number.isFinite(Number(v));
  if (!!d.latitude.trim() !== !!d.longitude.trim()) p[d.latitude.trim() ? "longitude" : "latitude"] = "Give both latitude and longitude, or neither.";
  if (d.latitude.trim() && !(num(d.latitude) && Math.abs(Number(d.latitude)) <= 90)) p.latitude = "Between -90 and 90.";
  if (d.longitude.trim() && !(num(d.longitude) && Math.abs(Number(d.longitude)) <= 180)) p.longitude = "Between -180 and 180.";
  if (d.maxPowerKw.trim() && !(num(d.maxPowerKw) && Number(d.maxPowerKw) > 0 && Number(d.maxPowerKw) <= 1000)) p.maxPowerKw = "More than 0, at most 1000 kW.";
  d.connectors.forEach((k, i) => {
    if (k.maxPowerKw.trim() && !(num(k.maxPowerKw) && Number(k.maxPowerKw) > 0 && Number(k.maxPowerKw) <= 1000)) p[`connectors[${i}].maxPowerKw`] = "More than 0, at most 1000 kW.";
  });
  return p;
}

/** The GraphQL input fields of a draft (RegisterChargerInput / UpdateChargerInput share them). */
export function draftInput(d: ChargerDraft) {
  const opt = (v: string) => (v.trim() === "" ? null : v.trim());
  return {
    name: opt(d.name), description: opt(d.description), address: opt(d.address), city: opt(d.city), state: opt(d.state),
    postcode: opt(d.postcode), latitude: opt(d.latitude), longitude: opt(d.longitude), isPublic: d.isPublic,
    maxPowerKw: opt(d.maxPowerKw), tariffId: opt(d.tariffId), siteId: opt(d.siteId),
    connectors: d.connectors.map((k) => ({ connectorId: k.connectorId, type: opt(k.type), maxPowerKw: opt(k.maxPowerKw), phases: k.phases ? Number(k.phases) : null })),
  };
}

/** Name, address, position (with a map), publicity, power, tariff and connectors of a charger. */
export function ChargerSettingsForm({ initial, submitLabel, busy, serverError, fieldErrors, onSubmit, children }: {
  initial: ChargerDraft; submitLabel: string; busy?: boolean; serverError?: string | null;
  fieldErrors?: Record<string, string>; onSubmit: (d: ChargerDraft) => void; children?: React.ReactNode;
}) {
  const [d, setD] = useState<ChargerDraft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [{ data: tariffs }] = useQuery({ query: TariffChoicesQuery });
  const [{ data: sites }] = useQuery({ query: SitesQuery, variables: { first: 100 } });
  /** Choosing a site fills the address and position the charger does not have yet. */
  const chooseSite = (id: string) => {
    const site = sites?.sites.nodes.find((x) => x.id === id);
    setD((o) => {
      const fill = (mine: string, theirs: string | null | undefined) => (mine.trim() ? mine : theirs ?? "");
      if (!site) return { ...o, siteId: id };
      const noPosition = !o.latitude.trim() && !o.longitude.trim();
      return {
        ...o, siteId: id, address: fill(o.address, site.address), city: fill(o.city, site.city), state: fill(o.state, site.state),
        postcode: fill(o.postcode, site.postcode),
        latitude: noPosition ? site.latitude ?? "" : o.latitude, longitude: noPosition ? site.longitude ?? "" : o.longitude,
      };
    });
  };
  const set = <K extends keyof ChargerDraft>(k: K, v: ChargerDraft[K]) => setD((o) => ({ ...o, [k]: v }));
  const setConn = (i: number, k: keyof ConnectorDraft, v: string) => setD((o) => ({ ...o, connectors: o.connectors.map((c, j) => (j === i ? { ...c, [k]: v } : c)) }));
  const errs = { ...problems, ...(fieldErrors ?? {}) };
  const err = (k: string) => (errs[k] ? <span className="err" role="alert">{errs[k]}</span> : null);
  const text = (k: "name" | "description" | "address" | "city" | "state" | "postcode", label: string, full = false) => (
    <label className={`field ${full ? "full" : ""}`} htmlFor={`cs-${k}`}>{label}
      <input id={`cs-${k}`} name={k} value={d[k]} onChange={(e) => set(k, e.target.value)} />{err(k)}
    </label>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = draftProblems(d);
    setProblems(p);
    if (!Object.keys(p).length) onSubmit(d);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="charger-settings">
      {serverError && <div className="alert error" role="alert">{serverError}</div>}
      <div className="form">
        {children}
        {text("name", "Name")}
        <label className="field" htmlFor="cs-site">Site
          <select id="cs-site" name="siteId" value={d.siteId} onChange={(e) => chooseSite(e.target.value)}>
            <option value="">No site</option>
            {(sites?.sites.nodes ?? []).map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>{err("siteId")}
        </label>
        {text("address", "Address", true)}
        {text("city", "City")}
        {text("state", "State")}
        {text("postcode", "Postcode")}
        {text("description", "Description (shown to drivers)", true)}
        <label className="field" htmlFor="cs-latitude">Latitude
          <input id="cs-latitude" name="latitude" inputMode="decimal" value={d.latitude} onChange={(e) => set("latitude", e.target.value)} />{err("latitude")}
        </label>
        <label className="field" htmlFor="cs-longitude">Longitude
          <input id="cs-longitude" name="longitude" inputMode="decimal" value={d.longitude} onChange={(e) => set("longitude", e.target.value)} />{err("longitude")}
        </label>
        <div className="field full">
          <span className="small muted">Click the map to place the charger.</span>
          <Suspense fallback={<div className="map-picker muted">Loading the map…</div>}>
            <MapPicker lat={Number.isFinite(parseFloat(d.latitude)) ? parseFloat(d.latitude) : null} lng={Number.isFinite(parseFloat(d.longitude)) ? parseFloat(d.longitude) : null}
              onPick={(lat, lng) => setD((o) => ({ ...o, latitude: lat.toFixed(6), longitude: lng.toFixed(6) }))} />
          </Suspense>
        </div>
        <label className="field" htmlFor="cs-tariff">Tariff
          <select id="cs-tariff" name="tariffId" value={d.tariffId} onChange={(e) => set("tariffId", e.target.value)}>
            <option value="">The default tariff</option>
            {(tariffs?.tariffs.nodes ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>{err("tariffId")}
        </label>
        <label className="field" htmlFor="cs-power">Max power (kW)
          <input id="cs-power" name="maxPowerKw" inputMode="decimal" value={d.maxPowerKw} onChange={(e) => set("maxPowerKw", e.target.value)} />{err("maxPowerKw")}
        </label>
        <label className="field inline" htmlFor="cs-public">
          <input id="cs-public" name="isPublic" type="checkbox" checked={d.isPublic} onChange={(e) => set("isPublic", e.target.checked)} /> Public (drivers find it)
        </label>
        <div className="field full">
          <span>Connectors</span>
          <table className="table connectors-editor"><thead><tr><th>#</th><th>Type</th><th>Max power (kW)</th><th>Phases</th><th /></tr></thead><tbody>
            {d.connectors.map((k, i) => (
              <tr key={k.connectorId} data-testid={`connector-${k.connectorId}`}>
                <td>{k.connectorId}</td>
                <td><select aria-label={`Connector ${k.connectorId} type`} value={k.type} onChange={(e) => setConn(i, "type", e.target.value)}>
                  <option value="">—</option>{CONNECTOR_TYPES.map((t) => <option key={t}>{t}</option>)}
                </select>{err(`connectors[${i}].type`)}</td>
                <td><input aria-label={`Connector ${k.connectorId} max power`} inputMode="decimal" value={k.maxPowerKw} onChange={(e) => setConn(i, "maxPowerKw", e.target.value)} />{err(`connectors[${i}].maxPowerKw`)}</td>
                <td><select aria-label={`Connector ${k.connectorId} phases`} value={k.phases} onChange={(e) => setConn(i, "phases", e.target.value)}>
                  <option value="">—</option><option value="1">1</option><option value="3">3</option>
                </select></td>
                <td>{i === d.connectors.length - 1 && !initial.connectors.some((c) => c.connectorId === k.connectorId) &&
                  <button type="button" className="ghost" onClick={() => setD((o) => ({ ...o, connectors: o.connectors.slice(0, -1) }))}>Remove</button>}</td>
              </tr>
            ))}
          </tbody></table>
          {d.connectors.length < 10 && <div><button type="button" onClick={() => setD((o) => ({ ...o, connectors: [...o.connectors, { connectorId: o.connectors.length + 1, type: "", maxPowerKw: "", phases: "" }] }))}>Add a connector</button></div>}
        </div>
      </div>
      <div className="row" style={{ marginTop: 12 }}><button type="submit" className="primary" disabled={busy}>{submitLabel}</button></div>
    </form>
  );
}

/** A server's field path ("input.latitude", "connectors[0].type") as the form names it. */
export function fieldErrorsOf(errors: Array<{ field?: string | null; message: string }> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) if (e.field) out[e.field.replace(/^input\./, "")] = e.message;
  return out;
}
