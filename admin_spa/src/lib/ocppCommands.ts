/**
 * Every outbound (central system -> charge point) OCPP 1.6J command, with the fields of its request
 * payload and validation run before anything is sent. Field names are the OCPP JSON property names, so
 * `buildPayload` yields the exact request payload.
 */
export type FieldKind = "int" | "string" | "text" | "enum" | "datetime" | "json" | "stringList" | "decimal";

export interface FieldDef {
  name: string;
  kind: FieldKind;
  required?: boolean;
  options?: string[];
  maxLength?: number;
  min?: number;
  help?: string;
  /** For json fields: "object" or "array". */
  shape?: "object" | "array";
  placeholder?: string;
}

export interface CommandDef {
  action: string;
  profile: "Core" | "Firmware Management" | "Local Auth List Management" | "Reservation" | "Smart Charging" | "Remote Trigger" | "Security";
  description: string;
  fields: FieldDef[];
}

const TRIGGER = ["BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification"];
const PURPOSES = ["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"];
const EXTENDED_TRIGGER = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargePointCertificate", "StatusNotification"];
const CERTIFICATE_USES = ["CentralSystemRootCertificate", "ManufacturerRootCertificate"];
const PURPOSES_201 = ["ChargingStationMaxProfile", "TxDefaultProfile", "TxProfile"];
/** Commands only OCPP 2.0.1 stations take (offered on a 2.0.1 charger's page). */
export const OCPP201_ONLY = ["GetChargingProfiles", "GetTransactionStatus"];

