// Outbound OCPP commands (one admin mutation per command) and the OCPP message log.
import type { TypedDocumentNode } from "urql";
import { graphql } from "../gql";

export const OcppCommandResultFields = graphql(`
  fragment AdminOcppCommandResult on OcppCommandPayload { status response errors { code message field } }
`);
const RemoteStartTransactionDoc = graphql(`
  mutation AdminOcppRemoteStartTransaction($input: RemoteStartTransactionInput!) { remoteStartTransaction(input: $input) { ...AdminOcppCommandResult } }
`);
const RemoteStopTransactionDoc = graphql(`
  mutation AdminOcppRemoteStopTransaction($input: RemoteStopTransactionInput!) { remoteStopTransaction(input: $input) { ...AdminOcppCommandResult } }
`);
const ResetDoc = graphql(`
  mutation AdminOcppReset($input: ResetChargerInput!) { resetCharger(input: $input) { ...AdminOcppCommandResult } }
`);
const UnlockConnectorDoc = graphql(`
  mutation AdminOcppUnlockConnector($input: UnlockConnectorInput!) { unlockConnector(input: $input) { ...AdminOcppCommandResult } }
`);
const ChangeAvailabilityDoc = graphql(`
  mutation AdminOcppChangeAvailability($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { ...AdminOcppCommandResult } }
`);
const GetConfigurationDoc = graphql(`
  mutation AdminOcppGetConfiguration($input: GetConfigurationInput!) { getConfiguration(input: $input) { ...AdminOcppCommandResult } }
`);
const ChangeConfigurationDoc = graphql(`
  mutation AdminOcppChangeConfiguration($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { ...AdminOcppCommandResult } }
`);
const ClearCacheDoc = graphql(`
  mutation AdminOcppClearCache($input: ChargerCommandInput!) { clearCache(input: $input) { ...AdminOcppCommandResult } }
`);
const DataTransferDoc = graphql(`
  mutation AdminOcppDataTransfer($input: DataTransferInput!) { dataTransfer(input: $input) { ...AdminOcppCommandResult } }
`);
const GetDiagnosticsDoc = graphql(`
  mutation AdminOcppGetDiagnostics($input: GetDiagnosticsInput!) { getDiagnostics(input: $input) { ...AdminOcppCommandResult } }
`);
const UpdateFirmwareDoc = graphql(`
  mutation AdminOcppUpdateFirmware($input: UpdateFirmwareInput!) { updateFirmware(input: $input) { ...AdminOcppCommandResult } }
`);
const GetLocalListVersionDoc = graphql(`
  mutation AdminOcppGetLocalListVersion($input: ChargerCommandInput!) { getLocalListVersion(input: $input) { ...AdminOcppCommandResult } }
`);
const SendLocalListDoc = graphql(`
  mutation AdminOcppSendLocalList($input: SendLocalListInput!) { sendLocalList(input: $input) { ...AdminOcppCommandResult } }
`);
const ReserveNowDoc = graphql(`
  mutation AdminOcppReserveNow($input: ReserveNowInput!) { reserveNow(input: $input) { ...AdminOcppCommandResult } }
`);
const CancelReservationDoc = graphql(`
  mutation AdminOcppCancelReservation($input: AdminCancelReservationInput!) { cancelChargerReservation(input: $input) { ...AdminOcppCommandResult } }
`);
const SetChargingProfileDoc = graphql(`
  mutation AdminOcppSetChargingProfile($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { ...AdminOcppCommandResult } }
`);
const ClearChargingProfileDoc = graphql(`
  mutation AdminOcppClearChargingProfile($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { ...AdminOcppCommandResult } }
`);
const GetCompositeScheduleDoc = graphql(`
  mutation AdminOcppGetCompositeSchedule($input: GetCompositeScheduleInput!) { getCompositeSchedule(input: $input) { ...AdminOcppCommandResult } }
`);
const GetChargingProfilesDoc = graphql(`
  mutation AdminOcppGetChargingProfiles($input: GetChargingProfilesInput!) { getChargingProfiles(input: $input) { ...AdminOcppCommandResult } }
`);
const GetTransactionStatusDoc = graphql(`
  mutation AdminOcppGetTransactionStatus($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ...AdminOcppCommandResult } }
`);
const TriggerMessageDoc = graphql(`
  mutation AdminOcppTriggerMessage($input: TriggerMessageInput!) { triggerMessage(input: $input) { ...AdminOcppCommandResult } }
`);

const ExtendedTriggerMessageDoc = graphql(`
  mutation AdminOcppExtendedTriggerMessage($input: ExtendedTriggerMessageInput!) { extendedTriggerMessage(input: $input) { ...AdminOcppCommandResult } }
`);
const InstallCertificateDoc = graphql(`
  mutation AdminOcppInstallCertificate($input: InstallCertificateInput!) { installCertificate(input: $input) { ...AdminOcppCommandResult } }
`);
const GetInstalledCertificateIdsDoc = graphql(`
  mutation AdminOcppGetInstalledCertificateIds($input: GetInstalledCertificateIdsInput!) { getInstalledCertificateIds(input: $input) { ...AdminOcppCommandResult } }
`);
const DeleteCertificateDoc = graphql(`
  mutation AdminOcppDeleteCertificate($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { ...AdminOcppCommandResult } }
`);
const GetLogDoc = graphql(`
  mutation AdminOcppGetLog($input: GetLogInput!) { getLog(input: $input) { ...AdminOcppCommandResult } }
`);

