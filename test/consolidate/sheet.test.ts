// The SAKIP Rekap sheet plan: which sections and columns appear, and that every formula's
// cached value is what the formula computes from the cells it refers to.
import type { PlanCell, SheetPlan } from "../../src/workbook/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { parseA1 } from "../../src/workbook/a1";
import { buildRekap, planRekap } from "../../src/consolidate";
import type { UnitInput } from "../../src/consolidate";
import { finding, line, model, table } from "./build";

function cellAt(plan: SheetPlan, address: string): PlanCell | null {
  const p = parseA1(address)!;
  return plan.rows[p.row]?.[p.col] ?? null;
}

function numberAt(plan: SheetPlan, address: string): number {
  const v = cellAt(plan, address)?.v;
  return typeof v === "number" ? v : 0;
}

/** The three formula shapes the recap writes, evaluated over the plan's cached values. */
function evaluate(plan: SheetPlan, f: string): number | string {
  let m = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(f);
  if (m) {
    const [, c1, r1, c2, r2] = m;
    let s = 0;
    for (let r = Number(r1); r <= Number(r2); r++) {
      for (let c = parseA1(`${c1}1`)!.col; c <= parseA1(`${c2}1`)!.col; c++) s += numberAt(plan, `${String.fromCharCode(65 + c)}${r}`);
    }
    return s;
  }
  m = /^=([A-Z]+\d+)-([A-Z]+\d+)$/.exec(f);
  if (m) return numberAt(plan, m[1]) - numberAt(plan, m[2]);
  m = /^=IF\(N\(([A-Z]+\d+)\)=0,"",([A-Z]+\d+)\/([A-Z]+\d+)\)$/.exec(f);
  if (m && m[1] === m[3]) return numberAt(plan, m[1]) === 0 ? "" : numberAt(plan, m[2]) / numberAt(plan, m[3]);
  throw new Error(`unexpected formula ${f}`);
}

function formulas(plan: SheetPlan): { at: string; cell: PlanCell }[] {
  const out: { at: string; cell: PlanCell }[] = [];
  plan.rows.forEach((row, r) => row.forEach((cell, c) => cell?.f && out.push({ at: `${String.fromCharCode(65 + c)}${r + 1}`, cell })));
  return out;
}

const texts = (plan: SheetPlan): string[] => plan.rows.map((r) => r[0]?.v).filter((v): v is string => typeof v === "string");

function kanwilAndUnits(): UnitInput[] {
  const perUnit = table("RB per UPT", "per-unit", [{ role: "unit" }, { role: "target", periode: "B03" }, { role: "realisasi", periode: "B03" }], [
    { cells: ["Lapas A", 30, 29] },
    { cells: ["Rutan B", 0, 0] },
  ]);
  return [
    {
      file: "kanwil.xlsx",
      model: model({
        unit: { nama: "KANWIL", tahun: 2025 },
        tables: [perUnit],
        anggaran: [
          line("jenis-belanja", "Belanja Pegawai", 700, null, { unit: "Lapas A" }),
          line("jenis-belanja", "Belanja Barang", 300, null, { unit: "Lapas A" }),
          line("unit", "Lapas A", 1000, 990, { unit: "Lapas A" }),
          line("unit", "Rutan B", 0, 0, { unit: "Rutan B" }),
        ],
      }),
      findings: [],
    },
    {
      file: "semarang.xlsx",
      model: model({
        unit: { nama: "LAPAS SEMARANG", tahun: 2025 },
        anggaran: [line("jenis-belanja", "51 Belanja Pegawai", 500, 450), line("jenis-belanja", "53 Belanja Modal", 200, 100)],
      }),
      findings: [finding("serapan-low", "Anggaran", "F5", "info")],
    },
    {
      file: "demak.xlsx",
      model: model({ unit: { nama: "RUTAN DEMAK", tahun: 2025 }, anggaran: [line("kegiatan", "Layanan Perkantoran", 400, 100)] }),
      findings: [],
    },
  ];
}

