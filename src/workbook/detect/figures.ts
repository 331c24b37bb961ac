// Reading the figure cells of a table: readNumber with the column's money flag and the cell's
// format, percent points made fractions, and a read note for every cell that cannot be read.
import type { CellValue, Figure, Finding, NumberReading } from "../../core/model";
import { readNumber } from "../../core/number";
import type { SheetView } from "./sheet-view";
import { cellText, hasDigit, isExcelError, twLabel } from "./text";
import { remember } from "../../core/remember";

/** Collects read notes, one per cell. */
export class ReadNotes {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  add(severity: "error" | "warning", sheet: string, cell: string, message: string, actual?: string): void {
    const key = `${sheet}!${cell}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const f: Finding = { rule: "value-unreadable", severity, sheet, cell, message };
    if (actual !== undefined) f.actual = actual;
    this.findings.push(f);
  }
}

const DATE_CODE = /[dmyhs]/i;
const FORMAT_NOISE = /"[^"]*"|\\.|\[[^\]]*\]/g;

/** A number format that shows a date or time ("dd/mm/yyyy", "d-mmm-yy", "h:mm"). */
export function isDateFormat(format: string | null): boolean {
  if (format === null || format === "" || /^general$/i.test(format)) return false;
  return showsDate(format);
}

/** Each format is read once (remember.ts). */
const showsDate = remember((format: string) => DATE_CODE.test(format.replace(FORMAT_NOISE, "").replace(/E[+-]/gi, "")), 1000);

/** The reading (a fresh object from readNumber) with its cell: no copy per figure. */
function figure(reading: NumberReading, view: SheetView, r: number, c: number): Figure {
  const f = reading as Figure;
  f.ref = view.ref(r, c);
  return f;
}

export interface FigureOptions {
  money: boolean;
  /** Column label, for messages. */
  label: string;
}

/**
 * The figure of one cell; null for empty cells, quarter labels ("TW I" in a Rencana Aksi
 * column) and plain words without a digit (a note such as "Tidak ada" is not a number slip).
 * `text` replaces the cell's own value when one cell holds several values (split items).
 */
export function readFigure(
  view: SheetView,
  r: number,
  c: number,
  opts: FigureOptions,
  notes: ReadNotes,
  text?: string,
): Figure | null {
  const value: CellValue = text ?? view.value(r, c);
  if (value === null) {
    if (view.formula(r, c)) {
      const where = view.ref(r, c);
      notes.add(
        "warning",
        where.sheet,
        where.cell,
        `Sel ${where.cell} berisi rumus tanpa nilai tersimpan; buka dan simpan ulang buku kerja di Excel agar nilainya terhitung.`,
        view.formula(r, c) ?? undefined,
      );
    }
    return null;
  }
  if (isExcelError(value)) {
    const where = view.ref(r, c);
    notes.add("error", where.sheet, where.cell, `Sel ${where.cell} berisi galat Excel ${value.trim()}; nilainya tidak dapat dibaca.`, value);
    return figure({ status: "unreadable", value: null, unit: null, percent: false, decimals: null, raw: value }, view, r, c);
  }
  const format = text === undefined ? view.format(r, c) : null;
  if (typeof value === "number" && isDateFormat(format)) {
    const where = view.ref(r, c);
    notes.add(
      "error",
      where.sheet,
      where.cell,
      `Sel ${where.cell} berisi tanggal, padahal kolom "${opts.label}" berisi angka.`,
      String(value),
    );
    return figure({ status: "unreadable", value: null, unit: null, percent: false, decimals: null, raw: value }, view, r, c);
  }
  if (typeof value === "string") {
    const t = cellText(value);
    if (t === "" || twLabel(t) !== null) return null;
    if (!hasDigit(t) && !readableWord(t)) return null;
  }
  const reading = readNumber(value, { money: opts.money, format });
  if (reading.status === "unreadable") {
    const where = view.ref(r, c);
    notes.add(
      "error",
      where.sheet,
      where.cell,
      `Nilai "${cellText(value)}" di sel ${where.cell} (kolom "${opts.label}") tidak dapat dibaca sebagai angka.`,
      cellText(value),
    );
  }
  return figure(reading, view, r, c);
}

const EMPTY_WORDS = new Set(["n/a", "na", "nan", "nan %", "-", "--", "—", "–"]);
function readableWord(t: string): boolean {
  return EMPTY_WORDS.has(t.toLowerCase());
}

/** Percent points (84.59 meaning 84,59%) as a fraction, keeping the stated decimals. */
export function fromPoints(f: Figure): Figure {
  if (f.status !== "ok" || f.value === null || f.percent) return f;
  const value = Number((f.value / 100).toPrecision(15));
  return { ...f, value, percent: true, unit: "%" };
}

/** A fraction written without a percent sign in a percent column (0.95 meaning 95%). */
export function asFraction(f: Figure): Figure {
  if (f.status !== "ok" || f.value === null || f.percent) return f;
  const decimals = f.decimals === null ? null : Math.max(0, f.decimals - 2);
  return { ...f, percent: true, unit: "%", decimals };
}
