// Roaming partners over OCPI 2.2.1: the handshake state, the modules each side offers, the OCPI log;
// the settlement with one partner for a period.
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

export const RoamingSettlementQuery = graphql(`
  query AdminRoamingSettlement($partnerId: ID!, $dateFrom: DateTime!, $dateTo: DateTime!) {
    roamingSettlement(partnerId: $partnerId, dateFrom: $dateFrom, dateTo: $dateTo) {
      partner
      emsp { sessions energyKwh amount { amount currency } }
      cpo { sessions energyKwh amount { amount currency } }
      net { amount currency }
      lines { direction reference endedAt energyKwh amount { amount currency } status }
      mismatches { direction reference problem }
      csv
      pdfBase64
    }
  }
`);

// Connecting a partner: invite one that registers with us (token A shown once), or register with one
// given its versions URL and token A; then pull its locations and tariffs, rotate, or end it.
export const InviteOcpiPartnerMutation = graphql(`
  mutation AdminInviteOcpiPartner($name: String!) {
    inviteOcpiPartner(name: $name) { tokenA versionsUrl partner { id } errors { code message field } }
  }
`);

export const RegisterOcpiPartnerMutation = graphql(`
  mutation AdminRegisterOcpiPartner($input: RegisterOcpiPartnerInput!) {
    registerOcpiPartner(input: $input) { partner { id state } errors { code message field } }
  }
`);

export const PullOcpiPartnerMutation = graphql(`
  mutation AdminPullOcpiPartner($id: ID!) {
    pullOcpiPartner(id: $id) { locations tariffs pages refused errors { code message field } }
  }
`);

export const RotateOcpiCredentialsMutation = graphql(`
  mutation AdminRotateOcpiCredentials($id: ID!) {
    rotateOcpiCredentials(id: $id) { partner { id state } errors { code message field } }
  }
`);

export const UnregisterOcpiPartnerMutation = graphql(`
  mutation AdminUnregisterOcpiPartner($id: ID!) {
    unregisterOcpiPartner(id: $id) { partner { id state } errors { code message field } }
  }
`);
