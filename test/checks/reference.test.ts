// The reference LKjIP's own tables are consistent: the checks must find no error or warning in
// them, only the year-end serapan infos under 90% — of 2025, not of 2024.
import { anggaranDuaTahun, anggaranOutput, capaianKinerja, jenisBelanja, pengukuran } from "./reference";
import { check, where } from "./builders";

describe("reference LKjIP 2025 tables", () => {
  const findings = check({ tables: [anggaranOutput(), anggaranDuaTahun(), jenisBelanja(), capaianKinerja(), pengukuran()] });

  it("holds no error and no warning", () => {
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("notes the year-end serapan under 90% of this year only", () => {
    expect(where(findings)).toEqual([
      "Realisasi Anggaran!H2",
      "Realisasi Anggaran!H5",
      "Perbandingan Anggaran!H2",
      "Jenis Belanja!D3",
    ]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["serapan-low"]));
    expect(findings[0]).toMatchObject({ severity: "info", expected: "≥ 90%", actual: "84,59%" });
  });

  it("says nothing of serapan before the year's end", () => {
    expect(check({ tables: [anggaranOutput(), jenisBelanja()] }, { periode: "TW3" })).toEqual([]);
  });
});
