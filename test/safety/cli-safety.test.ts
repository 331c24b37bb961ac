// Data safety of the CLI, on every fixture workbook and the example: convert and summarize
// leave every user cell (value, formula, number format) and every merge as it was, write the
// same SAKIP sheets every time, never duplicate a sheet when run again on their own output,
// never modify the input file, and refuse to write over it.
import * as fs from "node:fs";
import * as path from "node:path";
import { sakip } from "../robustness/cli";
import { loadWorkbook, userSheets, sakipSheets, sheetSnapshot, sha256, isUserSheet } from "./snapshot";
import { INPUT_SHEETS } from "../../src/workbook/sheets/layout";
import { EXAMPLE, safetyWorkbooks } from "./workbooks";

const { dir, rich: RICH, workbooks: WORKBOOKS } = safetyWorkbooks("aman");

/** A run that completed: exit 0 (check: 0 or 1, findings of severity error are no failure). */
async function ok(...argv: string[]): Promise<void> {
  const run = await sakip(...argv);
  const code = argv[0] === "check" && run.code === 1 ? 0 : run.code;
  expect({ argv, code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: "" });
}

function names(wb: { worksheets: { name: string }[] }): string[] {
  return wb.worksheets.map((w) => w.name);
}

it("has workbooks to check, one of them carrying formulas, formats, notes and sheet settings", async () => {
  expect(WORKBOOKS.length).toBeGreaterThanOrEqual(14);
  const [main, hidden] = userSheets(await loadWorkbook(RICH));
  const cells = Object.values(main.cells);
  expect(cells.filter((c) => c.formula !== null).length).toBeGreaterThanOrEqual(3);
  expect(cells.filter((c) => c.note !== null)).toHaveLength(1);
  expect(cells.filter((c) => c.numFmt === "0.00%")).toHaveLength(6);
  expect(main.merges).toEqual(["A1:G1", "B5:B7"]);
  expect(main.conditional).toHaveLength(1);
  expect(main.validations).toEqual({ D5: expect.objectContaining({ type: "decimal" }) });
  expect(hidden.state).toBe("hidden");
});

describe.each(WORKBOOKS.map((f) => [path.basename(f), f]))("%s", (base, input) => {
  const out = (name: string) => path.join(dir, `${base}.${name}.xlsx`);

  it.each(["convert", "summarize"])("%s keeps every user cell and merge, writes the same SAKIP sheets twice, leaves the input alone", async (command) => {
    const hash = sha256(input);
    const mtime = fs.statSync(input).mtimeMs;
    const before = userSheets(await loadWorkbook(input));
    await ok(command, input, "-o", out(`${command}-1`));
    await ok(command, input, "-o", out(`${command}-2`));
    await ok("check", input, "--json");

    const first = await loadWorkbook(out(`${command}-1`));
    const second = await loadWorkbook(out(`${command}-2`));
    expect(userSheets(first)).toEqual(before);
    expect(sakipSheets(second)).toEqual(sakipSheets(first));
    expect(names(first).slice(0, before.length)).toEqual(before.map((s) => s.name)); // user sheets first, in their order
    expect(new Set(names(first).map((n) => n.toLowerCase())).size).toBe(names(first).length);
    expect(sha256(input)).toBe(hash);
    expect(fs.statSync(input).mtimeMs).toBe(mtime);
  });

  it("summarize run again on its own output replaces its sheets: same values, no duplicates", async () => {
    await ok("summarize", input, "-o", out("s1"));
    await ok("summarize", out("s1"), "-o", out("s2"));
    const s1 = await loadWorkbook(out("s1"));
    const s2 = await loadWorkbook(out("s2"));
    expect(names(s2)).toEqual(names(s1));
    expect(sakipSheets(s2)).toEqual(sakipSheets(s1));
    expect(userSheets(s2)).toEqual(userSheets(await loadWorkbook(input)));
  });

  it("the SAKIP input sheets convert wrote are never overwritten without --timpa", async () => {
    await ok("convert", input, "-o", out("c1"));
    await ok("convert", out("c1"), "-o", out("c2"));
    await ok("summarize", out("c1"), "-o", out("c3"));
    const c1 = await loadWorkbook(out("c1"));
    const inputSheets = (wb: typeof c1) => wb.worksheets.filter((w) => INPUT_SHEETS.includes(w.name)).map(sheetSnapshot);
    expect(inputSheets(c1).length).toBeGreaterThan(0);
    for (const later of [await loadWorkbook(out("c2")), await loadWorkbook(out("c3"))]) {
      expect(inputSheets(later)).toEqual(inputSheets(c1));
      expect(later.worksheets.filter((w) => isUserSheet(w.name)).map(sheetSnapshot)).toEqual(userSheets(c1));
      expect(new Set(names(later)).size).toBe(names(later).length);
    }
  });
});

describe("the input is never the output", () => {
  it.each([
    ["the same path", (copy: string) => copy],
    ["the same file through ../", (copy: string) => path.join(path.dirname(copy), "..", path.basename(path.dirname(copy)), path.basename(copy))],
  ])("convert and summarize refuse -o naming %s; the file stays byte for byte", async (_label, spell) => {
    const copy = path.join(dir, "milik-staf.xlsx");
    fs.copyFileSync(EXAMPLE, copy);
    const hash = sha256(copy);
    for (const command of ["convert", "summarize"]) {
      const run = await sakip(command, copy, "-o", spell(copy));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^sakip: Berkas keluaran tidak boleh sama dengan berkas masukan[^\n]*\n$/);
    }
    expect(sha256(copy)).toBe(hash);
  });

  it("an -o that is a symbolic link to the input replaces the link, never the workbook behind it", async () => {
    const copy = path.join(dir, "asli.xlsx");
    const link = path.join(dir, "tautan.xlsx");
    fs.copyFileSync(EXAMPLE, copy);
    fs.symlinkSync(copy, link);
    const hash = sha256(copy);
    const run = await sakip("summarize", copy, "-o", link);
    if (run.code === 0) {
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    } else {
      expect(run.code).toBe(2);
    }
    expect(sha256(copy)).toBe(hash);
  });
});
