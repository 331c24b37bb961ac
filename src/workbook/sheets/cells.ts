// Cells of the SAKIP input sheets: literals, formulas with their cached values, figures with
// number formats that match how they were written.
import type { CellRef, CellValue, Figure, NumberReading } from "../../core/model";
import type { PlanCell } from "../grid";
import { unitsMatch } from "../../core/number";
import { sheetRef } from "../a1";

/** Rupiah amounts. The header row is a contract without units, so the format says "Rp". */
export const RUPIAH = '"Rp" #,##0';
/** Computed fractions (capaian, serapan). */
export const PERSEN = "0.00%";

/**
 * Cached results that are Excel errors. PlanCell.v holds them as their text; the gateways
 * must write a formula's cached "#N/A" / "#VALUE!" as an error result, not as a string.
 */
export const NA = "#N/A";
export const VALUE = "#VALUE!";

/** A user's text, always a literal value: never a formula, whatever it starts with. */
export function text(s: string | null | undefined): PlanCell | null {
  return s == null || s === "" ? null : { v: s };
}

export function value(v: number | null): PlanCell | null {
  return v === null ? null : { v };
}

/** One of our own formulas with the value it computes. */
export function formula(f: string, cached: CellValue, fmt?: string | null): PlanCell {
  return fmt ? { f, v: cached, fmt } : { f, v: cached };
}

export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The fewest decimals (up to 4) that show `v` exactly, in the shown scale (×100 for %). */
function shownDecimals(v: number, percent: boolean): number {
  const shown = percent ? v * 100 : v;
  for (let d = 0; d < 4; d++) {
    const scaled = shown * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 4;
}

/** The number format that shows a reading as it was written. */
export function readingFormat(r: NumberReading): string {
  if (r.unit === "Rp") return RUPIAH;
  const decimals = r.decimals ?? (r.value === null ? 0 : shownDecimals(r.value, r.percent));
  return r.percent ? percentFormat(decimals) : numberFormat(decimals);
}

/** The unit a reading states ("%" for percentages), or null when it is a bare number. */
function readingUnit(r: NumberReading): string | null {
  return r.percent ? "%" : r.unit;
}

/** True when the figure names a unit other than the row's satuan ("2 Dokumen" under "Layanan"). */
function unitConflicts(r: NumberReading, satuan: string | null): boolean {
  return !unitsMatch(readingUnit(r), satuan);
}

/**
 * A figure as a cell: its number with a format showing it as written. Kept as the literal text
 * it was when a number would lose something (unreadable, or a unit that is not the row's), so
 * the reader finds the same slip again. Empty figures stay empty, with `emptyFmt` for typing.
 */
export function figureCell(fig: Figure | null, satuan: string | null, emptyFmt: string | null): PlanCell | null {
  if (fig === null || fig.status === "empty") return emptyFmt ? { fmt: emptyFmt } : null;
  if (fig.status === "unreadable" || fig.value === null || unitConflicts(fig, satuan)) {
    return text(fig.raw === null ? null : String(fig.raw));
  }
  return { v: fig.value, fmt: readingFormat(fig) };
}

/** An amount as a cell: "Rp 4.327.073.000" whatever format the source cell had. */
export function moneyCell(fig: Figure | null): PlanCell | null {
  const cell = figureCell(fig, null, RUPIAH);
  return cell && typeof cell.v === "number" ? { ...cell, fmt: RUPIAH } : cell;
}

/** Where rows came from: "'Capaian 2025'!B7; 'PK 2025'!C5" (each address once). */
export function sumberText(refs: (CellRef | null)[]): string | null {
  const seen = new Set<string>();
  for (const r of refs) if (r) seen.add(sheetRef(r.sheet, r.cell));
  return seen.size > 0 ? [...seen].join("; ") : null;
}

/** 0-based column index of each header of a layout row. */
export function columnsOf<H extends string>(headers: readonly H[]): Record<H, number> {
  const out = {} as Record<H, number>;
  headers.forEach((h, i) => (out[h] = i));
  return out;
}
