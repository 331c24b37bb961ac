// The reader must stay roughly linear in cells: 1000 units × 30 indicators are checked in
// under 30 s including reading. A quadratic step (every indicator compared with every other)
// would take many minutes here, so bounds generous enough for a loaded machine (and for
// jest's VM context, several times slower than plain Node) still catch one.
import type { CellValue, SakipModel } from "../../src/core/model";
import { buildModel } from "../../src/workbook/read-model";
import { sheet } from "./grids";

const N = 30000;
const WORDS = ["pembinaan", "kemandirian", "kepribadian", "pendampingan", "pembimbingan", "pengawasan", "layanan", "rehabilitasi", "integrasi", "asimilasi"];
const uraian = (i: number): string => `Persentase ${WORDS[i % 10]} ${WORDS[(i * 7) % 10]} unit${i} yang dilaksanakan sesuai standar nomor${Math.floor(i / 20)}`;

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe("buildModel on large workbooks", () => {
  const capaian: CellValue[][] = [["CAPAIAN KINERJA TAHUN 2025"], [], ["NO", "SASARAN KEGIATAN", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN"]];
  for (let i = 0; i < N; i++) {
    capaian.push([i + 1, i % 30 === 0 ? `Meningkatnya kualitas layanan kelompok ${i / 30}` : null, uraian(i), "%", `${60 + (i % 40)}%`, `${55 + (i % 45)},${i % 10}%`, `${100 + (i % 20)},5%`]);
  }
  // A third of the indicators reworded (a word added): each of these rows is matched by near
  // wording against the 30 000 of the first table.
  const M = N / 3;
  const renstra: CellValue[][] = [["NO", "INDIKATOR KINERJA", "TARGET RENSTRA 2029"]];
  for (let i = 0; i < M; i++) renstra.push([i + 1, uraian(i * 3).replace("Persentase", "Persentase meningkatnya"), "90%"]);

  test(`one table of ${N} rows`, () => {
    let count = 0;
    const ms = cpuMs(() => (count = buildModel([sheet("Capaian", capaian)]).indikator.length));
    expect(count).toBe(N);
    expect(ms).toBeLessThan(10000);
  });

  test(`a second table of ${N / 3} reworded rows matched to the first`, () => {
    let matched = 0;
    const ms = cpuMs(() => {
      const m = buildModel([sheet("Capaian", capaian), sheet("Renstra", renstra)]);
      expect(m.indikator).toHaveLength(N);
      matched = m.indikator.filter((i) => i.targetRenstra.length === 1).length;
    });
    expect(matched).toBe(M);
    expect(ms).toBeLessThan(30000);
  });

  test("a Kanwil's per-unit table: 1000 UPTs × 30 indicators, matched within each UPT only", () => {
    const rows: CellValue[][] = [["CAPAIAN KINERJA UPT TAHUN 2025"], [], ["No", "Unit Kerja", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi s.d. TW IV"]];
    for (let u = 0; u < 1000; u++) {
      for (let i = 0; i < 30; i++) rows.push([u * 30 + i + 1, `LAPAS KELAS IIA UNIT ${u}`, "Meningkatnya kualitas pembinaan", uraian(i), "%", "80%", "85,5%"]);
    }
    // The same UPTs' realisasi again in a second table: each row finds its UPT's indicator.
    const again: CellValue[][] = [["No", "UPT", "Indikator Kinerja", "Realisasi s.d. TW II"]];
    for (let u = 0; u < 1000; u++) for (let i = 0; i < 30; i += 3) again.push([u * 10 + i / 3 + 1, `Lapas Kelas IIA Unit ${u}`, uraian(i), "40%"]);
    let model: SakipModel = buildModel([]);
    const ms = cpuMs(() => (model = buildModel([sheet("Kinerja UPT", rows), sheet("Realisasi UPT", again)])));
    expect(model.indikator).toHaveLength(30000);
    expect(new Set(model.indikator.map((i) => i.unit)).size).toBe(1000);
    expect(model.indikator.filter((i) => i.realisasi.some((e) => e.periode === "TW2")).length).toBe(10000);
    expect(model.indikator.every((i) => i.conflicts.length === 0)).toBe(true);
    expect(ms).toBeLessThan(10000);
  });

  test("1000 unit workbooks of 30 indicators", () => {
    const books = Array.from({ length: 1000 }, (_, u) => {
      const rows: CellValue[][] = [["CAPAIAN KINERJA TAHUN 2025"], [`LAPAS KELAS IIA UNIT ${u}`], [], ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"]];
      for (let i = 0; i < 30; i++) rows.push([i + 1, i % 3 === 0 ? "Meningkatnya kualitas pembinaan" : null, uraian(i), "80%", "85,5%", "106,88%"]);
      return [sheet("Capaian", rows)];
    });
    let count = 0;
    const ms = cpuMs(() => {
      for (const b of books) count += buildModel(b).indikator.length;
    });
    expect(count).toBe(30000);
    expect(ms).toBeLessThan(10000);
  });
});
