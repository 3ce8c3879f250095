// Access and refresh tokens, kept in localStorage so the app survives reloads and restarts.
const KEY = "plagsini.auth";

export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
}

type Listener = (tokens: Tokens | null) => void;
const listeners = new Set<Listener>();

export function getTokens(): Tokens | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

export function setTokens(tokens: Tokens | null): void {
  if (tokens) localStorage.setItem(KEY, JSON.stringify(tokens));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l(tokens));
}

export function onTokens(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function authHeader(): Record<string, string> {
  const t = getTokens();
  return t ? { Authorization: `Bearer ${t.accessToken}` } : {};
}
