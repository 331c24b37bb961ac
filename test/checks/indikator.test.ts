// Rules on the indicators: target-missing, realisasi-missing, tw-not-cumulative,
// tw-sum-mismatch, duplicate-indicator, target-changed, polarity-suspect.
import type { CellValue, Figure, Indikator } from "../../src/core/model";
import { check, entry, fig, indikator, table, where } from "./builders";
import { capaianKinerja, INDIKATOR } from "./reference";

describe("target-missing", () => {
  const t = (target: CellValue) =>
    table("Capaian", "kinerja", [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }], [
      [INDIKATOR.klien, "70%", "95%"],
      ["Indeks Kepuasan Masyarakat (IKM)", target, "3,62"],
    ]);

  it.each([null, "-", "n/a"])("flags a row whose target is %p, at the target cell", (target) => {
    const f = check({ tables: [t(target)] });
    expect(f).toEqual([expect.objectContaining({ rule: "target-missing", severity: "error", cell: "B3" })]);
    expect(f[0].message).toContain("Indeks Kepuasan Masyarakat (IKM)");
  });

  it("takes a target of 0 as a target", () => {
    expect(check({ tables: [t("0")] })).toEqual([]);
  });

  it("points a model indicator without target at its row's target cell", () => {
    const ind = indikator({ uraian: "Indeks Kepuasan Masyarakat (IKM)", sources: [{ sheet: "Capaian", cell: "A3" }] });
    const other = table("Capaian", "kinerja", [{ role: "indikator" }, { role: "realisasi" }, { role: "target" }], [[INDIKATOR.klien, "95%", "70%"], ["Indeks Kepuasan Masyarakat (IKM)", "3,62", null]]);
    expect(where(check({ tables: [other], indikator: [ind] }))).toEqual(["Capaian!C3"]);
  });
});

describe("realisasi-missing", () => {
  const quarterly = (values: (string | null)[], cells = ["F5", "G5", "H5", "I5"]) =>
    indikator({
      uraian: INDIKATOR.klien,
      target: fig("75%", "PK!C5"),
      realisasi: values.map((v, i) => entry(`TW${i + 1}`, v === null ? fig(null, `Realisasi!${cells[i]}`) : fig(v, `Realisasi!${cells[i]}`))),
      sources: [{ sheet: "PK", cell: "B5" }],
    });

  it("warns of a quarter that has ended without realisasi, at its cell", () => {
    const f = check({ indikator: [quarterly(["72%", null, null, null])] }, { periode: "TW2" });
    expect(f).toEqual([expect.objectContaining({ rule: "realisasi-missing", severity: "warning", sheet: "Realisasi", cell: "G5" })]);
  });

  it("asks nothing of quarters still to come", () => {
    expect(check({ indikator: [quarterly(["72%", null, null, null])] }, { periode: "TW1" })).toEqual([]);
  });

  it("warns of a year without realisasi at year end, not in a plan without any", () => {
    const plan = indikator({ uraian: INDIKATOR.tahanan, target: fig("2,5%", "PK!C2"), sources: [{ sheet: "PK", cell: "B2" }] });
    expect(check({ indikator: [plan] })).toEqual([]);
    const gap = indikator({
      uraian: INDIKATOR.pemberdayaan,
      target: fig("20%", "Kinerja!C12"),
      realisasi: [entry("TAHUN", fig("n/a", "Kinerja!D12"))],
      sources: [{ sheet: "Kinerja", cell: "B12" }],
    });
    const done = indikator({ uraian: INDIKATOR.klien, target: fig("70%", "Kinerja!C5"), realisasi: [entry("TAHUN", fig("95%", "Kinerja!D5"))] });
    expect(where(check({ indikator: [plan, gap, done] }))).toEqual(["PK!B2", "Kinerja!D12"]);
  });

  it("does not call an unreadable realisasi missing", () => {
    const bad = indikator({ uraian: INDIKATOR.klien, target: fig("20%", "K!C13"), realisasi: [entry("TAHUN", fig("7,5,2", "K!D13"))] });
    expect(check({ indikator: [bad] }).map((f) => f.rule)).toEqual(["value-unreadable"]);
  });
});

