// Draws the app icons (a neon-green plug bolt on the brand's dark background) as PNGs, with no
// dependencies: a tiny rasteriser plus zlib. Output: public/icons/{icon-192,icon-512,maskable-512}.png
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0)),
  ]);
}
// Lightning bolt polygon in unit coordinates.
const BOLT = [[0.56, 0.14], [0.3, 0.54], [0.48, 0.54], [0.42, 0.86], [0.7, 0.42], [0.52, 0.42], [0.6, 0.14]];
function inPoly(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function icon(maskable) {
  const scale = maskable ? 0.72 : 1; // keep the bolt inside the maskable safe zone
  return (u, v) => {
    const x = 0.5 + (u - 0.5) / scale, y = 0.5 + (v - 0.5) / scale;
    const d = Math.hypot(u - 0.5, v - 0.5);
    if (!maskable && d > 0.5) return [0, 0, 0, 0];
    if (inPoly(x, y, BOLT)) return [0, 255, 136, 255];
    const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.42);
    if (ring < 0.025) return [0, 217, 119, 255];
    return [10, 10, 26, 255];
  };
}
mkdirSync("public/icons", { recursive: true });
writeFileSync("public/icons/icon-192.png", png(192, icon(false)));
writeFileSync("public/icons/icon-512.png", png(512, icon(false)));
writeFileSync("public/icons/maskable-512.png", png(512, icon(true)));
// favicon.ico (a PNG inside an ICO container): browsers ask for /favicon.ico on pages without an icon link.
const fav = png(48, icon(false));
const ico = Buffer.alloc(22);
ico.writeUInt16LE(0, 0); // reserved
ico.writeUInt16LE(1, 2); // type: icon
ico.writeUInt16LE(1, 4); // one image
ico.writeUInt8(48, 6); // width
ico.writeUInt8(48, 7); // height
ico.writeUInt16LE(1, 10); // colour planes
ico.writeUInt16LE(32, 12); // bits per pixel
ico.writeUInt32LE(fav.length, 14);
ico.writeUInt32LE(22, 18); // offset of the image data
writeFileSync("public/favicon.ico", Buffer.concat([ico, fav]));
console.log("icons written to public/icons/ and public/favicon.ico");
