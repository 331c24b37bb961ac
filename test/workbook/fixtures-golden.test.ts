// Every fixture workbook of helper C (test/fixtures/xlsx, examples/) read through the ExcelJS
// gateway into the model, held to its hand-computed expectations (test/fixtures/expected).
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Figure, Indikator, SakipModel } from "../../src/core/model";
import { readXlsx } from "../../src/xlsx";
import { buildModel } from "../../src/workbook/read-model";
import { indikatorKey } from "../../src/workbook/match";
import { EXPECTED_DIR, loadExpected, type ExpectedFixture, type ExpectedIndikator } from "../fixtures/expected";
import { near, num } from "./grids";

const ROOT = resolve(__dirname, "../..");
const NAMES = readdirSync(EXPECTED_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

const rowOf = (cell: string): number => Number(cell.replace(/^[A-Z]+/, ""));
const norm = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, " ").trim().toLowerCase());

/**
 * The year's realisasi as the expectations define it: the year figure, else the latest
 * quarter that has one (an unreadable one counts, and reads as null).
 */
function yearRealisasi(ind: Indikator): number | null {
  const stated = (f: Figure | null | undefined): f is Figure => f !== null && f !== undefined && f.status !== "empty";
  const order = ["TAHUN", "TW4", "TW3", "TW2", "TW1"];
  for (const p of order) {
    const e = ind.realisasi.find((x) => x.periode === p);
    if (e && stated(e.nilai)) return num(e.nilai);
  }
  return null;
}

function findIndikator(m: SakipModel, e: ExpectedIndikator): Indikator | undefined {
  const here = m.indikator.filter((i) => i.sources.some((s) => s.sheet === e.sheet && rowOf(s.cell) === e.row));
  return here.find((i) => i.key === indikatorKey(e.uraian)) ?? (here.length === 1 ? here[0] : undefined);
}

