import { Client, cacheExchange, fetchExchange, stringifyDocument, subscriptionExchange, type CombinedError } from "urql";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { getTokens, setTokens, onTokens } from "./auth";
import { reportNetwork } from "./online";
import { offlineExchange } from "./offline";
import { RefreshTokenDocument } from "../gql/graphql";
import { en, type Key } from "../i18n/en";
import { t } from "./i18n";
import { fetchRefreshedTokens, refreshOnce, wsConnectionParams } from "@shared/tokens";
import { forwardOverWs, RECONNECT_ALWAYS, wsUrlFor } from "@shared/subscriptions";

const GRAPHQL_PATH = "/graphql";

async function refreshTokens(): Promise<boolean> {
  const tokens = getTokens();
  if (!tokens?.refreshToken) return false;
  let renewed;
  try {
    renewed = await fetchRefreshedTokens(GRAPHQL_PATH, stringifyDocument(RefreshTokenDocument), tokens.refreshToken);
  } catch {
    return false;
  }
  setTokens(renewed && { accessToken: renewed.accessToken, refreshToken: renewed.refreshToken ?? null });
  return renewed !== null;
}

function isAuthFailure(body: unknown): boolean {
  const errors = (body as { errors?: { extensions?: { code?: string } }[] })?.errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

/** fetch for urql: adds the bearer token, refreshes it once on UNAUTHENTICATED, reports reachability. */
export const authFetch: typeof fetch = async (input, init) => {
  const send = () => {
    const headers = new Headers(init?.headers);
    const t = getTokens();
    if (t) headers.set("Authorization", `Bearer ${t.accessToken}`);
    return fetch(input, { ...init, headers });
  };
  let res: Response;
  try {
    res = await send();
  } catch (e) {
    // A request the app cancelled (the screen that asked was left) says nothing about the network.
    if (!init?.signal?.aborted && (e as Error)?.name !== "AbortError") reportNetwork(false);
    throw e;
  }
  reportNetwork(true);
  if (!getTokens()?.refreshToken) return res;
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  if (isAuthFailure(body)) {
    if (await refreshOnce(refreshTokens)) return send();
  }
  return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
};

let ws: WsClient | null = null;
/** Set while the WebSocket itself refreshes the tokens it is about to send (keeps the client alive). */
let wsRefreshing = false;

/** The WebSocket's sign-in payload; a refresh it makes itself keeps the connecting socket alive. */
const connectionParams = () =>
  wsConnectionParams(getTokens, async () => {
    wsRefreshing = true;
    try {
      await refreshOnce(refreshTokens);
    } finally {
      wsRefreshing = false;
    }
  });

export function wsClient(): WsClient {
  if (!ws) {
    ws = createWsClient({
      url: wsUrlFor(GRAPHQL_PATH),
      ...RECONNECT_ALWAYS,
      retryWait: async (retries) => {
        await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000)));
      },
      connectionParams,
      on: {
        connected: () => reportNetwork(true),
      },
    });
    // A new identity needs a new connection (auth is in connection_init).
    onTokens(() => {
      if (wsRefreshing) return; // the connecting socket sends the new token itself
      ws?.terminate();
      ws = null;
    });
  }
  return ws;
}

export function makeClient(): Client {
  return new Client({
    url: GRAPHQL_PATH,
    fetch: authFetch,
    requestPolicy: "cache-and-network",
    exchanges: [
      offlineExchange(),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({ forwardSubscription: forwardOverWs(wsClient) }),
    ],
  });
}

/** A message safe to show for a failed operation, in the driver's language; names missing server
 * features plainly. */
export function describeError(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  if (error.networkError) return t("error.network");
  const first = error.graphQLErrors[0];
  if (!first) return t("error.generic");
  if (/Cannot query field|Unknown type|Unknown argument/.test(first.message)) return t("error.notAvailable");
  const code = first.extensions?.code;
  return (typeof code === "string" && errorText(code)) || first.message || t("error.generic");
}

/** The text of an API error code in the driver's language, or null for a code the app does not know. */
export function errorText(code: string): string | null {
  const key = `error.${code}` as Key;
  return key in en ? t(key) : null;
}

export interface UserError {
  __typename?: string;
  code: string;
  message: string;
  field?: string | null;
}

/** The first error of a payload, translated from its code when the app knows it (else the server's). */
export function firstUserError(errors: UserError[] | null | undefined): string | null {
  return errors && errors.length ? (errorText(errors[0].code) ?? errors[0].message) : null;
}