describe("tw-not-cumulative", () => {
  const series = (kumulatif: boolean | null, values: string[], counts?: [number, number][]) =>
    indikator({
      uraian: "Persentase narapidana pecandu narkotika yang mengikuti rehabilitasi sosial",
      target: fig("60%", "Capaian!D8"),
      kumulatif,
      realisasi: values.map((v, i) =>
        entry(
          `TW${i + 1}`,
          fig(v, `Capaian!${"GHIJ"[i]}8`),
          counts ? fig(counts[i][0], `Capaian!${"KLMN"[i]}8`) : null,
          counts ? fig(counts[i][1], `Capaian!${"OPQR"[i]}8`) : null,
        ),
      ),
    });

  it("flags the quarter where a cumulative series falls", () => {
    const f = check({ indikator: [series(true, ["30%", "55%", "50%", "65%"])] });
    expect(f).toEqual([expect.objectContaining({ rule: "tw-not-cumulative", severity: "error", cell: "I8", expected: "≥ 55%", actual: "50%" })]);
  });

  it("leaves per-quarter series alone", () => {
    expect(check({ indikator: [series(false, ["30%", "55%", "50%", "65%"]), series(null, ["30%", "55%", "50%", "65%"])] })).toEqual([]);
  });

  it("checks the counts, not the ratio, when pembilang/penyebut are given", () => {
    // 40/50 = 80% then 45/60 = 75%: the ratio falls while both counts grow.
    const ok = series(true, ["80%", "75%"], [[40, 50], [45, 60]]);
    expect(check({ indikator: [ok] }, { periode: "TW2" })).toEqual([]);
    const bad = series(true, ["80%", "75%"], [[40, 50], [30, 40]]);
    expect(where(check({ indikator: [bad] }, { periode: "TW2" }))).toEqual(["Capaian!L8", "Capaian!P8"]);
  });

  it("reads a table's 's.d. TW' columns as cumulative", () => {
    const t = (tw3: string) =>
      table(
        "Capaian 2023",
        "kinerja",
        [
          { role: "indikator" },
          { role: "target" },
          ...[1, 2, 3, 4].map((q) => ({ role: "realisasi" as const, label: `Realisasi s.d. TW ${q}`, periode: `TW${q}` })),
        ],
        [["Persentase narapidana pecandu narkotika yang mengikuti rehabilitasi sosial", "60%", "30%", "55%", tw3, "65%"]],
      );
    expect(check({ tables: [t("60%")] })).toEqual([]);
    expect(where(check({ tables: [t("50%")] }))).toEqual(["Capaian 2023!E2"]);
  });
});

describe("tw-sum-mismatch", () => {
  const withTw = (target: string, tw: (string | number | null)[], satuan: string | null = null): Indikator =>
    indikator({
      uraian: "Dokumen perencanaan dan laporan kinerja",
      satuan,
      target: fig(target, "PK!I6"),
      targetTw: tw.map((v, i): Figure | null => (v === null ? null : fig(v, `PK!${"JKLM"[i]}6`))),
    });

  it.each([
    ["a count summing to the year", "4 Dokumen", [1, 1, 1, 1]],
    ["a count ending at the year", "4 Dokumen", [1, 2, 3, 4]],
    ["a percentage ending at the year", "80%", ["20%", "40%", "60%", "80%"]],
    ["a level held all year", "3,6", ["3,6", "3,6", "3,6", "3,6"]],
    ["a count planned in one quarter", "1 Dokumen", [null, null, null, 1]],
  ])("accepts %s", (_, target, tw) => {
    expect(check({ indikator: [withTw(target as string, tw as (string | number)[])] })).toEqual([]);
  });

  it("warns of a count that neither sums to nor ends at the year, at TW IV", () => {
    const f = check({ indikator: [withTw("4 Dokumen", [1, 1, 1, 2])] });
    expect(f).toEqual([expect.objectContaining({ rule: "tw-sum-mismatch", severity: "warning", cell: "M6", expected: "4 Dokumen" })]);
  });

  it("warns of a percentage whose TW IV target is not the year's, even when the quarters sum to it", () => {
    expect(where(check({ indikator: [withTw("100%", ["25%", "25%", "25%", "25%"])] }))).toEqual(["PK!M6"]);
  });
});

