// The SAKIP input sheets read into the model. SAKIP PK states the indicators; SAKIP Realisasi
// adds their realisations on the same rows; SAKIP Anggaran and SAKIP Rencana Aksi state the
// budget lines and quarterly plans. Columns are found by the contract's header names.
import type { AnggaranKind, AnggaranLine, CellRef, Figure, Indikator, RencanaAksiEntry } from "../../core/model";
import { parseA1 } from "../a1";
import type { InputCell, ScannedTable } from "../detect/table-read";
import { cellText, twLabel } from "../detect/text";
import { indikatorKey } from "../match";
import { SHEET } from "../sheets/layout";
import { cellRef, isOk } from "./figures";
import { cleanUraian, entryOf, indikatorFromRow, unitsOf, yearOf } from "./indikator-row";

/** Cell access by header name on one row of a SAKIP sheet. */
class RowReader {
  private readonly cells: Map<string, InputCell>;

  constructor(t: ScannedTable, k: number) {
    this.cells = t.input?.[k] ?? new Map();
  }

  text(name: string): string | null {
    return this.cells.get(name)?.text ?? null;
  }

  figure(name: string): Figure | null {
    return this.cells.get(name)?.figure ?? null;
  }

  /** The figure unless the cell is a formula (the sheet's own computation). */
  typed(name: string): Figure | null {
    const c = this.cells.get(name);
    return c && !c.formula ? c.figure : null;
  }

  ref(name: string): CellRef | null {
    return this.cells.get(name)?.ref ?? null;
  }
}

/** Cells named in a "Sumber" text: "'Capaian 2025'!B7; 'PK 2025'!C5". */
export function parseSumber(text: string | null): CellRef[] {
  if (!text) return [];
  const out: CellRef[] = [];
  for (const part of text.split(";")) {
    const m = /^\s*(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Za-z]{1,3}\$?\d+)\s*$/.exec(part);
    if (!m || !parseA1(m[3])) continue;
    out.push({ sheet: (m[1] ?? m[2]).replace(/''/g, "'").trim(), cell: m[3].replace(/\$/g, "").toUpperCase() });
  }
  return out;
}

/** Numbers typed in a year column ("2029"), or null. */
function yearNumber(f: Figure | null, text: string | null): number | null {
  if (isOk(f) && Number.isInteger(f.value)) return f.value;
  const n = text === null ? NaN : Number(cellText(text));
  return Number.isInteger(n) ? n : null;
}

/** Indicators of SAKIP PK by sheet row, one per row, in the sheet's order. */
export function pkIndikator(t: ScannedTable, year: number | null): Map<number, Indikator> {
  const out = new Map<number, Indikator>();
  // A converted Kanwil workbook names each indicator's UPT in Unit Kerja.
  const ctx = { table: t, year, tableYear: null, units: unitsOf(t.table), keys: new Map() };
  t.table.rows.forEach((row, k) => {
    if (row.kind !== "data") return;
    const ind = indikatorFromRow(row, ctx);
    if (ind === null) return;
    const r = new RowReader(t, k);
    ind.kode = r.text("Kode");
    const polaritas = r.text("Polaritas");
    // The PK sheet is the user's own statement of polarity.
    if (polaritas !== null) ind.polaritasStated = true;
    const renstraYear = yearNumber(null, r.text("Tahun Renstra"));
    if (renstraYear !== null && ind.targetRenstra.length === 1 && ind.targetRenstra[0].tahun === null) {
      ind.targetRenstra[0].tahun = renstraYear;
    }
    const lalu = r.figure("Realisasi Tahun Lalu");
    if (lalu !== null) {
      const rowYear = yearNumber(r.figure("Tahun"), r.text("Tahun")) ?? year;
      yearOf(ind, rowYear === null ? null : rowYear - 1).realisasi ??= lalu;
    }
    for (const s of parseSumber(r.text("Sumber"))) ind.sources.push(s);
    out.set(row.row, ind);
  });
  return out;
}

/** The unit and year written in SAKIP PK (columns Unit Kerja, Tahun). */
export function pkUnit(t: ScannedTable): { nama: string | null; tahun: number | null } {
  for (let k = 0; k < t.table.rows.length; k++) {
    const r = new RowReader(t, k);
    const nama = r.text("Unit Kerja");
    const tahun = yearNumber(r.figure("Tahun"), r.text("Tahun"));
    if (nama !== null || tahun !== null) return { nama, tahun };
  }
  return { nama: null, tahun: null };
}

const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"];

/**
 * SAKIP Realisasi rows added to the PK indicators: the row's indicator by its key, else the
 * indicator on the same row of SAKIP PK (the sheets are written row for row).
 */
