import { parse } from "graphql";
import { chargerPath, parseChargerCode } from "../lib/qr";
import { duration, money, kwh, receiptLineQuantity } from "../lib/format";
import { setLocale } from "../lib/i18n";
import { haversineKm } from "../lib/geo";
import { PENDING_OPERATIONS } from "../graphql/pending";
import { availability, applyStatus, chargerStatus, startable } from "../lib/chargers";
import { requestMessage } from "../screens/Charger";

describe("charger QR codes", () => {
  it("accepts the URLs the admin console prints", () => {
    expect(parseChargerCode("https://plagsini.example/c/CP-001/2")).toEqual({ chargePointId: "CP-001", connectorId: 2 });
    expect(parseChargerCode("http://127.0.0.1:8000/c/SIM%2D1/1")).toEqual({ chargePointId: "SIM-1", connectorId: 1 });
    expect(parseChargerCode("https://x.test/c/CP-9")).toEqual({ chargePointId: "CP-9", connectorId: null });
  });
  it("accepts bare charger codes", () => {
    expect(parseChargerCode(" CP-001 ")).toEqual({ chargePointId: "CP-001", connectorId: null });
    expect(parseChargerCode("CP-001/3")).toEqual({ chargePointId: "CP-001", connectorId: 3 });
    expect(parseChargerCode("CP-001#3")).toEqual({ chargePointId: "CP-001", connectorId: 3 });
  });
  it("rejects other content", () => {
    expect(parseChargerCode("")).toBeNull();
    expect(parseChargerCode("https://evil.example/pay?x=1")).toBeNull();
    expect(parseChargerCode("hello world")).toBeNull();
  });
  it("builds the route", () => {
    expect(chargerPath({ chargePointId: "CP 1", connectorId: 2 })).toBe("/c/CP%201/2");
  });
});

describe("formatting", () => {
  it("formats money in ringgit", () => {
    expect(money({ amount: "12.5", currency: "MYR" })).toBe("RM 12.50");
    expect(money(null)).toBe("—");
  });
  it("formats durations and energy", () => {
    expect(duration(65)).toBe("01:05");
    expect(duration(3723)).toBe("1:02:03");
    expect(kwh("1.23456", 3)).toBe("1.235 kWh");
  });
  it("measures distance", () => {
    const kl = { lat: 3.139, lng: 101.6869 };
    const pj = { lat: 3.1073, lng: 101.6067 };
    expect(haversineKm(kl, pj)).toBeGreaterThan(8);
    expect(haversineKm(kl, pj)).toBeLessThan(10);
  });
});

describe("charger availability", () => {
  const tariff = {
    name: "Free", currency: "MYR", free: true, pricePerKwh: { amount: "0.00", currency: "MYR" },
    pricePerMinute: { amount: "0.00", currency: "MYR" }, sessionFee: { amount: "0.00", currency: "MYR" },
    idleFeePerMinute: { amount: "0.00", currency: "MYR" }, idleGraceMinutes: 0,
    reservationFee: { amount: "0.00", currency: "MYR" }, taxRate: "0",
  };
  const base = {
    id: "Q2hhcmdlcjox", chargePointId: "CP-1", name: null, address: null, city: null, latitude: 3, longitude: 101,
    online: true, available: false, maxPowerKw: "22", distanceKm: 1.2, tariff,
    connectors: [{ connectorId: 1, status: "Charging", availability: "Occupied", type: "Type2", maxPowerKw: "22" }],
  };
  it("applies live status events", () => {
    expect(availability(base)).toBe("busy");
    const live = applyStatus(base, [{ chargePointId: "CP-1", online: true, connectorId: 1, availability: "Available" }]);
    expect(availability(live)).toBe("available");
    expect(availability({ ...live, online: false })).toBe("offline");
  });
  it("takes what a driver may start on from the server's availability, not from the status", () => {
    // Preparing (a car plugged in) is Available to drivers; Reserved is Occupied: the server says so.
    const preparing = { ...base, connectors: [{ ...base.connectors[0], status: "Preparing", availability: "Available" }] };
    const reserved = { ...base, connectors: [{ ...base.connectors[0], status: "Reserved", availability: "Occupied" }] };
    expect(chargerStatus(preparing)).toBe("Available");
    expect(startable(preparing.connectors[0])).toBe(true);
    expect(chargerStatus(reserved)).toBe("Charging");
    expect(startable(reserved.connectors[0])).toBe(false);
  });
});

describe("charging request messages", () => {
  it("explains rejections and offline chargers", () => {
    expect(requestMessage({ id: "1", status: "Rejected", error: "Connector busy", session: null })).toEqual({
      kind: "error",
      text: expect.stringContaining("Connector busy"),
    });
    expect(requestMessage({ id: "1", status: "TimedOut", error: null, session: null }).text).toMatch(/offline/);
    // Queries answer upper-case, events as stored: both read the same.
    expect(requestMessage({ id: "1", status: "STARTED", error: null, session: { id: "s" } }).text).toMatch(/started/);
    expect(requestMessage({ id: "1", status: "Started", error: null, session: { id: "s" } }).text).toMatch(/started/);
  });
});

describe("pending operations", () => {
  it("are valid GraphQL documents", () => {
    for (const [name, doc] of Object.entries(PENDING_OPERATIONS)) {
      expect(() => parse(doc), name).not.toThrow();
    }
  });
});

describe("receipt lines in the chosen language", () => {
  const energy = { code: "energy", description: "Energy", quantity: "12.3450", unit: "kWh", unitPrice: "0.08", amount: { amount: "0.99", currency: "MYR" } };
  const fee = { code: "session_fee", description: "Session fee", quantity: "1.0000", unit: "session", unitPrice: null, amount: { amount: "1.00", currency: "MYR" } };
  const tax = { code: "tax", description: "Service tax 8%", quantity: "0.0800", unit: "rate", unitPrice: null, amount: { amount: "0.16", currency: "MYR" } };
  afterEach(() => setLocale("en"));
  it("writes quantities through Intl, in the chosen language's words", () => {
    setLocale("ms");
    expect([energy, fee, tax].map(receiptLineQuantity)).toEqual(["12.345 kWh × RM 0.08/kWh", "1 sesi", "8%"]);
    setLocale("zh");
    expect(receiptLineQuantity(fee)).toBe("1 次");
    setLocale("en");
    expect(receiptLineQuantity(fee)).toBe("1 session");
    expect(receiptLineQuantity({ ...fee, quantity: "2.0000" })).toBe("2 sessions");
  });
});
