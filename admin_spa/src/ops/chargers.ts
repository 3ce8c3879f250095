import { graphql } from "../gql";

export const ChargerFields = graphql(`
  fragment AdminChargerFields on Charger {
    id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved
    availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion maxPowerKw ocppVersion
    connectors { id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw phases statusAt }
  }
`);

/** The OCPP 1.6 connector statuses (the chargers list's and the fleet's connector-status filter). */
export const CONNECTOR_STATUSES = ["Available", "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing", "Reserved", "Unavailable", "Faulted"];

export const ChargersQuery = graphql(`
  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String, $connectorStatus: String, $orderBy: ChargerOrder) {
    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city, connectorStatus: $connectorStatus, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminChargerFields }
    }
  }
`);

/** Every status change of a charger (or all chargers), after a first event (kind "subscribed") once the
 * subscription is in place; pages refetch on each, so a change between their read and it is not lost. */
export const ChargerStatusSubscription = graphql(`
  subscription AdminChargerStatus($chargerId: ID) {
    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }
  }
`);

export const ChargerQuery = graphql(`
  query AdminCharger($chargePointId: String!) {
    chargerByChargePointId(chargePointId: $chargePointId) {
      ...AdminChargerFields description latitude longitude nodeId connectedAt isPublic state postcode tariffId siteId
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
    stationReports(chargerId: $chargerId, first: 20) { id kind evseId requestId transactionId payload receivedAt }
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

export const ChargerDriverPreviewQuery = graphql(`
  query AdminChargerDriverPreview($id: ID!) {
    chargerDriverPreview(id: $id) {
      hiddenBecause notes
      station {
        chargePointId name address city latitude longitude online available maxPowerKw
        tariff { name free pricePerKwh { amount currency } pricePerMinute { amount currency } sessionFee { amount currency } }
        connectors { connectorId status type maxPowerKw }
      }
    }
  }
`);

export const ImportChargersMutation = graphql(`
  mutation AdminImportChargers($input: ImportChargersInput!) {
    importChargers(input: $input) {
      chargers { id chargePointId }
      keys { chargePointId authorizationKey }
      rowErrors { row field message }
      errors { code message field }
    }
  }
`);

export const TariffChoicesQuery = graphql(`
  query AdminTariffChoices { tariffs(includeInactive: false, first: 100) { nodes { id name } } }
`);

export const RawOcppCommandMutation = graphql(`
  mutation AdminRawOcppCommand($input: RawOcppCommandInput!) {
    sendRawOcppCommand(input: $input) { status response errors { code message field } }
  }
`);

export const IdTagsQuery = graphql(`
  query AdminIdTags($search: String, $status: IdTagStatus, $orderBy: IdTagOrder, $first: Int, $after: String) {
    adminIdTags(search: $search, status: $status, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id idTag kind status label expiresAt parentIdTag blockedByAdmin ownerId ownerEmail ownerName createdAt }
    }
  }
`);

export const CreateIdTagMutation = graphql(`
  mutation AdminCreateIdTag($input: CreateIdTagInput!) {
    createIdTag(input: $input) { idTag { id idTag } errors { code message field } }
  }
`);

export const UpdateIdTagMutation = graphql(`
  mutation AdminUpdateIdTag($input: UpdateIdTagInput!) {
    updateIdTag(input: $input) { idTag { id idTag status expiresAt parentIdTag ownerEmail label } errors { code message field } }
  }
`);

export const SitesQuery = graphql(`
  query AdminSites($search: String, $orderBy: SiteOrder, $first: Int, $after: String) {
    sites(search: $search, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id name description address city state postcode latitude longitude chargerCount }
    }
  }
`);

export const SiteQuery = graphql(`
  query AdminSite($id: ID!) {
    site(id: $id) {
      site { id name description address city state postcode latitude longitude chargerCount }
      chargers { id chargePointId name online isPublic registrationStatus }
      driverPreviews { notes station { chargePointId } }
      driverView {
        availableNow pricePerKwhFrom { amount currency } pricePerKwhTo { amount currency }
        stations { chargePointId name address city latitude longitude online operative available
          tariff { name free pricePerKwh { amount currency } pricePerMinute { amount } sessionFee { amount } }
          connectors { connectorId availability type maxPowerKw } }
        hidden { chargePointId name reasons }
      }
    }
  }
`);

export const CreateSiteMutation = graphql(`
  mutation AdminCreateSite($input: SiteInput!) { createSite(input: $input) { site { id name } errors { code message field } } }
`);

export const UpdateSiteMutation = graphql(`
  mutation AdminUpdateSite($input: UpdateSiteInput!) { updateSite(input: $input) { site { id name } errors { code message field } } }
`);
