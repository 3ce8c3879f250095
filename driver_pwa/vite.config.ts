/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";

// Code both front ends share (web_shared/README.md).
const shared = fileURLToPath(new URL("../web_shared", import.meta.url));

/** Emits dist/sw.js from sw/sw.template.js with the list of files of this build to precache. */
function serviceWorker(): Plugin {
  return {
    name: "plagsini-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const publicFiles = ["manifest.webmanifest", ...readdirSync("public/icons").map((f) => `icons/${f}`)];
      const files = ["/", "/index.html", ...publicFiles.map((f) => `/${f}`)];
      for (const name of Object.keys(bundle)) {
        if (name.endsWith(".map") || name === "index.html") continue;
        files.push(`/${name}`);
      }
      const version = createHash("sha256").update(files.sort().join("\n")).digest("hex").slice(0, 12);
      const source = readFileSync("sw/sw.template.js", "utf8")
        .replace("__PRECACHE__", JSON.stringify(files))
        .replace("__VERSION__", version);
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}

/** The lazily loaded screen of each route (App.tsx's React.lazy imports), by path prefix: index.html
 * asks for the screen's chunk (and the chunks it imports) as a modulepreload at once, so the route's
 * code downloads alongside the main bundle instead of after it has run. */
const ROUTE_SCREENS: [RegExp, string][] = [
  [/^\/c\/[^/]+\/report/, "src/screens/Report.tsx"],
  [/^\/c\//, "src/screens/Charger.tsx"],
  [/^\/(charging|receipt|history)(\/|$)/, "src/screens/Live.tsx"],
  [/^\/find(\/|$)/, "src/screens/Find.tsx"],
  [/^\/scan(\/|$)/, "src/screens/Scan.tsx"],
  [/^\/(wallet|payment-methods)(\/|$)/, "src/screens/Wallet.tsx"],
  [/^\/(rewards|membership)(\/|$)/, "src/screens/Rewards.tsx"],
  [/^\/(profile|vehicles|invite|faq|contact)(\/|$)/, "src/screens/Profile.tsx"],
];

/** The first paint needs no download but index.html: the entry stylesheet (a few kB) is inlined as a
 * <style> instead of a render-blocking <link>, and a small inline script preloads the current route's
 * screen chunk (ROUTE_SCREENS). The server's Content-Security-Policy hashes both inline blocks. */
function fastFirstPaint(): Plugin {
  return {
    name: "plagsini-fast-first-paint",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        html = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (!asset || asset.type !== "asset") return tag;
          return `<style>${String(asset.source).trim()}</style>`;
        });
        const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
        const byModule = new Map(chunks.map((c) => [c.facadeModuleId ?? "", c]));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry);
        const initial = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const withImports = (file: string, seen = new Set<string>()): string[] => {
          if (seen.has(file) || initial.has(file)) return [];
          seen.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) withImports(imported, seen);
          return [...seen];
        };
        const routes = ROUTE_SCREENS.map(([pattern, source]) => {
          const chunk = [...byModule.entries()].find(([id]) => id.endsWith(source))?.[1];
          if (!chunk) throw new Error(`fastFirstPaint: no chunk for ${source}`);
          return [pattern.source, withImports(chunk.fileName).map((f) => `/${f}`)];
        });
        const script =
          `(function(r,p){for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){` +
          `r[i][1].forEach(function(f){var l=document.createElement("link");l.rel="modulepreload";` +
          `l.crossOrigin="";l.href=f;document.head.appendChild(l)});break}})(${JSON.stringify(routes)},location.pathname)`;
        return html.replace("</title>", `</title>\n    <script>${script}</script>`);
      },
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [react(), serviceWorker(), fastFirstPaint()],
  resolve: { alias: { "@shared": shared } },
  // The manifest lets the build check (../scripts/check-initial-js.mjs) measure the initial download.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 900, manifest: true },
  server: {
    fs: { allow: [".", shared] },
    proxy: { "/graphql": { target: "http://127.0.0.1:8000", ws: true } },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "../web_shared/**/*.test.ts"],
    css: false,
  },
});
