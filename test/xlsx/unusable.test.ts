import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readGrids, readXlsx, UnusableInputError, type ReadLimits } from "../../src/xlsx";
import type { Grid } from "../../src/workbook/grid";
import { bytesOf, capaianSheet } from "./build";
import { asZip64 } from "./zip64";

const dir = mkdtempSync(join(tmpdir(), "sakip-xlsx-"));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function goodBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  capaianSheet(wb);
  return bytesOf(wb);
}

async function zipOf(entries: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

type Reader = (input: string | Uint8Array, limits?: ReadLimits) => Promise<Grid[]>;

/** Both readers refuse the same inputs with the same messages. */
const READERS: [string, Reader][] = [
  ["readXlsx", async (input, limits) => (await readXlsx(input, limits)).grids],
  ["readGrids", readGrids],
];

async function refusal(read: Reader, input: string | Uint8Array, limits?: ReadLimits): Promise<UnusableInputError> {
  try {
    await read(input, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableInputError);
    return e as UnusableInputError;
  }
  throw new Error("the reader accepted the input");
}

const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe.each(READERS)("%s refuses unusable input with one Indonesian line", (_name, read) => {
  // Every row has all four fields: jest-each takes a shorter row's last parameter for `done`.
  const none: ReadLimits = {};
  const cases: [string, () => Promise<string | Uint8Array>, RegExp, ReadLimits][] = [
    ["a missing path", async () => join(dir, "tidak-ada.xlsx"), /^Berkas tidak ditemukan: .*tidak-ada\.xlsx$/, none],
    ["a directory", async () => (mkdirSync(join(dir, "folder.xlsx"), { recursive: true }), join(dir, "folder.xlsx")), /^Yang diberikan adalah folder/, none],
    ["an empty file", async () => file("kosong.xlsx", ""), /^Berkas kosong/, none],
    ["text renamed .xlsx", async () => file("teks.xlsx", "No;Indikator;Target\n1;Litmas;90%\n"), /bukan buku kerja \.xlsx/, none],
    ["an HTML export named .xlsx", async () => file("ekspor.xlsx", "<html><table><tr><td>1</td></tr></table></html>"), /HTML\/XML/, none],
    ["a PDF named .xlsx", async () => file("laporan.xlsx", "%PDF-1.7\n..."), /PDF/, none],
    ["a password-protected workbook (OLE2 container)", async () => file("sandi.xlsx", OLE2),
      /^Buku kerja dilindungi kata sandi atau format \.xls lama; simpan ulang sebagai \.xlsx tanpa sandi: /, none],
    ["an old .xls as bytes", async () => OLE2, /dilindungi kata sandi atau format \.xls lama/, none],
    ["a truncated download", async () => file("terpotong.xlsx", (await goodBytes()).subarray(0, 3000)), /rusak atau terpotong/, none],
    ["a zip that is not a workbook", async () => zipOf({ "word/document.xml": "<w:document/>" }), /arsip zip, tetapi bukan buku kerja/, none],
    ["an .xlsb", async () => zipOf({ "xl/workbook.bin": "\u0000" }), /\.xlsb/, none],
    ["a workbook with damaged XML", async () => zipOf({ "[Content_Types].xml": "<Types", "xl/workbook.xml": "<<<" }), /rusak dan tidak dapat dibaca/, none],
    ["a file over the size limit (path)", async () => file("besar.xlsx", await goodBytes()), /^Berkas terlalu besar \(\d+ MB, batas 0 MB\)/, { maxFileBytes: 1000 }],
    ["a file over the size limit (bytes)", async () => goodBytes(), /^Berkas terlalu besar/, { maxFileBytes: 1000 }],
    ["a workbook that unpacks past the limit", async () => goodBytes(), /terlalu besar untuk dibaca \(isi \d+ MB setelah diekstrak/, { maxUnpackedBytes: 2000 }],
  ];

  test.each(cases)("%s", async (_label, make, message, limits) => {
    const e = await refusal(read, await make(), limits);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain("\n");
  });

  test("a ZIP64 workbook is read, and its unpacked size is still checked", async () => {
    const zip64 = await asZip64(await goodBytes());
    const grids = await read(zip64);
    expect(grids[0].values[2][2]).toBe("Persentase Litmas tepat waktu");
    const e = await refusal(read, zip64, { maxUnpackedBytes: 2000 });
    expect(e.message).toMatch(/terlalu besar untuk dibaca/);
  });

  test("the same workbook within the limits is read", async () => {
    const grids = await read(file("baik.xlsx", await goodBytes()));
    expect(grids[0].name).toBe("Capaian 2023");
  });
});
