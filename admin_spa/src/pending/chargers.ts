// PENDING: charger administration.
import { gql } from "urql";
import type { Charger, Conn, UserError } from "./types";

const CONNECTOR = `id connectorId status errorCode info connectorType maxPowerKw statusTimestamp`;
export const CHARGER_FIELDS = `id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved
  availability lastHeartbeatAt lastBootAt address city connectors { ${CONNECTOR} }`;

export interface ChargerFilter { search?: string | null; online?: boolean | null; status?: string | null; registrationStatus?: string | null }

export const ChargersQuery = gql<{ chargers: Conn<Charger> }, { first: number; after?: string | null; filter?: ChargerFilter }>(`
  query AdminChargers($first: Int, $after: String, $filter: ChargerFilter) {
    chargers(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ${CHARGER_FIELDS} }
    }
  }
`);

/** Every status change of any charger or connector; graphcache merges it into lists and detail pages. */
export const ChargerStatusSubscription = gql<{ chargerStatusChanged: Charger }, { chargePointId?: string | null }>(`
  subscription AdminChargerStatus($chargePointId: String) {
    chargerStatusChanged(chargePointId: $chargePointId) { ${CHARGER_FIELDS} }
  }
`);

export interface ChargerDetail extends Charger {
  description?: string | null; latitude?: string | null; longitude?: string | null; meterType?: string | null;
  iccid?: string | null; imsi?: string | null; securityProfile?: number | null; localListVersion?: number | null;
  configuration: Array<{ key: string; value?: string | null; readonly: boolean }>;
  firmwareJobs: Array<{ id: string; kind: string; status: string; location?: string | null; updatedAt?: string | null }>;
  reservations: Array<{ id: string; reservationId: number; connectorId: number; idTag: string; expiryDate: string; status: string }>;
  chargingProfiles: Array<{ id: string; chargingProfileId: number; connectorId: number; purpose: string; stackLevel: number; profile: unknown }>;
}

export const ChargerQuery = gql<{ chargerByChargePointId: ChargerDetail | null }, { chargePointId: string }>(`
  query AdminCharger($chargePointId: String!) {
    chargerByChargePointId(chargePointId: $chargePointId) {
      ${CHARGER_FIELDS} description latitude longitude meterType iccid imsi securityProfile localListVersion
      configuration { key value readonly }
      firmwareJobs { id kind status location updatedAt }
      reservations { id reservationId connectorId idTag expiryDate status }
      chargingProfiles { id chargingProfileId connectorId purpose stackLevel profile }
    }
  }
`);

export interface RegisterChargerInput {
  chargePointId: string; name?: string | null; connectorCount: number; address?: string | null; city?: string | null;
  vendor?: string | null; model?: string | null;
}
export interface RegisterChargerPayload {
  charger?: Charger | null; authorizationKey?: string | null; ocppUrl?: string | null; errors: UserError[];
}

export const RegisterChargerMutation = gql<{ registerCharger: RegisterChargerPayload }, { input: RegisterChargerInput }>(`
  mutation AdminRegisterCharger($input: RegisterChargerInput!) {
    registerCharger(input: $input) {
      charger { ${CHARGER_FIELDS} }
      authorizationKey
      ocppUrl
      errors { code message field }
    }
  }
`);

export const ApproveChargerMutation = gql<{ approveCharger: { charger?: Charger | null; authorizationKey?: string | null; errors: UserError[] } }, { input: { chargerId: string; approve: boolean } }>(`
  mutation AdminApproveCharger($input: ApproveChargerInput!) {
    approveCharger(input: $input) { charger { ${CHARGER_FIELDS} } authorizationKey errors { code message field } }
  }
`);

export const RotateAuthKeyMutation = gql<{ rotateChargerAuthorizationKey: { authorizationKey?: string | null; errors: UserError[] } }, { input: { chargerId: string } }>(`
  mutation AdminRotateKey($input: RotateChargerAuthorizationKeyInput!) {
    rotateChargerAuthorizationKey(input: $input) { authorizationKey errors { code message field } }
  }
`);

export const UpdateChargerMutation = gql<{ updateCharger: { charger?: Charger | null; errors: UserError[] } }, { input: Record<string, unknown> }>(`
  mutation AdminUpdateCharger($input: UpdateChargerInput!) {
    updateCharger(input: $input) { charger { ${CHARGER_FIELDS} } errors { code message field } }
  }
`);
