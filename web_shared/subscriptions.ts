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
