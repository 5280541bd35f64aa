// Draws the two Teams app icons with Node only (zlib): `node manifest/teams/generate-icons.mjs`.
// color.png 192x192: a white lightning bolt on SEC blue. outline.png 32x32: the bolt in white on transparent.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BOLT = [[0.60, 0.06], [0.24, 0.56], [0.47, 0.56], [0.38, 0.94], [0.78, 0.40], [0.54, 0.40], [0.66, 0.06]];
const BLUE = [0x1f, 0x4e, 0x79];

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Fraction of a pixel covered by a shape, 4x4 supersampled. */
function coverage(size, px, py, test) {
  let n = 0;
  for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (test((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) n++;
  return n / 16;
}

function draw(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) pixel(x, y).forEach((v, i) => (row[1 + x * 4 + i] = Math.round(v)));
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => (buf.reduce((c, b) => CRC[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const bolt = (x, y) => inside(BOLT, x, y);
const color = draw(192, (x, y) => {
  const a = coverage(192, x, y, bolt);
  return [...BLUE.map((c) => c + (255 - c) * a), 255];
});
const outline = draw(32, (x, y) => [255, 255, 255, 255 * coverage(32, x, y, bolt)]);

const dir = new URL('.', import.meta.url);
writeFileSync(new URL('color.png', dir), color);
writeFileSync(new URL('outline.png', dir), outline);
console.log('wrote color.png (192x192) and outline.png (32x32)');
