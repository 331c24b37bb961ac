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
    cell.formula = first === "=" ? input : `=${input}`;
    cell.value = evaluate(cell.formula);
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
