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

export default defineConfig({
  base: "/",
  plugins: [react(), serviceWorker()],
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
