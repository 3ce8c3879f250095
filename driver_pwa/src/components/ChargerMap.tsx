import { useT } from "../lib/i18n";
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { CircleMarker, MapContainer, Marker, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { Link } from "react-router-dom";
import { AVAILABILITY_COLOR, availability, type ChargerWithDistance } from "../lib/chargers";
import { boundsOf, clusterPins, type Availability, type Pin } from "../lib/cluster";
import { DEFAULT_CENTER, directionsUrl, type LatLng } from "../lib/geo";
import { partnerAvailability, type PartnerStation } from "../lib/partners";
import { serviceWorkerControlled } from "../lib/sw";

const DEFAULT_TILES = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const START_ZOOM = 12;
/** The closest the view zooms when fitting the pins (a lone pin is not shown at street level). */
const FIT_MAX_ZOOM = 15;

/** The tile server the platform is configured with (MAP_TILE_URL, MAP_TILE_ATTRIBUTION): the server
 * writes them into index.html's <head>; its Content-Security-Policy allows that host only. */
export function mapTiles(doc: Document = document): { url: string; attribution: string } {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || "";
  return { url: meta("plagsini-map-tiles") || DEFAULT_TILES, attribution: meta("plagsini-map-attribution") || DEFAULT_ATTRIBUTION };
}

const LEGEND: Availability[] = ["available", "busy", "offline"];

function located(chargers: ChargerWithDistance[]): Pin<ChargerWithDistance>[] {
  return chargers
    .filter((c) => c.latitude !== null && c.longitude !== null)
    .map((c) => ({ lat: Number(c.latitude), lng: Number(c.longitude), key: c.id, availability: availability(c), item: c }));
}

/** Fits the view to the pins and the driver's real position whenever the set of stations (not their
 * live status) or the position changes. Without either, the view stays where it is. */
function FitView({ pins, position }: { pins: Pin<unknown>[]; position: LatLng | null }) {
  const map = useMap();
  const key = pins.map((p) => p.key).join(",") + (position ? `@${position.lat},${position.lng}` : "");
  useEffect(() => {
    const bounds = boundsOf([...pins, ...(position ? [position] : [])]);
    if (!bounds) return;
    map.fitBounds(bounds, { padding: [36, 36], maxZoom: FIT_MAX_ZOOM, animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit only when the stations or the position change
  }, [map, key]);
  return null;
}

function StationPopup({ c }: { c: ChargerWithDistance }) {
  const t = useT();
  return (
    <Popup>
      <strong>{c.name ?? c.chargePointId}</strong>
      <br />
      {t(`map.${availability(c)}`)}
      <br />
      <Link to={`/c/${encodeURIComponent(c.chargePointId)}`}>{t("map.details")}</Link> ·{" "}
      <a href={directionsUrl(Number(c.latitude), Number(c.longitude))} target="_blank" rel="noreferrer">
        {t("map.directions")}
      </a>
    </Popup>
  );
}

/** The pins at the map's zoom: a coloured circle per station, a numbered pin per cluster (coloured by
 * its best state; tapping it zooms to its stations). */
function Pins({ pins }: { pins: Pin<ChargerWithDistance>[] }) {
  const t = useT();
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const clusters = useMemo(() => clusterPins(pins, zoom), [pins, zoom]);
  useEffect(() => {
    map.getContainer().dataset.zoom = String(zoom); // for tests and styling hooks
  }, [map, zoom]);
  return (
    <>
      {clusters.map((k) => {
        if (k.members.length === 1) {
          const p = k.members[0];
          return (
            // Leaflet sets a path's class once, when it is created: a change of state makes a new pin.
            <CircleMarker
              key={`${p.key}:${p.availability}`}
              center={[p.lat, p.lng]}
              radius={11}
              className={`pin pin-${p.availability}`}
              pathOptions={{ color: "#0b1020", weight: 2, fillColor: AVAILABILITY_COLOR[p.availability], fillOpacity: 0.95 }}
            >
              <StationPopup c={p.item} />
            </CircleMarker>
          );
        }
        const n = k.members.length;
        const label = t("map.cluster", { n, available: k.counts.available, busy: k.counts.busy, offline: k.counts.offline });
        const icon = L.divIcon({
          className: `cluster cluster-${k.availability}`,
          html: `<span>${n}</span>`,
          iconSize: [44, 44],
        });
        return (
          <Marker
            key={k.members.map((m) => m.key).join(",")}
            position={[k.lat, k.lng]}
            icon={icon}
            title={label}
            alt={label}
            eventHandlers={{
              click: () => {
                const b = boundsOf(k.members);
                if (b) map.fitBounds(b, { padding: [48, 48], maxZoom: map.getMaxZoom(), animate: false });
              },
            }}
          />
        );
      })}
    </>
  );
}

/** Partners' stations: a ringed pin each (never clustered with ours), coloured by availability. */
function PartnerPins({ partners }: { partners: PartnerStation[] }) {
  const t = useT();
  return (
    <>
      {partners.map((p) => {
        const a = partnerAvailability(p);
        return (
          <CircleMarker
            key={`${p.id}:${a}`}
            center={[p.latitude, p.longitude]}
            radius={11}
            className={`pin partner-pin pin-${a}`}
            pathOptions={{ color: "#f5b301", weight: 4, dashArray: "4 3", fillColor: AVAILABILITY_COLOR[a], fillOpacity: 0.95 }}
          >
            <Popup>
              <strong>{p.name ?? p.locationId}</strong>
              <br />
              {t("partners.badge", { partner: p.partner })}
              <br />
              {t("partners.free", { free: p.availableCount, total: p.evses.length })}
              <br />
              <Link to={`/p/${encodeURIComponent(p.id)}`}>{t("partners.open")}</Link>
              {" · "}
              <a href={directionsUrl(p.latitude, p.longitude)} target="_blank" rel="noreferrer">
                {t("map.directions")}
              </a>
            </Popup>
          </CircleMarker>
        );
      })}
    </>
  );
}

/** Leaflet map with the configured tiles, the stations as clustered pins coloured by availability
 * (the app's one charger-status rule), a legend, and the view fitted to the stations and the driver.
 * When tiles cannot be loaded (no network, tile server down), the map says so over the map. */
export function ChargerMap({
  chargers,
  position,
  partners = [],
}: {
  chargers: ChargerWithDistance[];
  position: LatLng | null;
  /** Roaming partners' stations, shown as ringed pins beside ours. */
  partners?: PartnerStation[];
}) {
  const t = useT();
  const [tilesReady, setTilesReady] = useState(false);
  // Failing now: a tile failed in the current batch (Leaflet's "load" ends a batch, failed or not).
  const [tilesFailed, setTilesFailed] = useState(false);
  const batchErrors = useRef(0);
  const [tiles] = useState(() => mapTiles());
  useEffect(() => {
    let alive = true;
    void serviceWorkerControlled().then(() => alive && setTilesReady(true));
    return () => {
      alive = false;
    };
  }, []);
  const pins = useMemo(() => located(chargers), [chargers]);
  // The view fits our stations and the partners' alike.
  const fitted = useMemo(
    () => [...pins, ...partners.map((p) => ({ lat: p.latitude, lng: p.longitude, key: `partner:${p.id}`, availability: partnerAvailability(p), item: p }))],
    [pins, partners],
  );
  const counts = useMemo(() => {
    const c: Record<Availability, number> = { available: 0, busy: 0, offline: 0 };
    for (const p of pins) c[p.availability] += 1;
    return c;
  }, [pins]);
  const [center] = useState(() => position ?? DEFAULT_CENTER);
  return (
    <div>
      <div className="map" data-testid="map" data-stations={pins.length}>
        <MapContainer center={[center.lat, center.lng]} zoom={START_ZOOM} style={{ height: "100%", width: "100%" }} attributionControl>
          {tilesReady && (
            <TileLayer
              url={tiles.url}
              attribution={tiles.attribution}
              maxZoom={19}
              eventHandlers={{
                loading: () => {
                  batchErrors.current = 0;
                },
                tileerror: () => {
                  batchErrors.current += 1;
                  setTilesFailed(true);
                },
                load: () => setTilesFailed(batchErrors.current > 0),
              }}
            />
          )}
          <FitView pins={fitted} position={position} />
          {position && (
            <CircleMarker
              center={[position.lat, position.lng]}
              radius={7}
              className="you"
              pathOptions={{ color: "#fff", weight: 2, fillColor: "#3b82f6", fillOpacity: 1 }}
            />
          )}
          <Pins pins={pins} />
          <PartnerPins partners={partners} />
        </MapContainer>
        {tilesFailed && (
          <div className="map-notice" role="alert" data-testid="map-tiles-failed">
            {t("map.tilesFailed")}
          </div>
        )}
      </div>
      <ul className="map-legend" data-testid="map-legend" aria-label={t("map.legend")}>
        {LEGEND.map((a) => (
          <li key={a} data-availability={a}>
            <span className={`swatch swatch-${a}`} aria-hidden />
            {t(`map.${a}`)} <span className="muted">{counts[a]}</span>
          </li>
        ))}
        {partners.length > 0 && (
          <li data-testid="legend-partner">
            <span className="swatch swatch-partner" aria-hidden />
            {t("map.partner")} <span className="muted">{partners.length}</span>
          </li>
        )}
        {position && (
          <li>
            <span className="swatch swatch-you" aria-hidden />
            {t("map.you")}
          </li>
        )}
      </ul>
    </div>
  );
}
