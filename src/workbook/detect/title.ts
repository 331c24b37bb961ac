// Title blocks above tables: the unit's name ("BALAI PEMASYARAKATAN KELAS II MAGELANG") and the
// year ("TAHUN 2025") of the report.

const UNIT = new RegExp(
  "\\b(?:balai pemasyarakatan|balai pemasarakatan|lembaga pemasyarakatan|lembaga pembinaan khusus anak|" +
    "rumah tahanan negara|rumah tahanan|rumah penyimpanan benda sitaan negara|kantor wilayah|" +
    "bapas|lapas|rutan|lpka|lpp|rupbasan|kanwil)\\b",
  "i",
);
const TRAILING_YEAR = /[\s,.-]*(?:\b(?:tahun(?:\s+anggaran)?|ta|t\.a\.)\s*)?\b(?:19|20|21)\d\d\b[\s.]*$/i;
const KEMENTERIAN = /^(?:kementerian|direktorat)/i;

/** The unit named in a title line, from its type word to the end, without a trailing year. */
export function unitName(line: string): string | null {
  if (line.length > 160 || KEMENTERIAN.test(line.trim())) return null;
  const m = UNIT.exec(line);
  if (!m) return null;
  const name = line.slice(m.index).replace(TRAILING_YEAR, "").replace(/\s+/g, " ").trim();
  return name.split(" ").length >= 2 ? name : null;
}

const YEARS = /(?:^|[^0-9])((?:19|20|21)\d\d)(?![0-9])/g;
/** The end of a period "2025-2029", "2025 s.d. 2029": a plan's horizon, not the report's year. */
const RANGE_END = /((?:19|20|21)\d\d)\s*(?:-|–|—|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(?:19|20|21)\d\d/gi;

/**
 * The year a title line states ("PERJANJIAN KINERJA TAHUN 2025", "… MAGELANG 2026"). A line
 * comparing years ("TAHUN 2022 DAN TAHUN 2023") is about the latest of them.
 */
export function titleYear(line: string): number | null {
  if (line.length > 160) return null;
  let latest: number | null = null;
  for (const m of line.replace(RANGE_END, "$1").matchAll(YEARS)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}
