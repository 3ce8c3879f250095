// urql's subscriptionExchange forwards each subscription to the graphql-ws client (typed
// structurally: this folder imports no npm package).

interface SubscriptionRequest {
  query?: string;
}

interface WsSubscriber<Request, Sink> {
  subscribe(payload: Request & { query: string }, sink: Sink): () => void;
}

/** The `forwardSubscription` option of urql's subscriptionExchange, over the client `ws()` returns. */
export function forwardOverWs<Request extends SubscriptionRequest, Sink>(
  ws: () => WsSubscriber<NoInfer<Request>, NoInfer<Sink>>,
) {
  return (request: Request) => {
    const input = { ...request, query: request.query || "" };
    return {
      subscribe(sink: Sink) {
        const unsubscribe = ws().subscribe(input, sink);
        return { unsubscribe };
      },
    };
  };
}

/** The WebSocket URL of `path` on this page's host (wss: when the page is https:). */
export function wsUrlFor(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${path}`;
}

/** graphql-ws client options both front ends use: connect at the first subscription, and never
 * stop reconnecting (a signed-in page waits for the platform to come back). */
export const RECONNECT_ALWAYS = { lazy: true, retryAttempts: Infinity, shouldRetry: () => true } as const;
