// `npm run demo`: the main job on the bundled example, through the real CLI commands:
// convert → check → summarize, then the capaian table as the add-in computes it.
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../src/cli/main";
import { readXlsx } from "../src/xlsx";
import { analyse } from "../src/app/pipeline";
import { evaluateIndikator } from "../src/core/evaluate";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { formatAngka, formatPersen } from "../src/core/format";

const root = path.resolve(__dirname, "..");
const example = path.join(root, "examples", "contoh-bapas-magelang.xlsx");
const out = path.join(root, "out");

function figure(v: number | null, satuan: string | null): string {
  if (v === null) return "-";
  return satuan === "%" ? formatPersen(v) : formatAngka(v);
}

function cut(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + "…" : text.padEnd(width);
}

async function step(title: string, argv: string[]): Promise<number> {
  process.stdout.write(`\n$ sakip ${argv.map((a) => (a.includes(" ") ? `"${a}"` : path.relative(root, a) || a)).join(" ")}\n`);
  const code = await main(argv);
  process.stdout.write(`(${title}: kode keluar ${code})\n`);
  return code;
}

async function run(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const converted = path.join(out, "contoh-terstruktur.xlsx");
  const summary = path.join(out, "contoh-ringkasan.xlsx");
  const docx = path.join(out, "BAB3-contoh.docx");

  await step("convert", ["convert", example, "-o", converted, "--timpa"]);
  // Exit code 1 is expected: the example carries real slips for the checks to find.
  await step("check", ["check", example]);
  await step("summarize", ["summarize", example, "-o", summary, "--docx", docx]);

  const { grids } = await readXlsx(example);
  const { model } = analyse(grids, DEFAULT_SETTINGS);
  process.stdout.write(`\nCapaian kinerja ${model.unit.nama ?? ""} ${model.unit.tahun ?? ""}\n`);
  process.stdout.write(`${cut("Indikator", 60)} ${"Target".padStart(8)} ${"Realisasi".padStart(10)} ${"Capaian".padStart(9)}  Predikat\n`);
  for (const ind of model.indikator) {
    const e = evaluateIndikator(ind, DEFAULT_SETTINGS);
    const capaian = e.capaian === null ? "-" : formatPersen(e.capaian);
    process.stdout.write(
      `${cut(ind.uraian, 60)} ${figure(e.target, ind.satuan).padStart(8)} ${figure(e.realisasi, ind.satuan).padStart(10)} ${capaian.padStart(9)}  ${e.predikat ?? e.message ?? ""}\n`,
    );
  }
  process.stdout.write(`\nHasil ada di ${path.relative(root, out)}/: ${[converted, summary, docx].map((f) => path.basename(f)).join(", ")}\n`);
}

run().catch((e: unknown) => {
  process.stderr.write(`demo gagal: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
