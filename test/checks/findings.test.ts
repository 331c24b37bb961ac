// The findings collector: one finding per rule and cell text, and the cells table rules
// examined, per rule. Cells are kept by their text: "E2" and "e2" are two texts.
import { Findings } from "../../src/checks/findings";
import type { CellRef, RuleId } from "../../src/core/model";

const at = (cell: string, sheet = "Capaian 2025"): CellRef => ({ sheet, cell });

describe("Findings", () => {
  it("keeps the first finding of a rule at a cell, in the order they came", () => {
    const f = new Findings();
    f.add("serapan-low", at("G7"), "pertama");
    f.add("serapan-low", at("G7"), "kedua");
    f.add("sisa-mismatch", at("G7"), "aturan lain");
    f.add("serapan-low", at("G7", "Anggaran"), "lembar lain");
    f.add("serapan-low", at("G8"), "sel lain");
    expect(f.list().map((x) => [x.rule, x.sheet, x.cell, x.message])).toEqual([
      ["serapan-low", "Capaian 2025", "G7", "pertama"],
      ["sisa-mismatch", "Capaian 2025", "G7", "aturan lain"],
      ["serapan-low", "Anggaran", "G7", "lembar lain"],
      ["serapan-low", "Capaian 2025", "G8", "sel lain"],
    ]);
  });

  it.each([
    ["E2", "e2"],
    ["E2", "$E$2"],
    ["AB10", "AB010"],
    ["A1", ""],
    ["XFD1048576", "XFD1048577"],
    ["ZZZ9999999", "ZZZ99999999"],
  ])("takes %p and %p as two cells", (a, b) => {
    const f = new Findings();
    f.add("value-unreadable", at(a), "a");
    f.add("value-unreadable", at(b), "b");
    f.add("value-unreadable", at(b), "b lagi");
    expect(f.list().map((x) => x.cell)).toEqual([a, b]);
  });

  it("remembers the cells examined per rule", () => {
    const f = new Findings();
    const cells = ["C5", "AA12", "c5", "B 7", "Z1000000"];
    const rules: RuleId[] = ["capaian-mismatch", "persen-mismatch"];
    cells.forEach((cell, i) => f.examine(at(cell), rules[i % 2]));
    const seen = (rule: RuleId) => cells.filter((cell) => f.wasExamined(at(cell), rule));
    expect(seen("capaian-mismatch")).toEqual(["C5", "c5", "Z1000000"]);
    expect(seen("persen-mismatch")).toEqual(["AA12", "B 7"]);
    expect(f.wasExamined(at("C5", "Lain"), "capaian-mismatch")).toBe(false);
  });
});
