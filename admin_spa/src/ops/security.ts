// Charger security: security events, certificates (signed by the platform's charger CA, installed on the
// charger) and log uploads of one charger; the chargers whose certificate ends soon.
import { graphql } from "../gql";

export const ChargerSecurityQuery = graphql(`
  query AdminChargerSecurity($chargerId: ID!) {
    chargerSecurity(chargerId: $chargerId) {
      events { id type occurredAt techInfo critical alert receivedAt }
      certificates { id source certificateType hashAlgorithm issuerNameHash issuerKeyHash serialNumber subject notAfter expiresSoon }
      logRequests { id requestId logType location fileName status createdAt history { status at } }
    }
  }
`);

export const ExpiringCertificatesQuery = graphql(`
  query AdminExpiringChargerCertificates {
    expiringChargerCertificates { chargerId chargePointId serialNumber notAfter }
  }
`);

// Raising a charger's security profile (1.6: ChangeConfiguration SecurityProfile; 2.0.1:
// SetNetworkProfile and NetworkConfigurationPriority), then a hard reset.
export const RaiseSecurityProfileMutation = graphql(`
  mutation AdminRaiseSecurityProfile($input: RaiseSecurityProfileInput!) {
    raiseSecurityProfile(input: $input) { status steps { action status } errors { code message field } }
  }
`);
