// SAKIP Anggaran: pagu, blokir, realisasi (per TW or cumulative), sisa and serapan per line,
// with last year's figures, and a TOTAL per group of lines (DESIGN §4, DOMAIN §6).
import type { AnggaranKind, AnggaranLine, CellValue, SakipModel } from "../../core/model";
import { agrees } from "../../core/precision";
import type { PlanCell, SheetPlan } from "../grid";
import { a1, range } from "../a1";
import { ANGGARAN_HEADERS, JENIS_ANGGARAN_CHOICES, SHEET } from "./layout";
import { columnsOf, figureCell, formula, moneyCell, PERSEN, RUPIAH, sumberText, text, value } from "./cells";
import { cachedSerapan, cachedSum, isNumberValue } from "./cached";
import { BLANK_ROWS, columnRange, framePlan, TOTAL_STYLE } from "./frame";

const AG = columnsOf(ANGGARAN_HEADERS);

const JENIS: Record<AnggaranKind, string> = {
  program: "Program",
  kegiatan: "Kegiatan",
  output: "Output",
  "jenis-belanja": "Jenis Belanja",
  unit: "Unit",
  lain: "Lain",
};

const REALISASI_TW = ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"] as const;
/** Columns a TOTAL row sums (amounts; volumes have different units per line and are not summed). */
const SUMMED = ["Pagu", "Blokir", "Pagu Efektif", ...REALISASI_TW, "Realisasi", "Sisa", "Pagu Tahun Lalu", "Realisasi Tahun Lalu"] as const;


const num = (v: CellValue | undefined): v is number => v !== undefined && isNumberValue(v);

/** =pagu − part when the pagu is a number ("" otherwise, so an empty line shows nothing). */
function selisih(row: number, paguCol: number, partCol: number, pagu: CellValue | undefined, part: CellValue | undefined): PlanCell {
  const P = a1(row, paguCol);
  const cached = num(pagu) ? cachedSum([pagu, num(part) ? -part : null]) : "";
  return formula(`=IF(ISNUMBER(${P}),${P}-N(${a1(row, partCol)}),"")`, cached, RUPIAH);
}

/** =SAKIP.SERAPAN(realisasi, pagu) once both are numbers. */
function serapanCell(row: number, realisasiCol: number, paguCol: number, realisasi: CellValue | undefined, pagu: CellValue | undefined): PlanCell {
  const R = a1(row, realisasiCol);
  const P = a1(row, paguCol);
  const cached = num(realisasi) && num(pagu) ? cachedSerapan(realisasi, pagu) : "";
  return formula(`=IF(AND(ISNUMBER(${R}),ISNUMBER(${P})),SAKIP.SERAPAN(${R},${P}),"")`, cached, PERSEN);
}

/**
 * Realisasi: the sum of the quarters when they add up to the stated total (or no total is
 * stated); else the stated total, since such quarters are to-date figures, not parts.
 */
function realisasiCell(line: AnggaranLine, row: number, quarters: (PlanCell | null)[]): PlanCell | null {
  const values = quarters.map((c) => c?.v ?? null);
  if (!values.some(num)) return moneyCell(line.realisasi);
  const sum = cachedSum(values);
  const stated = line.realisasi;
  if (stated !== null && stated.status !== "empty" && !(typeof sum === "number" && agrees(stated, sum))) return moneyCell(stated);
  const first = AG[REALISASI_TW[0]];
  return formula(`=SUM(${range(row, first, row, first + 3)})`, sum, RUPIAH);
}

function lineRow(line: AnggaranLine, no: number, row: number): (PlanCell | null)[] {
  const cells: (PlanCell | null)[] = new Array(ANGGARAN_HEADERS.length).fill(null);
  cells[AG.No] = value(no);
  cells[AG.Jenis] = text(JENIS[line.kind]);
  cells[AG.Uraian] = text(line.uraian);
  cells[AG.Kegiatan] = text(line.kegiatan);
  cells[AG["Unit Kerja"]] = text(line.unit);
  cells[AG.Tahun] = value(line.tahun);
  cells[AG["Volume Target"]] = figureCell(line.volumeTarget, null, null);
  cells[AG["Volume Realisasi"]] = figureCell(line.volumeRealisasi, null, null);
  cells[AG["Satuan Volume"]] = text(line.volumeTarget?.unit ?? line.volumeRealisasi?.unit ?? null);
  cells[AG.Pagu] = moneyCell(line.pagu);
  cells[AG.Blokir] = moneyCell(line.blokir);
  cells[AG["Pagu Efektif"]] = selisih(row, AG.Pagu, AG.Blokir, cells[AG.Pagu]?.v, cells[AG.Blokir]?.v);
  const quarters = [0, 1, 2, 3].map((q) => moneyCell(line.realisasiTw[q] ?? null));
  REALISASI_TW.forEach((h, q) => (cells[AG[h]] = quarters[q]));
  cells[AG.Realisasi] = realisasiCell(line, row, quarters);
  cells[AG.Sisa] = selisih(row, AG.Pagu, AG.Realisasi, cells[AG.Pagu]?.v, cells[AG.Realisasi]?.v);
  cells[AG.Serapan] = serapanCell(row, AG.Realisasi, AG.Pagu, cells[AG.Realisasi]?.v, cells[AG.Pagu]?.v);
  cells[AG["Pagu Tahun Lalu"]] = moneyCell(line.paguTahunLalu);
  cells[AG["Realisasi Tahun Lalu"]] = moneyCell(line.realisasiTahunLalu);
  cells[AG["Serapan Tahun Lalu"]] = serapanCell(
    row,
    AG["Realisasi Tahun Lalu"],
    AG["Pagu Tahun Lalu"],
    cells[AG["Realisasi Tahun Lalu"]]?.v,
    cells[AG["Pagu Tahun Lalu"]]?.v,
  );
  cells[AG.Sumber] = text(sumberText([line.ref]));
  return cells;
}

