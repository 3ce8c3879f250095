// Access-token refresh, shared by both front ends.

export interface TokenPair {
  accessToken: string;
  refreshToken?: string | null;
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
export function refreshOnce(run: () => Promise<boolean>): Promise<boolean> {
  refreshing ??= run().finally(() => (refreshing = null));
  return refreshing;
}

/** Trades a refresh token for new tokens with the `refreshToken` mutation (`query` is its text);
 * null when the server refuses it. Throws when the server cannot be reached. */
export async function fetchRefreshedTokens(url: string, query: string, refreshToken: string): Promise<TokenPair | null> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables: { input: { refreshToken } } }),
  });
  const body = await res.json();
  const tokens = body?.data?.refreshToken?.tokens;
  if (!tokens?.accessToken) return null;
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? refreshToken };
}

/** The WebSocket's connection_init payload. The server closes a socket (4403) when its access token
 * expires or the sign-in is revoked; the client reconnects, and here `refresh` renews an access
 * token that is about to expire first, so the new connection is accepted. */
export async function wsConnectionParams(
  current: () => TokenPair | null,
  refresh: () => Promise<unknown>,
): Promise<Record<string, string>> {
  let t = current();
  if (t?.refreshToken && secondsLeft(t.accessToken) < 30) {
    await refresh();
    t = current();
  }
  return t ? { authorization: `Bearer ${t.accessToken}` } : {};
}

/** How long signing out waits for the server to end the sign-in before it signs out on this device
 * anyway (a hanging network must not keep someone signed in on a shared screen). */
export const SIGN_OUT_WAIT_MS = 3000;

/** Waits for `revoke` (the logout request) at most `ms`; a failure or a timeout is not an error here:
 * the device forgets the tokens either way. */
export async function revokeWithin(revoke: Promise<unknown>, ms: number = SIGN_OUT_WAIT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([revoke.then(() => undefined, () => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
