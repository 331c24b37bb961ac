// Turns what the caller gave a reader (a path or the bytes) into the bytes and zip directory of
// a workbook, or refuses it with an UnusableInputError saying why in one line.
import { promises as fs } from "node:fs";
import { UnusableInputError } from "./errors";
import { MAX_FILE_BYTES, MAX_UNPACKED_BYTES, megabytes, type ReadLimits } from "./limits";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface WorkbookArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** The path, or "berkas masukan" for bytes: the end of every refusal message. */
  label: string;
}

/** The bytes for ExcelJS (readXlsx), within ExcelJS's unpacked-size limit. */
export async function workbookBytes(input: string | Uint8Array | ArrayBuffer, limits: ReadLimits = {}): Promise<Uint8Array> {
  return (await workbookArchive(input, limits, MAX_UNPACKED_BYTES)).bytes;
}

/** Checks the file and its zip directory; `maxUnpacked` is the reader's default limit. */
export async function workbookArchive(
  input: string | Uint8Array | ArrayBuffer,
  limits: ReadLimits,
  maxUnpacked: number,
): Promise<WorkbookArchive> {
  const maxFile = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const label = inputLabel(input);
  const bytes = typeof input === "string" ? await readFile(input, maxFile) : toBytes(input);
  if (bytes.byteLength > maxFile) throw tooLarge(label, bytes.byteLength, maxFile);
  const entries = checkContent(bytes, label, limits.maxUnpackedBytes ?? maxUnpacked);
  return { bytes, entries, label };
}

export function inputLabel(input: string | Uint8Array | ArrayBuffer): string {
  return typeof input === "string" ? input : "berkas masukan";
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

async function readFile(path: string, maxFile: number): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    throw fileError(e, path);
  }
  if (stat.isDirectory()) throw new UnusableInputError(`Yang diberikan adalah folder, bukan berkas .xlsx: ${path}`);
  if (stat.size > maxFile) throw tooLarge(path, stat.size, maxFile);
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw fileError(e, path);
  }
}

function fileError(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new UnusableInputError(`Berkas tidak ditemukan: ${path}`);
  if (code === "EACCES" || code === "EPERM") return new UnusableInputError(`Berkas tidak dapat dibuka (akses ditolak): ${path}`);
  return new UnusableInputError(`Berkas tidak dapat dibaca (${code ?? "galat"}): ${path}`);
}

function tooLarge(label: string, size: number, max: number): UnusableInputError {
  return new UnusableInputError(
    `Berkas terlalu besar (${megabytes(size)} MB, batas ${megabytes(max)} MB); pisahkan buku kerja menjadi beberapa berkas: ${label}`,
  );
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function checkContent(bytes: Uint8Array, label: string, maxUnpacked: number): ZipEntry[] {
  if (bytes.byteLength === 0) throw new UnusableInputError(`Berkas kosong (0 byte): ${label}`);
  if (startsWith(bytes, OLE2_MAGIC)) {
    throw new UnusableInputError(
      `Buku kerja dilindungi kata sandi atau format .xls lama; simpan ulang sebagai .xlsx tanpa sandi: ${label}`,
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new UnusableInputError(notXlsxMessage(bytes, label));
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    throw new UnusableInputError(`Berkas .xlsx rusak atau terpotong; salin atau unduh ulang berkasnya: ${label}`);
  }
  const names = new Set(directory.entries.map((e) => e.name));
  if (names.has("xl/workbook.bin")) {
    throw new UnusableInputError(`Format .xlsb (Buku Kerja Biner) tidak didukung; simpan ulang sebagai .xlsx: ${label}`);
  }
  if (!names.has("xl/workbook.xml")) {
    throw new UnusableInputError(`Berkas ini arsip zip, tetapi bukan buku kerja Excel (.xlsx): ${label}`);
  }
  const unpacked = directory.entries.reduce((sum, e) => sum + e.unpackedBytes, 0);
  if (unpacked > maxUnpacked) {
    throw new UnusableInputError(
      `Buku kerja terlalu besar untuk dibaca (isi ${megabytes(unpacked)} MB setelah diekstrak, batas ${megabytes(maxUnpacked)} MB); pisahkan menjadi beberapa berkas: ${label}`,
    );
  }
  return directory.entries;
}

/** Says what the file looks like instead, for the formats staff most often rename to .xlsx. */
function notXlsxMessage(bytes: Uint8Array, label: string): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("%pdf")) return `Berkas ini PDF, bukan buku kerja .xlsx: ${label}`;
  if (head.startsWith("<")) {
    return `Berkas ini HTML/XML (misalnya ekspor aplikasi yang diberi nama .xls); buka di Excel lalu simpan sebagai .xlsx: ${label}`;
  }
  return `Berkas ini bukan buku kerja .xlsx (isinya teks atau format lain); simpan ulang dari Excel sebagai .xlsx: ${label}`;
}
