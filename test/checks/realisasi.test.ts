// realisasi-mismatch: stated realisasi against pembilang / penyebut × 100%.
import { check, entry, fig, indikator, table, where } from "./builders";
import { INDIKATOR, pengukuran } from "./reference";

describe("realisasi-mismatch", () => {
  it("accepts the reference's computations (3/183 printed 2%, 683/716 printed 95%)", () => {
    expect(check({ tables: [pengukuran()] })).toEqual([]);
  });

  it.each(["44,77%", "44,78%", "44,8%", "45%", "0.4478"])("accepts %s for 30/67", (stated) => {
    expect(check({ tables: [pengukuran([[INDIKATOR.klien, 30, 67, stated]])] })).toEqual([]);
  });

  it("flags a realisasi that is not pembilang / penyebut, at its cell", () => {
    const f = check({ tables: [pengukuran([[INDIKATOR.tahanan, 3, 183, "2%"], [INDIKATOR.klien, 30, 67, "44,79%"]])] });
    expect(f).toEqual([
      expect.objectContaining({ rule: "realisasi-mismatch", severity: "error", sheet: "Pengukuran", cell: "D3", expected: "44,78%", actual: "44,79%" }),
    ]);
    expect(f[0].message).toContain("pembilang 30 / penyebut 67");
  });

  it("pairs year-end counts with the last quarter only", () => {
    // Realisasi s.d. TW I–IV beside the year-end pembilang/penyebut (68/80 = 85%).
    const t = table(
      "Realisasi 2024",
      "kinerja",
      [
        { role: "indikator" },
        { role: "realisasi", label: "Realisasi s.d. TW I", periode: "TW1" },
        { role: "realisasi", label: "Realisasi s.d. TW II", periode: "TW2" },
        { role: "realisasi", label: "Realisasi s.d. TW III", periode: "TW3" },
        { role: "realisasi", label: "Realisasi s.d. TW IV", periode: "TW4" },
        { role: "pembilang" },
        { role: "penyebut" },
      ],
      [
        ["Persentase Anak Binaan yang mengikuti pendidikan formal", "75%", "77,5%", "81,25%", "85%", 68, 80],
        ["Persentase Anak Binaan yang mendapatkan pelatihan keterampilan", "22,5%", "41,25%", "60%", "75%", 58, 80],
      ],
    );
    expect(where(check({ tables: [t] }))).toEqual(["Realisasi 2024!E3"]);
  });

  it("flags a model entry whose ratio is off and leaves a right one", () => {
    const ind = (nilai: string) =>
      indikator({
        uraian: INDIKATOR.klien,
        target: fig("70%", "PK!C4"),
        realisasi: [entry("TAHUN", fig(nilai, "Realisasi!E4"), fig(683, "Realisasi!C4"), fig(716, "Realisasi!D4"))],
        sources: [{ sheet: "PK", cell: "B4" }],
      });
    expect(check({ indikator: [ind("95,39%")] })).toEqual([]);
    expect(where(check({ indikator: [ind("96%")] }), "realisasi-mismatch")).toEqual(["Realisasi!E4"]);
  });
});
