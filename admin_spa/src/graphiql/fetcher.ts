import { createClient, type Client } from "graphql-ws";
import { getOperationAST, parse, type DocumentNode, type ExecutionResult } from "graphql";
import type { Fetcher, FetcherParams } from "@graphiql/toolkit";

/** The header an API key (or a console session's access token) travels in. */
export const AUTH_HEADER = "Authorization";

export function httpUrl(): string {
  return new URL("/graphql", window.location.origin).toString();
}

export function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

/** The headers to send: the editor's JSON object, without an Authorization that carries no token. */
export function requestHeaders(given: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(given ?? {})) {
    if (typeof value !== "string") continue;
    if (name.toLowerCase() === AUTH_HEADER.toLowerCase() && !/^bearer\s+\S/i.test(value.trim())) continue;
    out[name] = value;
  }
  return out;
}

/** Whether the operation to run is a subscription; read from the query text being sent (the
 * editor's parsed document can lag behind its text by a keystroke). */
export function isSubscription(params: FetcherParams): boolean {
  let doc: DocumentNode;
  try {
    doc = parse(params.query);
  } catch {
    return false;
  }
  return getOperationAST(doc, params.operationName ?? undefined)?.operation === "subscription";
}

/**
 * Queries and mutations over HTTP POST; subscriptions over graphql-transport-ws (graphql-ws), whose
 * connection_init carries the same Authorization as the headers editor (one socket per identity).
 */
export function createFetcher(): Fetcher {
  let socket: { auth: string; client: Client } | null = null;
  const wsClient = (auth: string): Client => {
    if (socket?.auth !== auth) {
      void socket?.client.dispose();
      socket = { auth, client: createClient({ url: wsUrl(), lazy: true, connectionParams: auth ? { authorization: auth } : {} }) };
    }
    return socket.client;
  };
  return (params, opts) => {
    const headers = requestHeaders(opts?.headers);
    if (isSubscription(params)) {
      const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === AUTH_HEADER.toLowerCase())?.[1] ?? "";
      // GraphiQL shows formatted results as they come; its type names the server-side shape.
      return wsClient(auth).iterate({
        query: params.query,
        variables: params.variables ?? undefined,
        operationName: params.operationName ?? undefined,
      }) as unknown as AsyncIterable<ExecutionResult>;
    }
    return fetch(httpUrl(), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
      body: JSON.stringify(params),
    }).then((r) => r.json());
  };
}
