import { useEffect, useRef } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";

/** Kuala Lumpur city centre: where the map opens when the charger has no position yet. */
const DEFAULT_CENTER: [number, number] = [3.139, 101.6869];
const DEFAULT_TILES = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The tile server the platform is configured with (MAP_TILE_URL, MAP_TILE_ATTRIBUTION), written by the
 * server into index.html's <head>; its Content-Security-Policy allows that host only. */
function tiles(): { url: string; attribution: string } {
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || "";
  return { url: meta("plagsini-map-tiles") || DEFAULT_TILES, attribution: meta("plagsini-map-attribution") };
}

/** A map to place a charger: click (or drag the marker) to set the position. */
export default function MapPicker({ lat, lng, onPick }: { lat: number | null; lng: number | null; onPick: (lat: number, lng: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!box.current) return;
    const m = L.map(box.current, { center: lat != null && lng != null ? [lat, lng] : DEFAULT_CENTER, zoom: lat != null ? 15 : 11 });
    const t = tiles();
    L.tileLayer(t.url, { attribution: t.attribution, maxZoom: 19 }).addTo(m);
    m.on("click", (e: L.LeafletMouseEvent) => pick.current(round6(e.latlng.lat), round6(e.latlng.lng)));
    map.current = m;
    return () => { m.remove(); map.current = null; marker.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (lat == null || lng == null) { marker.current?.remove(); marker.current = null; return; }
    if (!marker.current) marker.current = L.circleMarker([lat, lng], { radius: 9, color: "#0b7a53", fillColor: "#16a34a", fillOpacity: 0.8 }).addTo(m);
    else marker.current.setLatLng([lat, lng]);
    if (!m.getBounds().contains([lat, lng])) m.panTo([lat, lng]);
  }, [lat, lng]);

  return <div ref={box} className="map-picker" data-testid="map-picker" role="application" aria-label="Map: click to place the charger" />;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
