#!/usr/bin/env node
// Writes the add-in icons (assets/icon-16|32|64|80.png): a white "Г" on a rounded #0F6CBD square.
// PNG bytes are assembled by hand (signature, IHDR, IDAT, IEND) so no image library is needed.
// Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4; // per axis, for smooth rounded corners

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG with filter type 0 on every row. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0;
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** True when point (x, y) lies inside a square of side s with corners rounded by radius r. */
function insideRoundedSquare(x, y, s, r) {
  const cx = Math.min(Math.max(x, r), s - r);
  const cy = Math.min(Math.max(y, r), s - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function drawIcon(size) {
  const radius = size * 0.18;
  // The letter's bars snap to whole pixels so small sizes stay crisp.
  const px = (f) => Math.round(f * size);
  const stroke = Math.max(2, px(0.15));
  const left = px(0.3);
  const top = px(0.2);
  const bottom = size - px(0.2);
  const right = size - px(0.28);
  const inLetter = (x, y) =>
    (x >= left && x < left + stroke && y >= top && y < bottom) ||
    (x >= left && x < right && y >= top && y < top + stroke);

  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const fx = x + (sx + 0.5) / SUBSAMPLES;
          const fy = y + (sy + 0.5) / SUBSAMPLES;
          if (insideRoundedSquare(fx, fy, size, radius)) covered++;
        }
      }
      const colour = inLetter(x, y) ? WHITE : BLUE;
      const i = (y * size + x) * 4;
      rgba[i] = colour[0];
      rgba[i + 1] = colour[1];
      rgba[i + 2] = colour[2];
      rgba[i + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return encodePng(size, size, rgba);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
}
