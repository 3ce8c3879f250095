import { useEffect, useMemo } from "react";
import { useQuery } from "urql";
import { PartnerStationsDocument, type PartnerStationsQuery } from "../gql/graphql";
import { unitPrice } from "./format";
import type { LatLng } from "./geo";

export type PartnerStation = PartnerStationsQuery["partnerStations"][number];
type Price = NonNullable<PartnerStation["tariff"]>["prices"][number];

/** How often the partners' availability is re-read (the partner pushes it to the platform). */
const REFRESH_MS = 30_000;

/** Roaming partners' stations near the driver (all of them without a position), re-read every 30 s
 * so availability stays live. */
export function usePartnerStations(position: LatLng | null, settled: boolean) {
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
  return res.data?.partnerStations ?? [];
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
