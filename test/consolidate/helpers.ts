// Shared by the consolidation tests: generated unit workbooks on disk, the CLI run with its
// output captured, the SAKIP Rekap sheet read back with ExcelJS (independently of our reader),
// and the expected figures computed straight from bench/units.ts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { unitWorkbook } from "../../bench/workbooks";
import { INDIKATOR, JENIS_KEGIATAN, anggaranUnit, realisasiTw, rencanaAksiRb, unitNama } from "../../bench/units";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sakip-${prefix}-`));
}

export function unitFile(dir: string, i: number): string {
  return join(dir, `unit-${String(i).padStart(3, "0")}.xlsx`);
}

export async function writeUnits(dir: string, indices: number[]): Promise<string[]> {
  const files: string[] = [];
  for (const i of indices) {
    const file = unitFile(dir, i);
    writeFileSync(file, new Uint8Array(await unitWorkbook(i).xlsx.writeBuffer()));
    files.push(file);
  }
  return files;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A cell as read back: its value, or a formula's cached result (with the formula beside it). */
export interface ReadCell {
  value: ExcelJS.CellValue | null;
  formula: string | null;
  numFmt: string | null;
}

function readCell(c: ExcelJS.Cell): ReadCell {
  const raw = c.value;
  if (raw !== null && typeof raw === "object" && "formula" in raw) {
    return { value: (raw as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, formula: (raw as ExcelJS.CellFormulaValue).formula, numFmt: c.numFmt ?? null };
  }
  return { value: raw ?? null, formula: null, numFmt: c.numFmt ?? null };
}

/** One section of the recap: the header labels and the body rows under them (TOTAL row apart). */
export interface Section {
  headers: string[];
  rows: ReadCell[][];
  /** 1-based sheet row of each body row. */
  rowNumbers: number[];
  total: ReadCell[] | null;
  totalRow: number | null;
}

export class RekapSheet {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  static async open(file: string): Promise<RekapSheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("SAKIP Rekap");
    if (!ws) throw new Error(`no SAKIP Rekap sheet in ${file}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
    return new RekapSheet(ws);
  }

  text(r: number, c = 1): string {
    const v = this.ws.getRow(r).getCell(c).value;
    return v === null || v === undefined ? "" : String(v);
  }

  /** The section whose title in column A starts with `title` ("B. "); null when absent. */
  section(title: string): Section | null {
    let r = 1;
    while (r <= this.ws.rowCount && !this.text(r).startsWith(title)) r++;
    if (r > this.ws.rowCount) return null;
    // The header is the first row below the title with a label in column B.
    while (this.text(r, 2) === "") r++;
    const headerRow = this.ws.getRow(r);
    const headers: string[] = [];
    for (let c = 1; c <= headerRow.cellCount; c++) headers.push(String(headerRow.getCell(c).value ?? ""));
    const rows: ReadCell[][] = [];
    const rowNumbers: number[] = [];
    let total: ReadCell[] | null = null;
    let totalRow: number | null = null;
    for (r = r + 1; r <= this.ws.rowCount && this.text(r, 2) !== ""; r++) {
      const cells = headers.map((_, c) => readCell(this.ws.getRow(r).getCell(c + 1)));
      if (this.text(r, 2) === "TOTAL") {
        total = cells;
        totalRow = r;
        break;
      }
      rows.push(cells);
      rowNumbers.push(r);
    }
    return { headers, rows, rowNumbers, total, totalRow };
  }
}

/** Column index of a header in a section (throws when absent, naming the headers). */
export function col(s: Section, header: string): number {
  const i = s.headers.indexOf(header);
  if (i < 0) throw new Error(`no column "${header}" in [${s.headers.join(" | ")}]`);
  return i;
}

// ---- Expected figures, computed from bench/units.ts without the code under test ----

export interface ExpectedBudget {
  pagu: number;
  realisasi: number;
  jenis: Record<string, { pagu: number; realisasi: number }>;
}

export function expectedBudget(i: number): ExpectedBudget {
  const jenis: ExpectedBudget["jenis"] = {};
  let pagu = 0;
  let realisasi = 0;
  for (const line of anggaranUnit(i)) {
    pagu += line.pagu;
    realisasi += line.realisasi;
    const j = (jenis[JENIS_KEGIATAN[line.uraian]] ??= { pagu: 0, realisasi: 0 });
    j.pagu += line.pagu;
    j.realisasi += line.realisasi;
  }
  return { pagu, realisasi, jenis };
}

/**
 * Capaian after the cap of indicator k of unit i (DOMAIN §4): positive R/T; negative
 * (2T − R)/T, never below 0, and with T = 0: 100% when R = 0, else 0; cap 120%.
 */
