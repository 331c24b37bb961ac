// The "SAKIP Validasi" sheet plan.
import type { Finding } from "../../src/core/model";
import { planValidasi } from "../../src/checks";

const findings: Finding[] = [
  { rule: "capaian-mismatch", severity: "error", sheet: "Capaian 2023", cell: "K5", message: "Capaian tertulis 105%, hasil hitung 104,17% (realisasi 62,5% / target 60%).", expected: "104,17%", actual: "105%" },
  { rule: "cap-not-applied", severity: "warning", sheet: "Capaian 2023", cell: "K7", message: "Capaian tertulis 125% melebihi batas 120% dan belum dikonversi; seharusnya 120%.", expected: "120%", actual: "125%" },
  { rule: "serapan-low", severity: "info", sheet: "Anggaran 2023", cell: "F13", message: "Serapan akhir tahun 84,59% di bawah 90%." },
];

describe("planValidasi", () => {
  const plan = planValidasi(findings);

  it("is the output sheet SAKIP Validasi with a title, a count per severity and the header", () => {
    expect(plan.name).toBe("SAKIP Validasi");
    expect(plan.kind).toBe("output");
    expect(plan.rows[0][0]?.v).toContain("SAKIP Validasi");
    expect(plan.rows[1][0]?.v).toBe("Temuan: 1 galat, 1 peringatan, 1 info.");
    expect(plan.rows[3].map((c) => c?.v)).toEqual(["Tingkat", "Aturan", "Lembar", "Sel", "Pesan", "Seharusnya", "Tertulis"]);
  });

  it("writes one row per finding, in order, the address linked to the cell", () => {
    expect(plan.rows).toHaveLength(4 + findings.length);
    expect(plan.rows[4].map((c) => c?.v)).toEqual(["Galat", "capaian-mismatch", "Capaian 2023", "K5", findings[0].message, "104,17%", "105%"]);
    expect(plan.rows[4][3]?.link).toEqual({ sheet: "Capaian 2023", cell: "K5" });
    expect(plan.rows[5][0]?.v).toBe("Peringatan");
    expect(plan.rows[6].map((c) => c?.v)).toEqual(["Info", "serapan-low", "Anggaran 2023", "F13", findings[2].message, "", ""]);
  });

  it("colours the severity column, wraps the message, freezes the header and sets up printing", () => {
    expect(plan.conditional).toEqual([
      { range: "A5:A7", equals: "Galat", fill: "#F8D7DA", color: "#842029" },
      { range: "A5:A7", equals: "Peringatan", fill: "#FFF3CD", color: "#664D03" },
      { range: "A5:A7", equals: "Info", fill: "#CFE2FF", color: "#084298" },
    ]);
    expect(plan.styles).toContainEqual({ range: "E5:G7", style: { wrap: true, border: true, valign: "top" } });
    expect(plan.freeze).toEqual({ rows: 4, cols: 0 });
    expect(plan.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: 4 });
    expect(plan.widths).toHaveLength(7);
  });

  it("says so in one row when there is nothing to report", () => {
    const empty = planValidasi([]);
    expect(empty.rows).toHaveLength(5);
    expect(empty.rows[4][0]?.v).toBe("Tidak ada temuan.");
    expect(empty.rows[1][0]?.v).toBe("Tidak ada temuan.");
    expect(empty.merges).toContain("A5:G5");
    expect(empty.conditional).toEqual([]);
  });
});
