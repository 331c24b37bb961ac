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
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
