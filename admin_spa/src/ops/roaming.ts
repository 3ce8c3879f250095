// Roaming partners (OCPI): the settlement with one partner for a period.
import { graphql } from "../gql";

export const RoamingPartnersQuery = graphql(`
  query AdminRoamingPartners {
    ocpiPartners { id name state countryCode partyId }
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
