import { renderHook, act } from "@testing-library/react";
import { mergePoints, useNow } from "./SessionDetail";
import { detailsText } from "./AuditLog";

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

describe("live session duration", () => {
  it("ticks while the session runs and stops when it ends", () => {
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ on }) => useNow(on), { initialProps: { on: true } });
      const t0 = result.current;
      act(() => { vi.advanceTimersByTime(3000); });
      expect(result.current - t0).toBeGreaterThanOrEqual(3000);
      rerender({ on: false });
      const t1 = result.current;
      act(() => { vi.advanceTimersByTime(3000); });
      expect(result.current).toBe(t1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("audit log details", () => {
  it("shows changes as old → new and cuts long values", () => {
    expect(detailsText({ role: ["driver", "admin"], reason: "Goodwill" })).toBe('role: "driver" → "admin" · reason: "Goodwill"');
    expect(detailsText(null)).toBe("");
    expect(detailsText({ body: "x".repeat(200) })).toMatch(/…$/);
  });
});

describe("fleet progress", () => {
  it("counts firmware steps for UpdateFirmware and an answer as done for other commands", async () => {
    const { progressOf } = await import("./Fleet");
    expect(progressOf("UpdateFirmware", "accepted")).toBe(15);
    expect(progressOf("UpdateFirmware", "downloading")).toBeLessThan(progressOf("UpdateFirmware", "installing"));
    expect(progressOf("UpdateFirmware", "installed")).toBe(100);
    expect(progressOf("UpdateFirmware", "failed")).toBe(100);
    expect(progressOf("Reset", "accepted")).toBe(100);
    expect(progressOf("Reset", "pending")).toBe(0);
  });
});
