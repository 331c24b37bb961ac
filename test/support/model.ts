// One set of small builders of hand-made models (src/core/model.ts) for the tests: figures,
// indicators, realisasi entries, budget lines, Rencana Aksi rows and whole models, each with
// empty defaults that a test overrides with only what it is about. The test folders' own
// builders (test/report/builders.ts, test/sheets/build.ts, test/checks/builders.ts) are thin
// layers over these with the defaults and data their tests use.
import type {
  AnggaranLine,
  CellRef,
  CellValue,
  Figure,
  Indikator,
  PeriodKey,
  RealisasiEntry,
  RencanaAksiEntry,
  SakipModel,
  Settings,
} from "../../src/core/model";
import { readNumber } from "../../src/core/number";
import { emptyIndikator } from "../../src/workbook/build/indikator-row";

/** The predikat bands of the reference reports, written out here rather than taken from the core. */
export const PITA = [
  { min: 1, label: "Sangat Memuaskan" },
  { min: 0.8, label: "Memuaskan" },
  { min: 0.7, label: "Cukup Memuaskan" },
  { min: 0.6, label: "Kurang Memuaskan" },
  { min: 0, label: "Tidak Memuaskan" },
];

export function settings(over: Partial<Settings> = {}): Settings {
  return { batas: 1.2, polaritasNegatif: "negatif", periode: "TAHUN", tahun: null, pita: PITA, ...over };
}

export function ref(sheet: string, cell: string): CellRef {
  return { sheet, cell };
}

/**
 * A figure as a report writes it: "2,5%" → 0.025 (percent, 1 decimal); "3,51" → 3.51;
 * "1 Layanan"; "Rp 215.828.000" → money. Parsed here, independently of the core's reader, so
 * the tests do not lean on the code they check; text it cannot read is an unreadable figure.
 */
export function figure(written: string, at: CellRef | null = null): Figure {
  const m = /^(Rp\.?\s*)?(-?[\d.]*\d(?:,\d+)?)\s*(%|[A-Za-z]+)?$/.exec(written.trim());
  if (!m) return { status: "unreadable", value: null, unit: null, percent: false, decimals: null, raw: written, ref: at };
  const [, rp, digits, unit] = m;
  const [whole, frac = ""] = digits.replace(/\./g, "").split(",");
  const n = Number(`${whole}.${frac || "0"}`);
  const percent = unit === "%";
  return {
    status: "ok",
    value: percent ? n / 100 : n,
    unit: rp ? "Rp" : (unit ?? null),
    percent,
    decimals: frac.length,
    raw: written,
    ref: at,
  };
}

export interface ReadOptions {
  money?: boolean;
  /** The cell's Excel number format ("0.00%"). */
  format?: string | null;
  /** A percent column ("Capaian", "Serapan"): plain numbers read as percent points or fractions. */
  percentColumn?: boolean;
}

/** A figure read from a raw cell value (text or number) the way the reader reads it (readNumber). */
export function readFigure(raw: CellValue, at: CellRef | null = null, opts: ReadOptions = {}): Figure {
  let r = readNumber(raw, { money: opts.money, format: opts.format ?? null });
  if (opts.percentColumn && r.status === "ok" && r.value !== null && !r.percent) {
    r =
      Math.abs(r.value) > 1.5
        ? { ...r, value: Number((r.value / 100).toPrecision(15)), percent: true, unit: "%" }
        : { ...r, percent: true, unit: "%", decimals: r.decimals === null ? null : Math.max(0, r.decimals - 2) };
  }
  return { ...r, ref: at };
}

export function entry(periode: PeriodKey, nilai: Figure | null, pembilang: Figure | null = null, penyebut: Figure | null = null): RealisasiEntry {
  return { periode, nilai, pembilang, penyebut };
}

/** An indicator of the workbook's own (key: its wording in lower case), a Sasaran Kegiatan. */
export function indikator(uraian: string, over: Partial<Indikator> = {}): Indikator {
  return { ...emptyIndikator(uraian, uraian.toLowerCase()), tingkat: "Sasaran Kegiatan", ...over };
}

/** A budget line of 2025: an output unless `over` says otherwise. */
export function anggaranLine(uraian: string, over: Partial<AnggaranLine> = {}): AnggaranLine {
  return {
    kind: "output",
    uraian,
    kode: null,
    kegiatan: null,
    unit: null,
    tahun: 2025,
    volumeTarget: null,
    volumeRealisasi: null,
    pagu: null,
    blokir: null,
    realisasi: null,
    realisasiTw: [null, null, null, null],
    sisa: null,
    serapanStated: null,
    paguTahunLalu: null,
    realisasiTahunLalu: null,
    ref: ref("Anggaran", "A1"),
    ...over,
  };
}

export function rencanaAksi(indikatorKey: string, periode: PeriodKey, over: Partial<RencanaAksiEntry> = {}): RencanaAksiEntry {
  return {
    indikatorKey,
    periode,
    kegiatan: null,
    rencanaKegiatan: null,
    target: null,
    pagu: null,
    rencanaPenarikan: null,
    realisasiAnggaran: null,
    capaian: null,
    dataDukung: null,
    status: null,
    keterangan: null,
    ref: ref("Rencana Aksi 2026", "A5"),
    ...over,
  };
}

export function model(over: Partial<SakipModel> = {}): SakipModel {
  return {
    unit: { nama: "Balai Pemasyarakatan Kelas II Magelang", tahun: 2025 },
    indikator: [],
    anggaran: [],
    rencanaAksi: [],
    tables: [],
    readNotes: [],
    ...over,
  };
}
