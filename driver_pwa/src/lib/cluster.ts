/** Pin clustering for the station map: stations closer than a radius on screen (at the map's zoom)
 * share one pin that shows how many they are. Small and deterministic: points are projected to Web
 * Mercator pixels at the zoom, then taken in a fixed order; each point not yet taken starts a cluster
 * and takes every free point within the radius of it. Fine for the few hundred pins a page holds. */

export type Availability = "available" | "busy" | "offline";

export interface Pin<T> {
  lat: number;
  lng: number;
  /** Orders the points, so the same data gives the same clusters. */
  key: string;
  availability: Availability;
  item: T;
}

export interface Cluster<T> {
  lat: number;
  lng: number;
  members: Pin<T>[];
  counts: Record<Availability, number>;
  /** The best state in the cluster: available if any is, else busy if any is, else offline. */
  availability: Availability;
}

/** Web Mercator pixel coordinates of a point at `zoom` (256 px tiles, as Leaflet's default CRS). */
export function project(lat: number, lng: number, zoom: number): { x: number; y: number } {
  const size = 256 * 2 ** zoom;
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size,
  };
}

export function clusterPins<T>(pins: Pin<T>[], zoom: number, radiusPx = 44): Cluster<T>[] {
  const sorted = [...pins].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const xy = sorted.map((p) => project(p.lat, p.lng, zoom));
  const taken = new Array<boolean>(sorted.length).fill(false);
  const out: Cluster<T>[] = [];
  const r2 = radiusPx * radiusPx;
  for (let i = 0; i < sorted.length; i++) {
    if (taken[i]) continue;
    taken[i] = true;
    const members = [sorted[i]];
    for (let j = i + 1; j < sorted.length; j++) {
      if (taken[j]) continue;
      const dx = xy[j].x - xy[i].x;
      const dy = xy[j].y - xy[i].y;
      if (dx * dx + dy * dy <= r2) {
        taken[j] = true;
        members.push(sorted[j]);
      }
    }
    const counts: Record<Availability, number> = { available: 0, busy: 0, offline: 0 };
    for (const m of members) counts[m.availability] += 1;
    out.push({
      lat: members.reduce((s, m) => s + m.lat, 0) / members.length,
      lng: members.reduce((s, m) => s + m.lng, 0) / members.length,
      members,
      counts,
      availability: counts.available ? "available" : counts.busy ? "busy" : "offline",
    });
  }
  return out;
}

/** [[south, west], [north, east]] around the points, or null without any. */
export function boundsOf(points: { lat: number; lng: number }[]): [[number, number], [number, number]] | null {
  if (!points.length) return null;
  let s = Infinity,
    w = Infinity,
    n = -Infinity,
    e = -Infinity;
  for (const p of points) {
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lng);
    e = Math.max(e, p.lng);
  }
  return [
    [s, w],
    [n, e],
  ];
}
