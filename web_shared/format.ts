// Formatting rules both front ends keep the same way: a dash for what is missing.

export const MISSING = "—";

export function isBlank(v: string | number | null | undefined): v is null | undefined | "" {
  return v === null || v === undefined || v === "";
}

/** `render(date)` for an ISO timestamp; a dash when there is none, the text itself when it is no date. */
export function formatIso(iso: string | null | undefined, render: (d: Date) => string): string {
  if (!iso) return MISSING;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : render(d);
}

/** An amount of money as the API sends it (a decimal string) or as a page computes it. */
export interface MoneyLike {
  amount: string | number;
  currency: string;
}
