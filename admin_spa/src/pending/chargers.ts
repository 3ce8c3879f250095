// Charger administration, matched to api/schema.graphql by hand (not yet moved to codegen).
import { gql } from "urql";
import type { Charger, Conn, UserError } from "./types";

const CONNECTOR = `id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw statusAt`;
export const CHARGER_FIELDS = `id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved
  availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion connectors { ${CONNECTOR} }`;

export interface ChargerFilter { search?: string | null; online?: boolean | null; registrationStatus?: string | null; city?: string | null }

export const ChargersQuery = gql<{ chargers: Conn<Charger> }, { first: number; after?: string | null } & ChargerFilter>(`
  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String) {
    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ${CHARGER_FIELDS} }
    }
  }
`);

export interface ChargerStatusUpdate { chargePointId: string; connectorId?: number | null; kind: string; availability?: string | null; online?: boolean | null; status?: string | null; errorCode?: string | null; info?: string | null; timestamp?: string | null }
/** Every status change of a charger (or all chargers); the pages refetch on each event. */
export const ChargerStatusSubscription = gql<{ chargerStatus: ChargerStatusUpdate }, { chargerId?: string | null }>(`
  subscription AdminChargerStatus($chargerId: ID) {
    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }
  }
`);

export interface ChargerDetail extends Charger {
  description?: string | null; latitude?: string | null; longitude?: string | null; securityProfile?: number | null; localListVersion?: number | null;
  nodeId?: string | null; connectedAt?: string | null; isPublic?: boolean | null;
}
export const ChargerQuery = gql<{ chargerByChargePointId: ChargerDetail | null }, { chargePointId: string }>(`
  query AdminCharger($chargePointId: String!) {
    chargerByChargePointId(chargePointId: $chargePointId) { ${CHARGER_FIELDS} description latitude longitude nodeId connectedAt isPublic }
  }
`);

export interface ChargerExtras {
  chargerConfiguration: Array<{ key: string; value?: string | null; readonly: boolean }>;
  firmwareJobs: Array<{ id: string; status: string; location?: string | null; createdAt?: string | null }>;
  diagnosticsJobs: Array<{ id: string; status: string; location?: string | null; createdAt?: string | null }>;
  reservations: Conn<{ id: string; reservationId: number; connectorId: number; idTag: string; expiresAt: string; status: string }>;
  chargingProfiles: Array<{ id: string; chargingProfileId: number; connectorId: number; purpose: string; stackLevel: number; schedule: unknown }>;
}
export const ChargerExtrasQuery = gql<ChargerExtras, { chargerId: string }>(`
  query AdminChargerExtras($chargerId: ID!) {
    chargerConfiguration(chargerId: $chargerId) { key value readonly }
    firmwareJobs(chargerId: $chargerId) { id status location createdAt }
    diagnosticsJobs(chargerId: $chargerId) { id status location createdAt }
    reservations(chargerId: $chargerId, first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id reservationId connectorId idTag expiresAt status } }
    chargingProfiles(chargerId: $chargerId) { id chargingProfileId connectorId purpose stackLevel schedule }
  }
`);

export interface RegisterChargerInput {
  chargePointId: string; securityProfile?: number; name?: string | null; address?: string | null; city?: string | null;
  latitude?: string | null; longitude?: string | null; maxPowerKw?: string | null;
}
export interface RegisterChargerPayload {
  charger?: Charger | null; authorizationKey?: string | null; ocppUrl?: string | null; errors: UserError[];
}

export const RegisterChargerMutation = gql<{ registerCharger: RegisterChargerPayload }, { input: RegisterChargerInput }>(`
  mutation AdminRegisterCharger($input: RegisterChargerInput!) {
    registerCharger(input: $input) {
      charger { ${CHARGER_FIELDS} }
      authorizationKey
      errors { code message field }
    }
  }
`);

export const ApproveChargerMutation = gql<{ approveCharger: { charger?: Charger | null; errors: UserError[] } }, { input: { id: string; approved: boolean } }>(`
  mutation AdminApproveCharger($input: ApproveChargerInput!) {
    approveCharger(input: $input) { charger { ${CHARGER_FIELDS} } errors { code message field } }
  }
`);

export const RotateAuthKeyMutation = gql<{ updateCharger: { charger?: Charger | null; authorizationKey?: string | null; errors: UserError[] } }, { input: { id: string; rotateAuthorizationKey: true } }>(`
  mutation AdminRotateKey($input: UpdateChargerInput!) {
    updateCharger(input: $input) { charger { id } authorizationKey errors { code message field } }
  }
`);

export const UpdateChargerMutation = gql<{ updateCharger: { charger?: Charger | null; errors: UserError[] } }, { input: Record<string, unknown> }>(`
  mutation AdminUpdateCharger($input: UpdateChargerInput!) {
    updateCharger(input: $input) { charger { ${CHARGER_FIELDS} } errors { code message field } }
  }
`);
