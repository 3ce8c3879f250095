import { useEffect, useMemo, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { CHARGERS } from "../graphql/pending";
import { ChargerStatusDocument } from "../gql/graphql";
import type { Charger, Nodes } from "../graphql/types";
import { describeError } from "./client";
import { currentPosition, haversineKm, type LatLng } from "./geo";

export interface ChargerWithDistance extends Charger {
  distanceKm: number | null;
}

export interface StatusEvent {
  chargePointId: string;
  online: boolean | null;
  connectorId: number | null;
  status: string | null;
}

/** Applies live chargerStatus events on top of a queried charger. */
export function applyStatus(charger: Charger, events: StatusEvent[]): Charger {
  let c = charger;
  for (const e of events) {
    if (e.chargePointId !== c.chargePointId) continue;
    c = {
      ...c,
      online: e.online ?? c.online,
      connectors: c.connectors.map((k) => (e.connectorId === k.connectorId && e.status ? { ...k, status: e.status } : k)),
    };
  }
  return c;
}

export function availability(c: Charger): "available" | "busy" | "offline" {
  if (!c.online) return "offline";
  return c.connectors.some((k) => k.status === "Available") ? "available" : "busy";
}

export const AVAILABILITY_COLOR = { available: "#00FF88", busy: "#56c2ff", offline: "#FF4444" } as const;

export function useLiveStatus(chargerId?: string) {
  const [events, setEvents] = useState<StatusEvent[]>([]);
  const [res] = useSubscription({ query: ChargerStatusDocument, variables: chargerId ? { chargerId } : {} });
  useEffect(() => {
    const e = res.data?.chargerStatus;
    if (e) setEvents((prev) => [...prev.slice(-200), e]);
  }, [res.data]);
  return events;
}

export function usePosition(): LatLng | null {
  const [pos, setPos] = useState<LatLng | null>(null);
  useEffect(() => {
    let alive = true;
    void currentPosition().then((p) => alive && setPos(p));
    return () => {
      alive = false;
    };
  }, []);
  return pos;
}

export function useChargers(filter: { connectorType?: string | null; minPowerKw?: number | null } = {}) {
  const position = usePosition();
  const variables = useMemo(() => {
    const v: Record<string, unknown> = { first: 100 };
    if (filter.connectorType) v.connectorType = filter.connectorType;
    if (filter.minPowerKw) v.minPowerKw = String(filter.minPowerKw);
    return v;
  }, [filter.connectorType, filter.minPowerKw]);
  const [res, refetch] = useQuery<{ chargers: Nodes<Charger> }>({ query: CHARGERS, variables });
  const events = useLiveStatus();
  const chargers: ChargerWithDistance[] = useMemo(() => {
    const list = (res.data?.chargers?.nodes ?? []).map((c) => applyStatus(c, events));
    return list
      .map((c) => ({
        ...c,
        distanceKm:
          position && c.latitude !== null && c.longitude !== null
            ? haversineKm(position, { lat: Number(c.latitude), lng: Number(c.longitude) })
            : null,
      }))
      .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  }, [res.data, events, position]);
  return { chargers, position, fetching: res.fetching, error: describeError(res.error), refetch };
}
