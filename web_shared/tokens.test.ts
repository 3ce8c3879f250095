import { refreshOnce, revokeWithin, secondsLeft, wsConnectionParams, type TokenPair } from "./tokens";

const jwt = (claims: object) =>
  ["x", btoa(JSON.stringify(claims)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""), "sig"].join(".");

describe("access token expiry", () => {
  it("reads the seconds left from the access token's exp", () => {
    expect(secondsLeft(jwt({ exp: 1_000 }), 990_000)).toBe(10);
    expect(secondsLeft(jwt({ exp: 1_000 }), 1_010_000)).toBe(-10);
  });
  it("treats an unreadable token as expired", () => {
    expect(secondsLeft("not-a-jwt")).toBe(-Infinity);
    expect(secondsLeft(jwt({ sub: "1" }))).toBe(-Infinity);
  });
});

describe("refreshOnce", () => {
  it("runs one refresh for callers that ask at the same time, and a new one afterwards", async () => {
    let runs = 0;
    let finish: (ok: boolean) => void = () => {};
    const run = () => {
      runs += 1;
      return new Promise<boolean>((resolve) => (finish = resolve));
    };
    const first = refreshOnce(run);
    const second = refreshOnce(run);
    finish(true);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(runs).toBe(1);
    const third = refreshOnce(run);
    finish(false);
    expect(await third).toBe(false);
    expect(runs).toBe(2);
  });
});

describe("wsConnectionParams", () => {
  it("refreshes a token about to expire before sending it", async () => {
    let tokens: TokenPair = { accessToken: jwt({ exp: Date.now() / 1000 + 5 }), refreshToken: "r1" };
    const fresh = jwt({ exp: Date.now() / 1000 + 900 });
    const params = await wsConnectionParams(
      () => tokens,
      async () => (tokens = { accessToken: fresh, refreshToken: "r2" }),
    );
    expect(params).toEqual({ authorization: `Bearer ${fresh}` });
  });
  it("sends a token with time left as it is, and nothing when signed out", async () => {
    const token = jwt({ exp: Date.now() / 1000 + 900 });
    const refresh = vi.fn(async () => undefined);
    expect(await wsConnectionParams(() => ({ accessToken: token, refreshToken: "r" }), refresh)).toEqual({
      authorization: `Bearer ${token}`,
    });
    expect(await wsConnectionParams(() => null, refresh)).toEqual({});
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("revokeWithin", () => {
  it("returns when the logout answers or fails", async () => {
    await revokeWithin(Promise.resolve({ data: {} }), 1000);
    await revokeWithin(Promise.reject(new Error("offline")), 1000);
  });
  it("stops waiting for a logout that never answers once the wait is over", async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const waiting = revokeWithin(new Promise(() => {}), 3000).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(2999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
