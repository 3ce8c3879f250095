import { useState } from "react";
import { Link } from "react-router-dom";
import { ChargerMap } from "../components/ChargerMap";
import { Notice, Page, StatusPill } from "../components/ui";
import { availability, useChargers } from "../lib/chargers";
import { distance, kw } from "../lib/format";
import { directionsUrl } from "../lib/geo";

const TYPES = ["CCS2", "Type2", "CHAdeMO", "GB-T"];
const POWERS = [0, 7, 22, 50, 100];

export function Find() {
  const [type, setType] = useState<string | null>(null);
  const [minPower, setMinPower] = useState(0);
  const [view, setView] = useState<"map" | "list">("map");
  const { chargers, position, fetching, error } = useChargers({ connectorType: type, minPowerKw: minPower || null });
  // Filtered and sorted by distance on the server.
  const shown = chargers;
  return (
    <Page
      title="Find a charger"
      actions={
        <button className="btn secondary small" onClick={() => setView(view === "map" ? "list" : "map")}>
          {view === "map" ? "List" : "Map"}
        </button>
      }
    >
      <div className="row" style={{ flexWrap: "wrap", gap: 6, marginBottom: 8 }} aria-label="Connector type">
        <button className={`chip ${type === null ? "on" : ""}`} onClick={() => setType(null)}>All types</button>
        {TYPES.map((t) => (
          <button key={t} className={`chip ${type === t ? "on" : ""}`} onClick={() => setType(t)}>{t}</button>
        ))}
      </div>
      <div className="row" style={{ flexWrap: "wrap", gap: 6, marginBottom: 12 }} aria-label="Minimum power">
        {POWERS.map((p) => (
          <button key={p} className={`chip ${minPower === p ? "on" : ""}`} onClick={() => setMinPower(p)}>
            {p ? `≥ ${p} kW` : "Any power"}
          </button>
        ))}
      </div>
      <Notice kind="warning">{error}</Notice>
      {view === "map" && <ChargerMap chargers={shown} position={position} />}
      <h2>{position ? "Nearest first" : "Stations"}</h2>
      {!position && <p className="muted">Allow location access to sort by distance.</p>}
      {fetching && !shown.length && <p className="muted">Loading stations…</p>}
      <div className="card" data-testid="charger-list">
        {!shown.length && !fetching && <p className="muted">No stations match these filters.</p>}
        {shown.map((c) => (
          <div key={c.id} className="list-item">
            <div className="grow">
              <Link to={`/c/${encodeURIComponent(c.chargePointId)}`}>
                <strong>{c.name ?? c.chargePointId}</strong>
              </Link>
              <div className="muted">
                {c.address ?? c.city ?? ""} {c.maxPowerKw ? `· up to ${kw(c.maxPowerKw)}` : ""}
              </div>
              <div className="row" style={{ gap: 6, marginTop: 4 }}>
                <StatusPill status={availability(c) === "available" ? "Available" : availability(c) === "busy" ? "Charging" : "Offline"} />
                <span className="muted">{c.connectors.filter((k) => k.status === "Available").length}/{c.connectors.length} free</span>
              </div>
            </div>
            <div className="col" style={{ alignItems: "flex-end" }}>
              <span className="muted">{distance(c.distanceKm)}</span>
              {c.latitude !== null && c.longitude !== null && (
                <a className="chip" href={directionsUrl(Number(c.latitude), Number(c.longitude))} target="_blank" rel="noreferrer">
                  Directions
                </a>
              )}
            </div>
          </div>
        ))}
      </div>
    </Page>
  );
}
