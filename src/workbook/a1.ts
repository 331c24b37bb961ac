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

/** The 0-based cell of an address ("$E$2" and "e2" too); null when it is not one. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A sheet name as a formula writes it: quoted unless it is a plain word ("'SAKIP PK'"). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && parseA1(name) === null ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell of another sheet: sheetRef("SAKIP PK", "E2") → "'SAKIP PK'!E2". */
export function sheetRef(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}
