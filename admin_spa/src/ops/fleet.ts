// Fleet operations, connection diagnostics and the command history (admins).
import { graphql } from "../gql";

export const FleetJobFields = graphql(`
  fragment AdminFleetJob on FleetJob { id action payload selection status stage stageSize autoContinue createdAt finishedAt total counts }
`);

export const FleetJobsQuery = graphql(`
  query AdminFleetJobs($status: FleetJobStatus, $action: FleetAction, $orderBy: FleetJobOrder, $first: Int, $after: String) {
    fleetJobs(status: $status, action: $action, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminFleetJob }
    }
  }
`);

export const FleetJobQuery = graphql(`
  query AdminFleetJob($id: ID!) {
    fleetJob(id: $id) { ...AdminFleetJob targets { id chargerId chargePointId stage status answer error latencyMs firmwareHistory updatedAt } }
  }
`);

export const StartFleetJobMutation = graphql(`
  mutation AdminStartFleetJob($input: StartFleetJobInput!) {
    startFleetJob(input: $input) { fleetJob { ...AdminFleetJob } errors { code message field } }
  }
`);

export const ContinueFleetJobMutation = graphql(`
  mutation AdminContinueFleetJob($id: ID!) { continueFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }
`);

export const CancelFleetJobMutation = graphql(`
  mutation AdminCancelFleetJob($id: ID!) { cancelFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }
`);

export const FleetJobUpdatesSubscription = graphql(`
  subscription AdminFleetJobUpdates($id: ID) { fleetJobUpdates(id: $id) { jobId targetId chargerId status jobStatus stage } }
`);

export const ConnectionEventsQuery = graphql(`
  query AdminConnectionEvents($chargerId: ID, $chargePointId: String, $kind: String, $reason: String, $orderBy: ConnectionEventOrder, $first: Int, $after: String) {
    connectionEvents(chargerId: $chargerId, chargePointId: $chargePointId, kind: $kind, reason: $reason, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id chargerId chargePointId kind reason reasonText detail remoteAddress code at }
    }
  }
`);

export const ConnectionSummaryQuery = graphql(`
  query AdminConnectionSummary($chargerId: ID!) {
    chargerConnectionSummary(chargerId: $chargerId) {
      lastConnect { at remoteAddress detail }
      lastDisconnect { at reason reasonText code detail }
      lastRefusal { at reason reasonText remoteAddress }
    }
  }
`);

export const ConnectionEventsSubscription = graphql(`
  subscription AdminConnectionEventsLive($chargerId: ID) {
    connectionEvents(chargerId: $chargerId) { chargerId chargePointId kind reason reasonText detail remoteAddress code at }
  }
`);

export const OcppCommandsQuery = graphql(`
  query AdminOcppCommands($chargerId: ID, $action: String, $orderBy: OcppCommandOrder, $first: Int, $after: String) {
    ocppCommands(chargerId: $chargerId, action: $action, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id chargerId chargePointId action request response status error sentBy apiKeyName origin latencyMs outcome outcomeDeadline sessionId transactionId createdAt }
    }
  }
`);

export const OcppCommandUpdatesSubscription = graphql(`
  subscription AdminOcppCommandUpdates($chargerId: ID) { ocppCommandUpdates(chargerId: $chargerId) { commandId chargePointId action status } }
`);

export const IdTagSearchQuery = graphql(`
  query AdminIdTagSearch($text: String!) { idTagSearch(text: $text, first: 10) { idTag status kind label userEmail userName } }
`);
