// Unusable input never crashes the CLI (DESIGN §5): every command answers every kind of bad
// file with one Indonesian line on stderr and exit code 2 — no stack trace, no output file.
import * as fs from "node:fs";
import * as path from "node:path";
import { makeBadInputs, type BadInput } from "./bad-files";
import { sakip, tempDir, removeDir, expectOneLineRefusal, expectCleanMessage, ROOT } from "./cli";

const REAL = path.join(ROOT, "test", "fixtures", "xlsx", "capaian-lkjip.xlsx");

let dir: string;
let bad: BadInput[];

beforeAll(async () => {
  dir = tempDir("bad");
  bad = await makeBadInputs(dir, REAL);
});

afterAll(() => removeDir(dir));

const labels = [
  "a text file renamed .xlsx",
  "an empty file",
  "a truncated workbook (first half)",
  "a damaged workbook (bytes flipped inside)",
  "a password-protected workbook (OLE2)",
  "a zip that is not a workbook",
  "a PDF renamed .xlsx",
  "an HTML export renamed .xlsx",
  "a zip bomb (directory claims gigabytes)",
  "a file over the size limit (sparse)",
  "a missing path",
  "a folder",
];
const input = (label: string): string => {
  const found = bad.find((b) => b.label === label);
  if (!found) throw new Error(`no bad input "${label}"`);
  return found.path;
};

describe.each(["check", "convert", "summarize"])("sakip %s", (command) => {
  it.each(labels)("refuses %s in one line, exit 2, writing nothing", async (label) => {
    const out = path.join(dir, `${command}-${labels.indexOf(label)}.xlsx`);
    const args = command === "check" ? [input(label)] : [input(label), "-o", out];
    const run = await sakip(command, ...args);
    expectOneLineRefusal(run);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("says what is wrong, per kind of input", async () => {
    const output = command === "check" ? [] : ["-o", path.join(dir, "x.xlsx")];
    const messages = await Promise.all(labels.map(async (l) => (await sakip(command, input(l), ...output)).stderr));
    const say = (label: string) => messages[labels.indexOf(label)];
    expect(say("a password-protected workbook (OLE2)")).toMatch(/sandi/);
    expect(say("an empty file")).toMatch(/kosong/);
    expect(say("a truncated workbook (first half)")).toMatch(/rusak|terpotong/);
    expect(say("a damaged workbook (bytes flipped inside)")).toMatch(/rusak/);
    expect(say("a file over the size limit (sparse)")).toMatch(/terlalu besar/);
    expect(say("a zip bomb (directory claims gigabytes)")).toMatch(/terlalu besar/);
    expect(say("a missing path")).toMatch(/tidak ditemukan/);
    expect(say("a folder")).toMatch(/folder/);
    expect(say("a PDF renamed .xlsx")).toMatch(/PDF/);
  });
});

describe("sakip consolidate", () => {
  it.each(labels.filter((l) => l !== "a folder"))("refuses %s, with nothing left to recap, in one line and exit 2", async (label) => {
    const out = path.join(dir, "rekap.xlsx");
    const run = await sakip("consolidate", input(label), "-o", out);
    // The same single line check gives for the file: nothing else was there to recap.
    expectOneLineRefusal(run);
    expect(run.stderr).toBe((await sakip("check", input(label))).stderr);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses a folder without workbooks in one line", async () => {
    expectOneLineRefusal(await sakip("consolidate", input("a folder"), "-o", path.join(dir, "rekap.xlsx")));
  });

  it("skips every bad file among good ones and still writes the recap", async () => {
    const out = path.join(dir, "rekap-campur.xlsx");
    const run = await sakip("consolidate", REAL, ...labels.filter((l) => l !== "a folder").map(input), "-o", out);
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(labels.length - 1);
    for (const line of lines) expect(line).toMatch(/^sakip: dilewati: [^\n]+$/);
    expectCleanMessage(run.stderr);
    expect(fs.existsSync(out)).toBe(true);
  });
});

describe("sakip template and usage mistakes", () => {
  it.each([
    ["template into a folder", () => ["template", "-o", dir]],
    ["template into a missing folder", () => ["template", "-o", path.join(dir, "tidak", "ada", "t.xlsx")]],
    ["template with an input file", () => ["template", REAL, "-o", path.join(dir, "t.xlsx")]],
    ["template without -o", () => ["template"]],
    ["convert without -o", () => ["convert", REAL]],
    ["summarize with -o equal to the input", () => ["summarize", REAL, "-o", REAL]],
    ["check without a file", () => ["check"]],
    ["check of two files", () => ["check", REAL, REAL]],
    ["an unknown command", () => ["periksa", REAL]],
    ["an unknown option", () => ["check", REAL, "--cepat"]],
    ["a bad --batas", () => ["check", REAL, "--batas", "abc"]],
    ["a bad --periode", () => ["check", REAL, "--periode", "TW5"]],
    ["an option without its value", () => ["summarize", REAL, "-o"]],
  ])("%s: one line, exit 2", async (_label, argv) => {
    expectOneLineRefusal(await sakip(...argv()));
  });
});
