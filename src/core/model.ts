// The data model of DOMAIN.md §3, shared by the reader (src/workbook), the checks,
// the report and the gateways. Plain data only: no classes, no host objects, so a model
// can be built in Node, in the task pane, or in a test by hand.

/** A value as a spreadsheet cell holds it. Excel errors arrive as their text ("#DIV/0!"). */
export type CellValue = string | number | boolean | null;

/** Where a figure came from: sheet name and A1 address ("D7"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

export type Polaritas = "positif" | "negatif" | "negatif-rasio";
/** The formula used for negative indicators (DOMAIN §4). */
export type RumusNegatif = "negatif" | "negatif-rasio";
export type Severity = "error" | "warning" | "info";
/** Reporting period of the report being checked. */
export type Periode = "TW1" | "TW2" | "TW3" | "TW4" | "S1" | "TAHUN";
export type Tingkat = "Sasaran Strategis" | "Sasaran Program" | "Sasaran Kegiatan";

/**
 * A number read from a cell (DOMAIN §7 "Reading a number written as text").
 * Percentages are fractions: "2,5%" → value 0.025, percent true, decimals 1.
 */
export interface NumberReading {
  status: "ok" | "empty" | "unreadable";
  /** The number; for percentages the fraction. null unless status is "ok". */
  value: number | null;
  /** "%" for percentages, "Rp" for money, the unit word as written ("Layanan"), or null. */
  unit: string | null;
  /** True when the figure is a percentage (value is a fraction, shown ×100). */
  percent: boolean;
  /**
   * Decimals as the user wrote or displays them, in the shown scale: "44,77%" → 2,
   * 0.4477 with format "0.00%" → 2, "3,5" → 1, 4327073000 → 0. null when unknown
   * (a computed double shown in General format): then compare at full precision.
   */
  decimals: number | null;
  /** The cell's content as it was. */
  raw: CellValue;
}

/** A figure in the model: a reading and the cell it came from. */
export interface Figure extends NumberReading {
  ref: CellRef | null;
}

/** A text taken from a cell, with its address (sasaran, keterangan, stated predikat …). */
export interface TextCell {
  text: string;
  ref: CellRef | null;
}

/** Period keys: quarters "TW1".."TW4", months "B01".."B12", "S1", "S2", "TAHUN". */
export type PeriodKey = string;

export interface RealisasiEntry {
  periode: PeriodKey;
  nilai: Figure | null;
  pembilang: Figure | null;
  penyebut: Figure | null;
}

/** A figure of an earlier year (for the comparison with last year and before). */
export interface YearFigure {
  tahun: number | null;
  target: Figure | null;
  realisasi: Figure | null;
  capaian: Figure | null;
}

/** The same indicator read with different figures in two places: kept, never chosen silently. */
export interface Conflict {
  field: string;
  a: Figure;
  b: Figure;
}

export interface Indikator {
  /**
   * Normalised wording used to match one indicator across tables (see src/workbook). For an
   * indicator of a unit (`unit` set) the unit's normalised name is part of it
   * ("<wording> | <unit>"), so the same indicator of two UPTs has two keys.
   */
  key: string;
  /**
   * The unit (UPT) whose indicator this is, as its row in a Kanwil's per-unit table names it
   * ("Unit Kerja", "UPT", "Satuan Kerja" column). Absent or null for the workbook's own
   * indicators. Indicators of different units are never merged.
   */
  unit?: string | null;
  no: string | null;
  kode: string | null;
  uraian: string;
  sasaran: string | null;
  tingkat: Tingkat | null;
  /** "%" for percent targets, else the unit word ("Layanan", "Indeks", "Dokumen"), or null. */
  satuan: string | null;
  polaritas: Polaritas;
  /** True when the workbook itself states the polarity; false when it is the default. */
  polaritasStated: boolean;
  formulasi: string | null;
  target: Figure | null;
  /** Quarterly targets TW I..IV (length 4, null where absent). */
  targetTw: (Figure | null)[];
  targetRenstra: { tahun: number | null; figure: Figure }[];
  /** Earlier years' figures, most recent first. */
  riwayat: YearFigure[];
  standarNasional: Figure | null;
  realisasi: RealisasiEntry[];
  /** Whether quarterly realisasi are cumulative (s.d. TW); null when the sheet does not say. */
  kumulatif: boolean | null;
  /** Capaian and predikat as the user printed them (checked, never reused in output). */
  capaianStated: Figure | null;
  predikatStated: TextCell | null;
  /** The user's own notes: causes, solutions (paragraph e). */
  keterangan: TextCell[];
  /** Programmes/activities the user names as supporting the indicator (paragraph g). */
  kegiatan: TextCell[];
  /** Every row this indicator was read from. */
  sources: CellRef[];
  conflicts: Conflict[];
}

export type AnggaranKind = "program" | "kegiatan" | "output" | "jenis-belanja" | "unit" | "lain";

