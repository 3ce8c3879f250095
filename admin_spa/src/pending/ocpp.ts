// Outbound OCPP commands (one admin mutation per command) and the OCPP message log, matched to
// api/schema.graphql by hand (not yet moved to codegen).
import { gql } from "urql";
import type { Conn, UserError } from "./types";

export interface OcppCommandResult { status?: string | null; response?: unknown; errors: UserError[] }

interface CommandMapping { field: string; input: string; map?: (p: Record<string, unknown>) => Record<string, unknown> }
const upper = (s: unknown) => String(s).toUpperCase();
const snake = (s: unknown) => String(s).replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** OCPP action -> the admin mutation that sends it and how the OCPP payload maps onto its input. */
export const COMMAND_MUTATIONS: Record<string, CommandMapping> = {
  RemoteStartTransaction: { field: "remoteStartTransaction", input: "RemoteStartTransactionInput" },
  RemoteStopTransaction: { field: "remoteStopTransaction", input: "RemoteStopTransactionInput" },
  Reset: { field: "resetCharger", input: "ResetChargerInput", map: (p) => ({ type: upper(p.type) }) },
  UnlockConnector: { field: "unlockConnector", input: "UnlockConnectorInput" },
  ChangeAvailability: { field: "changeAvailability", input: "ChangeAvailabilityInput", map: (p) => ({ ...p, type: upper(p.type) }) },
  GetConfiguration: { field: "getConfiguration", input: "GetConfigurationInput", map: (p) => (p.key ? { keys: p.key } : {}) },
  ChangeConfiguration: { field: "changeConfiguration", input: "ChangeConfigurationInput" },
  ClearCache: { field: "clearCache", input: "ChargerCommandInput" },
  DataTransfer: { field: "dataTransfer", input: "DataTransferInput" },
  GetDiagnostics: { field: "getDiagnostics", input: "GetDiagnosticsInput" },
  UpdateFirmware: { field: "updateFirmware", input: "UpdateFirmwareInput" },
  GetLocalListVersion: { field: "getLocalListVersion", input: "ChargerCommandInput" },
  SendLocalList: { field: "sendLocalList", input: "SendLocalListInput", map: (p) => ({
    updateType: upper(p.updateType), listVersion: p.listVersion,
    ...(Array.isArray(p.localAuthorizationList) ? { idTags: p.localAuthorizationList.map((e) => (typeof e === "string" ? e : (e as { idTag: string }).idTag)) } : {}),
  }) },
  ReserveNow: { field: "reserveNow", input: "ReserveNowInput" },
  CancelReservation: { field: "cancelChargerReservation", input: "AdminCancelReservationInput" },
  SetChargingProfile: { field: "setChargingProfile", input: "SetChargingProfileInput" },
  ClearChargingProfile: { field: "clearChargingProfile", input: "ClearChargingProfileInput" },
  GetCompositeSchedule: { field: "getCompositeSchedule", input: "GetCompositeScheduleInput" },
  TriggerMessage: { field: "triggerMessage", input: "TriggerMessageInput", map: (p) => ({ ...p, requestedMessage: snake(p.requestedMessage) }) },
  // PENDING (no mutation yet): the OCPP 1.6 security-extension commands.
  ExtendedTriggerMessage: { field: "extendedTriggerMessage", input: "ExtendedTriggerMessageInput" },
  GetLog: { field: "getLog", input: "GetLogInput" },
  GetInstalledCertificateIds: { field: "getInstalledCertificateIds", input: "GetInstalledCertificateIdsInput" },
  InstallCertificate: { field: "installCertificate", input: "InstallCertificateInput" },
  DeleteCertificate: { field: "deleteCertificate", input: "DeleteCertificateInput" },
  CertificateSigned: { field: "certificateSigned", input: "CertificateSignedInput" },
  SignedUpdateFirmware: { field: "signedUpdateFirmware", input: "SignedUpdateFirmwareInput" },
};

const docs = new Map<string, ReturnType<typeof gql>>();
/** The mutation document for one action and its input built from the OCPP payload. */
export function commandRequest(action: string, chargerId: string, payload: Record<string, unknown>) {
  const m = COMMAND_MUTATIONS[action];
  let doc = docs.get(action);
  if (!doc) {
    doc = gql(`mutation AdminOcpp${action}($input: ${m.input}!) { ${m.field}(input: $input) { status response errors { code message field } } }`);
    docs.set(action, doc);
  }
  return { doc, field: m.field, variables: { input: { chargerId, ...(m.map ? m.map(payload) : payload) } } };
}

export interface OcppMessage {
  id: string; chargePointId: string; direction: string; messageType?: number | null; action?: string | null;
  uniqueId?: string | null; payload: unknown; errorCode?: string | null; latencyMs?: number | null; createdAt: string;
}
const MSG = `id chargePointId direction messageType action uniqueId payload errorCode latencyMs createdAt`;
export interface OcppLogFilter { chargePointId?: string | null; action?: string | null; direction?: string | null; messageType?: number | null; uniqueId?: string | null }

export const OcppMessagesQuery = gql<{ ocppMessages: Conn<OcppMessage> }, { first: number; after?: string | null } & OcppLogFilter>(`
  query AdminOcppMessages($first: Int, $after: String, $chargePointId: String, $action: String, $direction: String, $messageType: Int, $uniqueId: String) {
    ocppMessages(first: $first, after: $after, chargePointId: $chargePointId, action: $action, direction: $direction, messageType: $messageType, uniqueId: $uniqueId) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ${MSG} }
    }
  }
`);

export interface OcppMessageEvent {
  chargePointId: string; direction: string; messageType: number; action?: string | null; uniqueId?: string | null;
  payload: unknown; errorCode?: string | null; latencyMs?: number | null; timestamp?: string | null;
}
export const OcppLogSubscription = gql<{ ocppMessages: OcppMessageEvent }, { chargerId?: string | null }>(`
  subscription AdminOcppLog($chargerId: ID) {
    ocppMessages(chargerId: $chargerId) { chargePointId direction messageType action uniqueId payload errorCode latencyMs timestamp }
  }
`);
