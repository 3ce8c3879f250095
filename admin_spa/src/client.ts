import { Client, fetchExchange, subscriptionExchange, mapExchange } from "urql";
import { cacheExchange } from "@urql/exchange-graphcache";
import { authExchange } from "@urql/exchange-auth";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { getAuth, setAuth } from "./auth/store";
import { RefreshMutation } from "./ops/auth";
import { print } from "graphql";
import { fetchRefreshedTokens, refreshOnce, wsConnectionParams } from "@shared/tokens";
import { forwardOverWs, RECONNECT_ALWAYS, wsUrlFor } from "@shared/subscriptions";

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
  return wsUrlFor(graphqlHttpUrl());
}

async function refreshOverHttp(): Promise<boolean> {
  const a = getAuth();
  if (!a?.refreshToken) return false;
  try {
    const tokens = await fetchRefreshedTokens(graphqlHttpUrl(), print(RefreshMutation), a.refreshToken);
    if (!tokens) return false;
    setAuth({ ...a, ...tokens });
    return true;
  } catch {
    return false;
  }
}

const connectionParams = () => wsConnectionParams(getAuth, () => refreshOnce(refreshOverHttp));

let ws: WsClient | null = null;
function wsClient(): WsClient {
  if (!ws) {
    ws = createWsClient({ url: graphqlWsUrl(), ...RECONNECT_ALWAYS, connectionParams });
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
          const refreshed = await refreshOnce(refreshOverHttp);
          if (refreshed) {
            resetWs();
          } else {
            setAuth(null);
            onSignedOut();
          }
        },
      })),
      fetchExchange,
      subscriptionExchange({ forwardSubscription: forwardOverWs(wsClient) }),
    ],
  });
}
