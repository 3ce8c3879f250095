import { boundsOf, clusterPins, project, type Availability, type Pin } from "../lib/cluster";

const pin = (key: string, lat: number, lng: number, availability: Availability = "available"): Pin<string> => ({ key, lat, lng, availability, item: key });

describe("project", () => {
  it("maps the world onto 256·2^zoom pixels (Web Mercator)", () => {
    expect(project(0, 0, 0)).toEqual({ x: 128, y: 128 });
    expect(project(0, -180, 1).x).toBe(0);
    expect(project(0, 180, 1).x).toBe(512);
    // Latitude grows upwards, pixels downwards; the poles are clamped to the square.
    expect(project(45, 0, 0).y).toBeLessThan(128);
    expect(project(90, 0, 0).y).toBeCloseTo(0, 6);
  });
});

describe("clusterPins", () => {
  // Three stations in one Kuala Lumpur block (~100 m apart), one in Petaling Jaya (~10 km away).
  const kl = [pin("a", 3.139, 101.6869, "busy"), pin("b", 3.1399, 101.6869, "offline"), pin("c", 3.139, 101.6878, "available")];
  const pj = pin("d", 3.1073, 101.6067, "offline");

  it("groups stations that would overlap on screen and keeps distant ones apart", () => {
    const clusters = clusterPins([...kl, pj], 12);
    expect(clusters.map((k) => k.members.map((m) => m.key))).toEqual([["a", "b", "c"], ["d"]]);
    const [block] = clusters;
    expect(block.counts).toEqual({ available: 1, busy: 1, offline: 1 });
    expect(block.lat).toBeCloseTo(3.1393, 4);
  });

  it("splits clusters as the map zooms in", () => {
    expect(clusterPins([...kl, pj], 5)).toHaveLength(1);
    expect(clusterPins([...kl, pj], 19)).toHaveLength(4);
  });

  it("colours a cluster by its best state", () => {
    expect(clusterPins(kl, 12)[0].availability).toBe("available");
    expect(clusterPins([kl[0], kl[1]], 12)[0].availability).toBe("busy");
    expect(clusterPins([kl[1]], 12)[0].availability).toBe("offline");
  });

  it("gives the same clusters whatever the order of the stations", () => {
    const one = clusterPins([...kl, pj], 12).map((k) => k.members.map((m) => m.key));
    const two = clusterPins([pj, kl[2], kl[0], kl[1]], 12).map((k) => k.members.map((m) => m.key));
    expect(two).toEqual(one);
  });

  it("counts every station exactly once", () => {
    const many = Array.from({ length: 200 }, (_, i) => pin(`s${String(i).padStart(3, "0")}`, 3 + (i % 20) * 0.01, 101 + Math.floor(i / 20) * 0.01));
    for (const zoom of [8, 11, 13, 16]) {
      const clusters = clusterPins(many, zoom);
      expect(clusters.reduce((n, k) => n + k.members.length, 0)).toBe(200);
      expect(new Set(clusters.flatMap((k) => k.members.map((m) => m.key))).size).toBe(200);
    }
  });

  it("has nothing to do without stations", () => {
    expect(clusterPins([], 12)).toEqual([]);
  });
});

describe("boundsOf", () => {
  it("encloses the points, or is null without any", () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ lat: 3.1, lng: 101.7 }, { lat: 2.9, lng: 101.5 }, { lat: 3.0, lng: 101.9 }])).toEqual([
      [2.9, 101.5],
      [3.1, 101.9],
    ]);
  });
});
