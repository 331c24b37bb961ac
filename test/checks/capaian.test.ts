// capaian-mismatch, cap-not-applied and predikat-mismatch on stated tables and on the model.
import type { CellValue } from "../../src/core/model";
import { check, entry, fig, indikator, table, where } from "./builders";
import { capaianKinerja, INDIKATOR } from "./reference";

/** One row of A indikator | B polaritas | C target | D realisasi | E capaian | F predikat. */
function row(target: CellValue, realisasi: CellValue, capaian: CellValue, opts: { polaritas?: string; predikat?: string; uraian?: string } = {}) {
  return table(
    "Capaian",
    "kinerja",
    [{ role: "indikator" }, { role: "polaritas" }, { role: "target" }, { role: "realisasi" }, { role: "capaian" }, { role: "predikat" }],
    [[opts.uraian ?? INDIKATOR.klien, opts.polaritas ?? null, target, realisasi, capaian, opts.predikat ?? null]],
  );
}

const findingsOf = (...args: Parameters<typeof row>) => check({ tables: [row(...args)] });

describe("capaian-mismatch", () => {
  it("flags a stated capaian that is not realisasi / target, at its cell", () => {
    const f = findingsOf("70%", "95%", "125%");
    expect(where(f)).toEqual(["Capaian!E2"]);
    expect(f[0]).toMatchObject({ rule: "capaian-mismatch", severity: "error", expected: "120%", actual: "125%" });
    expect(f[0].message).toContain("Capaian tertulis 125%, hasil hitung 120%");
    expect(f[0].message).toContain("realisasi 95% / target 70%");
  });

  it.each([
    ["44,77%", "rounded down (truncated)"],
    ["44,78%", "rounded"],
    ["44,8%", "at one decimal"],
    ["45%", "at no decimal"],
  ])("accepts %s for 30/67 (%s)", (stated) => {
    expect(findingsOf(67, 30, stated)).toEqual([]);
  });

  it("flags 44,79% for 30/67 however small the difference", () => {
    expect(where(findingsOf(67, 30, "44,79%"), "capaian-mismatch")).toEqual(["Capaian!E2"]);
  });

  it("accepts capaian written in points under a '(%)' header", () => {
    const t = table(
      "Capaian",
      "kinerja",
      [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }, { role: "capaian", label: "Capaian (%)", points: true }],
      [[INDIKATOR.klien, "200 orang", "184 orang", 92], [INDIKATOR.tahanan, "20%", "18%", "90.00"]],
    );
    expect(check({ tables: [t] })).toEqual([]);
  });

  it("accepts a negative indicator scored with the configured formula", () => {
    // (2 × 10 − 8) / 10 = 120%; (2 × 10 − 12) / 10 = 80%.
    expect(findingsOf("10%", "8%", "120%", { polaritas: "Negatif" })).toEqual([]);
    expect(findingsOf("10%", "12%", "80%", { polaritas: "Negatif" })).toEqual([]);
    // T / R = 10 / 12 = 83,33% when the setting says negatif-rasio.
    expect(check({ tables: [row("10%", "12%", "83,33%", { polaritas: "Negatif" })] }, { polaritasNegatif: "negatif-rasio" })).toEqual([]);
  });

  it("flags a negative indicator scored as if higher were better", () => {
    const f = findingsOf("10%", "12%", "120%", { polaritas: "Negatif" });
    expect(where(f)).toEqual(["Capaian!E2"]);
    expect(f[0]).toMatchObject({ rule: "capaian-mismatch", expected: "80%" });
    expect(f[0].message).toContain("polaritas negatif");
  });

  it("scores a row by the polarity the model gives its indicator", () => {
    const t = row("10%", "12%", "80%", { uraian: "Persentase tingkat hunian" });
    const ind = indikator({
      uraian: "Persentase tingkat hunian",
      polaritas: "negatif",
      polaritasStated: true,
      target: fig("10%", "Capaian!C2"),
      sources: [{ sheet: "Capaian", cell: "A2" }],
    });
    expect(check({ tables: [t], indikator: [ind] })).toEqual([]);
    expect(where(check({ tables: [t] }), "capaian-mismatch")).toEqual(["Capaian!E2"]);
  });

  it("accepts the reference's converted capaian and flags the raw one as cap not applied", () => {
    expect(check({ tables: [capaianKinerja()] })).toEqual([]);
    const f = findingsOf("70%", "95%", "135,71%");
    expect(f).toEqual([expect.objectContaining({ rule: "cap-not-applied", severity: "warning", cell: "E2", expected: "120%", actual: "135,71%" })]);
  });

  it("accepts the raw figure when the cap is off, and flags the converted one", () => {
    expect(check({ tables: [row("70%", "95%", "135,71%")] }, { batas: 0 })).toEqual([]);
    expect(where(check({ tables: [row("70%", "95%", "120%")] }, { batas: 0 }), "capaian-mismatch")).toEqual(["Capaian!E2"]);
  });

  it("flags a stated capaian above the cap with nothing to compute it from", () => {
    const t = table("Capaian", "kinerja", [{ role: "indikator" }, { role: "target" }, { role: "capaian" }], [[INDIKATOR.abh, "75%", "251%"], [INDIKATOR.klien, "70%", "120%"]]);
    expect(check({ tables: [t] })).toEqual([expect.objectContaining({ rule: "cap-not-applied", cell: "C2", expected: "120%" })]);
  });

  it("leaves the raw figure alone when the converted one stands beside it", () => {
    const t = table(
      "Capaian",
      "kinerja",
      [{ role: "indikator" }, { role: "capaian", label: "Capaian" }, { role: "capaian", label: "Capaian Konversi" }],
      [[INDIKATOR.penerimaan, "400%", "120%"]],
    );
    expect(check({ tables: [t] })).toEqual([]);
  });
});

