import { localTokenStore } from "@shared/tokenStore";

// Access and refresh tokens, kept in localStorage so the app survives reloads and restarts.
const KEY = "plagsini.auth";

export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
}

const store = localTokenStore<Tokens>(KEY);
export const getTokens = store.get;
export const setTokens = store.set;
export const onTokens = store.subscribe;

export function authHeader(): Record<string, string> {
  const t = getTokens();
  return t ? { Authorization: `Bearer ${t.accessToken}` } : {};
}
