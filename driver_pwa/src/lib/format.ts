import { formatIso, isBlank, MISSING, type MoneyLike as Money } from "@shared/format";

export type { Money };

export function money(m: Money | null | undefined): string {
  if (!m) return MISSING;
  const n = Number(m.amount);
  const prefix = m.currency === "MYR" ? "RM" : m.currency;
  return `${prefix} ${Number.isFinite(n) ? n.toFixed(2) : m.amount}`;
}

export function kwh(v: number | string | null | undefined, digits = 2): string {
  if (isBlank(v)) return MISSING;
  return `${Number(v).toFixed(digits)} kWh`;
}

export function kw(v: number | string | null | undefined): string {
  if (isBlank(v)) return MISSING;
  return `${Number(v).toFixed(1)} kW`;
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
  return formatIso(iso, (d) => d.toLocaleString("en-MY", { dateStyle: "medium", timeStyle: "short" }));
}

export function distance(km: number | null | undefined): string {
  if (km === null || km === undefined || !Number.isFinite(km)) return "";
  return km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`;
}