export const OCPP_COMMANDS: CommandDef[] = [
  { action: "RemoteStartTransaction", profile: "Core", description: "Ask the charger to start a transaction for an id tag.", fields: [
    { name: "idTag", kind: "string", required: true, maxLength: 20 },
    { name: "connectorId", kind: "int", min: 1, help: "Optional; must be > 0." },
    { name: "chargingProfile", kind: "json", shape: "object", help: "Optional TxProfile (JSON)." },
  ] },
  { action: "RemoteStopTransaction", profile: "Core", description: "Stop a running transaction.", fields: [
    { name: "transactionId", kind: "int", required: true },
  ] },
  { action: "Reset", profile: "Core", description: "Reboot the charger.", fields: [
    { name: "type", kind: "enum", required: true, options: ["Soft", "Hard"] },
  ] },
  { action: "UnlockConnector", profile: "Core", description: "Release the cable lock of a connector.", fields: [
    { name: "connectorId", kind: "int", required: true, min: 1 },
  ] },
  { action: "ChangeAvailability", profile: "Core", description: "Make the charger (0) or a connector operative or inoperative.", fields: [
    { name: "connectorId", kind: "int", required: true, min: 0 },
    { name: "type", kind: "enum", required: true, options: ["Operative", "Inoperative"] },
  ] },
  { action: "GetConfiguration", profile: "Core", description: "Read configuration keys (all when empty).", fields: [
    { name: "key", kind: "stringList", help: "Comma-separated keys; empty = all.", maxLength: 50 },
  ] },
  { action: "ChangeConfiguration", profile: "Core", description: "Change one configuration key.", fields: [
    { name: "key", kind: "string", required: true, maxLength: 50 },
    { name: "value", kind: "string", required: true, maxLength: 500 },
  ] },
  { action: "ClearCache", profile: "Core", description: "Clear the charger's authorization cache.", fields: [] },
  { action: "DataTransfer", profile: "Core", description: "Vendor-specific message.", fields: [
    { name: "vendorId", kind: "string", required: true, maxLength: 255 },
    { name: "messageId", kind: "string", maxLength: 50 },
    { name: "data", kind: "string" },
  ] },
  { action: "GetDiagnostics", profile: "Firmware Management", description: "Upload a diagnostics file to a URL.", fields: [
    { name: "location", kind: "string", required: true, placeholder: "ftp://host/path or https://…" },
    { name: "retries", kind: "int", min: 0 },
    { name: "retryInterval", kind: "int", min: 0 },
    { name: "startTime", kind: "datetime" },
    { name: "stopTime", kind: "datetime" },
  ] },
  { action: "UpdateFirmware", profile: "Firmware Management", description: "Download and install firmware.", fields: [
    { name: "location", kind: "string", required: true, placeholder: "https://host/firmware.bin" },
    { name: "retrieveDate", kind: "datetime", required: true },
    { name: "retries", kind: "int", min: 0 },
    { name: "retryInterval", kind: "int", min: 0 },
    { name: "signingCertificate", kind: "string", maxLength: 5500, help: "Signed firmware (OCPP 2.0.1; a 1.6 charger with the security extension gets SignedUpdateFirmware): the PEM certificate that signed it." },
    { name: "signature", kind: "string", maxLength: 800, help: "Signed firmware: its signature (Base64), with the certificate." },
    { name: "installDate", kind: "datetime", help: "When to install (OCPP 2.0.1, or signed firmware on 1.6); empty: as soon as downloaded." },
  ] },
  { action: "GetLocalListVersion", profile: "Local Auth List Management", description: "Version of the local authorization list.", fields: [] },
  { action: "SendLocalList", profile: "Local Auth List Management", description: "Replace or update the local authorization list.", fields: [
    { name: "listVersion", kind: "int", required: true, min: 0 },
    { name: "updateType", kind: "enum", required: true, options: ["Full", "Differential"] },
    { name: "localAuthorizationList", kind: "json", shape: "array", help: '[{"idTag":"ABC","idTagInfo":{"status":"Accepted"}}]' },
  ] },
  { action: "ReserveNow", profile: "Reservation", description: "Reserve a connector for an id tag (the server assigns the reservationId).", fields: [
    { name: "connectorId", kind: "int", required: true, min: 0 },
    { name: "expiryDate", kind: "datetime", required: true },
    { name: "idTag", kind: "string", required: true, maxLength: 20 },
    { name: "parentIdTag", kind: "string", maxLength: 20 },
  ] },
  { action: "CancelReservation", profile: "Reservation", description: "Cancel a reservation.", fields: [
    { name: "reservationId", kind: "int", required: true, min: 0 },
  ] },
  { action: "SetChargingProfile", profile: "Smart Charging", description: "Install a charging profile.", fields: [
    { name: "connectorId", kind: "int", required: true, min: 0 },
    { name: "csChargingProfiles", kind: "json", shape: "object", required: true,
      help: '{"chargingProfileId":1,"stackLevel":0,"chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Absolute","chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16}]}}' },
  ] },
  { action: "ClearChargingProfile", profile: "Smart Charging", description: "Remove charging profiles matching the criteria.", fields: [
    { name: "id", kind: "int" },
    { name: "connectorId", kind: "int", min: 0 },
    { name: "chargingProfilePurpose", kind: "enum", options: PURPOSES },
    { name: "stackLevel", kind: "int", min: 0 },
  ] },
  { action: "GetCompositeSchedule", profile: "Smart Charging", description: "The schedule the charger will follow.", fields: [
    { name: "connectorId", kind: "int", required: true, min: 0 },
    { name: "duration", kind: "int", required: true, min: 1, help: "Seconds." },
    { name: "chargingRateUnit", kind: "enum", options: ["A", "W"] },
  ] },
  { action: "GetChargingProfiles", profile: "Smart Charging", description: "OCPP 2.0.1 stations only: report the charging profiles the station holds (the reports are listed with the charger's profiles).", fields: [
    { name: "evseId", kind: "int", min: 0, help: "0: the station's own profiles; empty: every EVSE's." },
    { name: "chargingProfilePurpose", kind: "enum", options: PURPOSES_201 },
    { name: "stackLevel", kind: "int", min: 0 },
    { name: "chargingProfileId", kind: "int", min: 0 },
    { name: "chargingLimitSource", kind: "enum", options: ["CSO", "EMS", "SO", "Other"] },
  ] },
  { action: "GetTransactionStatus", profile: "Core", description: "OCPP 2.0.1 stations only: whether the station still holds messages of a transaction (or of any), and whether it is still going on.", fields: [
    { name: "transactionId", kind: "int", min: 1, help: "The session's transaction id; empty: any." },
  ] },
  { action: "TriggerMessage", profile: "Remote Trigger", description: "Ask the charger to send a message now.", fields: [
    { name: "requestedMessage", kind: "enum", required: true, options: TRIGGER },
    { name: "connectorId", kind: "int", min: 1 },
  ] },
  // The security extension of OCPP 1.6 (a 2.0.1 station gets the same commands in its own terms).
  { action: "ExtendedTriggerMessage", profile: "Security", description: "Ask the charger to send a message now; SignChargePointCertificate renews its certificate (signed by the platform's charger CA).", fields: [
    { name: "requestedMessage", kind: "enum", required: true, options: EXTENDED_TRIGGER },
    { name: "connectorId", kind: "int", min: 1 },
  ] },
  { action: "InstallCertificate", profile: "Security", description: "Install a root certificate on the charger.", fields: [
    { name: "certificateType", kind: "enum", required: true, options: CERTIFICATE_USES },
    { name: "certificate", kind: "text", required: true, maxLength: 5500, placeholder: "-----BEGIN CERTIFICATE-----" },
  ] },
  { action: "GetInstalledCertificateIds", profile: "Security", description: "List the root certificates installed on the charger (kept on its Security tab).", fields: [
    { name: "certificateType", kind: "enum", required: true, options: CERTIFICATE_USES },
  ] },
  { action: "DeleteCertificate", profile: "Security", description: "Delete an installed certificate, named by its hash data (as GetInstalledCertificateIds reported it).", fields: [
    { name: "hashAlgorithm", kind: "enum", required: true, options: ["SHA256", "SHA384", "SHA512"] },
    { name: "issuerNameHash", kind: "string", required: true, maxLength: 128 },
    { name: "issuerKeyHash", kind: "string", required: true, maxLength: 128 },
    { name: "serialNumber", kind: "string", required: true, maxLength: 40 },
  ] },
  { action: "GetLog", profile: "Security", description: "Upload a diagnostics or security log to a URL (the request and its progress are on the Security tab).", fields: [
    { name: "logType", kind: "enum", required: true, options: ["DiagnosticsLog", "SecurityLog"] },
    { name: "remoteLocation", kind: "string", required: true, maxLength: 512, placeholder: "https://host/upload" },
    { name: "oldestTimestamp", kind: "datetime" },
    { name: "latestTimestamp", kind: "datetime" },
    { name: "retries", kind: "int", min: 0 },
    { name: "retryInterval", kind: "int", min: 0 },
  ] },
];

