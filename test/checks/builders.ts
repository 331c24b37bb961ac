// Small builders for the checks' tests: user tables (DetectedTable) laid out from A1 like a
// sheet — header on row 1, body from row 2 — with figures read the way the reader reads them
// (readNumber; percent points and fractions in percent columns made fractions), and model
// pieces with sensible defaults.
import type {
  AnggaranLine,
  CellRef,
  CellValue,
  ColumnRole,
  DetectedTable,
  Figure,
  Finding,
  Indikator,
  PeriodKey,
  RowKind,
  RuleId,
  SakipModel,
  Settings,
  TableColumn,
  TableKind,
  TableRow,
} from "../../src/core/model";
import { runChecks } from "../../src/checks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { a1 } from "../../src/workbook/a1";
import { indikatorKey } from "../../src/workbook/match";
import * as build from "../support/model";
import { model, readFigure, type ReadOptions } from "../support/model";

export { entry, model } from "../support/model";

const TEXT_ROLES = new Set<ColumnRole>([
  "no", "tingkat", "sasaran", "indikator", "satuan", "polaritas", "formulasi", "predikat", "program", "kegiatan",
  "output", "jenis-belanja", "unit", "rencana-kegiatan", "periode", "data-dukung", "status", "keterangan",
]);
const PERCENT_ROLES = new Set<ColumnRole>(["capaian", "serapan", "persen"]);
const MONEY_ROLES = new Set<ColumnRole>(["pagu", "blokir", "realisasi-anggaran", "sisa", "rencana-penarikan"]);

export interface ColSpec {
  role: ColumnRole;
  label?: string;
  tahun?: number | null;
  periode?: PeriodKey | null;
  money?: boolean;
  /** "Capaian (%)": plain numbers are points. */
  points?: boolean;
}

export interface RowSpec {
  kind?: RowKind;
  section?: string | null;
  cells: CellValue[];
}

/** A cell reference "Sheet!D4" → CellRef. */
export function ref(address: string): CellRef {
  const i = address.lastIndexOf("!");
  return { sheet: address.slice(0, i), cell: address.slice(i + 1) };
}

/** A figure read from a raw cell value, as the reader does; `at` is "Sheet!D4". */
export function fig(raw: CellValue, at: string | null = null, opts: ReadOptions = {}): Figure {
  return readFigure(raw, at ? ref(at) : null, opts);
}

const TOTAL_TEXT = /^\s*(total|jumlah)\b/i;

/**
 * A table on `sheet` with its header on row `top` + 1 and the body below, columns from
 * `left` (0 = A). Rows whose first text says TOTAL/JUMLAH are total rows.
 */
export function table(
  sheet: string,
  kind: TableKind,
  specs: ColSpec[],
  body: (CellValue[] | RowSpec)[],
  opts: { top?: number; left?: number } = {},
): DetectedTable {
  const top = opts.top ?? 0;
  const left = opts.left ?? 0;
  const columns: TableColumn[] = specs.map((s, i) => ({
    role: s.role,
    col: left + i,
    label: s.label ?? s.role,
    tahun: s.tahun ?? null,
    periode: s.periode ?? null,
    money: s.money ?? MONEY_ROLES.has(s.role),
    percentPoints: s.points ?? false,
  }));
  let section: string | null = null;
  const rows: TableRow[] = body.map((b, i) => {
    const spec: RowSpec = Array.isArray(b) ? { cells: b } : b;
    const row = top + 1 + i;
    const texts = columns.map((_, j) => {
      const v = spec.cells[j];
      return v === null || v === undefined || v === "" ? null : String(v);
    });
    const firstText = texts.find((t) => t !== null && !/^[\d.]+$/.test(t)) ?? "";
    const kind: RowKind = spec.kind ?? (TOTAL_TEXT.test(firstText) ? "total" : "data");
    if (kind === "section") section = spec.section ?? firstText;
    const figures = columns.map((c, j) => {
      const v = spec.cells[j] ?? null;
      if (TEXT_ROLES.has(c.role) || v === null || v === "") return null;
      return fig(v, `${sheet}!${a1(row, c.col)}`, { money: c.money, percentColumn: PERCENT_ROLES.has(c.role) || c.percentPoints });
    });
    return { row, kind, section: spec.section !== undefined && kind !== "section" ? spec.section : section, figures, texts };
  });
  return { sheet, kind, title: [], headerTop: top, headerBottom: top, columns, rows };
}

export function indikator(p: Partial<Indikator> & { uraian: string }): Indikator {
  return build.indikator(p.uraian, { key: indikatorKey(p.uraian), tingkat: null, ...p });
}

export function anggaranLine(p: Partial<AnggaranLine> & { uraian: string; ref: CellRef }): AnggaranLine {
  return build.anggaranLine(p.uraian, { kind: "kegiatan", tahun: null, ...p });
}

export function settings(p: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...p };
}

/** "Sheet!Cell" of the findings of one rule (all rules when omitted). */
export function where(findings: Finding[], rule?: RuleId): string[] {
  return findings.filter((f) => rule === undefined || f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
}

/** Runs the checks on a model of these tables (and model parts) with default settings. */
export function check(parts: Partial<SakipModel>, s: Partial<Settings> = {}): Finding[] {
  return runChecks(model(parts), settings(s));
}
