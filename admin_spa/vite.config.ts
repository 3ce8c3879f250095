/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// Code both front ends share (web_shared/README.md).
const shared = fileURLToPath(new URL("../web_shared", import.meta.url));

// Served by the platform at /admin/ (index.html fallback for client routes). graphiql.html is a
// second page, GraphiQL alone, that the platform serves on GET /graphql. The manifest lets the
// build check (scripts/check-initial-js.mjs) measure what the console loads before any route.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  resolve: { alias: { "@shared": shared } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    manifest: true,
    rollupOptions: { input: { main: "index.html", graphiql: "graphiql.html" } },
  },
  server: {
    fs: { allow: [".", shared] },
    proxy: {
      "/graphql": { target: process.env.PLAGSINI_URL ?? "http://localhost:8000", ws: true },
    },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test-setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "../web_shared/**/*.test.ts"],
    css: false,
  },
});
