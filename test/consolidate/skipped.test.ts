// Files that cannot be read are skipped with one Indonesian line on stderr each and listed in
// the recap; the rest are recapped. Nothing readable at all: exit code 2 and no output.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { unitNama } from "../../bench/units";
import { parseArgs } from "../../src/cli/args";
import { consolidate } from "../../src/cli/consolidate";
import { col, RekapSheet, runCli, tempDir, unitFile, writeUnits } from "./helpers";

let dir: string;

beforeAll(async () => {
  dir = tempDir("skipped");
  await writeUnits(dir, [0, 1, 2]);
  // A workbook cut off halfway (a broken download) and a text file named .xlsx.
  const whole = readFileSync(unitFile(dir, 1));
  writeFileSync(join(dir, "terpotong.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(join(dir, "catatan.xlsx"), "bukan buku kerja\n");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = (s: { rows: { value: unknown }[][]; headers: string[] }) => s.rows.map((r) => r[s.headers.indexOf("Satuan Kerja")].value);

test("main: each unreadable file gives one stderr line; the readable ones are recapped", async () => {
  const out = join(dir, "..", `${basename(dir)}-rekap.xlsx`);
  try {
    const run = await runCli(["consolidate", dir, "-o", out]);
    expect(run.code).toBe(0);
    const lines = run.err.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes("catatan.xlsx"))).toMatch(/^sakip: dilewati: .*bukan buku kerja/);
    expect(lines.find((l) => l.includes("terpotong.xlsx"))).toMatch(/^sakip: dilewati: .*(rusak|terpotong)/);
    const sheet = await RekapSheet.open(out);
    expect(names(sheet.section("A. ")!)).toHaveLength(3);
    expect(new Set(names(sheet.section("D. ")!))).toEqual(new Set([0, 1, 2].map(unitNama)));
  } finally {
    rmSync(out, { force: true });
  }
});

test("the recap lists the skipped files with their reasons", async () => {
  const out = join(dir, "rekap.xlsx");
  let err = "";
  const code = await consolidate(parseArgs(["consolidate", dir, "-o", out]), { out: () => undefined, err: (t) => (err += t) });
  expect(code).toBe(0);
  expect(err.trimEnd().split("\n")).toHaveLength(2);
  const sheet = await RekapSheet.open(out);
  expect(sheet.text(2)).toBe("3 satuan kerja dari 5 berkas; 2 berkas dilewati karena tidak dapat dibaca.");
  const s = sheet.section("Berkas yang dilewati")!;
  expect(s.rows.map((r) => r[col(s, "Berkas")].value)).toEqual(["catatan.xlsx", "terpotong.xlsx"]);
  expect(String(s.rows[0][col(s, "Alasan")].value)).toMatch(/bukan buku kerja/);

  // A second run into the same folder leaves the first run's recap out of the inputs.
  const again = await consolidate(parseArgs(["consolidate", dir, "-o", out]), { out: () => undefined, err: () => undefined });
  expect(again).toBe(0);
  expect(names((await RekapSheet.open(out)).section("A. ")!)).toHaveLength(3);
  rmSync(out);
});

test("main: when no file can be read, exit code 2, one line naming the first reason, no output", async () => {
  const bad = tempDir("skipped-all");
  try {
    copyFileSync(join(dir, "catatan.xlsx"), join(bad, "a.xlsx"));
    copyFileSync(join(dir, "terpotong.xlsx"), join(bad, "b.xlsx"));
    const out = join(bad, "rekap.xlsx");
    const run = await runCli(["consolidate", join(bad, "a.xlsx"), join(bad, "b.xlsx"), join(bad, "hilang.xlsx"), "-o", out]);
    expect(run.code).toBe(2);
    expect(run.err.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^sakip: Tidak ada berkas yang dapat dibaca untuk direkap \(3 berkas dilewati\), antara lain: Berkas ini bukan buku kerja .*a\.xlsx$/),
    ]);
    expect(run.err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }
});
