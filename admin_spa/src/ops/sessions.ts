import { graphql } from "../gql";

export const SessionRowFields = graphql(`
  fragment AdminSessionRow on AdminChargingSession {
    id transactionId status connectorId chargePointId idTag startedAt stoppedAt energyWh powerW billed flags stopReason startSource
    cost { amount currency }
    user { id email name }
  }
`);

export const SessionsQuery = graphql(`
  query AdminSessions($first: Int, $after: String, $filter: ChargingSessionFilter, $orderBy: ChargingSessionOrder) {
    chargingSessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminSessionRow }
    }
  }
`);

export const SessionQuery = graphql(`
  query AdminSession($id: ID!) {
    adminChargingSession(id: $id) {
      ...AdminSessionRow
      soc lastMeterAt meterStartWh startedBy { id email name } startedByApiKeyId
      costSoFar { amount currency }
      charger { id chargePointId name }
      costLines { code description quantity unit quantityText amount { amount currency } }
      receipt { id number issuedAt total { amount currency } pdfUrl }
      meterSamples { timestamp energyWh powerW soc }
      evChargingNeeds { requestedEnergyTransfer departureTime energyAmountWh }
    }
  }
`);

/** The running cost of one session, as the server prices it (refetched as the session progresses). */
export const SessionCostQuery = graphql(`
  query AdminSessionCost($id: ID!) {
    adminChargingSession(id: $id) { id costSoFar { amount currency } }
  }
`);

/** Live progress of one session (status, energy, power, cost so far); starts with the current state. */
export const SessionProgressSubscription = graphql(`
  subscription AdminSessionProgress($sessionId: ID!) {
    sessionProgress(sessionId: $sessionId) { sessionId status energyWh powerW soc costSoFar currency timestamp lagged }
  }
`);

/** Each meter reading of one session as it arrives: a new point of the chart. */
export const SessionMeterSubscription = graphql(`
  subscription AdminSessionMeter($sessionId: ID) {
    meterValues(sessionId: $sessionId) { sessionId timestamp energyWh powerW soc lagged }
  }
`);

export const StopChargingMutation = graphql(`
  mutation AdminStopCharging($input: StopChargingInput!) {
    stopCharging(input: $input) { session { id status } errors { code message field } }
  }
`);

export const MeterValuesQuery = graphql(`
  query AdminMeterValues($chargerId: ID!, $since: DateTime!, $until: DateTime, $measurand: String, $limit: Int!) {
    meterValues(chargerId: $chargerId, since: $since, until: $until, measurand: $measurand, limit: $limit) {
      id timestamp connectorId transactionId measurand phase unit rawValue value
    }
  }
`);

export const InvoiceSummaryQuery = graphql(`
  query AdminInvoiceSummary($from: DateTime!, $to: DateTime!, $groupBy: InvoiceGrouping!) {
    invoiceSummary(from: $from, to: $to, groupBy: $groupBy) {
      sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency }
      rows { key sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency } }
    }
  }
`);

export const CompletedSessionsQuery = graphql(`
  query AdminCompletedSessions($from: DateTime, $to: DateTime, $orderBy: ChargingSessionOrder, $first: Int, $after: String) {
    completedSessions(from: $from, to: $to, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id transactionId status connectorId startedAt stoppedAt energyWh cost { amount currency } receiptId }
    }
  }
`);

export const CompletedSessionsCsvQuery = graphql(`
  query AdminCompletedSessionsCsv($from: DateTime!, $to: DateTime!) {
    completedSessionsCsv(from: $from, to: $to) { filename contentType content }
  }
`);

export const ReceiptQuery = graphql(`
  query AdminReceipt($id: ID!) {
    receipt(id: $id) { id number issuedAt total { amount currency } pdfUrl }
  }
`);

export const CloseChargingSessionMutation = graphql(`
  mutation AdminCloseChargingSession($input: CloseChargingSessionInput!) {
    closeChargingSession(input: $input) { session { id status } errors { code message field } }
  }
`);
