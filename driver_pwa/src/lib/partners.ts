import { useEffect, useMemo } from "react";
import { useQuery } from "urql";
import { PartnerStationsDocument, type PartnerStationFieldsFragment } from "../gql/graphql";
import { useLiveStatus, type StatusEvent } from "./chargers";
import { unitPrice } from "./format";
import type { LatLng } from "./geo";

export type PartnerStation = PartnerStationFieldsFragment;
type Price = NonNullable<PartnerStation["tariff"]>["prices"][number];

/** How often the partners' stations are re-read (new stations; their availability comes live). */
const REFRESH_MS = 30_000;

/** Applies live "partner" chargerStatus events (a partner pushed an EVSE's status) on top of a
 * queried partner station. */
export function applyPartnerStatus(station: PartnerStation, events: StatusEvent[]): PartnerStation {
  let p = station;
  for (const e of events) {
    if (e.kind !== "partner" || e.partnerStationId !== p.id || !e.evseUid || !e.evseStatus) continue;
    const uid = e.evseUid.toUpperCase();
    const status = e.evseStatus;
    p = {
      ...p,
      availableCount: e.availableCount ?? p.availableCount,
      evses: p.evses.filter((v) => !(v.uid === uid && status === "REMOVED")).map((v) => (v.uid === uid ? { ...v, status } : v)),
    };
  }
  return p;
}

/** The map's filters as they apply to a partner's station. */
export interface PartnerFilters {
  /** One of the Find screen's types (CCS2, Type2, CHAdeMO, GB-T). */
  connectorType?: string | null;
  minPowerKw?: number | null;
  availableNow?: boolean;
}

/** The OCPI connector standards behind each connector type the Find screen offers. */
const STANDARDS: Record<string, string[]> = {
  CCS2: ["IEC_62196_T2_COMBO"],
  Type2: ["IEC_62196_T2"],
  CHAdeMO: ["CHADEMO"],
  "GB-T": ["GBT_AC", "GBT_DC"],
};

/** A driver's name for an OCPI connector standard ("IEC_62196_T2_COMBO" → "CCS2"). */
export function connectorName(standard: string): string {
  return Object.entries(STANDARDS).find(([, s]) => s.includes(standard))?.[0] ?? standard.replace(/_/g, " ");
}

/** Whether a partner's station passes the filters: an EVSE with the connector type and the power
 * (and AVAILABLE now, when asked), as our stations are filtered on the server. */
export function partnerMatches(p: PartnerStation, f: PartnerFilters): boolean {
  const wanted = f.connectorType ? STANDARDS[f.connectorType] ?? [f.connectorType] : null;
  return p.evses.some(
    (e) =>
      (!f.availableNow || e.status === "AVAILABLE") &&
      e.connectors.some(
        (c) => (!wanted || wanted.includes(c.standard)) && (!f.minPowerKw || Number(c.maxPowerKw ?? 0) >= f.minPowerKw),
      ),
  );
}

/** Roaming partners' stations near the driver (all of them without a position), with live
 * availability (the partners' pushes, on the subscription our own chargers use) and the filters. */
export function usePartnerStations(position: LatLng | null, settled: boolean, filters: PartnerFilters = {}) {
  const variables = useMemo(
    () => ({
      near: position ? { latitude: position.lat, longitude: position.lng } : undefined,
      radiusKm: position ? 200 : undefined,
      first: 50,
    }),
    [position],
  );
  const [res, refetch] = useQuery({ query: PartnerStationsDocument, variables, pause: !settled });
  useEffect(() => {
    const timer = window.setInterval(() => refetch({ requestPolicy: "network-only" }), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refetch]);
  const events = useLiveStatus(undefined, () => settled && refetch({ requestPolicy: "network-only" }));
  const { connectorType, minPowerKw, availableNow } = filters;
  return useMemo(
    () =>
      (res.data?.partnerStations ?? [])
        .map((p) => applyPartnerStatus(p, events))
        .filter((p) => partnerMatches(p, { connectorType, minPowerKw, availableNow })),
    [res.data, events, connectorType, minPowerKw, availableNow],
  );
}

/** The availability of a partner's station as the map colours it. */
export function partnerAvailability(p: PartnerStation): "available" | "busy" | "offline" {
  if (p.availableCount > 0) return "available";
  return p.evses.some((e) => e.status === "CHARGING" || e.status === "RESERVED" || e.status === "BLOCKED") ? "busy" : "offline";
}

const UNIT: Record<string, string> = { ENERGY: "/kWh", TIME: "/h", PARKING_TIME: "/h", FLAT: "" };

/** One price as a driver reads it ("RM 1.20/kWh", "RM 2.00 per session"). */
export function partnerPrice(p: Price, perSession: string): string {
  return `${unitPrice(p.price.amount, p.price.currency)}${p.type === "FLAT" ? ` ${perSession}` : UNIT[p.type] ?? ""}`;
}
