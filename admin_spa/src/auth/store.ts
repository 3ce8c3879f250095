import { localTokenStore } from "@shared/tokenStore";

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

const store = localTokenStore<AuthState>("plagsini.admin.auth");
export const getAuth = store.get;
export const setAuth = store.set;
export const subscribeAuth = store.subscribe;
