// Paths of the built add-in. These tests check what `npm run build` produced (npm test builds
// first); a missing file fails with a message saying so rather than an ENOENT.
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** Absolute path of a built file; throws a clear message when the build has not run. */
export function distFile(relative: string): string {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${relative} is missing: run \`npm run build\` first (test/build checks the built add-in).`);
  }
  return file;
}

export function readDist(relative: string): Buffer {
  return fs.readFileSync(distFile(relative));
}

export function readRoot(relative: string): Buffer {
  return fs.readFileSync(path.join(ROOT, relative));
}

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