/** The security commands, for the charger page's Security tab. */
export const SECURITY_COMMANDS = OCPP_COMMANDS.filter((c) => c.profile === "Security").map((c) => c.action);

/** OCPP 1.6 security-extension commands an operator cannot send here (shown as such, never sent):
 * CertificateSigned is the platform's own answer to a charger's SignCertificate. */
export const UNSUPPORTED_COMMANDS = ["CertificateSigned (sent by the platform after SignCertificate)", "SignedUpdateFirmware"];

export function commandByAction(action: string): CommandDef | undefined {
  return OCPP_COMMANDS.find((c) => c.action === action);
}

export type FormValues = Record<string, string>;

export interface BuildResult {
  payload: Record<string, unknown> | null;
  errors: Record<string, string>;
}

/** Validates the form values of a command and builds its OCPP request payload. */
export function buildPayload(def: CommandDef, values: FormValues): BuildResult {
  const errors: Record<string, string> = {};
  const payload: Record<string, unknown> = {};
  for (const f of def.fields) {
    const raw = (values[f.name] ?? "").trim();
    if (raw === "") {
      if (f.required) errors[f.name] = "Required.";
      continue;
    }
    switch (f.kind) {
      case "int": {
        if (!/^-?\d+$/.test(raw)) { errors[f.name] = "Must be a whole number."; break; }
        const n = Number(raw);
        if (!Number.isSafeInteger(n)) { errors[f.name] = "Out of range."; break; }
        if (f.min !== undefined && n < f.min) { errors[f.name] = `Must be ≥ ${f.min}.`; break; }
        payload[f.name] = n;
        break;
      }
      case "decimal": {
        const n = Number(raw);
        if (!Number.isFinite(n)) { errors[f.name] = "Must be a number."; break; }
        payload[f.name] = n;
        break;
      }
      case "string":
      case "text":
        if (f.maxLength && raw.length > f.maxLength) { errors[f.name] = `At most ${f.maxLength} characters.`; break; }
        payload[f.name] = raw;
        break;
      case "enum":
        if (!f.options?.includes(raw)) { errors[f.name] = `One of ${f.options?.join(", ")}.`; break; }
        payload[f.name] = raw;
        break;
      case "datetime": {
        const d = new Date(raw);
        if (Number.isNaN(d.getTime())) { errors[f.name] = "Not a valid date and time."; break; }
        payload[f.name] = d.toISOString();
        break;
      }
      case "stringList": {
        const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
        const bad = items.find((s) => f.maxLength && s.length > f.maxLength);
        if (bad) { errors[f.name] = `Each key at most ${f.maxLength} characters.`; break; }
        if (items.length) payload[f.name] = items;
        break;
      }
      case "json": {
        let v: unknown;
        try { v = JSON.parse(raw); } catch { errors[f.name] = "Not valid JSON."; break; }
        const isArr = Array.isArray(v);
        const isObj = typeof v === "object" && v !== null && !isArr;
        if ((f.shape === "array" && !isArr) || (f.shape === "object" && !isObj)) { errors[f.name] = `Must be a JSON ${f.shape}.`; break; }
        payload[f.name] = v;
        break;
      }
    }
  }
  // Cross-field rules from the OCPP 1.6 specification.
  if (def.action === "GetLog" && typeof payload.oldestTimestamp === "string" && typeof payload.latestTimestamp === "string"
      && payload.oldestTimestamp > payload.latestTimestamp) errors.latestTimestamp = "Must be after the oldest time.";
  if (def.action === "GetDiagnostics" && typeof payload.startTime === "string" && typeof payload.stopTime === "string"
      && payload.startTime > payload.stopTime) errors.stopTime = "Must be after the start time.";
  if (def.action === "SendLocalList" && payload.updateType === "Differential" && !payload.localAuthorizationList)
    errors.localAuthorizationList = "A differential update needs a list.";
  if (def.action === "ReserveNow" && typeof payload.expiryDate === "string" && new Date(payload.expiryDate).getTime() < Date.now())
    errors.expiryDate = "Must be in the future.";
  return { payload: Object.keys(errors).length ? null : payload, errors };
}