describe("duplicate-indicator", () => {
  it("warns of the same indicator twice in one PK table, at the second", () => {
    const t = capaianKinerja();
    const copy = table("Capaian Kinerja", "kinerja", t.columns.map((c) => ({ role: c.role, label: c.label })), [
      ...t.rows.map((r) => r.texts),
      [null, "Persentase Klien Pemasyarakatan yang siap bermasyarakat ", "70%", "95%", "120%", "Sangat Memuaskan"],
    ]);
    expect(check({ tables: [copy] })).toEqual([
      expect.objectContaining({ rule: "duplicate-indicator", severity: "warning", cell: "B9" }),
    ]);
  });

  it("accepts one indicator once per year section, and in two tables", () => {
    const t = table("Capaian", "kinerja", [{ role: "indikator" }, { role: "target" }], [
      { kind: "section", cells: ["TAHUN 2022"] },
      [INDIKATOR.klien, "65%"],
      { kind: "section", cells: ["TAHUN 2023"] },
      [INDIKATOR.klien, "70%"],
    ]);
    expect(check({ tables: [t, capaianKinerja()] })).toEqual([]);
  });
});

describe("target-changed", () => {
  it("notes a target read twice with different values, at the second", () => {
    const ind = indikator({
      uraian: INDIKATOR.tahanan,
      target: fig("2,5%", "PK!D7"),
      conflicts: [{ field: "target", a: fig("2,5%", "PK!D7"), b: fig("5%", "Rencana Aksi!C5") }],
    });
    expect(check({ indikator: [ind] })).toEqual([
      expect.objectContaining({ rule: "target-changed", severity: "info", sheet: "Rencana Aksi", cell: "C5", expected: "2,5%", actual: "5%" }),
    ]);
  });

  it("notes a target that differs from the Renstra for the same year only", () => {
    const ind = (renstra: { tahun: number; v: string }[]) =>
      indikator({ uraian: INDIKATOR.tahanan, target: fig("2,5%", "PK!D7"), targetRenstra: renstra.map((r) => ({ tahun: r.tahun, figure: fig(r.v, null) })) });
    expect(check({ indikator: [ind([{ tahun: 2029, v: "4,5%" }, { tahun: 2025, v: "2,5%" }])] })).toEqual([]);
    expect(where(check({ indikator: [ind([{ tahun: 2025, v: "3%" }])] }), "target-changed")).toEqual(["PK!D7"]);
  });
});

describe("polarity-suspect", () => {
  const scored = (uraian: string, p: Partial<Indikator> = {}) =>
    indikator({ uraian, target: fig("5%", "Capaian!D10"), sources: [{ sheet: "Capaian", cell: "C10" }], ...p });

  it("warns of a rate of a bad thing scored as positive, at the indicator", () => {
    const f = check({ indikator: [scored("Persentase gangguan keamanan dan ketertiban")] });
    expect(f).toEqual([expect.objectContaining({ rule: "polarity-suspect", severity: "warning", cell: "C10", expected: "negatif", actual: "positif" })]);
    expect(f[0].message).toContain("gangguan");
  });

  it("accepts a positively framed decrease and a negative rate stated as such", () => {
    expect(check({ indikator: [scored("Persentase penurunan angka residivis")] })).toEqual([]);
    expect(check({ indikator: [scored("Persentase residivis", { polaritas: "negatif", polaritasStated: true })] })).toEqual([]);
  });

  it("warns of a note saying 'berlaku terbalik' while the row is scored positive, at the note", () => {
    const ind = scored(INDIKATOR.abh, { keterangan: [{ text: "Pada indikator kinerja ini berlaku terbalik, sehingga makin kecil prosentase capaian, makin berhasil mencapai target.", ref: { sheet: "Capaian", cell: "K6" } }] });
    expect(where(check({ indikator: [ind] }))).toEqual(["Capaian!K6"]);
  });

  it("warns of the reverse: a decrease scored as negative", () => {
    expect(where(check({ indikator: [scored("Persentase penurunan angka residivis", { polaritas: "negatif", polaritasStated: true })] }))).toEqual(["Capaian!C10"]);
  });
});
