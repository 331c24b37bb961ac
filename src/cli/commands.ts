// The `sakip` commands (DESIGN §5). Each returns its exit code; text goes through `out`.
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import type { ParsedArgs } from "./args";
import { UsageError } from "./args";
import { analyse, planConvert, planSummary, countBySeverity } from "../app/pipeline";
import { applyPlans, type XlsxBook } from "../xlsx";
import { planTemplate } from "../workbook/sheets";
import { renderDocx } from "../report";
import { openBook, openGrids, checkOutputPath, saveBook, writeAtomically } from "./io";
import { findingsJson, findingsText } from "./findings-text";

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

function oneFile(args: ParsedArgs): string {
  if (args.files.length !== 1) throw new UsageError(`Perintah ${args.command} memerlukan tepat satu berkas .xlsx.`);
  return args.files[0];
}

export async function check(args: ParsedArgs, io: Output): Promise<number> {
  const file = oneFile(args);
  const { findings } = analyse(await openGrids(file), args.settings);
  io.out(args.json ? findingsJson(file, findings) + "\n" : findingsText(file, findings));
  return countBySeverity(findings).error > 0 ? 1 : 0;
}

export async function convert(args: ParsedArgs, io: Output): Promise<number> {
  const file = oneFile(args);
  const target = checkOutputPath(args.output, [file]);
  const book = await openBook(file);
  const analysis = analyse(book.grids, args.settings);
  const result = applyPlans(book, planConvert(analysis, args.settings), { replaceInputs: args.timpa });
  await saveBook(book, target);
  io.out(`Ditulis ${target}: ${result.written.join(", ") || "tidak ada lembar baru"}.\n`);
  io.out(`${analysis.model.indikator.length} indikator, ${analysis.model.anggaran.length} baris anggaran terbaca.\n`);
  if (result.skipped.length > 0) {
    io.out(`Tidak ditimpa (sudah ada): ${result.skipped.join(", ")}. Tambahkan --timpa untuk mengganti.\n`);
  }
  return 0;
}

export async function summarize(args: ParsedArgs, io: Output): Promise<number> {
  const file = oneFile(args);
  const target = checkOutputPath(args.output, [file]);
  const docxTarget = args.docx ? checkOutputPath(args.docx, [file, target], "--docx") : null;
  const book = await openBook(file);
  const analysis = analyse(book.grids, args.settings);
  const summary = planSummary(analysis, args.settings);
  const result = applyPlans(book, summary.plans);
  await saveBook(book, target);
  const c = countBySeverity(analysis.findings);
  io.out(`Ditulis ${target}: ${result.written.join(", ")}.\n`);
  io.out(`Temuan: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.\n`);
  if (docxTarget) {
    const bytes = await renderDocx(summary.report);
    await writeAtomically(docxTarget, async (tmp) => fs.writeFileSync(tmp, bytes));
    io.out(`Ditulis ${docxTarget} (Bab III).\n`);
  }
  return 0;
}

export async function template(args: ParsedArgs, io: Output): Promise<number> {
  if (args.files.length > 0) throw new UsageError("Perintah template tidak menerima berkas masukan; gunakan -o FILE.xlsx.");
  const target = checkOutputPath(args.output, []);
  const workbook = new ExcelJS.Workbook();
  const book: XlsxBook = { grids: [], workbook };
  const result = applyPlans(book, planTemplate(args.settings), { replaceInputs: true });
  await saveBook(book, target);
  io.out(`Ditulis ${target}: ${result.written.join(", ")}.\n`);
  return 0;
}

export { consolidate } from "./consolidate";
