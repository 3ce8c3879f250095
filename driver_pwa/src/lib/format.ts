import { formatIso, isBlank, MISSING, type MoneyLike as Money } from "@shared/format";
import { getLocale, INTL_TAG, translate } from "./i18n";

export type { Money };

function tag(): string {
  return INTL_TAG[getLocale()];
}

/** A number in the chosen language's conventions (grouping, decimal sign). */
export function num(v: number, digits: number): string {
  return new Intl.NumberFormat(tag(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** Ringgit as Malaysians write it in every language ("RM 1,234.50"); the number through Intl. */
export function money(m: Money | null | undefined): string {
  if (!m) return MISSING;
  const n = Number(m.amount);
  const prefix = m.currency === "MYR" ? "RM" : m.currency;
  return `${prefix} ${Number.isFinite(n) ? num(n, 2) : m.amount}`;
}

/** Exact sen of a money amount ("12.34" -> 1234), without floating-point rounding. */
export function toSen(amount: string | number): number {
  const [whole, frac = ""] = String(amount).trim().replace(/^-/, "").split(".");
  const sen = Number(whole || "0") * 100 + Number((frac + "00").slice(0, 2));
  return String(amount).trim().startsWith("-") ? -sen : sen;
}

/** What the wallet lacks to reach the minimum for starting, or null when it holds enough. */
export function missingToStart(balance: Money, minimum: Money): Money | null {
  const missing = toSen(minimum.amount) - toSen(balance.amount);
  return missing > 0 ? { amount: (missing / 100).toFixed(2), currency: minimum.currency } : null;
}

export function kwh(v: number | string | null | undefined, digits = 2): string {
  if (isBlank(v)) return MISSING;
  return `${num(Number(v), digits)} kWh`;
}

/** Energy without needless decimals ("50 kWh", "12,5 kWh" in the chosen language's conventions). */
export function plainKwh(v: number | string | null | undefined): string {
  if (isBlank(v)) return MISSING;
  const n = Number(v);
  return kwh(n, Number.isInteger(n) ? 0 : Math.min(3, String(n).split(".")[1]?.length ?? 0));
}

/** A quantity of `unit` with at most `digits` decimals, no trailing zeros, through Intl. */
export function quantity(v: number | string, digits = 3): string {
  return new Intl.NumberFormat(tag(), { maximumFractionDigits: digits }).format(Number(v));
}

export function kw(v: number | string | null | undefined): string {
  if (isBlank(v)) return MISSING;
  return `${num(Number(v), 1)} kW`;
}

export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

export function dateTime(iso: string | null | undefined): string {
  return formatIso(iso, (d) => new Intl.DateTimeFormat(tag(), { dateStyle: "medium", timeStyle: "short" }).format(d));
}

export function distance(km: number | null | undefined): string {
  if (km === null || km === undefined || !Number.isFinite(km)) return "";
  return km < 1 ? `${num(Math.round(km * 1000), 0)} m` : `${num(km, 1)} km`;
}

export function timeOfDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(tag(), { timeStyle: "short" }).format(d);
}

/** A price per unit as receipts write it: at least two decimals, at most four ("RM 0.80", "RM 0.075"). */
export function unitPrice(amount: string | number, currency = "MYR"): string {
  const prefix = currency === "MYR" ? "RM" : currency;
  return `${prefix} ${new Intl.NumberFormat(tag(), { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(Number(amount))}`;
}

export type ReceiptLineLike = { code: string; description: string; quantity: string | number; unit: string; unitPrice?: string | number | null; amount: Money };

/** A receipt line's quantity as a person writes it, through Intl ("12.345 kWh × RM 0.80/kWh", "8%"). */
export function receiptLineQuantity(line: ReceiptLineLike): string {
  const q = Number(line.quantity);
  if (line.unit === "rate") return new Intl.NumberFormat(tag(), { style: "percent", maximumFractionDigits: 2 }).format(q);
  if (line.unit === "") return "";
  if (line.unit === "session") return q === 1 ? translate(getLocale(), "receipt.oneSession") : translate(getLocale(), "receipt.sessions", { n: quantity(q, 0) });
  const text = `${quantity(q)} ${line.unit}`;
  return line.unitPrice === null || line.unitPrice === undefined ? text : `${text} × ${unitPrice(line.unitPrice, line.amount.currency)}/${line.unit}`;
}

/** How long ago a moment was, in the chosen language ("5 minutes ago", "5 minit lalu", "5分钟前");
 * under a minute is "now" in that language, or the seconds when they matter (the live screen). */
export function ago(at: number, now: number = Date.now(), unit: "seconds" | "minutes" = "minutes"): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  const rtf = new Intl.RelativeTimeFormat(tag(), { numeric: "auto" });
  if (seconds < 60) return unit === "seconds" && seconds >= 2 ? rtf.format(-seconds, "second") : rtf.format(0, "second");
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return rtf.format(-hours, "hour");
  return rtf.format(-Math.floor(hours / 24), "day");
}
