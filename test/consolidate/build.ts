// Hand-built model pieces for the pure tests of the recap: budget lines, detected tables and
// whole (small) models, with defaults for everything a test does not care about.
import type { AnggaranKind, AnggaranLine, ColumnRole, DetectedTable, Figure, Finding, RowKind, SakipModel, TableKind } from "../../src/core/model";

export function fig(value: number): Figure {
  return { status: "ok", value, unit: null, percent: false, decimals: 0, raw: value, ref: null };
}

export function line(kind: AnggaranKind, uraian: string, pagu: number | null, realisasi: number | null, more: Partial<AnggaranLine> = {}): AnggaranLine {
  return {
    kind,
    uraian,
    kode: /^(\d{2})\s/.exec(uraian)?.[1] ?? null,
    kegiatan: null,
    unit: null,
    tahun: 2025,
    volumeTarget: null,
    volumeRealisasi: null,
    pagu: pagu === null ? null : fig(pagu),
    blokir: null,
    realisasi: realisasi === null ? null : fig(realisasi),
    realisasiTw: [null, null, null, null],
    sisa: null,
    serapanStated: null,
    paguTahunLalu: null,
    realisasiTahunLalu: null,
    ref: { sheet: "Anggaran", cell: "B2" },
    ...more,
  };
}

export interface Col {
  role: ColumnRole;
  periode?: string;
}

/** A table whose header is on row 1 (0-based 0) and body from row 2; texts for text cells. */
export function table(sheet: string, kind: TableKind, cols: Col[], rows: { kind?: RowKind; cells: (string | number | null)[] }[], title: string[] = []): DetectedTable {
  return {
    sheet,
    kind,
    title,
    headerTop: 0,
    headerBottom: 0,
    columns: cols.map((c, i) => ({ role: c.role, col: i, label: c.role, tahun: null, periode: c.periode ?? null, money: false, percentPoints: false })),
    rows: rows.map((r, i) => ({
      row: i + 1,
      kind: r.kind ?? "data",
      section: null,
      figures: r.cells.map((c) => (typeof c === "number" ? fig(c) : null)),
      texts: r.cells.map((c) => (typeof c === "string" ? c : null)),
    })),
  };
}

export function model(more: Partial<SakipModel> = {}): SakipModel {
  return { unit: { nama: null, tahun: 2025 }, indikator: [], anggaran: [], rencanaAksi: [], tables: [], readNotes: [], ...more };
}

export function finding(rule: Finding["rule"], sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding {
  return { rule, severity, sheet, cell, message: `${rule} di ${cell}`, expected: "Rp 100", actual: "Rp 90" };
}
