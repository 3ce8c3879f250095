import { getOperationName, makeOperation, mapExchange, stringifyVariables, type Client, type Exchange, type Operation, type OperationResult } from "urql";
import { onTokens } from "./auth";
import { isOffline, onNetworkChange } from "./online";

// Truthful on a weak network. The last answers to the queries a driver needs in a car park (stations,
// wallet, history, receipts, the current session) are kept on the device; when the network fails, the
// screen gets the kept answer marked with when it was fetched ("updated N min ago") instead of an
// error. Every query that failed at the network level is retried with backoff (1 s, 2 s, 4 s, then
// every 8 s) while its screen is open, and at once when the network is seen again, so a screen
// recovers by itself. Mutations are never retried (a payment or a start must not happen twice).

/** The queries kept on the device, by operation name. */
export const KEPT_QUERIES = new Set([
  "Stations",
  "Station",
  "MyFavouriteAndRecentStations",
  "Me",
  "WalletBalance",
  "WalletTransactions",
  "MySessions",
  "SessionHistory",
  "SessionReceipt",
  "ActiveSession",
  "ChargingSessionQuery",
]);

const PREFIX = "plagsini.kept.";
/** At most this many answers are kept (the oldest go first): a phone's storage is small. */
const MAX_KEPT = 40;
export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];

interface Kept {
  at: number;
  data: unknown;
}

function storageKey(op: Operation): string | null {
  // A persisted document has no text to read a name from: it is not kept.
  const name = "definitions" in op.query ? getOperationName(op.query) : null;
  return name && KEPT_QUERIES.has(name) ? `${PREFIX}${name}:${stringifyVariables(op.variables ?? {})}` : null;
}

function keptKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(PREFIX)) keys.push(k);
  }
  return keys;
}

function read(key: string): Kept | null {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? "null") as Kept | null;
    return v && typeof v.at === "number" ? v : null;
  } catch {
    return null;
  }
}

function write(key: string, data: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify({ at: Date.now(), data }));
    const keys = keptKeys();
    if (keys.length > MAX_KEPT) {
      const byAge = keys.map((k) => [k, read(k)?.at ?? 0] as const).sort((a, b) => a[1] - b[1]);
      for (const [k] of byAge.slice(0, keys.length - MAX_KEPT)) localStorage.removeItem(k);
    }
  } catch {
    /* storage full or blocked: nothing is kept */
  }
}

/** Forgets everything kept (signing out: the next driver on this phone must not see it). */
export function forgetKept(): void {
  try {
    for (const k of keptKeys()) localStorage.removeItem(k);
  } catch {
    /* storage blocked */
  }
}

/** When the answer a screen shows was fetched, if it is a kept one shown because the network failed. */
export function savedAt(result: { extensions?: Record<string, unknown> } | undefined): number | null {
  const at = result?.extensions?.keptAt;
  return typeof at === "number" ? at : null;
}

function isNetworkFailure(result: OperationResult): boolean {
  return !!result.error?.networkError;
}

/** The urql exchange; goes before the cache exchange so that answers it serves are not taken as fresh. */
export function offlineExchange(): Exchange {
  return (input) => {
    const client: Client = input.client;
    const failed = new Map<number, { op: Operation; attempt: number; timer: ReturnType<typeof setTimeout> | null }>();

    const rerun = (key: number) => {
      const entry = failed.get(key);
      if (!entry) return;
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
      client.reexecuteOperation(makeOperation(entry.op.kind, entry.op, { ...entry.op.context, requestPolicy: "network-only" }));
    };
    const schedule = (op: Operation) => {
      const entry = failed.get(op.key) ?? { op, attempt: 0, timer: null };
      if (entry.timer) clearTimeout(entry.timer);
      const delay = RETRY_DELAYS_MS[Math.min(entry.attempt, RETRY_DELAYS_MS.length - 1)];
      entry.op = op;
      entry.attempt += 1;
      entry.timer = setTimeout(() => rerun(op.key), delay);
      failed.set(op.key, entry);
    };
    const forget = (key: number) => {
      const entry = failed.get(key);
      if (entry?.timer) clearTimeout(entry.timer);
      failed.delete(key);
    };
    // The network is back (a request or the WebSocket got through, or the browser says online):
    // every failed query tries again now, not at its next backoff step.
    onNetworkChange(() => {
      if (!isOffline()) for (const key of [...failed.keys()]) rerun(key);
    });

    return mapExchange({
      onOperation(op) {
        if (op.kind === "teardown") forget(op.key);
      },
      onResult(result) {
        const op = result.operation;
        if (op.kind !== "query") return result;
        const key = storageKey(op);
        if (isNetworkFailure(result)) {
          schedule(op);
          const kept = key ? read(key) : null;
          if (!kept) return result;
          return { ...result, data: kept.data, error: undefined, stale: true, extensions: { ...result.extensions, keptAt: kept.at } };
        }
        forget(op.key);
        if (key && result.data && !result.error && op.context.meta?.cacheOutcome !== "hit") write(key, result.data);
        return result;
      },
    })(input);
  };
}

// Signing out forgets what was kept for the driver who was signed in.
onTokens((tokens) => {
  if (!tokens) forgetKept();
});
