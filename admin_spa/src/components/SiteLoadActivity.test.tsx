import { ANSWER_WORDS, pointOf, REASON_WORDS, seriesOf, treeOrder } from "./SiteLoadActivity";

describe("SiteLoadActivity", () => {
  it("makes one chart point per allocation: each charger's limit and draw, and the main supply", () => {
    const p = pointOf({
      at: "2026-12-06T05:00:00+00:00",
      supplyLimitA: 40,
      shares: [
        { chargePointId: "CP-1", connectorId: 1, transactionId: 7, limitA: 20, targetA: 20, state: "active", phases: 3, weight: 1, cappedA: null, drawnA: 19.6 },
        { chargePointId: "CP-2", connectorId: 2, transactionId: 8, limitA: 0, targetA: 6, state: "paused", phases: 3, weight: 1, cappedA: null, drawnA: null },
      ],
      nodes: [
        { nodeId: "N1", parentId: null, kind: "SUPPLY", name: "Main", limitA: 40, inForceA: 20, drawnA: 19.6, transactionIds: [7, 8] },
        { nodeId: "N2", parentId: "N1", kind: "CIRCUIT", name: "Garage", limitA: 16, inForceA: 0, drawnA: 0, transactionIds: [8] },
      ],
    });
    expect(p.supply).toBe(40);
    expect(p["node N1 limit"]).toBe(40);
    expect(p["node N1 in force"]).toBe(20);
    expect(p["node N1 drawn"]).toBe(19.6);
    expect(p["node N2 limit"]).toBe(16);
    expect(p["CP-1/1 limit"]).toBe(20);
    expect(p["CP-1/1 drawn"]).toBe(19.6);
    expect(p["CP-2/2 limit"]).toBe(0);
    expect(p["CP-2/2 drawn"]).toBeNull();
  });

  it("charts a node's limit, its sums and each charger below it", () => {
    const s = seriesOf(
      { nodeId: "N2", parentId: "N1", kind: "CIRCUIT", name: "Garage", limitA: 16, inForceA: 0, drawnA: 0, transactionIds: [8] },
      ["CP-2/2"],
    );
    expect(s.map((x) => x.key)).toEqual(["node N2 limit", "node N2 in force", "node N2 drawn", "CP-2/2 limit", "CP-2/2 drawn"]);
    expect(new Set(s.map((x) => x.color)).size).toBe(s.length);
    expect(seriesOf(undefined, [])).toEqual([]);
  });

  it("lists the nodes in tree order with their depth", () => {
    const n = (nodeId: string, parentId: string | null) => ({ nodeId, parentId, kind: "CIRCUIT" as const, name: nodeId, limitA: null, inForceA: 0, drawnA: 0, transactionIds: [] as number[] });
    const order = treeOrder([n("A", null), n("C1", "A"), n("C2", "A"), n("G", "A"), n("G1", "G")].reverse());
    expect(order.map((o) => `${o.node.nodeId}:${o.depth}`)).toEqual(["A:0", "G:1", "G1:2", "C2:1", "C1:1"]);
  });

  it("says every answer in words", () => {
    expect(ANSWER_WORDS.REJECTED).toBe("rejected by the charger");
    expect(new Set(Object.values(ANSWER_WORDS)).size).toBe(Object.keys(ANSWER_WORDS).length);
  });

  it("says every reason in words", () => {
    expect(REASON_WORDS.SESSION_STOPPED).toBe("session stopped");
    expect(REASON_WORDS.UNUSED_CAPACITY).toBe("unused capacity redistributed");
    expect(new Set(Object.values(REASON_WORDS)).size).toBe(Object.keys(REASON_WORDS).length);
  });
});
