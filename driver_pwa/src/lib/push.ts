import type { Client } from "urql";
import { PushConfigDocument, SubscribePushDocument } from "../gql/graphql";

/** Web Push in this browser: supported, and what the driver decided. */
export type PushState = "unsupported" | "default" | "granted" | "denied";

const ASKED = "plagsini.push.asked";

export function pushState(): PushState {
  if (typeof window === "undefined" || !("Notification" in window) || !("serviceWorker" in navigator) || !("PushManager" in window)) return "unsupported";
  return Notification.permission as PushState;
}

function declinedInApp(): boolean {
  try {
    return localStorage.getItem(ASKED) === "later";
  } catch {
    return false;
  }
}

/** Whether to offer notifications now: supported, not declined in the app before, and either not
 * decided in the browser yet or allowed without this browser being subscribed (a lost subscription). */
export async function shouldOffer(): Promise<boolean> {
  const state = pushState();
  if (state === "unsupported" || state === "denied" || declinedInApp()) return false;
  if (state === "default") return true;
  const registration = await navigator.serviceWorker.getRegistration();
  return !(registration && (await registration.pushManager.getSubscription()));
}

export function offerLater(): void {
  try {
    localStorage.setItem(ASKED, "later");
  } catch {
    /* storage blocked */
  }
}

function keyBytes(base64url: string): Uint8Array {
  const s = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(s + "=".repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

function b64url(buf: ArrayBuffer | null): string {
  if (!buf) return "";
  let s = "";
  new Uint8Array(buf).forEach((b) => (s += String.fromCharCode(b)));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Ask the browser (the driver's decision), subscribe with the platform's key and register the
 * subscription. Resolves to the resulting state. */
export async function enablePush(client: Client): Promise<PushState> {
  if (pushState() === "unsupported") return "unsupported";
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return permission as PushState;
  const config = await client.query(PushConfigDocument, {}).toPromise();
  const key = config.data?.pushConfig.vapidPublicKey;
  if (!key) throw new Error("no push key");
  const registration = await navigator.serviceWorker.ready;
  const sub =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) as BufferSource }));
  const r = await client
    .mutation(SubscribePushDocument, { input: { endpoint: sub.endpoint, p256dh: b64url(sub.getKey("p256dh")), auth: b64url(sub.getKey("auth")) } })
    .toPromise();
  if (!r.data?.subscribePush.subscribed) throw new Error("subscription refused");
  return "granted";
}