export function expectedCapaian(i: number, k: number): number {
  const { target: t, polaritas } = INDIKATOR[k];
  const r = realisasiTw(i, k)[3];
  const raw = polaritas === "Positif" ? r / t : t === 0 ? (r === 0 ? 1 : 0) : Math.max(0, (2 * t - r) / t);
  return Math.min(raw, 1.2);
}

export interface ExpectedRank {
  unit: string;
  mean: number;
  tercapai: number;
}

/** The ranking rule, applied independently: mean desc, tercapai desc, name. */
export function expectedRanking(indices: number[]): ExpectedRank[] {
  const rows = indices.map((i) => {
    const c = INDIKATOR.map((_, k) => expectedCapaian(i, k));
    return { unit: unitNama(i), mean: c.reduce((s, x) => s + x, 0) / c.length, tercapai: c.filter((x) => x >= 1).length };
  });
  return rows.sort((a, b) => b.mean - a.mean || b.tercapai - a.tercapai || a.unit.localeCompare(b.unit, "id"));
}

export function expectedRb(i: number): Record<"B03" | "B06", { target: number; realisasi: number }> {
  const out = { B03: { target: 0, realisasi: 0 }, B06: { target: 0, realisasi: 0 } };
  for (const a of rencanaAksiRb(i)) {
    for (const m of ["B03", "B06"] as const) {
      out[m].target += a.bulan[m].target;
      out[m].realisasi += a.bulan[m].realisasi;
    }
  }
  return out;
}

/** Layout of unit i's workbook (bench/workbooks.ts): 2 = with the RB action-plan sheet. */
export const layoutOf = (i: number): number => i % 3;

// ---- The golden recap: key figures per unit, as the SAKIP Rekap sheet shows them ----

export interface KeyFigures {
  unit: string;
  peringkat: number | string | null;
  indikator: number;
  terukur: number;
  tercapai: number;
  rataCapaian: number | null;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  paguJenis: Record<string, number | null> | null;
  rb: Record<string, { target: number; realisasi: number; capaian: number | null }> | null;
  temuan: Record<string, number>;
}

const round = (x: unknown, d: number): number | null => (typeof x === "number" ? Math.round(x * 10 ** d) / 10 ** d : null);
const numberOr = (x: unknown): number | null => (typeof x === "number" ? x : null);

export function keyFigures(sheet: RekapSheet): KeyFigures[] {
  const rank = sheet.section("A. ")!;
  const budget = sheet.section("B. ");
  const rb = sheet.section("C. ");
  const findings = sheet.section("E. ")!;
  const find = (s: Section | null, unit: string) => s?.rows.find((r) => r[col(s, "Satuan Kerja")].value === unit) ?? null;
  return rank.rows.map((r) => {
    const unit = String(r[col(rank, "Satuan Kerja")].value);
    const b = find(budget, unit);
    const jenisCols = budget ? budget.headers.filter((h) => h.startsWith("Pagu ")) : [];
    const m = find(rb, unit);
    const months = rb ? rb.headers.filter((h) => h.startsWith("Target ")).map((h) => h.slice(7)) : [];
    const temuan: Record<string, number> = {};
    for (const f of findings.rows) {
      if (f[col(findings, "Satuan Kerja")].value !== unit) continue;
      const key = `${f[col(findings, "Tingkat")].value} ${f[col(findings, "Aturan")].value}`;
      temuan[key] = (temuan[key] ?? 0) + 1;
    }
    return {
      unit,
      peringkat: r[col(rank, "Peringkat")].value as number | string | null,
      indikator: r[col(rank, "Indikator")].value as number,
      terukur: r[col(rank, "Terukur")].value as number,
      tercapai: r[col(rank, "Tercapai")].value as number,
      rataCapaian: round(r[col(rank, "Rata-rata Capaian")].value, 6),
      pagu: b && budget ? numberOr(b[col(budget, "Total Pagu")].value) : null,
      realisasi: b && budget ? numberOr(b[col(budget, "Total Realisasi")].value) : null,
      serapan: b && budget ? round(b[col(budget, "Serapan")].value, 6) : null,
      paguJenis: b && budget ? Object.fromEntries(jenisCols.map((h) => [h.slice(5), numberOr(b[col(budget, h)].value)])) : null,
      rb:
        m && rb
          ? Object.fromEntries(
              months.map((mo) => [
                mo,
                {
                  target: m[col(rb, `Target ${mo}`)].value as number,
                  realisasi: m[col(rb, `Realisasi ${mo}`)].value as number,
                  capaian: round(m[col(rb, `Capaian ${mo}`)].value, 6),
                },
              ]),
            )
          : null,
      temuan,
    };
  });
}
