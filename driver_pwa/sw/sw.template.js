/* PlagSini driver app service worker (generated at build time from sw/sw.template.js).
 * - precaches the app shell (index.html, the hashed JS/CSS of this build, manifest, icons);
 * - navigations: network first, falling back to the cached shell (the app then shows its offline notice);
 * - built assets: cache first; map tiles: network, then cache, else a network error (never a stand-in
 *   tile: the map must notice that tiles fail and say so);
 * - GraphQL and everything else: straight to the network, never cached. */
const VERSION = "__VERSION__";
const SHELL_CACHE = `plagsini-shell-${VERSION}`;
const TILE_CACHE = "plagsini-tiles-v1";
const PRECACHE = __PRECACHE__;
const MAX_TILES = 300;
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith("plagsini-shell-") && k !== SHELL_CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

// Map tiles: images from another origin. The page's Content-Security-Policy lets images come only from
// this origin and the configured tile server (MAP_TILE_URL), so that is what these are.
function isTile(request, url) {
  return request.destination === "image" && url.origin !== self.location.origin;
}

async function trimTiles() {
  const cache = await caches.open(TILE_CACHE);
  const keys = await cache.keys();
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_TILES))) await cache.delete(k);
}

async function tile(request) {
  try {
    const response = await fetch(request);
    if (response.ok || response.type === "opaque") {
      const cache = await caches.open(TILE_CACHE);
      await cache.put(request, response.clone());
      trimTiles();
    }
    return response;
  } catch {
    // Unreachable tile server or no network: a tile seen before still shows; any other tile fails as
    // it would without this worker, so the map's tile error tells the driver.
    const cached = await caches.match(request);
    return cached || Response.error();
  }
}

async function navigation(request) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(SHELL_CACHE);
    return (await cache.match("/index.html")) || (await cache.match("/")) || Response.error();
  }
}

async function asset(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  return fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (isTile(request, url)) {
    event.respondWith(tile(request));
    return;
  }
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/graphql") || url.pathname.startsWith("/admin") || url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate") {
    event.respondWith(navigation(request));
    return;
  }
  if (PRECACHE.includes(url.pathname)) event.respondWith(asset(request));
});

self.addEventListener("message", (event) => {
  if (event.data === "version" && event.source) event.source.postMessage({ version: VERSION });
});

// Web Push: the platform's notifications (charging started/stopped and why, low balance, a charger
// free). The payload is {title, body, url, tag, kind, data}, already in the driver's language.
self.addEventListener("push", (event) => {
  let note = {};
  try {
    note = event.data ? event.data.json() : {};
  } catch {
    note = { title: "PlagSini", body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(
    self.registration.showNotification(note.title || "PlagSini", {
      body: note.body || "",
      tag: note.tag || undefined,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: note.url || "/", kind: note.kind, ...(note.data || {}) },
    }),
  );
});

// Opening a notification focuses the app (or opens it) on the page the notification is about.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || "/", self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (w.url.startsWith(self.location.origin) && "focus" in w) return w.navigate(url).then((c) => (c || w).focus());
      }
      return self.clients.openWindow(url);
    }),
  );
});
