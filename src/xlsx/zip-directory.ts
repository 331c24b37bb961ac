// Reads a zip archive's central directory (names and unpacked sizes) without unpacking
// anything, so readXlsx can refuse a wrong or oversized file before ExcelJS spends minutes
// and gigabytes on it. Format: PKWARE APPNOTE 6.3, sections 4.3.12–4.3.16 (with ZIP64).

export interface ZipEntry {
  name: string;
  unpackedBytes: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

/** `ok: false` when the directory is missing or inconsistent: a damaged or truncated file. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
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
    let unpackedBytes = view.getUint32(p + 24, true);
    if (unpackedBytes === 0xffffffff) {
      unpackedBytes = zip64Size(view, p + 46 + nameLength, extraLength) ?? Number.POSITIVE_INFINITY;
    }
    entries.push({ name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), unpackedBytes });
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

/** The unpacked size from a ZIP64 extra field (id 1), which lists it first. */
function zip64Size(view: DataView, start: number, length: number): number | null {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1 && size >= 8) return Number(view.getBigUint64(p + 4, true));
    p += 4 + size;
  }
  return null;
}
