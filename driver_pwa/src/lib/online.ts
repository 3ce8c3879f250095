import { useSyncExternalStore } from "react";

// Online state: the browser's navigator.onLine, plus "the server could not be reached" reported by
// the GraphQL client when a request fails at the network level.
let serverUnreachable = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function reportNetwork(ok: boolean): void {
  if (serverUnreachable === !ok) return;
  serverUnreachable = !ok;
  emit();
}

function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener("online", l);
  window.addEventListener("offline", l);
  return () => {
    listeners.delete(l);
    window.removeEventListener("online", l);
    window.removeEventListener("offline", l);
  };
}

/** Calls `l` whenever the app's idea of being online changes (a request or the WebSocket got through
 * or failed, or the browser went on- or offline). Returns the unsubscribe function. */
export const onNetworkChange = (l: () => void): (() => void) => subscribe(l);

export function isOffline(): boolean {
  return (typeof navigator !== "undefined" && navigator.onLine === false) || serverUnreachable;
}

export function useOffline(): boolean {
  return useSyncExternalStore(subscribe, isOffline, () => false);
}