describe.each(NAMES)("fixture %s", (name) => {
  let expected: ExpectedFixture;
  let model: SakipModel;

  beforeAll(async () => {
    expected = loadExpected(name);
    const book = await readXlsx(join(ROOT, expected.file));
    model = buildModel(book.grids);
  });

  test("unit", () => {
    if (expected.unit.nama !== null) expect(norm(model.unit.nama)).toBe(norm(expected.unit.nama));
    if (expected.unit.tahun !== null) expect(model.unit.tahun).toBe(expected.unit.tahun);
  });

  test("each indicator exactly once, with its sasaran, target, satuan, polaritas and realisasi", () => {
    const seen = new Set<Indikator>();
    for (const e of expected.indikator) {
      const ind = findIndikator(model, e);
      const label = `${e.sheet}!${e.row} ${e.uraian}`;
      expect([label, ind !== undefined]).toEqual([label, true]);
      if (!ind) continue;
      if (e.duplicateOf !== undefined) continue;
      expect([label, seen.has(ind)]).toEqual([label, false]);
      seen.add(ind);
      // Sasaran as the first table names it; tables may spell it differently ("Diluar" / "di luar").
      const sasaran = (s: string | null) => (s === null ? null : indikatorKey(s));
      expect([label, "sasaran", sasaran(ind.sasaran)]).toEqual([label, "sasaran", sasaran(e.sasaran)]);
      const got = {
        target: num(ind.target),
        satuan: ind.satuan,
        polaritas: ind.polaritas,
        realisasi: yearRealisasi(ind),
      };
      const want = { target: e.target, satuan: e.satuan, polaritas: e.polaritas, realisasi: e.realisasi };
      expect([label, near(got.target, want.target), near(got.realisasi, want.realisasi), got.satuan, got.polaritas]).toEqual([
        label, true, true, want.satuan, want.polaritas,
      ]);
      if (e.targetTw) expect([label, ind.targetTw.map(num).every((v, q) => near(v, e.targetTw![q]))]).toEqual([label, true]);
      if (e.realisasiTw) {
        const tw = [1, 2, 3, 4].map((q) => num(ind.realisasi.find((x) => x.periode === `TW${q}`)?.nilai));
        expect([label, tw.every((v, q) => near(v, e.realisasiTw![q]))]).toEqual([label, true]);
      }
      if (e.kumulatif !== undefined) expect([label, ind.kumulatif]).toEqual([label, e.kumulatif]);
      if (e.pembilang !== undefined) expect([label, ind.realisasi.map((x) => num(x.pembilang)).find((v) => v !== null)]).toEqual([label, e.pembilang]);
      if (e.penyebut !== undefined) expect([label, ind.realisasi.map((x) => num(x.penyebut)).find((v) => v !== null)]).toEqual([label, e.penyebut]);
      if (e.capaianStated !== undefined) expect([label, near(num(ind.capaianStated), e.capaianStated)]).toEqual([label, true]);
      if (e.targetRenstra) {
        const r = ind.targetRenstra.find((x) => x.tahun === e.targetRenstra!.tahun);
        expect([label, r ? near(num(r.figure), e.targetRenstra.target) : false]).toEqual([label, true]);
      }
      for (const y of e.riwayat ?? []) {
        const r = ind.riwayat.find((x) => x.tahun === y.tahun);
        expect([label, y.tahun, r ? [near(num(r.target), y.target), near(num(r.realisasi), y.realisasi), near(num(r.capaian), y.capaian)] : null]).toEqual([
          label, y.tahun, [true, true, true],
        ]);
      }
      for (const a of e.alsoAt ?? []) {
        expect([label, a, ind.sources.some((s) => s.sheet === a.sheet && rowOf(s.cell) === a.row)]).toEqual([label, a, true]);
      }
    }
    // A repeated row may be its own indicator or merged into the first (the fixtures allow both).
    const duplicates = expected.indikator.filter((e) => e.duplicateOf !== undefined).length;
    expect(model.indikator.length).toBeGreaterThanOrEqual(seen.size);
    expect(model.indikator.length).toBeLessThanOrEqual(seen.size + duplicates);
  });

  test("anggaran lines", () => {
    // A UPT's row of a per-unit table also gives its lines per jenis belanja (the fixtures list
    // the UPT's own line only): they are held to that line below.
    const uptJenis = (x: (typeof model.anggaran)[number]) => x.kind === "jenis-belanja" && x.unit !== null;
    const listed = expected.anggaran.some((e) => e.kind === "jenis-belanja" && e.unit !== undefined);
    const lines = listed ? model.anggaran : model.anggaran.filter((x) => !uptJenis(x));
    expect(lines).toHaveLength(expected.anggaran.length);
    for (const e of expected.anggaran.filter((x) => x.kind === "unit")) {
      const parts = model.anggaran.filter((x) => uptJenis(x) && x.unit === e.unit);
      if (parts.length === 0) continue;
      const sum = parts.reduce((s, x) => s + (num(x.pagu) ?? 0), 0);
      expect([e.uraian, near(sum, e.pagu)]).toEqual([e.uraian, true]);
      expect([e.uraian, parts.every((x) => x.ref.sheet === e.sheet && rowOf(x.ref.cell) === e.row)]).toEqual([e.uraian, true]);
    }
    for (const e of expected.anggaran) {
      const here = lines.filter((x) => x.ref.sheet === e.sheet && rowOf(x.ref.cell) === e.row);
      const a = here.find((x) => x.kind === e.kind) ?? here[0];
      const label = `${e.sheet}!${e.row} ${e.uraian}`;
      expect([label, a !== undefined]).toEqual([label, true]);
      if (!a) continue;
      expect([label, a.uraian, a.kind, near(num(a.pagu), e.pagu), near(num(a.realisasi), e.realisasi)]).toEqual([label, e.uraian, e.kind, true, true]);
      const optional: [string, unknown, unknown][] = [
        ["kegiatan", a.kegiatan, e.kegiatan],
        ["unit", a.unit, e.unit],
        ["tahun", a.tahun, e.tahun],
        ["volumeSatuan", a.volumeTarget?.unit, e.volumeSatuan],
      ];
      for (const [field, got, want] of optional) if (want !== undefined) expect([label, field, got]).toEqual([label, field, want]);
      const amounts: [string, Figure | null, number | undefined][] = [
        ["sisa", a.sisa, e.sisa],
        ["paguTahunLalu", a.paguTahunLalu, e.paguTahunLalu],
        ["realisasiTahunLalu", a.realisasiTahunLalu, e.realisasiTahunLalu],
        ["volumeTarget", a.volumeTarget, e.volumeTarget],
        ["volumeRealisasi", a.volumeRealisasi, e.volumeRealisasi],
      ];
      for (const [field, got, want] of amounts) if (want !== undefined) expect([label, field, num(got)]).toEqual([label, field, want]);
      if (e.realisasiTw) expect([label, a.realisasiTw.map(num)]).toEqual([label, e.realisasiTw]);
    }
  });

  test("rencana aksi entries", () => {
    const want = expected.rencanaAksi ?? [];
    expect(model.rencanaAksi).toHaveLength(want.length);
    for (const e of want) {
      const label = `${e.sheet}!${e.row} ${e.periode}`;
      const r = model.rencanaAksi.find((x) => x.ref.sheet === e.sheet && rowOf(x.ref.cell) === e.row && x.periode === e.periode);
      expect([label, r !== undefined]).toEqual([label, true]);
      if (!r) continue;
      const ind = model.indikator.find((i) => i.key === r.indikatorKey);
      expect([label, ind?.key]).toEqual([label, indikatorKey(e.indikator)]);
      expect([label, near(num(r.target), e.target), near(num(r.capaian), e.capaian), r.status]).toEqual([label, true, true, e.status]);
    }
  });

  test("read notes: the unreadable cells and the empty workbook, nothing else", () => {
    const want = expected.slips
      .filter((s) => s.rule === "value-unreadable" || (s.rule === "target-missing" && s.severity === "info"))
      .map((s) => `${s.rule}/${s.severity}@${s.sheet}!${s.cell}`)
      .sort();
    const got = model.readNotes.map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`).sort();
    expect(got).toEqual(want);
  });
});
