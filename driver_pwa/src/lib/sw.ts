// Registers /sw.js (built by vite.config.ts) in production builds.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      /* not fatal: the app works without offline support */
    });
  });
}

/** Resolves once the page is controlled by the service worker (or after `timeoutMs`, or at once without one). */
export function serviceWorkerControlled(timeoutMs = 4000): Promise<boolean> {
  if (!import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return Promise.resolve(false);
  if (navigator.serviceWorker.controller) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (v: boolean) => {
      navigator.serviceWorker.removeEventListener("controllerchange", onChange);
      resolve(v);
    };
    const onChange = () => done(true);
    navigator.serviceWorker.addEventListener("controllerchange", onChange);
    setTimeout(() => done(!!navigator.serviceWorker.controller), timeoutMs);
  });
}
