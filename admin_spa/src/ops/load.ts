import { graphql } from "../gql";

/** A site's load management: settings, its capacity tree, the last allocation. */
export const SiteLoadQuery = graphql(`
  query AdminSiteLoad($siteId: ID!) {
    siteLoad(siteId: $siteId) {
      enabled voltage staleAfterSeconds otherL1A otherL2A otherL3A otherAt warning meterError
      nodes { id parentId kind name chargerId connectorId limitL1A limitL2A limitL3A phaseRotation
        windowFrom windowTo windowLimitA rejectsProfiles }
      allocation { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }
        nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }
    }
  }
`);

export const SiteLoadAllocationSubscription = graphql(`
  subscription AdminSiteLoadAllocation($siteId: ID!) {
    siteLoadAllocation(siteId: $siteId) { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }
      nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }
  }
`);

export const AddCapacityNodeMutation = graphql(`
  mutation AdminAddCapacityNode($input: CapacityNodeInput!) {
    addCapacityNode(input: $input) { node { id } errors { code message field } }
  }
`);

export const RemoveCapacityNodeMutation = graphql(`
  mutation AdminRemoveCapacityNode($id: ID!) {
    removeCapacityNode(id: $id) { siteLoad { enabled } errors { code message field } }
  }
`);

/** The limits the platform sent to the site's chargers and why, newest first. */
export const SiteLoadHistoryQuery = graphql(`
  query AdminSiteLoadHistory($siteId: ID!, $first: Int, $after: String) {
    siteLoadHistory(siteId: $siteId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id at chargePointId connectorId transactionId oldLimitA newLimitA unit reason answer }
    }
  }
`);
