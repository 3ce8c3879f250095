// Tokens of the signed-in operator, kept in localStorage so a reload stays signed in.
export interface AuthUser {
  id: string;
  email?: string | null;
  name?: string | null;
  role?: string | null;
}
export interface AuthState {
  accessToken: string;
  refreshToken?: string | null;
  user?: AuthUser | null;
}

const KEY = "plagsini.admin.auth";
type Listener = (s: AuthState | null) => void;
const listeners = new Set<Listener>();

export function getAuth(): AuthState | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as AuthState) : null;
  } catch {
    return null;
  }
}

export function setAuth(state: AuthState | null): void {
  if (state) localStorage.setItem(KEY, JSON.stringify(state));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l(state));
}

export function subscribeAuth(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
