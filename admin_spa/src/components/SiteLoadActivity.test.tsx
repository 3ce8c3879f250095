import { pointOf, REASON_WORDS } from "./SiteLoadActivity";

describe("SiteLoadActivity", () => {
  it("makes one chart point per allocation: each charger's limit and draw, and the main supply", () => {
    const p = pointOf({
      at: "2026-12-06T05:00:00+00:00",
      supplyLimitA: 40,
      shares: [
        { chargePointId: "CP-1", connectorId: 1, transactionId: 7, limitA: 20, state: "active", phases: 3, weight: 1, cappedA: null, drawnA: 19.6 },
        { chargePointId: "CP-2", connectorId: 2, transactionId: 8, limitA: 0, state: "paused", phases: 3, weight: 1, cappedA: null, drawnA: null },
      ],
    });
    expect(p.supply).toBe(40);
    expect(p["CP-1/1 limit"]).toBe(20);
    expect(p["CP-1/1 drawn"]).toBe(19.6);
    expect(p["CP-2/2 limit"]).toBe(0);
    expect(p["CP-2/2 drawn"]).toBeNull();
  });

  it("says every reason in words", () => {
    expect(REASON_WORDS.SESSION_STOPPED).toBe("session stopped");
    expect(REASON_WORDS.UNUSED_CAPACITY).toBe("unused capacity redistributed");
    expect(new Set(Object.values(REASON_WORDS)).size).toBe(Object.keys(REASON_WORDS).length);
  });
});
