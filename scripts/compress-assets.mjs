// Writes a brotli (.br) and a gzip (.gz) copy next to every compressible file of a front end's
// build, for the platform to serve as they are (plagsini/static.py): nothing is compressed per
// request. A copy that would not be smaller than the file is not written.
//   node ../scripts/compress-assets.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map|xml|wasm)$/;
const MIN_BYTES = 512;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const root = process.argv[2] ?? "dist";
let written = 0;
for (const path of files(root)) {
  if (/\.(br|gz)$/.test(path)) {
    unlinkSync(path); // a stale copy from an earlier build of the same folder
    continue;
  }
}
for (const path of files(root)) {
  if (!COMPRESSIBLE.test(path) || statSync(path).size < MIN_BYTES) continue;
  const data = readFileSync(path);
  const variants = [
    [".br", brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })],
    [".gz", gzipSync(data, { level: 9 })],
  ];
  for (const [suffix, packed] of variants) {
    if (packed.length >= data.length) continue;
    writeFileSync(path + suffix, packed);
    written += 1;
  }
}
console.log(`compress-assets: ${written} compressed copies written in ${root}`);
