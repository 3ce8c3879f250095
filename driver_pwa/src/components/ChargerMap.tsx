import { useT } from "../lib/i18n";
import { useEffect, useState } from "react";
import { CircleMarker, MapContainer, Popup, TileLayer } from "react-leaflet";
import { Link } from "react-router-dom";
import { AVAILABILITY_COLOR, availability, type ChargerWithDistance } from "../lib/chargers";
import { DEFAULT_CENTER, directionsUrl, type LatLng } from "../lib/geo";
import { serviceWorkerControlled } from "../lib/sw";

const DEFAULT_TILES = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** The tile server the platform is configured with (MAP_TILE_URL, MAP_TILE_ATTRIBUTION): the server
 * writes them into index.html's <head>; its Content-Security-Policy allows that host only. */
export function mapTiles(doc: Document = document): { url: string; attribution: string } {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || "";
  return { url: meta("plagsini-map-tiles") || DEFAULT_TILES, attribution: meta("plagsini-map-attribution") || DEFAULT_ATTRIBUTION };
}

/** Leaflet map with the configured tiles and one marker per charger, coloured by live availability.
 * Tiles go through the service worker (cached for offline use, a blank tile when unreachable), so a
 * missing tile server degrades to an empty map rather than broken images. */
export function ChargerMap({ chargers, position }: { chargers: ChargerWithDistance[]; position: LatLng | null }) {
  const t = useT();
  const [tilesReady, setTilesReady] = useState(false);
  const [tileErrors, setTileErrors] = useState(0);
  const [tiles] = useState(() => mapTiles());
  useEffect(() => {
    let alive = true;
    void serviceWorkerControlled().then(() => alive && setTilesReady(true));
    return () => {
      alive = false;
    };
  }, []);
  const center = position ?? (chargers[0]?.latitude ? { lat: Number(chargers[0].latitude), lng: Number(chargers[0].longitude) } : DEFAULT_CENTER);
  return (
    <div>
      <div className="map" data-testid="map">
        <MapContainer center={[center.lat, center.lng]} zoom={12} style={{ height: "100%", width: "100%" }} attributionControl>
          {tilesReady && (
            <TileLayer
              url={tiles.url}
              attribution={tiles.attribution}
              maxZoom={19}
              eventHandlers={{ tileerror: () => setTileErrors((n) => n + 1) }}
            />
          )}
          {position && <CircleMarker center={[position.lat, position.lng]} radius={6} pathOptions={{ color: "#fff", fillColor: "#3b82f6", fillOpacity: 1 }} />}
          {chargers
            .filter((c) => c.latitude !== null && c.longitude !== null)
            .map((c) => {
              const a = availability(c);
              return (
                <CircleMarker
                  key={c.id}
                  center={[Number(c.latitude), Number(c.longitude)]}
                  radius={10}
                  pathOptions={{ color: AVAILABILITY_COLOR[a], fillColor: AVAILABILITY_COLOR[a], fillOpacity: 0.7 }}
                >
                  <Popup>
                    <strong>{c.name ?? c.chargePointId}</strong>
                    <br />
                    {a}
                    <br />
                    <Link to={`/c/${encodeURIComponent(c.chargePointId)}`}>{t("map.details")}</Link> ·{" "}
                    <a href={directionsUrl(Number(c.latitude), Number(c.longitude))} target="_blank" rel="noreferrer">
                      {t("map.directions")}
                    </a>
                  </Popup>
                </CircleMarker>
              );
            })}
        </MapContainer>
      </div>
      {tileErrors > 0 && <p className="muted">{t("map.tilesFailed")}</p>}
    </div>
  );
}
