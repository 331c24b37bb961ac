// `sakip consolidate FILE... -o OUT.xlsx` (DESIGN §5): read every unit workbook, check it,
// and write one "SAKIP Rekap" sheet. Node only (files on disk); the task pane builds its recap
// from picked files with the same RekapBuilder. It lives in src/cli, not src/consolidate, so the
// browser bundle never pulls in the file system.
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Settings } from "../core/model";
import { analyse } from "../app/pipeline";
import { applyPlans, UnusableInputError, type XlsxBook } from "../xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { checkOutputPath, openGrids, saveBook } from "./io";
import type { Output } from "./commands";
import { SHEET } from "../workbook/sheets/layout";
import { RekapBuilder, type Rekap, type SkippedFile } from "../consolidate/rekap";
import { planRekap } from "../consolidate/sheet";

/**
 * The workbooks to recap: files as given; a folder gives the .xlsx files inside it (not
 * recursive, in name order), without Excel's lock files ("~$…") and without the output itself,
 * so a second run into the same folder does not recap the first run's recap.
 */
export function unitFiles(inputs: string[], output: string | null): string[] {
  const target = output ? path.resolve(output) : null;
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (f: string): void => {
    const key = path.resolve(f);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  for (const f of inputs) {
    if (fs.existsSync(f) && fs.statSync(f).isDirectory()) {
      fs.readdirSync(f)
        .filter((n) => n.toLowerCase().endsWith(".xlsx") && !n.startsWith("~$"))
        .sort()
        .map((n) => path.join(f, n))
        .filter((p) => path.resolve(p) !== target)
        .forEach(add);
    } else {
      add(f);
    }
  }
  return out;
}

function skipMessage(file: string, e: unknown): string {
  if (e instanceof UnusableInputError) return e.message;
  // A workbook the reader fails on must not stop a recap of hundreds: it is skipped and named.
  const first = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return `Berkas tidak dapat diolah (kesalahan tak terduga: ${first}): ${file}`;
}

/** Reads, checks and recaps the files one by one; only the recap's figures are kept. */
export async function consolidateFiles(files: string[], settings: Settings, onSkip: (s: SkippedFile) => void): Promise<Rekap> {
  const builder = new RekapBuilder(settings);
  for (const file of files) {
    try {
      builder.add({ file, ...analyse(await openGrids(file), settings) });
    } catch (e) {
      const skipped = { file: path.basename(file), message: skipMessage(file, e) };
      builder.skip(skipped);
      onSkip(skipped);
    }
  }
  return builder.build();
}

export async function consolidate(args: ParsedArgs, io: Output): Promise<number> {
  const files = unitFiles(args.files, args.output);
  if (files.length === 0) throw new UsageError("Perintah consolidate memerlukan berkas .xlsx atau folder berisi berkas .xlsx.");
  const target = checkOutputPath(args.output, files);
  const skips: string[] = [];
  const rekap = await consolidateFiles(files, args.settings, (s) => {
    skips.push(s.message.includes(s.file) ? s.message : `${s.message} (${s.file})`);
  });
  // Unusable input gets one line, like every other command: the only file's reason, or the first.
  if (rekap.units.length === 0) {
    throw new UnusableInputError(skips.length === 1 ? skips[0] : `Tidak ada berkas yang dapat dibaca untuk direkap (${skips.length} berkas dilewati), antara lain: ${skips[0]}`);
  }
  for (const s of skips) io.err(`sakip: dilewati: ${s}\n`);
  const book: XlsxBook = { grids: [], workbook: new ExcelJS.Workbook() };
  applyPlans(book, [planRekap(rekap)]);
  await saveBook(book, target);
  const skipped = rekap.skipped.length > 0 ? `; ${rekap.skipped.length} berkas dilewati` : "";
  io.out(`Ditulis ${target}: ${SHEET.rekap} dari ${rekap.units.length} satuan kerja${skipped}.\n`);
  return 0;
}
