// The console's initial JavaScript: the entry chunk of index.html and every chunk it imports
// statically (what a browser must fetch before the first page shows), gzipped. Fails the build
// above the budget. Pages, charts and GraphiQL are dynamic imports and are not counted.
//   node scripts/check-initial-js.mjs [dist] [budget-kB]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = Number(process.argv[3] ?? 150) * 1024;
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

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

const rows = initialChunks(manifest).map((file) => [file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length]);
const total = rows.reduce((sum, [, size]) => sum + size, 0);
for (const [file, size] of rows) console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`);
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (budget ${(budget / 1024).toFixed(0)} kB)`);
if (total > budget) {
  console.error(`The console's initial JavaScript is over its budget: load the new code lazily (React.lazy).`);
  process.exit(1);
}
