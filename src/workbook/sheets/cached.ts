// Cached results of the SAKIP formulas the input sheets write, computed from the cached values
// of the cells they refer to, the way the custom functions (src/functions) compute them. A file the
// CLI writes then reads right in an Excel without the add-in, and in any reader of cached values.
import type { Band, CellValue, Polaritas } from "../../core/model";
import { agregat, type MetodeAgregat } from "../../core/agregat";
import { capaian } from "../../core/capaian";
import { predikat } from "../../core/predikat";
import { serapan } from "../../core/anggaran";
import { cleanDouble, readNumber, unitsMatch } from "../../core/number";
import { NA, VALUE } from "./cells";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

/** An Excel error value as cached text ("#N/A", "#VALUE!", "#DIV/0!"). */
export function isError(v: CellValue): v is string {
  return typeof v === "string" && ERRORS.has(v);
}

/** How the SAKIP functions read one argument (src/functions): numbers, Indonesian texts, blanks. */
type Argument = { kind: "number"; value: number; unit: string | null } | { kind: "empty" } | { kind: "unreadable" };

function read(v: CellValue, money = false): Argument {
  if (v === null || (typeof v === "string" && v.trim() === "")) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: "unreadable" };
  if (typeof v === "number") return { kind: "number", value: v, unit: null };
  const r = readNumber(v, { money });
  if (r.status === "empty") return { kind: "empty" };
  if (r.status === "ok" && r.value !== null) return { kind: "number", value: r.value, unit: r.percent ? "%" : r.unit };
  return { kind: "unreadable" };
}

/** Excel hands no error to a function: the first error among the arguments is the result. */
function firstError(...values: CellValue[]): string | null {
  return values.find(isError) ?? null;
}

/** A required number argument: a blank one is #N/A ("belum diisi"), an unreadable one #VALUE!. */
function required(v: CellValue, money = false): { value: number; unit: string | null } | string {
  const a = read(v, money);
  if (a.kind === "empty") return NA;
  if (a.kind === "unreadable") return VALUE;
  return a;
}

/** =SAKIP.AGREGAT over cells (blanks passed as ""): blanks skipped; nothing filled → #N/A. */
export function cachedAgregat(values: CellValue[], metode: MetodeAgregat): CellValue {
  const error = firstError(...values);
  if (error) return error;
  const numbers: (number | null)[] = [];
  let unit: string | null = null;
  for (const v of values) {
    const a = read(v);
    if (a.kind === "unreadable") return VALUE;
    if (a.kind === "number") {
      if (!unitsMatch(unit, a.unit)) return VALUE;
      unit = unit ?? a.unit;
    }
    numbers.push(a.kind === "number" ? a.value : null);
  }
  return agregat(numbers, metode) ?? NA;
}

/** =SAKIP.CAPAIAN(realisasi, target, polaritas, batas). */
export function cachedCapaian(realisasi: CellValue, target: CellValue, polaritas: Polaritas, batas: number): CellValue {
  const error = firstError(realisasi, target);
  if (error) return error;
  const r = required(realisasi);
  if (typeof r === "string") return r;
  const t = required(target);
  if (typeof t === "string") return t;
  if (!unitsMatch(r.unit, t.unit)) return VALUE;
  const c = capaian(r.value, t.value, polaritas, batas);
  return c.ok ? c.nilai : VALUE;
}

/** =SAKIP.PREDIKAT(capaian, pita). */
export function cachedPredikat(capaianValue: CellValue, pita: Band[]): CellValue {
  if (isError(capaianValue)) return capaianValue;
  const c = required(capaianValue);
  return typeof c === "string" ? c : predikat(c.value, pita);
}

/** =SAKIP.SERAPAN(realisasi, pagu): 0 when both are 0; #VALUE! when pagu is 0 but money was spent. */
export function cachedSerapan(realisasi: CellValue, pagu: CellValue): CellValue {
  const error = firstError(realisasi, pagu);
  if (error) return error;
  const r = required(realisasi, true);
  if (typeof r === "string") return r;
  const p = required(pagu, true);
  if (typeof p === "string") return p;
  if ([r.unit, p.unit].some((u) => u !== null && u !== "Rp")) return VALUE;
  return serapan(r.value, p.value) ?? VALUE;
}

/** Excel's SUM: numbers only (texts and blanks ignored), errors pass through. */
export function cachedSum(values: CellValue[]): CellValue {
  let sum = 0;
  for (const v of values) {
    if (isError(v)) return v;
    if (typeof v === "number") sum += v;
  }
  return cleanDouble(sum);
}

/** True for a cached value a number argument reads as a number. */
export function isNumberValue(v: CellValue): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
