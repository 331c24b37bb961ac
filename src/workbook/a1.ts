// A1 addresses for the formulas and ranges of sheet plans. Rows and columns are 0-based here
// (row 0, col 0 is "A1"), like Grid.values.

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function colName(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Kolom tidak sah: ${index}`);
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The address of a 0-based cell: a1(1, 4) → "E2". */
export function a1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Baris tidak sah: ${row}`);
  return `${colName(col)}${row + 1}`;
}

/** A rectangle of 0-based cells: range(1, 2, 8, 2) → "C2:C9". */
export function range(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/**
 * The 0-based cell of an address ("$E$2" and "e2" too); null when it is not one. Read by
 * character, not by a regular expression: the checks ask it for every finding and source.
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const s = address.trim();
  const n = s.length;
  let i = s.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < n; i++) {
    const upper = s.charCodeAt(i) & ~32; // a-z → A-Z
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (s.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  const first = s.charCodeAt(i);
  if (!(first >= 49 && first <= 57)) return null; // 1-9
  for (i++; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
  }
  return { row: Number(s.slice(digitsFrom)) - 1, col: col - 1 };
}

const DOLLAR = 36;

/** A sheet name as a formula writes it: quoted unless it is a plain word ("'SAKIP PK'"). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && parseA1(name) === null ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell of another sheet: sheetRef("SAKIP PK", "E2") → "'SAKIP PK'!E2". */
export function sheetRef(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}
