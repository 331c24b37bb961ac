// Small builders of hand-made models for the sheet-plan tests, over the shared builders of
// test/support/model.ts: figures are parsed from the text a report writes ("2,5%", "3,51",
// "1 Layanan", "Rp 215.828.000"), independently of the core's reader, so the tests do not lean
// on the code they check.
import type { RealisasiEntry, SakipModel } from "../../src/core/model";
import type { PlanCell, SheetPlan } from "../../src/workbook/grid";
import * as build from "../support/model";
import { figure as fig, indikator, ref } from "../support/model";

export { PITA, settings, ref, figure as fig, indikator, anggaranLine, rencanaAksi } from "../support/model";

export function entry(periode: string, nilai: string | null, pembilang?: string, penyebut?: string, sheet = "Capaian 2025", row = 7): RealisasiEntry {
  return build.entry(
    periode,
    nilai === null ? null : fig(nilai, ref(sheet, `E${row}`)),
    pembilang === undefined ? null : fig(pembilang, ref(sheet, `F${row}`)),
    penyebut === undefined ? null : fig(penyebut, ref(sheet, `G${row}`)),
  );
}

export function model(over: Partial<SakipModel> = {}): SakipModel {
  return build.model({ unit: { nama: "Bapas Kelas II Magelang", tahun: 2025 }, ...over });
}

const SASARAN = [
  "Meningkatnya Pelaksanaan Pendampingan dalam Proses Peradilan dan di luar Peradilan",
  "Meningkatnya klien pemasyarakatan yang sudah siap bermasyarakat",
  "Meningkatnya penerimaan Masyarakat terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial",
  "Meningkatnya Pelaksanaan Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
];

/** The seven indicators of the LKjIP 2025 of Bapas Magelang, as a reader finds them: year figures. */
export const LKJIP: { sasaran: string; uraian: string; target: string; realisasi: string; p?: string; q?: string; renstra: string }[] = [
  { sasaran: SASARAN[0], uraian: "Persentase Tahanan yang mendapatkan pendampingan", target: "2,5%", realisasi: "2%", p: "3", q: "183", renstra: "4,5%" },
  { sasaran: SASARAN[0], uraian: "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan", target: "75%", realisasi: "100%", p: "401", q: "401", renstra: "95%" },
  { sasaran: SASARAN[1], uraian: "Persentase klien pemasyarakatan yang siap bermasyarakat", target: "70%", realisasi: "95%", p: "683", q: "716", renstra: "90%" },
  { sasaran: SASARAN[2], uraian: "Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial", target: "25%", realisasi: "100%", p: "716", q: "716", renstra: "45%" },
  { sasaran: SASARAN[2], uraian: "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif", target: "20%", realisasi: "18%", p: "2", q: "11", renstra: "40%" },
  { sasaran: SASARAN[3], uraian: "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan", target: "100%", realisasi: "100%", p: "120", q: "120", renstra: "100%" },
  { sasaran: SASARAN[3], uraian: "Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan", target: "3,51", realisasi: "3,51", renstra: "3,55" },
];

export function lkjipModel(): SakipModel {
  return model({
    indikator: LKJIP.map((x, i) =>
      indikator(x.uraian, {
        sasaran: x.sasaran,
        satuan: x.target.endsWith("%") ? "%" : "Indeks",
        target: fig(x.target, ref("PK 2025", `D${5 + i}`)),
        targetRenstra: [{ tahun: 2029, figure: fig(x.renstra) }],
        realisasi: [entry("TAHUN", x.realisasi, x.p, x.q, "Capaian 2025", 7 + i)],
        sources: [ref("Capaian 2025", `B${7 + i}`), ref("PK 2025", `C${5 + i}`)],
      }),
    ),
  });
}

// ---------------------------------------------------------------- reading plans

export function headerIndex(plan: SheetPlan, header: string): number {
  const i = plan.rows[0].findIndex((c) => c?.v === header);
  if (i < 0) throw new Error(`${plan.name} has no column ${header}`);
  return i;
}

/** The cell of data row `i` (0-based, below the header) in the column named `header`. */
export function cell(plan: SheetPlan, i: number, header: string): PlanCell | null {
  return plan.rows[i + 1]?.[headerIndex(plan, header)] ?? null;
}

export function byName(plans: SheetPlan[], name: string): SheetPlan {
  const p = plans.find((x) => x.name === name);
  if (!p) throw new Error(`no plan ${name}`);
  return p;
}

export interface FormulaRef {
  sheet: string | null;
  row: number;
  col: number;
}

/** The cell references of a formula (string literals skipped), 0-based. */
export function refsOf(formula: string): FormulaRef[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: FormulaRef[] = [];
  const re = /(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?\$?\b([A-Z]{1,3})\$?([1-9]\d*)\b(?!\()/g;
  for (const m of code.matchAll(re)) {
    let col = 0;
    for (const ch of m[3]) col = col * 26 + (ch.charCodeAt(0) - 64);
    out.push({ sheet: m[1]?.replace(/''/g, "'") ?? m[2] ?? null, row: Number(m[4]) - 1, col: col - 1 });
  }
  return out;
}

/** The header names of the same-sheet columns a formula refers to, in order. */
export function refHeaders(plan: SheetPlan, formula: string): string[] {
  return refsOf(formula).map((r) => String(plan.rows[0][r.col]?.v));
}