test("every formula's cached value is what it computes; a zero pagu or target gives an empty serapan", () => {
  const plan = planRekap(buildRekap(kanwilAndUnits(), DEFAULT_SETTINGS));
  const all = formulas(plan);
  expect(all.length).toBeGreaterThan(10);
  for (const { at, cell } of all) {
    const expected = evaluate(plan, cell.f as string);
    if (typeof expected === "number") expect([at, cell.v]).toEqual([at, expect.closeTo(expected, 9)]);
    else expect([at, cell.v]).toEqual([at, expected]);
  }
});

test("budget columns: pagu and realisasi per jenis present, totals by SUM only over a full breakdown", () => {
  const plan = planRekap(buildRekap(kanwilAndUnits(), DEFAULT_SETTINGS));
  const header = plan.rows.find((r) => r[1]?.v === "Satuan Kerja" && r.some((c) => c?.v === "Total Pagu"))!;
  expect(header.map((c) => c?.v)).toEqual([
    "No",
    "Satuan Kerja",
    "Pagu 51 Belanja Pegawai",
    "Pagu 52 Belanja Barang",
    "Pagu 53 Belanja Modal",
    "Total Pagu",
    "Realisasi 51 Belanja Pegawai",
    "Realisasi 52 Belanja Barang",
    "Realisasi 53 Belanja Modal",
    "Total Realisasi",
    "Sisa",
    "Serapan",
    "Dihitung dari",
    "TOTAL tertulis yang tidak sesuai",
  ]);
  const rowOf = (unit: string) => plan.rows.find((r) => r[1]?.v === unit && r.length === header.length)!;
  // Lapas A: pagu per jenis (SUM), realisasi only as one figure (a value).
  expect(rowOf("Lapas A")[5]).toMatchObject({ f: expect.stringMatching(/^=SUM\(C\d+:E\d+\)$/), v: 1000 });
  expect(rowOf("Lapas A")[9]).toEqual({ v: 990, fmt: '"Rp" #,##0' });
  // LAPAS SEMARANG: both by SUM; 52 absent stays empty.
  expect(rowOf("LAPAS SEMARANG")[3]).toBeNull();
  expect(rowOf("LAPAS SEMARANG")[9]).toMatchObject({ f: expect.stringMatching(/^=SUM\(G\d+:I\d+\)$/), v: 550 });
  // RUTAN DEMAK: no breakdown, totals as values.
  expect(rowOf("RUTAN DEMAK").slice(2, 5)).toEqual([null, null, null]);
  expect(rowOf("RUTAN DEMAK")[5]).toEqual({ v: 400, fmt: '"Rp" #,##0' });
  expect(rowOf("RUTAN DEMAK")[12]).toEqual({ v: "1 baris kegiatan" });
  const total = plan.rows.find((r) => r[1]?.v === "TOTAL" && r.length === header.length - 2)!;
  expect(total[5]).toMatchObject({ v: 2100 });
  expect(total[9]).toMatchObject({ v: 1640 });
});

test("without RB plans, budget or findings: no RB section, and plain notes instead of empty tables", () => {
  const plan = planRekap(buildRekap([{ file: "kosong.xlsx", model: model(), findings: [] }], DEFAULT_SETTINGS));
  expect(plan.name).toBe("SAKIP Rekap");
  expect(plan.kind).toBe("output");
  const t = texts(plan);
  expect(t.some((x) => x.startsWith("C. "))).toBe(false);
  expect(t).toContain("Tidak ada data anggaran yang terbaca.");
  expect(plan.rows.some((r) => r[1]?.v === "Tidak ada temuan.")).toBe(true);
  expect(plan.rows.some((r) => r[1]?.v === "Tidak ada indikator kinerja yang terbaca.")).toBe(true);
  expect(t[1]).toBe("1 satuan kerja dari 1 berkas.");
  // The ranking shows the unit, unranked.
  expect(plan.rows.find((r) => r[1]?.v === "kosong")?.[0]).toEqual({ v: "-" });
});

test("the year in the title is the units' year, or the one set", () => {
  const units = kanwilAndUnits();
  expect(texts(planRekap(buildRekap(units, DEFAULT_SETTINGS)))[0]).toBe("Rekapitulasi Kinerja dan Anggaran Satuan Kerja Tahun 2025");
  expect(texts(planRekap(buildRekap(units, { ...DEFAULT_SETTINGS, tahun: 2024 })))[0]).toBe("Rekapitulasi Kinerja dan Anggaran Satuan Kerja Tahun 2024");
});
