// The workbooks the safety tests run the product on: every fixture, the example, and the rich
// workbook of rich-workbook.ts, written into a temporary folder of the test file's own.
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, tempDir, removeDir } from "../robustness/cli";
import { writeRichWorkbook } from "./rich-workbook";

const FIXTURES = path.join(ROOT, "test", "fixtures", "xlsx");
export const EXAMPLE = path.join(ROOT, "examples", "contoh-bapas-magelang.xlsx");

/**
 * A fresh folder named after `prefix` with the rich workbook written in it before the file's
 * tests and removed after them (call at the top of a test file: it registers the hooks), and
 * the paths of all the workbooks to check.
 */
export function safetyWorkbooks(prefix: string): { dir: string; rich: string; workbooks: string[] } {
  const dir = tempDir(prefix);
  const rich = path.join(dir, "formula-format-catatan.xlsx");
  beforeAll(() => writeRichWorkbook(rich));
  afterAll(() => removeDir(dir));
  const fixtures = fs.readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(FIXTURES, n));
  return { dir, rich, workbooks: [...fixtures, EXAMPLE, rich] };
}
