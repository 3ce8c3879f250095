import { useT } from "../lib/i18n";
import { lazy, Suspense, useState } from "react";
import { Link } from "react-router-dom";
import { KeptAge, Notice, Page, StatusPill } from "../components/ui";
import { chargerStatus, useChargers } from "../lib/chargers";
import { distance, kw, num } from "../lib/format";
import { directionsUrl } from "../lib/geo";

// Leaflet and the map are a chunk of their own, fetched when the driver opens the map view.
const ChargerMap = lazy(() => import("../components/MapChunk").then((m) => ({ default: m.ChargerMap })));

const TYPES = ["CCS2", "Type2", "CHAdeMO", "GB-T"];
const POWERS = [0, 7, 22, 50, 100];

export function Find() {
  const [type, setType] = useState<string | null>(null);
  const [minPower, setMinPower] = useState(0);
  const [view, setView] = useState<"map" | "list">("map");
  const { chargers, position, fetching, error, savedAt } = useChargers({ connectorType: type, minPowerKw: minPower || null });
  // Filtered and sorted by distance on the server.
  const shown = chargers;
  const t = useT();
  return (
    <Page
      title={t("find.title")}
      actions={
        <button className="btn secondary small" onClick={() => setView(view === "map" ? "list" : "map")}>
          {view === "map" ? t("find.list") : t("find.map")}
        </button>
      }
    >
      <div className="row" style={{ flexWrap: "wrap", gap: 6, marginBottom: 8 }} aria-label={t("find.connectorType")}>
        <button className={`chip ${type === null ? "on" : ""}`} onClick={() => setType(null)}>{t("find.allTypes")}</button>
        {TYPES.map((k) => (
          <button key={k} className={`chip ${type === k ? "on" : ""}`} onClick={() => setType(k)}>{k}</button>
        ))}
      </div>
      <div className="row" style={{ flexWrap: "wrap", gap: 6, marginBottom: 12 }} aria-label={t("find.minPower")}>
        {POWERS.map((p) => (
          <button key={p} className={`chip ${minPower === p ? "on" : ""}`} onClick={() => setMinPower(p)}>
            {p ? `≥ ${num(p, 0)} kW` : t("find.anyPower")}
          </button>
        ))}
      </div>
      <Notice kind="warning">{error}</Notice>
      <KeptAge at={savedAt} />
      {view === "map" && (
        <Suspense fallback={<div className="map-loading" role="status" aria-live="polite">{t("common.loading")}</div>}>
          <ChargerMap chargers={shown} position={position} />
        </Suspense>
      )}
      <h2>{position ? t("find.nearest") : t("home.stations")}</h2>
      {!position && <p className="muted">{t("find.allowLocation")}</p>}
      {fetching && !shown.length && <p className="muted">{t("find.loading")}</p>}
      <div className="card" data-testid="charger-list">
        {!shown.length && !fetching && <p className="muted">{t("find.none")}</p>}
        {shown.map((c) => (
          <div key={c.id} className="list-item">
            <div className="grow">
              <Link to={`/c/${encodeURIComponent(c.chargePointId)}`}>
                <strong>{c.name ?? c.chargePointId}</strong>
              </Link>
              <div className="muted">
                {c.address ?? c.city ?? ""} {c.maxPowerKw ? t("find.upTo", { kw: kw(c.maxPowerKw) }) : ""}
              </div>
              <div className="row" style={{ gap: 6, marginTop: 4 }}>
                <StatusPill status={chargerStatus(c)} />
                <span className="muted">{t("find.free", { free: c.connectors.filter((k) => k.status === "Available").length, total: c.connectors.length })}</span>
              </div>
            </div>
            <div className="col" style={{ alignItems: "flex-end" }}>
              <span className="muted">{position ? distance(c.distanceKm) : ""}</span>
              {c.latitude !== null && c.longitude !== null && (
                <a className="chip" href={directionsUrl(Number(c.latitude), Number(c.longitude))} target="_blank" rel="noreferrer">
                  {t("charger.directions")}
                </a>
              )}
            </div>
          </div>
        ))}
      </div>
    </Page>
  );
}
