// A shared formula's text in one of its cells: the master cell's formula with each relative
// reference moved by the cell's offset from the master. The same rules as ExcelJS's
// slideFormula (lib/utils/shared-formula.js), so both readers give the same text: a name
// followed by "(" is a function; a column past XFD is a defined name, not a reference.
import { colName } from "../workbook/a1";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const MAX_COLUMNS = 16_384;

/** `formula` (without "=") of the master at (row, col), as it reads at (toRow, toCol); 0-based. */
export function slideFormula(formula: string, row: number, col: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string, address: string, paren: string | undefined) => {
    if (paren) return match;
    const ref = CELL_REF.exec(address);
    if (!ref) return match;
    const [, colDollar = "", letters, rowDollar = "", digits] = ref;
    const upper = letters.toUpperCase();
    if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return match;
    const refCol = colDollar ? columnNumber(upper) : columnNumber(upper) + toCol - col;
    const refRow = rowDollar ? Number.parseInt(digits, 10) : Number.parseInt(digits, 10) + toRow - row;
    // Moved off the sheet's left or right edge: Excel shows #REF! (ExcelJS throws).
    if (refCol < 1 || refCol > MAX_COLUMNS) return `${sheet ?? ""}#REF!`;
    return `${sheet ?? ""}${colDollar}${colName(refCol - 1)}${rowDollar}${refRow}`;
  });
}

/** 1-based column number of upper-case letters. */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}