export function applyRealisasi(t: ScannedTable, pkRows: Map<number, Indikator>): void {
  const byKey = new Map([...pkRows.values()].map((i) => [i.key, i]));
  t.table.rows.forEach((row, k) => {
    if (row.kind !== "data") return;
    const r = new RowReader(t, k);
    const text = r.text("Indikator");
    const ind = (text !== null ? byKey.get(indikatorKey(cleanUraian(text))) : undefined) ?? pkRows.get(row.row);
    if (!ind) return;
    const ref = r.ref("Indikator");
    if (ref) ind.sources.push(ref);
    const kum = r.text("Kumulatif");
    if (kum !== null && ind.kumulatif === null) ind.kumulatif = /^(?:ya|y|true|1)$/i.test(kum.trim());
    QUARTERS.forEach((q, i) => {
      const e = { p: r.figure(`Pembilang ${q}`), n: r.figure(`Penyebut ${q}`), v: r.figure(`Realisasi ${q}`) };
      if (e.p === null && e.n === null && e.v === null) return;
      const entry = entryOf(ind, `TW${i + 1}`);
      entry.pembilang ??= e.p;
      entry.penyebut ??= e.n;
      entry.nilai ??= e.v;
    });
    // The year's figure is SAKIP.AGREGAT of the quarters unless the user typed one.
    const tahun = r.typed("Realisasi Tahun");
    if (tahun !== null) entryOf(ind, "TAHUN").nilai ??= tahun;
    const ket = r.text("Keterangan");
    const ketRef = r.ref("Keterangan");
    if (ket !== null && ketRef !== null) {
      for (const line of ket.split(/\n+/)) {
        const text = line.trim();
        if (text !== "" && !ind.keterangan.some((x) => x.text === text)) ind.keterangan.push({ text, ref: ketRef });
      }
    }
  });
}

const JENIS = new Map<string, AnggaranKind>([
  ["program", "program"],
  ["kegiatan", "kegiatan"],
  ["output", "output"],
  ["jenis belanja", "jenis-belanja"],
  ["unit", "unit"],
  ["lain", "lain"],
]);

/** SAKIP Anggaran lines (TOTAL rows are the sheet's own sums and are skipped). */
export function anggaranInput(t: ScannedTable): AnggaranLine[] {
  const out: AnggaranLine[] = [];
  t.table.rows.forEach((row, k) => {
    if (row.kind !== "data") return;
    const r = new RowReader(t, k);
    const uraian = r.text("Uraian");
    if (uraian === null) return;
    const satuanVolume = r.text("Satuan Volume");
    const volume = (f: Figure | null): Figure | null =>
      f !== null && isOk(f) && f.unit === null && !f.percent && satuanVolume !== null ? { ...f, unit: satuanVolume } : f;
    out.push({
      kind: JENIS.get((r.text("Jenis") ?? "").trim().toLowerCase()) ?? "lain",
      uraian,
      kode: null,
      kegiatan: r.text("Kegiatan"),
      unit: r.text("Unit Kerja"),
      tahun: yearNumber(r.figure("Tahun"), r.text("Tahun")),
      volumeTarget: volume(r.figure("Volume Target")),
      volumeRealisasi: volume(r.figure("Volume Realisasi")),
      pagu: r.figure("Pagu"),
      blokir: r.figure("Blokir"),
      realisasi: r.figure("Realisasi"),
      realisasiTw: QUARTERS.map((q) => r.figure(`Realisasi ${q}`)),
      // Sisa and serapan are the sheet's own formulas unless the user typed figures there.
      sisa: r.typed("Sisa"),
      serapanStated: r.typed("Serapan"),
      paguTahunLalu: r.figure("Pagu Tahun Lalu"),
      realisasiTahunLalu: r.figure("Realisasi Tahun Lalu"),
      ref: r.ref("Uraian") ?? cellRef(t.table.sheet, row.row, 0),
    });
  });
  return out;
}

/** SAKIP Rencana Aksi entries, keyed to the indicators by their wording. */
export function rencanaAksiInput(t: ScannedTable, keyOf: (uraian: string) => string): RencanaAksiEntry[] {
  const out: RencanaAksiEntry[] = [];
  t.table.rows.forEach((row, k) => {
    const r = new RowReader(t, k);
    const indikator = r.text("Indikator");
    const periodeText = r.text("Periode");
    const periode = periodeText === null ? null : (twLabel(periodeText) ?? periodeText.trim());
    if (indikator === null || periode === null) return;
    out.push({
      indikatorKey: keyOf(indikator),
      periode,
      kegiatan: r.text("Kegiatan"),
      rencanaKegiatan: r.text("Rencana Kegiatan"),
      target: r.figure("Target"),
      pagu: r.figure("Pagu"),
      rencanaPenarikan: r.figure("Rencana Penarikan Dana"),
      realisasiAnggaran: r.figure("Realisasi Anggaran"),
      capaian: r.figure("Capaian"),
      dataDukung: r.text("Data Dukung"),
      status: r.text("Status"),
      keterangan: r.text("Keterangan"),
      ref: r.ref("Periode") ?? cellRef(t.table.sheet, row.row, 0),
    });
  });
  return out;
}

export const isPk = (t: ScannedTable): boolean => t.table.kind === "sakip-input" && t.table.sheet === SHEET.pk;
