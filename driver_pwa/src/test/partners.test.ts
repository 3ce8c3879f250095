import { describe, expect, it } from "vitest";
import { applyPartnerStatus, connectorName, partnerMatches, type PartnerStation } from "../lib/partners";

const station: PartnerStation = {
  id: "UGFydG5lclN0YXRpb246MQ",
  operator: null,
  partner: "Peer CPO",
  locationId: "LOC0",
  name: "Peer Plaza 0",
  address: "0 Jalan Peer",
  city: "Kuala Lumpur",
  latitude: 3.15,
  longitude: 101.71,
  distanceKm: 0.1,
  availableCount: 2,
  evses: ["LOC0-E1", "LOC0-E2"].map((uid) => ({
    uid,
    evseId: null,
    status: "AVAILABLE",
    standards: ["IEC_62196_T2"],
    maxPowerKw: "22",
    reservable: false,
    connectors: [{ standard: "IEC_62196_T2", powerType: "AC_3_PHASE", maxPowerKw: "22" }],
  })),
  tariff: null,
};

describe("partner stations", () => {
  it("apply a partner's pushed EVSE status, and only to its station", () => {
    const events = [
      { chargePointId: "", online: null, connectorId: null, kind: "partner", partnerStationId: station.id, evseUid: "loc0-e2", evseStatus: "CHARGING", availableCount: 1 },
      { chargePointId: "", online: null, connectorId: null, kind: "partner", partnerStationId: "other", evseUid: "LOC0-E1", evseStatus: "OUTOFORDER", availableCount: 0 },
    ];
    const live = applyPartnerStatus(station, events);
    expect(live.availableCount).toBe(1);
    expect(live.evses.map((e) => e.status)).toEqual(["AVAILABLE", "CHARGING"]);
    const removed = applyPartnerStatus(live, [{ ...events[0], evseStatus: "REMOVED", availableCount: 1 }]);
    expect(removed.evses.map((e) => e.uid)).toEqual(["LOC0-E1"]);
  });

  it("pass the Find filters as our stations do", () => {
    expect(partnerMatches(station, {})).toBe(true);
    expect(partnerMatches(station, { connectorType: "Type2", minPowerKw: 22 })).toBe(true);
    expect(partnerMatches(station, { connectorType: "CCS2" })).toBe(false);
    expect(partnerMatches(station, { minPowerKw: 50 })).toBe(false);
    const busy = { ...station, evses: station.evses.map((e) => ({ ...e, status: "CHARGING" })) };
    expect(partnerMatches(busy, { availableNow: true })).toBe(false);
    expect(connectorName("IEC_62196_T2_COMBO")).toBe("CCS2");
  });
});
