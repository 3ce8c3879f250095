import { formatIso, isBlank, MISSING, type MoneyLike } from "@shared/format";

export type { MoneyLike };

export function money(m: MoneyLike | null | undefined): string {
  if (!m) return MISSING;
  const n = Number(m.amount);
  if (!Number.isFinite(n)) return `${m.amount} ${m.currency}`;
  return `${m.currency} ${n.toLocaleString("en-MY", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function dateTime(iso: string | null | undefined): string {
  return formatIso(iso, (d) =>
    d.toLocaleString("en-GB", { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }),
  );
}

export function timeOnly(iso: string | null | undefined): string {
  return formatIso(iso, (d) => d.toLocaleTimeString("en-GB"));
}

export function num(v: string | number | null | undefined, digits = 2): string {
  if (isBlank(v)) return MISSING;
  const n = Number(v);
  return Number.isFinite(n) ? n.toLocaleString("en-MY", { maximumFractionDigits: digits }) : String(v);
}

export function duration(fromIso: string | null | undefined, toIso?: string | null): string {
  if (!fromIso) return "—";
  const ms = (toIso ? new Date(toIso) : new Date()).getTime() - new Date(fromIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return "—";
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h ${m}m` : `${m}m ${s % 60}s`;
}

/** ISO date (YYYY-MM-DD) `days` ago, local time. */
export function isoDay(daysAgo = 0): string {
  const d = new Date(Date.now() - daysAgo * 86400000);
  return d.toISOString().slice(0, 10);
}
