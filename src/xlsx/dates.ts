// Dates as both readers give them: the serial number Excel stores, decoded the way ExcelJS
// decodes it (to a Date, rounded to the millisecond) and encoded back, so a date cell reads
// the same number through ExcelJS (read.ts) and through the fast reader (sheet-xml.ts).

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 system); the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1904 = 1462;

/** Excel's serial number of a date as ExcelJS decoded it (inverse of its excelToDate). */
export function serial(date: Date, date1904: boolean): number {
  const days = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY; // drop float noise below a millisecond
}

/** ExcelJS's utils.excelToDate, same arithmetic: a serial past the Date range gives an invalid Date. */
export function excelDate(value: number, date1904: boolean): Date {
  return new Date(Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * 24 * 3600 * 1000));
}

/** ExcelJS's utils.isDateFmt: a format with date or time letters outside quotes and brackets. */
export function isExcelJsDateFormat(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The format a date cell without one gets (both readers), so it still reads as a date. */
export const DATE_FORMAT = "yyyy-mm-dd";

const ISO_DATE = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Excel's serial of 1900-03-01: earlier serials count the 29 February 1900 that never was. */
const FIRST_TRUE_SERIAL = 61;

/**
 * A t="d" cell's ISO 8601 text ("2025-03-31", "2025-03-31T12:30:00", "12:30:00"; Excel writes
 * them in Strict Open XML files) as Excel's serial number, the clock time taken as written; null
 * when it is not such a text or falls before the date system's first day.
 */
export function isoDateSerial(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const [, year, month, day, hours = "0", minutes = "0", seconds = "0", fraction = ""] = m;
  const time = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds) + Number(`0${fraction}`)) / 86_400;
  if (year === undefined) return time;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const date = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March: such a text is no date.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
  let days = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
  if (!date1904 && days < FIRST_TRUE_SERIAL) days -= 1;
  if (days < 0) return null;
  return Math.round((days + time) * MS_PER_DAY) / MS_PER_DAY;
}
