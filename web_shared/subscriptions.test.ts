import { forwardOverWs, wsUrlFor } from "./subscriptions";

describe("forwardOverWs", () => {
  it("hands each subscription to the WebSocket client, with a query string, and passes unsubscribe back", () => {
    const sent: unknown[] = [];
    const stop = vi.fn();
    const ws = () => ({
      subscribe(payload: { query: string; variables?: object }, sink: string) {
        sent.push([payload, sink]);
        return stop;
      },
    });
    const forward = forwardOverWs<{ query?: string; variables?: object }, string>(ws);
    const { unsubscribe } = forward({ variables: { id: 1 } }).subscribe("sink");
    expect(sent).toEqual([[{ query: "", variables: { id: 1 } }, "sink"]]);
    unsubscribe();
    expect(stop).toHaveBeenCalledOnce();
  });
});

describe("wsUrlFor", () => {
  it("is the path on this page's host, over ws: for an http: page", () => {
    expect(window.location.protocol).toBe("http:");
    expect(wsUrlFor("/graphql")).toBe(`ws://${window.location.host}/graphql`);
  });
});
