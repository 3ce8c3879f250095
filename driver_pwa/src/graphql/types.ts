// Result shapes the screens share, all from the generated operation types (src/gql/graphql.ts).
import type {
  RequestFieldsFragment,
  SessionFieldsFragment,
  StationConnectorFieldsFragment,
  StationFieldsFragment,
  StationTariffFieldsFragment,
} from "../gql/graphql";
import type { Money } from "../lib/format";
import type { UserError } from "../lib/client";

export type { Money, UserError };

export type Connector = StationConnectorFieldsFragment;
export type Tariff = StationTariffFieldsFragment;
export type Charger = StationFieldsFragment & { description?: string | null };
export type ChargingRequest = RequestFieldsFragment;
export type Session = SessionFieldsFragment;

/** Server statuses come upper-case from queries (ACTIVE, STARTED) and as stored from events
 * (Active, Started); compare them through this. */
export function norm(status: string | null | undefined): string {
  return (status ?? "").toUpperCase();
}

// Progress order of the statuses a screen follows. A subscription may be set up after a transition
// happened (its first value is a snapshot read before it subscribed, so an event in between is never
// delivered) and events may arrive out of order, while the screens also re-query. A screen therefore
// shows the FURTHEST state either source has seen, never "the subscription's value if any".
const REQUEST_ORDER: Record<string, number> = { REQUESTED: 0, ACCEPTED: 1, STARTED: 2, STOPPED: 3, REJECTED: 3, FAILED: 3, TIMEDOUT: 3 };
const SESSION_ORDER: Record<string, number> = { ACTIVE: 0, COMPLETED: 1, STOPPED: 1, FINISHED: 1 };

function furthest<T>(order: Record<string, number>, a: T | null | undefined, b: T | null | undefined, status: (x: T) => string): T | undefined {
  if (a === null || a === undefined) return b ?? undefined;
  if (b === null || b === undefined) return a;
  return (order[norm(status(b))] ?? -1) > (order[norm(status(a))] ?? -1) ? b : a;
}

/** The further-progressed of two views of a charging request (ties: the first, i.e. the live one). */
export function furthestRequest<T extends { status: string }>(live: T | null | undefined, polled: T | null | undefined): T | undefined {
  return furthest(REQUEST_ORDER, live, polled, (r) => r.status);
}

/** The further-progressed of two session statuses (ties: the first). */
export function furthestSessionStatus(live: string | null | undefined, polled: string | null | undefined): string {
  return furthest(SESSION_ORDER, live || null, polled || null, (s) => s) ?? "";
}
