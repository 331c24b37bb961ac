// `sakip consolidate DIR -o OUT.xlsx` over 13 generated unit workbooks (all three layouts),
// checked against figures computed here from bench/units.ts, never through the code under test.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { INDIKATOR, unitNama } from "../../bench/units";
import { col, expectedBudget, expectedRanking, expectedRb, keyFigures, layoutOf, RekapSheet, runCli, tempDir, writeUnits, type CliRun, type Section } from "./helpers";

const UNITS = Array.from({ length: 13 }, (_, i) => i);
const NAMES = UNITS.map(unitNama);

let dir: string;
let out: string;
let run: CliRun;
let sheet: RekapSheet;

beforeAll(async () => {
  dir = tempDir("rekap13");
  await writeUnits(dir, UNITS);
  out = join(dir, "rekap.xlsx");
  run = await runCli(["consolidate", dir, "-o", out]);
  sheet = await RekapSheet.open(out);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function section(title: string): Section {
  const s = sheet.section(title);
  if (!s) throw new Error(`section ${title} missing`);
  return s;
}

const byUnit = (s: Section, unit: string) => {
  const rows = s.rows.filter((r) => r[col(s, "Satuan Kerja")].value === unit);
  if (rows.length !== 1) throw new Error(`${rows.length} rows for ${unit}`);
  return rows[0];
};

test("the run succeeds, says what it wrote, and writes nothing on stderr", () => {
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(run.out).toContain("SAKIP Rekap dari 13 satuan kerja");
  expect(sheet.text(1)).toBe("Rekapitulasi Kinerja dan Anggaran Satuan Kerja Tahun 2025");
});

test("every unit is named from its workbook's title block, with its 30 indicators", () => {
  const s = section("D. ");
  expect(s.rows).toHaveLength(13 * 30);
  const unitCol = col(s, "Satuan Kerja");
  for (const name of NAMES) expect(s.rows.filter((r) => r[unitCol].value === name)).toHaveLength(30);
  // Each unit's rows carry the PK's indicators in order, each with a target.
  const first = s.rows.filter((r) => r[unitCol].value === NAMES[4]);
  first.forEach((r, k) => {
    expect(String(r[col(s, "Indikator")].value)).toContain(INDIKATOR[k].uraian);
    expect(r[col(s, "Target")].value).toBeCloseTo(INDIKATOR[k].target, 10);
  });
});

test.each(UNITS)("unit %i: budget per jenis belanja, totals and serapan are the hand-computed ones", (i) => {
  const s = section("B. ");
  const row = byUnit(s, NAMES[i]);
  const e = expectedBudget(i);
  for (const [kode, label] of [["51", "Belanja Pegawai"], ["52", "Belanja Barang"], ["53", "Belanja Modal"]]) {
    expect(row[col(s, `Pagu ${kode} ${label}`)].value).toBe(e.jenis[kode].pagu);
    expect(row[col(s, `Realisasi ${kode} ${label}`)].value).toBe(e.jenis[kode].realisasi);
  }
  const pagu = row[col(s, "Total Pagu")];
  const realisasi = row[col(s, "Total Realisasi")];
  expect(pagu.value).toBe(e.pagu);
  expect(realisasi.value).toBe(e.realisasi);
  // Totals are live formulas over the jenis cells, serapan a division with its cached result.
  expect(pagu.formula).toMatch(/^SUM\(C\d+:E\d+\)$/);
  expect(realisasi.formula).toMatch(/^SUM\(G\d+:I\d+\)$/);
  expect(row[col(s, "Sisa")].value).toBe(e.pagu - e.realisasi);
  expect(row[col(s, "Serapan")].value).toBeCloseTo(e.realisasi / e.pagu, 12);
  expect(row[col(s, "Serapan")].numFmt).toBe("0.00%");
});

test("the budget TOTAL row sums every unit, by formula, and its serapan is total realisasi / total pagu", () => {
  const s = section("B. ");
  expect(s.rows).toHaveLength(13);
  const all = UNITS.map(expectedBudget);
  const pagu = all.reduce((x, e) => x + e.pagu, 0);
  const realisasi = all.reduce((x, e) => x + e.realisasi, 0);
  const total = s.total!;
  expect(total[col(s, "Total Pagu")].value).toBe(pagu);
  expect(total[col(s, "Total Pagu")].formula).toBe(`SUM(F${s.rowNumbers[0]}:F${s.rowNumbers[12]})`);
  expect(total[col(s, "Total Realisasi")].value).toBe(realisasi);
  expect(total[col(s, "Pagu 52 Belanja Barang")].value).toBe(all.reduce((x, e) => x + e.jenis["52"].pagu, 0));
  expect(total[col(s, "Serapan")].value).toBeCloseTo(realisasi / pagu, 12);
});

test("the RB action plan shows B03 and B06 for the units that have one, with the right sums", () => {
  const s = section("C. ");
  const withRb = UNITS.filter((i) => layoutOf(i) === 2);
  expect(s.rows.map((r) => r[col(s, "Satuan Kerja")].value)).toEqual(withRb.map(unitNama));
  for (const i of withRb) {
    const row = byUnit(s, NAMES[i]);
    const e = expectedRb(i);
    for (const m of ["B03", "B06"] as const) {
      expect(row[col(s, `Target ${m}`)].value).toBe(e[m].target);
      expect(row[col(s, `Realisasi ${m}`)].value).toBe(e[m].realisasi);
      expect(row[col(s, `Capaian ${m}`)].value).toBeCloseTo(e[m].realisasi / e[m].target, 12);
      expect(row[col(s, `Capaian ${m}`)].formula).toMatch(/^IF\(/);
    }
  }
});

test("the ranking follows the documented rule, computed independently", () => {
  const s = section("A. ");
  const expected = expectedRanking(UNITS);
  expect(s.rows.map((r) => r[col(s, "Satuan Kerja")].value)).toEqual(expected.map((e) => e.unit));
  s.rows.forEach((r, k) => {
    expect(r[col(s, "Peringkat")].value).toBe(k + 1);
    expect(r[col(s, "Rata-rata Capaian")].value).toBeCloseTo(expected[k].mean, 10);
    expect(r[col(s, "Tercapai")].value).toBe(expected[k].tercapai);
    expect(r[col(s, "Terukur")].value).toBe(30);
  });
  // The rule is printed above the table.
  expect(sheet.ws.getColumn(1).values.some((v) => typeof v === "string" && v.startsWith("Urutan: rata-rata capaian setelah konversi"))).toBe(true);
});

test("findings are listed per unit: every unit's serapan-low lines are under its own name", () => {
  const s = section("E. ");
  const unitCol = col(s, "Satuan Kerja");
  for (const name of NAMES) {
    const own = s.rows.filter((r) => r[unitCol].value === name);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r[col(s, "Aturan")].value === "serapan-low" && r[col(s, "Tingkat")].value === "Info")).toBe(true);
  }
});

test("golden recap: the key figures per unit are the reviewed ones (test/consolidate/golden/rekap-13.json)", () => {
  const golden = JSON.parse(readFileSync(join(__dirname, "golden", "rekap-13.json"), "utf8"));
  expect(keyFigures(sheet)).toEqual(golden);
});
