// Files a user may hand the CLI that are not a usable workbook, made cheaply on disk: a text
// renamed .xlsx, an empty file, half of a real workbook, a workbook with damaged bytes, an encrypted (OLE2) workbook, a zip
// that is not a workbook, a PDF and an HTML export renamed .xlsx, a zip whose directory
// announces gigabytes (a "zip bomb"), a file past the size limit (sparse: no gigabytes are
// written), a path that does not exist and a folder.
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { MAX_FILE_BYTES } from "../../src/xlsx";

export interface BadInput {
  label: string;
  path: string;
}

/** The header of a Compound File Binary (OLE2): .xls files and every password-protected .xlsx. */
export const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Sets the unpacked size of every central-directory entry to 1 GB: the archive claims 1 GB × entries. */
export function inflateDirectory(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let patched = 0;
  for (let p = out.length - 46; p >= 0; p--) {
    if (out.readUInt32LE(p) === 0x02014b50) {
      out.writeUInt32LE(1 << 30, p + 24);
      patched++;
    }
  }
  if (patched === 0) throw new Error("no central directory found");
  return out;
}

/** Flips 64 bytes in the middle: the zip directory is intact, the compressed data is not. */
export function damage(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const at = Math.floor(out.length / 2);
  for (let i = at; i < at + 64; i++) out[i] ^= 0xff;
  return out;
}

export async function makeBadInputs(dir: string, realXlsx: string): Promise<BadInput[]> {
  const real = fs.readFileSync(realXlsx);
  const file = (name: string, content: Buffer | string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const notWorkbook = new JSZip();
  notWorkbook.file("catatan.txt", "Realisasi TW IV 75%");
  const huge = path.join(dir, "sangat-besar.xlsx");
  fs.writeFileSync(huge, "");
  fs.truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: takes no disk space
  const folder = path.join(dir, "folder.xlsx");
  fs.mkdirSync(folder);
  return [
    { label: "a text file renamed .xlsx", path: file("teks.xlsx", "No;Indikator;Target;Realisasi\n1;Persentase WBP;80%;75%\n") },
    { label: "an empty file", path: file("kosong.xlsx", "") },
    { label: "a truncated workbook (first half)", path: file("terpotong.xlsx", real.subarray(0, Math.floor(real.length / 2))) },
    { label: "a damaged workbook (bytes flipped inside)", path: file("rusak.xlsx", damage(real)) },
    { label: "a password-protected workbook (OLE2)", path: file("bersandi.xlsx", Buffer.concat([OLE2_HEADER, Buffer.alloc(4088)])) },
    { label: "a zip that is not a workbook", path: file("arsip.xlsx", await notWorkbook.generateAsync({ type: "nodebuffer" })) },
    { label: "a PDF renamed .xlsx", path: file("laporan.xlsx", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") },
    { label: "an HTML export renamed .xlsx", path: file("ekspor.xlsx", "<html><body><table><tr><td>Target</td></tr></table></body></html>") },
    { label: "a zip bomb (directory claims gigabytes)", path: file("bom.xlsx", inflateDirectory(real)) },
    { label: "a file over the size limit (sparse)", path: huge },
    { label: "a missing path", path: path.join(dir, "tidak-ada.xlsx") },
    { label: "a folder", path: folder },
  ];
}
