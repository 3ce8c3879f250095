// Roaming partners over OCPI 2.2.1: the handshake state, the modules each side offers, the OCPI log.
import { graphql } from "../gql";

export const RoamingPartnersQuery = graphql(`
  query AdminRoamingPartners {
    ocpiPartners { id name state versionsUrl version countryCode partyId lastError updatedAt endpoints { identifier role url } }
    ocpiOwnEndpoints { identifier role url }
  }
`);

export const RoamingCallsQuery = graphql(`
  query AdminRoamingCalls($id: ID!, $first: Int) {
    ocpiPartnerCalls(id: $id, first: $first) { id direction method url httpStatus ocpiStatus message durationMs at }
  }
`);
