// What Excel makes of a value given to Range.values / Range.formulas: the same as typing it
// into the cell. "=…", "+…", "-…" (not a number) and "@…" become formulas; number-, percent-,
// date- and boolean-looking texts become numbers, dates and booleans; a leading apostrophe
// makes the rest a text (kept as a quote prefix); in a cell formatted as Text ("@") anything
// stays text. Modelled so a gateway that forgets to protect texts fails its tests.
import type { CellValue } from "../../src/core/model";
import { FakeOfficeError } from "./errors";
import type { FakeCell } from "./state";

export type Evaluate = (formula: string) => CellValue;

/** Excel's limit for one cell's text. */
const MAX_CELL_CHARS = 32_767;
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Applies one entered value to a cell; null leaves the cell as it is (Office.js semantics). */
export function enter(cell: FakeCell, input: unknown, evaluate: Evaluate): void {
  if (input === null || input === undefined) return;
  cell.quotePrefix = false;
  cell.formula = null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeOfficeError("InvalidArgument", "a number must be finite");
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `cannot enter ${typeof input}`);
  if (input.replace(/^'/, "").length > MAX_CELL_CHARS) throw new FakeOfficeError("InvalidArgument", "text longer than a cell holds");
  if (input === "") {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1) === "" ? null : input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const first = input[0];
  if (NUMBER.test(input) || THOUSANDS.test(input)) {
    cell.value = Number(input.replace(/,/g, ""));
    return;
  }
  if (first === "=" || first === "+" || first === "-" || first === "@") {
    const formula = first === "=" ? input : `=${input}`;
    checkFormula(formula);
    cell.formula = formula;
    cell.value = hyperlinkValue(formula, evaluate) ?? evaluate(formula);
    return;
  }
  const percent = /^(.*)%$/.exec(input);
  if (percent && NUMBER.test(percent[1])) {
    cell.value = Number(percent[1]) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    cell.value = upper === "TRUE";
    return;
  }
  if (ERRORS.has(upper)) {
    cell.value = upper;
    return;
  }
  const date = DATE.exec(input);
  if (date) {
    cell.value = Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2])) / 86_400_000 + 25_569;
    if (cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
    return;
  }
  cell.value = input;
}

/** Excel's limits for a formula: 8 192 characters, text constants of at most 255. */
const MAX_FORMULA = 8_192;
const MAX_CONSTANT = 255;

function checkFormula(formula: string): void {
  if (formula.length > MAX_FORMULA) throw new FakeOfficeError("InvalidArgument", `formula of ${formula.length} characters`);
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] !== '"') continue;
    const { text, end } = constant(formula, i);
    if (text.length > MAX_CONSTANT) throw new FakeOfficeError("InvalidArgument", "text constant longer than 255 characters");
    i = end - 1;
  }
}

/** The quoted constant starting at `start` ("" is a quote): its text and where it ends. */
function constant(formula: string, start: number): { text: string; end: number } {
  let text = "";
  let i = start + 1;
  for (;;) {
    if (i >= formula.length) throw new FakeOfficeError("InvalidArgument", "unterminated text in a formula");
    if (formula[i] === '"') {
      if (formula[i + 1] !== '"') return { text, end: i + 1 };
      text += '"';
      i += 2;
    } else {
      text += formula[i++];
    }
  }
}

/** Constants joined with "&" ("a"&"b"), the whole of `part`; null when it is anything else. */
function joinedText(part: string): string | null {
  let text = "";
  let i = 0;
  for (;;) {
    if (part[i] !== '"') return null;
    const c = constant(part, i);
    text += c.text;
    i = c.end;
    if (i === part.length) return text;
    if (part[i] !== "&") return null;
    i++;
  }
}

/**
 * What =HYPERLINK(target, shown) shows, as Excel computes it: a constant `shown` is itself,
 * another expression is evaluated; null when the formula is not a HYPERLINK.
 */
function hyperlinkValue(formula: string, evaluate: Evaluate): CellValue | null {
  const m = /^=HYPERLINK\((.*)\)$/is.exec(formula);
  if (!m) return null;
  const args = m[1];
  let comma = -1;
  for (let i = 0; i < args.length && comma < 0; i++) {
    if (args[i] === '"') i = constant(args, i).end - 1;
    else if (args[i] === ",") comma = i;
  }
  if (comma < 0 || joinedText(args.slice(0, comma)) === null) return null;
  const shown = args.slice(comma + 1);
  const text = joinedText(shown);
  if (text !== null) return text;
  if (NUMBER.test(shown)) return Number(shown);
  if (/^(TRUE|FALSE)$/i.test(shown)) return shown.toUpperCase() === "TRUE";
  return evaluate(`=${shown}`);
}