export interface OcppCommandResult { status?: string | null; response?: unknown; errors: Array<{ code: string; message: string; field?: string | null }> }

const upper = (s: unknown) => String(s).toUpperCase();
const snake = (s: unknown) => String(s).replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

interface CommandMapping {
  doc: TypedDocumentNode<Record<string, OcppCommandResult>, { input: never }>;
  field: string;
  map?: (p: Record<string, unknown>) => Record<string, unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const m = (doc: TypedDocumentNode<any, any>, field: string, map?: CommandMapping["map"]): CommandMapping => ({ doc, field, map });

/** OCPP action -> the admin mutation that sends it and how the OCPP payload maps onto its input. */
export const COMMAND_MUTATIONS: Record<string, CommandMapping> = {
  RemoteStartTransaction: m(RemoteStartTransactionDoc, "remoteStartTransaction"),
  RemoteStopTransaction: m(RemoteStopTransactionDoc, "remoteStopTransaction"),
  Reset: m(ResetDoc, "resetCharger", (p) => ({ type: upper(p.type) })),
  UnlockConnector: m(UnlockConnectorDoc, "unlockConnector"),
  ChangeAvailability: m(ChangeAvailabilityDoc, "changeAvailability", (p) => ({ ...p, type: upper(p.type) })),
  GetConfiguration: m(GetConfigurationDoc, "getConfiguration", (p) => (p.key ? { keys: p.key } : {})),
  ChangeConfiguration: m(ChangeConfigurationDoc, "changeConfiguration"),
  ClearCache: m(ClearCacheDoc, "clearCache"),
  DataTransfer: m(DataTransferDoc, "dataTransfer", (p) => ({ ...p, ...(p.data !== undefined && typeof p.data !== "string" ? { data: JSON.stringify(p.data) } : {}) })),
  GetDiagnostics: m(GetDiagnosticsDoc, "getDiagnostics"),
  UpdateFirmware: m(UpdateFirmwareDoc, "updateFirmware"),
  GetLocalListVersion: m(GetLocalListVersionDoc, "getLocalListVersion"),
  SendLocalList: m(SendLocalListDoc, "sendLocalList", (p) => ({
    updateType: upper(p.updateType), listVersion: p.listVersion,
    ...(Array.isArray(p.localAuthorizationList) ? { idTags: p.localAuthorizationList.map((e) => (typeof e === "string" ? e : (e as { idTag: string }).idTag)) } : {}),
  })),
  ReserveNow: m(ReserveNowDoc, "reserveNow"),
  CancelReservation: m(CancelReservationDoc, "cancelChargerReservation"),
  SetChargingProfile: m(SetChargingProfileDoc, "setChargingProfile"),
  ClearChargingProfile: m(ClearChargingProfileDoc, "clearChargingProfile"),
  GetCompositeSchedule: m(GetCompositeScheduleDoc, "getCompositeSchedule", (p) => ({ ...p, ...(p.chargingRateUnit ? { chargingRateUnit: upper(p.chargingRateUnit) } : {}) })),
  GetChargingProfiles: m(GetChargingProfilesDoc, "getChargingProfiles", (p) => ({
    evseId: p.evseId, chargingProfilePurpose: p.chargingProfilePurpose, stackLevel: p.stackLevel,
    ...(p.chargingProfileId !== undefined ? { chargingProfileIds: [p.chargingProfileId] } : {}),
    ...(p.chargingLimitSource !== undefined ? { chargingLimitSources: [p.chargingLimitSource] } : {}),
  })),
  GetTransactionStatus: m(GetTransactionStatusDoc, "getTransactionStatus"),
  TriggerMessage: m(TriggerMessageDoc, "triggerMessage", (p) => ({ ...p, requestedMessage: snake(p.requestedMessage) })),
  ExtendedTriggerMessage: m(ExtendedTriggerMessageDoc, "extendedTriggerMessage", (p) => ({ ...p, requestedMessage: snake(p.requestedMessage) })),
  InstallCertificate: m(InstallCertificateDoc, "installCertificate", (p) => ({ ...p, certificateType: snake(p.certificateType) })),
  GetInstalledCertificateIds: m(GetInstalledCertificateIdsDoc, "getInstalledCertificateIds", (p) => ({ certificateType: snake(p.certificateType) })),
  DeleteCertificate: m(DeleteCertificateDoc, "deleteCertificate", (p) => ({ certificateHashData: p })),
  GetLog: m(GetLogDoc, "getLog", (p) => ({ ...p, logType: snake(p.logType) })),
};

/** The mutation document for one action and its input built from the OCPP payload. */
export function commandRequest(action: string, chargerId: string, payload: Record<string, unknown>) {
  const c = COMMAND_MUTATIONS[action];
  return { doc: c.doc, field: c.field, variables: { input: { chargerId, ...(c.map ? c.map(payload) : payload) } as never } };
}

export const OcppMessagesQuery = graphql(`
  query AdminOcppMessages($first: Int, $after: String, $chargePointId: String, $action: String, $direction: String, $messageType: Int, $uniqueId: String) {
    ocppMessages(first: $first, after: $after, chargePointId: $chargePointId, action: $action, direction: $direction, messageType: $messageType, uniqueId: $uniqueId) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id chargePointId direction messageType action uniqueId payload errorCode latencyMs createdAt }
    }
  }
`);

export const OcppLogSubscription = graphql(`
  subscription AdminOcppLog($chargerId: ID) {
    ocppMessages(chargerId: $chargerId) { chargePointId direction messageType action uniqueId payload errorCode latencyMs timestamp }
  }
`);
