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