/** The TOTAL of rows first..last (0-based sheet rows), per amount column. */
function totalRow(body: (PlanCell | null)[][], first: number, last: number): (PlanCell | null)[] {
  const row = last + 1;
  const cells: (PlanCell | null)[] = new Array(ANGGARAN_HEADERS.length).fill(null);
  cells[AG.Uraian] = text("TOTAL");
  for (const h of SUMMED) {
    const c = AG[h];
    const values = body.slice(first - 1, last).map((r) => r[c]?.v ?? null);
    cells[c] = formula(`=SUM(${range(first, c, last, c)})`, cachedSum(values), RUPIAH);
  }
  cells[AG.Serapan] = serapanCell(row, AG.Realisasi, AG.Pagu, cells[AG.Realisasi]!.v, cells[AG.Pagu]!.v);
  cells[AG["Serapan Tahun Lalu"]] = serapanCell(
    row,
    AG["Realisasi Tahun Lalu"],
    AG["Pagu Tahun Lalu"],
    cells[AG["Realisasi Tahun Lalu"]]!.v,
    cells[AG["Pagu Tahun Lalu"]]!.v,
  );
  return cells;
}

/**
 * Lines of one kind and year form a group with its own TOTAL: a sum across kinds (outputs plus
 * the programmes they belong to) or years would count the same money twice.
 */
function groups(lines: AnggaranLine[]): AnggaranLine[][] {
  const byKey = new Map<string, AnggaranLine[]>();
  for (const line of lines) {
    const key = `${line.kind}|${line.tahun ?? ""}`;
    const group = byKey.get(key);
    if (group) group.push(line);
    else byKey.set(key, [line]);
  }
  return [...byKey.values()];
}

export function planAnggaran(model: SakipModel): SheetPlan {
  const body: (PlanCell | null)[][] = [];
  const totals: number[] = [];
  for (const group of groups(model.anggaran)) {
    const first = body.length + 1;
    group.forEach((line, i) => body.push(lineRow(line, i + 1, body.length + 1)));
    if (group.length > 1) {
      totals.push(body.length + 1);
      body.push(totalRow(body, first, body.length));
    }
  }
  const n = body.length;
  const plan = framePlan(
    {
      name: SHEET.anggaran,
      headers: ANGGARAN_HEADERS,
      widths: {
        No: 5,
        Jenis: 13,
        Uraian: 40,
        Kegiatan: 35,
        "Unit Kerja": 25,
        Tahun: 7,
        ...Object.fromEntries(SUMMED.map((h) => [h, 18])),
        Serapan: 10,
        "Serapan Tahun Lalu": 10,
        Sumber: 30,
      },
      wrap: ["Uraian", "Kegiatan", "Unit Kerja", "Sumber"],
    },
    n > 0 ? body : blankRows(),
  );
  plan.styles!.push(...totals.map((r) => ({ range: range(r, 0, r, ANGGARAN_HEADERS.length - 1), style: TOTAL_STYLE })));
  plan.validations = [{ range: columnRange(AG.Jenis, n), list: JENIS_ANGGARAN_CHOICES }];
  return plan;
}

function blankRows(): (PlanCell | null)[][] {
  return Array.from({ length: BLANK_ROWS }, () => {
    const row: (PlanCell | null)[] = new Array(ANGGARAN_HEADERS.length).fill(null);
    for (const h of SUMMED) row[AG[h]] = { fmt: RUPIAH };
    row[AG.Serapan] = { fmt: PERSEN };
    row[AG["Serapan Tahun Lalu"]] = { fmt: PERSEN };
    return row;
  });
}