describe("capaian on the model", () => {
  const pk = (capaian: string) =>
    indikator({
      uraian: INDIKATOR.klien,
      target: fig("70%", "PK!C3"),
      realisasi: [entry("TAHUN", fig("95%", "Realisasi!D3"))],
      capaianStated: fig(capaian, "Ringkasan!E3"),
      predikatStated: { text: "Sangat Memuaskan", ref: { sheet: "Ringkasan", cell: "F3" } },
      sources: [{ sheet: "PK", cell: "B3" }],
    });

  it("judges a capaian whose target and realisasi stand in other tables", () => {
    expect(check({ indikator: [pk("120%")] })).toEqual([]);
    expect(check({ indikator: [pk("95%")] })).toEqual([
      expect.objectContaining({ rule: "capaian-mismatch", sheet: "Ringkasan", cell: "E3", expected: "120%", actual: "95%" }),
    ]);
    expect(check({ indikator: [pk("135,71%")] })).toEqual([expect.objectContaining({ rule: "cap-not-applied", cell: "E3" })]);
  });

  it("accepts a year-end capaian in a mid-year report, and the quarter's own", () => {
    const ind = (capaian: string) =>
      indikator({
        uraian: INDIKATOR.klien,
        target: fig("80%", "PK!C3"),
        kumulatif: true,
        realisasi: ["40%", "60%", "70%", "80%"].map((v, i) => entry(`TW${i + 1}`, fig(v, `Realisasi!${"DEFG"[i]}3`))),
        capaianStated: fig(capaian, "Realisasi!H3"),
      });
    expect(check({ indikator: [ind("100%")] }, { periode: "TW2" })).toEqual([]);
    expect(check({ indikator: [ind("75%")] }, { periode: "TW2" })).toEqual([]);
    expect(where(check({ indikator: [ind("85%")] }, { periode: "TW2" }))).toEqual(["Realisasi!H3"]);
  });

  it("flags a stated capaian above the cap when the indicator cannot be scored", () => {
    const ind = indikator({ uraian: INDIKATOR.abh, target: fig("75%", "PK!C4"), capaianStated: fig("251%", "Ringkasan!E4"), sources: [{ sheet: "PK", cell: "B4" }] });
    expect(where(check({ indikator: [ind] }, { periode: "TW2" }))).toEqual(["Ringkasan!E4"]);
  });

  it("reports a figure judged in its table once", () => {
    const t = row("70%", "95%", "125%");
    const ind = indikator({
      uraian: INDIKATOR.klien,
      target: fig("70%", "Capaian!C2"),
      realisasi: [entry("TAHUN", fig("95%", "Capaian!D2"))],
      capaianStated: fig("125%", "Capaian!E2"),
      sources: [{ sheet: "Capaian", cell: "A2" }],
    });
    expect(where(check({ tables: [t], indikator: [ind] }))).toEqual(["Capaian!E2"]);
  });
});

describe("predikat-mismatch", () => {
  it("flags a predikat that is not the band of the capaian", () => {
    const f = findingsOf("90%", "81%", "90%", { predikat: "Sangat Memuaskan" });
    expect(f).toEqual([
      expect.objectContaining({ rule: "predikat-mismatch", severity: "error", cell: "F2", expected: "Memuaskan", actual: "Sangat Memuaskan" }),
    ]);
  });

  it.each([
    ["Memuaskan (Good)", "90%", "81%"],
    ["memuaskan", "90%", "81%"],
    ["Sangat Memuaskan", "25%", "100%"],
    ["Tidak Memuaskan", "5%", "2,8%"],
  ])("accepts %s for %s → %s", (predikat, target, realisasi) => {
    expect(findingsOf(target, realisasi, null, { predikat })).toEqual([]);
  });

  it("bands the capaian after the cap", () => {
    expect(findingsOf("25%", "100%", "120%", { predikat: "Sangat Memuaskan" })).toEqual([]);
  });

  it("judges Tercapai against 100% and leaves unknown words alone", () => {
    expect(where(findingsOf("20%", "18%", "90%", { predikat: "Tercapai" }), "predikat-mismatch")).toEqual(["Capaian!F2"]);
    expect(findingsOf("20%", "18%", "90%", { predikat: "Tidak tercapai" })).toEqual([]);
    expect(findingsOf("20%", "21%", "105%", { predikat: "Tercapai bahkan dilampaui" })).toEqual([]);
    expect(findingsOf("20%", "18%", "90%", { predikat: "Baik" })).toEqual([]);
  });

  it("flags a stated predikat of the model against the computed capaian", () => {
    const ind = indikator({
      uraian: INDIKATOR.pemberdayaan,
      target: fig("20%", "PK!C6"),
      realisasi: [entry("TAHUN", fig("18%", "Realisasi!D6"))],
      predikatStated: { text: "Sangat Memuaskan", ref: { sheet: "Ringkasan", cell: "F6" } },
      sources: [{ sheet: "PK", cell: "B6" }],
    });
    expect(check({ indikator: [ind] })).toEqual([expect.objectContaining({ rule: "predikat-mismatch", cell: "F6", expected: "Memuaskan" })]);
  });
});