export interface AnggaranLine {
  kind: AnggaranKind;
  uraian: string;
  kode: string | null;
  /** Parent kegiatan of an output line, where the table gives it. */
  kegiatan: string | null;
  /** Unit (UPT) name in per-unit tables of a Kanwil. */
  unit: string | null;
  tahun: number | null;
  volumeTarget: Figure | null;
  volumeRealisasi: Figure | null;
  pagu: Figure | null;
  blokir: Figure | null;
  realisasi: Figure | null;
  /** Realisasi per quarter where the table gives it (length 4). */
  realisasiTw: (Figure | null)[];
  sisa: Figure | null;
  serapanStated: Figure | null;
  /** The same line a year earlier, for the year-on-year table. */
  paguTahunLalu: Figure | null;
  realisasiTahunLalu: Figure | null;
  ref: CellRef;
}

/** One row of a Rencana Aksi: an indicator's plan for one quarter. */
export interface RencanaAksiEntry {
  indikatorKey: string;
  periode: PeriodKey;
  kegiatan: string | null;
  rencanaKegiatan: string | null;
  target: Figure | null;
  pagu: Figure | null;
  rencanaPenarikan: Figure | null;
  realisasiAnggaran: Figure | null;
  capaian: Figure | null;
  dataDukung: string | null;
  status: string | null;
  keterangan: string | null;
  ref: CellRef;
}

/** Column roles recognised in users' tables (src/workbook/detect). */
export type ColumnRole =
  | "no"
  | "tingkat"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "polaritas"
  | "formulasi"
  | "target"
  | "realisasi"
  | "capaian"
  | "predikat"
  | "pembilang"
  | "penyebut"
  | "target-renstra"
  | "standar-nasional"
  | "program"
  | "kegiatan"
  | "output"
  | "jenis-belanja"
  | "unit"
  | "volume-target"
  | "volume-realisasi"
  | "pagu"
  | "blokir"
  | "realisasi-anggaran"
  | "sisa"
  | "serapan"
  | "persen"
  | "total"
  | "rencana-penarikan"
  | "rencana-kegiatan"
  | "periode"
  | "data-dukung"
  | "status"
  | "keterangan";

export interface TableColumn {
  role: ColumnRole;
  /** 0-based column index on the sheet. */
  col: number;
  /** The header text(s), joined with " / " for two-row headers. */
  label: string;
  /** Year from the header ("Target 2025", "Tahun 2023" above it), or null. */
  tahun: number | null;
  /** Period from the header ("TW II", "B03", "Triwulan III"), or null. */
  periode: PeriodKey | null;
  /** Money column (pagu, realisasi anggaran, Rp): "4.327" reads as thousands. */
  money: boolean;
  /** The header says the figures are percent points ("Capaian (%)", "Kinerja (%)"). */
  percentPoints: boolean;
}

export type TableKind = "kinerja" | "anggaran" | "rencana-aksi" | "per-unit" | "sakip-input" | "lain";
export type RowKind = "data" | "total" | "section" | "periode";

export interface TableRow {
  /** 0-based row index on the sheet. */
  row: number;
  kind: RowKind;
  /** Section label in force ("TAHUN 2022"), which a TOTAL below sums over. */
  section: string | null;
  /** Aligned with DetectedTable.columns: the figure read from each column (null: not numeric/absent). */
  figures: (Figure | null)[];
  /** Aligned with DetectedTable.columns: the text of each cell, merged/blank sasaran carried down. */
  texts: (string | null)[];
}

/** A table as the user laid it out, with every figure as stated (checks read these). */
export interface DetectedTable {
  sheet: string;
  kind: TableKind;
  /** Title lines found above the table (unit name, year). */
  title: string[];
  /** 0-based inclusive rows of the header block (numbering row "(1) (2)" included). */
  headerTop: number;
  headerBottom: number;
  columns: TableColumn[];
  rows: TableRow[];
}

export interface UnitInfo {
  nama: string | null;
  tahun: number | null;
}

/** Everything read from one workbook. */
export interface SakipModel {
  unit: UnitInfo;
  indikator: Indikator[];
  anggaran: AnggaranLine[];
  rencanaAksi: RencanaAksiEntry[];
  tables: DetectedTable[];
  /**
   * Findings made while reading: unreadable cells, Excel errors and formulas without a cached
   * value (value-unreadable), and a workbook with no table at all (target-missing, info).
   */
  readNotes: Finding[];
}

/** Rule ids of DOMAIN.md §9 (a contract). */
export type RuleId =
  | "target-missing"
  | "realisasi-missing"
  | "value-unreadable"
  | "unit-mismatch"
  | "capaian-mismatch"
  | "realisasi-mismatch"
  | "cap-not-applied"
  | "polarity-suspect"
  | "predikat-mismatch"
  | "total-mismatch"
  | "sisa-mismatch"
  | "persen-mismatch"
  | "realisasi-exceeds-pagu"
  | "serapan-low"
  | "tw-not-cumulative"
  | "tw-sum-mismatch"
  | "duplicate-indicator"
  | "target-changed";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  /** Indonesian, says what was expected and what was found. */
  message: string;
  expected?: string;
  actual?: string;
}

/** A predikat band: capaian (fraction, after cap) from `min` up gets `label`. */
export interface Band {
  min: number;
  label: string;
}

export interface Settings {
  /** The cap as a fraction (1.2 = 120%); 0 = no cap. */
  batas: number;
  polaritasNegatif: RumusNegatif;
  periode: Periode;
  /** Reporting year; null = take it from the workbook. */
  tahun: number | null;
  pita: Band[];
}
