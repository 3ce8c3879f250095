import { act, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { Client, Provider, cacheExchange, fetchExchange } from "urql";
import { furthestRequest, furthestSessionStatus } from "../graphql/types";
import { TopUpReturn, topUpReturnUrl } from "../screens/Wallet";

/** A real urql client whose server always answers `topUp` with `status`; counts the requests. */
function fakeServer(status: string) {
  const calls = { n: 0 };
  const client = new Client({
    url: "http://app.test/graphql",
    exchanges: [cacheExchange, fetchExchange],
    fetch: async () => {
      calls.n++;
      const topUp = { __typename: "TopUp", id: "VG9wVXA6MQ==", status, failureReason: null, amount: { __typename: "Money", amount: "50.00", currency: "MYR" } };
      return new Response(JSON.stringify({ data: { topUp } }), { headers: { "Content-Type": "application/json" } });
    },
  });
  return { client, calls };
}

function renderReturn(client: Client) {
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={["/wallet/return?topUp=VG9wVXA6MQ%3D%3D&status=succeeded"]}>
        <TopUpReturn pollMs={50} timeoutMs={800} />
      </MemoryRouter>
    </Provider>,
  );
}

const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

describe("top-up return page", () => {
  it("shows the credited top-up", async () => {
    const { client } = fakeServer("SUCCEEDED");
    renderReturn(client);
    expect(await screen.findByText(/Payment received/)).toBeInTheDocument();
  });

  it("polls while pending, then stops with a clear message", async () => {
    const { client, calls } = fakeServer("PENDING");
    renderReturn(client);
    expect(await screen.findByText(/Waiting for the payment confirmation/)).toBeInTheDocument();
    await waitFor(() => expect(calls.n).toBeGreaterThanOrEqual(3), { timeout: 1000 });
    expect(await screen.findByText(/haven't received the confirmation/, undefined, { timeout: 2000 })).toBeInTheDocument();
    const after = calls.n;
    await sleep(200);
    expect(calls.n).toBe(after); // no more polling after the timeout
    act(() => screen.getByText("Check again").click());
    expect(await screen.findByText(/Waiting for the payment confirmation/)).toBeInTheDocument();
  });

  it("returns to this app's own origin", () => {
    expect(topUpReturnUrl("https://app.plagsini.my")).toBe("https://app.plagsini.my/wallet/return");
  });
});

describe("live and polled state", () => {
  it("never lets a stale subscription value hide a later polled state", () => {
    const accepted = { status: "Accepted", n: "live" };
    const started = { status: "STARTED", n: "poll" };
    expect(furthestRequest(accepted, started)).toBe(started);
    expect(furthestRequest(started, accepted)).toBe(started);
    expect(furthestRequest(null, accepted)).toBe(accepted);
    expect(furthestRequest({ status: "TimedOut" }, { status: "Requested" })?.status).toBe("TimedOut");
    expect(furthestSessionStatus("Active", "COMPLETED")).toBe("COMPLETED");
    expect(furthestSessionStatus("Completed", "ACTIVE")).toBe("Completed");
    expect(furthestSessionStatus(undefined, "ACTIVE")).toBe("ACTIVE");
    expect(furthestSessionStatus(undefined, undefined)).toBe("");
  });
});
