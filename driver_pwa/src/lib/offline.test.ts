import { cacheExchange, Client, fetchExchange, gql, type OperationResult } from "urql";
import { forgetKept, offlineExchange, savedAt } from "./offline";
import { reportNetwork } from "./online";
import { ago } from "./format";
import { setLocale } from "./i18n";

const WALLET = gql`
  query WalletBalance {
    me {
      id
    }
  }
`;

function fakeServer() {
  const server = { up: true, balance: "20.00", calls: 0 };
  const fetchFn: typeof fetch = async () => {
    server.calls++;
    if (!server.up) throw new TypeError("Failed to fetch");
    const body = { data: { me: { __typename: "User", id: server.balance } } };
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  };
  const client = () =>
    new Client({ url: "http://test/graphql", fetch: fetchFn, requestPolicy: "network-only", exchanges: [offlineExchange(), cacheExchange, fetchExchange] });
  return { server, client };
}

function watch(client: Client) {
  const results: OperationResult[] = [];
  const sub = client.query(WALLET, {}).subscribe((r) => results.push(r));
  return { results, last: () => results[results.length - 1], stop: () => sub.unsubscribe() };
}

beforeEach(() => {
  forgetKept();
  reportNetwork(true);
});

test("a kept answer is served with its age when the network fails, and replaced once it is back", async () => {
  const { server, client } = fakeServer();
  const first = watch(client());
  await vi.waitFor(() => expect(first.last()?.data?.me.id).toBe("20.00"));
  expect(savedAt(first.last())).toBeNull();
  first.stop();

  // Offline, a fresh app (nothing in memory): the kept answer, marked with when it was fetched.
  server.up = false;
  server.balance = "30.00";
  const offline = watch(client());
  await vi.waitFor(() => expect(offline.last()?.data?.me.id).toBe("20.00"));
  expect(offline.last().error).toBeUndefined();
  expect(savedAt(offline.last())).toBeGreaterThan(Date.now() - 60_000);

  // Back online: the app notices (a request or the WebSocket got through) and the query runs again.
  reportNetwork(false);
  server.up = true;
  reportNetwork(true);
  await vi.waitFor(() => expect(offline.last()?.data?.me.id).toBe("30.00"));
  expect(savedAt(offline.last())).toBeNull();
  offline.stop();
});

test("a failed query retries with backoff by itself while its screen is open", async () => {
  const { server, client } = fakeServer();
  server.up = false;
  const w = watch(client());
  await vi.waitFor(() => expect(w.last()?.error?.networkError).toBeTruthy());
  expect(w.last().data).toBeUndefined(); // nothing kept: the error shows
  server.up = true; // nothing tells the app; the retry timer finds out
  await vi.waitFor(() => expect(w.last()?.data?.me.id).toBe("20.00"), { timeout: 4000 });
  w.stop();
});

test("nothing is kept after signing out", async () => {
  const { client } = fakeServer();
  const w = watch(client());
  await vi.waitFor(() => expect(w.last()?.data).toBeTruthy());
  w.stop();
  expect(Object.keys(localStorage).some((k) => k.startsWith("plagsini.kept."))).toBe(true);
  forgetKept();
  expect(Object.keys(localStorage).some((k) => k.startsWith("plagsini.kept."))).toBe(false);
});

test("the age is written in the driver's language", () => {
  const now = Date.now();
  setLocale("en");
  expect(ago(now - 5 * 60_000, now)).toBe("5 minutes ago");
  setLocale("ms");
  expect(ago(now - 5 * 60_000, now)).toBe("5 minit lalu");
  setLocale("zh");
  expect(ago(now - 5 * 60_000, now)).toBe("5分钟前");
  setLocale("en");
  expect(ago(now - 10_000, now, "seconds")).toBe("10 seconds ago");
});
