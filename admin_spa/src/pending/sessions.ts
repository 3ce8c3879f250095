// PENDING: charging sessions, meter values, receipts.
import { gql } from "urql";
import type { Conn, MeterSample, Receipt, SessionDetail, SessionRow, UserError } from "./types";

export const SESSION_FIELDS = `id transactionId status connectorId charger { id chargePointId } user { id email name }
  idTag startedAt stoppedAt energyKwh powerKw cost { amount currency } stopReason`;

export interface SessionFilter { status?: string | null; chargePointId?: string | null; userId?: string | null; from?: string | null; to?: string | null; flagged?: boolean | null }

export const SessionsQuery = gql<{ chargingSessions: Conn<SessionRow> }, { first: number; after?: string | null; filter?: SessionFilter }>(`
  query AdminSessions($first: Int, $after: String, $filter: ChargingSessionFilter) {
    chargingSessions(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ${SESSION_FIELDS} }
    }
  }
`);

const DETAIL = `${SESSION_FIELDS}
  meterSamples { timestamp powerKw energyKwh socPercent }
  costLines { description quantity unitPrice { amount currency } amount { amount currency } }
  flags { code message severity }
  receipt { id number issuedAt total { amount currency } pdfUrl }`;

export const SessionQuery = gql<{ chargingSession: SessionDetail | null }, { id: string }>(`
  query AdminSession($id: ID!) { chargingSession(id: $id) { ${DETAIL} } }
`);

/** Live updates of one session: each event carries the session with its newest meter sample. */
export const SessionUpdatedSubscription = gql<{ sessionUpdated: SessionRow & { lastSample?: MeterSample | null } }, { id: string }>(`
  subscription AdminSessionLive($id: ID!) {
    sessionUpdated(id: $id) { ${SESSION_FIELDS} lastSample { timestamp powerKw energyKwh socPercent } }
  }
`);

export const RemoteStopMutation = gql<{ remoteStopSession: { session?: SessionRow | null; errors: UserError[] } }, { input: { sessionId: string } }>(`
  mutation AdminRemoteStop($input: RemoteStopSessionInput!) {
    remoteStopSession(input: $input) { session { ${SESSION_FIELDS} } errors { code message field } }
  }
`);

export interface MeterValueRow { timestamp: string; connectorId: number; measurand: string; phase?: string | null; unit?: string | null; value: string; transactionId?: number | null }

export const MeterValuesQuery = gql<{ meterValues: MeterValueRow[] }, { chargePointId: string; from: string; to: string; connectorId?: number | null }>(`
  query AdminMeterValues($chargePointId: String!, $from: DateTime!, $to: DateTime!, $connectorId: Int) {
    meterValues(chargePointId: $chargePointId, from: $from, to: $to, connectorId: $connectorId) {
      timestamp connectorId measurand phase unit value transactionId
    }
  }
`);

export interface RevenueRow { key: string; label: string; sessions: number; energyKwh: string; revenue: { amount: string; currency: string }; tax: { amount: string; currency: string } }

export const RevenueQuery = gql<{ revenueSummary: { total: RevenueRow; rows: RevenueRow[] }; receipts: Conn<Receipt> }, { from: string; to: string; groupBy: string; first: number; after?: string | null }>(`
  query AdminRevenue($from: DateTime!, $to: DateTime!, $groupBy: RevenueGrouping!, $first: Int, $after: String) {
    revenueSummary(from: $from, to: $to, groupBy: $groupBy) {
      total { key label sessions energyKwh revenue { amount currency } tax { amount currency } }
      rows { key label sessions energyKwh revenue { amount currency } tax { amount currency } }
    }
    receipts(from: $from, to: $to, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id number issuedAt total { amount currency } pdfUrl session { ${SESSION_FIELDS} } }
    }
  }
`);
