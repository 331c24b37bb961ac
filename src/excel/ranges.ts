// A1 rectangles of sheet plans and of Excel's own addresses ("'SAKIP PK'!A1:C3"), as 0-based
// MergeRange. Shared by both gateways; cell-level helpers live in src/workbook/a1.
import { parseA1 } from "../workbook/a1";
import type { MergeRange } from "../workbook/grid";

/** "B2:D5", "b2", "$A$1:$C$3" → 0-based inclusive rectangle (corners in any order). */
export function parseRange(address: string): MergeRange {
  const parts = address.split(":");
  const a = parts.length <= 2 ? parseA1(parts[0]) : null;
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) throw new RangeError(`Alamat rentang tidak sah: "${address}"`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The part of an Excel address after the sheet name: "'A!b'!C3:D4" → "C3:D4". */
export function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * The areas of a multi-area address as Excel writes it ("Sheet1!A1:B2, 'My, Sheet'!C3"):
 * split at the commas that are outside quoted sheet names.
 */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled '' inside a name toggles twice
    else if (ch === "," && !quoted) {
      areas.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = address.slice(start).trim();
  if (last) areas.push(last);
  return areas;
}
