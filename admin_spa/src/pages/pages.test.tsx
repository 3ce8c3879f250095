import { mergePoints } from "./SessionDetail";

describe("session meter chart", () => {
  it("merges stored and live readings by instant, oldest first, the newer value winning", () => {
    const stored = [
      { timestamp: "2030-01-01T00:00:00+00:00", energyWh: 0, powerW: 0 },
      { timestamp: "2030-01-01T00:01:00+00:00", energyWh: 100, powerW: 7000 },
    ];
    const live = [
      { timestamp: "2030-01-01T00:01:00.000Z", energyWh: 101, powerW: 7100 },
      { timestamp: "2030-01-01T00:02:00.000Z", energyWh: 220, powerW: 7200 },
    ];
    const merged = mergePoints(stored, live);
    expect(merged.map((p) => p.energyWh)).toEqual([0, 101, 220]);
    expect(mergePoints(live, stored).map((p) => p.energyWh)).toEqual([0, 100, 220]);
  });
});
