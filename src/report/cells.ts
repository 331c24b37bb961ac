// Constructors for report table cells, and the A1 text of a source cell.
import type { CellRef } from "../core/model";
import { decimalsFor } from "./text";
import type { ReportCell } from "./types";

export const KOSONG: ReportCell = { kind: "kosong" };
export const GABUNG: ReportCell = { kind: "gabung" };

export function teks(text: string | null | undefined): ReportCell {
  const t = (text ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? KOSONG : { kind: "teks", text: t };
}

export function persenCell(value: number | null): ReportCell {
  return value === null || !Number.isFinite(value) ? KOSONG : { kind: "persen", value };
}

export function rupiahCell(value: number | null): ReportCell {
  return value === null || !Number.isFinite(value) ? KOSONG : { kind: "rupiah", value };
}

export function jumlahCell(value: number): ReportCell {
  return { kind: "angka", value, decimals: 0, satuan: null };
}

/** A figure in its unit: a percent cell for "%", else a number with its unit word. */
export function nilaiCell(value: number | null, satuan: string | null): ReportCell {
  if (value === null || !Number.isFinite(value)) return KOSONG;
  if (satuan === "%") return { kind: "persen", value };
  return { kind: "angka", value, decimals: decimalsFor(value), satuan };
}

/** "'Capaian 2025'!E5" — the sheet quoted the way Excel writes it. */
export function refText(ref: CellRef): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${ref.cell}`;
}

export function sumberCell(refs: CellRef[]): ReportCell {
  return refs.length === 0 ? KOSONG : { kind: "teks", text: refText(refs[0]) };
}
