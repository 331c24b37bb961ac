// The Report: chapter III of an LKjIP as plain data. buildReport computes it once; the
// Ringkasan and Narasi sheet plans and the Word document are renderings of the same data,
// so a figure in a paragraph is the figure in its table row.
import type { CellRef, Polaritas, Settings } from "../core/model";
import type { Evaluation } from "../core/evaluate";

export type TableId =
  | "capaian"
  | "tahun-lalu"
  | "renstra"
  | "rekap-predikat"
  | "rekap-status"
  | "anggaran-kegiatan"
  | "anggaran-jenis-belanja"
  | "anggaran-tahunan"
  | "efisiensi";

/** One cell of a report table; numbers stay numbers (fractions for percentages). */
export type ReportCell =
  | { kind: "teks"; text: string }
  | { kind: "persen"; value: number }
  | { kind: "angka"; value: number; decimals: number; satuan: string | null }
  | { kind: "rupiah"; value: number }
  /** No value (shown "-"): absent data, never a zero. */
  | { kind: "kosong" }
  /** Covered by the cell above, which is merged down over it. */
  | { kind: "gabung" };

export interface ReportColumn {
  header: string;
  /** Upper header over adjacent columns with the same group ("Tahun 2024"). */
  group?: string;
  /** How many sheet columns the column takes in the Ringkasan sheet (default 1). */
  span?: number;
}

export interface ReportRow {
  kind: "data" | "total";
  cells: ReportCell[];
  /** Cells merged down over the following rows: column index → number of rows (≥ 2). */
  rowSpans?: { col: number; rows: number }[];
  /** The user's cells this row was computed from (first one is the main source). */
  sources: CellRef[];
  /** Indikator key for indicator rows. */
  key?: string;
}

export interface ReportTable {
  id: TableId;
  /** 1-based number in the chapter ("Tabel 3.1"). */
  nomor: number;
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Shown under the table: why it is empty, or a note on its figures. */
  note: string | null;
}

/** A table row a paragraph relies on (0-based index into ReportTable.rows). */
export interface RowRef {
  table: TableId;
  row: number;
}

export interface Paragraph {
  /** "a".."g" for indicator paragraphs, "1".."n" for Kesimpulan points, "" otherwise. */
  label: string;
  heading: string;
  text: string;
  /** True when the text holds a "[isi …]" placeholder for the user to complete. */
  placeholder: boolean;
  refs: RowRef[];
  sources: CellRef[];
  /**
   * Figures the text states that are computed over several table rows (how many UPT reached
   * the target, the mean capaian of the UPT): no single table cell holds them. Only the
   * summaries of per-unit indicators have them; the sentence tests accept them for this
   * paragraph alone.
   */
  figures?: number[];
}

/** The computed figures of one indicator (never the ones the user printed). */
export interface IndikatorHasil {
  key: string;
  /** "1.2": sasaran number, indicator number within the sasaran. */
  nomor: string;
  sasaranNomor: number;
  sasaran: string | null;
  uraian: string;
  /** The UPT of a Kanwil's per-unit indicator (its UPT rows share `nomor`); null otherwise. */
  unit: string | null;
  satuan: string | null;
  polaritas: Polaritas;
  evaluasi: Evaluation;
  /** Index of the indicator's row in the "capaian" table. */
  row: number;
}

export interface NarasiIndikator {
  key: string;
  nomor: string;
  uraian: string;
  paragraphs: Paragraph[];
}

export interface NarasiSasaran {
  nomor: number;
  uraian: string | null;
  indikator: NarasiIndikator[];
}

export interface Report {
  unit: string | null;
  tahun: number | null;
  settings: Settings;
  indikator: IndikatorHasil[];
  /** In chapter order; each id at most once. */
  tables: ReportTable[];
  /** Opening paragraphs of "A. Capaian Kinerja Organisasi". */
  pengantar: Paragraph[];
  sasaran: NarasiSasaran[];
  /** Paragraphs of "B. Realisasi Anggaran". */
  anggaran: Paragraph[];
  kesimpulan: Paragraph[];
}
