// runChecks as a whole: the order of findings and one finding per rule and cell.
import { anggaranLine, check, fig, table } from "./builders";

describe("runChecks", () => {
  it("sorts by severity, then the workbook's sheet order, then row and column", () => {
    const first = table("Anggaran", "anggaran", [{ role: "kegiatan" }, { role: "pagu" }, { role: "realisasi-anggaran" }, { role: "serapan" }], [
      ["Kegiatan A", "1.000", "500", "50%"],
      ["Kegiatan B", "1.000", "1.200", "120%"],
    ]);
    const second = table("Capaian", "kinerja", [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }, { role: "capaian" }], [
      ["Persentase klien pemasyarakatan yang siap bermasyarakat", "70%", "95%", "135,71%"],
      ["Persentase Tahanan yang mendapatkan pendampingan", "2,5%", "2%", "81%"],
      ["Indeks Kepuasan Masyarakat", null, "3,6", null],
    ]);
    const f = check({ tables: [first, second] });
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell} ${x.rule}`)).toEqual([
      "error Anggaran!C3 realisasi-exceeds-pagu",
      "error Capaian!D3 capaian-mismatch",
      "error Capaian!B4 target-missing",
      "warning Capaian!D2 cap-not-applied",
      "info Anggaran!D2 serapan-low",
    ]);
  });

  it("reports a stated figure seen in a table and again in the model once", () => {
    const t = table("SAKIP Anggaran", "sakip-input", [{ role: "kegiatan" }, { role: "pagu" }, { role: "realisasi-anggaran" }, { role: "sisa" }], [
      ["Kegiatan A", "215.828.000", "182.572.600", "33.255.500"],
    ]);
    const line = anggaranLine({
      uraian: "Kegiatan A",
      ref: { sheet: "SAKIP Anggaran", cell: "A2" },
      pagu: fig("215.828.000", "SAKIP Anggaran!B2", { money: true }),
      realisasi: fig("182.572.600", "SAKIP Anggaran!C2", { money: true }),
      sisa: fig("33.255.500", "SAKIP Anggaran!D2", { money: true }),
    });
    const f = check({ tables: [t], anggaran: [line] }, { periode: "TW2" });
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["sisa-mismatch D2"]);
  });
});
