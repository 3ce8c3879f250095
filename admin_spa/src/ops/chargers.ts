import { graphql } from "../gql";

export const ChargerFields = graphql(`
  fragment AdminChargerFields on Charger {
    id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved
    availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion maxPowerKw
    connectors { id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw statusAt }
  }
`);

export const ChargersQuery = graphql(`
  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String, $orderBy: ChargerOrder) {
    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminChargerFields }
    }
  }
`);

/** Every status change of a charger (or all chargers); pages refetch on each event. */
export const ChargerStatusSubscription = graphql(`
  subscription AdminChargerStatus($chargerId: ID) {
    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }
  }
`);

export const ChargerQuery = graphql(`
  query AdminCharger($chargePointId: String!) {
    chargerByChargePointId(chargePointId: $chargePointId) {
      ...AdminChargerFields description latitude longitude nodeId connectedAt isPublic
    }
  }
`);

export const ChargerExtrasQuery = graphql(`
  query AdminChargerExtras($chargerId: ID!) {
    chargerConfiguration(chargerId: $chargerId) { key value readonly }
    firmwareJobs(chargerId: $chargerId) { id status location createdAt }
    diagnosticsJobs(chargerId: $chargerId) { id status location fileName createdAt }
    reservations(chargerId: $chargerId, first: 50) { totalCount nodes { id reservationId connectorId idTag expiresAt status } }
    chargingProfiles(chargerId: $chargerId) { id chargingProfileId connectorId purpose stackLevel status schedule }
  }
`);

export const RegisterChargerMutation = graphql(`
  mutation AdminRegisterCharger($input: RegisterChargerInput!) {
    registerCharger(input: $input) {
      charger { ...AdminChargerFields }
      authorizationKey
      errors { code message field }
    }
  }
`);

export const ApproveChargerMutation = graphql(`
  mutation AdminApproveCharger($input: ApproveChargerInput!) {
    approveCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey keyDelivery bootTrigger errors { code message field } }
  }
`);

export const UpdateChargerMutation = graphql(`
  mutation AdminUpdateCharger($input: UpdateChargerInput!) {
    updateCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey errors { code message field } }
  }
`);
