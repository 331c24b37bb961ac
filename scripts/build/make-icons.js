#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80.png): a navy rounded square with three
// rising bars, the tallest in gold — a performance report at a glance. Bars sit on whole
// pixels so the 16 px ribbon icon stays sharp; only the rounded corners are anti-aliased.
// Run `node scripts/build/make-icons.js` after changing the drawing; the PNGs are committed
// and test/build/manifest.test.ts checks they match this script's output.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
const NAVY_TOP = [0x1f, 0x4e, 0x82];
const NAVY_BOTTOM = [0x12, 0x2e, 0x52];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf2, 0xb6, 0x32];
const SUPERSAMPLE = 4;

/** Coverage (0..1) of pixel (x, y) by a rounded square inset by `inset` with corner radius `r`. */
function roundedSquareCoverage(x, y, size, inset, r) {
  let inside = 0;
  for (let i = 0; i < SUPERSAMPLE; i++) {
    for (let j = 0; j < SUPERSAMPLE; j++) {
      const px = x + (i + 0.5) / SUPERSAMPLE;
      const py = y + (j + 0.5) / SUPERSAMPLE;
      const lo = inset + r;
      const hi = size - inset - r;
      const dx = Math.max(lo - px, 0, px - hi);
      const dy = Math.max(lo - py, 0, py - hi);
      if (px >= inset && px <= size - inset && py >= inset && py <= size - inset && dx * dx + dy * dy <= r * r) {
        inside++;
      }
    }
  }
  return inside / (SUPERSAMPLE * SUPERSAMPLE);
}

/** Three bars as whole-pixel rectangles [x0, y0, x1, y1) with their colours. */
function bars(size) {
  const width = Math.max(2, Math.round(size * 0.16));
  const gap = Math.max(1, Math.round(size * 0.07));
  const left = Math.round((size - (3 * width + 2 * gap)) / 2);
  const bottom = size - Math.max(3, Math.round(size * 0.2));
  const room = bottom - Math.max(3, Math.round(size * 0.2));
  return [0.45, 0.7, 1].map((share, k) => {
    const x0 = left + k * (width + gap);
    return { rect: [x0, bottom - Math.round(room * share), x0 + width, bottom], colour: k === 2 ? GOLD : WHITE };
  });
}

/** RGBA pixels of the icon at one size. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const inset = size <= 16 ? 0 : size * 0.03;
  const radius = size * 0.2;
  const shapes = bars(size);
  for (let y = 0; y < size; y++) {
    const t = y / (size - 1);
    const navy = NAVY_TOP.map((c, i) => Math.round(c + (NAVY_BOTTOM[i] - c) * t));
    for (let x = 0; x < size; x++) {
      const bar = shapes.find(({ rect: [x0, y0, x1, y1] }) => x >= x0 && x < x1 && y >= y0 && y < y1);
      const colour = bar ? bar.colour : navy;
      const alpha = Math.round(255 * roundedSquareCoverage(x, y, size, inset, radius));
      pixels.set([...colour, alpha], (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

/** A PNG file (8-bit RGBA, no interlace) of the icon at one size. */
function renderIcon(size) {
  const pixels = drawIcon(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)); // filter: none
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "..", "assets");
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, renderIcon(size));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

module.exports = { SIZES, renderIcon, crc32 };
