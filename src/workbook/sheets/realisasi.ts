// SAKIP Realisasi: per indicator the quarterly realisasi (with pembilang/penyebut), how they
// add up to the year, and the live capaian and predikat (DESIGN §4).
import type { Band, CellRef, CellValue, Figure, Indikator, RealisasiEntry, SakipModel, Settings } from "../../core/model";
import type { MetodeAgregat } from "../../core/agregat";
import { DEFAULT_PITA } from "../../core/predikat";
import type { PlanCell, SheetPlan } from "../grid";
import { a1, sheetRef } from "../a1";
import { AGREGAT_CHOICES, KUMULATIF_CHOICES, REALISASI_HEADERS, SHEET } from "./layout";
import { columnsOf, figureCell, formula, PERSEN, percentFormat, readingFormat, sumberText, text, value } from "./cells";
import { cachedAgregat, cachedCapaian, cachedPredikat } from "./cached";
import { BLANK_ROWS, columnRange, framePlan } from "./frame";
import { emptyFormat, isLevel, polaritasLabel, polaritasOf, satuanOf } from "./indikator-row";
import { PK } from "./pk";

const RZ = columnsOf(REALISASI_HEADERS);

const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"] as const;
/** CAPAIAN's cap when the argument is omitted (DESIGN §3). */
const BATAS_BAWAAN = 1.2;

/**
 * To-date figures that are the realisasi "s.d." the end of a quarter: March, June (semester I),
 * September, December (semester II, the year). Used only for cumulative series.
 */
const SAMPAI_DENGAN: Record<number, string[]> = {
  1: ["B03"],
  2: ["B06", "S1"],
  3: ["B09"],
  4: ["B12", "S2", "TAHUN"],
};

function filled(e: RealisasiEntry): boolean {
  return [e.nilai, e.pembilang, e.penyebut].some((f) => f !== null && f.status !== "empty");
}

/**
 * An unstated cumulation is taken as to-date ("s.d. TW"): that is how the reports write their
 * quarterly figures, and the year's capaian then uses the TW IV figure as written (DOMAIN §3)
 * instead of a sum that would count the same clients four times.
 */
function isKumulatif(ind: Indikator): boolean {
  return ind.kumulatif !== false;
}

/** The entry giving each quarter's realisasi: TWn itself, else (to-date series) the figure ending it. */
function quarterEntries(ind: Indikator): (RealisasiEntry | null)[] {
  const byPeriode = new Map<string, RealisasiEntry>();
  for (const e of ind.realisasi) if (filled(e) && !byPeriode.has(e.periode)) byPeriode.set(e.periode, e);
  return [1, 2, 3, 4].map((q) => {
    const own = byPeriode.get(`TW${q}`);
    if (own || !isKumulatif(ind)) return own ?? null;
    const alias = SAMPAI_DENGAN[q].find((p) => byPeriode.has(p));
    return alias ? byPeriode.get(alias)! : null;
  });
}

function metodeOf(ind: Indikator): MetodeAgregat {
  return isKumulatif(ind) || isLevel(ind) ? "akhir" : "kumulatif";
}

interface QuarterCells {
  pembilang: PlanCell | null;
  penyebut: PlanCell | null;
  realisasi: PlanCell | null;
}

function quarterCells(entry: RealisasiEntry | null, satuan: string | null, row: number, q: number): QuarterCells {
  const fmt = emptyFormat(satuan);
  if (entry === null) return { pembilang: null, penyebut: null, realisasi: fmt ? { fmt } : null };
  const pembilang = figureCell(entry.pembilang, null, null);
  const penyebut = figureCell(entry.penyebut, null, null);
  const p = pembilang?.v;
  const n = penyebut?.v;
  if (typeof p === "number" && typeof n === "number" && n !== 0) {
    const P = a1(row, RZ[`Pembilang ${QUARTERS[q]}`]);
    const N = a1(row, RZ[`Penyebut ${QUARTERS[q]}`]);
    const shown = entry.nilai?.status === "ok" ? readingFormat(entry.nilai) : percentFormat(2);
    return { pembilang, penyebut, realisasi: formula(`=IF(AND(ISNUMBER(${P}),N(${N})<>0),${P}/${N},"")`, p / n, shown) };
  }
  return { pembilang, penyebut, realisasi: figureCell(entry.nilai, satuan, fmt) };
}

function figureRefs(e: RealisasiEntry): (CellRef | null)[] {
  return [e.nilai, e.pembilang, e.penyebut].map((f: Figure | null) => f?.ref ?? null);
}

/** The year's realisasi when there are no quarters: the TAHUN figure of a per-quarter series. */
function tahunFigure(ind: Indikator): Figure | null {
  const e = ind.realisasi.find((r) => r.periode === "TAHUN" && filled(r));
  return e?.nilai ?? null;
}

/** Optional arguments of the formulas, written only where they differ from the functions' defaults. */
function batasArgument(settings: Settings): string {
  return settings.batas === BATAS_BAWAAN ? "" : `,${settings.batas}`;
}

function samePita(a: Band[], b: Band[]): boolean {
  return a.length === b.length && a.every((x, i) => x.min === b[i].min && x.label === b[i].label);
}

/** Bands other than the default go into the formula as an array constant {min,"label";…}. */
function pitaArgument(pita: Band[]): string {
  if (samePita(pita, DEFAULT_PITA)) return "";
  return `,{${pita.map((b) => `${b.min},"${b.label.replace(/"/g, '""')}"`).join(";")}}`;
}

/** A reference to a PK cell that stays empty (not 0) when the PK cell is empty. */
function pkRef(row: number, col: number, cached: CellValue, fmt?: string | null): PlanCell {
  const ref = sheetRef(SHEET.pk, a1(row, col));
  return formula(`=IF(${ref}="","",${ref})`, cached, fmt);
}

