import { useEffect, useMemo, useRef, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { ChargerStatusDocument, StationsDocument } from "../gql/graphql";
import type { Charger, Connector } from "../graphql/types";
import { savedAt } from "./offline";
import { describeError } from "./client";
import { currentPosition, type LatLng } from "./geo";
import { useTokens } from "./session";

export type ChargerWithDistance = Charger;

export interface StatusEvent {
  chargePointId: string;
  online: boolean | null;
  connectorId: number | null;
  /** Public availability (drivers): Available, Occupied, Unavailable, Faulted. */
  availability?: string | null;
  /** The OCPP status (admins only). */
  status?: string | null;
  /** kind "partner": a roaming partner's EVSE changed status (see lib/partners applyPartnerStatus). */
  kind?: string;
  partnerStationId?: string | null;
  evseUid?: string | null;
  evseStatus?: string | null;
  availableCount?: number | null;
}

/** Applies live chargerStatus events on top of a queried charger. A driver's events carry the
 * public availability only; an admin's carry the OCPP status too. */
export function applyStatus<C extends Charger>(charger: C, events: StatusEvent[]): C {
  let c = charger;
  for (const e of events) {
    if (e.chargePointId !== c.chargePointId) continue;
    const status = e.status ?? e.availability ?? null;
    c = {
      ...c,
      online: e.online ?? c.online,
      connectors: c.connectors.map((k) =>
        e.connectorId === k.connectorId && status ? { ...k, status, availability: e.availability ?? k.availability } : k,
      ),
    };
  }
  return c;
}

/** Whether a driver can start on the connector: the server's availability says so (the server keeps
 * the one rule, `domain.stations.STARTABLE`: Available, or Preparing with a car plugged in). */
export function startable(k: Pick<Connector, "availability">): boolean {
  return k.availability === "Available";
}

/** THE rule for a charger's overall status, from its connectors' availability: Offline when the
 * charger is not connected; Available when a driver can start on any connector; Charging when the
 * rest are in use (at least one occupied); Faulted when every connector is faulted; otherwise
 * Unavailable. */
export function chargerStatus(c: Pick<Charger, "online" | "connectors">): "Offline" | "Available" | "Charging" | "Faulted" | "Unavailable" {
  if (!c.online) return "Offline";
  const seen = c.connectors.map((k) => k.availability);
  if (seen.includes("Available")) return "Available";
  if (seen.includes("Occupied")) return "Charging";
  if (seen.length > 0 && seen.every((a) => a === "Faulted")) return "Faulted";
  return "Unavailable";
}

export function availability(c: Pick<Charger, "online" | "connectors">): "available" | "busy" | "offline" {
  const s = chargerStatus(c);
  return s === "Available" ? "available" : s === "Charging" ? "busy" : "offline";
}

export const AVAILABILITY_COLOR = { available: "#00FF88", busy: "#56c2ff", offline: "#FF4444" } as const;

/** Live connector availability (signed-in drivers; the subscription needs an account): of one
 * charger, of every charger (`chargerId` undefined), or nothing yet (null: the charger is not known).
 *
 * The subscription's first event (kind "subscribed") comes once it is in place, and again after the
 * socket reconnects: a change between the screen's read and that moment came on no subscription, so
 * `inPlace` reads again (network-only) and the events applied so far are dropped (the new read has
 * them). */
export function useLiveStatus(chargerId?: string | null, inPlace?: () => void) {
  const tokens = useTokens();
  const [events, setEvents] = useState<StatusEvent[]>([]);
  const [res] = useSubscription({
    query: ChargerStatusDocument,
    variables: chargerId ? { chargerId } : {},
    pause: !tokens || chargerId === null,
  });
  const readAgain = useRef(inPlace);
  readAgain.current = inPlace;
  useEffect(() => {
    const e = res.data?.chargerStatus;
    if (!e) return;
    if (e.kind === "subscribed") {
      setEvents([]);
      readAgain.current?.();
      return;
    }
    setEvents((prev) => [...prev.slice(-200), e]);
  }, [res.data]);
  return events;
}

/** The browser's position; null until known (or when refused). */
export function usePosition(): { position: LatLng | null; settled: boolean } {
  const [state, setState] = useState<{ position: LatLng | null; settled: boolean }>({ position: null, settled: false });
  useEffect(() => {
    let alive = true;
    void currentPosition().then((p) => alive && setState({ position: p, settled: true }));
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

/** Public stations, nearest first when the browser gave its position (never around a made-up
 * place: without a position there is no distance), filtered on the server, with live availability. */
export interface StationFilters {
  connectorType?: string | null;
  minPowerKw?: number | null;
  /** Only stations a driver can start on now. */
  availableNow?: boolean;
  /** The highest energy price, ringgit per kWh (e.g. "1.00"). */
  maxPricePerKwh?: string | null;
  first?: number;
}

export function useChargers(filter: StationFilters = {}) {
  const { position, settled } = usePosition();
  const variables = useMemo(() => {
    return {
      near: position ? { latitude: position.lat, longitude: position.lng } : undefined,
      radiusKm: position ? 200 : undefined,
      first: filter.first ?? 50,
      connectorType: filter.connectorType || undefined,
      minPowerKw: filter.minPowerKw ? String(filter.minPowerKw) : undefined,
      availableNow: filter.availableNow || undefined,
      maxPricePerKwh: filter.maxPricePerKwh || undefined,
    };
  }, [position, filter.connectorType, filter.minPowerKw, filter.availableNow, filter.maxPricePerKwh, filter.first]);
  const [res, refetch] = useQuery({ query: StationsDocument, variables, pause: !settled });
  const events = useLiveStatus(undefined, () => settled && refetch({ requestPolicy: "network-only" }));
  const chargers: ChargerWithDistance[] = useMemo(
    () => (res.data?.stations.nodes ?? []).map((c) => applyStatus(c, events)),
    [res.data, events],
  );
  return { chargers, position, settled, fetching: res.fetching || !settled, error: describeError(res.error), savedAt: savedAt(res), refetch };
}
