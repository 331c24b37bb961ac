// The same contract through the real command (bin/sakip.js running the built dist/cli/sakip.js
// in its own Node process): what a user's shell sees is one Indonesian line on stderr and
// exit code 2 — no stack trace, no unhandled-rejection dump, no half-written output.
import * as fs from "node:fs";
import * as path from "node:path";
import { makeBadInputs, type BadInput } from "./bad-files";
import { sakipProcess, tempDir, removeDir, expectOneLineRefusal, ROOT } from "./cli";

const REAL = path.join(ROOT, "test", "fixtures", "xlsx", "capaian-lkjip.xlsx");

let dir: string;
let bad: BadInput[];

beforeAll(async () => {
  dir = tempDir("proses");
  bad = await makeBadInputs(dir, REAL);
});

afterAll(() => removeDir(dir));

const file = (label: string) => (bad.find((b) => b.label === label) as BadInput).path;

it.each([
  ["check", "a text file renamed .xlsx", false],
  ["check", "a password-protected workbook (OLE2)", false],
  ["check", "a file over the size limit (sparse)", false],
  ["convert", "a truncated workbook (first half)", true],
  ["summarize", "an empty file", true],
  ["summarize", "a missing path", true],
  ["convert", "a folder", true],
  ["check", "a zip bomb (directory claims gigabytes)", false],
] as const)("sakip %s on %s: one line on stderr, exit 2", async (command, label, withOutput) => {
  const out = path.join(dir, `${command}-out.xlsx`);
  const run = await sakipProcess([command, file(label), ...(withOutput ? ["-o", out] : [])]);
  expectOneLineRefusal(run);
  expect(fs.existsSync(out)).toBe(false);
});

it("sakip consolidate of unusable files only: one clean line naming the first reason, exit 2", async () => {
  const run = await sakipProcess(["consolidate", file("an empty file"), file("a password-protected workbook (OLE2)"), "-o", path.join(dir, "rekap.xlsx")]);
  expectOneLineRefusal(run);
  expect(run.stderr).toMatch(/^sakip: Tidak ada berkas yang dapat dibaca untuk direkap \(2 berkas dilewati\), antara lain: Berkas kosong/);
});

it("a good workbook still works through the same command (exit 0 or 1, JSON on stdout)", async () => {
  const run = await sakipProcess(["check", REAL, "--json"]);
  expect([0, 1]).toContain(run.code);
  expect(run.stderr).toBe("");
  expect(JSON.parse(run.stdout)).toEqual(expect.objectContaining({ file: REAL, summary: expect.any(Object) }));
});

it("a workbook with no table at all: exit 0 and an info finding", async () => {
  const run = await sakipProcess(["check", path.join(ROOT, "test", "fixtures", "xlsx", "kosong-tanpa-tabel.xlsx"), "--json"]);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as { summary: Record<string, number>; findings: { severity: string }[] };
  expect(json.summary).toEqual({ error: 0, warning: 0, info: expect.any(Number) });
  expect(json.findings).toContainEqual(expect.objectContaining({ severity: "info" }));
});