function realisasiRow(ind: Indikator, no: number, row: number, settings: Settings): (PlanCell | null)[] {
  const satuan = satuanOf(ind);
  const polaritas = polaritasOf(ind, settings);
  const targetCell = figureCell(ind.target, satuan, emptyFormat(satuan));
  const cells: (PlanCell | null)[] = new Array(REALISASI_HEADERS.length).fill(null);
  const at = (col: number) => a1(row, col);

  cells[RZ.No] = value(no);
  cells[RZ.Indikator] = pkRef(row, PK.Indikator, ind.uraian);
  cells[RZ.Satuan] = pkRef(row, PK.Satuan, satuan ?? "");
  cells[RZ.Polaritas] = pkRef(row, PK.Polaritas, polaritasLabel(polaritas));
  cells[RZ.Target] = pkRef(row, PK.Target, targetCell?.v ?? "", targetCell?.fmt);
  cells[RZ.Kumulatif] = text(isKumulatif(ind) ? "Ya" : "Tidak");

  const entries = quarterEntries(ind);
  const realisasiCols: number[] = [];
  entries.forEach((entry, q) => {
    const c = quarterCells(entry, satuan, row, q);
    cells[RZ[`Pembilang ${QUARTERS[q]}`]] = c.pembilang;
    cells[RZ[`Penyebut ${QUARTERS[q]}`]] = c.penyebut;
    cells[RZ[`Realisasi ${QUARTERS[q]}`]] = c.realisasi;
    realisasiCols.push(RZ[`Realisasi ${QUARTERS[q]}`]);
  });
  const metode = metodeOf(ind);
  cells[RZ["Metode Agregat"]] = text(metode);

  const refs: (CellRef | null)[] = entries.flatMap((e) => (e ? figureRefs(e) : []));
  const tahun = tahunFigure(ind);
  let realisasiTahun: PlanCell | null;
  if (entries.every((e) => e === null) && tahun !== null) {
    // Per-quarter series with only a year figure: the figure as stated, no quarters to add up.
    realisasiTahun = figureCell(tahun, satuan, emptyFormat(satuan));
    refs.push(tahun.ref);
  } else {
    const quarterValues = realisasiCols.map((c) => cells[c]?.v ?? "");
    const args = realisasiCols.map((c) => `IF(${at(c)}="","",${at(c)})`).join(",");
    const shown = [...realisasiCols].reverse().map((c) => cells[c]).find((c) => c?.v !== undefined)?.fmt;
    realisasiTahun = formula(
      `=SAKIP.AGREGAT(CHOOSE({1,2,3,4},${args}),${at(RZ["Metode Agregat"])})`,
      cachedAgregat(quarterValues, metode),
      shown ?? emptyFormat(satuan),
    );
  }
  cells[RZ["Realisasi Tahun"]] = realisasiTahun;

  const capaian = cachedCapaian(realisasiTahun?.v ?? null, cells[RZ.Target]!.v ?? null, polaritas, settings.batas);
  cells[RZ.Capaian] = formula(
    `=SAKIP.CAPAIAN(${at(RZ["Realisasi Tahun"])},${at(RZ.Target)},${at(RZ.Polaritas)}${batasArgument(settings)})`,
    capaian,
    PERSEN,
  );
  cells[RZ.Predikat] = formula(
    `=SAKIP.PREDIKAT(${at(RZ.Capaian)}${pitaArgument(settings.pita)})`,
    cachedPredikat(capaian, settings.pita),
  );
  cells[RZ.Keterangan] = text(ind.keterangan.map((k) => k.text).join("\n"));
  cells[RZ.Sumber] = text(sumberText(refs.some((r) => r !== null) ? refs : ind.sources));
  return cells;
}

/** Fills of the predikat bands, from the highest band down. */
const PITA_FILLS = ["#C6EFCE", "#E2EFDA", "#FFEB9C", "#F8CBAD", "#FFC7CE"];

/** SAKIP Realisasi. Row i + 2 is indicator i, the same row as on SAKIP PK. */
export function planRealisasi(model: SakipModel, settings: Settings): SheetPlan {
  const body = model.indikator.map((ind, i) => realisasiRow(ind, i + 1, i + 1, settings));
  const n = body.length;
  const plan = framePlan(
    {
      name: SHEET.realisasi,
      headers: REALISASI_HEADERS,
      widths: { No: 5, Indikator: 50, Satuan: 10, Polaritas: 13, Kumulatif: 10, "Metode Agregat": 12, Predikat: 18, Keterangan: 40, Sumber: 30 },
      wrap: ["Indikator", "Keterangan", "Sumber"],
    },
    n > 0 ? body : blankRows(),
  );
  plan.validations = [
    { range: columnRange(RZ.Kumulatif, n), list: KUMULATIF_CHOICES },
    { range: columnRange(RZ["Metode Agregat"], n), list: AGREGAT_CHOICES },
  ];
  const bands = [...settings.pita].sort((a, b) => b.min - a.min);
  plan.conditional = bands.map((b, i) => ({
    range: columnRange(RZ.Predikat, n),
    equals: b.label,
    fill: PITA_FILLS[Math.min(i, PITA_FILLS.length - 1)],
  }));
  return plan;
}

function blankRows(): (PlanCell | null)[][] {
  return Array.from({ length: BLANK_ROWS }, () => {
    const row: (PlanCell | null)[] = new Array(REALISASI_HEADERS.length).fill(null);
    row[RZ.Capaian] = { fmt: PERSEN };
    return row;
  });
}
