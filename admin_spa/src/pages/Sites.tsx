import { lazy, Suspense, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { CreateSiteMutation, SiteQuery, SitesQuery, UpdateSiteMutation } from "../ops/chargers";
import type { AdminSiteQuery, AdminSitesQuery, SiteOrder } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
import { CapacityTree } from "../components/CapacityTree";
import { SiteLoadActivity } from "../components/SiteLoadActivity";
import { describeError, userErrorsText } from "../lib/errors";

const MapPicker = lazy(() => import("../components/MapPicker"));
type SiteRow = AdminSitesQuery["sites"]["nodes"][number];
const TEXT = [["name", "Name *"], ["address", "Address"], ["city", "City"], ["state", "State"], ["postcode", "Postcode"], ["description", "Description"]] as const;

function SiteForm({ site, onDone }: { site: SiteRow | null; onDone: (changed: boolean) => void }) {
  const [v, setV] = useState<Record<string, string>>(() => ({
    name: site?.name ?? "", address: site?.address ?? "", city: site?.city ?? "", state: site?.state ?? "", postcode: site?.postcode ?? "",
    description: site?.description ?? "", latitude: site?.latitude ?? "", longitude: site?.longitude ?? "",
  }));
  const [err, setErr] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateSiteMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateSiteMutation);
  const set = (k: string, x: string) => setV((o) => ({ ...o, [k]: x }));
  const lat = parseFloat(v.latitude), lng = parseFloat(v.longitude);
  return (
    <Modal title={site ? `Site ${site.name}` : "New site"} onClose={() => onDone(false)}>
      <form className="stack" onSubmit={async (e) => {
        e.preventDefault();
        const opt = (x: string) => (x.trim() ? x.trim() : null);
        const fields = { name: v.name.trim(), address: opt(v.address), city: opt(v.city), state: opt(v.state), postcode: opt(v.postcode),
          description: opt(v.description), latitude: opt(v.latitude), longitude: opt(v.longitude) };
        const r = site ? await update({ input: { id: site.id, ...fields } }) : await create({ input: fields });
        const out = r.data && ("updateSite" in r.data ? r.data.updateSite : "createSite" in r.data ? r.data.createSite : null);
        const m = describeError(r.error)?.message ?? userErrorsText(out?.errors);
        if (m) setErr(m); else onDone(true);
      }}>
        <div className="form">
          {TEXT.map(([k, label]) => (
            <label key={k} className={`field ${k === "address" || k === "description" ? "full" : ""}`} htmlFor={`site-${k}`}>{label}
              <input id={`site-${k}`} value={v[k]} onChange={(e) => set(k, e.target.value)} /></label>
          ))}
          <label className="field" htmlFor="site-latitude">Latitude<input id="site-latitude" inputMode="decimal" value={v.latitude} onChange={(e) => set("latitude", e.target.value)} /></label>
          <label className="field" htmlFor="site-longitude">Longitude<input id="site-longitude" inputMode="decimal" value={v.longitude} onChange={(e) => set("longitude", e.target.value)} /></label>
          <div className="field full">
            <Suspense fallback={<div className="map-picker muted">Loading the map…</div>}>
              <MapPicker lat={Number.isFinite(lat) ? lat : null} lng={Number.isFinite(lng) ? lng : null}
                onPick={(a, b) => setV((o) => ({ ...o, latitude: a.toFixed(6), longitude: b.toFixed(6) }))} />
            </Suspense>
          </div>
        </div>
        {err && <div className="alert error" role="alert">{err}</div>}
        <div className="row"><button type="submit" className="primary" disabled={creating || updating}>Save</button><button type="button" onClick={() => onDone(false)}>Cancel</button></div>
      </form>
    </Modal>
  );
}

const SITE_COLUMNS: Column<SiteRow>[] = [
  { key: "n", title: "Site", sort: "NAME", render: (x) => x.name, csv: (x) => x.name },
  { key: "a", title: "Address", render: (x) => x.address ?? "", csv: (x) => x.address },
  { key: "city", title: "City", sort: "CITY", render: (x) => x.city ?? "", csv: (x) => x.city },
  { key: "p", title: "Position", render: (x) => (x.latitude ? `${x.latitude}, ${x.longitude}` : "—"), csv: (x) => (x.latitude ? `${x.latitude}, ${x.longitude}` : "") },
  { key: "c", title: "Chargers", render: (x) => x.chargerCount, csv: (x) => x.chargerCount },
];

