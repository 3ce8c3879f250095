import { toCsv } from "./csv";

/** The columns of a charger import file, in the template's order. */
export const IMPORT_COLUMNS = [
  "charge_point_id", "name", "address", "city", "state", "postcode", "latitude", "longitude",
  "public", "security_profile", "max_power_kw", "tariff", "connectors", "description",
] as const;

export const CONNECTOR_TYPES = ["CCS2", "Type2", "CHAdeMO", "GB-T"];
export const MAX_IMPORT_ROWS = 500;

/** A downloadable example: one DC and one AC charger. Connectors: type:maxPowerKw[:phases], separated by |. */
export function importTemplate(): string {
  return toCsv([...IMPORT_COLUMNS], [
    ["KL-MALL-01", "Mall level 2", "Jalan Ampang 1", "Kuala Lumpur", "WP Kuala Lumpur", "50450", "3.158400", "101.712300", "yes", 1, 120, "Fast DC", "CCS2:120|CHAdeMO:50", ""],
    ["PJ-OFFICE-07", "Office car park", "Jalan 13/6", "Petaling Jaya", "Selangor", "46200", "3.107100", "101.642500", "yes", 2, 22, "", "Type2:22:3", "Basement B1"],
  ]);
}

/** RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field); field = "";
      rows.push(row); row = [];
    } else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((v) => v.trim() !== ""));
}

export interface ConnectorRow { connectorId: number; type: string | null; maxPowerKw: string | null; phases: number | null }

export interface ImportRow {
  chargePointId: string; name?: string; address?: string; city?: string; state?: string; postcode?: string;
  latitude?: string; longitude?: string; isPublic: boolean; securityProfile: number; maxPowerKw?: string;
  tariff?: string; connectors: ConnectorRow[]; description?: string;
}

/** `row` is the data row (1 = the first after the header), as the server numbers them too. */
export interface RowProblem { row: number; field: string | null; message: string }

const NUMBER = /^-?\d+(\.\d+)?$/;
const CPID = /^[A-Za-z0-9*\-_=:+|@.]{1,48}$/;

function parseConnectors(text: string, problems: (field: string, message: string) => void): ConnectorRow[] {
  if (!text.trim()) return [];
  return text.split("|").map((part, i) => {
    const [type, power, phases, ...extra] = part.split(":").map((s) => s.trim());
    const field = `connectors[${i}]`;
    if (extra.length) problems(field, "Write a connector as type:maxPowerKw[:phases].");
    if (!CONNECTOR_TYPES.includes(type)) problems(`${field}.type`, `The type is one of ${CONNECTOR_TYPES.join(", ")}.`);
    if (power && !(NUMBER.test(power) && Number(power) > 0 && Number(power) <= 1000)) problems(`${field}.maxPowerKw`, "The power is a number of kW, more than 0 and at most 1000.");
    if (phases && phases !== "1" && phases !== "3") problems(`${field}.phases`, "Phases is 1 or 3.");
    return { connectorId: i + 1, type: type || null, maxPowerKw: power || null, phases: phases ? Number(phases) : null };
  });
}

const YES = ["yes", "y", "true", "1"];
const NO = ["no", "n", "false", "0"];

/** The rows of an import file, checked as far as the console can (the server checks everything
 * again, with what only it knows: existing chargers and tariffs). */
export function readImport(text: string): { rows: ImportRow[]; problems: RowProblem[] } {
  const records = parseCsv(text);
  const problems: RowProblem[] = [];
  if (!records.length) return { rows: [], problems: [{ row: 0, field: null, message: "The file is empty." }] };
  const header = records[0].map((h) => h.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => c === "charge_point_id" && !header.includes(c));
  const unknown = header.filter((h) => h && !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (missing.length) problems.push({ row: 0, field: null, message: "The header has no charge_point_id column." });
  if (unknown.length) problems.push({ row: 0, field: null, message: `Unknown columns: ${unknown.join(", ")}.` });
  if (records.length - 1 > MAX_IMPORT_ROWS) problems.push({ row: 0, field: null, message: `At most ${MAX_IMPORT_ROWS} chargers per file.` });
  if (problems.length) return { rows: [], problems };
  const seen = new Map<string, number>();
  const rows = records.slice(1).map((rec, i) => {
    const n = i + 1;
    const get = (c: (typeof IMPORT_COLUMNS)[number]) => (rec[header.indexOf(c)] ?? "").trim();
    const problem = (field: string, message: string) => problems.push({ row: n, field, message });
    const cpid = get("charge_point_id");
    if (!CPID.test(cpid) || /^\.+$/.test(cpid)) problem("chargePointId", "A charge point id is 1 to 48 letters, digits or *-_=:+|@.");
    const key = cpid.toUpperCase();
    if (seen.has(key)) problem("chargePointId", `Also in row ${seen.get(key)}.`);
    else seen.set(key, n);
    const lat = get("latitude"), lng = get("longitude");
    if (!!lat !== !!lng) problem(lat ? "longitude" : "latitude", "Give both latitude and longitude, or neither.");
    if (lat && !(NUMBER.test(lat) && Math.abs(Number(lat)) <= 90)) problem("latitude", "Latitude is a number between -90 and 90.");
    if (lng && !(NUMBER.test(lng) && Math.abs(Number(lng)) <= 180)) problem("longitude", "Longitude is a number between -180 and 180.");
    const pub = get("public").toLowerCase();
    if (pub && !YES.includes(pub) && !NO.includes(pub)) problem("isPublic", "public is yes or no.");
    const profile = get("security_profile") || "1";
    if (!["0", "1", "2", "3"].includes(profile)) problem("securityProfile", "The security profile is 0, 1, 2 or 3.");
    const power = get("max_power_kw");
    if (power && !(NUMBER.test(power) && Number(power) > 0 && Number(power) <= 1000)) problem("maxPowerKw", "The power is a number of kW, more than 0 and at most 1000.");
    const opt = (c: (typeof IMPORT_COLUMNS)[number]) => get(c) || undefined;
    return {
      chargePointId: cpid, name: opt("name"), address: opt("address"), city: opt("city"), state: opt("state"),
      postcode: opt("postcode"), latitude: lat || undefined, longitude: lng || undefined,
      isPublic: !NO.includes(pub), securityProfile: Number(profile) || 1, maxPowerKw: power || undefined,
      tariff: opt("tariff"), connectors: parseConnectors(get("connectors"), problem), description: opt("description"),
    };
  });
  return { rows, problems };
}

/** The chargers' AuthorizationKeys as a CSV file (shown once: the operator keeps this file safe). */
export function keysCsv(keys: Array<{ chargePointId: string; authorizationKey: string }>): string {
  return toCsv(["charge_point_id", "authorization_key"], keys.map((k) => [k.chargePointId, k.authorizationKey]));
}
