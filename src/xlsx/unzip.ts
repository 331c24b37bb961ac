// Unpacks one part of a workbook's zip, chunk by chunk, with node:zlib: a sheet of a million
// rows (hundreds of MB of XML) then never sits in memory whole. Every part is checked against
// the size and CRC-32 its directory entry states, so a damaged file is refused, not half-read.
// Node only (node:zlib); the task pane reads with ExcelJS.
import { Readable } from "node:stream";
import * as zlib from "node:zlib";
import type { ZipEntry } from "./zip-directory";

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Size of the pieces fed to inflate and of the pieces it gives back. */
const CHUNK_BYTES = 256 * 1024;
/**
 * Parts up to this size are inflated in one synchronous call: a zlib stream's setup and its
 * round trips through the thread pool cost more than the work for the many small parts.
 */
const WHOLE_PART_BYTES = 8 * 1024 * 1024;

/** A part that cannot be unpacked; the reader turns it into the "rusak" message. */
export class DamagedPartError extends Error {}

// zlib.crc32 arrived in Node 20.15; on older 20.x the sizes are still checked.
const crc32: ((data: Uint8Array, value?: number) => number) | null = typeof zlib.crc32 === "function" ? zlib.crc32 : null;

/** The unpacked bytes of `entry`, in order, in pieces of at most a few hundred kB. */
export async function* partChunks(zip: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const packed = packedData(zip, entry);
  let size = 0;
  let crc = 0;
  try {
    const pieces = entry.method === STORED ? slices(packed) : entry.unpackedBytes <= WHOLE_PART_BYTES ? inflatedWhole(packed, entry) : inflated(packed);
    for await (const chunk of pieces) {
      size += chunk.byteLength;
      // A zip bomb's directory understates the size: stop at the stated size, not at the heap's.
      if (size > entry.unpackedBytes) throw new DamagedPartError(`${entry.name} lebih besar dari yang tercatat`);
      if (crc32) crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (e) {
    if (e instanceof DamagedPartError) throw e;
    // zlib's errors come from Node's own realm (not `instanceof Error` under jest): read the message.
    const message = (e as { message?: unknown } | null)?.message;
    throw new DamagedPartError(`${entry.name}: data terkompresi rusak (${typeof message === "string" ? message : String(e)})`);
  }
  if (size !== entry.unpackedBytes) throw new DamagedPartError(`${entry.name} terpotong`);
  if (crc32 && crc >>> 0 !== entry.crc32 >>> 0) throw new DamagedPartError(`${entry.name}: CRC tidak cocok`);
}

/** Unpacks a part only to prove it is intact (the reader does not use its content). */
export async function checkPart(zip: Uint8Array, entry: ZipEntry): Promise<void> {
  for await (const chunk of partChunks(zip, entry)) void chunk;
}

function packedData(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new DamagedPartError(`${entry.name} terenkripsi`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new DamagedPartError(`${entry.name}: metode kompresi ${entry.method} tidak didukung`);
  }
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (!(at + 30 <= zip.byteLength) || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new DamagedPartError(`${entry.name}: header lokal tidak ditemukan`);
  }
  // The local header's own sizes may be zero (data descriptor); the directory's are used.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.packedBytes;
  if (!(end <= zip.byteLength)) throw new DamagedPartError(`${entry.name} terpotong`);
  return zip.subarray(start, end);
}

function* slices(data: Uint8Array): Generator<Uint8Array> {
  for (let p = 0; p < data.byteLength; p += CHUNK_BYTES) yield data.subarray(p, p + CHUNK_BYTES);
}

function inflatedWhole(data: Uint8Array, entry: ZipEntry): Iterable<Uint8Array> {
  let whole: Uint8Array;
  try {
    // One byte more than stated, so a part that is larger is caught (below) rather than cut.
    whole = zlib.inflateRawSync(data, { maxOutputLength: entry.unpackedBytes + 1 });
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new DamagedPartError(`${entry.name} lebih besar dari yang tercatat`);
    throw e;
  }
  return slices(whole);
}

/** Inflate fed piece by piece through a pipe, so its output waits for the reader (backpressure). */
function inflated(data: Uint8Array): AsyncIterable<Uint8Array> {
  const inflate = zlib.createInflateRaw({ chunkSize: CHUNK_BYTES });
  const source = Readable.from(slices(data), { objectMode: false });
  source.on("error", (e) => inflate.destroy(e));
  return source.pipe(inflate);
}
