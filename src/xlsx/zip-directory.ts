// Reads a zip archive's central directory (names, sizes, where each entry's data starts and how
// it is packed) without unpacking anything, so a wrong or oversized file is refused before any
// parsing, and unzip.ts can find each part. Format: PKWARE APPNOTE 6.3, sections 4.3.12–4.3.16
// and 4.5.3 (ZIP64).

export interface ZipEntry {
  name: string;
  unpackedBytes: number;
  packedBytes: number;
  /** Offset of the entry's local file header. */
  localOffset: number;
  /** 0 stored, 8 deflated; anything else is not used by Excel. */
  method: number;
  /** General purpose flags; bit 0 is set for an encrypted entry. */
  flags: number;
  crc32: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;
const UNKNOWN_32 = 0xffffffff;

/** `ok: false` when the directory is missing or inconsistent: a damaged or truncated file. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === UNKNOWN_32) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) return { ok: false };
    ({ count, offset } = zip64);
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_HEADER) return { ok: false };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > view.byteLength) return { ok: false };
    const sizes = zip64Fields(view, p + 46 + nameLength, extraLength, [
      view.getUint32(p + 24, true),
      view.getUint32(p + 20, true),
      view.getUint32(p + 42, true),
    ]);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      unpackedBytes: sizes[0],
      packedBytes: sizes[1],
      localOffset: sizes[2],
      method: view.getUint16(p + 10, true),
      flags: view.getUint16(p + 8, true),
      crc32: view.getUint32(p + 16, true),
    });
    p = end;
  }
  return { ok: true, entries };
}

function findEocd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
  for (let p = view.byteLength - 22; p >= lowest; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

/**
 * [unpacked, packed, local header offset] with each 0xFFFFFFFF replaced from the ZIP64 extra
 * field (id 1), which lists only the replaced values, in that order. A value the field does not
 * give stays unknown (infinite), so the size check refuses the file.
 */
function zip64Fields(view: DataView, start: number, length: number, values: number[]): number[] {
  if (!values.includes(UNKNOWN_32)) return values;
  const out = values.map((v) => (v === UNKNOWN_32 ? Number.POSITIVE_INFINITY : v));
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      for (let i = 0; i < values.length; i++) {
        if (values[i] !== UNKNOWN_32) continue;
        if (q + 8 > p + 4 + size) break;
        out[i] = Number(view.getBigUint64(q, true));
        q += 8;
      }
      return out;
    }
    p += 4 + size;
  }
  return out;
}
