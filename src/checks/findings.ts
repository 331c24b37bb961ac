// The collector every rule reports into: one finding per rule and cell (a figure seen in a
// user's table and again in the model is reported once), plus the set of stated figures the
// table rules already examined, so the model rules do not judge them a second time with
// figures taken from elsewhere.
import type { CellRef, Finding, RuleId } from "../core/model";
import { SEVERITY } from "./severity";

/** One bit per rule id. */
const RULE_BIT = new Map((Object.keys(SEVERITY) as RuleId[]).map((rule, i) => [rule, 2 ** i]));

/** Columns of a cell index (more than the 18 278 that three letters name). */
const COLS = 32_768;
const MAX_ROW_DIGITS = 7;

/**
 * The index (row × COLS + column) of an address written the way the reader writes them
 * ("E12": capital letters, then the row without leading zeros); -1 for any other text, so
 * that two texts naming the same cell differently ("e12", "$E$12") stay two keys, as they
 * are two texts.
 */
function cellIndex(cell: string): number {
  const n = cell.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 3; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i === n || n - i > MAX_ROW_DIGITS) return -1;
  let row = 0;
  for (let k = i; k < n; k++) {
    const ch = cell.charCodeAt(k);
    if (ch < 48 || ch > 57 || (k === i && ch === 48)) return -1;
    row = row * 10 + (ch - 48);
  }
  return (row - 1) * COLS + (col - 1);
}

/**
 * Rule bits by cell. The rules ask this for every figure of every table: an address in the
 * reader's form is found by position (sheet, column, row) in arrays, without hashing a text;
 * any other text goes through a map by its text.
 */
class CellMarks {
  private readonly sheets = new Map<string, number[][]>();
  private readonly other = new Map<string, Map<string, number>>();

  private bitsAt(ref: CellRef): number {
    const at = cellIndex(ref.cell);
    if (at < 0) return this.other.get(ref.sheet)?.get(ref.cell) ?? 0;
    return this.sheets.get(ref.sheet)?.[at % COLS]?.[Math.floor(at / COLS)] ?? 0;
  }

  has(rule: RuleId, ref: CellRef): boolean {
    return (this.bitsAt(ref) & (RULE_BIT.get(rule) as number)) !== 0;
  }

  /** Marks the cell for the rule; false when it already was. */
  mark(rule: RuleId, ref: CellRef): boolean {
    const bit = RULE_BIT.get(rule) as number;
    const at = cellIndex(ref.cell);
    if (at < 0) {
      let cells = this.other.get(ref.sheet);
      if (cells === undefined) this.other.set(ref.sheet, (cells = new Map()));
      const bits = cells.get(ref.cell) ?? 0;
      if ((bits & bit) !== 0) return false;
      cells.set(ref.cell, bits | bit);
      return true;
    }
    let columns = this.sheets.get(ref.sheet);
    if (columns === undefined) this.sheets.set(ref.sheet, (columns = []));
    const col = at % COLS;
    const row = Math.floor(at / COLS);
    const rows = (columns[col] ??= []);
    const bits = rows[row] ?? 0;
    if ((bits & bit) !== 0) return false;
    rows[row] = bits | bit;
    return true;
  }
}

export class Findings {
  private readonly kept = new CellMarks();
  private readonly ordered: Finding[] = [];
  private readonly examined = new CellMarks();

  add(rule: RuleId, ref: CellRef, message: string, expected?: string, actual?: string): void {
    const finding: Finding = { rule, severity: SEVERITY[rule], sheet: ref.sheet, cell: ref.cell, message };
    if (expected !== undefined) finding.expected = expected;
    if (actual !== undefined) finding.actual = actual;
    this.keep(finding);
  }

  /** A finding made elsewhere (the reader's notes), kept as it is. */
  keep(finding: Finding): void {
    if (this.kept.mark(finding.rule, finding)) this.ordered.push(finding);
  }

  /** Records that a table rule judged the stated figure at `ref` for this rule. */
  examine(ref: CellRef, rule: RuleId): void {
    this.examined.mark(rule, ref);
  }

  wasExamined(ref: CellRef, rule: RuleId): boolean {
    return this.examined.has(rule, ref);
  }

  list(): Finding[] {
    return this.ordered.slice();
  }
}
