import { Client, fetchExchange, subscriptionExchange, mapExchange } from "urql";
import { cacheExchange } from "@urql/exchange-graphcache";
import { authExchange } from "@urql/exchange-auth";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { getAuth, setAuth } from "./auth/store";
import { RefreshMutation } from "./ops/auth";
import { print } from "graphql";

// Types without an `id` are embedded in their parent instead of normalized.
const EMBEDDED = [
  "PageInfo", "Money", "PlatformInfo", "DashboardStats", "DailyStat", "StatusCount", "MeterSample", "CostLine",
  "InvoiceSummary", "InvoiceSummaryRow", "CsvExport", "PlatformSettings", "AuthTokens", "ConfigurationKey",
  "Wallet", "WalletSummary", "OcppCommandPayload", "SessionProgress", "MeterReading", "ChargerStatusUpdate",
  "OcppMessageEvent", "FaultUpdate", "JobStatusChange", "ReceiptLine", "TopUpReconciliation", "GatewayEventRecord",
];
const keys = Object.fromEntries(EMBEDDED.map((t) => [t, () => null]));

export function graphqlHttpUrl(): string {
  return "/graphql";
}

export function graphqlWsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

/** Seconds until a JWT access token expires (from its `exp` claim); -Infinity when unreadable. */
export function secondsLeft(token: string, now: number = Date.now()): number {
  try {
    const part = token.split(".")[1] ?? "";
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "="));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp - now / 1000 : -Infinity;
  } catch {
    return -Infinity;
  }
}

// One refresh at a time, whoever asks (HTTP after UNAUTHENTICATED, or the WebSocket before it
// reconnects): refresh tokens rotate, and presenting one twice would end the sign-in.
let refreshing: Promise<boolean> | null = null;
function refreshOnce(run: () => Promise<boolean>): Promise<boolean> {
  refreshing ??= run().finally(() => (refreshing = null));
  return refreshing;
}

async function refreshOverHttp(): Promise<boolean> {
  const a = getAuth();
  if (!a?.refreshToken) return false;
  try {
    const res = await fetch(graphqlHttpUrl(), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: print(RefreshMutation), variables: { input: { refreshToken: a.refreshToken } } }),
    });
    const body = await res.json();
    const t = body?.data?.refreshToken?.tokens;
    if (!t?.accessToken) return false;
    setAuth({ ...a, accessToken: t.accessToken, refreshToken: t.refreshToken ?? a.refreshToken });
    return true;
  } catch {
    return false;
  }
}

/** The WebSocket's connection_init payload. The server closes a socket (4403) when its access token
 * expires or the sign-in is revoked; the client reconnects, and here refreshes an access token that
 * is about to expire first, so the new connection is accepted. */
async function wsConnectionParams(): Promise<Record<string, string>> {
  let a = getAuth();
  if (a?.refreshToken && secondsLeft(a.accessToken) < 30) {
    await refreshOnce(refreshOverHttp);
    a = getAuth();
  }
  return a ? { authorization: `Bearer ${a.accessToken}` } : {};
}

let ws: WsClient | null = null;
function wsClient(): WsClient {
  if (!ws) {
    ws = createWsClient({
      url: graphqlWsUrl(),
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: wsConnectionParams,
    });
  }
  return ws;
}

/** Reconnects the WebSocket so subscriptions use the current token (after login/refresh/logout). */
export function resetWs(): void {
  if (ws) {
    void ws.dispose();
    ws = null;
  }
}

export function makeClient(onSignedOut: () => void): Client {
  return new Client({
    url: graphqlHttpUrl(),
    requestPolicy: "cache-and-network",
    exchanges: [
      cacheExchange({ keys }),
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED") && !getAuth()) onSignedOut();
        },
      }),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const a = getAuth();
          return a ? utils.appendHeaders(operation, { Authorization: `Bearer ${a.accessToken}` }) : operation;
        },
        didAuthError(error) {
          return error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED") || error.response?.status === 401;
        },
        async refreshAuth() {
          const refreshed = await refreshOnce(async () => {
            const a = getAuth();
            if (!a?.refreshToken) return false;
            const r = await utils.mutate(RefreshMutation, { input: { refreshToken: a.refreshToken } });
            const p = r.data?.refreshToken;
            if (!p?.tokens?.accessToken) return false;
            setAuth({ ...a, accessToken: p.tokens.accessToken, refreshToken: p.tokens.refreshToken ?? a.refreshToken });
            return true;
          });
          if (refreshed) {
            resetWs();
          } else {
            setAuth(null);
            onSignedOut();
          }
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || "" };
          return {
            subscribe(sink) {
              const unsubscribe = wsClient().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
