/// <reference types="vite/client" />

/**
 * Registers the service worker that keeps the app shell for offline reloads (production builds
 * only: the dev server has no /sw.js). Browsers allow service workers on https and localhost
 * only; on a plain-http intranet server a board still works offline while its page stays open,
 * it just cannot be reloaded without the network.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // A policy may forbid it; Werkraum then simply needs the network to load.
  })
}
