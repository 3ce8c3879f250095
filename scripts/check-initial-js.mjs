// A front end's initial JavaScript: the entry chunk of index.html and every chunk it imports
// statically (what a browser must fetch before the first page shows), gzipped. Fails the build
// above the budget. Chunks loaded with import() (React.lazy screens, the map, the QR decoder,
// charts, GraphiQL) are not counted. Both front ends call it after `vite build` (with
// `build.manifest: true`), each with its own budget:
//   node ../scripts/check-initial-js.mjs <dist> <budget-kB> [name]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function initialChunks(manifest, entry = "index.html") {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
}

const dist = process.argv[2] ?? "dist";
const budget = Number(process.argv[3] ?? 150) * 1024;
const name = process.argv[4] ?? "The front end";
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const rows = initialChunks(manifest).map((file) => [file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length]);
const total = rows.reduce((sum, [, size]) => sum + size, 0);
for (const [file, size] of rows) console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`);
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (budget ${(budget / 1024).toFixed(0)} kB)`);
if (total > budget) {
  console.error(`${name}'s initial JavaScript is over its budget: load the new code lazily (React.lazy).`);
  process.exit(1);
}