export function SitesPage() {
  const list = useListState();
  const variables = { search: list.get("q").trim() || null, orderBy: list.sort as SiteOrder | null };
  const [{ data, error, fetching }, refetch] = useQuery({ query: SitesQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  const [editing, setEditing] = useState<SiteRow | "new" | null>(null);
  const conn = data?.sites;
  return (
    <div>
      <PageHeader title="Sites">
        <CsvButton filename="sites.csv" columns={SITE_COLUMNS} query={SitesQuery} variables={variables} pick={(d) => d.sites} />
        <button className="primary" onClick={() => setEditing("new")}>+ New site</button>
      </PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input aria-label="Search sites" placeholder="Search name, address, city…" value={list.get("q")} onChange={(e) => list.set({ q: e.target.value }, true)} style={{ width: 280 }} />
      </div>
      <ErrorBox error={error} what="Sites" />
      <div className="card">
        <DataTable rows={conn?.nodes} loading={fetching} caption="Sites" rowKey={(x) => x.id} empty="No sites yet." linkColumn="n"
          rowHref={(x) => `/sites/${encodeURIComponent(x.id)}`} sort={list.sort} onSort={list.toggleSort}
          columns={[...SITE_COLUMNS, { key: "e", title: "", render: (x) => <button onClick={(ev) => { ev.preventDefault(); ev.stopPropagation(); setEditing(x); }}>Edit</button> }]} />
        <Pager hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev} total={conn?.totalCount}
          page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
      </div>
      {editing && <SiteForm site={editing === "new" ? null : editing} onDone={(changed) => { setEditing(null); if (changed) refetch({ requestPolicy: "network-only" }); }} />}
    </div>
  );
}

export function SiteDetailPage() {
  const id = decodeURIComponent(useParams().id ?? "");
  const [{ data, error }, refetch] = useQuery({ query: SiteQuery, variables: { id }, requestPolicy: "network-only" });
  const [editing, setEditing] = useState(false);
  const d = data?.site;
  return (
    <div className="stack">
      <PageHeader title={d ? `Site ${d.site.name}` : "Site"}>{d && <button onClick={() => setEditing(true)}>Edit</button>}</PageHeader>
      <ErrorBox error={error} what="Site" />
      {d && (
        <>
          <div className="card">
            <div className="muted">{[d.site.address, d.site.city, d.site.state, d.site.postcode].filter(Boolean).join(", ") || "No address"}
              {d.site.latitude && ` · ${d.site.latitude}, ${d.site.longitude}`}</div>
            <h3 style={{ marginTop: 12 }}>Chargers ({d.site.chargerCount})</h3>
            <DataTable rows={d.chargers} rowKey={(c) => c.id} caption="Chargers at this site" empty="No chargers at this site yet: choose the site in a charger's settings."
              rowHref={(c) => `/chargers/${encodeURIComponent(c.chargePointId)}`} linkColumn="c" columns={[
              { key: "c", title: "Charger", render: (c) => c.chargePointId },
              { key: "n", title: "Name", render: (c) => c.name ?? "" },
              { key: "o", title: "Connection", render: (c) => <Badge value={c.online ? "online" : "offline"} /> },
              { key: "p", title: "Public", render: (c) => (c.isPublic ? "yes" : "no") },
            ]} />
          </div>
          <CapacityTree siteId={d.site.id} chargers={d.chargers} />
          <SiteLoadActivity siteId={d.site.id} />
          <SiteDriverPreview view={d.driverView} notes={Object.fromEntries(d.driverPreviews.map((p) => [p.station.chargePointId, p.notes]))} />
        </>
      )}
      {editing && d && <SiteForm site={d.site} onDone={(changed) => { setEditing(false); if (changed) refetch({ requestPolicy: "network-only" }); }} />}
    </div>
  );
}

type SiteView = AdminSiteQuery["site"]["driverView"];

function priceText(v: SiteView): string {
  const a = v.pricePerKwhFrom, b = v.pricePerKwhTo;
  if (!a || !b) return "";
  return a.amount === b.amount ? `${a.currency} ${a.amount}/kWh` : `${a.currency} ${a.amount}–${b.amount}/kWh`;
}

/** What drivers see of the site, as the driver app lists it: its chargers that drivers find (the
 *  platform's visibility rule), whether each is available now and what it costs; then the chargers
 *  drivers miss, with why. */
function SiteDriverPreview({ view: v, notes }: { view: SiteView; notes: Record<string, string[]> }) {
  const n = v.stations.length;
  return (
    <div className="card stack" data-testid="site-driver-preview">
      <h3>What drivers see</h3>
      <div className={n ? "alert ok" : "alert warn"} data-testid="site-driver-summary">
        {n ? `Drivers find ${n} charger${n === 1 ? "" : "s"} here, ${v.availableNow} available now${priceText(v) ? ` · ${priceText(v)}` : ""}.` : "Drivers find no charger at this site."}
      </div>
      <div className="grid two">
        {v.stations.map((s) => (
          <div key={s.chargePointId} className="station" data-testid={`driver-station-${s.chargePointId}`}>
            <div className="spread"><b>{s.name ?? s.chargePointId}</b>
              <span data-testid="driver-availability"><Badge value={s.available ? "Available" : !s.online ? "Offline" : !s.operative ? "Out of service" : "Occupied"} kind={s.available ? "ok" : s.online ? "warn" : "err"} /></span></div>
            <div className="muted small">{[s.address, s.city].filter(Boolean).join(", ") || "No address"}</div>
            <div className="small" data-testid="driver-price">{s.tariff.free ? "Free" : `${s.tariff.pricePerKwh.currency} ${s.tariff.pricePerKwh.amount}/kWh`}
              {Number(s.tariff.pricePerMinute.amount) > 0 && ` · ${s.tariff.pricePerMinute.amount}/min`}{Number(s.tariff.sessionFee.amount) > 0 && ` · fee ${s.tariff.sessionFee.amount}`} ({s.tariff.name})</div>
            <ul className="small">
              {s.connectors.map((k) => <li key={k.connectorId}>#{k.connectorId} {k.type ?? "—"} {k.maxPowerKw ? `${k.maxPowerKw} kW` : ""} · {k.availability}</li>)}
              {!s.connectors.length && <li className="muted">No connectors</li>}
            </ul>
            {(notes[s.chargePointId] ?? []).map((t) => <div key={t} className="small warn-text">{t}</div>)}
          </div>
        ))}
      </div>
      {v.hidden.length > 0 && (
        <div data-testid="site-hidden-chargers">
          <h4>Not shown to drivers</h4>
          <ul className="small">{v.hidden.map((h) => <li key={h.chargePointId}><Link to={`/chargers/${encodeURIComponent(h.chargePointId)}`}>{h.chargePointId}</Link>{h.name ? ` (${h.name})` : ""}: {h.reasons.join(" ")}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
