/**
 * Every outbound (central system -> charge point) OCPP 1.6J command, with the fields of its request
 * payload and validation run before anything is sent. Field names are the OCPP JSON property names, so
 * `buildPayload` yields the exact request payload.
 */
export type FieldKind = "int" | "string" | "enum" | "datetime" | "json" | "stringList" | "decimal";

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
  profile: "Core" | "Firmware Management" | "Local Auth List Management" | "Reservation" | "Smart Charging" | "Remote Trigger";
  description: string;
  fields: FieldDef[];
}

const TRIGGER = ["BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification"];
const PURPOSES = ["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"];

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
    { name: "signingCertificate", kind: "string", maxLength: 5500, help: "OCPP 2.0.1 signed firmware only: the PEM certificate that signed it." },
    { name: "signature", kind: "string", maxLength: 800, help: "OCPP 2.0.1 signed firmware only: its signature (Base64)." },
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
  { action: "TriggerMessage", profile: "Remote Trigger", description: "Ask the charger to send a message now.", fields: [
    { name: "requestedMessage", kind: "enum", required: true, options: TRIGGER },
    { name: "connectorId", kind: "int", min: 1 },
  ] },
];

/** The OCPP 1.6 security-extension commands: not supported by this platform (shown as such, never sent). */
export const UNSUPPORTED_COMMANDS = [
  "ExtendedTriggerMessage", "GetLog", "GetInstalledCertificateIds", "InstallCertificate", "DeleteCertificate", "CertificateSigned", "SignedUpdateFirmware",
];

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
  if (def.action === "GetDiagnostics" && typeof payload.startTime === "string" && typeof payload.stopTime === "string"
      && payload.startTime > payload.stopTime) errors.stopTime = "Must be after the start time.";
  if (def.action === "SendLocalList" && payload.updateType === "Differential" && !payload.localAuthorizationList)
    errors.localAuthorizationList = "A differential update needs a list.";
  if (def.action === "ReserveNow" && typeof payload.expiryDate === "string" && new Date(payload.expiryDate).getTime() < Date.now())
    errors.expiryDate = "Must be in the future.";
  return { payload: Object.keys(errors).length ? null : payload, errors };
}
