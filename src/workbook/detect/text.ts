// Small text helpers shared by detection and model building. All regexes are built once here,
// never inside the loops that call these functions.
import type { CellValue, PeriodKey } from "../../core/model";

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/** Texts needing no clean-up (the common case): testing is cheaper than replacing. */
const UNTIDY = /[\t\n\r\u00a0\u2007\u202f]| {2}|^\s|\s$/;

/** A cell's text as written, spaces collapsed; "" for empty cells. Numbers as JS prints them. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return UNTIDY.test(v) ? v.replace(SPACES, " ").trim() : v;
  return String(v);
}

/** Lower case, spaces collapsed: the form header and label comparisons use. */
export function fold(s: string): string {
  return s.toLowerCase().replace(SPACES, " ").trim();
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const TW_LABEL = /^(?:tw|trw|triwulan|tri wulan|kuartal|q)\s*[-.]?\s*(iv|i{1,3}|[1-4])$/;

/** "TW I", "Triwulan 3", "TW-IV" → "TW1".."TW4"; anything else → null. */
export function twLabel(text: string): PeriodKey | null {
  if (text.length > 16) return null;
  const m = TW_LABEL.exec(fold(text));
  if (!m) return null;
  const n = ROMAN[m[1]] ?? Number(m[1]);
  return `TW${n}`;
}

const YEAR = /(?:^|[^0-9])((?:19[5-9]|20\d|21\d)\d)(?![0-9])/;

/** The first four-digit year in a text ("TAHUN 2025" → 2025), or null. */
export function yearIn(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** A number that is a plausible year (a header cell holding 2024). */
export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1950 && v <= 2199;
}

const ENUM_PREFIX = /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z])[.)]\s+/;

/** Drops a leading enumerator: "1. Persentase …" → "Persentase …", "1.2. …", "a) …" → "…". */
export function stripEnumerator(s: string): string {
  return s.replace(ENUM_PREFIX, "").trim();
}

const HAS_DIGIT = /\d/;
export function hasDigit(s: string): boolean {
  return HAS_DIGIT.test(s);
}

/** Excel error values as gateways pass them ("#DIV/0!", "#N/A" …). */
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
export function isExcelError(v: CellValue): v is string {
  return typeof v === "string" && v.length <= 14 && EXCEL_ERROR.test(v.trim());
}
