import { useEffect, useState } from "react";
import { getTokens, onTokens, type Tokens } from "./auth";

export function useTokens(): Tokens | null {
  const [tokens, set] = useState(getTokens);
  useEffect(() => onTokens(set), []);
  return tokens;
}

// The running session and the pending start request are remembered so that a reload or an app
// restart finds them again (the server remains the source of truth: the screens re-query it).
const ACTIVE = "plagsini.activeSession";
const REQUEST = "plagsini.pendingRequest";

export const remembered = {
  session: () => localStorage.getItem(ACTIVE),
  setSession: (id: string | null) => (id ? localStorage.setItem(ACTIVE, id) : localStorage.removeItem(ACTIVE)),
  request: () => localStorage.getItem(REQUEST),
  setRequest: (id: string | null) => (id ? localStorage.setItem(REQUEST, id) : localStorage.removeItem(REQUEST)),
};

export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
